"""The Pangea fingerprint: markup every Pangea site shares, and Pangea's word for a page's kind.

Pangea (RFE/RL, VOA, Current Time, Radio Farda and their language services) renders every
page from one template family, so the same markers recur on every site: a screen-reader
skip-links section whose search link points at ``#txtHeaderSearch``, ``h1.pg-title``, the
``.wsw`` body, the ``c-hlights`` ticker, ``utag_data`` analytics carrying ``pangea_version``
and images served from the site's ``gdb.`` host. Domains play no part.
"""

from __future__ import annotations

import re

import lxml.etree
from lxml.html import HtmlElement

from ..._document import Document
from .html import attr

__all__ = ["fingerprint_markers", "has_markers", "page_kinds"]


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
