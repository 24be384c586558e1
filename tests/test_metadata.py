"""read_metadata: every field from each of its sources, on pages written here."""

from __future__ import annotations

import json
import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleannews._document import Document
from cleannews.metadata import Metadata, read_metadata


def _meta(head: str = "", body: str = "", *, url: str | None = None, lang: str = "") -> Metadata:
    lang_attr = f' lang="{lang}"' if lang else ""
    markup = f"<!doctype html><html{lang_attr}><head>{head}</head><body>{body}</body></html>"
    return read_metadata(Document.from_markup(markup, url=url))


def _ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


NEWS_ARTICLE = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Dam opens after ten years",
    "datePublished": "2024-05-01T08:00:00+02:00",
    "dateModified": "2024-05-01T09:30:00+02:00",
    "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
    "publisher": {"@type": "Organization", "name": "Valley Post"},
    "articleSection": "Environment",
    "keywords": ["dams", "rivers"],
    "inLanguage": "en-GB",
}


def test_everything_from_json_ld() -> None:
    meta = _meta(
        _ld(NEWS_ARTICLE) + "<title>Dam opens after ten years | Valley Post</title>",
        "<h1>Dam opens after ten years</h1><p>Body.</p>",
        url="https://www.valleypost.com/2024/05/01/dam-opens/",
    )
    assert meta == Metadata(
        url="https://www.valleypost.com/2024/05/01/dam-opens/",
        site="valleypost.com",
        language="en-GB",
        headline="Dam opens after ten years",
        subheadline=None,
        section="Environment",
        authors=("Jane Doe", "John Roe"),
        published="2024-05-01T08:00:00+02:00",
        modified="2024-05-01T09:30:00+02:00",
        tags=("dams", "rivers"),
        page_type="newsarticle",
    )


def test_everything_from_open_graph_and_meta_tags() -> None:
    head = (
        '<meta property="og:title" content="Dam opens after ten years">'
        '<meta property="og:type" content="article">'
        '<meta property="og:url" content="https://valleypost.com/dam">'
        '<meta property="og:locale" content="de_AT">'
        '<meta property="article:published_time" content="2024-05-01T08:00:00Z">'
        '<meta property="article:modified_time" content="2024-05-02T10:00:00Z">'
        '<meta property="article:section" content="Umwelt">'
        '<meta property="article:tag" content="Dämme">'
        '<meta property="article:tag" content="Flüsse">'
        '<meta name="author" content="Von Max Mustermann und Erika Musterfrau">'
    )
    meta = _meta(head, "<p>Text.</p>")
    assert meta.url == "https://valleypost.com/dam"
    assert meta.site == "valleypost.com"
    assert meta.language == "de-AT"
    assert meta.headline == "Dam opens after ten years"
    assert meta.page_type == "article"
    assert meta.published == "2024-05-01T08:00:00Z"
    assert meta.modified == "2024-05-02T10:00:00Z"
    assert meta.section == "Umwelt"
    assert meta.tags == ("Dämme", "Flüsse")
    assert meta.authors == ("Max Mustermann", "Erika Musterfrau")


def test_parsely_sailthru_and_dublin_core() -> None:
    head = (
        '<meta name="parsely-author" content="Jane Doe">'
        '<meta name="parsely-pub-date" content="2024-05-01T08:00:00-04:00">'
        '<meta name="parsely-section" content="Metro">'
        '<meta name="sailthru.tags" content="one, two">'
        '<meta name="DC.language" content="fr">'
    )
    meta = _meta(head, "<h1>Headline here</h1>")
    assert meta.authors == ("Jane Doe",)
    assert meta.published == "2024-05-01T08:00:00-04:00"
    assert meta.section == "Metro"
    assert meta.tags == ("one", "two")
    assert meta.language == "fr"


def test_people_beat_an_organisation_author() -> None:
    article = dict(NEWS_ARTICLE, author={"@type": "Organization", "name": "Valley Post"})
    meta = _meta(_ld(article), '<p class="byline">By Jane Doe and John Roe</p>')
    assert meta.authors == ("Jane Doe", "John Roe")


