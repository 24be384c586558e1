"""What one element or one text is, read without walking further: hidden or shown, what
its class and id say, the kind of block it makes, how much text it weighs."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .vocabulary import (
    BLOCK_LEVEL_TAGS,
    BOILERPLATE_PREFIXES,
    BOILERPLATE_WORDS,
    CAPTION_WORDS,
    CONTENT_WORDS,
    CREDIT_WORDS,
    NO_HINTS,
    HintFlags,
    hint_key,
    read_key,
)

__all__ = ["MAY_HINT", "NO_HINTS", "HintReader", "hidden", "holds_blocks", "text_weight"]

_CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


#: a tree of words by their letters; "" marks a word's end
_Tree = dict[str, "_Tree"]


def _alternation(words: list[str]) -> str:
    """A regex matching any of ``words`` (letters and ``-``), as a tree of their common
    starts: the regex engine then tries one branch per letter, not every word in turn."""
    tree: _Tree = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: _Tree) -> str:
    branches = [
        # a "-" inside a two-word entry stands for any run of non-letters in the name
        ("[^a-z]+" if char == "-" else char) + _branches(child) if char else ""
        for char, child in sorted(node.items())
    ]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


#: Found in a lower-cased class/id value whenever any of its names reads as a hint (and
#: in some that do not): a whole word or two-word entry of the vocabulary, a boilerplate
#: word start, or "caption"/"credit" anywhere. A value it misses is read as no hint
#: without cutting it into names, which is what most values on a page are.
MAY_HINT = re.compile(
    "caption|credit|(?<![a-z])(?:"
    + _alternation(list(BOILERPLATE_PREFIXES))
    + "|"
    + _alternation(sorted(BOILERPLATE_WORDS | CONTENT_WORDS | CAPTION_WORDS | CREDIT_WORDS))
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
    """What class and id values say, for one walk: a page repeats its class strings, and
    utility-class pages combine the same few names in ever new strings, so each distinct
    value and each distinct name in it is read once."""

    __slots__ = ("_keys", "_names", "_values")

    def __init__(self) -> None:
        self._values: dict[str, HintFlags] = {}
        self._names: dict[str, HintFlags] = {}
        self._keys: dict[str, HintFlags] = {}

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
            names = self._names
            flags = NO_HINTS
            lowered = value.lower()
            for name in lowered.split() if MAY_HINT.search(lowered) else ():
                one = names.get(name) or self._name(name)
                if one is not NO_HINTS:
                    # most values hold one meaningful name at most: no union to build
                    flags = one if flags is NO_HINTS else _union(flags, one)
            self._values[value] = flags
        return flags

    def _name(self, name: str) -> HintFlags:
        """Read a name not seen before on this page."""
        # a lower-cased ASCII word is its own key (hint_key() without its call)
        key = name if name.isalpha() and name.isascii() else hint_key(name)
        flags = self._keys.get(key)
        if flags is None:
            # ids and generated names differ by their digits only: read once per shape
            flags = read_key(key)
            if flags == NO_HINTS:
                flags = NO_HINTS  # a word of meaning to no flag
            self._keys[key] = flags
        self._names[name] = flags
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
