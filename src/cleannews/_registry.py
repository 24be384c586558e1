"""Picks the parser for a page: the first site-family parser whose fingerprint matches the
tree, else the generic parser. The list is explicit; nothing registers itself on import."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, get_args

from ._document import Document
from ._errors import ParserNotFound
from .parsers import generic, pangea
from .parsers.result import ParseResult

__all__ = ["HTML_PARSERS", "PARSER_NAMES", "HtmlParser", "ParserName", "html_parser", "pick"]

ParserName = Literal["pangea", "generic", "text"]
PARSER_NAMES: tuple[str, ...] = get_args(ParserName)


@dataclass(frozen=True, slots=True)
class HtmlParser:
    """An HTML parser: a name, a fingerprint test and the parse function."""

    name: str
    claims: Callable[[Document], bool]
    parse: Callable[[Document], ParseResult]


#: Site-family parsers first, in the order they are tried; the generic parser last.
HTML_PARSERS: tuple[HtmlParser, ...] = (
    HtmlParser(pangea.NAME, pangea.claims, pangea.parse),
    HtmlParser(generic.NAME, generic.claims, generic.parse),
)


def html_parser(name: str) -> HtmlParser:
    for parser in HTML_PARSERS:
        if parser.name == name:
            return parser
    known = ", ".join(PARSER_NAMES)
    raise ParserNotFound(f"no HTML parser named {name!r} (known parsers: {known})")


def pick(doc: Document) -> HtmlParser:
    for parser in HTML_PARSERS:
        if parser.claims(doc):
            return parser
    return HTML_PARSERS[-1]
