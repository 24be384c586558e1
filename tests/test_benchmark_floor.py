"""The accuracy floor (benchmarks/floor.py) and the leave-one-source-out compare
(benchmarks/compare.py), on a tiny corpus written here: two sources of two pages each."""

from __future__ import annotations

import gzip
import json
from dataclasses import replace
from pathlib import Path

import pytest
from benchmarks import compare, floor
from benchmarks.metrics import BodyCounts
from benchmarks.solo import load_results, rows_by_corpus, run_corpora, save_results

_STORY = (
    "<html><head><title>Harbour wall</title>"
    '<script type="application/ld+json">{"@type": "NewsArticle"}</script></head><body>'
    "<nav><a href='/'>Home</a> <a href='/news/'>News</a></nav><article>"
    "<p>Repairs to the harbour wall at Portnell began on Monday after the winter storms "
    "opened a gap wide enough for a rowing boat to pass through at high tide.</p>"
    "<p>The work will take six weeks, and the slipway stays closed until it is done, the "
    "harbour master said.</p></article></body></html>"
)
_STORY_BODY = (
    "Repairs to the harbour wall at Portnell began on Monday after the winter storms "
    "opened a gap wide enough for a rowing boat to pass through at high tide.\n"
    "The work will take six weeks, and the slipway stays closed until it is done, the "
    "harbour master said."
)
_LISTING = (
    "<html><head><title>Shop</title>"
    '<script type="application/ld+json">{"@type": "Product"}</script></head><body>'
    "<h1>Rope fender</h1><p>Hand-spliced rope fender for small boats, 40 cm.</p></body></html>"
)


def _truth(page_id: str, source: str, body: str | None, page_type: str = "article") -> dict:
    keys = ("lang", "title", "authors", "published", "paragraphs", "subheadings", "captions")
    return {
        "id": page_id,
        "source": source,
        "url": f"https://www.portnell.example/news/{page_id}-harbour-wall-repairs-begin",
        "page_type": page_type,
        "body": body,
        "with": None,
        "without": None,
        **dict.fromkeys(keys),
    }


def _corpus(root: Path) -> Path:
    for source in ("alpha", "beta"):
        pages = root / source / "pages"
        pages.mkdir(parents=True)
        truths = [
            _truth(f"{source}-1", source, _STORY_BODY),
            _truth(f"{source}-2", source, None, page_type="product"),
        ]
        (pages / f"{source}-1.html.gz").write_bytes(gzip.compress(_STORY.encode()))
        (pages / f"{source}-2.html.gz").write_bytes(gzip.compress(_LISTING.encode()))
        lines = "\n".join(json.dumps(t) for t in truths) + "\n"
        (root / source / "truth.jsonl").write_text(lines, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _corpus(tmp_path_factory.mktemp("corpus"))


def test_the_story_is_scored_and_the_product_page_refused(tiny: Path) -> None:
    rows = rows_by_corpus(run_corpora(["alpha", "beta"], processes=1, root=tiny))
    assert set(rows) == {"alpha", "beta"}
    # the whole story and nothing else: every shingle found
    assert rows["alpha"].f1 == pytest.approx(1.0)
    assert rows["alpha"].article_rejected == 0.0
    assert rows["alpha"].non_article_rejected == 1.0


def test_floors_hold_at_the_measured_figures_and_break_just_above(tiny: Path) -> None:
    rows = rows_by_corpus(run_corpora(["alpha", "beta"], processes=1, root=tiny))
    floors = floor.floors_from(rows)
    assert floors["alpha"]["f1"] == pytest.approx(1.0 - floor.TOLERANCE)
    assert floors["alpha"]["article_rejected"] == pytest.approx(floor.TOLERANCE)
    assert floor.breaches(rows, floors) == []
    raised = {"alpha": {"f1": 1.0}, "beta": {"article_rejected": 0.0}}
    assert floor.breaches(rows, raised) == []
    too_high = {"alpha": {"f1": 1.0001}}
    (breach,) = floor.breaches(rows, too_high)
    assert (breach.corpus, breach.metric) == ("alpha", "f1")


def test_a_ceiling_breaks_when_a_refusal_rate_rises(tiny: Path) -> None:
    rows = rows_by_corpus(run_corpora(["alpha"], processes=1, root=tiny))
    # the product page is no article: refusing it is not an article refused
    assert floor.breaches(rows, {"alpha": {"article_rejected": 0.0}}) == []
    assert floor.breaches(rows, {"alpha": {"non_article_rejected": 1.0}}) == []


def test_a_floor_on_a_corpus_or_metric_not_measured_is_a_breach(tiny: Path) -> None:
    rows = rows_by_corpus(run_corpora(["alpha"], processes=1, root=tiny))
    found = floor.breaches(rows, {"gamma": {"f1": 0.5}, "alpha": {"headline": 0.5}})
    assert [(b.corpus, b.metric, b.value) for b in found] == [
        ("gamma", "f1", None),
        ("alpha", "headline", None),
    ]


def test_floor_main_writes_then_passes_and_skips_without_a_corpus(
    tiny: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    floors = tmp_path / "floor.json"
    args = ["--corpus-root", str(tiny), "--floors", str(floors), "--processes", "1"]
    assert floor.main([*args, "--write"]) == 0
    assert set(json.loads(floors.read_text())["floors"]) == {"alpha", "beta"}
    assert floor.main(args) == 0
    data = json.loads(floors.read_text())
    data["floors"]["alpha"]["f1"] = 1.5  # a floor no run can reach
    floors.write_text(json.dumps(data))
    assert floor.main(args) == 1
    missing = ["--corpus-root", str(tmp_path / "absent"), "--floors", str(floors)]
    assert floor.main(missing) == 0
    assert "skipped" in capsys.readouterr().out


def test_compare_flags_a_corpus_that_loses_f1_or_refuses_more(tiny: Path, tmp_path: Path) -> None:
    results = run_corpora(["alpha", "beta"], processes=1, root=tiny)
    saved = tmp_path / "before.jsonl"
    save_results(saved, results)
    before = load_results(saved)
    assert [d.flags() for d in compare.compare(before, results)] == [[], []]
    # the same run with beta's story refused: beta loses F1 and refuses one more article
    # the same run with beta's story refused: nothing found, one more article refused
    worse = [
        r
        if r.page_id != "beta-1"
        else replace(r, outcome="no_article", text="", body=BodyCounts(0.0, 0.0, 1.0))
        for r in before
    ]
    deltas = {d.corpus: d for d in compare.compare(before, worse)}
    assert deltas["alpha"].flags() == []
    assert deltas["beta"].refused == 1
    assert deltas["beta"].f1 == pytest.approx(-1.0)
    assert deltas["beta"].flags() == ["loses 1.0000 F1", "refuses 1 more article(s)"]
