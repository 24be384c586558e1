"""Telling an article page from a page that holds none (index, listing, product, forum)."""

from __future__ import annotations

from .._errors import NoArticleFound
from .._metadata import Metadata
from ._generic_assembly import Parts
from ._generic_content import Selection
from ._generic_walk import WalkResult

__all__ = ["check_is_article"]

#: an article's body holds at least this many characters of text
_MIN_BODY_CHARS = 200


def check_is_article(
    meta: Metadata, walked: WalkResult, selection: Selection, parts: Parts
) -> None:
    """Raise :class:`NoArticleFound` when the page's content is not an article."""
    chars = sum(len(b.text) for b in parts.body)
    if chars < _MIN_BODY_CHARS:
        raise NoArticleFound(f"the page's main content is {chars} characters, not an article")
