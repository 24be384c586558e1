"""The parser registry and the parser contract: names agree, every parser returns a ParseResult."""

from __future__ import annotations

from typing import get_args

import pytest

import cleannews
from cleannews._document import Document
from cleannews._registry import HTML_PARSERS, ParserName, html_parser, pick
from cleannews.parsers import text
from cleannews.parsers.result import ParseResult

PAGE = (
    "<html lang='en'><head><title>Dam opens after ten years</title></head><body><article>"
    "<h1>Dam opens after ten years</h1>"
    + "<p>The new dam on the river opened on Monday after a decade of work and debate.</p>" * 4
    + "</article></body></html>"
)


def test_parser_names_are_the_registry_and_the_text_parser() -> None:
    html_names = [parser.name for parser in HTML_PARSERS]
    assert set(get_args(ParserName)) == {*html_names, text.NAME}
    assert get_args(ParserName) == cleannews.PARSER_NAMES
    assert len(html_names) == len(set(html_names))


def test_the_generic_parser_is_tried_last_and_claims_every_page() -> None:
    assert HTML_PARSERS[-1].name == "generic"
    assert pick(Document.from_markup("<p>x</p>")).name == "generic"


@pytest.mark.parametrize("name", [parser.name for parser in HTML_PARSERS])
def test_html_parser_by_name(name: str) -> None:
    assert html_parser(name).name == name


def test_unknown_parser_name_is_a_typed_error() -> None:
    with pytest.raises(cleannews.ParserNotFound, match="known parsers"):
        html_parser("nope")


def test_every_parser_returns_a_parse_result_named_after_it() -> None:
    result = html_parser("generic").parse(Document.from_markup(PAGE))
    assert isinstance(result, ParseResult)
    assert result.parser == "generic"
    assert result.article().headline == "Dam opens after ten years"
    dump = "Dam opens after ten years\n\n" + "\n\n".join(
        f"Paragraph {n}: the new dam on the river opened after a decade of work and debate."
        for n in range(1, 5)
    )
    parsed = text.parse_text(dump)
    assert isinstance(parsed, ParseResult)
    assert parsed.article().parser == "text"
