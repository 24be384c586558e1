"""Input specs (files, folders, globs, stdin, WARC files, URLs) as a lazy stream of jobs.

Nothing is read ahead: folders are walked one directory at a time and globs are expanded
lazily, so memory stays bounded whatever the corpus size. File contents are read by the
workers, not here; only stdin and WARC records (which cannot be re-opened by a worker
cheaply) travel as bytes.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from .jobs import FetchUrl, Inline, Job, KindHint, ReadFile, Refused, Source

__all__ = [
    "DOCUMENT_SUFFIXES",
    "GZIPPED_SUFFIXES",
    "TEXT_SUFFIXES",
    "WARC_SUFFIXES",
    "is_url",
    "is_warc",
    "iter_jobs",
    "read_spec_list",
    "spec_is_single",
]

#: Files a folder walk picks up as pages; gzip-compressed ones (``page.html.gz``) too.
DOCUMENT_SUFFIXES: tuple[str, ...] = (
    ".html",
    ".htm",
    ".xhtml",
    ".txt",
    ".html.gz",
    ".htm.gz",
    ".xhtml.gz",
    ".txt.gz",
)
#: The gzip-compressed ones among them, decompressed by the worker within the size limit.
GZIPPED_SUFFIXES: tuple[str, ...] = tuple(s for s in DOCUMENT_SUFFIXES if s.endswith(".gz"))
#: Files read as plain-text dumps rather than HTML.
TEXT_SUFFIXES: tuple[str, ...] = (".txt", ".text")
#: Web archives, expanded into their HTML response records.
WARC_SUFFIXES: tuple[str, ...] = (".warc", ".warc.gz")


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def _is_glob(spec: str) -> bool:
    return any(char in spec for char in "*?[")


def spec_is_single(spec: str) -> bool:
    """Whether a spec names exactly one document (a file, stdin or a URL)."""
    if spec == "-" or is_url(spec):
        return True
    if os.path.isdir(spec) or is_warc(spec):
        return False
    return not (_is_glob(spec) and not os.path.exists(spec))


def _kind_of(path: str) -> KindHint:
    name = path.lower().removesuffix(".gz")
    return "text" if name.endswith(TEXT_SUFFIXES) else None


def _walk(folder: str) -> Iterator[str]:
    """Files under ``folder``, recursively, in a stable order, one directory at a time."""
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(DOCUMENT_SUFFIXES + WARC_SUFFIXES):
                yield os.path.join(root, name)


def _file_jobs(path: str, *, max_bytes: int, skip: Callable[[Source], bool]) -> Iterator[Job]:
    if is_warc(path):
        from .warc import warc_jobs  # imported on demand: warcio is an optional dependency

        yield from warc_jobs(path, max_bytes=max_bytes, skip=skip)
        return
    source = Source(path=path)
    if not skip(source):
        yield Job(source, ReadFile(path), _kind_of(path))


def _spec_jobs(
    spec: str, *, stdin: BinaryIO, max_bytes: int, skip: Callable[[Source], bool]
) -> Iterator[Job]:
    if spec == "-":
        source = Source(path="-")
        if not skip(source):
            data = stdin.read(max_bytes + 1)
            yield Job(source, Inline(data))
        return
    if is_url(spec):
        source = Source(url=spec)
        if not skip(source):
            yield Job(source, FetchUrl(spec))
        return
    if os.path.isdir(spec):
        for path in _walk(spec):
            yield from _file_jobs(path, max_bytes=max_bytes, skip=skip)
        return
    if os.path.exists(spec):
        yield from _file_jobs(spec, max_bytes=max_bytes, skip=skip)
        return
    if not _is_glob(spec):
        if not skip(Source(path=spec)):
            yield Job(Source(path=spec), Refused("FileNotFoundError", "no such file or directory"))
        return
    matched = False
    for path in glob.iglob(spec, recursive=True):
        matched = True
        if os.path.isdir(path):
            for inner in _walk(path):
                yield from _file_jobs(inner, max_bytes=max_bytes, skip=skip)
        else:
            yield from _file_jobs(path, max_bytes=max_bytes, skip=skip)
    if not matched and not skip(Source(path=spec)):
        yield Job(Source(path=spec), Refused("FileNotFoundError", "the pattern matches no file"))


def iter_jobs(
    specs: Iterable[str],
    *,
    stdin: BinaryIO,
    max_bytes: int,
    skip: Callable[[Source], bool] = lambda source: False,
) -> Iterator[Job]:
    """One job per document named by ``specs``, lazily; ``skip`` drops done documents early.

    ``skip`` is asked before anything is read, so a resumed run does not re-read the
    documents it already has (for WARC files, before a record's payload is read).
    """
    for spec in specs:
        yield from _spec_jobs(spec, stdin=stdin, max_bytes=max_bytes, skip=skip)


def read_spec_list(path: str, stdin: BinaryIO) -> Iterator[str]:
    """Input specs listed one per line in a file (``-``: stdin), blank lines ignored."""
    if path == "-":
        for raw in stdin:
            line = raw.decode("utf-8", errors="surrogateescape").strip()
            if line:
                yield line
        return
    with Path(path).open(encoding="utf-8", errors="surrogateescape") as fh:
        for line in fh:
            if line.strip():
                yield line.strip()
