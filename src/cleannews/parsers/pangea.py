"""Pangea parser: the CMS behind RFE/RL, VOA, Current Time and their language services."""

from __future__ import annotations

from .._article import Article
from .._document import Document
from .._errors import NoArticleFound

__all__ = ["NAME", "claims", "parse"]

NAME = "pangea"


def claims(doc: Document) -> bool:
    return False


def parse(doc: Document) -> Article:
    raise NoArticleFound("pangea parser not written yet")