def test_organisation_author_when_no_person_is_named() -> None:
    article = dict(NEWS_ARTICLE, author={"@type": "Organization", "name": "Valley Post"})
    assert _meta(_ld(article), "<p>Text.</p>").authors == ("Valley Post",)


def test_byline_markup_when_metadata_names_nobody() -> None:
    body = (
        "<article><h1>Dam opens after ten years</h1>"
        '<p class="byline">By <a href="/jane">Jane Doe</a> and <a href="/john">John Roe</a>'
        " | 3 Minute Read</p></article>"
    )
    assert _meta("", body).authors == ("Jane Doe", "John Roe")


def test_html_lang_beats_other_language_hints() -> None:
    head = (
        '<meta http-equiv="content-language" content="de">'
        '<meta property="og:locale" content="fr_FR">'
    )
    assert _meta(head, "<p>x</p>", lang="en-us").language == "en-US"
    assert _meta(head, "<p>x</p>").language == "de"


def test_canonical_link_gives_url_and_site() -> None:
    meta = _meta('<link rel="canonical" href="https://www.example.org/a/1.html">', "<p>x</p>")
    assert meta.url == "https://www.example.org/a/1.html"
    assert meta.site == "example.org"


def test_caller_url_beats_canonical() -> None:
    head = '<link rel="canonical" href="https://www.example.org/a/1.html">'
    meta = _meta(head, "<p>x</p>", url="https://news.example.net/story")
    assert (meta.url, meta.site) == ("https://news.example.net/story", "news.example.net")


def test_title_suffix_stripped_without_any_other_title() -> None:
    meta = _meta(
        "<title>Dam opens after ten years | Valley Post</title>",
        "<p>x</p>",
        url="https://valleypost.com/x",
    )
    assert meta.headline == "Dam opens after ten years"


def test_published_from_time_below_the_headline() -> None:
    body = (
        '<nav><time datetime="2020-01-01">old</time></nav>'
        "<h1>Dam opens after ten years</h1>"
        '<p><time datetime="2024-05-01T08:00:00+02:00">May 1, 2024</time></p>'
    )
    assert _meta("", body).published == "2024-05-01T08:00:00+02:00"


def test_published_from_a_marked_element() -> None:
    body = '<span itemprop="datePublished" content="2024-05-01">1 May</span>'
    assert _meta("", body).published == "2024-05-01"


def test_published_from_a_date_shown_under_the_headline() -> None:
    body = (
        "<h1>Dam opens after ten years</h1><div><span>Last updated: June 3, 2024</span>"
        "<span>By Jane Doe - May 1, 2024</span></div><p>Body text.</p>"
    )
    assert _meta("", body).published == "2024-05-01"


def test_published_from_the_url() -> None:
    meta = _meta("", "<h1>No dates here</h1>", url="https://x.com/news/2024/05/01/dam/")
    assert meta.published == "2024-05-01"


def test_utc_time_after_midnight_gives_the_local_day_in_the_url() -> None:
    head = '<meta property="article:published_time" content="2024-05-02T01:30:00Z">'
    meta = _meta(head, "<p>x</p>", url="https://x.com/2024/05/01/dam/")
    assert meta.published == "2024-05-01"


def test_template_text_date_yields_to_the_shown_date() -> None:
    ld = _ld({"@type": "BlogPosting", "headline": "H", "datePublished": "Jun 24, 2025"})
    body = "<h1>H is here</h1><p>March 2, 2021</p><p>Body.</p>"
    assert _meta(ld, body).published == "2021-03-02"


def test_section_from_breadcrumbs() -> None:
    crumbs = {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home"},
            {"@type": "ListItem", "position": 2, "name": "Valley Post"},
            {"@type": "ListItem", "position": 3, "name": "Environment"},
            {"@type": "ListItem", "position": 4, "name": "Dam opens after ten years"},
        ],
    }
    meta = _meta(_ld(crumbs) + '<meta property="og:title" content="Dam opens after ten years">')
    assert meta.section == "Environment"


def test_subheadline_from_a_standfirst_element() -> None:
    body = (
        "<h1>Dam opens after ten years</h1>"
        '<p class="article__standfirst">The valley finally gets its water back, and more.</p>'
        "<p>Body.</p>"
    )
    assert _meta("", body).subheadline == "The valley finally gets its water back, and more."


