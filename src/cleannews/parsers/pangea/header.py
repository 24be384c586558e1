"""The Pangea article header: headline, byline, dates, section, tags, language and URL.

The header's markup is the same on every Pangea site (``h1.pg-title``, the
``hdr-container``/``publishing-details`` byline box, ``.intro``). The CMS also writes a
``NewsArticle`` JSON-LD block; its dates are exact UTC instants, so they are preferred over
the local ``<time>`` of the header, which is the fallback.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

from lxml.html import HtmlElement

from ..._document import Document, site_of
from ..._text import clean
from ...metadata import Metadata
from .html import attr, cls, text_of

__all__ = ["absolute", "iso_datetime", "read_header"]


_HEADLINE = f"//h1[{cls('pg-title')}]"
#: Where the byline and the section sit; ``.authors`` is the older templates' byline box.
_HEADER_SCOPE = (
    f"//*[{cls('hdr-container')}] | //*[{cls('publishing-details')}]"
    f" | //*[{cls('article-header')}] | //*[@id='content']//*[{cls('authors')}]"
)
_SECTION = f".//*[{cls('category')}]//a"
_AUTHOR_LINKS = ".//a[contains(@href, '/author/')]"
_BYLINE_ITEMS = f".//li[{cls('links__item')}]"
_PUBLISHED_TIME = f"//*[{cls('published')}]//time[@datetime] | //time[@pubdate][@datetime]"
_UPDATED_TIME = (
    f"//*[{cls('updated')} or {cls('date--updated')} or {cls('modified')}]//time[@datetime]"
)
_INTRO = (
    f"//*[@id='content']//*[{cls('intro')} or {cls('perex')}]"
    f"[not(ancestor::*[{cls('media-block')}])]"
    f"[not(ancestor::*[{cls('wsw')}])]"
)
_BY_PREFIXES: tuple[str, ...] = ("by ", "автор: ", "автор ", "аўтар: ", "автори: ")
_ARTICLE_TYPES: frozenset[str] = frozenset(
    {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle"}
)


def iso_datetime(value: str | None) -> str | None:
    """A Pangea date ("2024-04-28 07:00:00Z", "2024-04-28T03:00:00-04:00") in ISO 8601."""
    text = clean(value)
    if not text:
        return None
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(text).isoformat()
    except ValueError:
        return None


def _json_ld_article(doc: Document) -> dict[str, Any]:
    for script in doc.root.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue  # a broken block is skipped; the markup still gives the fields
        for item in _json_items(data):
            kinds = item.get("@type")
            names = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(n, str) and n.lower() in _ARTICLE_TYPES for n in names):
                return item
    return {}


def _json_items(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _json_items(item)
    elif isinstance(data, dict):
        yield data
        yield from _json_items(data.get("@graph", []))


def _ld_names(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and clean(name):
            names.append(clean(name))
    return tuple(names)


def _ld_str(item: dict[str, Any], key: str) -> str | None:
    value = item.get(key)
    return clean(value) or None if isinstance(value, str) else None


def _meta(doc: Document, key: str) -> str | None:
    for element in doc.root.xpath(
        "//meta[@property=$k or translate(@name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',"
        " 'abcdefghijklmnopqrstuvwxyz')=$k]",
        k=key,
    ):
        value = clean(element.get("content"))
        if value:
            return value
    return None


def _first_text(elements: list[HtmlElement]) -> str | None:
    for element in elements:
        text = text_of(element)
        if text:
            return text
    return None


def _dedupe(values: list[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for value in values:
        if value and value.casefold() not in {s.casefold() for s in seen}:
            seen[value] = None
    return tuple(seen)


def _authors(doc: Document) -> tuple[str, ...]:
    for scope in doc.root.xpath(_HEADER_SCOPE):
        names = [text_of(a) or attr(a, "title") for a in scope.xpath(_AUTHOR_LINKS)]
        if any(names):
            return _dedupe(names)
        items = [_without_by(text_of(li)) for li in scope.xpath(_BYLINE_ITEMS)]
        if any(items):
            return _dedupe(items)
    return ()


def _without_by(text: str) -> str:
    lowered = text.casefold()
    for prefix in _BY_PREFIXES:
        if lowered.startswith(prefix):
            return clean(text[len(prefix) :])
    return text


def _tags(ld: dict[str, Any], doc: Document) -> tuple[str, ...]:
    keywords = ld.get("keywords")
    if isinstance(keywords, list):
        return _dedupe([clean(str(k)) for k in keywords])
    text = keywords if isinstance(keywords, str) else _meta(doc, "keywords")
    return _dedupe([clean(k) for k in (text or "").split(",")])


def _url(doc: Document) -> str | None:
    if doc.url:
        return doc.url
    for link in doc.root.xpath("//link[@rel='canonical'][@href]"):
        return attr(link, "href") or None
    return _meta(doc, "og:url")


def absolute(url: str | None, base: str | None) -> str | None:
    if not url:
        return None
    return urljoin(base, url) if base else url


def read_header(doc: Document) -> Metadata:
    root = doc.root
    ld = _json_ld_article(doc)
    url = _url(doc)
    published = iso_datetime(_ld_str(ld, "datePublished"))
    if published is None:
        published = _first_datetime(root.xpath(_PUBLISHED_TIME))
    modified = iso_datetime(_ld_str(ld, "dateModified"))
    if modified is None:
        modified = _first_datetime(root.xpath(_UPDATED_TIME))
    scopes = root.xpath(_HEADER_SCOPE)
    section = next((s for s in (_first_text(x.xpath(_SECTION)) for x in scopes) if s), None)
    return Metadata(
        url=url,
        site=site_of(url),
        language=clean(root.get("lang")) or _ld_str(ld, "inLanguage"),
        headline=_first_text(root.xpath(_HEADLINE)) or _ld_str(ld, "headline"),
        subheadline=_first_text(root.xpath(_INTRO)),
        section=section or _ld_str(ld, "articleSection"),
        authors=_authors(doc) or _ld_names(ld.get("author")),
        published=published,
        modified=modified,
        tags=_tags(ld, doc),
    )


def _first_datetime(elements: list[HtmlElement]) -> str | None:
    for element in elements:
        value = iso_datetime(element.get("datetime"))
        if value:
            return value
    return None
