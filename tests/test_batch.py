"""The batch runner: hung and dying workers, size limits, bounded in-flight work, and
--resume after a kill, with nothing lost and nothing doubled."""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from batch_pages import article_html, headline, write_pages
from cleannews.batch.jobs import Job, ReadFile, Source
from cleannews.batch.output import done_in_json_lines
from cleannews.batch.progress import Progress
from cleannews.batch.runner import PREFETCH, RunLimits, WorkerPool
from cleannews.batch.work import Status, WorkOptions
from cleannews.cli import main

ROOT = Path(__file__).resolve().parent.parent


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _paths(records: list[dict[str, Any]]) -> list[str]:
    return [record["source"]["path"] for record in records]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
def test_a_special_file_is_an_error_record_and_the_batch_goes_on(tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "in", 3)
    # Opening a FIFO nobody writes to would block forever: it is never opened.
    stuck = tmp_path / "in" / "stuck.html"
    os.mkfifo(stuck)
    out = tmp_path / "out.jsonl"
    code = main([str(tmp_path / "in"), "-o", str(out), "-j", "2", "--timeout", "0"])
    assert code == 1
    records = {record["source"]["path"]: record for record in _records(out)}
    assert sorted(records) == sorted([*map(str, pages), str(stuck)])
    assert records[str(stuck)]["error"]["type"] == "InputError"
    assert "named pipe" in records[str(stuck)]["error"]["message"]
    assert all("error" not in records[str(page)] for page in pages)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
