"""Items 1-4 of issue 14: faults that stopped a whole batch or lost data silently."""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import cleannews
from batch_pages import article_html, headline, write_pages
from cleannews.cli import main

from .conftest import reap, session_processes, start_cli, wait_for_no_process, warc_bytes

LINUX = sys.platform.startswith("linux")


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_bytes().decode("utf-8").splitlines()]


def test_01_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_pages(folder, 2)
    odd = os.path.join(os.fsencode(folder), b"caf\xe9.html")
    with open(odd, "wb") as fh:
        fh.write(article_html(7).encode())
    out = tmp_path / "out.jsonl"
    assert main([str(folder), "-o", str(out)]) == 0
    records = _records(out)
    assert len(records) == 3
    by_path = {os.fsencode(record["source"]["path"]): record for record in records}
    assert by_path[odd]["headline"] == headline(7)  # the path gives the file back
    # resuming finds every record, the odd one included, and adds nothing
    assert main([str(folder), "-o", str(out), "--resume"]) == 0
    assert len(_records(out)) == 3


def test_02_a_damaged_warc_record_costs_one_record(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = warc_bytes(("https://news.example.com/1", article_html(1)))
    no_uri = good.replace(b"WARC-Target-URI: https://news.example.com/1\r\n", b"")
    (folder / "a-no-target-uri.warc").write_bytes(
        no_uri + warc_bytes(("https://news.example.com/2", article_html(2)))
    )
    (folder / "b-good.warc").write_bytes(
        warc_bytes(("https://news.example.com/3", article_html(3)))
    )
    out = tmp_path / "out.jsonl"
    assert main([str(folder), "-o", str(out)]) == 1
    records = _records(out)
    headlines = {record.get("headline") for record in records}
    assert headline(3) in headlines  # the later file was read
    failed = [record for record in records if "error" in record]
    assert failed
    assert all(record["source"]["path"].endswith("a-no-target-uri.warc") for record in failed)


@pytest.mark.skipif(not LINUX, reason="reads the process table from /proc")
@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM])
def test_03_workers_never_outlive_their_parent(tmp_path: Path, signum: int) -> None:
    write_pages(tmp_path / "in", 1000)  # far more than a run does before the signal
    out = tmp_path / "out.jsonl"
    process = start_cli([str(tmp_path / "in"), "-o", str(out), "-j", "2"])
    try:
        deadline = time.monotonic() + 30
        while len(session_processes(process.pid)) < 3 and time.monotonic() < deadline:
            time.sleep(0.02)  # the parent and its two workers
        while (not out.exists() or out.stat().st_size == 0) and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(process.pid, signum)
        _, stderr = process.communicate(timeout=30)
        assert wait_for_no_process(process.pid) == []
        if signum == signal.SIGTERM:
            assert process.returncode == 128 + signal.SIGTERM
            assert "documents:" in stderr.decode() or "document:" in stderr.decode()
        lines = out.read_bytes().split(b"\n")
        assert lines[-1] == b""  # every line whole: the file ends on a newline
        assert all(json.loads(line) for line in lines[:-1])
    finally:
        reap(process.pid)


def test_04_a_text_node_over_the_libxml2_limit_is_kept() -> None:
    words = "word " * 2_300_000  # 11.5 MB: over libxml2's 10 MB text node limit
    page = article_html(1).replace("<p>Engineers", f"<p>{words}LASTWORD</p><p>Engineers")
    article = cleannews.extract(page.encode())
    assert "LASTWORD" in article.text


def test_04_an_attribute_over_the_libxml2_limit_loses_nothing() -> None:
    value = "v" * 11_000_000
    page = article_html(1).replace("<article>", f'<article data-state="{value}">')
    article = cleannews.extract(page.encode())
    assert article.headline == headline(1)
    assert "forty steel cables" in article.text
