"""WARC input: HTML response records only, each with its file, record id and target URI."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path
from typing import Any

import pytest

from batch_pages import article_html, headline
from cleannews.cli import main

warcio = pytest.importorskip("warcio", reason="WARC input needs the [warc] extra (warcio)")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

RUSSIAN = " \u2014 \u041c\u043e\u0441\u043a\u0432\u0430"  # " — Москва"


def _response(
    writer: WARCWriter, url: str, body: bytes, content_type: str, status: str = "200 OK"
) -> str:
    http_headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=http_headers
    )
    writer.write_record(record)
    record_id: str = record.rec_headers.get_header("WARC-Record-ID")
    return record_id


def _write_warc(path: Path, *, gzipped: bool) -> dict[str, str]:
    """A small crawl: two HTML pages and the records a crawler also keeps around them."""
    wanted: dict[str, str] = {}
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzipped)
        request = writer.create_warc_record(
            "https://news.example.com/a/1.html",
            "request",
            payload=io.BytesIO(b"GET /a/1.html HTTP/1.1\r\nHost: news.example.com\r\n\r\n"),
        )
        writer.write_record(request)
        url = "https://news.example.com/a/1.html"
        wanted[url] = _response(writer, url, article_html(1).encode(), "text/html; charset=utf-8")
        _response(writer, "https://news.example.com/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
        _response(
            writer,
            "https://news.example.com/gone",
            b"<html>Not found</html>",
            "text/html",
            status="404 Not Found",
        )
        _response(
            writer, "https://news.example.com/old", b"", "text/html", status="301 Moved Permanently"
        )
        url = "https://news.example.com/a/2.html"
        # declared as windows-1251 in the HTTP header only: the header's charset is used
        body = article_html(2).replace(headline(2), headline(2) + RUSSIAN)
        body = body.replace('<meta charset="utf-8">', "")
        wanted[url] = _response(
            writer, url, body.encode("cp1251"), "application/xhtml+xml; charset=windows-1251"
        )
    return wanted


def _records(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


@pytest.mark.parametrize("gzipped", [False, True], ids=["warc", "warc.gz"])
def test_html_response_records_become_articles_with_their_source(
    tmp_path: Path, gzipped: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    wanted = _write_warc(path, gzipped=gzipped)
    assert main([str(path), "-j", "2"]) == 0
    records = _records(capsys.readouterr().out)
    by_url = {record["source"]["url"]: record for record in records}
    assert sorted(by_url) == sorted(wanted)
    for url, record_id in wanted.items():
        record = by_url[url]
        assert record["source"] == {"path": str(path), "record_id": record_id, "url": url}
        assert record["url"] == url
    assert by_url["https://news.example.com/a/1.html"]["headline"] == headline(1)
    assert by_url["https://news.example.com/a/2.html"]["headline"] == (headline(2) + RUSSIAN)


def test_a_folder_walk_picks_up_warc_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "sub").mkdir()
    _write_warc(tmp_path / "sub" / "crawl.warc.gz", gzipped=True)
    (tmp_path / "page.html").write_text(article_html(7), encoding="utf-8")
    assert main([str(tmp_path)]) == 0
    records = _records(capsys.readouterr().out)
    assert len(records) == 3
    assert sum(record["source"]["record_id"] is not None for record in records) == 2


def test_resume_skips_warc_records_already_written(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _write_warc(path, gzipped=True)
    out = tmp_path / "out.jsonl"
    main([str(path), "-o", str(out)])
    first = out.read_text(encoding="utf-8")
    out.write_text(first.splitlines(keepends=True)[0], encoding="utf-8")
    assert main([str(path), "-o", str(out), "--resume"]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert sorted(lines) == sorted(first.splitlines())


def test_a_truncated_warc_keeps_the_records_before_the_damage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    whole = tmp_path / "whole.warc.gz"
    _write_warc(whole, gzipped=True)
    data = whole.read_bytes()
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(data[: len(data) - 200])
    assert main([str(broken)]) == 1
    records = _records(capsys.readouterr().out)
    articles = [r for r in records if "error" not in r]
    errors = [r for r in records if "error" in r]
    assert [r["source"]["url"] for r in articles] == ["https://news.example.com/a/1.html"]
    assert [r["source"]["url"] for r in errors] == ["https://news.example.com/a/2.html"]
    assert errors[0]["error"]["message"].startswith("record cut short")


def test_a_file_that_is_not_a_warc_is_an_error_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "fake.warc.gz"
    fake.write_bytes(gzip.compress(b"this is not a web archive\n" * 10))
    assert main([str(fake), str(fake)]) == 1
    records = _records(capsys.readouterr().out)
    assert [r["source"]["path"] for r in records] == [str(fake), str(fake)]
    # warcio reads a first line of five words as an old ARC header: still not a WARC file
    assert all("not a WARC file" in r["error"]["message"] for r in records)
