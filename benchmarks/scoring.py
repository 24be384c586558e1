"""One page's result for one system: its time, what it returned, and every score the truth
of that page allows (a field the page does not annotate scores None, never 0)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from .corpus import Page
from .metrics import (
    BodyCounts,
    authors_counts,
    authors_f1,
    body_counts,
    caption_matches,
    has_words,
    same_date,
    same_headline,
    word_string,
)
from .systems import Extraction, Field, Outcome

__all__ = ["PageResult", "score"]


@dataclass(frozen=True, slots=True)
class PageResult:
    corpus: str
    page_id: str
    system: str
    is_article: bool
    outcome: Outcome
    ms: float
    #: the plain lxml parse of the same page, timed in the same round
    lxml_ms: float
    error: str | None = None
    body: BodyCounts | None = None
    headline_ok: bool | None = None
    authors_f1: float | None = None
    #: names predicted / annotated / in both (pooled into authors precision and recall)
    authors_predicted: int = 0
    authors_true: int = 0
    authors_common: int = 0
    date_ok: bool | None = None
    captions_total: int = 0
    #: None when the system returns no captions at all
    captions_found: int | None = None
    captions_in_body: int = 0
    #: the truth annotates captions (an empty list: annotated as having none)
    captions_annotated: bool = False
    #: captions the system emitted on such a page (None when it returns no captions at all)
    captions_emitted: int | None = None
    #: of those, how many match an annotated caption
    captions_matched: int = 0
    with_total: int = 0
    with_found: int = 0
    without_total: int = 0
    without_absent: int = 0
    # what the system returned, kept for the raw results only
    text: str = ""
    headline: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str) and v.strip()] if value else []


def score(
    page: Page,
    system: str,
    fields: frozenset[Field],
    got: Extraction,
    *,
    ms: float,
    lxml_ms: float,
) -> PageResult:
    """Scores over article pages only; a non-article page keeps just its time and outcome.
    A field the system never returns (not in ``fields``) scores None, like an unannotated one.
    """
    truth = page.truth
    common: dict[str, Any] = {
        "corpus": page.source,
        "page_id": page.id,
        "system": system,
        "is_article": page.is_article,
        "outcome": got.outcome,
        "ms": ms,
        "lxml_ms": lxml_ms,
        "error": got.error,
        "text": got.text,
        "headline": got.headline,
        "authors": got.authors,
        "published": got.published,
    }
    if not page.is_article:
        return PageResult(**common)
    words = word_string(got.text)
    annotated = truth.get("captions") is not None and "captions" in fields
    captions = _strings(truth.get("captions"))
    emitted = _strings(got.captions) if annotated else []
    with_snippets = _strings(truth.get("with"))
    without_snippets = _strings(truth.get("without"))
    caption_words = word_string(" \n ".join(got.captions)) if "captions" in fields else None
    title = truth.get("title") if "headline" in fields else None
    authors = truth.get("authors") if "authors" in fields else None
    author_counts = authors_counts(got.authors, authors) if authors is not None else (0, 0, 0)
    published = truth.get("published") if "published" in fields else None
    return PageResult(
        **common,
        body=body_counts(got.text, truth["body"]) if truth.get("body") is not None else None,
        headline_ok=same_headline(got.headline, title) if title else None,
        authors_f1=authors_f1(got.authors, authors) if authors is not None else None,
        authors_predicted=author_counts[0],
        authors_true=author_counts[1],
        authors_common=author_counts[2],
        date_ok=same_date(got.published, published) if published else None,
        captions_total=len(captions),
        captions_found=(
            sum(has_words(caption_words, c) for c in captions)
            if caption_words is not None
            else None
        ),
        captions_in_body=sum(has_words(words, c) for c in captions),
        captions_annotated=annotated,
        captions_emitted=len(emitted) if annotated else None,
        captions_matched=caption_matches(emitted, captions),
        with_total=len(with_snippets),
        with_found=sum(has_words(words, s) for s in with_snippets),
        without_total=len(without_snippets),
        without_absent=sum(not has_words(words, s) for s in without_snippets),
    )
