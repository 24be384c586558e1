"""Wire credit lines: "With reporting by AFP, Reuters, dpa" -> agencies in the order written."""

from __future__ import annotations

import re

from .._article import Credit
from .._text import clean

__all__ = ["match_credit", "split_agencies"]

# A credit line starts with one of these leads; the rest of the line names the sources.
_CREDIT_LEAD = re.compile(
    r"^(?:with\s+(?:additional\s+)?reporting\s+by|based\s+on\s+reporting\s+by|"
    r"compiled\s+from\s+(?:reports\s+by\s+)?|reporting\s+by|"
    r"some\s+information\s+for\s+this\s+report\s+was\s+provided\s+by)\s*:?\s*",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"\s*(?:,|;|\band\b|&)\s*", re.IGNORECASE)
_MAX_CREDIT_WORDS = 40


def split_agencies(names: str) -> tuple[str, ...]:
    """Split "AFP, Reuters, and dpa" into ("AFP", "Reuters", "dpa")."""
    parts = (clean(p).strip(" .") for p in _SEPARATORS.split(names))
    return tuple(p for p in parts if p)


def match_credit(text: str) -> Credit | None:
    """Return the credit a line states, or None when the line is not a credit line."""
    line = clean(text)
    if not line or len(line.split()) > _MAX_CREDIT_WORDS:
        return None
    lead = _CREDIT_LEAD.match(line)
    if lead is None:
        return None
    return Credit(text=line, agencies=split_agencies(line[lead.end() :]))
