"""Shared test helpers: where the third-party corpus lives, and skipping when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SEED = SHARED / "seed"
FIXTURES = ROOT / "fixtures"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder with the seed and the corpus; skips when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent: third-party pages are read from there, never copied")
    return SHARED
