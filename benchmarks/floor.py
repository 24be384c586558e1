"""``python -m benchmarks.floor``: the accuracy floor CI holds cleannews to.

cleannews runs alone over every corpus of ../shared/corpus (two worker processes, a
couple of minutes) and each figure is compared with its floor in ``benchmarks/floor.json``,
a table keyed by corpus, then metric. A metric is a column of the benchmark's
:class:`~benchmarks.report.Row` (``f1``, ``headline``, ``authors``, ``date``,
``captions_found``, ``article_rejected`` ...): a metric added to the row can be given a
floor without touching this module. Most are floors (the figure must not fall below);
those in :data:`CEILINGS` (refusals, captions left in the body) must not rise above.

Like trafilatura's evaluation gate, a floor is set from a measured run minus a small
tolerance (``--write`` does that, with :data:`TOLERANCE`) and may be raised when cleannews
improves, never lowered to make a run pass. Exit status: 1 when a figure is past its
floor, 0 otherwise, also when ../shared/corpus is absent (the check is then skipped, with
a message saying so).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import corpus
from .report import Row
from .solo import rows_by_corpus, run_corpora

__all__ = ["CEILINGS", "FLOOR_FILE", "TOLERANCE", "Breach", "breaches", "floors_from", "main"]

FLOOR_FILE = Path(__file__).resolve().parent / "floor.json"
#: what a floor leaves below the measured figure (a ceiling above it)
TOLERANCE = 0.002
#: metrics where less is better: the floor is a ceiling
CEILINGS: frozenset[str] = frozenset({"article_rejected", "captions_in_body"})
#: the metrics ``--write`` records, where a corpus annotates them
RECORDED: tuple[str, ...] = (
    "f1",
    "headline",
    "authors",
    "date",
    "authors_precision",
    "authors_recall",
    "captions_found",
    "captions_precision",
    "captions_in_body",
    "with_rate",
    "article_rejected",
)

Floors = dict[str, dict[str, float]]


@dataclass(frozen=True, slots=True)
class Breach:
    corpus: str
    metric: str
    value: float | None
    floor: float

    def describe(self) -> str:
        op = "≤" if self.metric in CEILINGS else "≥"
        got = "missing" if self.value is None else f"{self.value:.4f}"
        return f"{self.corpus} {self.metric}: {got}, must be {op} {self.floor:.4f}"


def _value(row: Row, metric: str) -> float | None:
    value = getattr(row, metric, None)
    return None if value is None else float(value)


def _past(metric: str, value: float, floor: float) -> bool:
    # a hair of slack: the figures are sums of floats, the floors rounded to 4 places
    if metric in CEILINGS:
        return value > floor + 1e-9
    return value < floor - 1e-9


def breaches(rows: Mapping[str, Row], floors: Mapping[str, Mapping[str, float]]) -> list[Breach]:
    """Every (corpus, metric) whose figure is past its floor; a corpus or metric the run
    did not measure is a breach too (a floor is never skipped silently)."""
    found = []
    for name, metrics in floors.items():
        row = rows.get(name)
        for metric, floor in metrics.items():
            value = _value(row, metric) if row is not None else None
            if value is None or _past(metric, value, floor):
                found.append(Breach(name, metric, value, floor))
    return found


def floors_from(rows: Mapping[str, Row], tolerance: float = TOLERANCE) -> Floors:
    """Floors from a measured run: each figure minus the tolerance (ceilings plus it)."""
    floors: Floors = {}
    for name, row in rows.items():
        mine: dict[str, float] = {}
        for metric in RECORDED:
            value = _value(row, metric)
            if value is None:
                continue
            bound = value + tolerance if metric in CEILINGS else value - tolerance
            mine[metric] = round(min(1.0, max(0.0, bound)), 4)
        floors[name] = mine
    return floors


def load_floors(path: Path = FLOOR_FILE) -> Floors:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {name: dict(metrics) for name, metrics in data["floors"].items()}


def write_floors(floors: Floors, path: Path = FLOOR_FILE) -> None:
    data = {
        "about": "cleannews' accuracy floor per corpus and metric (benchmarks/floor.py); "
        "ceilings for " + ", ".join(sorted(CEILINGS)),
        "floors": floors,
    }
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.floor",
        description="cleannews alone on ../shared/corpus, against the floors in floor.json.",
    )
    parser.add_argument("--floors", type=Path, default=FLOOR_FILE, help="the floor file")
    parser.add_argument("--corpus-root", type=Path, default=corpus.CORPUS, help=argparse.SUPPRESS)
    parser.add_argument("--processes", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument(
        "--write",
        action="store_true",
        help=f"set the floors from this run, minus {TOLERANCE} (raise them; never to pass)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments(argv)
    root: Path = args.corpus_root
    if not root.is_dir():
        print(f"accuracy floor skipped: no corpus at {root} (the pages live in ../shared/corpus)")
        return 0
    if not args.write and not args.floors.is_file():
        raise SystemExit(f"no floor file at {args.floors} (make one with --write)")
    names = corpus.sources(root) if args.write else list(load_floors(args.floors))
    rows = rows_by_corpus(run_corpora(names, processes=args.processes, root=root))
    if args.write:
        write_floors(floors_from(rows), args.floors)
        print(f"wrote the floors of {len(rows)} corpora to {args.floors}")
        return 0
    floors = load_floors(args.floors)
    found = breaches(rows, floors)
    for breach in found:
        print("BELOW FLOOR  " + breach.describe())
    checked = sum(len(m) for m in floors.values())
    print(f"accuracy floor: {checked - len(found)} of {checked} figures hold")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
