"""The founding example: ../shared/seed's text dump comes out as its expected JSON.

Checked on every key the expected file lists (caption sub-keys it omits are null), through
the library (``extract``, ``extract_text``), the CLI's ``main`` and ``python -m cleannews``.
The dump is read from ../shared, never copied into the project.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import cleannews
from cleannews.cli import main

SEED_NAME = "rferl-putin-erdogan-2019"
CAPTION_KEYS = ("text", "credit", "image_url", "alt")


@pytest.fixture(scope="module")
def seed_path(shared_dir: Path) -> Path:
    path = shared_dir / "seed" / f"{SEED_NAME}.txt"
    if not path.is_file():
        pytest.skip(f"{path} is absent: the seed dump is read from ../shared, never copied")
    return path


@pytest.fixture(scope="module")
def expected(seed_path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        seed_path.with_name(f"{SEED_NAME}.expected.json").read_text(encoding="utf-8")
    )
    # a caption sub-key the file omits is null in the Article
    data["captions"] = [{key: c.get(key) for key in CAPTION_KEYS} for c in data["captions"]]
    return data


def _assert_matches(got: dict[str, Any], expected: dict[str, Any]) -> None:
    assert expected, "the expected file lists no keys"
    for key, value in expected.items():
        assert got[key] == value, f"field {key!r} differs"


def _via_extract(path: Path) -> dict[str, Any]:
    return cleannews.extract(path.read_text(encoding="utf-8")).to_dict()


def _via_extract_bytes(path: Path) -> dict[str, Any]:
    return cleannews.extract(path.read_bytes()).to_dict()


def _via_extract_text(path: Path) -> dict[str, Any]:
    return cleannews.extract_text(path.read_bytes()).to_dict()


@pytest.mark.parametrize(
    "run",
    [_via_extract, _via_extract_bytes, _via_extract_text],
    ids=["extract-str", "extract-bytes", "extract_text"],
)
def test_seed_through_the_library(
    run: Callable[[Path], dict[str, Any]], seed_path: Path, expected: dict[str, Any]
) -> None:
    got = run(seed_path)
    assert got["parser"] == "text"
    _assert_matches(got, expected)


def test_seed_through_cli_main(
    seed_path: Path, expected: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(seed_path)]) == 0
    _assert_matches(json.loads(capsys.readouterr().out), expected)


def test_seed_through_python_dash_m(seed_path: Path, expected: dict[str, Any]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cleannews", str(seed_path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    _assert_matches(json.loads(done.stdout), expected)


def test_seed_states_its_language_by_its_chrome(seed_path: Path) -> None:
    # "Accessibility links" is the English skip-links heading
    assert cleannews.extract_text(seed_path.read_bytes()).language == "en"
