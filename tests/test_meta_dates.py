"""Dates as pages write them, to ISO 8601 (cleannews.metadata.dates)."""

from __future__ import annotations

import pytest

from cleannews._document import Document
from cleannews.metadata import read_metadata
from cleannews.metadata.dates import date_in_text, date_in_url, normalise_date


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        pytest.param("2019-01-23T18:00:00Z", "2019-01-23T18:00:00Z", id="utc-z-kept"),
        pytest.param("2019-01-23T18:00:00+01:00", "2019-01-23T18:00:00+01:00", id="offset-kept"),
        pytest.param("2019-01-23 18:00:00+0100", "2019-01-23T18:00:00+01:00", id="offset-no-colon"),
        pytest.param("2019-01-23T18:00-05", "2019-01-23T18:00:00-05:00", id="offset-hours-only"),
        pytest.param("2019-01-23T18:00:00.123Z", "2019-01-23T18:00:00.123Z", id="fraction-kept"),
        pytest.param("2019-01-23", "2019-01-23", id="date-only"),
        pytest.param("2019-1-3", "2019-01-03", id="unpadded"),
        pytest.param("20190123", "2019-01-23", id="compact"),
        pytest.param("1548266400", "2019-01-23T18:00:00+00:00", id="epoch-seconds"),
        pytest.param("1548266400000", "2019-01-23T18:00:00+00:00", id="epoch-millis"),
        pytest.param("January 23, 2019", "2019-01-23", id="english-month-first"),
        pytest.param("Jan. 23, 2019 at 5:30 p.m.", "2019-01-23T17:30:00", id="english-with-time"),
        pytest.param("23 January 2019", "2019-01-23", id="english-day-first"),
        pytest.param("Tue, 23 Jan 2019 18:00:00 GMT", "2019-01-23T18:00:00", id="rfc-2822"),
        pytest.param("23.01.2019", "2019-01-23", id="german-numeric"),
        pytest.param("23. Januar 2019 um 10:30", "2019-01-23T10:30:00", id="german-words"),
        pytest.param("23 de enero de 2019", "2019-01-23", id="spanish"),
        pytest.param("23 janvier 2019", "2019-01-23", id="french"),
        pytest.param("23 января 2019", "2019-01-23", id="russian"),
        pytest.param("01/23/2019", "2019-01-23", id="us-slashes"),
        pytest.param("23/01/2019", "2019-01-23", id="day-first-slashes"),
        pytest.param("2019/01/23", "2019-01-23", id="year-first-slashes"),
    ],
)
def test_normalise_date(raw: str, iso: str) -> None:
    assert normalise_date(raw) == iso


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("", id="empty"),
        pytest.param("   ", id="blank"),
        pytest.param("yesterday", id="relative-words"),
        pytest.param("3 hours ago", id="relative-hours"),
        pytest.param("2019-02-30", id="no-such-day"),
        pytest.param("1850-01-01", id="too-old"),
        pytest.param("13/13/2019", id="no-such-month"),
        pytest.param("Version 2.3.1", id="version-number"),
    ],
)
def test_normalise_date_refuses_what_is_no_date(raw: str) -> None:
    assert normalise_date(raw) is None


def test_date_in_text_finds_the_first_date_in_a_byline() -> None:
    assert date_in_text("By Jane Doe - Mar 27, 2024 · 5 min read") == "2024-03-27"
    assert date_in_text("Veröffentlicht am 05.02.2024, 14:10 Uhr") == "2024-02-05T14:10:00"
    assert date_in_text("No date here, 42 comments") is None


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://example.com/news/2019/01/23/some-story/", "2019-01-23"),
        ("https://example.com/2019-01-23/some-story", "2019-01-23"),
        ("https://example.com/world/story-20190123.html", "2019-01-23"),
        ("https://example.com/a/33301234.html", None),
        ("https://example.com/2019/13/45/nonsense", None),
        (None, None),
    ],
)
def test_date_in_url(url: str | None, day: str | None) -> None:
    assert date_in_url(url) == day


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
