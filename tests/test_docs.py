"""The documentation's examples run: the package docstring's doctest, the docs' module paths."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import cleannews

ROOT = Path(__file__).resolve().parent.parent


def test_the_package_docstring_example_runs() -> None:
    result = doctest.testmod(cleannews, verbose=False)
    assert result.attempted >= 4
    assert result.failed == 0


def test_every_source_path_named_in_the_docs_exists() -> None:
    named = set()
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        named |= {
            (page.name, m)
            for m in re.findall(r"`((?:src/)?cleannews/[\w/]+\.py)`", page.read_text())
        }
    missing = [
        (page, path)
        for page, path in sorted(named)
        if not (ROOT / path).is_file() and not (ROOT / "src" / path).is_file()
    ]
    assert not missing
