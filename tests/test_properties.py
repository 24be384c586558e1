"""Property tests: whatever the input, only a CleannewsError ever escapes extract(),
extract_html() and extract_text(), and an Article always serialises and round-trips."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleannews
from cleannews import Article, CleannewsError

EXTRACTORS: tuple[Callable[..., Article], ...] = (
    cleannews.extract,
    cleannews.extract_html,
    cleannews.extract_text,
)
# No deadline: speed is the benchmark's business; examples kept small to keep CI fast.
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

TAGS = (
    "html",
    "head",
    "body",
    "title",
    "meta",
    "div",
    "p",
    "span",
    "a",
    "article",
    "section",
    "h1",
    "h2",
    "figure",
    "figcaption",
    "img",
    "ul",
    "li",
    "blockquote",
    "script",
    "style",
    "table",
    "td",
    "br",
    "time",
    "header",
    "footer",
    "nav",
    "main",
    "pre",
    "iframe",
)
ATTRIBUTES = (
    "class",
    "id",
    "itemprop",
    "property",
    "content",
    "name",
    "href",
    "src",
    "datetime",
    "alt",
    "lang",
    "charset",
    "rel",
    "type",
)
WORDS = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=40
) | st.sampled_from(
    (
        "By Jane Roe",
        "Reuters",
        "© 2024 AP",
        "With reporting by AFP",
        "2024-05-01T10:00:00Z",
        "Breaking News",
        "Accessibility links",
        "&amp;",
        "&#0;",
        "&lol;",
        "]]>",
        "<!--",
        "-->",
    )
)


@st.composite
def attributes(draw: st.DrawFn) -> str:
    pairs = draw(st.lists(st.tuples(st.sampled_from(ATTRIBUTES), WORDS), max_size=3))
    return "".join(f' {name}="{value}"' for name, value in pairs)


def _markup(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    element = st.builds(
        lambda tag, attrs, inner, close: f"<{tag}{attrs}>{inner}" + (f"</{tag}>" if close else ""),
        st.sampled_from(TAGS),
        attributes(),
        st.lists(children, max_size=4).map("".join),
        st.booleans(),
    )
    return element | WORDS


MARKUP = st.recursive(WORDS, _markup, max_leaves=30)
PAGES = st.builds(
    lambda doctype, body: doctype + body,
    st.sampled_from(
        (
            "",
            "<!doctype html>",
            '<?xml version="1.0" encoding="utf-8"?>',
            '<!DOCTYPE html [<!ENTITY e "x">]>',
        )
    ),
    MARKUP,
)


def _only_typed_errors(extract: Callable[..., Article], source: str | bytes) -> None:
    try:
        article = extract(source)
    except CleannewsError:
        return
    assert isinstance(article, Article)
    assert Article.from_json(article.to_json()) == article


@SETTINGS
@given(extract=st.sampled_from(EXTRACTORS), page=PAGES)
def test_generated_markup_gives_an_article_or_a_typed_error(
    extract: Callable[..., Article], page: str
) -> None:
    _only_typed_errors(extract, page)


@SETTINGS
@given(
    extract=st.sampled_from(EXTRACTORS),
    page=PAGES,
    encoding=st.sampled_from(("utf-8", "utf-16-le", "utf-16", "cp1251", "latin-1", "shift_jis")),
)
def test_generated_markup_as_bytes_gives_an_article_or_a_typed_error(
    extract: Callable[..., Article], page: str, encoding: str
) -> None:
    _only_typed_errors(extract, page.encode(encoding, errors="replace"))


@SETTINGS
@given(extract=st.sampled_from(EXTRACTORS), data=st.binary(max_size=3000))
def test_arbitrary_bytes_give_an_article_or_a_typed_error(
    extract: Callable[..., Article], data: bytes
) -> None:
    _only_typed_errors(extract, data)


@SETTINGS
@given(extract=st.sampled_from(EXTRACTORS), text=st.text(max_size=3000))
def test_arbitrary_text_gives_an_article_or_a_typed_error(
    extract: Callable[..., Article], text: str
) -> None:
    _only_typed_errors(extract, text)


@SETTINGS
@given(lines=st.lists(WORDS | st.sampled_from(("", "Share", "Photo: AFP", "Updated")), max_size=40))
def test_text_dumps_give_an_article_or_a_typed_error(lines: list[str]) -> None:
    _only_typed_errors(cleannews.extract_text, "\n".join(lines))
