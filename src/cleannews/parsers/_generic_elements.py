"""What one element or one text is, read without walking further: hidden or shown, what
its class and id say, the kind of block it makes, how much text it weighs."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .._markup_vocabulary import (
    BLOCK_LEVEL_TAGS,
    BOILERPLATE_PREFIXES,
    BOILERPLATE_WORDS,
    CAPTION_WORDS,
    CONTENT_WORDS,
    CREDIT_WORDS,
    NO_HINTS,
    HintFlags,
)

__all__ = ["MAY_HINT", "NO_HINTS", "HintReader", "hidden", "holds_blocks", "text_weight"]

_CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


#: a tree of words by their letters; "" marks a word's end
_Tree = dict[str, "_Tree"]


def _alternation(words: list[str] | frozenset[str], gap: str = "[^a-z]+") -> str:
    """A regex matching any of ``words`` (letters and ``-``), as a tree of their common
    starts: the regex engine then tries one branch per letter, not every word in turn.
    A ``-`` inside a two-word entry stands for ``gap``: a run of non-letters."""
    tree: _Tree = {}
    for word in sorted(words):
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(tree, gap)


def _branches(node: _Tree, gap: str) -> str:
    branches = [
        (gap if char == "-" else char) + _branches(child, gap) if char else ""
        for char, child in sorted(node.items())
    ]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _words(words: frozenset[str]) -> str:
    """A regex finding, in a lower-cased class/id value, a name with one of ``words``
    among its words (its runs of a-z) or among its two words in a row: a pair's gap
    holds no whitespace, where str.split() (and so re's \\s) would cut two names."""
    return r"(?<![a-z])" + _alternation(words, r"[^a-z\s]+") + "(?![a-z])"


# What a value's names say, each flag read by one search over the whole value: the same
# as the union of read_hints() over its names (a word, a word start or a word end never
# crosses a name's edge, whitespace being no letter), without cutting it into names.
_BOILERPLATE = re.compile(
    r"(?<![a-z])(?:" + "|".join(BOILERPLATE_PREFIXES) + ")|" + _words(BOILERPLATE_WORDS)
)
_CONTENT = re.compile(_words(CONTENT_WORDS))
_CAPTION = re.compile(r"caption(?![a-z])|" + _words(CAPTION_WORDS))
_CREDIT = re.compile(r"credit(?![a-z])|" + _words(CREDIT_WORDS))
#: the readings by their four flags, so that a value's reading is looked up, not built
_READINGS: dict[tuple[bool, bool, bool, bool], HintFlags] = {
    (b, c, p, r): HintFlags(b, c, p, r) if b or c or p or r else NO_HINTS
    for b in (False, True)
    for c in (False, True)
    for p in (False, True)
    for r in (False, True)
}


#: Found in a lower-cased class/id value whenever any of its names reads as a hint (and
#: in some that do not): a whole word or two-word entry of the vocabulary, a boilerplate
#: word start, or "caption"/"credit" anywhere. A value it misses is read as no hint
#: without cutting it into names, which is what most values on a page are.
MAY_HINT = re.compile(
    "caption|credit|(?<![a-z])(?:"
    + _alternation(list(BOILERPLATE_PREFIXES))
    + "|"
    + _alternation(BOILERPLATE_WORDS | CONTENT_WORDS | CAPTION_WORDS | CREDIT_WORDS)
    + "(?![a-z]))"
)


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


class HintReader:
    """What class and id values say, for one walk: a page repeats its class strings, so
    each distinct value is read once."""

    __slots__ = ("_values",)

    def __init__(self) -> None:
        self._values: dict[str, HintFlags] = {}

    def of(self, cls: str | None, ident: str | None) -> HintFlags:
        """What an element's class and id values say together."""
        flags = (self._values.get(cls) or self.value(cls)) if cls else NO_HINTS
        if ident:
            other = self._values.get(ident) or self.value(ident)
            if flags is NO_HINTS:
                return other
            if other is not NO_HINTS:
                return _union(flags, other)
        return flags

    def value(self, value: str) -> HintFlags:
        """A class or id value as written (any case): the union of its names' readings."""
        flags = self._values.get(value)
        if flags is None:
            lowered = value.lower()
            if MAY_HINT.search(lowered) is None:
                flags = NO_HINTS  # what most values on a page are
            else:
                flags = _READINGS[
                    _BOILERPLATE.search(lowered) is not None,
                    _CONTENT.search(lowered) is not None,
                    _CAPTION.search(lowered) is not None,
                    _CREDIT.search(lowered) is not None,
                ]
            self._values[value] = flags
        return flags


def _union(first: HintFlags, second: HintFlags) -> HintFlags:
    return HintFlags(
        first.boilerplate or second.boilerplate,
        first.content or second.content,
        first.caption or second.caption,
        first.credit or second.credit,
    )


def holds_blocks(element: HtmlElement) -> bool:
    """True for an element with block-level elements inside (an unclosed <button> that
    swallowed the page)."""
    return any(isinstance(sub.tag, str) and sub.tag in BLOCK_LEVEL_TAGS for sub in element.iter())
