"""Scores, re-implemented from the article-extraction-benchmark.

Body: word 4-gram shingles of the extracted and the true text, counted per page and
normalised; precision and recall are averaged over pages, F1 is computed from the two
averages (as the benchmark does), not averaged per page.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

_TOKEN = re.compile(r"\w+", re.UNICODE)
SHINGLE = 4


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).lower())


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    words = tokens(text)
    if len(words) < n:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def precision_recall(predicted: str, truth: str) -> tuple[float, float]:
    """Shingle precision and recall of one page (1.0 when both are empty)."""
    pred, true = shingles(predicted), shingles(truth)
    if not pred and not true:
        return 1.0, 1.0
    if not pred:
        return 0.0, 0.0
    if not true:
        return 0.0, 1.0
    common = sum((pred & true).values())
    return common / sum(pred.values()), common / sum(true.values())


def f1_from(precisions: Sequence[float], recalls: Sequence[float]) -> tuple[float, float, float]:
    """(F1, precision, recall) from per-page values, the benchmark's way."""
    if not precisions:
        return 0.0, 0.0, 0.0
    p = sum(precisions) / len(precisions)
    r = sum(recalls) / len(recalls)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f1, p, r


def _norm_name(name: str) -> str:
    return " ".join(tokens(name))


def authors_f1(predicted: Iterable[str], truth: Iterable[str]) -> float:
    """F1 of the two author sets, names compared case- and punctuation-insensitively."""
    pred = {_norm_name(a) for a in predicted if _norm_name(a)}
    true = {_norm_name(a) for a in truth if _norm_name(a)}
    if not pred and not true:
        return 1.0
    if not pred or not true:
        return 0.0
    common = len(pred & true)
    if not common:
        return 0.0
    p, r = common / len(pred), common / len(true)
    return 2 * p * r / (p + r)


def same_headline(predicted: str | None, truth: str) -> bool:
    return _norm_ws(predicted or "") == _norm_ws(truth)


def _norm_ws(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def same_date(predicted: str | None, truth: str) -> bool:
    """The calendar day matches (the truth may give a date or a datetime)."""
    return bool(predicted) and (predicted or "")[:10] == truth[:10]


def contains(text: str, snippet: str) -> bool:
    return _norm_ws(snippet).lower() in _norm_ws(text).lower()
