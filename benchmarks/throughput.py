"""Throughput: pages per second of the ``cleannews`` batch CLI with ``-j 1`` and ``-j 2``,
side by side with trafilatura's own parallel CLI on the same folder.

    .venv/bin/python -m benchmarks.throughput            # the whole dev corpus
    .venv/bin/python -m benchmarks.throughput --limit 200 --repeat 1

The corpus pages (``../shared/corpus/*/pages/*.html.gz``) are decompressed once into a
temporary folder, never into the project. Each run is a fresh process timed wall-clock
from start to exit, start-up included, for both tools: that is what a user waits for.
trafilatura runs with ``--output-format json`` so that it extracts metadata as cleannews
does. Targets: >= 1.8x from 1 to 2 workers, >= 3x trafilatura's pages per second at the
same worker count. Results go to ``benchmarks/results/throughput.json``.

The machine is shared: the load average before each run is recorded next to its time,
with the CPU time per page (which other processes disturb far less than wall-clock time),
and with ``--repeat N`` the runs are interleaved and the best of N per setting is
reported (the least disturbed one).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from .corpus import CORPUS, pages, sources

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
BIN = Path(sys.executable).parent


@dataclass(frozen=True, slots=True)
class Run:
    tool: str
    workers: int
    pages: int
    seconds: float
    #: user + system CPU time of the tool and its worker processes
    cpu_seconds: float
    load_before: float
    ok: int | None = None
    no_article: int | None = None
    failed: int | None = None

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds


def decompress(folder: Path, limit: int | None) -> int:
    """Write the corpus pages as ``<source>/<id>.html`` under ``folder``; return the count."""
    count = 0
    per_source = None if limit is None else max(1, limit // len(sources()))
    for source in sources():
        target = folder / source
        target.mkdir(parents=True, exist_ok=True)
        for number, page in enumerate(pages(source)):
            if per_source is not None and number >= per_source:
                break
            (target / f"{page.id}.html").write_bytes(gzip.decompress(page.path.read_bytes()))
            count += 1
    return count


def _timed(command: list[str]) -> tuple[float, float, float]:
    """Wall-clock seconds, CPU seconds (the tool and the workers it waited for), load."""
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, cpu, load


def run_cleannews(folder: Path, count: int, workers: int, scratch: Path) -> Run:
    out = scratch / f"cleannews-j{workers}.jsonl"
    out.unlink(missing_ok=True)
    command = [str(BIN / "cleannews"), str(folder), "-j", str(workers), "-o", str(out)]
    seconds, cpu, load = _timed(command)
    statuses = {"ok": 0, "no_article": 0, "failed": 0}
    with out.open(encoding="utf-8") as fh:
        for line in fh:
            error = json.loads(line).get("error")
            if error is None:
                statuses["ok"] += 1
            elif error["type"] == "NoArticleFound":
                statuses["no_article"] += 1
            else:
                statuses["failed"] += 1
    done = sum(statuses.values())
    if done != count:
        raise SystemExit(f"cleannews wrote {done} records for {count} pages")
    return Run("cleannews", workers, count, seconds, cpu, load, **statuses)


def run_trafilatura(folder: Path, count: int, workers: int, scratch: Path) -> Run:
    out = scratch / f"trafilatura-p{workers}"
    shutil.rmtree(out, ignore_errors=True)
    command = [
        str(BIN / "trafilatura"),
        "--input-dir",
        str(folder),
        "--parallel",
        str(workers),
        "--output-dir",
        str(out),
        "--output-format",
        "json",
    ]
    seconds, cpu, load = _timed(command)
    written = sum(1 for path in out.rglob("*") if path.is_file()) if out.exists() else 0
    return Run("trafilatura", workers, count, seconds, cpu, load, ok=written)


def best(runs: list[Run]) -> Run:
    return min(runs, key=lambda run: run.seconds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="about this many pages, spread over sources")
    parser.add_argument("--repeat", type=int, default=1, help="runs per setting; best is kept")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--skip-trafilatura", action="store_true")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}: nothing to measure", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="cleannews-throughput-") as temp:
        folder, scratch = Path(temp) / "pages", Path(temp) / "out"
        scratch.mkdir()
        count = decompress(folder, args.limit)
        print(f"{count} pages from {CORPUS} in {folder}", flush=True)
        tools = [run_cleannews] + ([] if args.skip_trafilatura else [run_trafilatura])
        # Repeats are interleaved (j1, j2, j1, j2 ...), not run back to back, so a change
        # in the machine's load falls on every setting alike.
        runs: dict[tuple[str, int], list[Run]] = {}
        for _ in range(args.repeat):
            for workers in args.workers:
                for tool in tools:
                    run = tool(folder, count, workers, scratch)
                    runs.setdefault((run.tool, workers), []).append(run)
                    print(f"  {_line(run)}", flush=True)
        results = [best(setting) for setting in runs.values()]
        print("best of each:")
        for run in results:
            print(_line(run))
    summary = _summary(results)
    for line in summary:
        print(line)
    RESULTS.mkdir(parents=True, exist_ok=True)
    report = {
        "cpus": os.cpu_count(),
        "pages": results[0].pages if results else 0,
        "runs": [{**asdict(run), "pages_per_second": run.pages_per_second} for run in results],
        "summary": summary,
    }
    (RESULTS / "throughput.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


def _line(run: Run) -> str:
    return (
        f"{run.tool:12} -j {run.workers}: {run.seconds:7.1f} s "
        f"{run.pages_per_second:7.1f} pages/s, "
        f"{1000 * run.cpu_seconds / run.pages:6.1f} CPU ms/page "
        f"(load before {run.load_before:.2f})"
    )


def _summary(results: list[Run]) -> list[str]:
    rate = {(run.tool, run.workers): run.pages_per_second for run in results}
    cpu = {(run.tool, run.workers): run.cpu_seconds / run.pages for run in results}
    lines = []
    if ("cleannews", 1) in rate and ("cleannews", 2) in rate:
        scaling = rate["cleannews", 2] / rate["cleannews", 1]
        lines.append(f"cleannews scaling 1 -> 2 workers: {scaling:.2f}x (target >= 1.8x)")
    for workers in sorted({run.workers for run in results}):
        if ("cleannews", workers) in rate and ("trafilatura", workers) in rate:
            ratio = rate["cleannews", workers] / rate["trafilatura", workers]
            lines.append(
                f"cleannews / trafilatura at {workers} worker(s): {ratio:.2f}x pages/s "
                f"(target >= 3x); {cpu['trafilatura', workers] / cpu['cleannews', workers]:.2f}x "
                "less CPU per page"
            )
    return lines


if __name__ == "__main__":
    sys.exit(main())
