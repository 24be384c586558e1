"""``python -m benchmarks``: cleannews and its peers on every corpus of ../shared/corpus.

Prints one table per corpus and an overall one, writes docs/benchmarks.md with its plot
and the raw per-page results to benchmarks/results/ (unless ``--no-write``), and with
``--check`` exits 1 when cleannews misses a target of benchmarks/targets.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
import time
from collections.abc import Sequence
from itertools import islice
from pathlib import Path
from typing import TextIO

from . import corpus
from .corpus import Page
from .memory import Memory, measure
from .report import OVERALL, Row, summarise, text_table
from .runner import run_pages
from .scoring import PageResult
from .systems import SYSTEM_NAMES, System, available, load
from .targets import check
from .writeup import RunInfo, write_markdown

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent / "docs"
MARKDOWN = DOCS / "benchmarks.md"
PLOT = DOCS / "benchmarks.png"
RESULTS = HERE / "results"


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a page count of 1 or more, got {value}")
    return value


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Accuracy, speed and memory of cleannews and its peers on ../shared/corpus.",
    )
    parser.add_argument(
        "--corpus",
        action="append",
        metavar="NAME",
        help="a corpus to run (repeatable; default: every corpus)",
    )
    parser.add_argument(
        "--systems",
        metavar="A,B",
        help=f"comma-separated systems (default: every installed one of {', '.join(SYSTEM_NAMES)})",
    )
    parser.add_argument(
        "--limit", type=_positive, metavar="N", help="only the first N pages per corpus"
    )
    parser.add_argument(
        "--no-write",
        action="store_true",
        help="print only: write neither docs/benchmarks.md, the plot nor benchmarks/results/",
    )
    parser.add_argument(
        "--no-memory", action="store_true", help="skip the memory pass (forked children)"
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="exit 1 when cleannews misses a target of benchmarks/targets.py",
    )
    return parser.parse_args(argv)


def _systems(spec: str | None) -> tuple[System, ...]:
    installed = available()
    if spec is None:
        return load(installed)
    names = tuple(n.strip() for n in spec.split(",") if n.strip())
    for name in names:
        if name not in SYSTEM_NAMES:
            raise SystemExit(f"unknown system {name!r}; known: {', '.join(SYSTEM_NAMES)}")
        if name not in installed:
            hint = (
                "pip install newspaper4k" if name == "newspaper4k" else "pip install -e '.[bench]'"
            )
            raise SystemExit(f"{name} is not installed ({hint})")
    return load(names)


def _progress(done: list[int], total: int, name: str) -> None:
    done[0] += 1
    if done[0] % 50 == 0 or done[0] == total:
        print(f"  {name}: {done[0]}/{total} pages", file=sys.stderr, flush=True)


def _write_results(out: TextIO | None, results: Sequence[PageResult]) -> None:
    if out is None:
        return
    for result in results:
        out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")


def _run_corpus(
    name: str,
    pages: list[Page],
    systems: tuple[System, ...],
    with_memory: bool,
    out: TextIO | None,
) -> tuple[list[PageResult], dict[str, Memory | None]]:
    done = [0]
    results = run_pages(pages, systems, lambda _p, _r: _progress(done, len(pages), name))
    _write_results(out, results)
    memory: dict[str, Memory | None] = {}
    if with_memory:
        loaded = [(p.html_bytes(), p.truth.get("url")) for p in pages]
        for system in systems:
            print(f"  {name}: memory of {system.name}", file=sys.stderr, flush=True)
            memory[system.name] = measure(system, loaded)
    return results, memory


def _overall_memory(per_corpus: Sequence[Memory | None]) -> Memory | None:
    known = [m for m in per_corpus if m is not None]
    if not known:
        return None
    return Memory(
        max(m.peak_mib for m in known),
        max(m.growth_mib for m in known),
        sum(m.pages for m in known),
    )


#: Peers log their own per-page failures (with tracebacks); the harness counts them instead.
QUIET_LOGGERS: tuple[str, ...] = ("readability", "trafilatura", "htmldate", "courlan", "newspaper")


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments(argv)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    if not corpus.CORPUS.is_dir():
        raise SystemExit(f"no corpus folder at {corpus.CORPUS}: the pages live in ../shared/corpus")
    known = corpus.sources()
    names = tuple(args.corpus) if args.corpus else tuple(known)
    for name in names:
        if name not in known:
            raise SystemExit(f"no corpus {name!r} under {corpus.CORPUS} (found: {known})")
    systems = _systems(args.systems)
    started = dt.datetime.now(dt.timezone.utc)
    clock = time.monotonic()
    out: TextIO | None = None
    if not args.no_write:
        RESULTS.mkdir(parents=True, exist_ok=True)
        raw = RESULTS / f"pages-{started:%Y%m%dT%H%M%S}.jsonl"
        out = open(raw, "w", encoding="utf-8")  # noqa: SIM115 - closed below, written per corpus
        print(f"raw per-page results: {raw}", file=sys.stderr)
    tables: list[tuple[str, list[Row]]] = []
    everything: list[PageResult] = []
    memories: dict[str, list[Memory | None]] = {s.name: [] for s in systems}
    try:
        for name in names:
            pages = list(islice(corpus.pages(name), args.limit))
            results, memory = _run_corpus(name, pages, systems, not args.no_memory, out)
            everything += results
            rows = []
            for system in systems:
                mine = [r for r in results if r.system == system.name]
                rows.append(summarise(name, system.name, mine, memory.get(system.name)))
                memories[system.name].append(memory.get(system.name))
            tables.append((name, rows))
            print(text_table(name, rows), flush=True)
    finally:
        if out is not None:
            out.close()
    overall = [
        summarise(
            OVERALL,
            s.name,
            [r for r in everything if r.system == s.name],
            _overall_memory(memories[s.name]),
        )
        for s in systems
    ]
    tables.append((f"{OVERALL} (all pages pooled)", overall))
    print(text_table(OVERALL, overall))
    verdicts = check([r for _, rows in tables for r in rows])
    if not args.no_write:
        from .plot import plot

        plot([r for _, rows in tables for r in rows], PLOT)
        info = RunInfo(
            started=f"{started:%Y-%m-%d %H:%M}",
            seconds=time.monotonic() - clock,
            systems=systems,
            corpora=names,
            limit=args.limit,
            memory=not args.no_memory,
        )
        write_markdown(MARKDOWN, PLOT.name, info, tables, verdicts)
        print(f"wrote {MARKDOWN} and {PLOT}", file=sys.stderr)
    if args.check:
        print("\ntargets (benchmarks/targets.py):")
        for verdict in verdicts:
            print("  " + verdict.describe())
        return 1 if any(v.outcome == "fail" for v in verdicts) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
