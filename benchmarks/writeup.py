"""docs/benchmarks.md: the tables of one run, with its date, machine, versions and method."""

from __future__ import annotations

import os
import platform
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .procedure import CHECKING_A_CHANGE
from .report import Row, markdown_table
from .systems import System
from .targets import Verdict

__all__ = ["REFERENCE", "RunInfo", "machine", "write_markdown"]

#: The issue's reference numbers on these dev sets (trafilatura 2.3.1, readability-lxml
#: 0.9, same method, one run), to check the re-implemented measures against: per corpus,
#: trafilatura (F1, headline, authors, date), readability-lxml F1, resiliparse F1, and
#: trafilatura's time as a multiple of the lxml parse. None: not annotated.
REFERENCE: tuple[
    tuple[str, tuple[float, float | None, float | None, float | None], float, float, float],
    ...,
] = (
    ("aeb", (0.965, None, None, None), 0.963, 0.904, 20.0),
    ("wcxb", (0.932, 0.54, 0.63, 0.85), 0.899, 0.874, 27.0),
    ("fundus", (0.951, 0.68, 0.80, 0.96), 0.884, 0.863, 13.0),
    ("readability", (0.938, 0.65, 0.47, 0.94), 0.962, 0.915, 23.0),
    ("newspaper4k", (0.937, 0.53, 0.53, 1.0), 0.954, 0.857, 11.0),
)


@dataclass(frozen=True, slots=True)
class RunInfo:
    started: str
    seconds: float
    systems: tuple[System, ...]
    corpora: tuple[str, ...]
    limit: int | None
    memory: bool


def _cpu() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _memory_gib() -> str:
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return "? GiB"
    return f"{pages / 2**30:.0f} GiB"


def machine() -> str:
    return (
        f"{_cpu()}, {os.cpu_count()} cores, {_memory_gib()} RAM, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}"
    )


