"""The Pangea article header: headline, byline, dates, section, tags, language and URL.

The header's markup is the same on every Pangea site (``h1.pg-title``, the
``hdr-container``/``publishing-details`` byline box, ``.intro``). The CMS also writes a
``NewsArticle`` JSON-LD block (read by the shared tolerant loader); its dates are exact UTC
instants, so they are preferred over the local ``<time>`` of the header, which is the
fallback. The header starts from the shared metadata reader and overrides only the fields
this markup states better.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from urllib.parse import urljoin

from lxml.html import HtmlElement

from ..._document import Document, site_of
from ..._text import clean
from ...metadata import JsonLdArticle, Metadata, read_metadata_and_jsonld
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


def _ld_names(ld: JsonLdArticle) -> tuple[str, ...]:
    # every JSON-LD author, person or organisation: Pangea names its desks as authors
    return tuple(clean(a.name) for a in ld.authors if clean(a.name))


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


def _tags(ld: JsonLdArticle, doc: Document) -> tuple[str, ...]:
    if ld.keywords:
        return _dedupe([clean(k) for k in ld.keywords])
    return _dedupe([clean(k) for k in (_meta(doc, "keywords") or "").split(",")])


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
    """The shared metadata (:func:`~cleannews.metadata.read_metadata`) with what Pangea's
    markup states better put over it: ``h1.pg-title``, the intro, the header's section and
    author links, JSON-LD's exact UTC instants (else the header's ``<time>``), ``<html lang>``
    as written, the caller's URL or the canonical link."""
    shared, ld = read_metadata_and_jsonld(doc)
    root = doc.root
    url = _url(doc)
    published = iso_datetime(ld.published)
    if published is None:
        published = _first_datetime(root.xpath(_PUBLISHED_TIME))
    modified = iso_datetime(ld.modified)
    if modified is None:
        modified = _first_datetime(root.xpath(_UPDATED_TIME))
    scopes = root.xpath(_HEADER_SCOPE)
    section = next((s for s in (_first_text(x.xpath(_SECTION)) for x in scopes) if s), None)
    return replace(
        shared,
        url=url,
        site=site_of(url),
        language=clean(root.get("lang")) or ld.language or shared.language,
        headline=_first_text(root.xpath(_HEADLINE)) or ld.headline or shared.headline,
        subheadline=_first_text(root.xpath(_INTRO)) or shared.subheadline,
        section=section or ld.section or shared.section,
        authors=_authors(doc) or _ld_names(ld) or shared.authors,
        published=published or shared.published,
        modified=modified or shared.modified,
        tags=_tags(ld, doc) or shared.tags,
    )


def _first_datetime(elements: list[HtmlElement]) -> str | None:
    for element in elements:
        value = iso_datetime(element.get("datetime"))
        if value:
            return value
    return None
