"""Where a page states when its article was published and modified.

The cascade for ``published``, first usable value wins:

1. a machine-written date (ISO, compact, epoch) in JSON-LD ``datePublished``, then in the
   meta tags (``article:published_time``, ``parsely-pub-date``, Dublin Core …, then any
   other meta whose name says "publish");
2. an element marked as the publication time (``itemprop=datePublished``, ``<time
   pubdate>``, a ``publish`` class) in the headline's header;
3. a day in the URL path (``/2019/01/23/``): publishers write the local day there;
4. a ``<time>`` in the headline's header, below the ``<h1>`` first; then a marked
   element anywhere (teasers of other stories are marked too, so only now);
5. a date line in the element right above the ``<h1>``, else a short text near it that
   is a date ("December 15, 2025", "By Jane Doe - Mar 27, 2024"), preferring one not
   labelled "Updated";
6. a human-written date in the metadata ("Jun 24, 2025": templates fill these with the
   render day, so they yield to what the page shows);
7. the first ``<time datetime>`` anywhere;
8. any other meta tag whose name says date, time or created, then a day in the URL
   of the page's share image (``/2016/05/04/…png``).

A ``<time>`` whose text names a day more than one off its ``datetime`` gives the day it
shows; a UTC time that a ``<time datetime>`` states again in a local zone is given in that
zone; a UTC time whose day differs by one from the URL's day gives the URL's (local) day
(see :mod:`.local_days`).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable, Sequence

from lxml.html import HtmlElement

from .dates import date_in_text, date_in_url, normalise_date
from .jsonld import JsonLdArticle
from .local_days import in_local_zone, local_day, shown_instead
from .short_texts import (
    BODY_TEXT_XPATH,
    NOT_TEXT_TAGS,
    is_short_dated,
    short_texts_after,
    short_texts_before,
)
from .tags import HeadTags

__all__ = ["read_modified", "read_published"]

PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "article:published",
    "article_published_time",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "publish-date",
    "publish_date",
    "published_time",
    "publishdate",
    "pubdate",
    "dc.date.issued",
    "dc.date",
    "dcterms.issued",
    "dcterms.created",
    "dcterms.date",
    "citation_publication_date",
    "article.published",
    "originalpublicationdate",
    "date",
    "datecreated",
    "article:created",
    "release_date",
)
MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "article:modified",
    "datemodified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
    "article.updated",
)

_DATED_KEY = re.compile(r"date|time|created|uploaded|issued", re.IGNORECASE)
_NOT_PUBLISHED_KEY = re.compile(r"modif|updat|expir|valid|edit|refresh|last", re.IGNORECASE)
_MACHINE_DATE = re.compile(r"\d{4}-?\d{2}-?\d{2}|\d{9,13}$")
_MAX_TEXTS_AFTER = 40
_MAX_DATELINE_CHARS = 60
_NEXT_TO_UPDATED = 1
_MAX_TEXTS_BEFORE = 8
_MAX_ELEMENTS_ABOVE = 8
_UPDATED_LABEL = re.compile(
    r"updated|modified|edited|aktualisiert|geändert|actualizado|mis à jour|aggiornato|"
    r"bijgewerkt|обновлено",
    re.IGNORECASE,
)


def _from_element(element: HtmlElement, day_first: bool) -> str | None:
    for attribute in ("datetime", "content", "data-datetime", "title"):
        value = normalise_date(element.get(attribute), day_first=day_first)
        if value:
            return shown_instead(element, value)
    return date_in_text(element.text_content()[:200], day_first=day_first)


def _first_date(elements: Iterable[HtmlElement], day_first: bool) -> str | None:
    for element in elements:
        value = _from_element(element, day_first)
        if value:
            return value
    return None


def _labelled_updated(text: str, parent: object) -> bool:
    """A date the page labels as an update ("Updated: …"), in its text or just before it."""
    if _UPDATED_LABEL.search(text):
        return True
    if isinstance(parent, HtmlElement):
        previous = parent.getprevious()
        before = (previous.text_content() if previous is not None else "") + (parent.text or "")
        return bool(_UPDATED_LABEL.search(before[-40:]))
    return False


def _date_above(h1: HtmlElement, day_first: bool) -> str | None:
    """A date line right above the headline, in the element just before the ``<h1>``
    ("Party, 30.10.23" over the title): the header's own dateline, nearer than any below."""
    previous = h1.getprevious()
    if previous is None or not isinstance(previous.tag, str) or previous.tag in NOT_TEXT_TAGS:
        return None
    # a small block only ("<div><span>December 17, 2025</span> • 8 min read</div>"): the
    # text of a large one is not read
    if len(list(itertools.islice(previous.iter(), _MAX_ELEMENTS_ABOVE + 1))) > _MAX_ELEMENTS_ABOVE:
        return None
    line = " ".join(previous.text_content().split())
    if not is_short_dated(line) or len(line) > _MAX_DATELINE_CHARS:
        return None
    return None if _UPDATED_LABEL.search(line) else date_in_text(line, day_first=day_first)


