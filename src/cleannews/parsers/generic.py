"""Generic parser: any news page that no site-family parser claims."""

from __future__ import annotations

from .._article import Article
from .._document import Document
from .._errors import NoArticleFound

__all__ = ["NAME", "claims", "parse"]

NAME = "generic"


def claims(doc: Document) -> bool:
    return True


def parse(doc: Document) -> Article:
    raise NoArticleFound("generic parser not written yet")
