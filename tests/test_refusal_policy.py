"""The refusal policy: ``page_kind`` and ``confidence`` on every Article, ``refuse=False`` and
``--keep-non-articles`` keeping a page that holds text, NoArticleFound for no text at all.

The pages are written here: a shop's product page, a site's front page of teasers, a story.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleannews
from cleannews import Article, NoArticleFound
from cleannews.cli import main

_CHROME = (
    "<header><nav><a href='/'>Home</a> <a href='/shop/'>Shop</a> <a href='/blog/'>Blog</a> "
    "<a href='/about/'>About</a></nav></header>"
)
_PRODUCT = (
    "<html><head><title>Oak bread board</title>"
    '<script type="application/ld+json">{"@context": "https://schema.org", '
    '"@type": "Product", "name": "Oak bread board"}</script></head><body>'
    f"{_CHROME}<main><h1>Oak bread board</h1>"
    "<p>Cut from a single piece of English oak and finished with food-safe oil, this board "
    "is thick enough to stay put on the counter and light enough to hang on the wall.</p>"
    "<p>Price: £34</p><button>Add to cart</button><p>In stock</p></main></body></html>"
)
_STORY = (
    "<html><head><title>Ferry returns</title>"
    '<meta property="article:published_time" content="2026-10-02T09:00:00Z">'
    '<script type="application/ld+json">{"@context": "https://schema.org", '
    '"@type": "NewsArticle", "headline": "The island ferry returns after a month"}</script>'
    f"</head><body>{_CHROME}<article><h1>The island ferry returns after a month</h1>"
    "<p>The ferry to Holm Island sailed again on Thursday, a month after a cracked propeller "
    "shaft took it out of service and left islanders relying on a borrowed fishing boat.</p>"
    "<p>The operator said the repaired shaft had passed its sea trials on Tuesday and the "
    "summer timetable would run until the end of October.</p></article></body></html>"
)
_STORY_URL = "https://www.holmtimes.example/news/island-ferry-returns-after-a-month"
_SHOP_URL = "https://www.oakandiron.example/shop/oak-bread-board"


def test_a_story_is_an_article_with_a_high_confidence() -> None:
    article = cleannews.extract(_STORY, url=_STORY_URL)
    assert article.page_kind == "article"
    # a stated NewsArticle is the strongest evidence the rules take for a story
    assert article.confidence == 0.95


def test_a_product_page_is_refused_by_default() -> None:
    with pytest.raises(NoArticleFound, match="calls itself a product"):
        cleannews.extract(_PRODUCT, url=_SHOP_URL)


@pytest.mark.parametrize("call", [cleannews.extract, cleannews.extract_html])
def test_with_refuse_false_a_product_page_keeps_its_text_marked_as_a_product(call: object) -> None:
    article = call(_PRODUCT, url=_SHOP_URL, refuse=False)  # type: ignore[operator]
    assert isinstance(article, Article)
    assert article.page_kind == "product"
    assert article.confidence < 0.5
    assert any("English oak" in text for text in article.paragraphs)


def test_with_refuse_false_a_page_with_no_text_still_raises() -> None:
    page = (
        "<html><head><title>Watch</title>"
        '<script type="application/ld+json">{"@type": "VideoObject"}</script></head>'
        "<body><video src='/v.mp4'></video></body></html>"
    )
    with pytest.raises(NoArticleFound):
        cleannews.extract(page, url="https://www.holmtimes.example/video/ferry", refuse=False)


def test_page_kind_and_confidence_round_trip_and_are_checked() -> None:
    article = Article(parser="generic", page_kind="listing", confidence=0.25)
    data = article.to_dict()
    assert list(data)[:5] == ["url", "site", "parser", "page_kind", "confidence"]
    assert Article.from_dict(data) == article
    with pytest.raises(ValueError, match="page kind"):
        Article(parser="generic", page_kind="recipe")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="confidence"):
        Article(parser="generic", confidence=1.5)


def test_cli_keep_non_articles_writes_the_product_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "board.html"
    page.write_text(_PRODUCT, encoding="utf-8")
    assert main([str(page), "--url", _SHOP_URL, "--keep-non-articles"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["page_kind"] == "product"
    # without the flag the same page is reported as no article
    code = main([str(page), "--url", _SHOP_URL])
    assert code != 0