def _shown_date(root: HtmlElement, h1: HtmlElement | None, day_first: bool) -> str | None:
    """A date printed as a short line near the headline's ``<h1>``.

    A dateline is short ("Jan. 17, 2025", " - Mar 27, 2024"); a longer text node holding
    a date is running text ("… remain open after April 15, 2025"). A date labelled
    "Updated" yields to an unlabelled one printed right beside it (the next dated text),
    not to one further down, which belongs to something else (a list of other posts).
    """
    above = _date_above(h1, day_first) if h1 is not None else None
    if above:
        return above
    after = (
        short_texts_after(h1, _MAX_TEXTS_AFTER)
        if h1 is not None
        else [(str(t), t.getparent()) for t in root.xpath(BODY_TEXT_XPATH)[:_MAX_TEXTS_AFTER]]
    )
    updated: tuple[int, str] | None = None
    for index, (text, parent) in enumerate(after):
        if updated is not None and index > updated[0] + _NEXT_TO_UPDATED:
            break
        line = text.strip()
        if len(line) > _MAX_DATELINE_CHARS:
            continue
        value = date_in_text(line, day_first=day_first)
        if not value:
            continue
        if not _labelled_updated(line, parent):
            return value
        updated = updated or (index, value)
    if updated:
        return updated[1]
    if h1 is not None:
        for text in short_texts_before(h1, _MAX_TEXTS_BEFORE):
            line = text.strip()
            value = (
                date_in_text(line, day_first=day_first)
                if len(line) <= _MAX_DATELINE_CHARS
                else None
            )
            if value:
                return value
    return None


def read_published(
    root: HtmlElement,
    tags: HeadTags,
    ld: JsonLdArticle,
    url: str | None,
    *,
    h1: HtmlElement | None = None,
    near: Sequence[HtmlElement] = (),
    day_first: bool = False,
) -> str | None:
    """The publication date; ``h1`` is the headline's, ``near`` the elements around it,
    ``day_first`` how the page writes a slashed date."""
    value = in_local_zone(
        _published(root, tags, ld, url, h1=h1, near=near, day_first=day_first), tags.times
    )
    return local_day(value, date_in_url(url))


def _stated(raws: list[str | None], day_first: bool) -> tuple[str | None, str | None]:
    """The first machine-written date (ISO, compact, epoch) and the first human-written one.

    A metadata field that holds "Jun 24, 2025" was filled by a template, often with the
    day the page was rendered: it only serves when the page shows no date of its own.
    """
    human: str | None = None
    for raw in raws:
        value = normalise_date(raw, day_first=day_first)
        if not value or raw is None:
            continue
        if _MACHINE_DATE.match(raw.strip()):
            return value, human
        human = human or value
    return None, human


def _published(
    root: HtmlElement,
    tags: HeadTags,
    ld: JsonLdArticle,
    url: str | None,
    *,
    h1: HtmlElement | None,
    near: Sequence[HtmlElement],
    day_first: bool,
) -> str | None:
    other_publish_keys = [
        key
        for key in tags.meta
        if "publish" in key
        and "modif" not in key
        and "updat" not in key
        and key not in PUBLISHED_META
    ]
    machine, human = _stated(
        [
            ld.published,
            *tags.every(*PUBLISHED_META),
            *tags.every(*other_publish_keys),
            _parsely_page_date(tags),
        ],
        day_first,
    )
    if machine:
        return machine
    position = {id(e): n for n, e in enumerate(near)}
    marked = [
        *(e for e in tags.itemprops.get("datepublished", ()) if e.tag != "meta"),
        *(e for e in tags.times if e.get("pubdate") is not None),
        *(e for e in tags.times if "publish" in (e.get("class") or "")),
    ]
    # teasers of other stories carry marked dates too: the headline's header first
    value = _first_date((e for e in marked if id(e) in position), day_first) or date_in_url(url)
    if value:
        return value
    # the header's <time>s below the headline first, then those above it (a kicker's)
    start = position.get(id(h1), 0)
    in_header = [t for t in tags.times if id(t) in position]
    in_header.sort(key=lambda t: (position[id(t)] < start, position[id(t)]))
    value = _first_date(in_header[:2], day_first) or _first_date(marked, day_first)
    if value:
        return value
    value = _shown_date(root, h1, day_first) or human
    if value:
        return value
    for element in tags.times:
        value = _from_element(element, day_first)
        if value:
            return value
    return _last_resort(tags)


def _parsely_page_date(tags: HeadTags) -> str | None:
    """``pub_date`` of Parse.ly's older ``parsely-page`` tag, a JSON object in ``content``."""
    raw = tags.first("parsely-page")
    if not raw or "pub_date" not in raw:
        return None
    try:
        page = json.loads(raw)
    except ValueError:
        return None
    value = page.get("pub_date") if isinstance(page, dict) else None
    return value if isinstance(value, str) else None


def _last_resort(tags: HeadTags) -> str | None:
    """Any other dated meta tag ("…:uploaded", "created"), then a day in the image's URL."""
    for key, values in tags.meta.items():
        if _DATED_KEY.search(key) and not _NOT_PUBLISHED_KEY.search(key):
            for raw in values:
                if raw and _MACHINE_DATE.match(raw.strip()):
                    value = normalise_date(raw)
                    if value:
                        return value
    return date_in_url(tags.first("og:image", "twitter:image"))


def read_modified(
    root: HtmlElement, tags: HeadTags, ld: JsonLdArticle, *, day_first: bool = False
) -> str | None:
    for raw in (ld.modified, *tags.every(*MODIFIED_META)):
        value = normalise_date(raw, day_first=day_first)
        if value:
            return value
    for element in tags.itemprops.get("datemodified", ()):
        value = _from_element(element, day_first)
        if value:
            return value
    return None