def test_a_worker_killed_mid_document_is_recorded_and_replaced(tmp_path: Path) -> None:
    stuck = tmp_path / "stuck.html"
    os.mkfifo(stuck)
    page = write_pages(tmp_path, 1)[0]
    jobs = [
        Job(Source(path=str(stuck)), ReadFile(str(stuck))),
        Job(Source(path=str(page)), ReadFile(str(page))),
    ]
    # the time limit is only a safety net: the kill comes first
    with WorkerPool(WorkOptions(), RunLimits(workers=1, timeout=60)) as pool:

        def kill_the_busy_worker() -> None:
            # The only worker blocks on the FIFO; kill it as an OOM killer would.
            while not pool._workers[0].queue:
                time.sleep(0.01)
            pid = pool._workers[0].process.pid
            if pid is not None:
                os.kill(pid, signal.SIGKILL)

        killer = threading.Thread(target=kill_the_busy_worker, daemon=True)
        killer.start()
        outcomes = pool.run(jobs)
        first, second = next(outcomes), next(outcomes)
        killer.join()
    assert first.source.path == str(stuck)
    assert first.status == "failed"
    assert json.loads(first.text)["error"]["type"] == "WorkerCrashed"
    assert second.source.path == str(page)
    assert second.status == "ok"


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "in", 2)
    big = tmp_path / "in" / "big.html"
    big.write_text("<html><body>" + "<p>word </p>" * 2000 + "</body></html>", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main([str(tmp_path / "in"), "-o", str(out), "--max-bytes", "10000"]) == 1
    records = {record["source"]["path"]: record for record in _records(out)}
    assert records[str(big)]["error"]["type"] == "InputTooLarge"
    assert all("error" not in records[str(page)] for page in pages)


def test_inputs_are_pulled_only_as_workers_free_up(tmp_path: Path) -> None:
    pages = write_pages(tmp_path, 12)
    pulled = 0

    def jobs() -> Iterator[Job]:
        nonlocal pulled
        for page in pages:
            pulled += 1
            yield Job(Source(path=str(page)), ReadFile(str(page)))

    workers = 2
    finished = 0
    with WorkerPool(WorkOptions(), RunLimits(workers=workers)) as pool:
        for _ in pool.run(jobs()):
            finished += 1
            # never more documents in flight than the workers' queues, plus one held back
            assert pulled - finished <= workers * PREFETCH + 1
    assert finished == len(pages)


def test_resume_drops_a_cut_last_line_and_completes_the_set(tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "in", 5)
    out = tmp_path / "out.jsonl"
    main([*map(str, pages[:3]), "-o", str(out)])
    whole = out.read_text(encoding="utf-8")
    # as if killed in the middle of writing a fourth line
    out.write_text(whole + '{"source": {"path": "' + str(pages[3]), encoding="utf-8")
    assert main([str(tmp_path / "in"), "-o", str(out), "--resume"]) == 0
    records = _records(out)
    assert sorted(_paths(records)) == sorted(map(str, pages))
    assert out.read_text(encoding="utf-8").startswith(whole)


def test_resume_counts_error_records_as_done(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 2)
    (tmp_path / "in" / "empty.html").write_text("", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main([str(tmp_path / "in"), "-o", str(out)]) == 1
    before = out.read_text(encoding="utf-8")
    assert main([str(tmp_path / "in"), "-o", str(out), "--resume"]) == 0
    assert out.read_text(encoding="utf-8") == before
    assert len(done_in_json_lines(out)) == 3


def test_resume_with_an_output_dir(tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "in", 4)
    out = tmp_path / "out"
    main([*map(str, pages[:2]), "--output-dir", str(out)])
    first = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    main([str(tmp_path / "in"), "--output-dir", str(out), "--resume"])
    files = sorted(out.iterdir())
    assert len(files) == 4
    assert {p.name: p.stat().st_mtime_ns for p in files if p.name in first} == first
    records = [json.loads(p.read_text(encoding="utf-8")) for p in files]
    assert sorted(_paths(records)) == sorted(map(str, pages))


def test_a_batch_killed_mid_run_resumes_with_nothing_lost_or_doubled(tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "in", 300)
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "cleannews", str(tmp_path / "in"), "-o", str(out), "-j", "2"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= 20:
                break
            time.sleep(0.01)
        # SIGKILL: no cleanup, no flush; the whole group, workers included
        os.killpg(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    lines = out.read_bytes().split(b"\n")
    written = lines[:-1]
    assert 20 <= len(written) < len(pages), "the kill should land mid-run"
    for line in written:
        json.loads(line)  # every line before the kill is whole
    resumed = subprocess.run(
        [*command, "--resume"], capture_output=True, text=True, env=env, timeout=300, check=False
    )
    assert resumed.returncode == 0, resumed.stderr
    paths = _paths(_records(out))
    assert len(paths) == len(set(paths)) == len(pages)
    assert sorted(paths) == sorted(map(str, pages))


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_live_on_a_terminal_and_silent_when_piped() -> None:
    terminal, pipe = _Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        progress = Progress.for_stream(stream)
        statuses: tuple[Status, ...] = ("ok", "ok", "no_article", "failed")
        for status in statuses:
            progress.count(status)
        progress.finish()
    assert "\r" in terminal.getvalue()
    assert "1 document, " in terminal.getvalue().split("\n")[0]
    assert "\r" not in pipe.getvalue()
    summary = "cleannews: 4 documents: 2 ok, 1 no article, 1 failed ("
    assert pipe.getvalue().startswith(summary)
    assert terminal.getvalue().rstrip("\n").split("\r\x1b[K")[-1].startswith(summary)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
def test_jobs_queued_behind_a_hung_one_go_to_the_new_worker(tmp_path: Path) -> None:
    stuck = tmp_path / "stuck.html"
    os.mkfifo(stuck)
    pages = write_pages(tmp_path, 3)
    jobs = [Job(Source(path=str(p)), ReadFile(str(p))) for p in [stuck, *pages]]
    with WorkerPool(WorkOptions(), RunLimits(workers=1, timeout=1)) as pool:
        outcomes = {outcome.source.path: outcome for outcome in pool.run(jobs)}
    assert sorted(outcomes) == sorted(map(str, [stuck, *pages]))
    assert json.loads(outcomes[str(stuck)].text)["error"]["type"] == "DocumentTimeout"
    assert all(outcomes[str(page)].status == "ok" for page in pages)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is Linux's")
def test_a_page_over_the_memory_cap_costs_one_record(tmp_path: Path) -> None:
    page = write_pages(tmp_path, 1)[0]
    huge = tmp_path / "huge.html"
    with huge.open("w", encoding="utf-8") as fh:
        fh.write("<html><body>")
        for _ in range(1000):
            fh.write("<div><p>word word word</p></div>" * 1500)
        fh.write("</body></html>")
    out = tmp_path / "out.jsonl"
    # a fresh interpreter: a worker forked from pytest would start above the cap
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "cleannews",
            str(page),
            str(huge),
            "-o",
            str(out),
            "--max-memory",
            "300",
            "--max-bytes",
            str(100 * 1024 * 1024),
            "-j",
            "2",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    assert done.returncode == 1, done.stderr
    records = {record["source"]["path"]: record for record in _records(out)}
    assert records[str(page)]["headline"] == headline(0)
    error = records[str(huge)]["error"]
    # the parser's out-of-memory error, or the worker killed by it: a record either way
    assert error["type"] in {"InputError", "MemoryError", "WorkerCrashed"}, error


def test_gzipped_pages_are_read_within_the_size_limit(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.html.gz").write_bytes(gzip.compress(article_html(1).encode()))
    (folder / "b.txt.gz").write_bytes(gzip.compress(b"just a line of text"))
    # 20 MB of spaces compress to a few kB: a bomb must stop at the limit, not expand
    (folder / "bomb.html.gz").write_bytes(gzip.compress(b"<p>" + b" " * 20_000_000))
    (folder / "broken.html.gz").write_bytes(b"\x1f\x8b\x08\x00not really gzip")
    out = tmp_path / "out.jsonl"
    assert main([str(folder), "-o", str(out), "--max-bytes", "1000000"]) == 1
    records = {Path(r["source"]["path"]).name: r for r in _records(out)}
    assert sorted(records) == ["a.html.gz", "b.txt.gz", "bomb.html.gz", "broken.html.gz"]
    assert records["a.html.gz"]["headline"] == headline(1)
    text = records["b.txt.gz"]  # decompressed and read as text: an article or no article
    assert text.get("parser") == "text" or text["error"]["type"] == "NoArticleFound"
    assert records["bomb.html.gz"]["error"]["type"] == "InputTooLarge"
    assert records["broken.html.gz"]["error"]["type"] == "InputError"
