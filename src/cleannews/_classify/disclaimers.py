"""Notices attached to an article: undesirable-organization notices, copyright lines ..."""

from __future__ import annotations

import re

from .._article import DisclaimerKind
from .._text import clean

__all__ = ["match_disclaimer"]

_PATTERNS: tuple[tuple[DisclaimerKind, re.Pattern[str]], ...] = (
    (
        "undesirable-organization",
        re.compile(r"declared\s+an?\s+[\"“«]?undesirable\s+organi[sz]ation", re.IGNORECASE),
    ),
    (
        "copyright",
        re.compile(
            r"^(?:copyright|©|\(c\))\s*(?:\d{4}\s*)?(?:the\s+)?associated\s+press|"
            r"all\s+rights\s+reserved\.?\s*this\s+material\s+may\s+not\s+be\s+published",
            re.IGNORECASE,
        ),
    ),
    ("correction", re.compile(r"^(?:correction|clarification)\s*[:(]", re.IGNORECASE)),
    ("editors-note", re.compile(r"^editor[’']?s\s+note\s*:", re.IGNORECASE)),
)


def match_disclaimer(text: str) -> DisclaimerKind | None:
    """The kind of notice a paragraph opens, or None when it is not a notice."""
    line = clean(text)
    for kind, pattern in _PATTERNS:
        if pattern.search(line):
            return kind
    return None
