"""What a worker does with one job: load its bytes, extract, and format the output record.

Records are serialised here, in the worker, so the parent process only writes lines.
A record is ``{"source": {...}, <Article keys>}`` for an article, or
``{"source": {...}, "error": {"type", "message"}}`` for a failure (``NoArticleFound``
included).
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import zlib
from dataclasses import dataclass, field
from typing import Any, Literal

from .._api import extract, extract_html, extract_text
from .._article import Article
from .._errors import CleannewsError, InputError, NoArticleFound
from .._registry import ParserName
from .canonical import with_canonical_url
from .errors import InputTooLarge
from .fetch import FetchOptions, fetch
from .inputs import GZIPPED_SUFFIXES
from .jobs import FetchUrl, Inline, Job, KindHint, ReadFile, Refused, Source

__all__ = ["Kind", "Outcome", "Status", "WorkOptions", "error_outcome", "run_job"]

Kind = Literal["auto", "html", "text"]
Status = Literal["ok", "no_article", "failed"]
Shape = Literal["record", "article"]


@dataclass(frozen=True, slots=True)
class WorkOptions:
    """How every document of a batch is read and extracted."""

    kind: Kind = "auto"
    parser: ParserName | None = None
    url: str | None = None
    max_bytes: int = 16 * 1024 * 1024
    fetch: FetchOptions = field(default_factory=FetchOptions)
    #: "record": one JSON Lines record with its source; "article": indented Article JSON.
    shape: Shape = "record"
    #: url and site from the page's canonical link (``--canonical-url``), see canonical.py
    canonical_url: bool = False
    #: False: a page that holds text is kept whatever its kind (``--keep-non-articles``)
    refuse: bool = True


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of one job: its status, the output text, and the error for stderr."""

    source: Source
    status: Status
    text: str
    error: str | None = None


def _read_file(path: str, max_bytes: int) -> bytes:
    if path.lower().endswith(GZIPPED_SUFFIXES):
        return _read_gzip(path, max_bytes)
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > max_bytes:
            raise InputTooLarge(f"file of {size} bytes exceeds the {max_bytes}-byte limit")
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:  # a pipe or a growing file: fstat could not tell
        raise InputTooLarge(f"input exceeds the {max_bytes}-byte limit")
    return data


def _read_gzip(path: str, max_bytes: int) -> bytes:
    """A gzip-compressed page, decompressed no further than the size limit (a gzip bomb
    stops there)."""
    try:
        with gzip.open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise InputError(f"cannot decompress the page: {exc}") from exc
    if len(data) > max_bytes:
        raise InputTooLarge(f"decompressed page exceeds the {max_bytes}-byte limit")
    return data


def _decoded(data: bytes, charset: str | None) -> bytes | str:
    """Bytes decoded with a transport-declared charset when it decodes them cleanly.

    Bytes that are valid UTF-8 (and not plain ASCII) are UTF-8 whatever the header says:
    a server or crawler that declares a legacy charset for UTF-8 pages is common, and any
    one-byte charset would "decode" them into mojibake without an error.
    """
    if charset:
        try:
            codec = codecs.lookup(charset)
        except LookupError:
            return data  # an unknown header: let the page's own declaration decide
        if codec.name != "utf-8" and not data.isascii():
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                pass
        try:
            return data.decode(codec.name)
        except (LookupError, UnicodeError, ValueError):
            pass  # a lying or non-text codec: let the page's own declaration decide
    return data


def _load(job: Job, options: WorkOptions) -> tuple[bytes | str, str | None, KindHint]:
    payload = job.payload
    if isinstance(payload, ReadFile):
        return _read_file(payload.path, options.max_bytes), options.url, job.kind
    if isinstance(payload, Inline):
        if len(payload.data) > options.max_bytes:
            raise InputTooLarge(f"input exceeds the {options.max_bytes}-byte limit")
        url = job.source.url or options.url
        return _decoded(payload.data, payload.charset), url, job.kind
    if isinstance(payload, FetchUrl):
        fetched = fetch(payload.url, options.fetch)
        kind: KindHint = "text" if fetched.is_text else job.kind
        return _decoded(fetched.data, fetched.charset), fetched.url, kind
    raise TypeError(f"a {type(payload).__name__} job never reaches a worker")


def _extract(job: Job, options: WorkOptions) -> Article:
    data, url, hint = _load(job, options)
    kind = options.kind if options.kind != "auto" else (hint or "auto")
    refuse = options.refuse
    if kind == "text" or options.parser == "text":
        return extract_text(data, url=url, refuse=refuse)
    if kind == "html":
        article = extract_html(data, url=url, parser=options.parser, refuse=refuse)
    else:
        article = extract(data, url=url, parser=options.parser, refuse=refuse)
    return with_canonical_url(article, data) if options.canonical_url else article


def _dumps(record: dict[str, Any]) -> str:
    text = json.dumps(record, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # a lone surrogate (a file name that is not UTF-8, a broken URL): JSON's \u escape
        # keeps it, so the record names the file exactly and resuming finds it
        return json.dumps(record)
    return text


def error_outcome(source: Source, error_type: str, message: str) -> Outcome:
    """The record of a document that failed, with its error type and message."""
    status: Status = "no_article" if error_type == NoArticleFound.__name__ else "failed"
    record = {"source": source.to_dict(), "error": {"type": error_type, "message": message}}
    return Outcome(source, status, _dumps(record), f"{error_type}: {message}")


def run_job(job: Job, options: WorkOptions) -> Outcome:
    """Extract one document; every failure becomes an error outcome, never an exception."""
    if isinstance(job.payload, Refused):
        return error_outcome(job.source, job.payload.error_type, job.payload.message)
    try:
        article = _extract(job, options)
    except (CleannewsError, OSError) as exc:
        return error_outcome(job.source, type(exc).__name__, str(exc))
    except Exception as exc:  # a parser bug must cost one record, never the batch
        return error_outcome(job.source, type(exc).__name__, f"internal error: {exc!r}")
    if options.shape == "article":
        return Outcome(job.source, "ok", article.to_json(indent=2))
    return Outcome(job.source, "ok", _dumps({"source": job.source.to_dict(), **article.to_dict()}))
