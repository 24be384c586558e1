"""Items 5-12 of issue 14: serious faults (duplicates, hangs, quadratic time, memory,
the Dask path, symlink loops, charsets, unreadable folders)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from batch_pages import article_html, headline, write_pages
from cleannews.cli import main

from .conftest import ROOT, reap, start_cli, warc_bytes

POSIX = hasattr(os, "mkfifo")


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _run(args: list[str], timeout: float) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run(
        [sys.executable, "-m", "cleannews", *args],
        capture_output=True,
        timeout=timeout,
        env=env,
        check=False,
    )


def test_05_two_runs_on_one_output_exclude_each_other(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 2000)
    out = tmp_path / "out.jsonl"
    args = [str(tmp_path / "in"), "-o", str(out), "--resume", "-j", "1"]
    first = start_cli(args)
    try:
        deadline = time.monotonic() + 30
        while (not out.exists() or out.stat().st_size == 0) and time.monotonic() < deadline:
            time.sleep(0.02)
        second = _run(args, timeout=60)
        assert second.returncode == 2
        assert b"another cleannews" in second.stderr
        first.communicate(timeout=120)
    finally:
        reap(first.pid)
    paths = [record["source"]["path"] for record in _records(out)]
    assert len(paths) == len(set(paths)) == 2000


@pytest.mark.skipif(not POSIX, reason="needs named pipes (POSIX)")
def test_06_a_fifo_named_warc_is_an_error_record(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_pages(folder, 1)
    os.mkfifo(folder / "stuck.warc")
    os.mkfifo(folder / "stuck.html")
    out = tmp_path / "out.jsonl"
    done = _run([str(folder), "-o", str(out), "--timeout", "0"], timeout=30)
    assert done.returncode == 1
    records = {Path(record["source"]["path"]).name: record for record in _records(out)}
    assert sorted(records) == ["page-0000.html", "stuck.html", "stuck.warc"]
    assert records["stuck.warc"]["error"]["type"] == "InputError"
    assert records["stuck.html"]["error"]["type"] == "InputError"


def test_07_an_element_with_100000_attributes_is_refused_at_once() -> None:
    attributes = " ".join(f"data-attribute-{number}=x" for number in range(100_000))
    page = article_html(1).replace("<article>", f"<article {attributes}>")
    script = (
        "import sys, cleannews\n"
        "try:\n    cleannews.extract(sys.stdin.buffer.read())\n"
        "except cleannews.InputError as exc:\n    print('InputError', exc)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-c", script],
        input=page.encode(),
        capture_output=True,
        timeout=20,
        env=env,
        check=True,
    )
    assert done.stdout.startswith(b"InputError")
    assert b"attributes" in done.stdout


def test_07_a_quoted_angle_bracket_does_not_hide_the_attributes() -> None:
    import cleannews

    # a ">" inside the first quoted value once ended the scan of the tag: 16 s in libxml2
    attributes = " ".join(f'a{number}="1"' for number in range(100_000))
    page = article_html(1).replace("<article>", f'<article title="a > b" {attributes}>')
    started = time.monotonic()
    with pytest.raises(cleannews.InputError, match="attributes"):
        cleannews.extract(page)
    assert time.monotonic() - started < 5


def test_07_a_long_text_is_no_long_tag() -> None:
    import cleannews

    words = "The council met again and talked about the budget for the library. " * 400
    article = cleannews.extract(article_html(1).replace("<article>", f"<article><p>{words}</p>"))
    assert words.strip() in article.text


def test_08_str_input_has_a_size_cap_like_bytes() -> None:
    import cleannews
    from cleannews._document import MAX_INPUT_BYTES

    page = article_html(1)
    huge = page.replace("</article>", " " * (MAX_INPUT_BYTES + 1) + "</article>")
    for extract in (cleannews.extract, cleannews.extract_html, cleannews.extract_text):
        with pytest.raises(cleannews.InputError, match="limit"):
            extract(huge)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is Linux's")
def test_08_workers_have_a_memory_cap_by_default(tmp_path: Path) -> None:
    from cleannews.batch.runner import MIN_DEFAULT_MAX_MEMORY

    # as many workers as bring the default cap (3/4 of memory shared) down to its floor
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    workers = -(-memory * 3 // 4 // MIN_DEFAULT_MAX_MEMORY)
    if workers > 64:
        pytest.skip(f"a machine this large needs {workers} workers to show the cap")
    folder = tmp_path / "in"
    folder.mkdir()
    # a list-heavy page: 13 MB whose tree and walk need over 700 MB, more than 512 MiB
    lists = "<ul><li><a href=x>i</a></li></ul>" * 400_000
    (folder / "lists.html").write_text(
        article_html(1).replace("</article>", "</article>" + lists), encoding="utf-8"
    )
    write_pages(folder, 1)
    out = tmp_path / "out.jsonl"
    args = [str(folder), "-o", str(out), "-j", str(workers), "--max-bytes", str(64 << 20)]
    done = _run(args, 300)
    records = {Path(record["source"]["path"]).name: record for record in _records(out)}
    assert done.returncode == 1, done.stderr
    assert "headline" in records["page-0000.html"]
    assert records["lists.html"]["error"]["type"] in {"InputError", "MemoryError", "WorkerCrashed"}


def test_09_dask_one_bad_page_costs_one_row(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag", reason="the Dask integration needs the [dask] extra")
    import dask
    import dask.bag as db
    import pyarrow.parquet as pq

    import cleannews.dask as cnd

    warc = tmp_path / "crawl.warc"
    good = warc_bytes(("https://news.example.com/1", article_html(1)))
    no_uri = good.replace(b"WARC-Target-URI: https://news.example.com/1\r\n", b"")
    warc.write_bytes(good + no_uri + warc_bytes(("https://news.example.com/3", article_html(3))))
    pages = [
        {"html": article_html(4), "url": "https://news.example.com/\ud800"},
        {"html": "<p>" + "x" * (cnd.DEFAULT_MAX_BYTES + 1) + "</p>", "url": "https://e.com/big"},
        {"html": article_html(5), "url": "https://news.example.com/5"},
    ]
    with dask.config.set(scheduler="synchronous"):
        records = cnd.extract_records(
            db.concat([cnd.warc_pages([str(warc)]), db.from_sequence(pages, npartitions=3)])
        )
        written = cnd.to_parquet(records, str(tmp_path / "out"))
        rows = [row for path in written for row in pq.read_table(path).to_pylist()]
        # pages 1, 4 (its URL repaired) and 5; the damaged record ends its file (page 3 is
        # lost with it, the file's row says so) and the large page is a row of its own
        assert sorted(row["source_url"] or "" for row in rows if row["status"] == "ok") == [
            "https://news.example.com/1",
            "https://news.example.com/5",
            "https://news.example.com/\ufffd",
        ]
        failed = {row["error_type"] for row in rows if row["status"] == "failed"}
        assert failed == {"InputTooLarge", "AttributeError"}
        # the time limit of the command: a page over it is a row, not a stuck task
        slow = cnd.extract_records(db.from_sequence([{"html": article_html(6)}]), timeout=0.001)
        assert [row["error_type"] for row in slow.compute()] == ["DocumentTimeout"]
        # a rerun skips the parts already written
        stamps = {path: os.stat(path).st_mtime_ns for path in written}
        again = cnd.to_parquet(records, str(tmp_path / "out"), resume=True)
        assert sorted(again) == sorted(written)
        assert {path: os.stat(path).st_mtime_ns for path in again} == stamps


def _daemonic_rows(timeout: float, queue: Any) -> None:
    import dask
    import dask.bag as db

    import cleannews.dask as cnd

    # a long story (some tenths of a second), so a short limit is past long before it ends
    story = "".join(
        f"<p>Paragraph {n} of the council's long budget debate.</p>" for n in range(20000)
    )
    pages = [{"html": f"<html><body><article><h1>Budget</h1>{story}</article></body></html>"}]
    with dask.config.set(scheduler="synchronous"):
        rows = cnd.extract_records(db.from_sequence(pages), timeout=timeout).compute()
    queue.put([(row["status"], row["error_type"]) for row in rows])


def test_09_dask_time_limit_holds_on_a_daemonic_worker() -> None:
    # Dask's workers are daemonic processes, which may start no process of their own
    pytest.importorskip("dask.bag", reason="the Dask integration needs the [dask] extra")
    import multiprocessing

    context = multiprocessing.get_context("fork")
    got = []
    for timeout in (0.02, 60.0):
        queue = context.Queue()
        child = context.Process(target=_daemonic_rows, args=(timeout, queue), daemon=True)
        child.start()
        got.append(queue.get(timeout=120))
        child.join(10)
    assert got == [[("failed", "DocumentTimeout")], [("ok", None)]]


def test_10_a_glob_never_follows_a_symlink_loop(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_pages(folder / "a", 1)
    (folder / "a" / "loop").symlink_to("..", target_is_directory=True)
    (folder / "a" / "self").symlink_to(".", target_is_directory=True)
    out = tmp_path / "out.jsonl"
    done = _run([f"{folder}/**/*.html", "-o", str(out)], timeout=60)
    assert done.returncode == 0, done.stderr
    assert len(_records(out)) == 1


def test_11_a_header_charset_never_garbles_utf8(tmp_path: Path) -> None:
    title = "Мост номер один открыт"
    page = article_html(1).replace(headline(1), title).replace('<meta charset="utf-8">', "")
    warc = tmp_path / "crawl.warc"
    warc.write_bytes(warc_bytes(("https://news.example.com/1", page), charset="iso-8859-1"))
    out = tmp_path / "out.jsonl"
    assert main([str(warc), "-o", str(out)]) == 0
    assert _records(out)[0]["headline"] == title


def test_12_an_unreadable_subfolder_gives_an_error_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    write_pages(folder, 1)
    locked = folder / "locked"
    write_pages(locked, 1)
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:
        # as chmod 000 would (the tests may run as root, whom permissions do not stop)
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out = tmp_path / "out.jsonl"
    assert main([str(folder), "-o", str(out)]) == 1
    records = {record["source"]["path"]: record for record in _records(out)}
    assert records[str(locked)]["error"]["type"] == "PermissionError"
    assert "headline" in records[str(folder / "page-0000.html")]
