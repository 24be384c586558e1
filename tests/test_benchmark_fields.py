"""The field measures of issue 12: caption precision, authors precision and recall."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from benchmarks.corpus import Page
from benchmarks.metrics import authors_counts, caption_matches
from benchmarks.report import summarise
from benchmarks.scoring import score
from benchmarks.systems import Extraction


def _page(**truth: Any) -> Page:
    fields: dict[str, Any] = {
        "id": "t-1",
        "page_type": "article",
        "title": None,
        "authors": None,
        "published": None,
        "body": None,
        "captions": None,
        "with": None,
        "without": None,
    }
    fields.update(truth)
    return Page(id="t-1", source="t", truth=fields, path=Path("unused.html.gz"))


def test_a_caption_matches_when_either_holds_the_other_as_a_run_of_words() -> None:
    truth = ["Clouds gather over the valley", "A farmer checks his field (Photo: Ann Lee)"]
    emitted = [
        "Clouds gather over the valley. Photo: Ann Lee",  # the emitted one carries a credit
        "A farmer checks his field",  # the truth carries the credit
        "Read more: the dam opens",  # a teaser, not a caption
    ]
    assert caption_matches(emitted, truth) == 2
    assert caption_matches(emitted, []) == 0


def test_authors_counts_split_and_compare_names_like_the_f1() -> None:
    assert authors_counts(["Jane Doe and John Roe", "Valley Post"], ["jane doe", "John Roe"]) == (
        3,
        2,
        2,
    )
    assert authors_counts([], []) == (0, 0, 0)


def test_caption_precision_counts_every_caption_on_a_page_annotated_as_having_none() -> None:
    fields = frozenset({"captions", "authors"})
    with_captions = score(
        _page(captions=["Clouds over the valley"], authors=["Jane Doe"]),
        "cleannews",
        fields,
        Extraction(
            "ok", captions=("Clouds over the valley", "Subscribe now"), authors=("Jane Doe",)
        ),
        ms=1.0,
        lxml_ms=1.0,
    )
    without = score(
        _page(captions=[], authors=[]),
        "cleannews",
        fields,
        Extraction("ok", captions=("Logo of the site",), authors=("Valley Post",)),
        ms=1.0,
        lxml_ms=1.0,
    )
    unannotated = score(
        _page(),
        "cleannews",
        fields,
        Extraction("ok", captions=("Anything",)),
        ms=1.0,
        lxml_ms=1.0,
    )
    assert unannotated.captions_emitted is None
    row = summarise("t", "cleannews", [with_captions, without, unannotated], None)
    assert row.captions_emitted == 3
    assert row.captions_precision == pytest.approx(1 / 3)
    assert row.captions_found == 1.0
    # Jane Doe right, Valley Post a false author on a page annotated as having none
    assert row.authors_precision == pytest.approx(1 / 2)
    assert row.authors_recall == 1.0
