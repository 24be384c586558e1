"""Dates as pages write them, to ISO 8601 (cleannews.metadata.dates)."""

from __future__ import annotations

import pytest

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
