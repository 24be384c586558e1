"""Meta tags, head links and the page's marked elements, gathered in one pass over the tree.

Every element the metadata readers need by tag or attribute (``<meta>``, ``<link>``,
``<script type>``, ``<time>``, ``<h1>``, ``itemprop`` and ``rel`` carriers) is found by a
single XPath scan, so the readers never search the whole tree again.

OpenGraph (``og:*``, ``article:*``), Twitter cards, Dublin Core (``dc.*``, ``dcterms.*``),
Parse.ly (``parsely-*``), Sailthru (``sailthru.*``), ``itemprop`` on ``<meta>``, and plain
``name=`` tags all end up in the same table: the key is whichever of ``property``, ``name``,
``itemprop`` or ``http-equiv`` the tag carries, lower-cased, the value its ``content``.
"""

from __future__ import annotations

import html
import itertools
from dataclasses import dataclass, field

import lxml.etree
from lxml.html import HtmlElement

__all__ = ["HeadTags", "headline_h1", "near_headline", "read_head_tags"]

_KEY_ATTRIBUTES = ("property", "name", "itemprop", "http-equiv")
# lxml's tag-filtered iter() and an attribute-axis XPath are the two cheapest full scans:
# one for the tags (links too: a get("rel") per link costs less than a third scan by
# XPath), one for itemprop wherever it sits
_INDEXED_TAGS = ("meta", "link", "script", "time", "h1", "a")
#: compiled once: a string given to .xpath() is compiled again on every call
_ITEMPROP_XPATH = lxml.etree.XPath("//@itemprop")
_REGION_ELEMENTS = 200
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass(frozen=True, slots=True)
class HeadTags:
    """Meta values by key (in page order), plus the head links cleannews reads."""

    meta: dict[str, tuple[str, ...]]
    canonical: str | None = None
    html_lang: str | None = None
    #: hrefs of ``<link rel="author">`` in the head (often a profile page or a name)
    author_links: tuple[str, ...] = ()
    #: texts of the ``application/ld+json`` scripts, in page order
    jsonld_blocks: tuple[str, ...] = ()
    #: elements (other than ``<meta>``) by lower-cased ``itemprop`` name, in page order
    itemprops: dict[str, tuple[HtmlElement, ...]] = field(default_factory=dict)
    #: ``<time>`` elements, ``<h1>`` elements, ``<a rel=author>`` links, in page order
    times: tuple[HtmlElement, ...] = ()
    h1s: tuple[HtmlElement, ...] = ()
    #: ``<h1>`` and ``itemprop=headline`` elements together, in page order
    headings: tuple[HtmlElement, ...] = ()
    rel_author_links: tuple[HtmlElement, ...] = ()

    def first(self, *keys: str) -> str | None:
        """The first non-empty value among ``keys``, tried in the order given."""
        for key in keys:
            for value in self.meta.get(key, ()):
                if value:
                    return value
        return None

    def every(self, *keys: str) -> list[str]:
        """All non-empty values of ``keys``, in the order of the keys, then of the page."""
        return [value for key in keys for value in self.meta.get(key, ()) if value]


def _clean(value: str) -> str:
    # content attributes are unescaped by the parser once; some CMSs escape twice
    if "&" in value:
        value = html.unescape(value)
    return " ".join(value.split())


def headline_h1(tags: HeadTags, headline: str | None) -> HtmlElement | None:
    """The ``<h1>`` that holds the headline, else the first one with text (not a logo's)."""
    texts = [(h1, " ".join(h1.text_content().split())) for h1 in tags.h1s]
    if headline:
        for h1, text in texts:
            if text == headline:
                return h1
        for h1, text in texts:
            if text and (text in headline or headline in text):
                return h1
    return next((h1 for h1, text in texts if text), None)


def near_headline(h1: HtmlElement | None) -> list[HtmlElement]:
    """The elements around the headline's ``<h1>``: its smallest ancestor holding a few
    hundred elements.

    Bylines, datelines and deks sit in the article header next to the headline; reading
    this region instead of the whole tree keeps their search cheap on long pages.
    """
    if h1 is None:
        return []
    region = h1
    size = _size(h1, _REGION_ELEMENTS)
    parent = region.getparent()
    # grow one ancestor at a time, counting only the siblings' subtrees it adds, and stop
    # counting as soon as the limit is passed: the cost stays bounded on huge pages
    while parent is not None:
        grown = size + 1
        for sibling in parent.iterchildren():
            if sibling is not region:
                grown += _size(sibling, _REGION_ELEMENTS - grown + 1)
            if grown > _REGION_ELEMENTS:
                break
        if grown > _REGION_ELEMENTS:
            break
        region, size = parent, grown
        parent = region.getparent()
    return [e for e in region.iter() if isinstance(e, HtmlElement)]


def _size(element: HtmlElement, limit: int) -> int:
    """The number of elements in ``element``'s subtree, counted up to ``limit`` + 1."""
    return sum(1 for _ in itertools.islice(element.iter(), max(limit, 0) + 1))


def read_head_tags(root: HtmlElement) -> HeadTags:
    meta: dict[str, list[str]] = {}
    canonical: str | None = None
    html_lang: str | None = None
    author_links: list[str] = []
    blocks: list[str] = []
    itemprops: dict[str, list[HtmlElement]] = {}
    times: list[HtmlElement] = []
    h1s: list[HtmlElement] = []
    headings: list[HtmlElement] = []
    rel_authors: list[HtmlElement] = []
    lang = root.get("lang") or root.get(_XML_LANG)
    html_lang = (lang or "").strip() or None
    for element in root.iter(*_INDEXED_TAGS):
        if not isinstance(element, HtmlElement):
            continue
        tag = element.tag
        if tag == "meta":
            # "value" instead of "content": wrong, but some CMSs write it and readers accept it
            raw = element.get("content")
            raw = element.get("value") if raw is None else raw
            if raw is None:
                continue
            content = _clean(raw)
            for attribute in _KEY_ATTRIBUTES:
                key = element.get(attribute)
                if key:
                    # a property="og:title article:title" tag lists several keys
                    for part in key.lower().split():
                        meta.setdefault(part, []).append(content)
        elif tag == "link":
            rel = (element.get("rel") or "").lower().split()
            href = (element.get("href") or "").strip()
            if "canonical" in rel and href and canonical is None:
                canonical = href
            elif "author" in rel and href:
                author_links.append(href)
        elif tag == "script":
            if "ld+json" in (element.get("type") or "").lower() and element.text:
                blocks.append(element.text)
        elif tag == "a":
            link_rel = element.get("rel")
            if link_rel is not None and "author" in link_rel.lower().split():
                rel_authors.append(element)
        elif tag == "time":
            times.append(element)
        else:
            h1s.append(element)
            headings.append(element)
    found = _ITEMPROP_XPATH(root)
    for itemprop in found if isinstance(found, list) else ():
        element = getattr(itemprop, "getparent", lambda: None)()
        if not isinstance(element, HtmlElement) or element.tag == "meta":
            continue  # <meta itemprop> is in the meta table already
        for name in str(itemprop).lower().split():
            itemprops.setdefault(name, []).append(element)
            if name == "headline" and element.tag != "h1":
                headings.append(element)
    return HeadTags(
        meta={key: tuple(values) for key, values in meta.items()},
        canonical=canonical,
        html_lang=html_lang,
        author_links=tuple(author_links),
        jsonld_blocks=tuple(blocks),
        itemprops={key: tuple(values) for key, values in itemprops.items()},
        times=tuple(times),
        h1s=tuple(h1s),
        headings=tuple(headings),
        rel_author_links=tuple(rel_authors),
    )