def test_description_is_a_dek_only_when_shown() -> None:
    head = '<meta name="description" content="The valley finally gets its water back.">'
    shown = _meta(head, "<h1>Dam opens</h1><h2>The valley finally gets its water back.</h2>")
    hidden = _meta(head, "<h1>Dam opens</h1><p>Other text entirely, at some length.</p>")
    assert shown.subheadline == "The valley finally gets its water back."
    assert hidden.subheadline is None


def test_teaser_deks_and_site_taglines_are_no_subheadline() -> None:
    body = (
        '<p class="site-description">Serving the valley since 1887</p><h1>Dam opens</h1>'
        '<ul><li class="teaser"><p class="teaser__dek">Another story entirely, with its dek.</p>'
        "</li></ul>"
    )
    assert _meta("", body).subheadline is None


def test_page_type_from_og_type_when_no_json_ld() -> None:
    assert _meta('<meta property="og:type" content="Website">').page_type == "website"


def test_empty_page_gives_empty_metadata() -> None:
    assert _meta("", "<p>Just text.</p>") == Metadata()


@settings(max_examples=60, deadline=None)
@given(
    junk=st.text(max_size=80),
    key=st.sampled_from(
        ["datePublished", "headline", "author", "keywords", "@graph", "inLanguage"]
    ),
)
def test_junk_in_any_source_never_raises(junk: str, key: str) -> None:
    escaped = junk.replace("<", "&lt;").replace('"', "&quot;")
    head = (
        f'<script type="application/ld+json">{{"@type": "NewsArticle", "{key}": '
        f"{json.dumps(junk)}}}</script>"
        f'<meta property="article:published_time" content="{escaped}">'
        f'<meta name="author" content="{escaped}">'
        f'<meta property="og:title" content="{escaped}">'
    )
    meta = _meta(head, f"<h1>{escaped}</h1><p class='byline'>{escaped}</p>")
    assert isinstance(meta, Metadata)
    assert meta.published is None or meta.published[:4].isdigit()


def test_registered_name_of_a_second_level_host_is_a_site_name() -> None:
    head = "<title>Dam opens after ten years - Valleypost</title>"
    meta = _meta(head, "<p>x</p>", url="https://www.valleypost.co.uk/news/dam")
    assert meta.headline == "Dam opens after ten years"


def test_a_headline_in_application_name_is_no_site_name() -> None:
    head = (
        '<meta name="application-name" content="Dam opens after ten years - and more to come">'
        "<title>Dam opens after ten years - and more to come</title>"
    )
    body = "<h1>Dam opens after ten years - and more to come</h1>"
    assert _meta(head, body).headline == "Dam opens after ten years - and more to come"


def test_published_from_another_dated_meta_tag_as_a_last_resort() -> None:
    head = (
        '<meta property="photo_site:uploaded_at" content="2013-02-16T04:36:36-05:00">'
        '<meta name="cache:last_refresh_time" content="2026-01-01T00:00:00Z">'
    )
    assert _meta(head, "<h1>A photo of spring</h1>").published == "2013-02-16T04:36:36-05:00"


def test_published_from_the_share_image_url_as_a_last_resort() -> None:
    head = '<meta property="og:image" content="https://example.org/files/2016/05/04/cover.png">'
    assert _meta(head, "<h1>Annual report</h1>").published == "2016-05-04"


def test_time_outside_the_article_header_yields_to_the_shown_date() -> None:
    body = (
        "<div><header><h1>Dam opens after ten years</h1><p>June 28, 2019</p></header></div>"
        + "".join(f"<p>Paragraph {n} of the story, long enough.</p>" for n in range(250))
        + '<aside><time datetime="2018-03-12T19:30:12Z">related</time></aside>'
    )
    assert _meta("", body).published == "2019-06-28"


def test_language_guessed_when_not_stated() -> None:
    assert _meta("<title>서울에서 열린 정상 회의</title>", "<p>x</p>").language == "ko"


