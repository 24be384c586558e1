"""Site chrome: text that frames an article but is not part of it."""

from __future__ import annotations

import re

from .._text import clean

__all__ = ["is_chrome"]

_CHROME_LINES: frozenset[str] = frozenset(
    s.casefold()
    for s in (
        "Accessibility links",
        "Breaking News",
        "Skip to main content",
        "Skip to main Navigation",
        "Skip to Search",
        "Share",
        "Print",
        "Comments",
    )
)
_PLAYER = re.compile(
    r"^(?:please\s+wait|no\s+media\s+source\s+currently\s+available|\d{1,2}:\d{2}(?::\d{2})?)$",
    re.IGNORECASE,
)


def is_chrome(text: str) -> bool:
    """True for a line that is site chrome wherever it appears (labels, player leftovers)."""
    line = clean(text)
    return line.casefold() in _CHROME_LINES or bool(_PLAYER.match(line))
