"""WARC files (``.warc``, ``.warc.gz``) read with warcio: one job per HTML response record.

Only ``response`` records with a 2xx HTTP status and an HTML content type are pages; request,
metadata, redirect and non-HTML records are passed over. The record's ``WARC-Target-URI``
becomes the article's ``url``, and its ``WARC-Record-ID`` identifies it in the output.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from typing import Any

from .inputs import Inline, Job, Refused, Source

__all__ = ["HTML_CONTENT_TYPES", "charset_of", "iter_html_records", "warc_jobs"]

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


def iter_html_records(
    path: str, *, max_bytes: int, skip: Callable[[Source], bool] = lambda source: False
) -> Iterator[tuple[Source, bytes | None, str | None]]:
    """(source, payload or None when over ``max_bytes``, declared charset) per HTML record.

    Raises warcio's ``ArchiveLoadFailed``, ``OSError``, ``zlib.error`` or ``EOFError`` on a
    broken archive; :func:`warc_jobs` turns those into an error record.
    """
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as fh:
        for record in ArchiveIterator(fh):
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
            yield source, (data if len(data) <= max_bytes else None), charset


def warc_jobs(path: str, *, max_bytes: int, skip: Callable[[Source], bool]) -> Iterator[Job]:
    """One job per HTML response record; a broken archive ends in one error job."""
    from warcio.exceptions import ArchiveLoadFailed

    try:
        for source, data, charset in iter_html_records(path, max_bytes=max_bytes, skip=skip):
            if data is None:
                message = f"record larger than the {max_bytes}-byte limit"
                yield Job(source, Refused("InputTooLarge", message))
            else:
                yield Job(source, Inline(data, charset), "html")
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
        # The records before the damage were already yielded; the rest of the file is lost.
        yield Job(Source(path=path), Refused(type(exc).__name__, f"broken WARC file: {exc}"))
