"""Errors raised by cleannews.

Every error derives from :class:`CleannewsError`, so one ``except`` clause catches them all::

    CleannewsError
    ├── InputError          empty, binary, undecodable or oversized input
    ├── NoArticleFound      the page holds no article (index, listing, media-only page ...)
    └── ParserNotFound      a parser name that no parser answers to
"""

from __future__ import annotations

__all__ = ["CleannewsError", "InputError", "NoArticleFound", "ParserNotFound"]


class CleannewsError(Exception):
    """Root of every error cleannews raises."""


class InputError(CleannewsError, ValueError):
    """The input cannot be read as a page: empty, binary, undecodable or too large."""


class NoArticleFound(CleannewsError):
    """The page was read, but it holds no article."""


class ParserNotFound(CleannewsError, KeyError):
    """No parser has the requested name."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else "parser not found"
