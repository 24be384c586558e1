"""The public functions: input kinds, parser choice and errors."""

from __future__ import annotations

import lxml.etree
import lxml.html
import pytest
from bs4 import BeautifulSoup

import cleannews
from cleannews import CleannewsError, InputError, ParserNotFound

PARAGRAPHS = [
    "The city council voted on Tuesday to close the old river bridge to heavy trucks after "
    "engineers found cracks in two of its supports during a routine inspection this month.",
    "Drivers of lorries heavier than twelve tonnes will have to take a ring road that adds "
    "about twenty minutes to a crossing, the council said in a statement published online.",
    "Repairs are expected to take at least eight months and to cost the city more than four "
    "million euros, according to an estimate presented to the councillors before the vote.",
]
PAGE = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
    "<title>Council closes bridge to trucks</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/city'>City</a> <a href='/sport'>Sport</a></nav>"
    "<article><h1>Council closes bridge to trucks</h1>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + "</article><footer>© 2026 The Town Gazette</footer></body></html>"
)
DUMP = (
    "Accessibility links\n\nBreaking News\n\nCouncil Closes Bridge To Trucks\n\n"
    + "\n\n".join(PARAGRAPHS)
    + "\n\nWith reporting by AFP and Reuters\n"
)


def test_html_string_goes_to_an_html_parser() -> None:
    article = cleannews.extract(PAGE)
    assert article.parser == "generic"
    assert article.headline == "Council closes bridge to trucks"
    assert article.paragraphs == tuple(PARAGRAPHS)


def test_plain_text_goes_to_the_text_parser() -> None:
    article = cleannews.extract(DUMP)
    assert article.parser == "text"
    assert article.paragraphs == tuple(PARAGRAPHS)
    assert [c.agencies for c in article.credits] == [("AFP", "Reuters")]
    assert "Accessibility links" in article.stripped


@pytest.mark.parametrize(
    "source",
    [
        pytest.param(PAGE.encode("utf-8"), id="bytes"),
        pytest.param(lxml.html.document_fromstring(PAGE), id="lxml-html"),
        pytest.param(
            lxml.etree.fromstring(
                PAGE.replace("<!DOCTYPE html>", "").replace(
                    "<meta charset='utf-8'>", "<meta charset='utf-8'/>"
                )
            ),
            id="lxml-etree",
        ),
        pytest.param(BeautifulSoup(PAGE, "html.parser"), id="bs4"),
    ],
)
def test_every_input_kind_gives_the_same_body(source: object) -> None:
    article = cleannews.extract(source)  # type: ignore[arg-type]
    assert article.paragraphs == tuple(PARAGRAPHS)


def test_url_sets_url_and_site() -> None:
    article = cleannews.extract(PAGE, url="https://www.towngazette.example/city/bridge-1")
    assert article.url == "https://www.towngazette.example/city/bridge-1"
    assert article.site == "towngazette.example"


def test_forced_kinds() -> None:
    assert cleannews.extract_text(DUMP).parser == "text"
    assert cleannews.extract(DUMP, parser="text").parser == "text"
    assert cleannews.extract_html(PAGE, parser="generic").parser == "generic"


def test_unknown_parser_is_a_typed_error() -> None:
    with pytest.raises(ParserNotFound, match="known parsers"):
        cleannews.extract_html(PAGE, parser="nope")  # type: ignore[arg-type]
    with pytest.raises(ParserNotFound):
        cleannews.extract_html(PAGE, parser="text")


def test_extract_text_refuses_a_tree() -> None:
    with pytest.raises(InputError, match="not a parsed tree"):
        cleannews.extract_text(lxml.html.document_fromstring(PAGE))


@pytest.mark.parametrize(
    "source",
    [b"", "", "   \n\t ", b"\x89PNG\r\n\x1a\n" + bytes(200), b"%PDF-1.7\n" + bytes(100), 42],
    ids=["empty-bytes", "empty-str", "whitespace", "png", "pdf", "int"],
)
def test_bad_input_is_an_input_error(source: object) -> None:
    with pytest.raises(InputError):
        cleannews.extract(source)  # type: ignore[arg-type]


def test_every_error_is_a_cleannews_error() -> None:
    for error in (InputError, ParserNotFound, cleannews.NoArticleFound):
        assert issubclass(error, CleannewsError)
