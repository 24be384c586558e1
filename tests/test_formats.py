"""The output formats of ``cleannews --format``, against files written by hand for one
Article (tests/formats/article.json) that holds every kind of block and part."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleannews import Article
from cleannews.formats import FORMATS, render

FORMATS_DIR = Path(__file__).parent / "formats"
ARTICLE = Article.from_dict(json.loads((FORMATS_DIR / "article.json").read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    ("output", "suffix"), [("text", "txt"), ("markdown", "md"), ("html", "html")]
)
def test_rendering_matches_the_hand_written_file(output: str, suffix: str) -> None:
    expected = (FORMATS_DIR / f"article.{suffix}").read_text(encoding="utf-8")
    assert render(ARTICLE, output) + "\n" == expected  # type: ignore[arg-type]


def test_json_formats_hold_every_field() -> None:
    indented = render(ARTICLE, "json")
    one_line = render(ARTICLE, "jsonl")
    assert indented.startswith("{\n  ")
    assert "\n" not in one_line
    assert Article.from_dict(json.loads(indented)) == ARTICLE
    assert json.loads(one_line) == json.loads(indented) == ARTICLE.to_dict()


@pytest.mark.parametrize("output", FORMATS)
def test_an_empty_article_renders_without_error(output: str) -> None:
    text = render(Article(parser="generic"), output)  # type: ignore[arg-type]
    assert isinstance(text, str)
    if output == "html":
        assert text.startswith("<!DOCTYPE html>")
        assert text.endswith("</html>")


def test_markup_in_texts_is_escaped() -> None:
    hostile = Article(
        parser="generic",
        headline='<script>alert("x")</script>',
    )
    assert "<script>" not in render(hostile, "html")
    assert "&lt;script&gt;" in render(hostile, "html")
    assert render(hostile, "markdown").startswith("# \\<script\\>")
