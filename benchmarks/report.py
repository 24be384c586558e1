"""Per-page results summed up into one row per system and corpus, and the tables.

Every rate is taken only over the pages that annotate its field (the count is shown), and
scores (body, headline, authors, date, captions, snippets) only over article pages.
Caption and snippet shares are pooled over captions and snippets, not averaged per page:
caption recall ("capt. found") over the annotated captions, caption precision ("capt. P")
over the captions a system emits on pages that annotate captions (on a page annotated as
having none, every emitted caption is junk). Authors precision and recall are pooled over the
names of the pages that annotate authors; "authors" stays the mean per-page F1.
The overall row pools the pages of every corpus.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from .memory import Memory
from .metrics import body_score
from .scoring import PageResult

__all__ = ["OVERALL", "Row", "markdown_table", "summarise", "text_table"]

OVERALL = "overall"


@dataclass(frozen=True, slots=True)
class Row:
    corpus: str
    system: str
    pages: int
    body_pages: int
    f1: float | None
    precision: float | None
    recall: float | None
    headline: float | None
    headline_pages: int
    authors: float | None
    authors_pages: int
    #: pooled over the names of every page that annotates authors
    authors_precision: float | None
    authors_recall: float | None
    date: float | None
    date_pages: int
    captions_found: float | None
    captions_in_body: float | None
    captions: int
    #: emitted captions that match an annotated one, over pages that annotate captions
    captions_precision: float | None
    captions_emitted: int
    with_rate: float | None
    without_rate: float | None
    median_ms: float
    total_ms: float
    x_lxml: float | None
    errors: int
    no_article: int
    #: share of non-article pages that raised NoArticleFound / of article pages that did
    non_article_rejected: float | None
    article_rejected: float | None
    peak_mib: float | None = None
    growth_mib: float | None = None


def _share(hits: Sequence[bool | float]) -> float | None:
    return sum(hits) / len(hits) if hits else None


def _pooled(found: int, total: int) -> float | None:
    return found / total if total else None


def summarise(
    corpus: str, system: str, results: Sequence[PageResult], memory: Memory | None
) -> Row:
    """The row of one system over ``results`` (that system's results on one or more corpora)."""
    articles = [r for r in results if r.is_article]
    others = [r for r in results if not r.is_article]
    bodies = [r.body for r in articles if r.body is not None]
    score = body_score(bodies) if bodies else None
    headlines = [r.headline_ok for r in articles if r.headline_ok is not None]
    authors = [r.authors_f1 for r in articles if r.authors_f1 is not None]
    dates = [r.date_ok for r in articles if r.date_ok is not None]
    captioned = [r for r in articles if r.captions_total]
    caption_pages = [r for r in articles if r.captions_annotated and r.captions_emitted is not None]
    emitted = sum(r.captions_emitted or 0 for r in caption_pages)
    named = [r for r in articles if r.authors_f1 is not None]
    captions = sum(r.captions_total for r in captioned)
    gives_captions = any(r.captions_found is not None for r in captioned)
    timed = [r for r in results if not math.isnan(r.lxml_ms)]
    lxml_total = sum(r.lxml_ms for r in timed)
    return Row(
        corpus=corpus,
        system=system,
        pages=len(results),
        body_pages=len(bodies),
        f1=score.f1 if score else None,
        precision=score.precision if score else None,
        recall=score.recall if score else None,
        headline=_share(headlines),
        headline_pages=len(headlines),
        authors=_share(authors),
        authors_pages=len(authors),
        authors_precision=(
            _pooled(sum(r.authors_common for r in named), sum(r.authors_predicted for r in named))
            if named
            else None
        ),
        authors_recall=(
            _pooled(sum(r.authors_common for r in named), sum(r.authors_true for r in named))
            if named
            else None
        ),
        date=_share(dates),
        date_pages=len(dates),
        captions_found=(
            _pooled(sum(r.captions_found or 0 for r in captioned), captions)
            if gives_captions
            else None
        ),
        captions_in_body=_pooled(sum(r.captions_in_body for r in captioned), captions),
        captions=captions,
        captions_precision=(
            _pooled(sum(r.captions_matched for r in caption_pages), emitted)
            if caption_pages
            else None
        ),
        captions_emitted=emitted,
        with_rate=_pooled(sum(r.with_found for r in articles), sum(r.with_total for r in articles)),
        without_rate=_pooled(
            sum(r.without_absent for r in articles), sum(r.without_total for r in articles)
        ),
        median_ms=statistics.median(r.ms for r in results) if results else 0.0,
        total_ms=sum(r.ms for r in results),
        x_lxml=sum(r.ms for r in timed) / lxml_total if lxml_total else None,
        errors=sum(r.outcome == "error" for r in results),
        no_article=sum(r.outcome == "no_article" for r in results),
        non_article_rejected=_share([r.outcome == "no_article" for r in others]),
        article_rejected=_share([r.outcome == "no_article" for r in articles]),
        peak_mib=memory.peak_mib if memory else None,
        growth_mib=memory.growth_mib if memory else None,
    )


# a value the corpus cannot score shows as "–", never as 0
def _fmt(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


COLUMNS: tuple[str, ...] = (
    "system",
    "F1",
    "P",
    "R",
    "headline",
    "authors",
    "auth. P",
    "auth. R",
    "date",
    "capt. P",
    "capt. found",
    "capt. in body",
    "with",
    "without",
    "median ms",
    "× lxml",
    "peak MiB",
    "growth MiB",
    "errors",
    "no-article",
)


def _cells(row: Row) -> list[str]:
    rejected = str(row.no_article)
    if row.non_article_rejected is not None:
        # where the corpus has non-article pages: the share of each kind rejected
        rejected += (
            f" (non-art. {row.non_article_rejected:.2f}, art. {_fmt(row.article_rejected, 2)})"
        )
    return [
        row.system,
        _fmt(row.f1),
        _fmt(row.precision),
        _fmt(row.recall),
        _fmt(row.headline, 2),
        _fmt(row.authors, 2),
        _fmt(row.authors_precision, 2),
        _fmt(row.authors_recall, 2),
        _fmt(row.date, 2),
        _fmt(row.captions_precision, 2),
        _fmt(row.captions_found, 2),
        _fmt(row.captions_in_body, 2),
        _fmt(row.with_rate, 2),
        _fmt(row.without_rate, 2),
        f"{row.median_ms:.1f}",
        _fmt(row.x_lxml, 1),
        _fmt(row.peak_mib, 1),
        _fmt(row.growth_mib, 1),
        str(row.errors),
        rejected,
    ]


def _annotated(rows: Sequence[Row]) -> str:
    row = rows[0]
    return (
        f"{row.pages} pages; scored: body {row.body_pages}, headline {row.headline_pages}, "
        f"authors {row.authors_pages}, date {row.date_pages}, captions {row.captions}"
        f" (emitted {row.captions_emitted})"
    )


def text_table(title: str, rows: Sequence[Row]) -> str:
    """A fixed-width table for the terminal."""
    body = [list(COLUMNS), *(_cells(r) for r in rows)]
    widths = [max(len(line[i]) for line in body) for i in range(len(COLUMNS))]
    lines = [f"== {title}: {_annotated(rows)}"]
    for line in body:
        lines.append(
            "  ".join(
                cell.rjust(w) if i else cell.ljust(w)
                for i, (cell, w) in enumerate(zip(line, widths, strict=True))
            )
        )
    return "\n".join(lines)


def markdown_table(title: str, rows: Sequence[Row]) -> str:
    lines = [f"### {title}", "", _annotated(rows), ""]
    lines.append("| " + " | ".join(COLUMNS) + " |")
    lines.append("|" + "|".join("---" if i == 0 else "---:" for i in range(len(COLUMNS))) + "|")
    lines.extend("| " + " | ".join(_cells(r)) + " |" for r in rows)
    return "\n".join(lines)
