"""Items 13-20 of issue 14: minor faults (untyped errors, garbage in, quiet zero-document
runs, resume paths, fetch limits, terminal escapes, private addresses, small messages)."""

from __future__ import annotations

import dataclasses
import json
import os
import random
import signal
import threading
import time
from pathlib import Path
from typing import Any

import lxml.etree
import lxml.html
import pytest

import cleannews
from batch_pages import article_html, headline, write_pages
from cleannews.batch.errors import FetchError
from cleannews.batch.fetch import FetchOptions, fetch
from cleannews.cli import main


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _deep_tree(depth: int, html: bool = False) -> lxml.etree._Element:
    root = lxml.html.Element("html") if html else lxml.etree.Element("html")
    node = lxml.etree.SubElement(root, "body")
    for _ in range(depth):
        node = lxml.etree.SubElement(node, "div")
    node.text = "deep text " * 20
    return root


HOSTILE_CALLS: dict[str, Any] = {
    **{
        f"meta-charset-{name}": (
            lambda name=name: cleannews.extract(
                article_html(1)
                .replace("utf-8", name)
                .replace("Monday", "Mon\xe9day")
                .encode("latin-1")
            )
        )
        for name in ("hex", "rot13", "base64", "punycode", "idna", "undefined", "uu", "zip")
    },
    "lxml-tree-5000-deep": lambda: cleannews.extract(_deep_tree(5000)),
    "lxml-html-tree-5000-deep": lambda: cleannews.extract(_deep_tree(5000, html=True)),
    "url-broken-ipv6": lambda: cleannews.extract(article_html(1), url="http://[::1"),
    "url-broken-ipv6-bytes": lambda: cleannews.extract(article_html(1).encode(), url="http://[::1"),
    "url-broken-port": lambda: cleannews.extract(article_html(1), url="http://e.com:99999999/"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_CALLS))
def test_13_every_failure_of_extract_is_a_cleannews_error(case: str) -> None:
    try:
        article = HOSTILE_CALLS[case]()
    except cleannews.CleannewsError:
        return
    json.loads(article.to_json())


def test_14_random_bytes_are_an_input_error() -> None:
    generator = random.Random(14)
    for _ in range(20):
        blob = generator.randbytes(200_000)
        with pytest.raises(cleannews.InputError):
            cleannews.extract(blob)


def test_15_plain_text_named_warc_is_an_error_record(tmp_path: Path) -> None:
    pytest.importorskip("warcio", reason="WARC input needs the [warc] extra (warcio)")
    for number, text in enumerate(["\nThe council met on Monday.\n", "a b c d e\nsome text\n", ""]):
        fake = tmp_path / f"notes-{number}.warc"
        fake.write_text(text, encoding="utf-8")
        out = tmp_path / f"out-{number}.jsonl"
        assert main([str(fake), "-o", str(out)]) == 1
        records = _records(out)
        assert len(records) == 1
        assert records[0]["error"]["type"] == "InputError"


def test_16_resume_matches_a_path_however_it_is_typed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_pages(tmp_path / "dir", 3)
    out = tmp_path / "out.jsonl"
    assert main(["dir", "-o", str(out)]) == 0
    for typed in ("./dir", str(tmp_path / "dir"), "dir/", f"{tmp_path}/./dir"):
        assert main([typed, "-o", str(out), "--resume"]) == 0
    assert len(_records(out)) == 3


def _options(**changes: Any) -> FetchOptions:
    """Fetch options that let the tests reach 127.0.0.1 (where the option exists)."""
    names = {field.name for field in dataclasses.fields(FetchOptions)}
    if "allow_private_addresses" in names:
        changes["allow_private_addresses"] = True
    return dataclasses.replace(FetchOptions(), **changes)


def test_17_max_redirects_0_follows_none(server: str) -> None:
    assert fetch(f"{server}/a/1.html", _options(max_redirects=0)).data
    with pytest.raises(FetchError):
        fetch(f"{server}/redirect", _options(max_redirects=0))
    assert fetch(f"{server}/redirect", _options(max_redirects=1)).url == f"{server}/a/1.html"


