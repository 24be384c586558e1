"""Text dumps of a page made by the tools people use: inscriptis, html2text, lynx, w3m,
a headless Chromium's ``document.body.innerText`` and trafilatura's text output.

Each tool is run as its users run it, with its defaults (lynx without its list of link
targets, ``-nolist``); a tool that is not installed is reported as missing and skipped.
Pages are read from local files only: lynx and w3m get the decoded page on stdin (in
UTF-8, its meta charset rewritten to say so), and
Chromium loads it from a ``file://`` path with every host name mapped to nowhere, its
scripts off and images not loaded, driven over its DevTools pipe (no network, no
WebSocket library).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

__all__ = ["DUMP_TOOLS", "Chromium", "ToolMissing", "tool_dumper"]

_META_CHARSET = re.compile(
    rb"<meta[^>]+(?:charset\s*=\s*[\"']?[\w-]+|http-equiv\s*=\s*[\"']?content-type)[^>]*>",
    re.IGNORECASE,
)
#: a tool that takes longer than this on one page is given up on for that page
_TIMEOUT_SECONDS = 30


class ToolMissing(Exception):
    """The tool is not installed here."""


def _inscriptis(html: str, url: str | None) -> str:
    try:
        from inscriptis import get_text
    except ImportError as exc:
        raise ToolMissing("inscriptis is not installed (pip install inscriptis)") from exc
    return str(get_text(html))


def _html2text(html: str, url: str | None) -> str:
    try:
        import html2text
    except ImportError as exc:
        raise ToolMissing("html2text is not installed (pip install html2text)") from exc
    return str(html2text.html2text(html, baseurl=url or ""))


def _trafilatura(html: str, url: str | None) -> str:
    try:
        import trafilatura
    except ImportError as exc:
        raise ToolMissing("trafilatura is not installed (pip install trafilatura)") from exc
    return str(trafilatura.extract(html, url=url) or "")


def _command(args: list[str], page: bytes) -> str:
    if shutil.which(args[0]) is None:
        raise ToolMissing(f"{args[0]} is not installed (apt-get install {args[0]})")
    done = subprocess.run(
        args,
        input=page,
        capture_output=True,
        timeout=_TIMEOUT_SECONDS,
        check=False,
    )
    return done.stdout.decode("utf-8", "replace")


def _lynx(html: str, url: str | None) -> str:
    # lynx decodes by the page's meta charset over -assume_charset: the page goes in as
    # UTF-8 with its meta charset saying so
    return _command(
        ["lynx", "-dump", "-nolist", "-stdin", "-display_charset=utf-8", "-noreferer"],
        _page_bytes(html),
    )


def _w3m(html: str, url: str | None) -> str:
    return _command(["w3m", "-dump", "-T", "text/html", "-O", "UTF-8"], _page_bytes(html))


def _page_bytes(html: str) -> bytes:
    """The decoded page as UTF-8 bytes, its meta charset saying so."""
    return _META_CHARSET.sub(b'<meta charset="utf-8">', html.encode("utf-8"), count=1)


_CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--blink-settings=imagesEnabled=false",
    # nothing leaves the machine: every host name resolves to nowhere
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--remote-debugging-pipe",
)


class Chromium:
    """One headless Chromium, driven over its DevTools pipe (fd 3 in, fd 4 out)."""

    def __init__(self, binary: str) -> None:
        self._profile = tempfile.TemporaryDirectory(prefix="cleannews-chromium-")
        self._pages = tempfile.TemporaryDirectory(prefix="cleannews-pages-")
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def _fds() -> None:  # runs in the child: the pipe ends at the fds Chromium reads
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)

        self._process = subprocess.Popen(
            [binary, *_CHROMIUM_FLAGS, f"--user-data-dir={self._profile.name}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=_fds,  # noqa: PLW1509 - the fds must be set up before exec
            pass_fds=(3, 4),
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._writer: IO[bytes] = os.fdopen(self._to_browser, "wb", buffering=0)
        self._reader: IO[bytes] = os.fdopen(self._from_browser, "rb", buffering=0)
        self._buffer = b""
        self._next_id = 0
        target = self._call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self._session = self._call("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        self._call("Page.enable", session=True)
        self._call("Emulation.setScriptExecutionDisabled", {"value": True}, session=True)

    def _send(self, method: str, params: dict[str, Any], session: bool) -> int:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self._session
        self._writer.write(json.dumps(message).encode("utf-8") + b"\0")
        return self._next_id

    def _messages(self) -> Iterator[dict[str, Any]]:
        while True:
            while b"\0" not in self._buffer:
                chunk = self._reader.read(1 << 16)
                if not chunk:
                    raise RuntimeError("chromium closed its DevTools pipe")
                self._buffer += chunk
            raw, self._buffer = self._buffer.split(b"\0", 1)
            yield json.loads(raw)

    def _call(
        self, method: str, params: dict[str, Any] | None = None, *, session: bool = False
    ) -> dict[str, Any]:
        wanted = self._send(method, params or {}, session)
        for message in self._messages():
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result
        raise RuntimeError("unreachable")

    def inner_text(self, html: str) -> str:
        """Load the page from a local file and return ``document.body.innerText``."""
        path = Path(self._pages.name) / "page.html"
        path.write_text(html, encoding="utf-8")
        wanted = self._send("Page.navigate", {"url": path.as_uri()}, session=True)
        navigated = False
        for message in self._messages():
            if message.get("id") == wanted:
                if "error" in message or message.get("result", {}).get("errorText"):
                    return ""
                navigated = True
            elif navigated and message.get("method") == "Page.loadEventFired":
                break
        result = self._call(
            "Runtime.evaluate",
            {"expression": "document.body ? document.body.innerText : ''", "returnByValue": True},
            session=True,
        )
        return str(result.get("result", {}).get("value") or "")

    def close(self) -> None:
        try:
            self._send("Browser.close", {}, session=False)
            self._process.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self._process.kill()
            self._process.wait()
        self._writer.close()
        self._reader.close()
        self._profile.cleanup()
        self._pages.cleanup()


@contextmanager
def _chromium() -> Iterator[Callable[[str, str | None], str]]:
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary is None:
        raise ToolMissing("chromium is not installed (apt-get install chromium)")
    browser = Chromium(binary)
    try:
        yield lambda html, url: browser.inner_text(html)
    finally:
        browser.close()


@dataclass(frozen=True, slots=True)
class DumpTool:
    name: str
    dump: Callable[[str, str | None], str] | None = None


DUMP_TOOLS: tuple[DumpTool, ...] = (
    DumpTool("inscriptis", _inscriptis),
    DumpTool("html2text", _html2text),
    DumpTool("lynx", _lynx),
    DumpTool("w3m", _w3m),
    DumpTool("chromium"),  # one browser for the whole run (tool_dumper)
    DumpTool("trafilatura", _trafilatura),
)


@contextmanager
def tool_dumper(name: str) -> Iterator[Callable[[str, str | None], str]]:
    """The tool's dump function (decoded HTML, URL) -> text; raises :class:`ToolMissing`."""
    tool = next((t for t in DUMP_TOOLS if t.name == name), None)
    if tool is None:
        raise ToolMissing(f"no dump tool named {name!r}")
    if tool.dump is None:
        with _chromium() as dump:
            yield dump
        return
    probe = tool.dump
    probe("<html><body><p>probe</p></body></html>", None)  # raises ToolMissing if absent
    yield probe
