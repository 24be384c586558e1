from __future__ import annotations

import types

import pytest

import cleannews
from cleannews import Article, Block, Caption, Credit, Disclaimer
from cleannews._article import ARTICLE_KEYS


def _sample() -> Article:
    return Article(
        parser="text",
        url="https://www.rferl.org/a/1.html",
        site="rferl.org",
        language="en",
        headline="Putin, Erdogan “vow” closer cooperation",
        authors=("Jane Roe", "John Doe"),
        published="2019-01-23T18:00:00+00:00",
        captions=(Caption("Leaders meet.", credit="AFP", image_url="https://x/y.jpg"),),
        body=(Block("paragraph", "One – two."), Block("heading", "Sub"), Block("quote", "Q")),
        credits=(Credit("With reporting by AFP and Reuters", ("AFP", "Reuters")),),
        disclaimers=(Disclaimer("copyright", "Copyright 2019 The Associated Press."),),
        stripped=("Accessibility links",),
    )


def test_to_dict_has_exactly_the_contract_keys_in_order() -> None:
    assert tuple(_sample().to_dict()) == ARTICLE_KEYS
    assert list(Caption("c").to_dict()) == ["text", "credit", "image_url", "alt"]


def test_round_trip_through_dict_and_json() -> None:
    article = _sample()
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_json(article.to_json()) == article
    assert "“vow”" in article.to_json()  # characters kept, not \\u-escaped


def test_article_is_frozen_and_uses_tuples() -> None:
    article = _sample()
    with pytest.raises(AttributeError):
        article.headline = "x"  # type: ignore[misc]
    assert isinstance(article.body, tuple)
    assert isinstance(article.credits[0].agencies, tuple)


def test_text_joins_body_with_blank_lines() -> None:
    assert _sample().text == "One – two.\n\nSub\n\nQ"
    assert _sample().paragraphs == ("One – two.",)


def test_unknown_kinds_and_keys_are_refused() -> None:
    with pytest.raises(ValueError, match="block kind"):
        Block("table", "x")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="disclaimer kind"):
        Disclaimer("legal", "x")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown Article keys"):
        Article.from_dict({"parser": "text", "title": "x"})


def test_public_names() -> None:
    public = {
        name
        for name, value in vars(cleannews).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert set(cleannews.__all__) == public
    assert sorted(cleannews.__all__) == sorted(set(cleannews.__all__))
