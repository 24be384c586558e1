"""What a batch is made of: jobs, each a document's source and how its bytes are had.

Input readers (:mod:`.inputs`, :mod:`.warc`) make them, the runner hands them to workers.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from typing import Literal

__all__ = ["FetchUrl", "Inline", "Job", "KindHint", "Payload", "ReadFile", "Refused", "Source"]

KindHint = Literal["html", "text"] | None


@dataclass(frozen=True, slots=True)
class Source:
    """Where a document came from: a path, a WARC file with a record id, and/or a URL."""

    path: str | None = None
    record_id: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {"path": self.path, "record_id": self.record_id, "url": self.url}

    @classmethod
    def from_dict(cls, data: object) -> Source | None:
        """The source of an output record, or None when the record carries none."""
        if not isinstance(data, dict):
            return None
        fields = [data.get(name) for name in ("path", "record_id", "url")]
        if not all(value is None or isinstance(value, str) for value in fields):
            return None
        return cls(*fields)

    def key(self) -> bytes:
        """A short digest identifying the document, used by ``--resume``.

        The path counts as an absolute, normalised path (``dir/a.html``, ``./dir/a.html``
        and ``/home/me/dir/a.html`` are one document when resumed from the same folder);
        a file name that is not UTF-8 keeps its undecodable bytes as lone surrogates.
        """
        path = self.path
        if path is not None and path != "-":
            path = os.path.normpath(os.path.abspath(path))
        text = json.dumps([path, self.record_id, self.url], ensure_ascii=False)
        return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()

    def label(self) -> str:
        """How the document is named in messages on stderr (escaped there, see progress)."""
        if self.path and self.record_id:
            return f"{self.path}#{self.record_id} ({self.url})"
        return self.path or self.url or "<unknown>"


@dataclass(frozen=True, slots=True)
class ReadFile:
    """The worker reads the file itself, so the parent never holds page bytes."""

    path: str


@dataclass(frozen=True, slots=True)
class FetchUrl:
    url: str


@dataclass(frozen=True, slots=True)
class Inline:
    """Bytes already read (stdin, a WARC record), with the charset its headers declare."""

    data: bytes
    charset: str | None = None


@dataclass(frozen=True, slots=True)
class Refused:
    """A document that failed before reaching a worker (missing file, broken WARC)."""

    error_type: str
    message: str


Payload = ReadFile | FetchUrl | Inline | Refused


@dataclass(frozen=True, slots=True)
class Job:
    """One document to extract."""

    source: Source
    payload: Payload
    kind: KindHint = None
