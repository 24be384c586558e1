"""Plain-text parser: flattened text dumps of news pages (browser copy, scraper output)."""

from __future__ import annotations

from .._article import Article
from .._errors import NoArticleFound

__all__ = ["NAME", "parse_text"]

NAME = "text"


def parse_text(text: str, url: str | None = None) -> Article:
    raise NoArticleFound("text parser not written yet")