def _git(repo: Path, *args: str) -> str:
    try:
        done = subprocess.run(
            ["git", "-C", str(repo), *args],
            capture_output=True,
            text=True,
            check=False,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.strip()


def _commit(repo: Path) -> str:
    """The commit measured, flagged when the library's files differ from it."""
    commit = _git(repo, "rev-parse", "--short", "HEAD") or "unknown"
    if _git(repo, "status", "--porcelain", "--", "src"):
        commit += " with uncommitted changes under src/"
    return commit


_METHOD = """\
## Method

- **Pages.** Every corpus under `../shared/corpus` (see its README and each `SOURCE.md`;
  pages are read from there, never copied). Each table says how many pages score each
  field: a field a page does not annotate is left out of that rate, never counted as 0.
  All scores are over *article* pages only; wcxb's non-article pages (forum, listing,
  product, ...) count only in the time, the errors and the no-article column.
  *no-article* counts `NoArticleFound`; where a corpus has non-article pages it adds the
  share of those rejected and the share of article pages rejected. htmldate and goose3
  mark every page "article" by default although some are home or listing pages, so a
  rejection there is not always wrong. readability's and newspaper4k's truths are those
  projects' regression outputs, not human annotation (see their `SOURCE.md`).
- **One process, interleaved.** For each page: read and decode it (untimed), time one plain
  `lxml.html.document_fromstring` parse (the baseline), then every system, in an order
  that rotates by one place per page. Each system runs once on the first page before
  timing. Wall time per call (`perf_counter_ns`). *median ms* is the median over the
  corpus' pages; *× lxml* is the system's whole-corpus time divided by the baseline's
  whole-corpus time on the same pages, which cancels most of the machine's speed and
  load. A call longer than 60 s is stopped and counted as an error; an exception is
  counted as an error, never fatal (the peers' own error logging is silenced).
- **Input.** cleannews gets the page bytes (`cleannews.extract(bytes, url=...)`) and
  decodes them itself, inside its timed call. The peers get text decoded once per page,
  the same way for all (outside their timed call): BOM, else the charset declared in the
  first 8 KiB when it decodes cleanly, else UTF-8, else cp1252 with replacement; the
  baseline parses that same text.
- **Adapters.** trafilatura: `bare_extraction(text, url=..., with_metadata=True)`, default
  (balanced) settings, so comments are included as by default; authors split on `;`.
  readability-lxml: `Document(text).summary()` turned to text (text nodes joined by
  spaces) and `.title()` as headline. resiliparse:
  `extract_plain_text(text, main_content=True)`, body only. newspaper4k, where installed:
  `Article(url, fetch_images=False).download(input_html=text)` then `.parse()` (no image
  downloads: the benchmark is offline). cleannews:
  `NoArticleFound` is counted in *no-article* (and scores an empty body on an article
  page), any other `CleannewsError` as an error; captions are `caption.text` plus credit.
- **Body F1** (the article-extraction-benchmark's measure, re-implemented in
  `benchmarks/metrics.py`): word 4-gram shingles of the extracted and the true body;
  per page, TP/FP/FN over the shingle multisets normalised to sum to 1; precision and
  recall from the sums over pages; F1 from those two (not a mean of per-page F1s).
  Tokens: `\\w+` of the NFKC-normalised, lower-cased text.
- **Fields.** headline: exact match after NFKC, whitespace and typographic quote/dash
  normalisation (’ = ', “ = ", — = -; case counts). authors: F1 of the two name sets
  per page (case and punctuation ignored; strings are split on `;`, `,`, `&`, `|`,
  "and"/"und"/"et"/"y" on both sides, because wcxb and readability annotate several
  authors as one string), averaged over pages; an empty truth list means "no author"
  and scores 1 only when none is returned. *auth. P* / *auth. R*: precision and recall
  of those names pooled over every page that annotates authors (a name the truth does
  not give, such as an organisation or a place, counts against precision). date: the
  calendar day (first 10 characters) matches. A field a system never returns
  (readability-lxml: authors, date; resiliparse: all) shows "–", not 0.
- **Captions**: *capt. found* (recall): the share of annotated captions (pooled over
  pages) whose words occur as a run in the system's `captions` (cleannews only: the
  peers return none apart); *capt. P* (precision): the share of the captions a system
  emits, on pages whose truth annotates captions, that match an annotated one (the
  words of one occur as a run in the other's); on a page annotated as having none, every
  emitted caption is junk. Credits are not scored: no source annotates them apart. "in
  body": the share of annotated captions whose words occur in the body (lower is
  better; shown for every system). Only fundus, readability and pangea annotate
  captions; dragnet's truth holds its captions inside the body text and none is derived
  from it here. **with / without**: the share of must-appear snippets found in the body,
  and of must-not-appear snippets absent from it (both higher is better).
- **Memory** is measured apart from the timed run, which shares one heap between systems:
  each (system, corpus) runs again in a forked child that already holds the pages;
  *peak MiB* is its peak resident set (getrusage) minus its RSS after a warm-up call, so
  it counts C heaps (libxml2, resiliparse) that tracemalloc would miss. *growth MiB* is
  RSS after a second pass over the same pages minus RSS after the first: the first pass
  already met the largest page, so what still grows is memory kept per page (a leak);
  near 0 means memory is flat in the page count. A cache keyed by page content would not
  show here (the second pass repeats the pages). RSS includes allocator slack, so values
  of a few MiB are noise.
- **Overall** pools the pages of every corpus (so larger corpora weigh more).
"""


def _pair(reference: float | None, value: float | None, digits: int = 3) -> str:
    ref = "–" if reference is None else f"{reference:.{digits}f}"
    got = "–" if value is None else f"{value:.{digits}f}"
    return f"{ref} / {got}"


def _reference(rows: Sequence[Row]) -> str:
    by_key = {(r.corpus, r.system): r for r in rows}
    lines = [
        "## Check of the re-implemented measures",
        "",
        "The peers in this run against the issue's reference numbers for the same dev sets "
        "(*reference / this run*; trafilatura 2.3.1, readability-lxml 0.9). Close agreement "
        "means the scores are computed as the reference computed them.",
        "",
        "| corpus | trafilatura F1 | headline | authors | date | readability-lxml F1 "
        "| resiliparse F1 | trafilatura × lxml |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for corpus, (f1, headline, authors, date), readability, resiliparse, speed in REFERENCE:
        traf = by_key.get((corpus, "trafilatura"))
        read = by_key.get((corpus, "readability-lxml"))
        resi = by_key.get((corpus, "resiliparse"))
        cells = [
            corpus,
            _pair(f1, traf.f1 if traf else None),
            _pair(headline, traf.headline if traf else None, 2),
            _pair(authors, traf.authors if traf else None, 2),
            _pair(date, traf.date if traf else None, 2),
            _pair(readability, read.f1 if read else None),
            _pair(resiliparse, resi.f1 if resi else None),
            _pair(speed, traf.x_lxml if traf else None, 0),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines += [
        "",
        "Body F1, headline and date agree to within about 0.01 (readability-lxml depends on",
        "how its summary HTML is turned into text). Authors come out higher here by",
        "definition: the reference does not state its author measure; this harness splits",
        "multi-name strings and scores pages annotated as having no author. Times are",
        "multiples of the lxml parse on a shared machine, so expect ±30 %.",
    ]
    return "\n".join(lines)


def _verdicts(verdicts: Sequence[Verdict]) -> str:
    counts = {k: sum(v.outcome == k for v in verdicts) for k in ("pass", "fail", "skip")}
    lines = [
        "## Targets (`python -m benchmarks --check`)",
        "",
        "cleannews against `benchmarks/targets.py` (issues 3 and 12) in this run: "
        f"{counts['pass']} pass, {counts['fail']} fail, {counts['skip']} skip (field not "
        "annotated or system not run).",
        "",
        "```",
        *(v.describe() for v in verdicts if v.outcome != "skip"),
        "```",
    ]
    return "\n".join(lines)


def write_markdown(
    path: Path,
    plot_name: str,
    info: RunInfo,
    tables: Sequence[tuple[str, Sequence[Row]]],
    verdicts: Sequence[Verdict],
) -> None:
    repo = path.resolve().parent.parent
    versions = ", ".join(f"{s.name} {s.version}" for s in info.systems)
    scope = f"first {info.limit} pages of each corpus" if info.limit else "every page"
    head = [
        "# Benchmarks",
        "",
        "Written by `python -m benchmarks` (install with `pip install -e '.[bench]'`); "
        "do not edit by hand. Options: `--corpus NAME` (repeatable), `--systems a,b`, "
        "`--limit N`, `--no-memory`, `--no-write`, `--check` (exit 1 when cleannews misses a "
        "target in `benchmarks/targets.py`; not part of CI). Raw per-page results go to "
        "`benchmarks/results/` (not committed).",
        "",
        f"- Run: {info.started} UTC, {info.seconds / 60:.1f} min, {scope}, "
        f"cleannews at commit {_commit(repo)}",
        f"- Machine: {machine()} (shared with other work while it ran)",
        f"- Versions: {versions}",
        f"- Memory measured: {'yes' if info.memory else 'no (--no-memory)'}",
        "",
        f"![body F1 against median ms per page]({plot_name})",
        "",
    ]
    body: list[str] = []
    for title, rows in tables:
        body += [markdown_table(title, rows), ""]
    text = "\n".join(
        [
            *head,
            "## Results",
            "",
            *body,
            _reference([r for _, rows in tables for r in rows]),
            "",
            _verdicts(verdicts),
            "",
            CHECKING_A_CHANGE,
            _METHOD,
        ]
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
