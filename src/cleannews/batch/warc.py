"""WARC files (``.warc``, ``.warc.gz``) read with warcio: one job per HTML response record.

Only ``response`` records with a 2xx HTTP status and an HTML content type are pages; request,
metadata, redirect and non-HTML records are passed over. The record's ``WARC-Target-URI``
becomes the article's ``url``, and its ``WARC-Record-ID`` identifies it in the output.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from .._errors import InputError
from .jobs import Inline, Job, Refused, Source

__all__ = [
    "HTML_CONTENT_TYPES",
    "WARC_ERRORS",
    "HtmlRecord",
    "charset_of",
    "iter_html_records",
    "iter_html_records_from",
    "warc_error",
    "warc_jobs",
]

HTML_CONTENT_TYPES: frozenset[str] = frozenset({"text/html", "application/xhtml+xml"})


def charset_of(content_type: str | None) -> str | None:
    """The ``charset=`` parameter of a Content-Type header, if any."""
    if not content_type:
        return None
    for param in content_type.split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'") or None
    return None


def _is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    if not status.startswith("2"):
        return False
    content_type = record.http_headers.get_header("Content-Type") or ""
    return content_type.split(";")[0].strip().lower() in HTML_CONTENT_TYPES


@dataclass(frozen=True, slots=True)
class HtmlRecord:
    """One HTML response record: its payload and declared charset, or why it is unusable."""

    source: Source
    data: bytes
    charset: str | None
    problem: str | None = None
    problem_type: str = "InputError"


def iter_html_records(
    path: str, *, max_bytes: int, skip: Callable[[Source], bool] = lambda source: False
) -> Iterator[HtmlRecord]:
    """Each HTML response record of a WARC file; oversized or cut records carry a problem.

    Raises warcio's ``ArchiveLoadFailed``, ``OSError``, ``zlib.error`` or ``EOFError`` on a
    broken archive; :func:`warc_jobs` turns those into an error record.
    """
    with open(path, "rb") as fh:
        yield from iter_html_records_from(fh, path, max_bytes=max_bytes, skip=skip)


def iter_html_records_from(
    stream: IO[bytes],
    path: str,
    *,
    max_bytes: int,
    skip: Callable[[Source], bool] = lambda source: False,
) -> Iterator[HtmlRecord]:
    """:func:`iter_html_records` over an open binary stream (a local or remote file)."""
    from warcio.archiveiterator import ArchiveIterator

    records = 0
    for record in ArchiveIterator(stream):
        records += 1
        # warcio reads a text whose first line has five words as an old ARC record, and a
        # text opening on a blank line as a WARC record of no type: neither is a WARC file
        if record.format != "warc" or record.rec_type is None:
            raise InputError(f"not a WARC file (record {records} is no WARC record)")
        if not _is_html_response(record):
            continue
        headers = record.rec_headers
        source = Source(
            path=path,
            record_id=headers.get_header("WARC-Record-ID"),
            url=headers.get_header("WARC-Target-URI"),
        )
        if skip(source):
            continue
        data = record.content_stream().read(max_bytes + 1)
        charset = charset_of(record.http_headers.get_header("Content-Type"))
        if len(data) > max_bytes:
            problem = f"record larger than the {max_bytes}-byte limit"
            yield HtmlRecord(source, b"", charset, problem, "InputTooLarge")
            continue
        # warcio stops quietly at the end of a truncated file: the unread rest of the
        # record's declared length is how a cut record shows.
        missing = getattr(record.raw_stream, "limit", 0)
        if isinstance(missing, int) and missing > 0:
            yield HtmlRecord(source, b"", charset, f"record cut short: {missing} bytes missing")
            continue
        yield HtmlRecord(source, data, charset)
    if records == 0:
        raise InputError("not a WARC file: it holds no WARC record")


#: What a broken archive raises while being read: warcio raises AttributeError, KeyError or
#: IndexError on a damaged header (a response record without ``WARC-Target-URI``), and
#: InputError (a ValueError) marks a file that is no WARC file at all.
WARC_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    EOFError,
    zlib.error,
    ValueError,
    AttributeError,
    KeyError,
    IndexError,
    TypeError,
)


def warc_jobs(path: str, *, max_bytes: int, skip: Callable[[Source], bool]) -> Iterator[Job]:
    """One job per HTML response record; a broken archive ends in one error job."""
    from warcio.exceptions import ArchiveLoadFailed

    try:
        for record in iter_html_records(path, max_bytes=max_bytes, skip=skip):
            if record.problem is not None:
                yield Job(record.source, Refused(record.problem_type, record.problem))
            else:
                yield Job(record.source, Inline(record.data, record.charset), "html")
    except (ArchiveLoadFailed, *WARC_ERRORS) as exc:
        # The records before the damage were already yielded; the rest of the file is lost.
        source = Source(path=path)
        if not skip(source):  # a resumed run has recorded it already
            yield Job(source, Refused(*warc_error(exc)))


def warc_error(exc: BaseException) -> tuple[str, str]:
    """The error type and message recorded for a WARC file that cannot be read on."""
    if isinstance(exc, InputError):
        return InputError.__name__, str(exc)
    return type(exc).__name__, f"broken WARC file: {type(exc).__name__}: {exc}"
