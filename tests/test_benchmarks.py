"""The benchmark's scoring, on texts written here with hand-computed results (no timing)."""

from __future__ import annotations

import gzip
import math
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from benchmarks.corpus import Page
from benchmarks.metrics import (
    BodyCounts,
    authors_f1,
    body_counts,
    body_score,
    has_words,
    same_date,
    same_headline,
    shingles,
    tokens,
    word_string,
)
from benchmarks.report import Row, summarise
from benchmarks.runner import run_pages
from benchmarks.scoring import PageResult, score
from benchmarks.systems import Extraction, System, decode_page
from benchmarks.targets import BEST_PEER, Target, check

# -- tokens and shingles ---------------------------------------------------------------


def test_tokens_fold_case_punctuation_and_compatibility_forms() -> None:
    assert tokens("Hello, World! The ﬁnal “count”: 42.") == [
        "hello",
        "world",
        "the",
        "final",
        "count",
        "42",
    ]


def test_shingles_are_word_4grams_and_a_short_text_is_one_shingle() -> None:
    assert shingles("a b c d e") == Counter({("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1})
    assert shingles("only three words") == Counter({("only", "three", "words"): 1})
    assert shingles("  ...  ") == Counter()


# -- body counts and the AEB aggregate -------------------------------------------------


def test_identical_texts_are_all_true_positives() -> None:
    assert body_counts("one two three four five", "One two, three four five.") == BodyCounts(
        1.0, 0.0, 0.0
    )


def test_counts_are_normalised_to_sum_to_one() -> None:
    # truth shingles: (1 2 3 4), (2 3 4 5); predicted: (1 2 3 4), (2 3 4 6)
    got = body_counts("one two three four six", "one two three four five")
    assert got == BodyCounts(1 / 3, 1 / 3, 1 / 3)


def test_repeated_shingles_count_as_a_multiset() -> None:
    # truth has "a b c d" once; the prediction has it twice: one hit, one false positive
    got = body_counts("a b c d a b c d", "a b c d")
    # predicted shingles: abcd, bcda, cdab, dabc, abcd -> 1 tp, 4 fp, 0 fn
    assert got == BodyCounts(1 / 5, 4 / 5, 0.0)


def test_empty_prediction_is_all_false_negatives_and_both_empty_counts_nothing() -> None:
    assert body_counts("", "some true body text") == BodyCounts(0.0, 0.0, 1.0)
    assert body_counts("", "") == BodyCounts(0.0, 0.0, 0.0)


def test_precision_and_recall_come_from_summed_counts_not_from_per_page_f1() -> None:
    perfect, missed = BodyCounts(1.0, 0.0, 0.0), BodyCounts(0.0, 0.0, 1.0)
    result = body_score([perfect, missed])
    assert result.precision == 1.0
    assert result.recall == 0.5
    assert result.f1 == pytest.approx(2 / 3)  # the mean of per-page F1s would be 0.5
    assert result.pages == 2


def test_body_score_of_half_precise_and_half_complete_pages() -> None:
    result = body_score([BodyCounts(0.5, 0.5, 0.0), BodyCounts(0.5, 0.0, 0.5)])
    assert result.precision == pytest.approx(1 / 1.5)
    assert result.recall == pytest.approx(1 / 1.5)
    assert result.f1 == pytest.approx(2 / 3)


def test_body_score_of_nothing_is_zero() -> None:
    assert body_score([]).f1 == 0.0


# -- fields ----------------------------------------------------------------------------


def test_authors_are_split_the_same_way_on_both_sides() -> None:
    assert authors_f1(["Jane Doe", "john smith"], ["John Smith and Jane Doe"]) == 1.0
    assert authors_f1(["María López; Ana Ruiz"], ["Ana Ruiz", "María López"]) == 1.0


def test_authors_partial_and_empty() -> None:
    assert authors_f1(["Ann Lee", "Bob Ray"], ["Ann Lee"]) == pytest.approx(2 / 3)
    assert authors_f1([], []) == 1.0  # annotated as having no author, none returned
    assert authors_f1(["Staff"], []) == 0.0
    assert authors_f1([], ["Ann Lee"]) == 0.0


def test_date_compares_the_calendar_day() -> None:
    assert same_date("2024-04-28T10:00:00+02:00", "2024-04-28")
    assert same_date("2024-04-28", "2024-04-28T23:59:00+00:00")
    assert not same_date("2024-04-27T10:00:00", "2024-04-28")
    assert not same_date(None, "2024-04-28")


def test_headline_ignores_spacing_but_not_case() -> None:
    assert same_headline("Big\u00a0news  today ", "Big news today")
    assert not same_headline("big news today", "Big news today")
    assert not same_headline(None, "Big news today")
    assert same_headline("Heartsteel’s “song” — live", 'Heartsteel\'s "song" - live')


def test_snippets_match_whole_words_only() -> None:
    words = word_string("The cathedral's Cat sat, quietly.")
    assert has_words(words, "cat sat")
    assert has_words(words, "CATHEDRAL S CAT")
    assert not has_words(words, "hedral")
    assert not has_words(words, "sat cat")
    assert not has_words(words, "—")


# -- decoding for the peers ------------------------------------------------------------


def test_decode_page_follows_bom_declaration_then_utf8() -> None:
    assert decode_page(b'<meta charset="iso-8859-1"><p>caf\xe9') == (
        '<meta charset="iso-8859-1"><p>café'
    )
    assert decode_page(b"\xef\xbb\xbf<p>\xc3\xa9t\xc3\xa9") == "<p>été"
    # declared UTF-8 but not UTF-8: cp1252 is the last resort
    assert decode_page(b'<meta charset="utf-8"><p>caf\xe9') == '<meta charset="utf-8"><p>café'
    assert decode_page(b'<meta charset="no-such-codec"><p>\xc3\xa9') == (
        '<meta charset="no-such-codec"><p>é'
    )


# -- one page scored -------------------------------------------------------------------


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
    return Page(str(fields["id"]), "t", fields, Path("unused.html.gz"))


def test_score_takes_only_annotated_fields_and_fields_the_system_returns() -> None:
    page = _page(
        title="Rain returns",
        authors=[],
        body="Rain returns to the valley after a long dry summer",
        captions=["Clouds over the valley", "A farmer checks his field"],
    )
    got = Extraction(
        "ok",
        text="Rain returns to the valley after a long dry summer. A farmer checks his field",
        headline="Rain returns",
        captions=("Clouds over the valley (Photo: Ann Lee)",),
    )
    full = score(page, "x", frozenset(("headline", "captions")), got, ms=2.0, lxml_ms=1.0)
    assert full.headline_ok is True
    assert full.authors_f1 is None  # the system does not return authors
    assert full.date_ok is None  # the page does not annotate a date
    assert full.captions_total == 2
    assert full.captions_found == 1
    assert full.captions_in_body == 1
    assert full.body is not None
    assert full.body.fn == 0.0
    bare = score(page, "y", frozenset(), got, ms=2.0, lxml_ms=1.0)
    assert bare.headline_ok is None
    assert bare.captions_found is None


def test_non_article_pages_are_not_scored() -> None:
    page = _page(page_type="listing", title="Index", body="Some listing text")
    got = Extraction("no_article")
    result = score(page, "x", frozenset(("headline",)), got, ms=1.0, lxml_ms=1.0)
    assert result.body is None
    assert result.headline_ok is None
    assert result.outcome == "no_article"


# -- rows and targets ------------------------------------------------------------------


def _result(article: bool, outcome: str, ms: float, **scores: Any) -> PageResult:
    return PageResult(
        corpus="c",
        page_id=f"p{ms}",
        system="s",
        is_article=article,
        outcome=outcome,  # type: ignore[arg-type]
        ms=ms,
        lxml_ms=1.0,
        **scores,
    )


def test_summarise_pools_pages_and_skips_unannotated_ones() -> None:
    results = [
        _result(True, "ok", 4.0, body=BodyCounts(1.0, 0.0, 0.0), headline_ok=True),
        _result(True, "no_article", 2.0, body=BodyCounts(0.0, 0.0, 1.0), headline_ok=None),
        _result(False, "no_article", 6.0),
        _result(False, "ok", 8.0),
    ]
    row = summarise("c", "s", results, None)
    assert row.pages == 4
    assert row.body_pages == 2
    assert row.f1 == pytest.approx(2 / 3)
    assert row.headline == 1.0
    assert row.headline_pages == 1
    assert row.authors is None
    assert row.median_ms == 5.0
    assert row.total_ms == 20.0
    assert row.x_lxml == 5.0
    assert row.non_article_rejected == 0.5
    assert row.article_rejected == 0.5
    assert row.no_article == 2
    assert row.peak_mib is None


def test_page_without_a_baseline_time_is_left_out_of_the_ratio() -> None:
    results = [_result(True, "ok", 3.0), _result(True, "ok", 5.0)]
    results[1] = PageResult(**{**results[1].to_dict(), "lxml_ms": math.nan})
    assert summarise("c", "s", results, None).x_lxml == 3.0


def _row(system: str, **values: Any) -> Row:
    base = summarise("c", system, [_result(True, "ok", 1.0)], None)
    return Row(**{**{k: getattr(base, k) for k in base.__slots__}, **values})


def test_targets_absolute_relative_strict_and_skipped() -> None:
    rows = [
        _row("cleannews", f1=0.90, headline=0.5, total_ms=100.0, date=None),
        _row("trafilatura", f1=0.90, headline=0.4, total_ms=600.0, date=0.9),
        _row("resiliparse", f1=0.85, headline=None, total_ms=10.0),
    ]
    targets = (
        Target("c", "f1", "min", limit=0.95),
        Target("c", "f1", "min", peer=BEST_PEER, strict=True),
        Target("c", "headline", "min", peer="trafilatura"),
        Target("c", "total_ms", "max", peer="trafilatura", factor=1 / 3),
        Target("c", "date", "min", peer="trafilatura"),
        Target("other", "f1", "min", limit=0.5),
    )
    outcomes = [v.outcome for v in check(rows, targets)]
    assert outcomes == ["fail", "fail", "pass", "pass", "skip", "skip"]


# -- the loop --------------------------------------------------------------------------


def _gz_page(tmp_path: Path, name: str, html: str) -> Page:
    path = tmp_path / f"{name}.html.gz"
    path.write_bytes(gzip.compress(html.encode("utf-8")))
    truth = {"id": name, "page_type": "article", "url": None, "body": "Rain returns today"}
    return Page(name, "t", truth, path)


def test_run_pages_rotates_the_order_and_records_a_failure_without_stopping(
    tmp_path: Path,
) -> None:
    calls: list[str] = []

    def good(name: str) -> System:
        def run(_data: bytes, text: str, _url: str | None) -> Extraction:
            calls.append(name)
            return Extraction("ok", text="Rain returns today" if "Rain" in text else "")

        return System(name, "1", frozenset(), run)

    def broken(_data: bytes, _text: str, _url: str | None) -> Extraction:
        calls.append("broken")
        raise RuntimeError("boom")

    systems = (good("a"), System("broken", "1", frozenset(), broken), good("c"))
    pages = [_gz_page(tmp_path, f"p{i}", "<html><body><p>Rain returns today</p>") for i in (1, 2)]
    results = run_pages(pages, systems)
    # one warm-up round, then page 1 in table order, page 2 shifted by one place
    assert calls == ["a", "broken", "c", "a", "broken", "c", "broken", "c", "a"]
    assert [(r.page_id, r.system, r.outcome) for r in results] == [
        ("p1", "a", "ok"),
        ("p1", "broken", "error"),
        ("p1", "c", "ok"),
        ("p2", "a", "ok"),
        ("p2", "broken", "error"),
        ("p2", "c", "ok"),
    ]
    failed = results[1]
    assert failed.error == "RuntimeError: boom"
    assert failed.body == BodyCounts(0.0, 0.0, 1.0)
    assert results[0].body == BodyCounts(1.0, 0.0, 0.0)
