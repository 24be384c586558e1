"""The gate: cleannews' minimum targets (issues 3 and 12), checked by ``--check``.

Like trafilatura's evaluation gate, a target may be raised when cleannews improves but
never lowered to make a run pass. A target is either absolute (``limit``) or relative to
the peers measured in the same run (``peer``: one system, or ``BEST_PEER`` for the best
peer on that metric), scaled by ``factor``. A target whose corpus, metric or peer was not
part of the run is reported as skipped, not as passed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from .report import Row

__all__ = ["BEST_PEER", "CORPORA", "TARGETS", "Metric", "Outcome", "Target", "Verdict", "check"]

Metric = Literal[
    "f1",
    "headline",
    "authors",
    "authors_precision",
    "date",
    "captions_precision",
    "captions_found",
    "captions_in_body",
    "non_article_rejected",
    "article_rejected",
    "total_ms",
    "growth_mib",
]
BEST_PEER = "best peer"
SUBJECT = "cleannews"
Outcome = Literal["pass", "fail", "skip"]


@dataclass(frozen=True, slots=True)
class Target:
    corpus: str
    metric: Metric
    #: "min": cleannews must reach the bound; "max": it must stay at or below it
    kind: Literal["min", "max"]
    limit: float | None = None
    peer: str | None = None
    factor: float = 1.0
    #: "above the best peer" is strict: a tie does not pass
    strict: bool = False


#: Every corpus of ../shared/corpus; a target on a field a corpus does not annotate skips.
CORPORA: tuple[str, ...] = (
    "aeb",
    "wcxb",
    "fundus",
    "readability",
    "newspaper4k",
    "goose3",
    "postlight-parser",
    "htmldate",
    "pangea",
    "cleaneval",
    "dragnet",
    "l3s-gn1",
)
#: the corpora from other sites and years (issue 11): held to the peers' body F1
UNSEEN_CORPORA: tuple[str, ...] = ("cleaneval", "dragnet", "l3s-gn1")

TARGETS: tuple[Target, ...] = (
    Target("aeb", "f1", "min", limit=0.975),
    *(
        Target(corpus, "f1", "min", peer=BEST_PEER, strict=True)
        for corpus in ("wcxb", "fundus", "readability", "newspaper4k")
    ),
    Target("fundus", "headline", "min", limit=0.90),
    Target("fundus", "authors", "min", limit=0.85),
    Target("fundus", "date", "min", limit=0.95),
    # on every corpus, headline, authors and date at least trafilatura's
    *(
        Target(corpus, metric, "min", peer="trafilatura")
        for corpus in CORPORA
        for metric in ("headline", "authors", "date")
    ),
    # issue 12: fields a user can trust
    Target("fundus", "authors", "min", limit=0.90),
    Target("fundus", "authors_precision", "min", limit=0.95),
    *(
        Target(corpus, "authors", "min", limit=0.85)
        for corpus in ("wcxb", "readability", "postlight-parser")
    ),
    *(Target(corpus, "headline", "min", limit=0.90) for corpus in ("wcxb", "readability")),
    *(Target(corpus, "date", "min", peer=BEST_PEER) for corpus in CORPORA),
    Target("fundus", "captions_precision", "min", limit=0.85),
    Target("readability", "captions_precision", "min", limit=0.60),
    *(Target(corpus, "captions_found", "min", limit=0.90) for corpus in ("fundus", "readability")),
    *(
        Target(corpus, "captions_in_body", "max", limit=0.05)
        for corpus in ("fundus", "readability")
    ),
    Target("wcxb", "non_article_rejected", "min", limit=0.80),
    # issue 11: never lose the article; cleaneval's 2006 pages include shops and forums
    *(
        Target(corpus, "article_rejected", "max", limit=0.05 if corpus == "cleaneval" else 0.02)
        for corpus in CORPORA
    ),
    *(
        Target(corpus, "f1", "min", peer=peer)
        for corpus in UNSEEN_CORPORA
        for peer in ("trafilatura", "readability-lxml")
    ),
    # speed: whole-corpus time at most a quarter of trafilatura's, on every corpus (issue 11)
    *(Target(corpus, "total_ms", "max", peer="trafilatura", factor=1 / 4) for corpus in CORPORA),
    # memory flat across the corpus: RSS after the last page within 16 MiB of RSS after
    # the first tenth (allocator noise stays well under that; a leak per page does not)
    *(Target(corpus, "growth_mib", "max", limit=16.0) for corpus in CORPORA),
)


@dataclass(frozen=True, slots=True)
class Verdict:
    target: Target
    outcome: Outcome
    value: float | None
    bound: float | None

    def describe(self) -> str:
        t = self.target
        op = (">" if t.strict else "≥") if t.kind == "min" else "≤"
        ref = f"{t.limit:g}" if t.limit is not None else ""
        bound = ""
        if t.peer is not None:
            scale = f"{t.factor:.2g} × " if t.factor != 1.0 else ""
            ref = f"{scale}{t.peer}"
            bound = "" if self.bound is None else f" ({self.bound:.3f})"
        value = "–" if self.value is None else f"{self.value:.3f}"
        return f"{self.outcome.upper():4}  {t.corpus} {t.metric}: {value} {op} {ref}{bound}"


def _value(row: Row, metric: Metric) -> float | None:
    value: float | None = getattr(row, metric)
    return value


def _bound(target: Target, rows: Sequence[Row]) -> float | None:
    if target.limit is not None:
        return target.limit
    peers = [r for r in rows if r.corpus == target.corpus and r.system != SUBJECT]
    if target.peer != BEST_PEER:
        peers = [r for r in peers if r.system == target.peer]
    values = [v for v in (_value(r, target.metric) for r in peers) if v is not None]
    if not values:
        return None
    best = max(values) if target.kind == "min" else min(values)
    return best * target.factor


def check(rows: Sequence[Row], targets: Sequence[Target] = TARGETS) -> list[Verdict]:
    """One verdict per target, from the rows of one run."""
    verdicts = []
    for target in targets:
        mine = [r for r in rows if r.corpus == target.corpus and r.system == SUBJECT]
        value = _value(mine[0], target.metric) if mine else None
        bound = _bound(target, rows)
        if value is None or bound is None:
            verdicts.append(Verdict(target, "skip", value, bound))
            continue
        if target.kind == "min":
            ok = value > bound if target.strict else value >= bound
        else:
            ok = value <= bound
        verdicts.append(Verdict(target, "pass" if ok else "fail", value, bound))
    return verdicts
