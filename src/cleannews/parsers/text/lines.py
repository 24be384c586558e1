"""The lines of a text dump and what their shape says: title, prose, name, list item.

A dump keeps one page block per line; blank lines show where the page put space between
blocks. :class:`Line` keeps how many blank lines came before each line and whether the
next line follows with none, since an image's alt text and caption are printed as two
lines with no space between, where the body's paragraphs have a blank line each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..._text import clean

__all__ = [
    "Line",
    "blank_separated",
    "ends_sentence",
    "is_dateline",
    "is_name_like",
    "is_prose",
    "is_title_like",
    "list_item_text",
    "split_lines",
]


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of a dump, whitespace collapsed."""

    text: str
    #: blank lines between this line and the one before it
    gap: int
    #: the next line follows with no blank line between
    glued: bool


_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_NEWLINES = re.compile(r"\r\n|\r|\u2028|\u2029|\x85")
_SENTENCE_END = re.compile(r"[.!?…。؟][\"'”’»)\]]*$")
#: a digest's item signs its paragraph with the editor's initials after the stop
#: ("... on 3 March. JM", "... said. (LF)"); a paragraph's length, since a short line
#: ending so is a company's name ("... GmbH & Co. KG")
_SIGNED_END = re.compile(r"[.!?…][\"'”’»)\]]*\s\(?[A-Z]{2,3}\)?$")
_MIN_SIGNED_WORDS = 15
_TITLE_END = re.compile(r"[.,:;…]$")
_BULLET = re.compile(r"^[•·▪◦‣∙*\-–—]\s+(?=\S)")
_NAME_WORD = re.compile(
    r"^(?:[A-ZА-ЯЁІЇЄҐЎЂЋЏЉЊЈ\u10d0-\u10ff\u0531-\u0556][\w'’.\-/]*|de|van|von|al)$"
)
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]+(?:,\s*[\w. ]{2,30})?\s*(?:—|–|--)$")
_CITY_LINE = re.compile(r"^[\w’'-]{2,30}\s?(?:\.|—|–|--)$")
_MAX_TITLE_WORDS = 16
_MAX_HEADLINE_WORDS = 30
_MIN_PROSE_WORDS = 6
_MIN_PROSE_CHARS = 40
#: scripts that write no mark at a sentence's end (Thai, Lao, Burmese, Khmer)
_UNMARKED_SCRIPT = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
_LONG_UNMARKED_CHARS = 100
#: sentence ends of Burmese and Tibetan
_OTHER_SENTENCE_ENDS = ("။", "།")


def split_lines(text: str) -> tuple[Line, ...]:
    """The non-blank lines of ``text``, each with the blank lines before it."""
    raw = _NEWLINES.sub("\n", text).split("\n")
    found: list[tuple[str, int]] = []
    gap = 0
    for piece in raw:
        # zero-width characters at a line's ends are invisible: a line of only them is blank
        line = clean(piece).strip(_ZERO_WIDTH)
        if not line:
            gap += 1
            continue
        found.append((line, gap))
        gap = 0
    return tuple(
        Line(text=line, gap=gap, glued=index + 1 < len(found) and found[index + 1][1] == 0)
        for index, (line, gap) in enumerate(found)
    )


def blank_separated(lines: tuple[Line, ...]) -> bool:
    """True when most lines of the dump are set apart by blank lines (paragraph spacing)."""
    if len(lines) < 3:
        return False
    spaced = sum(1 for line in lines[1:] if line.gap > 0)
    return spaced >= 0.6 * (len(lines) - 1)


def ends_sentence(text: str) -> bool:
    if _SENTENCE_END.search(text):
        return True
    return bool(_SIGNED_END.search(text)) and len(text.split()) >= _MIN_SIGNED_WORDS


def is_title_like(text: str, max_words: int = _MAX_TITLE_WORDS) -> bool:
    """A short line that does not end as a sentence: a headline, heading or label."""
    words = text.split()
    if not words or len(words) > max_words or _TITLE_END.search(text):
        return False
    if text.endswith(("?", "!")):
        return True  # a headline may ask; a short question line is still a title
    return not ends_sentence(text) and not text[0].islower()


def is_headline_like(text: str) -> bool:
    words = text.split()
    if not words or len(words) > _MAX_HEADLINE_WORDS or len(text) > 300:
        return False
    return not (ends_sentence(text) and text.endswith(".") and len(words) > 20)


def is_prose(
    text: str,
    *,
    min_words: int = _MIN_PROSE_WORDS,
    min_chars: int | None = _MIN_PROSE_CHARS,
    any_script: bool = False,
) -> bool:
    """The text parser's one prose test: a line of ``min_words`` words at least (or
    ``min_chars`` characters, for scripts written without spaces) that ends as a sentence.

    ``any_script`` also reads the sentence marks of Burmese and Tibetan and takes a long
    line in a script that writes no mark at a sentence's end (Thai) as prose: a dump of
    any site may be in any script."""
    if any_script and len(text) >= _LONG_UNMARKED_CHARS and _UNMARKED_SCRIPT.search(text):
        return True
    ends = ends_sentence(text) or (any_script and text.endswith(_OTHER_SENTENCE_ENDS))
    if not ends:
        return False
    return len(text.split()) >= min_words or (min_chars is not None and len(text) >= min_chars)


def is_name_like(text: str) -> bool:
    """A person's or desk's name alone on a line: "Mike Eckel", "Иван Петров"."""
    words = text.split()
    if not 2 <= len(words) <= 5 or ends_sentence(text):
        return False
    return all(_NAME_WORD.match(word) for word in words)


def is_dateline(text: str) -> bool:
    """A dateline on a line of its own: "AUBURN, Wash. —", "KYIV --", "Berlin."."""
    return bool(_DATELINE.match(text) or _CITY_LINE.match(text))


def list_item_text(text: str) -> str | None:
    """The text of a bulleted line without its bullet, or None for any other line."""
    match = _BULLET.match(text)
    return text[match.end() :] if match else None