def test_page_type_article_from_og_when_json_ld_names_only_a_web_page() -> None:
    head = _ld({"@type": "WebPage", "name": "x"}) + '<meta property="og:type" content="article">'
    assert _meta(head).page_type == "article"


def test_page_type_from_json_ld_beats_og_website() -> None:
    head = _ld({"@type": "Product", "name": "x"}) + '<meta property="og:type" content="website">'
    assert _meta(head).page_type == "product"


def test_free_text_in_og_type_is_no_page_type() -> None:
    assert _meta('<meta property="og:type" content="Getting started guide">').page_type is None


def test_a_lede_paragraph_equal_to_the_description_is_no_dek() -> None:
    head = '<meta name="description" content="MEXICO CITY (AP) — The economy grew by 1.1%.">'
    body = "<h1>Economy grows</h1><p>MEXICO CITY (AP) — The economy grew by 1.1%.</p><p>More.</p>"
    assert _meta(head, body).subheadline is None


def test_the_publication_is_no_author_when_a_person_is_named() -> None:
    head = (
        '<meta property="og:site_name" content="Valley Post">'
        '<meta name="author" content="Jane Doe, Valley Post">'
    )
    assert _meta(head, "<p>x</p>").authors == ("Jane Doe",)


def test_header_of_the_headline_h1_not_of_a_logo_h1() -> None:
    body = (
        "<header><h1>Valley Post</h1><p>Since 1887, founded 01.01.1990</p></header>"
        + "".join(f"<p>Menu item {n} for the site.</p>" for n in range(250))
        + "<article><header><h1>Dam opens after ten years</h1>"
        '<p class="meta"><time datetime="2018-12-21T14:00:00-08:00">Dec 21</time></p></header>'
        "<p>Body.</p></article>"
    )
    head = '<meta property="og:title" content="Dam opens after ten years">'
    meta = _meta(head, body, url="https://valleypost.com/x")
    assert meta.headline == "Dam opens after ten years"
    assert meta.published == "2018-12-21T14:00:00-08:00"


def test_marked_dates_of_teasers_yield_to_the_headline_header() -> None:
    teasers = "".join(
        f'<li><a href="/s{n}">Other story {n}</a>'
        f' <time pubdate datetime="2019-09-2{n}">x</time></li>'
        for n in range(3)
    )
    body = (
        "<aside><ul>"
        + teasers
        + "</ul></aside>"
        + "".join(f"<p>Filler paragraph number {n}.</p>" for n in range(250))
        + '<div class="story"><h1>Dam opens after ten years</h1>'
        '<p class="publication"><time datetime="2019-06-28T13:49:45Z">28 juin 2019</time></p></div>'
    )
    assert _meta("", body).published == "2019-06-28T13:49:45Z"


def test_a_date_in_running_text_is_no_dateline() -> None:
    body = (
        "<h1>Guide to filing your taxes</h1><p>Use the <a href='/x'>locator</a>"
        " to find a free tax help site that plans to remain open after April 15, 2025.</p>"
        "<p><span>Jan. 17, 2025</span></p>"
    )
    assert _meta("", body).published == "2025-01-17"


def test_an_updated_date_beats_a_far_unrelated_one() -> None:
    body = (
        "<h1>Plant-based diets</h1><p>Last Modified: August 08, 2023</p>"
        "<p>Step 1: start slowly.</p><p>Step 2: add beans.</p><p>Step 3: enjoy.</p>"
        "<ul><li>Other post</li><li>March 05, 2026</li></ul>"
    )
    assert _meta("", body).published == "2023-08-08"


def test_debug_log_names_the_headline_and_authors_sources(caplog: pytest.LogCaptureFixture) -> None:
    head = '<meta property="og:title" content="Dam opens | Valley Post">'
    body = "<h1>Dam opens</h1><p class='byline'>By Jane Doe</p>"
    with caplog.at_level(logging.DEBUG, logger="cleannews"):
        _meta(head, body)
    messages = [r.getMessage() for r in caplog.records]
    assert "headline 'Dam opens' from the visible <h1>" in messages
    assert "authors ('Jane Doe',) from byline markup" in messages
    assert all(r.levelno < logging.INFO for r in caplog.records)
