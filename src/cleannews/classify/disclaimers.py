"""Notices attached to an article: undesirable-organization notices, copyright lines ...

:func:`match_disclaimer` recognises the paragraph that opens a notice;
:func:`continues_disclaimer` the paragraphs that carry it on ("If you are in Russia ...",
"To find out more, click here."). Continuations are recognised only right after an
opening, so an article that itself ends "click here." keeps that paragraph as body.
"""

from __future__ import annotations

import re

from .._article import DisclaimerKind
from .._text import clean

__all__ = ["continues_disclaimer", "match_disclaimer"]

#: Each notice's pattern, with words one of which any match holds (casefolded; none: the
#: pattern is anchored and fails fast on its own).
_PATTERNS: tuple[tuple[DisclaimerKind, re.Pattern[str], tuple[str, ...]], ...] = (
    (
        "undesirable-organization",
        re.compile(
            r"(?:declared|designated|labell?ed|named|recogni[sz]ed)\s+(?:as\s+)?an?\s+"
            r"[\"“«]?undesirable[\"”»]?\s+[\"“«]?organi[sz]ation|"
            # Russian: "... признано/объявлено «нежелательной организацией»"
            r"(?:призна\w*|объявл\w*)\s+(?:в\s+россии\s+)?[\"“«]?нежелательн\w*\s+организаци\w*|"
            r"[\"“«]?нежелательн\w*\s+организаци\w*[\"”»]?\s+(?:в\s+россии|решением)",
            re.IGNORECASE,
        ),
        ("undesirable", "нежелательн"),
    ),
    (
        "copyright",
        re.compile(
            r"^(?:copyright|©|\(c\))\s*(?:\d{4}\s*)?(?:the\s+)?associated\s+press|"
            r"all\s+rights\s+reserved\.?\s*this\s+material\s+may\s+not\s+be\s+published",
            re.IGNORECASE,
        ),
        ("associated", "reserved"),
    ),
    ("correction", re.compile(r"^(?:correction|clarification)\s*[:(]", re.IGNORECASE), ()),
    ("editors-note", re.compile(r"^editor[’']?s\s+note\s*:", re.IGNORECASE), ()),
    (
        "other",
        # the label Russian law requires of "foreign agent" media
        re.compile(
            r"^(?:настоящ\w+|данн\w+)\s+(?:сообщение|материал)\s*(?:\((?:материал|информация)\)\s*)?"
            r"(?:создан\w*\s+и\s*(?:\(или\)\s*)?распространен\w*|"
            r"произведен\w*,?\s+распространен\w*\s+и\s*(?:\(или\)\s*)?направлен\w*)"
            r"\s+иностранн\w+",
            re.IGNORECASE,
        ),
        (),
    ),
)
#: the two characters that match "i" under re.IGNORECASE but casefold to something else
_UNFOLDED_I = ("\u0130", "\u0131")

# Paragraphs that carry an undesirable-organization notice on, in the services' languages.
_UNDESIRABLE_CONTINUATIONS = re.compile(
    r"^if\s+you\s+(?:are|live)\s+in\s+russia|please\s+note\s+that\s+you\s+could\s+face|"
    r"fines?\s+or\s+imprisonment|^to\s+(?:find\s+out|learn|read)\s+more|click\s+here\.?$|"
    r"^если\s+вы\s+(?:находитесь|живете|живёте|проживаете)|штраф\w*\s+или\s+лишени|"
    r"уголовн\w+\s+преследовани|^подробнее|^узнать\s+больше|по\s+ссылке\.?$|нажмите\s+здесь",
    re.IGNORECASE,
)
_MAX_CONTINUATION_WORDS = 80


def match_disclaimer(text: str) -> DisclaimerKind | None:
    """The kind of notice a paragraph opens, or None when it is not a notice."""
    line = clean(text)
    # a substring test per pattern first: the unanchored searches cost more than the
    # rest of the paragraph's reading, and almost no paragraph holds their words
    folded = line.casefold()
    unguarded = _UNFOLDED_I[0] in line or _UNFOLDED_I[1] in line
    for kind, pattern, words in _PATTERNS:
        if (unguarded or not words or any(word in folded for word in words)) and pattern.search(
            line
        ):
            return kind
    return None


def continues_disclaimer(kind: DisclaimerKind, text: str) -> bool:
    """True when a paragraph right after a notice of ``kind`` is more of that notice."""
    line = clean(text)
    if kind != "undesirable-organization" or len(line.split()) > _MAX_CONTINUATION_WORDS:
        return False
    return bool(_UNDESIRABLE_CONTINUATIONS.search(line))
