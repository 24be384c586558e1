"""Every page we wrote ourselves (fixtures/<case>/) comes out as its hand-checked expected.json.

A case folder holds ``input.html`` (read as bytes) or ``input.txt``, ``meta.json``
(``url``, ``description``) and ``expected.json``: the full Article dict, or
``{"error": "NoArticleFound"}`` for a page that holds no article.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import cleannews

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CASES = sorted(p for p in FIXTURES.iterdir() if (p / "expected.json").is_file())


def _run(case: Path) -> dict[str, Any]:
    meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
    url = meta.get("url")
    try:
        if (case / "input.txt").is_file():
            article = cleannews.extract_text((case / "input.txt").read_bytes(), url=url)
        else:
            article = cleannews.extract((case / "input.html").read_bytes(), url=url)
    except cleannews.CleannewsError as exc:
        return {"error": type(exc).__name__}
    return article.to_dict()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fixture_matches_expected(case: Path) -> None:
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    got = _run(case)
    if "error" in expected:
        assert got == expected
        return
    assert set(got) == set(expected)
    for key in expected:
        assert got[key] == expected[key], f"{case.name}: field {key!r} differs"
