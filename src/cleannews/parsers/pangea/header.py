"""The Pangea CMS vocabulary: XPath for the markup every Pangea site shares, the fingerprint,
and the article header (headline, byline, dates, section, tags, language, URL).

Pangea (RFE/RL, VOA, Current Time, Radio Farda and their language services) renders every
page from one template family, so the same classes recur on every site: a screen-reader
skip-links section whose search link points at ``#txtHeaderSearch``, ``h1.pg-title``, the
``#article-content .wsw`` body, the ``c-hlights`` ticker, ``utag_data`` analytics carrying
``pangea_version`` and images served from the site's ``gdb.`` host. The CMS also writes a
``NewsArticle`` JSON-LD block (read by the shared tolerant loader); its dates are exact UTC
instants, so they are preferred over the local ``<time>`` of the header, which is the
fallback. The header starts from the shared metadata reader and overrides only the fields
this markup states better.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from urllib.parse import urljoin

import lxml.etree
from lxml.html import HtmlElement

from ..._document import Document, site_of
from ..._text import clean
from ...metadata import JsonLdArticle, Metadata, read_metadata_and_jsonld
from .html import attr, text_of

__all__ = [
    "body_containers",
    "cls",
    "fingerprint_markers",
    "has_markers",
    "iso_datetime",
    "page_kinds",
    "read_header",
]


def cls(name: str) -> str:
    """An XPath predicate: the element's class list holds ``name``."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


# Each marker is independent of the others; a page is Pangea when several hold. The five
# read from attributes are found in one pass over the tags that carry them (five XPath
# scans of the whole tree cost a third of a parse on every page, and almost no page is
# Pangea); the script-text scan of "analytics", the costliest, runs only when it decides.
_MARKER_NAMES: tuple[str, ...] = (
    "pg-title",
    "ticker",
    "skip-links",
    "wsw-body",
    "gdb-images",
    "analytics",
)
_MARKER_TAGS: tuple[str, ...] = ("h1", "div", "a", "input", "meta", "img")
_ANALYTICS = lxml.etree.XPath(
    "//script[contains(., 'pangea_version') or contains(@src, '/utag/bbg/')]"
)
#: what XPath's normalize-space() treats as space: a class list splits there and only there
_XML_SPACE = re.compile("[ \t\n\r]+")


def _has_class(value: str | None, name: str) -> bool:
    """``value`` (a class attribute) lists ``name``, as the XPath of :func:`cls` reads it."""
    return value is not None and name in value and name in _XML_SPACE.split(value)


def _element_markers(root: HtmlElement) -> set[str]:
    """The markers that attributes show: ``h1.pg-title``, ``div.c-hlights``, the search
    skip-link, ``div.wsw``, images from the ``gdb.`` host."""
    found: set[str] = set()
    for element in root.iter(*_MARKER_TAGS):
        tag = element.tag
        if tag == "div":
            value = element.get("class")
            # the substring tests inline: almost no <div> names either, and this runs on
            # every <div> of every page the registry is asked about
            if value is not None and ("wsw" in value or "c-hlights" in value):
                if _has_class(value, "c-hlights"):
                    found.add("ticker")
                if _has_class(value, "wsw"):
                    found.add("wsw-body")
        elif tag == "a":
            if element.get("href") == "#txtHeaderSearch":
                found.add("skip-links")
        elif tag == "h1":
            if _has_class(element.get("class"), "pg-title"):
                found.add("pg-title")
        elif tag == "img":
            src, data_src = element.get("src"), element.get("data-src")
            if (src is not None and "//gdb." in src) or (
                data_src is not None and "//gdb." in data_src
            ):
                found.add("gdb-images")
        elif tag == "meta":
            content = element.get("content")
            if (
                content is not None
                and "//gdb." in content
                and element.get("property") == "og:image"
            ):
                found.add("gdb-images")
        elif element.get("id") == "txtHeaderSearch":  # <input>
            found.add("skip-links")
    return found


#: The body's place: the ``.wsw`` blocks of ``#article-content``, not nested in one another.
_ARTICLE_WSW = f"//*[@id='article-content']//div[{cls('wsw')}][not(ancestor::div[{cls('wsw')}])]"
#: Pages whose ``#article-content`` is missing (older templates): any top-level ``.wsw``
#: outside teaser blocks.
_ANY_WSW = (
    f"//div[{cls('wsw')}][not(ancestor::div[{cls('wsw')}])][not(ancestor::*[{cls('media-block')}])]"
)
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


def fingerprint_markers(doc: Document) -> tuple[str, ...]:
    """The names of the Pangea markers this page carries."""
    found = _element_markers(doc.root)
    if _ANALYTICS(doc.root):
        found.add("analytics")
    return tuple(name for name in _MARKER_NAMES if name in found)


def has_markers(doc: Document, needed: int) -> bool:
    """True when at least ``needed`` markers hold; the script scan runs only when its
    answer decides."""
    found = len(_element_markers(doc.root))
    if found >= needed:
        return True
    if found + 1 < needed:
        return False
    return bool(_ANALYTICS(doc.root))


def page_kinds(doc: Document) -> frozenset[str]:
    """The ``pg-*`` tokens of ``<body class>``: Pangea's own word for the page's kind."""
    body = doc.root.find("body")
    if body is None:
        return frozenset()
    return frozenset(t for t in attr(body, "class").split() if t.startswith("pg-"))


def body_containers(doc: Document) -> list[HtmlElement]:
    found: list[HtmlElement] = doc.root.xpath(_ARTICLE_WSW)
    if found:
        return found
    return list(doc.root.xpath(_ANY_WSW))


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
