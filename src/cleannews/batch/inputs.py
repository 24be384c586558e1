"""Input specs (files, folders, globs, stdin, WARC files, URLs) as a lazy stream of jobs.

Nothing is read ahead: folders are walked one directory at a time and globs are expanded
lazily, so memory stays bounded whatever the corpus size. File contents are read by the
workers, not here; only stdin and WARC records (which cannot be re-opened by a worker
cheaply) travel as bytes.

Nothing here can stop or hang the stream: a folder that cannot be listed, a special file
(FIFO, device, socket: opening one may block forever) and a broken WARC file each become one
error job, and ``**`` never follows a symbolic link to a folder (a link loop would repeat
the same pages without end).
"""

from __future__ import annotations

import glob
import os
import stat
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


def _walk(folder: str) -> Iterator[str | OSError]:
    """Files under ``folder``, recursively, in a stable order, one directory at a time;
    a folder that cannot be listed comes as its error, in its place."""
    unreadable: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=unreadable.append):
        yield from unreadable
        unreadable.clear()
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(DOCUMENT_SUFFIXES + WARC_SUFFIXES):
                yield os.path.join(root, name)
    yield from unreadable


def _walk_jobs(folder: str, *, max_bytes: int, skip: Callable[[Source], bool]) -> Iterator[Job]:
    for item in _walk(folder):
        if isinstance(item, OSError):
            source = Source(path=item.filename if isinstance(item.filename, str) else folder)
            if not skip(source):
                message = f"cannot list the folder: {item.strerror or item}"
                yield Job(source, Refused(type(item).__name__, message))
        else:
            yield from _file_jobs(item, max_bytes=max_bytes, skip=skip)


_SPECIAL_FILES: tuple[tuple[Callable[[int], bool], str], ...] = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _not_a_regular_file(path: str) -> Refused | None:
    """Why ``path`` cannot be read as a page file, or None when it can be."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return Refused(type(exc).__name__, exc.strerror or str(exc))
    if stat.S_ISREG(mode):
        return None
    what = next((name for test, name in _SPECIAL_FILES if test(mode)), "not a regular file")
    return Refused("InputError", f"{what}, not a regular file: skipped (read a pipe with '-')")


def _glob(pattern: str) -> Iterator[str]:
    """Paths matching ``pattern``; ``**`` does not follow symbolic links to folders."""
    if "**" not in pattern:
        yield from glob.iglob(pattern)
        return
    parts = pattern.split(os.sep)
    fixed = 0
    while fixed < len(parts) - 1 and not _is_glob(parts[fixed]):
        fixed += 1
    base = os.sep.join(parts[:fixed]) or (os.sep if pattern.startswith(os.sep) else "")
    rest = os.sep.join(parts[fixed:])
    # pathlib's "**" never enters a symlinked folder (glob's recursive mode does)
    for path in Path(base or ".").glob(rest):
        yield str(path)


def _file_jobs(path: str, *, max_bytes: int, skip: Callable[[Source], bool]) -> Iterator[Job]:
    refused = _not_a_regular_file(path)
    if refused is not None:
        source = Source(path=path)
        if not skip(source):
            yield Job(source, refused)
        return
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
        yield from _walk_jobs(spec, max_bytes=max_bytes, skip=skip)
        return
    if os.path.exists(spec):
        yield from _file_jobs(spec, max_bytes=max_bytes, skip=skip)
        return
    if not _is_glob(spec):
        if not skip(Source(path=spec)):
            yield Job(Source(path=spec), Refused("FileNotFoundError", "no such file or directory"))
        return
    matched = False
    for path in _glob(spec):
        matched = True
        if os.path.isdir(path):
            yield from _walk_jobs(path, max_bytes=max_bytes, skip=skip)
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
