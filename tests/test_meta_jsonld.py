"""JSON-LD: the article object, read tolerantly (cleannews.metadata.jsonld)."""

from __future__ import annotations

import json

import pytest

from cleannews._document import parse_html
from cleannews.metadata.jsonld import JsonLdArticle, JsonLdAuthor, read_jsonld


def _read(*blocks: str) -> JsonLdArticle:
    scripts = "".join(f'<script type="application/ld+json">{b}</script>' for b in blocks)
    return read_jsonld(parse_html(f"<html><head>{scripts}</head><body><p>x</p></body></html>"))


def test_plain_news_article() -> None:
    article = _read(
        json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Dam opens after ten years",
                "datePublished": "2024-05-01T08:00:00+02:00",
                "dateModified": "2024-05-01T09:30:00+02:00",
                "author": {"@type": "Person", "name": "Jane Doe"},
                "articleSection": "Environment",
                "keywords": "dams, rivers,energy",
                "inLanguage": "de-AT",
                "publisher": {"@type": "Organization", "name": "Valley Post"},
            }
        )
    )
    assert article.type == "newsarticle"
    assert article.headline == "Dam opens after ten years"
    assert article.published == "2024-05-01T08:00:00+02:00"
    assert article.modified == "2024-05-01T09:30:00+02:00"
    assert article.authors == (JsonLdAuthor("Jane Doe", True),)
    assert article.section == "Environment"
    assert article.keywords == ("dams", "rivers", "energy")
    assert article.language == "de-AT"
    assert article.publisher == "Valley Post"


def test_article_inside_graph_with_author_reference() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "@id": "#site", "name": "Valley Post"},
            {
                "@type": ["Article", "BlogPosting"],
                "headline": "Rivers rise",
                "author": {"@id": "#jane"},
            },
            {"@type": "Person", "@id": "#jane", "name": "Jane Doe"},
        ],
    }
    article = _read(json.dumps(graph))
    assert article.type == "article"
    assert article.headline == "Rivers rise"
    assert article.authors == (JsonLdAuthor("Jane Doe", True),)


def test_author_list_of_strings_objects_and_organisations() -> None:
    article = _read(
        json.dumps(
            {
                "@type": "ReportageNewsArticle",
                "headline": "H",
                "author": [
                    "Jane Doe",
                    {"@type": "Person", "name": "John Roe"},
                    {"@type": "Organization", "name": "Wire Service"},
                    {"@type": "Person", "givenName": "Ann", "familyName": "Poe"},
                ],
            }
        )
    )
    assert article.authors == (
        JsonLdAuthor("Jane Doe", True),
        JsonLdAuthor("John Roe", True),
        JsonLdAuthor("Wire Service", False),
        JsonLdAuthor("Ann Poe", True),
    )


def test_top_level_list_and_richest_article_wins() -> None:
    blocks = [
        {"@type": "Organization", "name": "Valley Post"},
        {"@type": "NewsArticle", "headline": "Teaser"},
        {"@type": "NewsArticle", "headline": "The story", "datePublished": "2024-05-01"},
    ]
    article = _read(json.dumps(blocks))
    assert article.headline == "The story"


def test_article_as_main_entity_of_a_web_page() -> None:
    page = {
        "@type": "WebPage",
        "mainEntity": {"@type": "NewsArticle", "headline": "Inside", "datePublished": "2024-01-02"},
    }
    assert _read(json.dumps(page)).headline == "Inside"


@pytest.mark.parametrize(
    "broken",
    [
        pytest.param('{"@type": "NewsArticle", "headline": "Fixed",}', id="trailing-comma"),
        pytest.param('{"@type": "NewsArticle", "headline": "Fixed\n"}', id="raw-newline"),
        pytest.param('<!-- {"@type": "NewsArticle", "headline": "Fixed"} -->', id="html-comment"),
        pytest.param(
            '//<![CDATA[\n{"@type": "NewsArticle", "headline": "Fixed"}\n//]]>', id="cdata"
        ),
        pytest.param(
            '{"@type": "NewsArticle", "headline": "Fixed"}{"@type": "Organization"}', id="glued"
        ),
    ],
)
def test_broken_json_is_repaired(broken: str) -> None:
    assert _read(broken).headline == "Fixed"


def test_hopeless_json_is_skipped_not_raised() -> None:
    article = _read('{"@type": "NewsArticle", "headline": ', "not json at all")
    assert article == JsonLdArticle()


def test_escaped_entities_inside_json_are_unescaped() -> None:
    article = _read(
        '{"@type": "NewsArticle", "headline": "Tom &amp; Jerry&#039;s &quot;day&quot;"}'
    )
    assert article.headline == 'Tom & Jerry\'s "day"'


def test_breadcrumbs_in_position_order() -> None:
    crumbs = {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 2, "item": {"@id": "/world", "name": "World"}},
            {"@type": "ListItem", "position": 1, "name": "Home"},
            {"@type": "ListItem", "position": 3, "name": "Europe"},
        ],
    }
    assert _read(json.dumps(crumbs)).breadcrumbs == ("Home", "World", "Europe")


def test_page_type_without_an_article() -> None:
    article = _read(json.dumps({"@type": "CollectionPage", "name": "Latest news"}))
    assert article.type == "collectionpage"
    assert article.authors == ()
