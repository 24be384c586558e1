"""The public functions: extract, extract_html, extract_text.

Every failure of theirs is a :class:`CleannewsError`: the few Python errors a hostile page
can still provoke deep inside (a tree too deep to walk, a codec or URL that will not
parse, memory running out) are turned into :class:`InputError` at this boundary.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, ParamSpec, Protocol, TypeAlias, TypeGuard, TypeVar, runtime_checkable

import lxml.etree
from lxml.html import HtmlElement

from ._article import Article
from ._document import (
    Document,
    check_text_size,
    decode_bytes,
    decode_page,
    looks_like_html,
    parse_html,
)
from ._errors import CleannewsError, InputError, ParserNotFound
from ._registry import ParserName, html_parser, pick
from .parsers.text.read import parse_text

__all__ = ["Source", "extract", "extract_html", "extract_text"]


@runtime_checkable
class _SoupLike(Protocol):
    """What cleannews needs of a ``bs4.BeautifulSoup`` (or ``Tag``): its markup."""

    def decode(self, *args: Any, **kwargs: Any) -> str: ...


#: What :func:`extract` accepts: markup or text, page bytes, an lxml element or a soup.
Source: TypeAlias = "str | bytes | lxml.etree._Element | _SoupLike"

_P = ParamSpec("_P")
_R = TypeVar("_R")

#: What a page can still make Python raise below the public functions, and how it is told.
_UNTYPED_FAILURES: tuple[tuple[type[BaseException], str], ...] = (
    (RecursionError, "the page is nested too deeply to read"),
    (MemoryError, "not enough memory to read the page"),
    (LookupError, "the page names an encoding that cannot read it"),
    (ValueError, "the page or its URL cannot be read"),
)


def _typed_errors(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """Let only :class:`CleannewsError` out of a public function."""

    @functools.wraps(function)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return function(*args, **kwargs)
        except CleannewsError:
            raise
        except (RecursionError, MemoryError, LookupError, ValueError) as exc:
            what = next(text for kind, text in _UNTYPED_FAILURES if isinstance(exc, kind))
            raise InputError(f"{what}: {type(exc).__name__}: {exc}") from exc

    return wrapper


def _as_text(source: object) -> str:
    if isinstance(source, bytes | bytearray | memoryview):
        return decode_bytes(bytes(source))
    if isinstance(source, str):
        if not source or source.isspace():
            raise InputError("empty input")
        check_text_size(source)
        return source
    raise InputError(f"cannot read a page from {type(source).__name__}")


def _is_soup(source: object) -> TypeGuard[_SoupLike]:
    return type(source).__module__.startswith("bs4") and isinstance(source, _SoupLike)


def _document(source: object, url: str | None) -> Document:
    if isinstance(source, lxml.etree._Element):
        root = source.getroottree().getroot()
        if not isinstance(root, HtmlElement):
            # an element from lxml.etree: re-read its markup with the HTML parser
            return Document(root=parse_html(lxml.etree.tostring(root, encoding="unicode")), url=url)
        return Document(root=root, url=url)
    if _is_soup(source):
        # Scrapers pass their soup; its markup is re-read by lxml, never walked with bs4.
        return Document(root=parse_html(source.decode()), url=url)
    return Document(root=parse_html(_as_text(source)), url=url)


@_typed_errors
def extract(
    source: Source,
    *,
    url: str | None = None,
    parser: ParserName | None = None,
    refuse: bool = True,
) -> Article:
    """Extract the article from a page.

    ``source`` is HTML or plain text (told apart by their markup), page bytes (decoded
    from the BOM, the declared charset, then detection), an lxml element or a
    BeautifulSoup object. ``parser`` forces a parser by name; by default the first
    site-family parser that recognises the page is used, else the generic one.

    Raises :class:`InputError` for empty, binary or undecodable input and
    :class:`NoArticleFound` when the page holds no article. With ``refuse=False`` a page
    that holds text is returned whatever it is, its ``page_kind`` saying what it is
    ("listing", "forum", "product", "other"); NoArticleFound then means no text at all.
    """
    if parser == "text":
        return extract_text(source, url=url, refuse=refuse)
    if isinstance(source, bytes | bytearray | memoryview):
        # the page's own bytes go to the parser when they are its text's UTF-8
        decoded = decode_page(bytes(source))
        if parser is None and not looks_like_html(decoded.text):
            return parse_text(decoded.text, url=url).article(refuse=refuse)
        doc = Document(root=parse_html(decoded.text, decoded.utf8), url=url)
        return _parse(doc, parser, refuse)
    if isinstance(source, str):
        text = _as_text(source)
        if parser is None and not looks_like_html(text):
            return parse_text(text, url=url).article(refuse=refuse)
        source = text
    return extract_html(source, url=url, parser=parser, refuse=refuse)


@_typed_errors
def extract_html(
    source: Source,
    *,
    url: str | None = None,
    parser: ParserName | None = None,
    refuse: bool = True,
) -> Article:
    """Extract the article from HTML, whatever the input looks like (``refuse`` as in
    :func:`extract`)."""
    if parser == "text":
        raise ParserNotFound("extract_html() takes an HTML parser, not 'text'")
    return _parse(_document(source, url), parser, refuse)


def _parse(doc: Document, parser: ParserName | None, refuse: bool) -> Article:
    chosen = html_parser(parser) if parser is not None else pick(doc)
    return chosen.parse(doc).article(refuse=refuse)


@_typed_errors
def extract_text(source: Source, *, url: str | None = None, refuse: bool = True) -> Article:
    """Extract the article from a flattened text dump of a page (``refuse`` as in
    :func:`extract`)."""
    if isinstance(source, lxml.etree._Element) or _is_soup(source):
        raise InputError("extract_text() takes text or bytes, not a parsed tree")
    return parse_text(_as_text(source), url=url).article(refuse=refuse)
