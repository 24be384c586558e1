"""Progress on stderr: a live line on a terminal (documents, rate, failures), nothing
when stderr is piped, and one summary line at the end either way."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import TextIO

from .work import Status

__all__ = ["Progress", "documents", "printable"]

#: Terminal controls (C0, DEL, C1), lone surrogates (undecodable file name bytes) and the
#: bidirectional overrides: shown escaped, never sent to a terminal as they are.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte of a file name, as Python keeps it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` safe for a terminal: control characters and lone surrogates escaped
    (file names, HTTP reason phrases and ``Location`` values come from strangers)."""
    return _UNPRINTABLE.sub(_escape, text)


def documents(count: int) -> str:
    return f"{count} document" if count == 1 else f"{count} documents"


#: Redraws per second at most: a terminal redraw per document would cost more than parsing.
_REDRAW_INTERVAL = 0.2


@dataclass(slots=True)
class Progress:
    """Counts outcomes by status and shows them; ``live`` only when stderr is a terminal."""

    stream: TextIO
    live: bool
    ok: int = 0
    no_article: int = 0
    failed: int = 0
    skipped: int = 0
    _started: float = field(default_factory=time.monotonic)
    _drawn: float = 0.0

    @classmethod
    def for_stream(cls, stream: TextIO) -> Progress:
        isatty = getattr(stream, "isatty", None)
        return cls(stream=stream, live=bool(isatty and isatty()))

    @property
    def done(self) -> int:
        return self.ok + self.no_article + self.failed

    def count(self, status: Status) -> None:
        if status == "ok":
            self.ok += 1
        elif status == "no_article":
            self.no_article += 1
        else:
            self.failed += 1
        now = time.monotonic()
        if self.live and now - self._drawn >= _REDRAW_INTERVAL:
            self._drawn = now
            self.stream.write("\r\x1b[K" + self._line(now))
            self.stream.flush()

    def note(self, message: str) -> None:
        """A message line (a failed document) that the live line must not overwrite."""
        if self.live:
            self.stream.write("\r\x1b[K")
            self._drawn = 0.0  # redraw the live line at the next count
        self.stream.write(printable(message) + "\n")
        self.stream.flush()

    def _line(self, now: float) -> str:
        elapsed = max(now - self._started, 1e-9)
        return (
            f"{documents(self.done)}, {self.done / elapsed:.1f}/s, "
            f"{self.no_article} no article, {self.failed} failed"
        )

    def summary(self) -> str:
        elapsed = max(time.monotonic() - self._started, 1e-9)
        skipped = f", {self.skipped} already done" if self.skipped else ""
        return (
            f"cleannews: {documents(self.done)}: {self.ok} ok, {self.no_article} no article, "
            f"{self.failed} failed{skipped} ({elapsed:.1f} s, {self.done / elapsed:.1f}/s)"
        )

    def finish(self) -> None:
        if self.live:
            self.stream.write("\r\x1b[K")
        self.stream.write(self.summary() + "\n")
        self.stream.flush()
