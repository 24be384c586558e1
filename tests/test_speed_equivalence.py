"""Fast paths taken for speed give the same answer as the general code they skip.

Each expected value is worked out by hand from the definition, not copied from output.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleannews import InputError, extract
from cleannews._article import DisclaimerKind
from cleannews._document import Document, decode_bytes, decode_page, parse_html
from cleannews._text import clean
from cleannews.classify.disclaimers import _PATTERNS as _DISCLAIMER_PATTERNS
from cleannews.classify.disclaimers import match_disclaimer
from cleannews.metadata.bylines import _WHOLE_PAGE_XPATH
from cleannews.metadata.jsonld import _WRAPPER, _load
from cleannews.metadata.short_texts import SHORT_TEXT, is_short_dated
from cleannews.parsers.generic.elements import MAY_HINT, NO_HINTS, HintReader, text_weight
from cleannews.parsers.generic.vocabulary import (
    _NON_LETTERS,
    HintFlags,
    hint_key,
    read_hints,
    read_key,
)
from cleannews.parsers.generic.walk import walk
from cleannews.parsers.pangea.fingerprint import fingerprint_markers, has_markers

# letters of vocabulary words, separators, digits, upper case and a non-ASCII letter
_NAME_CHARS = st.sampled_from([*"abdeilnoprstuvy", "-", "_", "1", ".", "é", "Z", "C"])
_NAMES = st.text(_NAME_CHARS, max_size=16).filter(lambda name: not name.isspace())


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        ("plain words", 11),  # ASCII: its length
        ("café au lait", 12),  # Latin with an accent: no CJK character
        ("“quoted” — dash", 15),  # typographic punctuation, below the CJK range
        ("東京", 6),  # two CJK characters, three each
        ("Tokyo 東京", 12),  # 6 ASCII + 2 * 3
        ("서울", 6),  # Hangul counts as CJK
    ],
)
def test_text_weight(text: str, weight: int) -> None:
    assert text_weight(text) == weight


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("article", "article"),  # letters only: returned as it is
        ("post-1234", "post-"),
        ("post_5678", "post-"),
        ("Caption", "-aption"),  # upper case is not a letter here (names arrive lowered)
        ("ünterschrift", "-nterschrift"),  # non-ASCII letters are not a-z
        ("article-body", "article-body"),  # letters and single dashes: returned as it is
        ("article--body", "article-body"),  # a run of dashes becomes one
        ("-lead-", "-lead-"),
    ],
)
def test_hint_key(name: str, key: str) -> None:
    assert hint_key(name) == key
    assert hint_key(name) == _NON_LETTERS.sub("-", name)


@given(_NAMES)
def test_hint_key_is_the_regex(name: str) -> None:
    assert hint_key(name) == _NON_LETTERS.sub("-", name)


# names built of words the vocabulary knows (alone, as a pair's half, as a prefix) and others
_WORDS = st.sampled_from(
    [
        "story",
        "body",
        "text",
        "sidebar",
        "ad",
        "main",
        "content",
        "read",
        "more",
        "x",
        "newsletters",
        "photocaption",
        "captions",
        "credit",
        "credits",
        "sign",
        "up",
        "cookiebar",
        "wrap",
    ]
)
_VOCABULARY_NAMES = st.tuples(
    st.lists(_WORDS, min_size=1, max_size=4),
    st.sampled_from(["-", "_", "--", "2", "-x9-"]),
    st.sampled_from(["", "-", "_1"]),
).map(lambda t: t[2] + t[1].join(t[0]) + t[2])


@given(st.one_of(_NAMES.map(str.lower), _VOCABULARY_NAMES))
def test_read_key_reads_as_read_hints(name: str) -> None:
    key = hint_key(name)
    assert read_key(key) == read_hints(key)


def test_read_key_examples() -> None:
    assert read_key("image-caption") == HintFlags(False, False, True, False)
    assert read_key("-ad-slot-").boilerplate
    assert read_key("article-body").content
    assert read_key("newsletter-signup").boilerplate  # a boilerplate word start
    assert read_key("photo-credit").credit


def _union(values: list[str]) -> HintFlags:
    readings = [read_hints(" ".join(hint_key(n) for n in v.lower().split())) for v in values]
    return HintFlags(*(any(r[i] for r in readings) for i in range(4)))


@given(st.lists(_NAMES, max_size=3).map(" ".join), st.lists(_NAMES, max_size=2).map(" ".join))
def test_hint_reader_reads_class_and_id_as_their_union(cls: str, ident: str) -> None:
    reader = HintReader()
    expected = _union([v for v in (cls, ident) if v])
    assert reader.of(cls or None, ident or None) == expected
    assert reader.of(cls or None, ident or None) == expected  # again, from the reader's memory


def test_hint_reader_examples() -> None:
    reader = HintReader()
    assert reader.of(None, None) is NO_HINTS
    assert reader.of("Story-Body", "main") == HintFlags(False, True, False, False)
    assert reader.of("sidebar", "photo-caption-2") == HintFlags(True, False, True, False)
    assert reader.value("container row") is NO_HINTS


@given(st.lists(st.one_of(_NAMES, _VOCABULARY_NAMES), max_size=4).map(" ".join))
def test_value_missed_by_the_prefilter_reads_as_no_hint(value: str) -> None:
    # the prefilter may let a value of no meaning through, never hold back one with meaning
    if MAY_HINT.search(value.lower()) is None:
        assert _union([value]) == NO_HINTS
    assert HintReader().value(value) == (_union([value]) if value.strip() else NO_HINTS)


# whitespace str.split() cuts at besides the space: a pair of words across two names
# joined by one of these is no pair, a pair across "-", "." or "é" is one
_SEPARATORS = st.sampled_from([" ", "\t", "\n", "\xa0", "\x1c", "\x85", "\u2003", "\u3000"])


@given(st.lists(st.one_of(_NAMES, _VOCABULARY_NAMES), max_size=4), _SEPARATORS)
def test_value_reads_as_the_union_of_its_names(names: list[str], separator: str) -> None:
    value = separator.join(names)
    expected = _union([value]) if value and not value.isspace() else NO_HINTS
    assert HintReader().value(value) == expected


def test_value_reading_examples() -> None:
    reader = HintReader()
    assert reader.value("story body") is NO_HINTS  # two names: no pair "story-body"
    assert reader.value("story\xa0body") is NO_HINTS  # a no-break space cuts names too
    assert reader.value("Story__Body") == HintFlags(False, True, False, False)
    assert reader.value("wrapbody-2") is NO_HINTS  # one run of letters, no word
    assert reader.value("main ad-2") == HintFlags(True, False, False, False)
    assert reader.value("x newsCaption") == HintFlags(False, False, True, False)
    assert reader.value("photoCredit wrap") == HintFlags(False, False, False, True)
    assert reader.value("legend") == HintFlags(False, False, True, False)
    assert reader.value("cookiebar article-body") == HintFlags(True, True, False, False)


def test_corpus_class_and_id_values_read_as_their_names(shared_dir: Path) -> None:
    # every class and id value of every corpus page (read from ../shared, never copied)
    pages = sorted((shared_dir / "corpus").glob("*/pages/*.html.gz"))
    if not pages:
        pytest.skip("../shared/corpus holds no pages")
    values: set[str] = set()
    for path in pages:
        root = lxml.html.document_fromstring(gzip.decompress(path.read_bytes()))
        for element in root.iter():
            values.update(v for v in (element.get("class"), element.get("id")) if v)
    reader = HintReader()
    wrong = [v for v in values if reader.value(v) != (_union([v]) if v.strip() else NO_HINTS)]
    assert len(values) > 10_000
    assert wrong == []


@pytest.mark.parametrize(
    ("value", "found"),
    [
        ("container row", False),
        ("header shadow", False),  # "ad" inside a word is no word "ad"
        ("loading", False),
        ("ad-slot", True),
        ("Article__Body-2", True),  # a two-word entry across non-letters
        ("article body", True),  # two names: let through, the names then read no pair
        ("newsPhotoCredit", True),  # "credit" anywhere
        ("cookiebar", True),  # a boilerplate word start
    ],
)
def test_prefilter_examples(value: str, found: bool) -> None:
    assert (MAY_HINT.search(value.lower()) is not None) is found


# blocks as a JSON-LD script holds them, wrapped or not, with the wrapper's pieces inside
_JSON_TEXTS = st.lists(
    st.sampled_from([*'{}[]":,ab -<>/!', "\n", "<!--", "-->", "]]>", "//]]>", "<![CDATA["]),
    max_size=12,
).map("".join)


@given(_JSON_TEXTS)
def test_jsonld_wrapper_is_cut_only_where_it_can_be(text: str) -> None:
    stripped = text.strip()
    if not (stripped.startswith(("<", "/")) or stripped.endswith(">")):
        assert _WRAPPER.sub("", stripped) == stripped


def test_jsonld_wrappers_are_cut() -> None:
    assert _load('<!-- {"a": 1} -->') == {"a": 1}
    assert _load('//<![CDATA[\n{"a": [2]}\n//]]>') == {"a": [2]}
    assert _load('{"a": "x -->"}') == {"a": "x -->"}


@pytest.mark.parametrize("control", ["\x01", "\x0b", "\x1f", "\x7f"])
def test_control_characters_are_dropped_before_parsing(control: str) -> None:
    page = f"<html><body><p>a{control}b</p><p>c</p></body></html>"
    clean_page = "<html><body><p>ab</p><p>c</p></body></html>"
    assert lxml.html.tostring(parse_html(page)) == lxml.html.tostring(parse_html(clean_page))
    assert lxml.html.tostring(parse_html(page, page.encode())) == lxml.html.tostring(
        parse_html(clean_page)
    )


# --- XPath scans replaced by cheaper ones: the old expression is the reference ------------


def _cls(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


_PANGEA_REFERENCE = {
    "pg-title": f"//h1[{_cls('pg-title')}]",
    "ticker": f"//div[{_cls('c-hlights')}]",
    "skip-links": "//a[@href='#txtHeaderSearch'] | //input[@id='txtHeaderSearch']",
    "wsw-body": f"//div[{_cls('wsw')}]",
    "gdb-images": "//meta[@property='og:image'][contains(@content, '//gdb.')]"
    " | //img[contains(@src, '//gdb.') or contains(@data-src, '//gdb.')]",
    "analytics": "//script[contains(., 'pangea_version') or contains(@src, '/utag/bbg/')]",
}

_PANGEA_PAGES = [
    "<p>nothing</p>",
    "<h1 class='pg-title'>T</h1><div class='wsw'>x</div>",
    "<h1 class='x\tpg-title\n'>T</h1><div class=' c-hlights  other'>x</div>",
    # U+00A0 is no XML space: 'wsw\xa0x' is one class name
    "<h1 class='pg-titles'>T</h1><div class='wsw\xa0x'>x</div><div class='xwsw'>y</div>",
    "<span class='wsw'>x</span><h2 class='pg-title'>T</h2>",  # right class, wrong tag
    "<a href='#txtHeaderSearch'>s</a><input id='txtHeaderSearch'>",
    "<a href=' #txtHeaderSearch'>s</a><div id='txtHeaderSearch'>d</div>",
    "<img data-src='https://gdb.example.org/a.jpg'><img src='//gdb.x/b.png'>",
    "<meta property='og:image' content='https://gdb.example/c.jpg'>"
    "<meta name='og:image' content='https://gdb.example/d.jpg'>",
    "<meta property='og:image' content='https://cdn.example/gdb.jpg'><script>var"
    " pangea_version = 2;</script>",
    "<script src='/utag/bbg/x.js'></script><div class='c-hlights'>t</div>",
]


@pytest.mark.parametrize("body", _PANGEA_PAGES)
def test_pangea_markers_read_as_their_xpaths(body: str) -> None:
    doc = Document.from_markup(f"<html><head></head><body>{body}</body></html>")
    expected = tuple(name for name, xpath in _PANGEA_REFERENCE.items() if doc.root.xpath(xpath))
    assert fingerprint_markers(doc) == expected
    for needed in (1, 2, 3):
        assert has_markers(doc, needed) is (len(expected) >= needed)


_BYLINE_REFERENCE = (
    "//*[contains(@class, 'yline') or contains(@id, 'yline') or contains(@class, 'uthor')"
    " or (self::a and (contains(@href, '/author') or contains(@href, '/autor')))]"
)


def test_byline_scan_finds_what_the_one_predicate_scan_found() -> None:
    doc = Document.from_markup(
        "<html><body><div class='Byline' id='top'><a href='/author/jane'>Jane</a></div>"
        "<p id='story-byline'>x</p><p id='dateline'>y</p><span class='author-name'>Sam</span>"
        "<a href='/autores/x' class='byline'>Ana</a><div href='/author/no'>not a link</div>"
        "<a href='/authors'>All</a><p class='AUTHOR'>caps</p><p>nothing</p></body></html>"
    )
    expected = doc.root.xpath(_BYLINE_REFERENCE)
    # hand-checked: the byline div, its author link, #story-byline (not #dateline: no
    # 'yline'), the author span, the /autores link (also class byline, found once), the
    # /authors link; not the upper-case class, not the div with an href
    assert [e.tag for e in expected] == ["div", "a", "p", "span", "a", "a"]
    assert _WHOLE_PAGE_XPATH(doc.root) == expected


@pytest.mark.parametrize(
    ("html", "kind"),
    [
        ("<div><h2>Title here</h2></div>", "heading"),
        ("<ul><li><p>item text</p></li></ul>", "list_item"),  # a paragraph inside an item
        ("<blockquote><h2>quoted words</h2></blockquote>", "quote"),  # all of a quote
        ("<pre><p>code line</p></pre>", "preformatted"),
        ("<h2><div>inside words</div></h2>", "paragraph"),
        ("<table><tr><td>cell words</td></tr></table>", "paragraph"),
    ],
)
def test_walk_block_kinds(html: str, kind: str) -> None:
    blocks = walk(parse_html(f"<html><body>{html}</body></html>")).blocks
    assert [b.kind for b in blocks] == [kind]


@pytest.mark.parametrize("source", [b"", b" \r\n\t", b"\x0b\x0c ", "", " \u3000\n", "\u2003"])
def test_blank_input_is_refused(source: str | bytes) -> None:
    # isspace() stands in for strip(): the same characters count as blank
    with pytest.raises(InputError):
        extract(source)


# XML space, other space, digits, letters: around the 6 and 80 character bounds
_SHORT_TEXT_CHARS = st.sampled_from([" ", "\t", "\n", "\r", "\u00a0", "\u3000", "1", "a", "é"])


def _selected_by_short_text_xpath(text: str) -> bool:
    element = lxml.html.fromstring("<p>x</p>")
    element.text = text
    return bool(element.xpath("text()" + SHORT_TEXT))


@given(
    st.one_of(
        st.text(_SHORT_TEXT_CHARS, max_size=12),
        st.text(_SHORT_TEXT_CHARS, min_size=70, max_size=200),
    )
)
def test_short_dated_is_the_xpath_filter(text: str) -> None:
    assert is_short_dated(text) == _selected_by_short_text_xpath(text)


@pytest.mark.parametrize(
    ("text", "selected"),
    [
        ("May 5", False),  # 5 characters
        ("May 25", True),  # 6
        ("  May 5 \n", False),  # 5 once the space around it goes
        ("May\n\n\n\n5, 2024", True),  # a run of newlines is one space: 11
        ("Updated", False),  # no digit
        ("x" * 79 + "1", True),  # 80
        ("x" * 80 + "1", False),  # 81
        ("1" + " " * 100 + "x" * 70, True),  # long, but 72 once collapsed
        ("1" + "\u00a0" * 100, False),  # a no-break space is no XML space: 101
        ("  12345  ", False),  # 9 as written, 5 once stripped
        ("a1" + " " * 78 + "bcd", True),  # 83 as written, "a1 bcd" once collapsed: 6
        ("a1" + "\n" * 40 + "b", False),  # 43 as written, "a1 b": 4
    ],
)
def test_short_dated_examples(text: str, selected: bool) -> None:
    assert is_short_dated(text) is selected
    assert _selected_by_short_text_xpath(text) is selected


def _disclaimer_without_guards(text: str) -> DisclaimerKind | None:
    line = clean(text)
    for kind, pattern, _ in _DISCLAIMER_PATTERNS:
        if pattern.search(line):
            return kind
    return None


_DISCLAIMER_PIECES = st.sampled_from(
    [
        "declared ",
        "an ",
        "undesirable ",
        "UNDESİRABLE ",  # dotted capital I: matches i under IGNORECASE, casefolds to i + dot
        "undesırable ",  # dotless i: matches i under IGNORECASE, casefolds to itself
        "undeſirable ",  # long s: matches s, casefolds to s
        "organization ",
        "признана ",
        "«нежелательной ",
        "НЕЖЕЛАТЕЛЬНОЙ ",
        "организацией» ",
        "в России ",
        "© 2024 the Associated Press",
        "all rights reserved. this material may not be published",
        "Correction: ",
        "Editor’s note: ",
        "word ",
    ]
)


@given(st.lists(_DISCLAIMER_PIECES, max_size=6).map("".join))
def test_disclaimer_guards_change_no_answer(text: str) -> None:
    assert match_disclaimer(text) == _disclaimer_without_guards(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("It was declared an UNDESİRABLE organization in 2021.", "undesirable-organization"),
        ("It was declared an undesırable organisation.", "undesirable-organization"),
        ("It was designated an undeſirable organization.", "undesirable-organization"),
        ("Фонд признан «нежелательной организацией».", "undesirable-organization"),
        ("© 2024 The Associated Press. All rights reserved.", "copyright"),
        ("All Rights Reserved. This material may not be published, broadcast.", "copyright"),
        ("An undesirable outcome for the organization.", None),
        ("All rights reserved.", None),
    ],
)
def test_disclaimer_examples(text: str, kind: DisclaimerKind | None) -> None:
    assert match_disclaimer(text) == kind
    assert _disclaimer_without_guards(text) == kind


_PAGE_BYTES = [
    # (bytes, whether they are the text's UTF-8 as they stand)
    ("<html><body><p>café</p></body></html>".encode(), True),
    (b"\xef\xbb\xbf<html><body><p>caf\xc3\xa9</p></body></html>", False),  # a BOM is cut
    (b'<meta charset="utf-8"><p>caf\xc3\xa9</p>', True),
    (b'<meta charset="windows-1252"><p>caf\xc3\xa9</p>', True),  # valid UTF-8 wins
    (b'<meta charset="iso-8859-1"><p>caf\xe9</p>', False),  # read as cp1252
    ("<html><body><p>café</p></body></html>".encode("utf-16-le"), False),
    (b'<?xml version="1.0" encoding="utf-8"?><html><body><p>x</p></body></html>', True),
    (b"<html><body><p>a\x01b\x0cc</p></body></html>", True),  # control bytes: parse drops them
]


@pytest.mark.parametrize(("data", "own_bytes"), _PAGE_BYTES)
def test_decoded_page_bytes_are_its_text_encoded(data: bytes, own_bytes: bool) -> None:
    decoded = decode_page(data)
    assert decoded.text == decode_bytes(data)
    assert (decoded.utf8 is data) is own_bytes
    if decoded.utf8 is not None:
        assert decoded.text.encode("utf-8") == decoded.utf8
    # the tree from the page's own bytes is the tree from its text
    assert lxml.html.tostring(parse_html(decoded.text, decoded.utf8)) == lxml.html.tostring(
        parse_html(decoded.text)
    )
