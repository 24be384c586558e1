"""Fast paths taken for speed give the same answer as the general code they skip.

Each expected value is worked out by hand from the definition, not copied from output.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleannews._markup_vocabulary import _NON_LETTERS, HintFlags, hint_key, read_hints, read_key
from cleannews.parsers._generic_elements import NO_HINTS, HintReader, text_weight

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
    attrs = {name: value for name, value in (("class", cls), ("id", ident)) if value}
    expected = _union([v for v in (cls, ident) if v])
    assert reader.of(attrs) == expected
    assert reader.of(attrs) == expected  # read again, from the reader's memory


def test_hint_reader_examples() -> None:
    reader = HintReader()
    assert reader.of({}) is NO_HINTS
    assert reader.of({"class": "Story-Body", "id": "main"}) == HintFlags(False, True, False, False)
    assert reader.of({"class": "sidebar", "id": "photo-caption-2"}) == HintFlags(
        True, False, True, False
    )
    assert reader.value("container row") is NO_HINTS
