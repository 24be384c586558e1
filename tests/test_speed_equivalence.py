"""Fast paths taken for speed give the same answer as the general code they skip.

Each expected value is worked out by hand from the definition, not copied from output.
"""

from __future__ import annotations

import pytest

from cleannews._markup_vocabulary import _NON_LETTERS, hint_key
from cleannews.parsers._generic_elements import text_weight


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
    ],
)
def test_hint_key(name: str, key: str) -> None:
    assert hint_key(name) == key
    assert hint_key(name) == _NON_LETTERS.sub("-", name)
