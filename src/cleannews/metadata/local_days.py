"""Which day a page's stated times fall on where the page is published.

Meta tags often give UTC; the page shows, and its URL carries, the publisher's local day.
These helpers move a time to the day the page itself names, without knowing its zone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from lxml.html import HtmlElement

from .dates import date_in_text, normalise_date

__all__ = ["in_local_zone", "local_day", "shown_instead"]


def shown_instead(element: HtmlElement, value: str) -> str:
    """The day a ``<time>`` shows when its text names another day than its ``datetime``.

    CMSs fill ``datetime`` with the last save ("2019-07-03T10:18:46Z") under a visible
    "Published 29 June 2019": what the reader is told is the publication day. A text a day
    off is the same moment in the page's zone, and the attribute keeps its time.
    """
    if element.tag != "time":
        return value
    shown = date_in_text(element.text_content()[:80])
    if not shown or shown[:10] == value[:10]:
        return value
    gap = abs((dt.date.fromisoformat(shown[:10]) - dt.date.fromisoformat(value[:10])).days)
    return shown if gap > 1 else value


def local_day(value: str | None, url_day: str | None) -> str | None:
    """The URL's day when a UTC time stated elsewhere falls on the next or previous day.

    A page published at 8 pm in New York states ``01:00Z`` of the next day in its meta
    tags, while its URL and its visible dateline carry the local day: that is the day
    the article was published, and the only one that can be told without its timezone.
    """
    if not value or not url_day or value[:10] == url_day or len(value) <= 10:
        return value
    if not value.endswith(("Z", "+00:00")):
        return value
    stated, local = dt.date.fromisoformat(value[:10]), dt.date.fromisoformat(url_day)
    return url_day if abs((stated - local).days) == 1 else value


_FRACTION = re.compile(r"(?<=:\d\d)\.\d+")


def _instant(value: str) -> dt.datetime | None:
    """``value`` as an aware datetime, when it is an ISO time with a zone."""
    text = _FRACTION.sub("", value.strip())
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"  # Python 3.10's fromisoformat has no "Z"
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def in_local_zone(value: str | None, times: Sequence[HtmlElement]) -> str | None:
    """The same instant as a UTC ``value``, as a ``<time datetime>`` states it in the
    publisher's own zone.

    Meta tags often give UTC ("2023-11-09T02:11:03+00:00") where the page's dateline shows
    the local time of the same moment ("2023-11-08T21:11:03-05:00"): the local one carries
    the day the article was published.
    """
    if not value or len(value) <= 10 or not value.endswith(("Z", "+00:00")):
        return value
    moment = _instant(value)
    if moment is None:
        return value
    for element in times:
        stated = element.get("datetime")
        local = normalise_date(stated) if stated else None
        if not local or local.endswith(("Z", "+00:00")):
            continue
        if _instant(local) == moment:
            return local
    return value
