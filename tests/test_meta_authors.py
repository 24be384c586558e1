"""Authors: names out of raw bylines, and byline markup (cleannews.metadata.authors)."""

from __future__ import annotations

import pytest

from cleannews._document import parse_html
from cleannews.metadata.authors import split_names, unique_names
from cleannews.metadata.bylines import byline_texts


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        pytest.param("By Jane Doe and John Roe", ["Jane Doe", "John Roe"], id="by-and"),
        pytest.param(
            "By Jane Doe, John Roe & Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"], id="list"
        ),
        pytest.param("BY JANE DOE, Staff Writer", ["JANE DOE"], id="role-after-comma"),
        pytest.param("Rachel Roe Writer", ["Rachel Roe"], id="job-title-glued"),
        pytest.param("Jane Doe, EdTech Content Writer", ["Jane Doe"], id="job-title-piece"),
        pytest.param("Jane Doe | Updated Jan 5, 2024", ["Jane Doe"], id="updated-cut"),
        pytest.param("Jane Doe on Friday", ["Jane Doe"], id="weekday-cut"),
        pytest.param("Jane Doe jane.doe@example.com", ["Jane Doe"], id="email-cut"),
        pytest.param("Jane Doe (Reuters)", ["Jane Doe"], id="parentheses-dropped"),
        pytest.param(
            "Von Max Mustermann und Erika Musterfrau",
            ["Max Mustermann", "Erika Musterfrau"],
            id="german",
        ),
        pytest.param("Por María García y José López", ["María García", "José López"], id="spanish"),
        pytest.param("Автор: Мария Кузнецова", ["Мария Кузнецова"], id="russian-prefix"),
        pytest.param("Recipe by PJ Hamel", ["PJ Hamel"], id="word-by-prefix"),
        pytest.param("John E Smith", ["John E Smith"], id="capital-initial-is-no-conjunction"),
        pytest.param("Jean-Luc Picard", ["Jean-Luc Picard"], id="hyphenated"),
        pytest.param("Podium Staff", ["Podium Staff"], id="collective-byline-kept"),
        pytest.param("Reviewed by Margaret James", [], id="reviewer-is-no-author"),
        pytest.param("3 Minute Read", [], id="reading-time"),
        pytest.param("Staff Writer", [], id="role-alone"),
        pytest.param("https://example.com/author/jane", [], id="url"),
        pytest.param("@janedoe", [], id="handle"),
        pytest.param("undefined", [], id="placeholder"),
        pytest.param("jdoe", [], id="lower-case-in-page-text"),
        pytest.param("Andrew Gerrand 4 August 2010", ["Andrew Gerrand"], id="day-month-cut"),
        pytest.param("Brian Becker 7 min read", ["Brian Becker"], id="reading-time-cut"),
        pytest.param("David Straub, MDR THÜRINGEN Stand: 28.04.2023", ["David Straub"], id="stand"),
        pytest.param("Jane Doe, AFP", ["Jane Doe"], id="agency-in-capitals-beside-a-name"),
        pytest.param("JANE DOE", ["JANE DOE"], id="capitals-alone-are-a-name"),
    ],
)
def test_split_names(raw: str, names: list[str]) -> None:
    assert split_names(raw) == names


def test_lower_case_user_names_count_only_in_metadata() -> None:
    assert split_names("jdoe", stated=True) == ["jdoe"]
    assert split_names("jdoe") == []


def test_unique_names_keeps_first_spelling_and_order() -> None:
    assert unique_names(["Jane Doe", "John Roe", "jane  doe", "JOHN ROE"]) == (
        "Jane Doe",
        "John Roe",
    )


def _bylines(body: str) -> list[str]:
    return byline_texts(parse_html(f"<html><body>{body}</body></html>"))


def test_byline_from_itemprop_author_prefers_its_name() -> None:
    body = (
        '<div itemprop="author" itemscope><img alt="photo"><span itemprop="name">Jane Doe</span>'
        "<span>Senior Reporter</span></div>"
    )
    assert _bylines(body) == ["Jane Doe"]


def test_byline_text_keeps_spaces_between_elements() -> None:
    assert _bylines('<p class="byline">By<a href="/a/jane">Jane Doe</a></p>') == ["By Jane Doe"]


def test_byline_from_rel_author_links_of_one_byline() -> None:
    body = (
        '<p class="meta"><a rel="author" href="/a/1">Jane Doe</a> and '
        '<a rel="author" href="/a/2">John Roe</a></p>'
    )
    assert _bylines(body) == ["Jane Doe", "John Roe"]


def test_byline_ignores_comments_and_related_stories() -> None:
    body = (
        '<article><p class="byline">By Jane Doe</p></article>'
        '<section class="comments"><span class="author">troll42</span></section>'
        '<aside><span class="byline">By Someone Else</span></aside>'
    )
    assert _bylines(body) == ["By Jane Doe"]


def test_byline_takes_one_article_not_every_teaser() -> None:
    body = (
        '<header><span class="author-name">Jane Doe</span></header>'
        '<main><div><ul><li><span class="author-name">Teaser Author</span></li></ul></div></main>'
    )
    assert _bylines(body) == ["Jane Doe"]


def test_byline_from_author_page_links_as_a_last_resort() -> None:
    body = '<div><a href="/author/aigerim-sultanova/">Aigerim Sultanova</a></div>'
    assert _bylines(body) == ["Aigerim Sultanova"]


def test_no_byline_markup_gives_nothing() -> None:
    assert _bylines("<p>Just a paragraph by nobody in particular.</p>") == []


def test_korean_reporter_suffix_is_dropped() -> None:
    assert split_names("신현주 기자") == ["신현주"]


def test_vcard_byline_is_no_author_card() -> None:
    body = (
        '<span class="meta-label">By</span>'
        '<span class="author vcard"><a href="/me">Trevor Jones</a></span>'
    )
    assert _bylines(body) == ["Trevor Jones"]


def test_article_footer_byline_counts_but_page_footer_does_not() -> None:
    article = (
        '<article><p>Text.</p><footer><p class="author">By Halina Goetz</p></footer></article>'
    )
    page = '<main><p>Text.</p></main><footer><p class="author">By Site Owner</p></footer>'
    assert _bylines(article) == ["By Halina Goetz"]
    assert _bylines(page) == []


def test_a_by_label_element_gives_way_to_the_name_beside_it() -> None:
    body = (
        '<div class="post-author__content"><p class="post-author__byline">By</p>'
        '<p class="post-author__name">Amy Roeder</p></div>'
    )
    # the "byline" element holds only "By": the author element around it is read instead
    assert [name for text in _bylines(body) for name in split_names(text)] == ["Amy Roeder"]


def test_page_state_classes_on_body_and_article_exclude_nothing() -> None:
    root = parse_html(
        '<html><body class="single comments-open has-sidebar"><article class="post review">'
        '<span class="author vcard">Trevor Jones</span></article></body></html>'
    )
    assert byline_texts(root) == ["Trevor Jones"]


def test_guide_by_and_former_titles() -> None:
    assert split_names("Guide by Will Judd Former Deputy Tech Editor") == ["Will Judd"]
