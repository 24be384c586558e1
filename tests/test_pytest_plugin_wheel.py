"""The plugin as an outside project meets it: cleannews installed from a built wheel.

A temporary project holding only ``pytest.ini`` and ``tests/`` (the example under
examples/plugin-demo) runs in a fresh venv where cleannews comes from the wheel: its
tests pass, fail with the per-field diff once a snapshot field is changed, and pass again
after ``--cleannews-update`` rewrites the file. Without the ini's opt-in the plugin is
dormant there too. Slow (a wheel, a venv, installs from the
package index), so it is marked ``slow``: deselect it with ``-m "not slow"``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "plugin-demo"
HEADLINE = "Council passes budget after five-hour meeting"


def _clean_env() -> dict[str, str]:
    # the outer pytest run must not leak its settings (PYTEST_ADDOPTS, xdist ids, paths)
    return {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTEST", "PYTHON", "VIRTUAL_ENV", "PIP_REQUIRE"))
    }


def _run(args: list[str | Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=_clean_env(),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def _ok(args: list[str | Path], cwd: Path) -> str:
    done = _run(args, cwd)
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.mark.slow
def test_wheel_install_serves_a_project_with_only_tests(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    _ok([sys.executable, "-m", "pip", "wheel", ROOT, "--no-deps", "-q", "-w", dist], tmp_path)
    [wheel] = list(dist.glob("cleannews-*.whl"))
    venv = tmp_path / "venv"
    _ok([sys.executable, "-m", "venv", venv], tmp_path)
    python = venv / "bin" / "python"
    _ok([python, "-m", "pip", "install", "-q", "--upgrade", "pip"], tmp_path)
    _ok([python, "-m", "pip", "install", "-q", wheel, "pytest"], tmp_path)

    # the bundled pages come from the installed wheel, not from this checkout
    where = _ok(
        [python, "-c", "import cleannews.pytest_plugin.cases as c; print(c.bundled_dir())"],
        tmp_path,
    )
    assert Path(where.strip()).is_relative_to(venv)

    project = tmp_path / "project"
    shutil.copytree(EXAMPLE / "tests", project / "tests")
    pytest_cmd: list[str | Path] = [python, "-m", "pytest", "-p", "no:cacheprovider", "-q"]
    dormant = _run(pytest_cmd, project)  # no pytest.ini yet: the plugin is not on
    assert dormant.returncode == 1
    assert "fixture 'news_page' not found" in dormant.stdout
    shutil.copy(EXAMPLE / "pytest.ini", project / "pytest.ini")
    assert "5 passed" in _ok(pytest_cmd, project)

    expected = project / "tests" / "__snapshots__" / "test_scraper" / "test_budget_story.json"
    data = json.loads(expected.read_text(encoding="utf-8"))
    data["headline"] = "Council rejects budget"
    expected.write_text(json.dumps(data), encoding="utf-8")
    failed = _run(pytest_cmd, project)
    assert failed.returncode == 1
    assert f"headline changed: 'Council rejects budget' -> '{HEADLINE}'" in failed.stdout

    updated = _ok([*pytest_cmd, "--cleannews-update"], project)
    assert f"headline changed: 'Council rejects budget' -> '{HEADLINE}'" in updated
    assert json.loads(expected.read_text(encoding="utf-8"))["headline"] == HEADLINE
    assert "5 passed" in _ok(pytest_cmd, project)
