"""``python -m benchmarks.compare``: a rule change checked on every corpus (leave one source out).

A rule written while reading the pages of one source must not cost the other sources
anything. This runs cleannews of the working tree alone over every corpus of
../shared/corpus (in worker processes, not timed against the peers) and prints, per corpus,
the change against a baseline run in body F1, precision, recall, must-have snippets
(``with``) and articles refused, flagging every corpus that loses more than
:data:`MAX_F1_LOSS` F1 or refuses more articles::

    python -m benchmarks.compare --save before.jsonl        # on the commit before the change
    python -m benchmarks.compare --baseline before.jsonl    # with the change in the tree

A baseline is any per-page JSONL file of cleannews results: one saved by ``--save``, or the
raw results of a full benchmark run (``benchmarks/results/pages-*.jsonl``). ``--pages N``
lists the N pages whose F1 moved most, and every page whose refusal changed. Exit status:
1 when a corpus is flagged, else 0.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from . import corpus
from .metrics import body_score
from .report import Row
from .scoring import PageResult
from .solo import load_results, rows_by_corpus, run_corpora, save_results

__all__ = ["MAX_F1_LOSS", "CorpusDelta", "compare", "main"]

#: a corpus losing more F1 than this is flagged: the change does not generalise
MAX_F1_LOSS = 0.002


@dataclass(frozen=True, slots=True)
class CorpusDelta:
    corpus: str
    before: Row
    after: Row
    #: article pages that raised NoArticleFound, before and after
    refused_before: int
    refused_after: int

    def _delta(self, metric: str) -> float:
        old, new = getattr(self.before, metric), getattr(self.after, metric)
        return 0.0 if old is None or new is None else float(new) - float(old)

    @property
    def f1(self) -> float:
        return self._delta("f1")

    @property
    def refused(self) -> int:
        """Articles refused after, minus before."""
        return self.refused_after - self.refused_before

    def flags(self) -> list[str]:
        found = []
        if self.f1 < -MAX_F1_LOSS:
            found.append(f"loses {-self.f1:.4f} F1")
        if self.refused > 0:
            found.append(f"refuses {self.refused} more article(s)")
        return found

    def line(self) -> str:
        cells = [f"{self.corpus:<17}"]
        for metric in ("f1", "precision", "recall", "with_rate"):
            new = getattr(self.after, metric)
            cells.append(f"{'–':<14}" if new is None else f"{new:.4f} {self._delta(metric):+.4f}")
        cells.append(f"{self.refused_after:4d} {self.refused:+d}")
        flags = self.flags()
        return "  ".join(cells) + ("  <- " + "; ".join(flags) if flags else "")


def _refused(results: Sequence[PageResult]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for r in results:
        counts[r.corpus] = counts.get(r.corpus, 0) + (r.is_article and r.outcome == "no_article")
    return counts


def compare(before: Sequence[PageResult], after: Sequence[PageResult]) -> list[CorpusDelta]:
    """Per corpus present in both runs, the rows before and after."""
    old_rows, new_rows = rows_by_corpus(before), rows_by_corpus(after)
    old_refused, new_refused = _refused(before), _refused(after)
    return [
        CorpusDelta(name, old_rows[name], row, old_refused[name], new_refused[name])
        for name, row in new_rows.items()
        if name in old_rows
    ]


def _page_f1(result: PageResult) -> float | None:
    return body_score([result.body]).f1 if result.body is not None else None


def moved_pages(before: Sequence[PageResult], after: Sequence[PageResult], count: int) -> list[str]:
    """The pages whose F1 moved most, and every page whose refusal changed."""
    old = {(r.corpus, r.page_id): r for r in before}
    lines: list[tuple[float, str]] = []
    for new in after:
        prior = old.get((new.corpus, new.page_id))
        if prior is None:
            continue
        if (prior.outcome == "no_article") != (new.outcome == "no_article"):
            lines.append((2.0, f"  {new.page_id}: {prior.outcome} -> {new.outcome}"))
            continue
        f1_old, f1_new = _page_f1(prior), _page_f1(new)
        if f1_old is not None and f1_new is not None and abs(f1_new - f1_old) > 1e-9:
            lines.append(
                (abs(f1_new - f1_old), f"  {new.page_id}: F1 {f1_old:.3f} -> {f1_new:.3f}")
            )
    lines.sort(key=lambda item: -item[0])
    refusals = [text for weight, text in lines if weight == 2.0]
    moved = [text for weight, text in lines if weight < 2.0][:count]
    return refusals + moved


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.compare",
        description="cleannews of the working tree against a baseline run, on every corpus.",
    )
    parser.add_argument(
        "--baseline", type=Path, metavar="JSONL", help="per-page results to compare with"
    )
    parser.add_argument(
        "--save", type=Path, metavar="JSONL", help="write this run's per-page results"
    )
    parser.add_argument(
        "--corpus", action="append", metavar="NAME", help="a corpus to run (default: every one)"
    )
    parser.add_argument("--processes", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument(
        "--pages", type=int, default=0, metavar="N", help="list the N pages whose F1 moved most"
    )
    args = parser.parse_args(argv)
    if args.baseline is None and args.save is None:
        parser.error("give --baseline to compare, --save to record a baseline, or both")
    return args


HEADER = f"{'corpus':<17}  {'F1':<14}  {'precision':<14}  {'recall':<14}  {'with':<14}  refused"


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments(argv)
    if not corpus.CORPUS.is_dir():
        raise SystemExit(f"no corpus folder at {corpus.CORPUS}: the pages live in ../shared/corpus")
    names = tuple(args.corpus) if args.corpus else tuple(corpus.sources())
    after = run_corpora(names, processes=args.processes)
    if args.save is not None:
        save_results(args.save, after)
        print(f"saved {len(after)} page results to {args.save}", file=sys.stderr)
    if args.baseline is None:
        return 0
    ran = set(names)
    before = [r for r in load_results(args.baseline) if r.corpus in ran]
    done = {(r.corpus, r.page_id) for r in before}
    after = [r for r in after if (r.corpus, r.page_id) in done]
    deltas = compare(before, after)
    print(HEADER)
    for delta in deltas:
        print(delta.line())
    if args.pages:
        print("\npages that moved:")
        print("\n".join(moved_pages(before, after, args.pages)) or "  none")
    flagged = [d.corpus for d in deltas if d.flags()]
    if flagged:
        print(f"\nFLAGGED: {', '.join(flagged)} (see docs/benchmarks.md: leave one source out)")
        return 1
    print("\nno corpus loses F1 or refuses more articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
