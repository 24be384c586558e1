"""The page's language: as stated (``<html lang>``, meta, JSON-LD), else guessed cheaply.

The guess reads only short texts the metadata already holds (headline, description): a
script that belongs to one language (Hangul, kana, Han, Greek, Hebrew, Thai, Georgian,
Armenian) decides at once; Latin text is matched against the commonest function words of
a few languages and named only with a clear lead. Anything unclear stays None.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["guess_language", "normalise_language"]

_TAG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{2}|\d{3}|[a-zA-Z]{4}))?\b")

#: (language, first code point, last code point) of scripts one language owns, in the
#: order they are tested: kana before Han, since Japanese text mixes both
_SCRIPTS: tuple[tuple[str, int, int], ...] = (
    ("ko", 0xAC00, 0xD7AF),
    ("ja", 0x3040, 0x30FF),
    ("zh", 0x4E00, 0x9FFF),
    ("el", 0x0370, 0x03FF),
    ("he", 0x0590, 0x05FF),
    ("th", 0x0E00, 0x0E7F),
    ("ka", 0x10A0, 0x10FF),
    ("hy", 0x0530, 0x058F),
)
_FUNCTION_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("en", frozenset({
        "the", "and", "of", "to", "in", "is", "for", "on", "that", "with", "are", "was",
        "from", "this", "by",
    })),
    ("de", frozenset({
        "der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "für", "auf", "ein",
        "eine", "dem", "des", "zu",
    })),
    ("fr", frozenset({
        "le", "la", "les", "et", "de", "des", "est", "une", "pour", "dans", "que", "sur", "du",
        "au", "qui", "pas", "avec",
    })),
    ("es", frozenset({
        "el", "la", "los", "las", "y", "de", "que", "en", "por", "con", "una", "para", "del",
        "se", "su", "al", "es",
    })),
    ("it", frozenset({
        "il", "la", "di", "che", "e", "per", "una", "sono", "con", "del", "della", "non",
        "gli", "le", "da",
    })),
    ("pt", frozenset({
        "o", "a", "os", "as", "e", "de", "que", "em", "para", "com", "uma", "do", "da", "não",
        "no", "na", "por",
    })),
    ("nl", frozenset({
        "de", "het", "en", "van", "een", "is", "op", "dat", "niet", "met", "voor", "zijn",
        "te", "om",
    })),
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")
_MIN_HITS = 3
#: codes that say "no particular language": undetermined, multiple, no linguistic content
_NO_LANGUAGE = frozenset({"und", "mul", "zxx", "mis"})


def normalise_language(raw: str | None) -> str | None:
    """A BCP 47 tag from what pages write ("en_US", "EN-us", "de"), else None."""
    match = _TAG.match((raw or "").strip())
    if not match:
        return None
    primary, region = match.group(1).lower(), match.group(2)
    if primary in _NO_LANGUAGE:
        return None
    if region is None:
        return primary
    return f"{primary}-{region.title() if len(region) == 4 else region.upper()}"


def _script_language(text: str) -> str | None:
    counts = dict.fromkeys((lang for lang, _, _ in _SCRIPTS), 0)
    letters = 0
    for char in text:
        if not char.isalpha():
            continue
        letters += 1
        point = ord(char)
        for lang, first, last in _SCRIPTS:
            if first <= point <= last:
                counts[lang] += 1
                break
    if not letters:
        return None
    if counts["ja"] and counts["ja"] + counts["zh"] >= letters * 0.3:
        return "ja"  # kana anywhere among Han characters: Japanese
    lang, count = max(counts.items(), key=lambda item: item[1])
    return lang if count >= letters * 0.3 else None


def guess_language(texts: Iterable[str | None]) -> str | None:
    """A language guessed from short texts of the page, or None when unclear."""
    text = " ".join(t for t in texts if t)
    if not text:
        return None
    by_script = _script_language(text)
    if by_script:
        return by_script
    words = [w.lower() for w in _WORD.findall(text)]
    hits = sorted(
        ((sum(w in vocabulary for w in words), lang) for lang, vocabulary in _FUNCTION_WORDS),
        reverse=True,
    )
    (best, lang), (second, _) = hits[0], hits[1]
    return lang if best >= _MIN_HITS and best >= 1.5 * second else None
