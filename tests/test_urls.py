"""URL input, against a local HTTP server on 127.0.0.1 only: redirects, their limit, the
size cap, the timeout, error statuses and the user agent."""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from batch_pages import article_html, headline
from cleannews.batch.errors import FetchError, InputTooLarge
from cleannews.batch.fetch import FetchOptions, fetch
from cleannews.cli import main

BIG = 200_000
#: the server below is on 127.0.0.1, which cleannews refuses to fetch from unless told
ALLOW = "--allow-private-addresses"


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep the test output clean

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str = "text/html; charset=utf-8",
        extra: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        if path == "/a/1.html":
            self._send(200, article_html(1).encode("utf-8"))
        elif path == "/agent":
            agent = self.headers.get("User-Agent", "")
            self._send(200, agent.encode("utf-8"), "text/plain; charset=utf-8")
        elif path.startswith("/hop/"):
            left = int(path.rsplit("/", 1)[1])
            target = "/a/1.html" if left == 0 else f"/hop/{left - 1}"
            self._send(302, b"", extra={"Location": target})
        elif path == "/loop":
            self._send(302, b"", extra={"Location": "/loop"})
        elif path == "/to-file":
            self._send(302, b"", extra={"Location": "file:///etc/passwd"})
        elif path == "/big":
            self._send(200, b"<p>" + b"x" * BIG + b"</p>")
        elif path == "/big-unannounced":
            # no Content-Length: the cap must hold while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<p>" + b"x" * BIG + b"</p>")
            self.close_connection = True
        elif path == "/slow":
            time.sleep(3)
            self._send(200, article_html(2).encode("utf-8"))
        elif path == "/cp1251":
            body = article_html(4).replace(headline(4), "Новости дня").encode("cp1251")
            self._send(
                200, body.replace(b'<meta charset="utf-8">', b""), "text/html; charset=windows-1251"
            )
        else:
            self._send(404, b"<html><body>Not found</body></html>")


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that give up early (timeouts, size caps) are what these tests do


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_fetch_follows_redirects_within_the_limit(server: str) -> None:
    fetched = fetch(f"{server}/hop/2", FetchOptions(allow_private_addresses=True, max_redirects=3))
    assert fetched.url == f"{server}/a/1.html"
    assert headline(1).encode() in fetched.data
    assert fetched.charset == "utf-8"


def test_fetch_refuses_more_redirects_than_the_limit(server: str) -> None:
    with pytest.raises(FetchError):
        fetch(f"{server}/hop/4", FetchOptions(allow_private_addresses=True, max_redirects=3))
    with pytest.raises(FetchError):
        fetch(f"{server}/loop", FetchOptions(allow_private_addresses=True))


def test_fetch_never_follows_a_redirect_to_a_local_file(server: str) -> None:
    with pytest.raises(FetchError):
        fetch(f"{server}/to-file", FetchOptions(allow_private_addresses=True))


@pytest.mark.parametrize("path", ["/big", "/big-unannounced"])
def test_fetch_caps_the_size(server: str, path: str) -> None:
    with pytest.raises(InputTooLarge):
        fetch(server + path, FetchOptions(allow_private_addresses=True, max_bytes=BIG // 2))


def test_fetch_times_out(server: str) -> None:
    with pytest.raises(FetchError):
        fetch(f"{server}/slow", FetchOptions(allow_private_addresses=True, timeout=0.5))


def test_fetch_sends_the_user_agent(server: str) -> None:
    fetched = fetch(
        f"{server}/agent", FetchOptions(allow_private_addresses=True, user_agent="cleannews-test/9")
    )
    assert fetched.data == b"cleannews-test/9"
    assert fetched.is_text


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x"])
def test_fetch_takes_http_urls_only(url: str) -> None:
    with pytest.raises(FetchError):
        fetch(url, FetchOptions(allow_private_addresses=True))


def test_one_url_prints_its_article(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([f"{server}/hop/1", ALLOW]) == 0
    article = json.loads(capsys.readouterr().out)
    assert article["headline"] == headline(1)
    assert article["url"] == f"{server}/a/1.html"  # the URL after redirects


def test_the_header_charset_decodes_the_page(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([f"{server}/cp1251", ALLOW]) == 0
    assert json.loads(capsys.readouterr().out)["headline"] == "Новости дня"


def test_urls_in_a_batch_give_records_and_error_records(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    urls = [f"{server}/a/1.html", f"{server}/missing", f"{server}/slow", f"{server}/big"]
    argv = [*urls, ALLOW, "-j", "2", "--fetch-timeout", "0.5", "--max-bytes", str(BIG // 2)]
    assert main(argv) == 1
    records = {
        record["source"]["url"]: record
        for record in map(json.loads, capsys.readouterr().out.splitlines())
    }
    assert sorted(records) == sorted(urls)
    assert records[urls[0]]["headline"] == headline(1)
    assert records[urls[1]]["error"]["type"] == "FetchError"
    assert "HTTP 404" in records[urls[1]]["error"]["message"]
    assert records[urls[2]]["error"]["type"] == "FetchError"
    assert records[urls[3]]["error"]["type"] == "InputTooLarge"
