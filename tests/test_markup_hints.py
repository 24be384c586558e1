"""Reading class/id hints: the shortcuts the walk takes read exactly as the plain reading."""

from __future__ import annotations

import itertools
import re

from hypothesis import given
from hypothesis import strategies as st

from cleannews.parsers.generic.vocabulary import HintFlags, hint_key, hint_words, read_hints

# letters that make vocabulary words, separators, digits, and characters [a-z] does not cover
_NAME_CHARS = st.sampled_from([*list("abdeilnoprstuvy"), "-", "_", "1", "9", ".", "é", "Z"])
_NAMES = st.text(_NAME_CHARS, max_size=16)
_WORD_NAMES = st.lists(
    st.sampled_from(["caption", "credit", "ad", "sidebar", "cookie", "article", "body", "x"]),
    min_size=1,
    max_size=4,
)
_SEPARATORS = st.sampled_from(["-", "_", "--", "-2-", "9", ".", "é"])


def _slow_words(hints: str) -> frozenset[str]:
    """The definition, spelled out: letter runs per name and each two in a row in a name."""
    found: set[str] = set()
    for name in hints.split():
        words = [w for w in re.split("[^a-z]+", name) if w]
        found.update(words)
        found.update(f"{a}-{b}" for a, b in itertools.pairwise(words))
    return frozenset(found)


@given(st.lists(_NAMES, max_size=4).map(" ".join))
def test_hint_words_match_the_definition(hints: str) -> None:
    assert hint_words(hints) == _slow_words(hints)


@given(_NAMES.filter(lambda name: not any(c.isspace() for c in name)))
def test_a_name_reads_as_its_key(name: str) -> None:
    assert read_hints(hint_key(name)) == read_hints(name)


@given(_WORD_NAMES, _SEPARATORS, _SEPARATORS)
def test_separators_and_digits_do_not_change_the_reading(
    words: list[str], inner: str, outer: str
) -> None:
    name = outer + inner.join(words) + outer
    assert hint_key(name) == hint_key("-" + "-".join(words) + "-")
    assert read_hints(name) == read_hints("-" + "-".join(words) + "-")


def test_key_examples() -> None:
    assert hint_key("post-1234") == hint_key("post-5678") == "post-"
    assert hint_key("photoCaption2") == "photo-aption-"
    assert read_hints("image-caption") == HintFlags(False, False, True, False)
    assert read_hints("ad-slot-3").boilerplate
    assert hint_words("widget_2_area") == frozenset({"widget", "area", "widget-area"})
