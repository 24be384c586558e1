"""Where records go: JSON Lines (one line per document, flushed as written) or a folder
of one ``.json`` file per document; and what ``--resume`` finds already done there.

A JSON Lines file is written one whole line per ``write`` and flushed at once, so a
process killed at any moment leaves every earlier line intact; at worst the last line is
cut short, and resuming drops that fragment before appending. A folder record is written
to a temporary name and renamed, so it is either whole or absent.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from pathlib import Path
from types import TracebackType
from typing import IO, Protocol

from .jobs import Source

__all__ = [
    "DirectorySink",
    "JsonLinesSink",
    "Sink",
    "done_in_directory",
    "done_in_json_lines",
    "record_filename",
]

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


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
    """Appends one record per line to a file (or stdout), flushing after every line."""

    def __init__(self, path: Path | None, *, append: bool) -> None:
        self._owned = path is not None
        self._out: IO[str] = (
            open(path, "a" if append else "w", encoding="utf-8", newline="\n")  # noqa: SIM115
            if path is not None
            else sys.stdout
        )

    def write(self, source: Source, text: str) -> None:
        self._out.write(text + "\n")
        self._out.flush()

    def close(self) -> None:
        if self._owned:
            self._out.close()

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
    """Writes each record to its own ``.json`` file in a folder, atomically."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def write(self, source: Source, text: str) -> None:
        target = self._folder / record_filename(source)
        temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        temporary.write_text(text + "\n", encoding="utf-8")
        os.replace(temporary, target)

    def close(self) -> None:
        return None
