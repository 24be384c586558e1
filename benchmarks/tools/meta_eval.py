"""Quick metadata evaluation: cleannews' read_metadata next to trafilatura's, per corpus.

    python -m benchmarks.tools.meta_eval [--corpus fundus wcxb] [--limit N] [--show-misses FIELD]
                                   [--no-peer] [--peer-cache PATH]

Prints, per corpus, headline exact match, authors F1 and published-date match, each scored
over the pages whose truth annotates that field (article pages only; an empty author list
in the truth counts, and scores 1.0 only when no author is returned), with the metrics of
``benchmarks/metrics.py``, plus the median time of ``read_metadata`` on a parsed page.
trafilatura's answers are cached in ``--peer-cache`` (a file outside the repo) so that
iterating stays cheap. This is an iteration tool; the full benchmark with timings lives
elsewhere in benchmarks/.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cleannews._document import Document, decode_bytes
from cleannews._errors import CleannewsError
from cleannews.metadata import read_metadata

from ..corpus import CORPUS, Page, pages, sources
from ..metrics import authors_f1, same_date, same_headline

FIELDS = ("headline", "authors", "published")
DEFAULT_CORPORA = (
    "fundus",
    "wcxb",
    "readability",
    "newspaper4k",
    "postlight-parser",
    "goose3",
    "htmldate",
)
DEFAULT_CACHE = Path("/tmp/cleannews-meta-eval-trafilatura.json")


@dataclass(frozen=True, slots=True)
class Answer:
    headline: str | None
    authors: tuple[str, ...]
    published: str | None


@dataclass(slots=True)
class Tally:
    scores: dict[str, list[float]] = field(default_factory=lambda: {f: [] for f in FIELDS})

    def mean(self, name: str) -> str:
        values = self.scores[name]
        return f"{sum(values) / len(values):.3f} ({len(values)})" if values else "–"


def ours(html: str, url: str | None) -> Answer:
    try:
        doc = Document.from_markup(html, url=url)
    except CleannewsError:
        return Answer(None, (), None)
    meta = read_metadata(doc)
    return Answer(meta.headline, meta.authors, meta.published)


def _timed_metadata(html: str, url: str | None) -> float:
    """Seconds read_metadata takes on an already parsed page (the parse not included)."""
    try:
        doc = Document.from_markup(html, url=url)
    except CleannewsError:
        return 0.0
    start = time.perf_counter()
    read_metadata(doc)
    return time.perf_counter() - start


def trafilatura_answer(html: str, url: str | None) -> Answer:
    from trafilatura.metadata import extract_metadata

    try:
        doc = extract_metadata(html, default_url=url)
    except (ValueError, TypeError, AttributeError):
        # the peer's own failures count as empty answers, as a crash would in a batch
        return Answer(None, (), None)
    authors = tuple(a.strip() for a in (doc.author or "").split(";") if a.strip())
    return Answer(doc.title, authors, doc.date)


def score(answer: Answer, truth: dict[str, object]) -> dict[str, float]:
    out: dict[str, float] = {}
    if isinstance(truth.get("title"), str):
        out["headline"] = float(same_headline(answer.headline, str(truth["title"])))
    true_authors = truth.get("authors")
    if isinstance(true_authors, list):
        out["authors"] = authors_f1(answer.authors, [str(a) for a in true_authors])
    if isinstance(truth.get("published"), str):
        out["published"] = float(same_date(answer.published, str(truth["published"])))
    return out


def _truth_value(name: str, truth: dict[str, object]) -> object:
    return truth["title" if name == "headline" else name]


def run(args: argparse.Namespace) -> int:
    cache: dict[str, dict[str, object]] = {}
    if not args.no_peer and args.peer_cache.is_file():
        cache = json.loads(args.peer_cache.read_text(encoding="utf-8"))
    systems: dict[str, Callable[[str, str | None], Answer]] = {"cleannews": ours}
    corpora = args.corpus or [s for s in DEFAULT_CORPORA if s in sources(CORPUS)]
    rows: list[str] = []
    for source in corpora:
        tallies = {"cleannews": Tally(), "trafilatura": Tally()}
        seconds: list[float] = []
        page: Page
        for n, page in enumerate(pages(source)):
            if args.limit and n >= args.limit:
                break
            if not page.is_article:
                continue
            html = decode_bytes(page.html_bytes())
            url = page.truth.get("url")
            answers = {name: fn(html, url) for name, fn in systems.items()}
            seconds.append(_timed_metadata(html, url))
            if not args.no_peer:
                cached = cache.get(page.id)
                if cached is None:
                    peer = trafilatura_answer(html, url)
                    cache[page.id] = {
                        "headline": peer.headline,
                        "authors": list(peer.authors),
                        "published": peer.published,
                    }
                else:
                    peer = Answer(
                        cached["headline"],  # type: ignore[arg-type]
                        tuple(cached["authors"]),  # type: ignore[arg-type]
                        cached["published"],  # type: ignore[arg-type]
                    )
                answers["trafilatura"] = peer
            for name, answer in answers.items():
                for key, value in score(answer, page.truth).items():
                    tallies[name].scores[key].append(value)
            mine = score(answers["cleannews"], page.truth)
            for name in args.show_misses or ():
                if mine.get(name, 1.0) < 1.0:
                    got = getattr(answers["cleannews"], name)
                    peer_got = (
                        getattr(answers["trafilatura"], name) if "trafilatura" in answers else ""
                    )
                    want = _truth_value(name, page.truth)
                    print(
                        f"MISS {name} {page.id}: got {got!r} want {want!r}"
                        f" | trafilatura {peer_got!r}"
                    )
        for name, tally in tallies.items():
            if name == "trafilatura" and args.no_peer:
                continue
            timing = (
                f" median {statistics.median(seconds) * 1000:.1f} ms"
                if name == "cleannews" and seconds
                else ""
            )
            rows.append(
                f"{source:18} {name:12} "
                + " ".join(f"{f}={tally.mean(f):16}" for f in FIELDS)
                + timing
            )
    if not args.no_peer:
        args.peer_cache.write_text(json.dumps(cache), encoding="utf-8")
    print("\n".join(rows))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", nargs="*", help="corpus folders (default: the annotated ones)")
    parser.add_argument("--limit", type=int, default=0, help="first N pages of each corpus")
    parser.add_argument("--show-misses", nargs="*", choices=FIELDS, help="print our misses")
    parser.add_argument("--no-peer", action="store_true", help="skip trafilatura")
    parser.add_argument("--peer-cache", type=Path, default=DEFAULT_CACHE)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
