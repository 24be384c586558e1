"""Bylines in the page's markup: where a page prints who wrote the article.

Looked for in this order, the first kind found wins: ``itemprop=author`` (its
``itemprop=name`` when it has one), ``<a rel=author>``, elements whose class or id says
"byline", then "author", then links to an author page. Class and link bylines are read
among the elements around the headline first, the whole page only when those have none.
Comments, related stories, asides and the page's footer are left out, and only one
byline is read: the first element found and its siblings, never every teaser's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import lxml.etree
from lxml.html import HtmlElement

from .authors import split_names

__all__ = ["byline_texts"]

#: byline markup by class or link, most specific first; read near the headline first
# one scan for the three kinds of class and link bylines ("Byline", "byline", "Author",
# "author" classes; author-page links), told apart afterwards by _byline_kind. Read from
# the attribute axis, libxml2 tests only the elements that carry the attribute, where a
# predicate on //* ran four tests on every element (twice the time); the union comes in
# document order without duplicates, as the one-predicate form did.
_WHOLE_PAGE_XPATH = lxml.etree.XPath(
    "//@class[contains(., 'yline') or contains(., 'uthor')]/.."
    " | //@id[contains(., 'yline')]/.."
    " | //@href[contains(., '/author') or contains(., '/autor')]/parent::a"
)
_BYLINE_KINDS = 3
#: compiled once: a string given to .xpath() is compiled again on every call
_ITEMPROP_NAME_XPATH = lxml.etree.XPath(".//*[@itemprop='name']")
_NEAR_HEADLINE_XPATH = (
    "(//h1)[1]/preceding::*[position() <= 40] | (//h1)[1]/following::*[position() <= 120]"
)
_AUTHOR_HREF = re.compile(r"/(?:author|authors|autor|autoren)/")
_EXCLUDED_CONTAINERS = re.compile(
    r"comment|related|footer|sidebar|recommend|teaser|testimonial|review|quote", re.I
)
# whole class words only: "vcard" (the byline microformat) is no "card"
_EXCLUDED_CLASSES = re.compile(
    r"(?:^|[\s_-])(?:bio|description|avatar|image|img|photo|picture|follow|social|twitter|"
    r"email|more|box|card|info)(?:$|[\s_-])|comment|date|time",
    re.I,
)
_MAX_BYLINE_CHARS = 160
_PAGE_CONTAINERS = frozenset({"html", "body", "article", "main"})


def _nodes(xpath: lxml.etree.XPath, element: HtmlElement) -> list[object]:
    """What a node-set XPath finds (typed: the stubs allow any XPath result)."""
    found = xpath(element)
    return list(found) if isinstance(found, list) else []


def _inside_excluded(element: HtmlElement) -> bool:
    ancestors = list(element.iterancestors())
    # an article's own <footer> holds its byline; the page's footer does not
    in_article = any(a.tag in {"article", "main"} for a in ancestors)
    for ancestor in ancestors:
        if ancestor.tag in {"aside", "nav", "blockquote"}:
            return True
        if ancestor.tag == "footer" and not in_article:
            return True
        if ancestor.tag in _PAGE_CONTAINERS:
            continue  # CMSs tag <body> and <article> with state: "comments-open", "has-sidebar"
        marker = f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}"
        if marker.strip() and _EXCLUDED_CONTAINERS.search(marker):
            return True
    return False


def _spaced_text(element: HtmlElement) -> str:
    # itertext, not text_content: "By<a>Jane Doe</a>" must not read "ByJane Doe"
    return " ".join(" ".join(element.itertext()).split())


def _element_text(element: HtmlElement) -> str:
    named = _nodes(_ITEMPROP_NAME_XPATH, element)
    if named and isinstance(named[0], HtmlElement):
        first = named[0]
        return str(first.get("content") or _spaced_text(first))
    return _spaced_text(element)


def _same_byline(first: HtmlElement, other: HtmlElement) -> bool:
    """Two byline elements of one article: siblings, or children of sibling items."""
    parent, other_parent = first.getparent(), other.getparent()
    if parent is None or other_parent is None:
        return False
    if parent is other_parent:
        return True
    return parent.getparent() is not None and parent.getparent() is other_parent.getparent()


def _byline_kind(element: HtmlElement) -> int | None:
    """Which of the class/link byline kinds an element is (the index into the XPaths)."""
    marker = f"{element.get('class') or ''} {element.get('id') or ''}"
    if "byline" in marker.lower():
        return 0
    if "author" in (element.get("class") or "").lower():
        return 1
    if element.tag == "a" and _AUTHOR_HREF.search(element.get("href") or ""):
        return 2
    return None


def _accepted(elements: Iterable[HtmlElement], *, check_class: bool) -> list[str]:
    found: list[tuple[HtmlElement, str]] = []
    for element in elements:
        if element.tag in {"html", "body", "meta"}:
            continue
        marker = f"{element.get('class') or ''} {element.get('id') or ''}"
        if check_class and _EXCLUDED_CLASSES.search(marker):
            continue
        text = _element_text(element)
        if not text or len(text) > _MAX_BYLINE_CHARS or _inside_excluded(element):
            continue
        if not split_names(text):
            continue  # a "By" label or a date of its own: the names are elsewhere
        if any(element in kept.iterdescendants() for kept, _ in found):
            continue  # nested inside a byline already read
        found.append((element, text))
    if not found:
        return []
    first = found[0][0]
    return [text for element, text in found if element is first or _same_byline(first, element)]


def byline_texts(
    root: HtmlElement,
    marked: Sequence[HtmlElement] | None = None,
    rel_authors: Sequence[HtmlElement] | None = None,
    near: Sequence[HtmlElement] | None = None,
) -> list[str]:
    """Raw byline strings from the first byline the page has (one element or its siblings).

    ``marked`` (``itemprop=author`` elements), ``rel_authors`` (``<a rel=author>``) and
    ``near`` (the elements around the headline) may be passed when already collected;
    otherwise they are searched for here.
    """
    if marked is None:
        marked = [
            e
            for e in root.xpath("//*[@itemprop='author' or @itemprop='creator']")
            if isinstance(e, HtmlElement)
        ]
    if rel_authors is None:
        rel_authors = [
            e
            for e in root.xpath(
                "//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]"
            )
            if isinstance(e, HtmlElement)
        ]
    for elements in (marked, rel_authors):
        texts = _accepted(elements, check_class=False)
        if texts:
            return texts
    # class and link bylines: the few elements around the headline, before the whole page
    if near is None:
        near = [e for e in root.xpath(_NEAR_HEADLINE_XPATH) if isinstance(e, HtmlElement)]
    texts = _first_kind(near)
    if texts:
        return texts
    return _first_kind(e for e in _nodes(_WHOLE_PAGE_XPATH, root) if isinstance(e, HtmlElement))


def _first_kind(elements: Iterable[HtmlElement]) -> list[str]:
    """Byline texts of the most specific kind present among ``elements``."""
    candidates = list(elements)
    for kind in range(_BYLINE_KINDS):
        texts = _accepted((e for e in candidates if _byline_kind(e) == kind), check_class=True)
        if texts:
            return texts
    return []
