"""What one element or one text is, read without walking further: hidden or shown, what
its class and id say, the kind of block it makes, how much text it weighs."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .._markup_vocabulary import (
    BLOCK_LEVEL_TAGS,
    NO_HINTS,
    HintFlags,
    hint_key,
    read_key,
)

__all__ = ["NO_HINTS", "HintReader", "hidden", "holds_blocks", "text_weight"]

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


class HintReader:
    """What class and id values say, for one walk: a page repeats its class strings, and
    utility-class pages combine the same few names in ever new strings, so each distinct
    value and each distinct name in it is read once."""

    __slots__ = ("_keys", "_names", "_values")

    def __init__(self) -> None:
        self._values: dict[str, HintFlags] = {}
        self._names: dict[str, HintFlags] = {}
        self._keys: dict[str, HintFlags] = {}

    def of(self, attrs: dict[str, str]) -> HintFlags:
        """What an element's class and id say together."""
        cls = attrs.get("class")
        ident = attrs.get("id")
        flags = (self._values.get(cls) or self.value(cls)) if cls else NO_HINTS
        if ident:
            other = self._values.get(ident) or self.value(ident)
            if flags is NO_HINTS:
                return other
            if other is not NO_HINTS:
                return HintFlags(
                    flags.boilerplate or other.boilerplate,
                    flags.content or other.content,
                    flags.caption or other.caption,
                    flags.credit or other.credit,
                )
        return flags

    def value(self, value: str) -> HintFlags:
        """A class or id value as written (any case): the union of its names' readings."""
        flags = self._values.get(value)
        if flags is None:
            names = value.lower().split()
            if len(names) == 1:
                flags = self._name(names[0])
            else:
                boiler = content = caption = credit = False
                for name in names:
                    one = self._name(name)
                    if one is NO_HINTS:
                        continue
                    boiler = boiler or one.boilerplate
                    content = content or one.content
                    caption = caption or one.caption
                    credit = credit or one.credit
                flags = HintFlags(boiler, content, caption, credit)
                if flags == NO_HINTS:
                    flags = NO_HINTS
            self._values[value] = flags
        return flags

    def _name(self, name: str) -> HintFlags:
        flags = self._names.get(name)
        if flags is None:
            # ids and generated names differ by their digits only: read once per shape
            key = hint_key(name)
            flags = self._keys.get(key)
            if flags is None:
                flags = read_key(key)
                if flags == NO_HINTS:
                    flags = NO_HINTS  # a word of meaning to no flag
                self._keys[key] = flags
            self._names[name] = flags
        return flags


def holds_blocks(element: HtmlElement) -> bool:
    """True for an element with block-level elements inside (an unclosed <button> that
    swallowed the page)."""
    return any(isinstance(sub.tag, str) and sub.tag in BLOCK_LEVEL_TAGS for sub in element.iter())
