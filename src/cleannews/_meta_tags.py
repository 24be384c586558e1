"""Meta tags and head links, gathered in one XPath pass into a lookup by lower-cased key.

OpenGraph (``og:*``, ``article:*``), Twitter cards, Dublin Core (``dc.*``, ``dcterms.*``),
Parse.ly (``parsely-*``), Sailthru (``sailthru.*``), ``itemprop`` on ``<meta>``, and plain
``name=`` tags all end up in the same table: the key is whichever of ``property``, ``name``,
``itemprop`` or ``http-equiv`` the tag carries, lower-cased, the value its ``content``.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from lxml.html import HtmlElement

__all__ = ["HeadTags", "read_head_tags"]

_KEY_ATTRIBUTES = ("property", "name", "itemprop", "http-equiv")
_HEAD_XPATH = "//meta[@content or @value] | //link[@rel] | /html[@lang] | /html[@xml:lang]"


@dataclass(frozen=True, slots=True)
class HeadTags:
    """Meta values by key (in page order), plus the head links cleannews reads."""

    meta: dict[str, tuple[str, ...]]
    canonical: str | None = None
    html_lang: str | None = None
    #: hrefs of ``<link rel="author">`` in the head (often a profile page or a name)
    author_links: tuple[str, ...] = ()

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


def read_head_tags(root: HtmlElement) -> HeadTags:
    meta: dict[str, list[str]] = {}
    canonical: str | None = None
    html_lang: str | None = None
    author_links: list[str] = []
    for element in root.xpath(_HEAD_XPATH):
        if not isinstance(element, HtmlElement):
            continue
        tag = element.tag
        if tag == "meta":
            # "value" instead of "content": wrong, but some CMSs write it and readers accept it
            content = _clean(element.get("content") or element.get("value") or "")
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
        elif tag == "html":
            lang = element.get("lang") or element.get("{http://www.w3.org/XML/1998/namespace}lang")
            html_lang = (lang or "").strip() or None
    return HeadTags(
        meta={key: tuple(values) for key, values in meta.items()},
        canonical=canonical,
        html_lang=html_lang,
        author_links=tuple(author_links),
    )
