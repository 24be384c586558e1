"""The headline, chosen by agreement between the page's titles (cleannews.metadata.headline)."""

from __future__ import annotations

import pytest

from cleannews._document import parse_html
from cleannews.metadata.headline import choose_headline, headline_elements, strip_site_name

SITE = ("Valley Post", "valleypost.com", "valleypost")


@pytest.mark.parametrize(
    ("title", "stripped"),
    [
        pytest.param(
            "Dam opens after ten years | Valley Post", "Dam opens after ten years", id="pipe"
        ),
        pytest.param(
            "Dam opens after ten years - Valley Post", "Dam opens after ten years", id="dash"
        ),
        pytest.param(
            "Dam opens after ten years – valleypost.com", "Dam opens after ten years", id="host"
        ),
        pytest.param(
            "Valley Post: Dam opens", "Valley Post: Dam opens", id="colon-is-no-separator"
        ),
        pytest.param(
            "Valley Post | Dam opens after ten years", "Dam opens after ten years", id="leading"
        ),
        pytest.param(
            "Dam opens after ten years | Environment | Valley Post",
            "Dam opens after ten years | Environment",
            id="only-the-site-segment",
        ),
        pytest.param(
            "Dam opens after ten years - Weekly", "Dam opens after ten years", id="short-tail"
        ),
        pytest.param("Left - right - centre", "Left - right - centre", id="no-site-segment"),
        pytest.param("Valley Post", "Valley Post", id="title-is-the-site"),
    ],
)
def test_strip_site_name(title: str, stripped: str) -> None:
    assert strip_site_name(title, SITE) == stripped


def test_h1_that_agrees_with_a_stated_title_wins() -> None:
    stated = ["Dam Opens After Ten Years | Valley Post"]
    assert choose_headline(stated, ["Valley Post", "Dam opens after ten years"], SITE) == (
        "Dam opens after ten years"
    )


def test_visible_h1_wins_over_a_rewritten_seo_title() -> None:
    stated = ["Valley dam finally opens: what it means for you | Valley Post"]
    visible = ["After ten years, the valley dam finally opens"]
    assert choose_headline(stated, visible, SITE) == visible[0]


def test_logo_h1_does_not_beat_the_stated_title() -> None:
    stated = ["Dam opens after ten years | Valley Post"]
    assert choose_headline(stated, ["Valley Post"], SITE) == "Dam opens after ten years"


def test_kicker_in_the_stated_title_is_kept() -> None:
    stated = ["Energy: Dam opens after ten years"]
    assert choose_headline(stated, ["Dam opens after ten years"], SITE) == stated[0]


def test_h1_with_furniture_around_the_title_gives_the_title() -> None:
    stated = ["Dam opens after ten years"]
    visible = ["May 1 2024 Dam opens after ten years"]
    assert choose_headline(stated, visible, SITE) == "Dam opens after ten years"


def test_no_stated_title_falls_back_to_the_h1() -> None:
    assert choose_headline([], ["Dam opens after ten years"], SITE) == "Dam opens after ten years"


def test_nothing_at_all() -> None:
    assert choose_headline([], [], SITE) is None


def test_headline_elements_in_page_order_without_duplicates() -> None:
    root = parse_html(
        "<html><body><h1>Valley Post</h1><article><h1> Dam  opens </h1>"
        '<div itemprop="headline">Dam  opens</div><h1>x</h1></article></body></html>'
    )
    assert headline_elements(root) == ["Valley Post", "Dam opens"]


def test_short_site_label_inside_a_word_is_no_site_segment() -> None:
    # "co" of a .co.uk host must not match inside "could"
    title = "I sell holidays - booking the right day could save you thousands - Daily Star"
    names = ("Daily Star", "dailystar.co.uk", "dailystar")
    assert strip_site_name(title, names) == (
        "I sell holidays - booking the right day could save you thousands"
    )


def test_all_capitals_heading_takes_the_stated_casing() -> None:
    assert choose_headline(["Tips for Online Success"], ["TIPS FOR ONLINE SUCCESS"], SITE) == (
        "Tips for Online Success"
    )


def test_cut_off_json_ld_headline_gives_way_to_the_full_title() -> None:
    start = "Fix It Friday: Struggling With How To Arrange Your Living Room? We Help Four Readers"
    stated = [f"{start} (Including", f"{start} (Including One Trick) - Valley Post"]
    assert choose_headline(stated, [], SITE) == f"{start} (Including One Trick)"


def test_cut_off_headline_with_an_ellipsis_gives_way_to_the_full_title() -> None:
    stated = [
        "Valley dam opens after ten…",
        "Valley dam opens after ten years of works - Valley Post",
    ]
    assert choose_headline(stated, [], SITE) == "Valley dam opens after ten years of works"


def test_a_short_whole_headline_is_not_taken_for_a_cut_off_title() -> None:
    # the <title> adds words to the headline the page states everywhere else
    stated = [
        "Rate decision on Thursday: will it fall? A clear answer",
        "Rate decision on Thursday: will it fall? A clear answer from the pros",
    ]
    assert choose_headline(stated, [], SITE) == stated[0]


def test_a_title_with_an_added_segment_is_not_a_cut_off_one() -> None:
    stated = ["Best Movers in 2025", "Best Movers in 2025 | Top 19 Companies"]
    assert choose_headline(stated, [], SITE) == "Best Movers in 2025"


def test_doubly_escaped_entities_in_a_heading_are_read() -> None:
    root = parse_html("<html><body><h1>Tools for 2026: SQL &amp;#x26; AI</h1></body></html>")
    assert headline_elements(root) == ["Tools for 2026: SQL & AI"]
