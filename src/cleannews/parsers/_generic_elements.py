"""What one element or one text is, read without walking further: hidden or shown, the
kind of block it makes, how much text it weighs."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .._article import BlockKind
from .._markup_vocabulary import BLOCK_LEVEL_TAGS, HEADING_TAGS

__all__ = ["block_kind", "hidden", "holds_blocks", "text_weight"]

_CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


def text_weight(text: str) -> int:
    """Length with each CJK character counted as three (one carries a word's meaning)."""
    if text.isascii():
        # one C test: max(text) compared every character in Python-object steps
        return len(text)
    return len(text) + 2 * len(_CJK.findall(text))


def hidden(attrs: dict[str, str]) -> bool:
    """Hidden by attribute or inline style (``hidden``, ``aria-hidden``, display:none)."""
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    if not style or ("none" not in style and "hidden" not in style):
        return False
    compact = style.replace(" ", "").lower()
    return "display:none" in compact or "visibility:hidden" in compact


def holds_blocks(element: HtmlElement) -> bool:
    """True for an element with block-level elements inside (an unclosed <button> that
    swallowed the page)."""
    return any(isinstance(sub.tag, str) and sub.tag in BLOCK_LEVEL_TAGS for sub in element.iter())


def block_kind(tag: str, parent: BlockKind) -> BlockKind:
    """The kind of block an element makes inside a block of kind ``parent``."""
    if parent in ("quote", "preformatted"):
        return parent
    if tag in HEADING_TAGS:
        return "heading"
    if tag in ("li", "dt", "dd"):
        return "list_item"
    if tag == "blockquote":
        return "quote"
    if tag == "pre":
        return "preformatted"
    return "list_item" if parent == "list_item" else "paragraph"
