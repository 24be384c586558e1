"""Where records go: JSON Lines (one line per document, flushed as written) or a folder
of one ``.json`` file per document; and what ``--resume`` finds already done there.

A JSON Lines file is written one whole line per ``write`` and flushed at once, so a
process killed at any moment leaves every earlier line intact; at worst the last line is
cut short, and resuming drops that fragment before appending. A folder record is written
to a temporary name and renamed, so it is either whole or absent.

A run takes an exclusive lock on its output (the JSON Lines file itself, or the
``--output-dir`` folder) before reading or writing it, so two runs on one output
never interleave lines or redo each other's documents: the second stops with
:class:`OutputLocked`. The lock goes with the process, however it ends.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
from pathlib import Path
from types import TracebackType
from typing import IO, Protocol

from .errors import BatchError
from .jobs import Source

__all__ = [
    "DirectorySink",
    "JsonLinesSink",
    "OutputLocked",
    "Sink",
    "done_in_directory",
    "done_in_json_lines",
    "record_filename",
]

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class OutputLocked(BatchError):
    """Another run holds the output: two writers would duplicate and interleave records."""


def _lock(fd: int, what: Path) -> None:
    """Take an exclusive lock on an open file, or raise :class:`OutputLocked` at once."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock, as before
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise OutputLocked(
            f"{what} is being written by another cleannews run: wait for it to end, "
            "or write elsewhere"
        ) from None


class Sink(Protocol):
    def write(self, source: Source, text: str) -> None: ...

    def close(self) -> None: ...


def _trim_partial_line(path: Path) -> None:
    """Cut a last line left unfinished by a killed run, so appending starts on a new line."""
    with path.open("rb+") as fh:
        size = fh.seek(0, os.SEEK_END)
        if size == 0:
            return
        fh.seek(size - 1)
        if fh.read(1) == b"\n":
            return
        position = size
        chunk = 64 * 1024
        while position > 0:
            start = max(0, position - chunk)
            fh.seek(start)
            block = fh.read(position - start)
            cut = block.rfind(b"\n")
            if cut >= 0:
                fh.truncate(start + cut + 1)
                return
            position = start
        fh.truncate(0)


def done_in_json_lines(path: Path) -> set[bytes]:
    """Keys of the documents that already have a whole record in a JSON Lines file."""
    done: set[bytes] = set()
    if not path.exists():
        return done
    _trim_partial_line(path)
    with path.open("rb") as fh:
        for line in fh:
            try:
                record = json.loads(line)
            except ValueError:
                continue  # a foreign or damaged line: its document is simply redone
            source = Source.from_dict(record.get("source")) if isinstance(record, dict) else None
            if source is not None:
                done.add(source.key())
    return done


def record_filename(source: Source) -> str:
    """A stable, unique, filesystem-safe name for a document's ``.json`` file."""
    base = source.url if source.record_id or not source.path else source.path
    stem = _UNSAFE.sub("_", os.path.basename((base or "document").rstrip("/")))[-80:].strip("._")
    digest = hashlib.blake2b(source.key(), digest_size=6).hexdigest()
    return f"{stem or 'document'}-{digest}.json"


def done_in_directory(folder: Path, source: Source) -> bool:
    return (folder / record_filename(source)).exists()


class JsonLinesSink:
    """Appends one record per line to a file (or stdout), one ``write`` call per line.

    A file is locked first (:class:`OutputLocked` if another run holds it), then emptied
    unless ``append``; lines go out with ``os.write`` on an ``O_APPEND`` descriptor, so an
    interruption between two lines (a signal, a kill) never leaves half of one in a buffer.
    """

    def __init__(self, path: Path | None, *, append: bool) -> None:
        self._fd: int | None = None
        self._out: IO[str] = sys.stdout
        if path is not None:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o666)
            _lock(fd, path)
            if not append:
                os.ftruncate(fd, 0)
            self._fd = fd

    def write(self, source: Source, text: str) -> None:
        if self._fd is None:
            self._out.write(text + "\n")
            self._out.flush()
            return
        line = memoryview((text + "\n").encode("utf-8"))
        while line:
            line = line[os.write(self._fd, line) :]

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> JsonLinesSink:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class DirectorySink:
    """Writes each record to its own ``.json`` file in a folder, atomically, holding a lock
    on the folder itself (no lock file left behind) until closed."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self._lock_fd: int | None = None
        if os.name == "posix":  # a folder opens (and locks) only there
            self._lock_fd = os.open(folder, os.O_RDONLY)
            _lock(self._lock_fd, folder)

    def write(self, source: Source, text: str) -> None:
        target = self._folder / record_filename(source)
        temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        temporary.write_bytes((text + "\n").encode("utf-8"))
        os.replace(temporary, target)

    def close(self) -> None:
        if self._lock_fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._lock_fd)
            self._lock_fd = None
