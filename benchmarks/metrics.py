"""Scores, re-implemented from the article-extraction-benchmark (AEB).

Body: the extracted and the true text are cut into word 4-gram shingles (a text shorter
than four words is one shorter shingle). Per page, true positives, false positives and
false negatives are counted over the shingle multisets and normalised so they sum to 1,
so a long page weighs no more than a short one. Over a set of pages the normalised counts
are summed; precision and recall come from those sums (which, since every page sums to 1,
is averaging each page's share of the counts) and F1 from that precision and recall, as
AEB's ``evaluate.py`` does, not from averaging per-page F1.

Tokens are ``\\w+`` runs of the NFKC-normalised, lower-cased text. AEB tokenises ``\\w+``
without the two normalisations; on its pages the difference is below 0.001 F1.

Only the standard library is used here, so the tests run without the peers installed.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "SHINGLE",
    "BodyCounts",
    "BodyScore",
    "authors_counts",
    "authors_f1",
    "body_counts",
    "body_score",
    "caption_matches",
    "has_words",
    "same_date",
    "same_headline",
    "shingles",
    "split_names",
    "tokens",
    "word_string",
]

_TOKEN = re.compile(r"\w+", re.UNICODE)
#: Separators between names in one author string ("A and B", "A, B", "A; B", "A & B").
_NAME_SEPARATOR = re.compile(r"\s*(?:;|,|&|\||\band\b|\bund\b|\bet\b|\by\b)\s*", re.IGNORECASE)
SHINGLE = 4


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).lower())


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    words = tokens(text)
    if len(words) < n:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


@dataclass(frozen=True, slots=True)
class BodyCounts:
    """One page's shingle counts, normalised to sum to 1 (all 0 when both texts are empty)."""

    tp: float
    fp: float
    fn: float


@dataclass(frozen=True, slots=True)
class BodyScore:
    f1: float
    precision: float
    recall: float
    pages: int


def body_counts(predicted: str, truth: str) -> BodyCounts:
    pred, true = shingles(predicted), shingles(truth)
    tp = sum((pred & true).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    if not total:
        return BodyCounts(0.0, 0.0, 0.0)
    return BodyCounts(tp / total, fp / total, fn / total)


def body_score(pages: Sequence[BodyCounts]) -> BodyScore:
    """AEB's aggregate: precision and recall from the summed normalised counts."""
    tp = sum(c.tp for c in pages)
    fp = sum(c.fp for c in pages)
    fn = sum(c.fn for c in pages)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return BodyScore(f1, precision, recall, len(pages))


def split_names(names: Iterable[str]) -> set[str]:
    """Normalised single names; strings holding several names are split on both sides alike,
    since some sources annotate "A and B" as one string and systems return lists."""
    found: set[str] = set()
    for name in names:
        for part in _NAME_SEPARATOR.split(name):
            norm = " ".join(tokens(part))
            if norm:
                found.add(norm)
    return found


def authors_f1(predicted: Iterable[str], truth: Iterable[str]) -> float:
    """F1 of the two name sets, compared case- and punctuation-insensitively.

    An empty truth means "annotated as having no author": 1.0 when none is predicted.
    """
    pred, true = split_names(predicted), split_names(truth)
    if not pred and not true:
        return 1.0
    common = len(pred & true)
    if not common:
        return 0.0
    p, r = common / len(pred), common / len(true)
    return 2 * p * r / (p + r)


def authors_counts(predicted: Iterable[str], truth: Iterable[str]) -> tuple[int, int, int]:
    """(names predicted, names annotated, names in both), split and normalised as
    :func:`authors_f1` does, for precision and recall pooled over pages: a name that is not
    annotated (an organisation, a place, a wrong person) counts against precision."""
    pred, true = split_names(predicted), split_names(truth)
    return len(pred), len(true), len(pred & true)


def caption_matches(emitted: Sequence[str], truth: Sequence[str]) -> int:
    """How many emitted captions match an annotated one: the words of one occur as a run in
    the other's (an emitted caption may carry a credit the truth leaves out, or the truth a
    credit the system moved to ``credit`` and the adapter joined back)."""
    truth_words = [word_string(t) for t in truth]
    matched = 0
    for caption in emitted:
        words = word_string(caption)
        if any(
            has_words(words, t) or has_words(tw, caption)
            for t, tw in zip(truth, truth_words, strict=True)
        ):
            matched += 1
    return matched


#: Typographic quotes and dashes are compared as their plain forms: pages and annotations
#: often differ only there (’ in the page, ' in the truth).
_TYPOGRAPHY = str.maketrans("‘’‚‛′“”„‟″–—", "'''''" + '"""""' + "--")


def _norm_ws(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def same_headline(predicted: str | None, truth: str) -> bool:
    """Exact match after Unicode (NFKC), whitespace and quote/dash normalisation; case
    counts."""
    got = _norm_ws(predicted or "").translate(_TYPOGRAPHY)
    return got == _norm_ws(truth).translate(_TYPOGRAPHY)


def same_date(predicted: str | None, truth: str) -> bool:
    """The calendar day matches (the truth may give a date or a datetime)."""
    return bool(predicted) and (predicted or "").strip()[:10] == truth.strip()[:10]


def word_string(text: str) -> str:
    """The text's tokens joined by single spaces, padded with one space on each side, so
    :func:`has_words` can test a run of whole words with a plain substring search."""
    return f" {' '.join(tokens(text))} "


def has_words(words: str, snippet: str) -> bool:
    """The snippet's words occur, as a run of whole words, in ``words`` (a
    :func:`word_string`); case, punctuation and whitespace are ignored. A snippet without
    words is never found."""
    needle = " ".join(tokens(snippet))
    return bool(needle) and f" {needle} " in words
