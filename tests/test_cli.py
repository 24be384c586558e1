"""The ``cleannews`` command's contract: one input prints Article JSON, several give JSON
Lines with their source, failures become error records, exit codes 0 / 1 / 2."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import cleannews
from batch_pages import article_html, headline, write_pages
from cleannews import extract
from cleannews._article import ARTICLE_KEYS
from cleannews.cli import _parser as cli_parser
from cleannews.cli import main
from cleannews.formats import OutputFormat, render

RECORD_KEYS = ("source", *ARTICLE_KEYS)


class _Terminal(io.StringIO):
    """A stdin that is a terminal: ``cleannews`` with no input must not wait on it."""

    def isatty(self) -> bool:
        return True


def _lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _paths(records: list[dict[str, Any]]) -> list[str]:
    return sorted(record["source"]["path"] for record in records)


def test_one_file_prints_indented_article_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = write_pages(tmp_path, 1)[0]
    assert main([str(page)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("{\n  ")
    article = json.loads(out)
    assert tuple(article) == ARTICLE_KEYS
    assert article["headline"] == headline(0)


def test_stdin_is_read_with_a_dash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(article_html(3).encode("utf-8")))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["-", "--url", "https://news.example.com/a/3.html"]) == 0
    article = json.loads(capsys.readouterr().out)
    assert article["headline"] == headline(3)
    assert article["url"] == "https://news.example.com/a/3.html"


def test_several_files_give_json_lines_with_their_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = write_pages(tmp_path, 3)
    assert main([str(p) for p in pages] + ["-j", "2"]) == 0
    records = _lines(capsys.readouterr().out)
    assert _paths(records) == sorted(str(p) for p in pages)
    for record in records:
        assert tuple(record) == RECORD_KEYS
        number = int(Path(record["source"]["path"]).stem.split("-")[1])
        assert record["headline"] == headline(number)


def test_a_missing_file_is_an_error_record_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = write_pages(tmp_path, 2)
    missing = tmp_path / "absent.html"
    assert main([str(pages[0]), str(missing), str(pages[1])]) == 1
    captured = capsys.readouterr()
    records = _lines(captured.out)
    assert len(records) == 3
    errors = [r for r in records if "error" in r]
    assert errors == [
        {
            "source": {"path": str(missing), "record_id": None, "url": None},
            "error": {"type": "FileNotFoundError", "message": "no such file or directory"},
        }
    ]
    assert f"{missing}: FileNotFoundError" in captured.err


def test_one_missing_file_exits_1_with_nothing_on_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "absent.html")]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "FileNotFoundError" in captured.err


def test_output_file_instead_of_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = write_pages(tmp_path / "in", 2)
    out = tmp_path / "out.jsonl"
    assert main([str(p) for p in pages] + ["-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    assert _paths(_lines(out.read_text(encoding="utf-8"))) == sorted(map(str, pages))


def test_a_folder_is_walked_recursively_by_extension(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wanted = [
        tmp_path / "a.html",
        tmp_path / "sub" / "b.htm",
        tmp_path / "sub" / "deeper" / "c.xhtml",
        tmp_path / "sub" / "d.txt",
    ]
    for number, path in enumerate(wanted):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article_html(number), encoding="utf-8")
    (tmp_path / "style.css").write_text("body { color: red }", encoding="utf-8")
    (tmp_path / "sub" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    main([str(tmp_path)])
    assert _paths(_lines(capsys.readouterr().out)) == sorted(map(str, wanted))


def test_a_glob_is_expanded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_pages(tmp_path / "x", 2)
    write_pages(tmp_path / "y" / "z", 2, suffix=".htm")
    assert main([str(tmp_path / "**" / "*.htm")]) == 0
    paths = _paths(_lines(capsys.readouterr().out))
    assert [Path(p).relative_to(tmp_path).as_posix() for p in paths] == [
        "y/z/page-0000.htm",
        "y/z/page-0001.htm",
    ]


def test_files_from_a_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = write_pages(tmp_path, 3)
    listing = tmp_path / "list.txt"
    listing.write_text(f"{pages[0]}\n\n{pages[2]}\n", encoding="utf-8")
    assert main(["--files-from", str(listing)]) == 0
    assert _paths(_lines(capsys.readouterr().out)) == [str(pages[0]), str(pages[2])]


def test_output_dir_has_one_json_per_input(tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "in", 3)
    (tmp_path / "in" / "broken.html").write_bytes(b"")
    out = tmp_path / "out"
    assert main([str(tmp_path / "in"), "--output-dir", str(out)]) == 1
    files = sorted(out.glob("*.json"))
    assert len(files) == 4
    records = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    assert _paths(records) == sorted([*map(str, pages), str(tmp_path / "in" / "broken.html")])
    broken = next(r for r in records if r["source"]["path"].endswith("broken.html"))
    assert broken["error"]["type"] == "InputError"
    assert not list(out.glob(".*.tmp"))


def test_summary_on_stderr_and_no_progress_bar_when_piped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_pages(tmp_path, 2)
    (tmp_path / "empty.html").write_text("   \n", encoding="utf-8")
    assert main([str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "\r" not in err
    assert err.splitlines()[-1].startswith("cleannews: 3 documents: 2 ok, 0 no article, 1 failed (")


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["page.html", "--parser", "nosuch"],
        ["a.html", "--resume"],
        ["a.html", "b.html", "--url", "https://example.com/"],
        ["a.html", "-j", "0"],
        ["a.html", "-o", "x.jsonl", "--output-dir", "d"],
        ["-", "-"],
    ],
    ids=[
        "no-input",
        "unknown-parser",
        "resume-without-output",
        "url-for-many",
        "zero-jobs",
        "two-outputs",
        "stdin-twice",
    ],
)
def test_usage_errors_exit_2(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", _Terminal())  # no input and a terminal: a usage error
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_python_dash_m_runs_the_same_command(tmp_path: Path) -> None:
    page = write_pages(tmp_path, 1)[0]
    done = subprocess.run(
        [sys.executable, "-m", "cleannews", str(page)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["headline"] == headline(0)


def test_an_unwritable_output_is_a_message_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = write_pages(tmp_path, 2)
    target = tmp_path / "no-such-folder" / "out.jsonl"
    assert main([*map(str, pages), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert "No such file or directory" in err
    assert "Traceback" not in err


# --- output formats, --version, stdin by default, empty input, --help, --canonical-url ---


@pytest.mark.parametrize("output", ["text", "markdown", "html"])
def test_format_renders_the_article_of_one_page(
    output: OutputFormat, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = write_pages(tmp_path, 1)[0]
    assert main([str(page), "--format", output]) == 0
    article = extract(page.read_bytes())
    assert capsys.readouterr().out == render(article, output) + "\n"


def test_jsonl_gives_a_record_with_its_source_even_for_one_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = write_pages(tmp_path, 1)[0]
    assert main([str(page), "-f", "jsonl", "--url", "https://news.example.com/a/0"]) == 0
    [record] = _lines(capsys.readouterr().out)
    assert tuple(record) == RECORD_KEYS
    assert record["source"]["path"] == str(page)
    assert record["url"] == "https://news.example.com/a/0"


def test_a_document_format_takes_one_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = write_pages(tmp_path, 2)
    with pytest.raises(SystemExit) as exit_info:
        main([*map(str, pages), "-f", "markdown"])
    assert exit_info.value.code == 2
    assert "--format markdown renders one document" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"cleannews {cleannews.__version__}\n"


def test_stdin_is_read_when_no_input_is_given_and_it_is_not_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(article_html(5).encode("utf-8")))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["-f", "text"]) == 0
    assert capsys.readouterr().out.startswith(headline(5) + "\n\n")


def test_an_empty_folder_exits_1_with_no_input_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty").mkdir()
    assert main([str(tmp_path / "empty")]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "cleannews: no input documents" in captured.err


def test_help_shows_every_default() -> None:
    parser = cli_parser()
    for action in parser._actions:
        if not action.option_strings or action.dest in {"help", "version"}:
            continue
        assert "default" in (action.help or ""), action.option_strings


CANONICAL_PAGE = article_html(6).replace(
    "<title>",
    '<link rel="canonical" href="/local/bridge-6.html"><title>',
)


def test_canonical_url_replaces_the_given_url_and_its_site(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    page.write_text(CANONICAL_PAGE, encoding="utf-8")
    given = "https://m.news.example.com/local/bridge-6.html?utm_source=feed"
    assert main([str(page), "--url", given, "--canonical-url"]) == 0
    article = json.loads(capsys.readouterr().out)
    assert article["url"] == "https://m.news.example.com/local/bridge-6.html"
    assert article["site"] == "m.news.example.com"
    # without the option the given URL stands
    assert main([str(page), "--url", given]) == 0
    assert json.loads(capsys.readouterr().out)["url"] == given
