"""The headline, chosen by agreement between the page's titles (cleannews.metadata.headline)."""

from __future__ import annotations

import pytest

from cleannews._document import Document, parse_html
from cleannews.metadata import read_metadata
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


def test_kicker_glued_to_the_heading_takes_the_stated_spelling() -> None:
    # <h1><span>Flood Watch</span>River levels rise again</h1>: text_content() loses the
    # break between the kicker and the headline
    stated = ["Flood Watch / River levels rise again | Valley Post"]
    visible = ["Flood WatchRiver levels rise again"]
    assert choose_headline(stated, visible, SITE) == "Flood Watch / River levels rise again"


def test_heading_spelled_like_the_title_keeps_its_own_text() -> None:
    # same words and word breaks: the visible heading stays the headline
    stated = ["River Levels Rise Again | Valley Post"]
    visible = ["River levels rise again"]
    assert choose_headline(stated, visible, SITE) == "River levels rise again"


def test_logo_heading_sharing_only_the_site_name_is_no_headline() -> None:
    # the page's only <h1> is the masthead; its words agree with the title's site suffix
    site = ("CAPITOL", "capitol.com", "capitol")
    stated = ["Senators agree on a budget deal - CAPITOL"]
    visible = ["CAPITOL Capitol Logo"]
    assert choose_headline(stated, visible, site) == "Senators agree on a budget deal"


def test_heading_naming_the_site_inside_a_rewritten_title_stays() -> None:
    # the site's name as part of the story is not taken out of a heading that agrees
    stated = ["Valley Post readers vote on the new bridge design | Valley Post"]
    visible = ["Valley Post readers choose a bridge design"]
    assert choose_headline(stated, visible, SITE) == "Valley Post readers choose a bridge design"


def test_heading_that_goes_on_in_words_after_the_title_is_the_headline() -> None:
    # the SEO title is the heading cut short; the visible heading is the full headline
    stated = ["Plumbing Maintenance Tips: 11 Best Practices | Valley Post"]
    visible = ["Plumbing Maintenance Tips: 11 Best Practices to Prevent Leaks"]
    assert choose_headline(stated, visible, SITE) == visible[0]


def test_heading_with_a_dateline_after_the_title_gives_the_title() -> None:
    # what follows the title holds a date: page furniture glued into the heading
    stated = ["Plumbing Maintenance Tips for Winter | Valley Post"]
    visible = ["Plumbing Maintenance Tips for Winter Posted on July 1, 2024"]
    assert choose_headline(stated, visible, SITE) == "Plumbing Maintenance Tips for Winter"


def _headline(head: str, body: str) -> str | None:
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    return read_metadata(Document.from_markup(page)).headline


_CRUMB_HEAD = (
    '<meta property="og:title" content="Power cut: traffic lights and trains stop in the city">'
    '<script type="application/ld+json">{"@type": "NewsArticle", '
    '"headline": "Lights out, trains halted: how safe is the grid?"}</script>'
)


def test_headline_unlike_the_breadcrumb_h1_is_the_article_headline() -> None:
    # the trail ends in an <h1> with the search title; the article shows its own headline
    body = (
        '<nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li>'
        "<h1>Power cut: traffic lights and trains stop in the city</h1></li></ol></nav>"
        "<article><h2>Lights out, trains halted: how safe is the grid?</h2><p>Text.</p></article>"
    )
    assert _headline(_CRUMB_HEAD, body) == "Lights out, trains halted: how safe is the grid?"


def test_breadcrumb_h1_stands_when_every_title_is_like_it() -> None:
    # the title holds the trail's heading with furniture added: the same title
    head = (
        '<meta property="og:title" '
        'content="Power cut: traffic lights and trains stop - a timeline | Live updates">'
    )
    body = (
        '<ol class="breadcrumb"><li><h1 data-breadcrumb-headline>'
        "Power cut: traffic lights and trains stop - a timeline</h1></li></ol><p>Text.</p>"
    )
    assert _headline(head, body) == "Power cut: traffic lights and trains stop - a timeline"


def test_h1_outside_a_breadcrumb_keeps_agreeing_with_its_title() -> None:
    body = (
        '<nav class="breadcrumb"><a href="/">Home</a></nav>'
        "<article><h1>Power cut: traffic lights and trains stop in the city</h1></article>"
    )
    assert _headline(_CRUMB_HEAD, body) == "Power cut: traffic lights and trains stop in the city"


def test_stated_title_inside_the_breadcrumb_h1_is_the_headline() -> None:
    # the trail's search title is "Kicker: headline"; the article shows the headline alone
    head = '<meta property="og:title" content="Trump speaks about ground operations">'
    body = (
        '<nav class="breadcrumb"><h1>"It will start soon": Trump speaks about ground operations'
        '</h1></nav><article><span class="headline">Trump speaks about ground operations'
        "</span><p>Text.</p></article>"
    )
    assert _headline(head, body) == "Trump speaks about ground operations"
