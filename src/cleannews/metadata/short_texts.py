"""Short dated texts near the headline: the text nodes where a page prints its dates.

A text node qualifies as :data:`SHORT_TEXT` selects it in XPath: outside scripts, styles
and noscript, 6 to 80 characters once XML space is collapsed, holding a digit. The walks
here find the first ones after the headline and the last ones before it, stopping as soon
as they have enough, where the XPaths read every text node of the page.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

__all__ = [
    "AFTER_HEADLINE_XPATH",
    "BEFORE_HEADLINE_XPATH",
    "BODY_TEXT_XPATH",
    "NOT_TEXT_TAGS",
    "SHORT_TEXT",
    "is_short_dated",
    "short_texts_after",
    "short_texts_before",
]

# short text nodes holding a digit, outside scripts: where pages print their dates
SHORT_TEXT = (
    "[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]"
    "[string-length(normalize-space(.)) >= 6 and string-length(normalize-space(.)) <= 80]"
    "[translate(., '0123456789', '') != .]"
)
AFTER_HEADLINE_XPATH = "following::text()" + SHORT_TEXT
BEFORE_HEADLINE_XPATH = "preceding::text()" + SHORT_TEXT
BODY_TEXT_XPATH = "//body//text()" + SHORT_TEXT
NOT_TEXT_TAGS: frozenset[str] = frozenset({"script", "style", "noscript"})
_XML_SPACE = re.compile(r"[ \t\r\n]+")
_HAS_DIGIT = re.compile(r"[0-9]")


def is_short_dated(text: str | None) -> bool:
    """What :data:`SHORT_TEXT` selects: 6 to 80 characters once XML space is collapsed,
    holding a digit."""
    # Bounds first, on every text node of the page: the collapsed length lies between
    # the count of characters that are not XML space and the length as written, so the
    # collapse is needed only when those two straddle a limit.
    if not text or len(text) < 6:
        return False
    solid = len(text) - (text.count(" ") + text.count("\n") + text.count("\t") + text.count("\r"))
    if solid > 80 or not _HAS_DIGIT.search(text):
        return False
    if solid >= 6 and len(text) <= 80:
        return True
    length = len(_XML_SPACE.sub(" ", text).strip(" \t\r\n"))
    return 6 <= length <= 80


def short_texts_after(h1: HtmlElement, limit: int) -> list[tuple[str, HtmlElement]]:
    """The first ``limit`` short dated text nodes after ``h1`` in document order (XPath's
    ``following::text()`` with :data:`SHORT_TEXT`), each with the element that holds it
    (as lxml's ``getparent()`` on a text result gives it). Walked lazily: the XPath reads
    every text node of the page before the first ``limit`` are taken."""
    if any(a.tag in NOT_TEXT_TAGS for a in h1.iterancestors()):
        texts = h1.xpath(AFTER_HEADLINE_XPATH)[:limit]
        return [(str(t), t.getparent()) for t in texts]
    found: list[tuple[str, HtmlElement]] = []
    node: HtmlElement | None = h1
    while node is not None and len(found) < limit:
        if is_short_dated(node.tail):
            found.append((node.tail or "", node))
        for sibling in node.itersiblings():
            if len(found) >= limit:
                break
            _collect_short_texts(sibling, found, limit)
        node = node.getparent()
    return found[:limit]


def _collect_short_texts(
    element: HtmlElement, found: list[tuple[str, HtmlElement]], limit: int
) -> None:
    """The short dated texts of ``element`` in document order, its tail last."""
    _collect_inside(element, found, limit)
    if len(found) < limit and is_short_dated(element.tail):
        found.append((element.tail or "", element))


def _collect_inside(element: HtmlElement, found: list[tuple[str, HtmlElement]], limit: int) -> None:
    # recursion, not iterwalk(): a script's subtree is left at once, and no event pairs
    if not isinstance(element.tag, str) or element.tag in NOT_TEXT_TAGS:
        return  # a comment's text is no text node; a script's is skipped
    if is_short_dated(element.text):
        found.append((element.text or "", element))
    for child in element:
        if len(found) >= limit:
            return
        _collect_inside(child, found, limit)
        if len(found) < limit and is_short_dated(child.tail):
            found.append((child.tail or "", child))


def short_texts_before(h1: HtmlElement, limit: int) -> list[str]:
    """The last ``limit`` short dated text nodes before ``h1`` (XPath's
    ``preceding::text()`` with :data:`SHORT_TEXT`), nearest first. Walked backwards from
    the headline: the XPath reads every text node above it, the head's among them."""
    if any(a.tag in NOT_TEXT_TAGS for a in h1.iterancestors()):
        texts = h1.xpath(BEFORE_HEADLINE_XPATH)[-limit:]
        return [str(t) for t in reversed(texts)]
    found: list[str] = []
    node: HtmlElement = h1
    parent = node.getparent()
    while parent is not None and len(found) < limit:
        # in the parent: its text, then each child followed by its tail, up to ``node``
        for sibling in node.itersiblings(preceding=True):
            if len(found) >= limit:
                break
            if is_short_dated(sibling.tail):
                found.append(sibling.tail or "")
            _collect_texts_backwards(sibling, found, limit)
        if len(found) < limit and is_short_dated(parent.text):
            found.append(parent.text or "")
        node, parent = parent, parent.getparent()
    return found[:limit]


def _collect_texts_backwards(element: HtmlElement, found: list[str], limit: int) -> None:
    """The short dated texts inside ``element``, last first (its tail is the caller's)."""
    if not isinstance(element.tag, str) or element.tag in NOT_TEXT_TAGS:
        return  # a comment's text is no text node; a script's is skipped
    for child in reversed(element):
        if len(found) >= limit:
            return
        if is_short_dated(child.tail):
            found.append(child.tail or "")
        _collect_texts_backwards(child, found, limit)
    if len(found) < limit and is_short_dated(element.text):
        found.append(element.text or "")
