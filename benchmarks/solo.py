"""cleannews alone over the corpus, in worker processes: the engine of ``benchmarks.compare``
and ``benchmarks.floor``.

Unlike the full benchmark, nothing here is timed against the peers: pages are scored
exactly as :mod:`benchmarks.scoring` scores them (so the figures match the benchmark's
tables), but spread over a few processes to run fast on a shared machine. Per-page results
are saved as JSONL, one :meth:`PageResult.to_dict` a line, the same form the full
benchmark writes to ``benchmarks/results/``, so either file can serve as a baseline.
"""

from __future__ import annotations

import json
import logging
import math
import signal
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from . import corpus
from .metrics import BodyCounts
from .report import Row, summarise
from .runner import _call, _deadline, _on_alarm
from .scoring import PageResult, score
from .systems import System, decode_page, load

__all__ = ["SUBJECT", "load_results", "rows_by_corpus", "run_corpora", "save_results"]

SUBJECT = "cleannews"
#: pages handed to a worker at a time: large enough to amortise the hand-over
_CHUNK = 16


def _system() -> System:
    (system,) = load((SUBJECT,))
    return system


def _run_one(item: tuple[str, str, dict[str, Any], str]) -> PageResult:
    source, page_id, truth, path = item
    page = corpus.Page(page_id, source, truth, Path(path))
    system = _system()
    data = page.html_bytes()
    # the benchmark's own call: an error or a hang is recorded as the page's outcome
    got, ms = _call(system, data, decode_page(data), truth.get("url"))
    return score(page, SUBJECT, system.fields, got, ms=ms, lxml_ms=math.nan)


def _set_up_worker() -> None:
    # a rule's DEBUG trace is for a reader of one page, not for a run over thousands
    logging.getLogger("cleannews").setLevel(logging.WARNING)
    # the per-call timeout interrupts through SIGALRM, whose default would kill the worker
    signal.signal(signal.SIGALRM, _on_alarm)


def run_corpora(
    names: Sequence[str], *, processes: int = 2, root: Path = corpus.CORPUS
) -> list[PageResult]:
    """Every page of the named corpora through cleannews, in corpus then page order."""
    items = [
        (p.source, p.id, p.truth, str(p.path)) for name in names for p in corpus.pages(name, root)
    ]
    if processes <= 1:
        with _deadline():
            return [_run_one(item) for item in items]
    with ProcessPoolExecutor(processes, initializer=_set_up_worker) as pool:
        return list(pool.map(_run_one, items, chunksize=_CHUNK))


def save_results(path: Path, results: Iterable[PageResult]) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for result in results:
            out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")


def _from_dict(data: dict[str, Any]) -> PageResult:
    fields = dict(data)
    body = fields.get("body")
    fields["body"] = BodyCounts(**body) if body is not None else None
    fields["authors"] = tuple(fields.get("authors") or ())
    return PageResult(**fields)


def load_results(path: Path, system: str = SUBJECT) -> list[PageResult]:
    """One system's per-page results from a JSONL file (``compare --save`` or the full
    benchmark's ``benchmarks/results/pages-*.jsonl``)."""
    found: list[PageResult] = []
    with open(path, encoding="utf-8", newline="") as fh:
        for line in fh.read().split("\n"):
            if line.strip():
                data = json.loads(line)
                if data.get("system") == system:
                    found.append(_from_dict(data))
    return found


def rows_by_corpus(results: Sequence[PageResult]) -> dict[str, Row]:
    """One summary row per corpus, in the order the corpora first appear."""
    grouped: dict[str, list[PageResult]] = {}
    for result in results:
        grouped.setdefault(result.corpus, []).append(result)
    return {name: summarise(name, SUBJECT, mine, None) for name, mine in grouped.items()}
