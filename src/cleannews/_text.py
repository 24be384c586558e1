"""Small text helpers shared by every parser."""

from __future__ import annotations

import re

__all__ = ["clean", "word_count"]

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def clean(text: str | None) -> str:
    """Collapse runs of whitespace (including non-breaking spaces) and strip the ends."""
    if not text:
        return ""
    # already clean: every whitespace character but the ASCII space is unprintable
    if text.isprintable() and "  " not in text and text[0] != " " and text[-1] != " ":
        return text
    return _SPACE.sub(" ", text).strip()


def word_count(text: str) -> int:
    return len(_WORD.findall(text))
