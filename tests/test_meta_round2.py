"""Headline and date rules added in the second metadata round (issue 3), on small pages."""

from __future__ import annotations

from cleannews._document import Document
from cleannews.metadata import read_metadata
from cleannews.metadata.dates import date_in_url
from cleannews.metadata.headline import choose_headline

SITE = ("Valley Post", "valleypost.com", "valleypost")


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


def _published(head: str, body: str) -> str | None:
    page = f"<html><head>{head}</head><body><article>{body}</article></body></html>"
    return read_metadata(Document.from_markup(page)).published


def test_utc_meta_time_is_given_in_the_zone_the_page_shows() -> None:
    # 9 pm in Boston on 8 November is 02:00 UTC on the 9th; the dateline shows the 8th
    head = '<meta property="article:published_time" content="2023-11-09T02:11:03+00:00">'
    body = (
        "<h1>Two people hurt in an overnight fire downtown</h1>"
        '<time datetime="2023-11-08T21:11:03-05:00">November 8, 2023</time><p>Text.</p>'
    )
    assert _published(head, body) == "2023-11-08T21:11:03-05:00"


def test_utc_meta_time_stays_when_no_time_states_the_same_moment() -> None:
    # the <time> is another moment (a comment, a related story): the UTC value is kept
    head = '<meta property="article:published_time" content="2023-11-09T02:11:03Z">'
    body = (
        "<h1>Two people hurt in an overnight fire downtown</h1>"
        '<time datetime="2023-11-08T18:00:00-05:00">November 8, 2023</time><p>Text.</p>'
    )
    assert _published(head, body) == "2023-11-09T02:11:03Z"


def test_url_with_the_month_written_out_gives_the_day() -> None:
    # "03/10/2023" on the page could be either order; the path says October
    url = "https://wine.example.org/blog/2023/october/03/grape-varieties-explained/"
    body = "<h1>Grape varieties explained for beginners</h1><span>03/10/2023</span><p>Text.</p>"
    page = f"<html><head></head><body><article>{body}</article></body></html>"
    assert read_metadata(Document.from_markup(page, url=url)).published == "2023-10-03"


def test_path_word_that_is_no_month_gives_no_day() -> None:
    assert date_in_url("https://example.org/2023/news/03/story") is None


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


def test_dotted_date_with_a_two_digit_year_is_read() -> None:
    # German pages print "30.10.23" under the headline
    body = (
        "<h1>Last-minute costumes for the party weekend</h1>"
        '<div class="date">Party, 30.10.23</div><p>Text.</p>'
    )
    assert _published("", body) == "2023-10-30"


def test_slashed_pair_with_a_two_digit_year_is_no_date() -> None:
    # "3/4/25" is as likely a score or a fraction as a date
    body = "<h1>Last-minute costumes for the party weekend</h1><span>Rated 3/4/25</span>"
    assert _published("", body) is None


def test_time_showing_another_day_than_its_datetime_gives_the_shown_day() -> None:
    # the attribute holds the last save; the reader is told the publication day
    body = (
        "<h1>Grenades and the doctrine of crowd control</h1>"
        '<time datetime="2019-07-03T10:18:46Z">Publié le 29 juin 2019</time><p>Text.</p>'
    )
    assert _published("", body) == "2019-06-29"


def test_time_showing_the_neighbouring_day_keeps_its_datetime() -> None:
    # 23:30 in New York is the next day in UTC: the same moment, the attribute is kept
    body = (
        "<h1>Grenades and the doctrine of crowd control</h1>"
        '<time datetime="2019-06-30T03:30:00Z">June 29, 2019</time><p>Text.</p>'
    )
    assert _published("", body) == "2019-06-30T03:30:00Z"


def test_date_line_right_above_the_headline_wins_over_teasers_below() -> None:
    # the header prints "category, date" over the title; dated teaser links follow it
    body = (
        '<div class="head"><div class="date">Party, 30.10.23</div>'
        "<h1>Last-minute costumes for the party weekend</h1></div>"
        '<p>Text.</p><a href="/weekend">Weekend in Vienna 12.10. - 15.10.2023</a>'
    )
    assert _published("", body) == "2023-10-30"


def test_update_line_above_the_headline_is_not_the_publication_day() -> None:
    body = (
        "<div>Updated 30.10.2023</div><h1>Last-minute costumes for the party weekend</h1>"
        "<p>Published 12.10.2023</p>"
    )
    assert _published("", body) == "2023-10-12"


def test_java_date_string_in_a_meta_tag_is_read() -> None:
    head = '<meta property="article:published_time" content="Sun Nov 23 16:00:00 EDT 2014">'
    body = "<h1>Comcast completes its merger with the network</h1><p>Text.</p>"
    assert _published(head, body) == "2014-11-23T16:00:00"


def test_pub_date_of_the_parsely_page_tag_is_read() -> None:
    head = (
        '<meta name="parsely-page" content=\'{"title": "Comcast completes merger", '
        '"pub_date": "2014-11-23T16:00:00+04:00", "section": "markets"}\'>'
    )
    body = "<h1>Comcast completes its merger with the network</h1><p>Text.</p>"
    assert _published(head, body) == "2014-11-23T16:00:00+04:00"


def test_parsely_page_tag_that_is_no_json_gives_no_date() -> None:
    head = '<meta name="parsely-page" content="pub_date: yesterday">'
    body = "<h1>Comcast completes its merger with the network</h1><p>Text.</p>"
    assert _published(head, body) is None


def test_small_info_block_above_the_headline_gives_its_date() -> None:
    # <div><span>date</span> • <span>reading time</span></div><h1>…</h1>, then teasers
    body = (
        '<header><div class="infos"><span class="date">December 17, 2025</span> '
        "<span>•</span> <span>8 min read</span></div>"
        "<h1>Stop nesting database systems</h1></header><p>Text.</p>"
        '<p class="teaser-date">November 25, 2025</p>'
    )
    assert _published("", body) == "2025-12-17"


def test_large_block_above_the_headline_is_not_read_for_a_date() -> None:
    # a navigation block holding a dated link is no dateline
    links = "".join(f'<li><a href="/{n}">Story {n}</a></li>' for n in range(12))
    body = (
        f"<ul>{links}<li>March 3, 2026</li></ul>"
        "<h1>Stop nesting database systems</h1><p>Posted February 6, 2026</p>"
    )
    assert _published("", body) == "2026-02-06"


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
