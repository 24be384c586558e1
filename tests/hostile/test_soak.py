"""The kill/resume soak: a batch on two workers killed again and again (SIGKILL at random
moments, one SIGTERM), resumed each time, must end with every input exactly once, every
line whole and no process left behind.

The short run is part of the suite (seconds); the long one runs by hand::

    CLEANNEWS_SOAK=1 .venv/bin/python -m pytest tests/hostile/test_soak.py -s -m soak

``-s`` shows the figures (runs, kills, inputs, lost, doubled, left-over processes).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from batch_pages import article_html

from .conftest import reap, start_cli, wait_for_no_process

LONG = os.environ.get("CLEANNEWS_SOAK") == "1"

pytestmark = [
    pytest.mark.soak,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc (Linux)"),
]


@dataclass
class Figures:
    runs: int = 0
    kills: int = 0
    terms: int = 0
    inputs: int = 0
    lost: int = 0
    doubled: int = 0
    left_over: int = 0
    cut_lines: int = 0


def _inputs(folder: Path, count: int) -> list[str]:
    folder.mkdir()
    paths = []
    for number in range(count):
        path = folder / f"doc-{number:05d}.html"
        # every 23rd document fails (empty), so error records are resumed past too
        path.write_text("" if number % 23 == 0 else article_html(number), encoding="utf-8")
        paths.append(str(path))
    return paths


def _lines(out: Path) -> tuple[list[dict[str, object]], int]:
    """Whole records, and how many lines are not (a cut last line, at most)."""
    if not out.exists():
        return [], 0
    records, broken = [], 0
    for line in out.read_bytes().split(b"\n"):
        if not line:
            continue
        try:
            records.append(json.loads(line))
        except ValueError:
            broken += 1
    return records, broken


def _soak(tmp_path: Path, inputs: int, kills: int, seed: int) -> Figures:
    generator = random.Random(seed)
    paths = _inputs(tmp_path / "in", inputs)
    out = tmp_path / "out.jsonl"
    args = [str(tmp_path / "in"), "-o", str(out), "--resume", "-j", "2"]
    figures = Figures(inputs=inputs)
    sigterm_round = generator.randrange(kills)
    for round_number in range(kills + 1):
        process = start_cli(args)
        figures.runs += 1
        try:
            if round_number < kills:
                # kill at a random moment once this run has written something: a kill
                # before that would only test start-up
                size = out.stat().st_size if out.exists() else 0
                deadline = time.monotonic() + 60
                while process.poll() is None and time.monotonic() < deadline:
                    if out.exists() and out.stat().st_size > size:
                        break
                    time.sleep(0.01)
                time.sleep(generator.uniform(0.0, 0.05))
                signum = signal.SIGTERM if round_number == sigterm_round else signal.SIGKILL
                if process.poll() is None:
                    os.kill(process.pid, signum)
                    figures.kills += signum == signal.SIGKILL
                    figures.terms += signum == signal.SIGTERM
            _, stderr = process.communicate(timeout=300)
            figures.left_over += len(wait_for_no_process(process.pid, 10))
            if round_number == kills:  # 1: it wrote an empty document's record; 0: none left
                assert process.returncode in {0, 1}, stderr
        finally:
            reap(process.pid)
        records, broken = _lines(out)
        figures.cut_lines = max(figures.cut_lines, broken)
        # a kill may cut the last line only; the next run trims it before appending
        assert broken <= 1
    records, broken = _lines(out)
    assert broken == 0
    seen = [str(record["source"]["path"]) for record in records]  # type: ignore[index]
    figures.lost = len(set(paths) - set(seen))
    figures.doubled = len(seen) - len(set(seen))
    print(f"\nsoak: {figures}")
    return figures


def test_kill_resume_soak_short(tmp_path: Path) -> None:
    figures = _soak(tmp_path, inputs=1500, kills=4, seed=14)
    assert (figures.lost, figures.doubled, figures.left_over) == (0, 0, 0)
    assert figures.kills + figures.terms >= 2  # the run was stopped, not just watched


@pytest.mark.skipif(not LONG, reason="the long soak runs by hand: CLEANNEWS_SOAK=1")
def test_kill_resume_soak_long(tmp_path: Path) -> None:
    seed = int(os.environ.get("CLEANNEWS_SOAK_SEED", "1414"))
    figures = _soak(tmp_path, inputs=3000, kills=25, seed=seed)
    assert (figures.lost, figures.doubled, figures.left_over) == (0, 0, 0)
