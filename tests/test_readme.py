"""The README's commands, run as written.

Every line of its ``bash`` blocks and its ``python`` block runs here, from a folder that
holds the repository's ``fixtures/`` (so the outputs land in a temporary folder), with
this environment's ``cleannews`` first on the PATH. The install lines build and install
cleannews into fresh environments, so they are marked ``slow``. Two lines are not run:
the benchmark (it needs ``../shared/corpus`` and takes many minutes; its parts are tested
in test_benchmarks.py) and the test suite itself (this is it; CI runs it).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
_BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.DOTALL | re.MULTILINE)
_COMMENT = re.compile(r"\s+#\s.*$")
NOT_RUN = ("-m benchmarks", "-m pytest")


def _blocks(language: str) -> list[str]:
    return [body for lang, body in _BLOCK.findall(README) if lang == language]


def _commands() -> list[str]:
    lines = [
        _COMMENT.sub("", line).strip() for block in _blocks("bash") for line in block.splitlines()
    ]
    return [line for line in lines if line and not line.startswith("#")]


def _is_install(command: str) -> bool:
    return command.startswith(("pip ", "python3 -m venv", ".venv/bin/pip"))


COMMANDS = [c for c in _commands() if not _is_install(c) and not any(n in c for n in NOT_RUN)]
INSTALLS = [c for c in _commands() if _is_install(c)]


def _env(bin_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "VIRTUAL_ENV"))}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    return env


def _run(command: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-euo", "pipefail", "-c", command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "fixtures", folder / "fixtures")
    return folder


def test_the_readme_has_the_commands_this_file_runs() -> None:
    assert len(COMMANDS) >= 8
    assert any("--format markdown" in c for c in COMMANDS)
    assert any(c.startswith("cleannews save-case") for c in COMMANDS)
    assert "pip install ." in INSTALLS


@pytest.mark.parametrize("command", COMMANDS)
def test_readme_command(command: str, workdir: Path) -> None:
    done = _run(command, workdir, _env(Path(sys.executable).parent))
    # a batch over fixtures/ exits 1 because two of its pages hold no article (an index,
    # a video page): they get error records and the others are written
    no_article = done.returncode == 1 and "NoArticleFound" in done.stderr
    assert done.returncode == 0 or no_article, f"{command}\n{done.stdout}\n{done.stderr}"
    assert "Traceback" not in done.stderr
    if " -o articles.jsonl" in command:
        lines = (workdir / "articles.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(lines) == len(list((workdir / "fixtures").glob("*/input.*")))
    if "--format markdown" in command:
        assert done.stdout.startswith("# Millbrook council approves")
    if command.startswith("cleannews save-case"):
        assert (workdir / "tests" / "pages" / "millbrook" / "budget" / "meta.json").is_file()


def test_readme_python_example(workdir: Path) -> None:
    [code] = _blocks("python")
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=workdir, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Millbrook council approves $48 million budget")


@pytest.mark.slow
def test_readme_install_commands(tmp_path: Path) -> None:
    checkout = tmp_path / "cleannews"
    ignore = shutil.ignore_patterns(".venv", ".ci-venv", ".git", "*_cache", "__pycache__", "dist")
    shutil.copytree(ROOT, checkout, ignore=ignore)
    venv = tmp_path / "env"
    subprocess.run([sys.executable, "-m", "venv", venv], check=True, timeout=600)
    env = _env(venv / "bin")
    for command in INSTALLS:
        if command.startswith(".venv/bin/pip") and not (checkout / ".venv").exists():
            continue  # the contributor's .venv comes from the set-up line, run below
        done = _run(command, checkout, env)
        assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    # "pip install ." gave this environment the command and the library
    check = _run("cleannews --version && python -c 'import cleannews.formats'", checkout, env)
    assert check.returncode == 0, check.stderr
    assert (checkout / ".venv" / "bin" / "cleannews").is_file()