def test_17_a_slow_drip_server_meets_a_total_deadline(server: str) -> None:
    names = {field.name for field in dataclasses.fields(FetchOptions)}
    changes: dict[str, Any] = {"timeout": 1.0}
    if "deadline" in names:
        changes["deadline"] = 2.0
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            fetch(f"{server}/drip", _options(**changes))
            outcome.append(None)
        except FetchError as exc:
            outcome.append(exc)

    started = time.monotonic()
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(15)
    assert not thread.is_alive(), "the fetch is still reading after 15 s"
    assert isinstance(outcome[0], FetchError)
    assert time.monotonic() - started < 6


def test_18_names_on_stderr_are_escaped(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil\x1b[2J\x1b]0;owned\x07.html").write_bytes(b"")
    private = ["--allow-private-addresses"] if "allow-private" in _help() else []
    main(
        [
            str(folder),
            f"{server}/escape",
            f"{server}/to-escape",
            *private,
            "-o",
            str(tmp_path / "o"),
        ]
    )
    err = capsys.readouterr().err
    assert "evil" in err
    assert "Found" in err
    assert "\x1b" not in err
    assert "\x07" not in err


def _help() -> str:
    from cleannews.cli import _parser

    return _parser().format_help()


def test_19_private_addresses_are_refused_unless_allowed(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(FetchError, match="private"):
        fetch(f"{server}/a/1.html", FetchOptions())
    assert main([f"{server}/a/1.html"]) == 1
    assert main([f"{server}/a/1.html", "--allow-private-addresses"]) == 0
    assert json.loads(capsys.readouterr().out)["headline"] == headline(1)


@pytest.mark.parametrize(
    "target", ["http://127.0.0.1:8080/admin", "http://[::1]/", "http://169.254.169.254/latest/"]
)
def test_19_a_redirect_to_a_private_address_is_refused(target: str) -> None:
    from email.message import Message
    from io import BytesIO
    from urllib.request import Request

    from cleannews.batch.fetch import _redirect_handler

    # the redirect step alone: no request leaves the machine, none reaches the target
    handler = _redirect_handler(FetchOptions())
    request = Request("https://news.example.com/a/1.html")
    with pytest.raises(FetchError, match="private"):
        handler.redirect_request(request, BytesIO(), 302, "Found", Message(), target)
    allowed = _redirect_handler(FetchOptions(allow_private_addresses=True))
    assert allowed.redirect_request(request, BytesIO(), 302, "Found", Message(), target)


def test_20_a_gzip_response_is_decoded(server: str) -> None:
    fetched = fetch(f"{server}/gzip", _options())
    assert headline(2).encode() in fetched.data


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
def test_20_a_crashed_worker_names_its_signal(tmp_path: Path) -> None:
    from cleannews.batch.jobs import Job, ReadFile, Source
    from cleannews.batch.runner import RunLimits, WorkerPool
    from cleannews.batch.work import WorkOptions

    stuck = tmp_path / "stuck.html"
    os.mkfifo(stuck)
    with WorkerPool(WorkOptions(), RunLimits(workers=1, timeout=60)) as pool:

        def kill() -> None:
            while not pool._workers[0].queue:
                time.sleep(0.01)
            time.sleep(0.2)
            pid = pool._workers[0].process.pid
            assert pid is not None
            os.kill(pid, signal.SIGKILL)

        threading.Thread(target=kill, daemon=True).start()
        (outcome,) = pool.run([Job(Source(path=str(stuck)), ReadFile(str(stuck)))])
    assert outcome.error is not None
    assert "None" not in outcome.error
    assert "SIGKILL" in outcome.error


def test_20_one_document_is_not_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_pages(tmp_path / "in", 1)
    assert main([str(tmp_path / "in"), "-o", str(tmp_path / "out.jsonl")]) == 0
    assert "cleannews: 1 document: 1 ok" in capsys.readouterr().err
