"""Helpers for the hostile suite: a local HTTP server on 127.0.0.1 (never any other
address), the command run in its own session, and the processes left in that session."""

from __future__ import annotations

import contextlib
import gzip
import http.server
import io
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from batch_pages import article_html

ROOT = Path(__file__).resolve().parents[2]


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path == "/a/1.html":
            self._send(200, article_html(1).encode())
        elif self.path == "/redirect":
            self._send(302, b"", {"Location": "/a/1.html"})
        elif self.path == "/gzip":
            self._send(200, gzip.compress(article_html(2).encode()), {"Content-Encoding": "gzip"})
        elif self.path == "/drip":
            # headers at once, then one byte now and then, forever: each read succeeds
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(600):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                return
        elif self.path == "/escape":
            self.send_response(404, "Not \x1b[2J\x1b[31mFound")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/to-escape":
            self._send(302, b"", {"Location": "/\x1b]0;owned\x07"})
        else:
            self._send(404, b"<html><body>Not found</body></html>")


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = _Server(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def start_cli(args: list[str], **kwargs: Any) -> subprocess.Popen[bytes]:
    """The command in a session of its own, so every process it starts can be found."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [sys.executable, "-m", "cleannews", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        env=env,
        **kwargs,
    )


def session_processes(session: int) -> list[int]:
    """Processes still alive (not zombies) in a session, read from /proc (Linux)."""
    found: list[int] = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        state, sid = fields[0], int(fields[3])
        if sid == session and state != "Z":
            found.append(int(entry))
    return found


def wait_for_no_process(session: int, seconds: float = 10.0) -> list[int]:
    deadline = time.monotonic() + seconds
    left = session_processes(session)
    while left and time.monotonic() < deadline:
        time.sleep(0.1)
        left = session_processes(session)
    return left


def reap(session: int) -> None:
    """Kill what a failed test left behind, by process id (never by name)."""
    for pid in session_processes(session):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, 9)


def warc_bytes(*pages: tuple[str, str], charset: str | None = None) -> bytes:
    """A WARC file of HTML response records (needs warcio, as WARC input does)."""
    pytest.importorskip("warcio", reason="WARC input needs the [warc] extra (warcio)")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for url, html in pages:
        content_type = "text/html" + (f"; charset={charset}" if charset else "")
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(html.encode()), http_headers=headers
        )
        writer.write_record(record)
    return buffer.getvalue()
