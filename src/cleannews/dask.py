"""Extracting articles at cluster scale with Dask (extra ``cleannews[dask]``).

Import it on demand (``import cleannews.dask``); ``import cleannews`` never loads Dask::

    from dask.distributed import Client
    import dask.bag as db
    import cleannews.dask as cnd

    client = Client("tcp://scheduler:8786")          # or Client(LocalCluster(...))
    pages = cnd.warc_pages(["s3://crawl/a.warc.gz", "s3://crawl/b.warc.gz"])
    # or: db.from_sequence([{"html": b"...", "url": "https://..."}, ...])
    # or: cnd.dataframe_pages(ddf, html="html", url="url")
    records = cnd.extract_records(pages)
    cnd.to_parquet(records, "s3://bucket/articles/")  # one file per partition

Every page gives exactly one record, a failure included: the record's ``status`` is
``"ok"``, ``"no_article"`` or ``"failed"`` (with ``error_type`` and ``error_message``). The
command's limits hold here too: a page over ``max_bytes`` (16 MiB) is an ``InputTooLarge``
row, and a page still running after ``timeout`` seconds (60) a ``DocumentTimeout`` row, its
worker process replaced (on a daemonic Dask worker, Dask's default, which may start no
process, the page runs on a thread that is waited for as long and then left to end). A
broken or damaged WARC file is a failed row, the records before the damage kept.
``to_parquet(..., resume=True)`` skips the parts already written (each is written under a
temporary name and renamed, so a part that exists is whole): rerun the same pipeline after a
failure and only the missing parts are computed.
The columns are :data:`RECORD_SCHEMA`: the source (``source_path``, ``source_record_id``,
``source_url``), the status, and every Article field, nested ones as Parquet lists and
structs. Paths may be local or any URI ``pyarrow.fs`` knows (``s3://``, ``gs://``, ``hdfs://``).
"""

from __future__ import annotations

import json
import multiprocessing
import posixpath
import re
import threading
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

import pyarrow as pa

from ._api import extract, extract_html, extract_text
from ._article import Article
from ._errors import CleannewsError, NoArticleFound
from ._registry import ParserName

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "RECORD_SCHEMA",
    "dataframe_pages",
    "extract_records",
    "page_record",
    "to_parquet",
    "warc_pages",
]

DEFAULT_MAX_BYTES = 16 * 1024 * 1024
#: Seconds one page may take, as the command's ``--timeout``.
DEFAULT_TIMEOUT = 60.0
_SURROGATES = re.compile("[\ud800-\udfff]")

_TEXTS = pa.list_(pa.string())

#: The columns of a record, as written to Parquet.
RECORD_SCHEMA = pa.schema(
    [
        ("source_path", pa.string()),
        ("source_record_id", pa.string()),
        ("source_url", pa.string()),
        ("status", pa.string()),
        ("error_type", pa.string()),
        ("error_message", pa.string()),
        ("url", pa.string()),
        ("site", pa.string()),
        ("parser", pa.string()),
        ("language", pa.string()),
        ("headline", pa.string()),
        ("subheadline", pa.string()),
        ("section", pa.string()),
        ("authors", _TEXTS),
        ("published", pa.string()),
        ("modified", pa.string()),
        ("tags", _TEXTS),
        (
            "captions",
            pa.list_(
                pa.struct(
                    [
                        ("text", pa.string()),
                        ("credit", pa.string()),
                        ("image_url", pa.string()),
                        ("alt", pa.string()),
                    ]
                )
            ),
        ),
        ("body", pa.list_(pa.struct([("kind", pa.string()), ("text", pa.string())]))),
        ("credits", pa.list_(pa.struct([("text", pa.string()), ("agencies", _TEXTS)]))),
        ("disclaimers", pa.list_(pa.struct([("kind", pa.string()), ("text", pa.string())]))),
        ("stripped", _TEXTS),
    ]
)

_EMPTY_ARTICLE: dict[str, Any] = {
    name: ([] if pa.types.is_list(RECORD_SCHEMA.field(name).type) else None)
    for name in RECORD_SCHEMA.names[6:]
}


def _article_of(page: Mapping[str, Any], parser: ParserName | None) -> Article:
    data = page.get("html", page.get("bytes", page.get("text")))
    if data is None:
        raise CleannewsError("the page has no 'html', 'bytes' or 'text' field")
    url = page.get("url")
    if "text" in page and "html" not in page and "bytes" not in page:
        return extract_text(data, url=url)
    if parser is not None:
        return extract_html(data, url=url, parser=parser)
    return extract(data, url=url)


def _clean(value: Any) -> Any:
    """A value Parquet can store: a lone surrogate (a broken URL) becomes U+FFFD."""
    if isinstance(value, str):
        return _SURROGATES.sub("\ufffd", value)
    if isinstance(value, list):
        return [_clean(item) for item in value]
    if isinstance(value, dict):
        return {key: _clean(item) for key, item in value.items()}
    return value


def _too_large(fields: Mapping[str, Any], max_bytes: int) -> str | None:
    data = fields.get("html", fields.get("bytes", fields.get("text")))
    if isinstance(data, str | bytes | bytearray) and len(data) > max_bytes:
        return f"page of {len(data)} bytes or characters exceeds the {max_bytes} limit"
    return None


def _failed(record: dict[str, Any], error_type: str, message: str | None) -> dict[str, Any]:
    no_article = error_type == NoArticleFound.__name__
    record.update(status="no_article" if no_article else "failed", error_type=error_type)
    record.update(error_message=message, **_EMPTY_ARTICLE)
    return _clean(record)  # type: ignore[no-any-return]


def _source_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "source_path": fields.get("source_path"),
        "source_record_id": fields.get("source_record_id"),
        "source_url": fields.get("source_url", fields.get("url")),
        "status": "ok",
        "error_type": None,
        "error_message": None,
    }


def page_record(
    page: Mapping[str, Any] | str | bytes,
    parser: ParserName | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> dict[str, Any]:
    """One page (a mapping with ``html``/``bytes``/``text`` and ``url``, or bare markup) to
    one record with :data:`RECORD_SCHEMA`'s keys; failures become records too.

    Runs in the calling process, with the size limit but no time limit
    (:func:`extract_records` adds one)."""
    fields: Mapping[str, Any] = page if isinstance(page, Mapping) else {"html": page}
    too_large = _too_large(fields, max_bytes)
    if too_large is not None:
        return _failed(_source_fields(fields), "InputTooLarge", too_large)
    record: dict[str, Any] = {
        "source_path": fields.get("source_path"),
        "source_record_id": fields.get("source_record_id"),
        "source_url": fields.get("source_url", fields.get("url")),
        "status": "ok",
        "error_type": None,
        "error_message": None,
    }
    if fields.get("error_type"):  # failed before extraction (a cut WARC record ...)
        record.update(status="failed", error_type=fields["error_type"])
        record.update(error_message=fields.get("error_message"), **_EMPTY_ARTICLE)
        return record
    try:
        article = _article_of(fields, parser)
    except CleannewsError as exc:
        no_article = isinstance(exc, NoArticleFound)
        record.update(status="no_article" if no_article else "failed")
        record.update(error_type=type(exc).__name__, error_message=str(exc), **_EMPTY_ARTICLE)
        return record
    except Exception as exc:  # a parser bug costs one record, never the partition
        record.update(status="failed", error_type=type(exc).__name__)
        record.update(error_message=f"internal error: {exc!r}", **_EMPTY_ARTICLE)
        return record
    record.update(article.to_dict())
    return _clean(record)  # type: ignore[no-any-return]


def _job(index: int, fields: Mapping[str, Any]) -> Any:
    """A page as a batch job; its source's record id carries its index in the partition."""
    from .batch.jobs import Inline, Job, KindHint, Source

    data = fields.get("html", fields.get("bytes", fields.get("text")))
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")  # a lone surrogate becomes U+FFFD later
    text_only = "text" in fields and "html" not in fields and "bytes" not in fields
    kind: KindHint = "text" if text_only else None
    url = fields.get("url")
    return Job(
        Source(record_id=str(index), url=url if isinstance(url, str) else None),
        Inline(bytes(data)),
        kind,
    )


def _timed_records(
    pages: list[Mapping[str, Any]], parser: ParserName | None, max_bytes: int, timeout: float
) -> list[dict[str, Any]]:
    """Records made on a worker process of the batch runner, each page under ``timeout``."""
    from .batch.runner import RunLimits, WorkerPool
    from .batch.work import WorkOptions

    records: list[dict[str, Any] | None] = [None] * len(pages)
    jobs = []
    for index, fields in enumerate(pages):
        source = _source_fields(fields)
        data = fields.get("html", fields.get("bytes", fields.get("text")))
        too_large = _too_large(fields, max_bytes)
        if fields.get("error_type"):
            records[index] = _failed(source, fields["error_type"], fields.get("error_message"))
        elif too_large is not None:
            records[index] = _failed(source, "InputTooLarge", too_large)
        elif not isinstance(data, str | bytes | bytearray):
            records[index] = page_record(fields, parser, max_bytes=max_bytes)
        else:
            jobs.append(_job(index, fields))
    options = WorkOptions(parser=parser, max_bytes=max_bytes)
    with WorkerPool(options, RunLimits(workers=1, timeout=timeout)) as pool:
        for outcome in pool.run(jobs):
            index = int(outcome.source.record_id or 0)
            result = json.loads(outcome.text)
            source = _source_fields(pages[index])
            error = result.pop("error", None)
            if error is not None:
                records[index] = _failed(source, error["type"], error["message"])
            else:
                result.pop("source", None)
                source.update(result)
                records[index] = _clean(source)
    return [record for record in records if record is not None]


def _records(
    pages: Iterable[Any], parser: ParserName | None, max_bytes: int, timeout: float | None
) -> list[dict[str, Any]]:
    fields = [page if isinstance(page, Mapping) else {"html": page} for page in pages]
    if timeout is None:
        return [page_record(page, parser, max_bytes=max_bytes) for page in fields]
    if not multiprocessing.current_process().daemon:
        return _timed_records(fields, parser, max_bytes, timeout)
    # A daemonic process (a Dask worker by default) may not start the worker process that
    # can be killed: each page runs on a thread, waited for as long as the time limit.
    return [_thread_timed_record(page, parser, max_bytes, timeout) for page in fields]


def _thread_timed_record(
    page: Mapping[str, Any], parser: ParserName | None, max_bytes: int, timeout: float
) -> dict[str, Any]:
    """``page_record`` on a thread of its own, waited for ``timeout`` seconds: a page still
    running then is a ``DocumentTimeout`` row. A thread cannot be killed, so that page's
    thread is left to end in the background (a daemon thread: it never holds up exit)."""
    done: list[dict[str, Any]] = []
    thread = threading.Thread(
        target=lambda: done.append(page_record(page, parser, max_bytes=max_bytes)),
        name="cleannews-page",
        daemon=True,
    )
    thread.start()
    thread.join(timeout)
    if done:
        return done[0]
    message = (
        f"no result within {timeout:g} s (on a daemonic worker the page's thread is left "
        "to end in the background)"
    )
    return _failed(_source_fields(page), "DocumentTimeout", message)


def extract_records(
    pages: dask.bag.Bag,
    *,
    parser: ParserName | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> dask.bag.Bag:
    """A bag of pages to a bag of records, one per page, partition by partition.

    A page over ``max_bytes`` is an ``InputTooLarge`` row. Each partition runs on a worker
    process of the command's batch runner, so a page still running after ``timeout``
    seconds becomes a ``DocumentTimeout`` row and its process is replaced. Where a process
    cannot be started (a daemonic Dask worker, Dask's default) each page runs on a thread
    waited for ``timeout`` seconds, then given up as a ``DocumentTimeout`` row and left to end
    in the background. With ``timeout=None`` pages run in the task's process, unbounded.
    """
    return cast("dask.bag.Bag", pages.map_partitions(_records, parser, max_bytes, timeout))


def _warc_file_pages(path: str, max_bytes: int) -> list[dict[str, Any]]:
    import pyarrow.fs
    from warcio.exceptions import ArchiveLoadFailed

    from .batch.warc import WARC_ERRORS, iter_html_records_from

    filesystem, location = pyarrow.fs.FileSystem.from_uri(_as_uri(path))
    pages: list[dict[str, Any]] = []
    try:
        with filesystem.open_input_stream(location) as stream:
            for item in iter_html_records_from(stream, path, max_bytes=max_bytes):
                page: dict[str, Any] = {
                    "source_path": path,
                    "source_record_id": item.source.record_id,
                    "source_url": item.source.url,
                    "url": item.source.url,
                    "bytes": item.data,
                }
                if item.problem is not None:
                    page.update(error_type=item.problem_type, error_message=item.problem)
                pages.append(page)
    except (ArchiveLoadFailed, *WARC_ERRORS) as exc:
        # The records before the damage are kept; the file itself gets a failed record.
        message = f"broken WARC file: {exc}"
        pages.append(
            {"source_path": path, "error_type": type(exc).__name__, "error_message": message}
        )
    return pages


def _warc_partition(paths: Iterable[str], max_bytes: int) -> list[dict[str, Any]]:
    return [page for path in paths for page in _warc_file_pages(path, max_bytes)]


def _as_uri(path: str) -> str:
    return path if "://" in path else posixpath.abspath(path)


def warc_pages(paths: str | Sequence[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> dask.bag.Bag:
    """A bag of pages from WARC files, one partition per file (read on the workers).

    Only HTML response records with a 2xx status are pages; each carries its
    ``source_path``, ``source_record_id`` and ``source_url`` (the target URI, also its
    ``url``). A record over ``max_bytes`` or cut short becomes a failed record.
    """
    import dask.bag

    files = [paths] if isinstance(paths, str) else list(paths)
    files = [_as_uri(path) for path in files]  # resolved here, not in the workers' cwd
    paths_bag = dask.bag.from_sequence(files, npartitions=max(1, len(files)))
    return cast("dask.bag.Bag", paths_bag.map_partitions(_warc_partition, max_bytes))


def dataframe_pages(
    frame: dask.dataframe.DataFrame, *, html: str = "html", url: str | None = "url"
) -> dask.bag.Bag:
    """A bag of pages from a dataframe with an HTML column (str or bytes) and a URL column."""
    columns = [html] if url is None else [html, url]
    renamed = frame[columns].rename(columns={html: "html", **({url: "url"} if url else {})})
    return cast("dask.bag.Bag", renamed.to_bag(format="dict"))


def _write_part(records: list[dict[str, Any]], path: str) -> str:
    import pyarrow.fs
    import pyarrow.parquet

    table = pa.Table.from_pylist([_clean(record) for record in records], schema=RECORD_SCHEMA)
    filesystem, location = pyarrow.fs.FileSystem.from_uri(_as_uri(path))
    # written aside and renamed: a part that exists is whole, which resuming relies on
    temporary = posixpath.join(
        posixpath.dirname(location), f".{posixpath.basename(location)}.{uuid.uuid4().hex}.tmp"
    )
    pyarrow.parquet.write_table(table, temporary, filesystem=filesystem)
    filesystem.move(temporary, location)
    return path


def to_parquet(records: dask.bag.Bag, path: str, *, resume: bool = False) -> list[str]:
    """Write a bag of records as Parquet, one ``part-NNNNN.parquet`` per partition, under
    ``path`` (a folder, local or remote); returns the files of every partition.

    With ``resume``, a partition whose part file exists is not computed again: rerun the
    same pipeline (same inputs, same partitions) after a failure to finish it.
    Read them back with ``dask.dataframe.read_parquet(path)`` or ``pyarrow.parquet``.
    """
    import pyarrow.fs
    from dask.base import compute
    from dask.delayed import delayed

    base = _as_uri(path)  # resolved here, not in the workers' cwd
    filesystem, location = pyarrow.fs.FileSystem.from_uri(base)
    filesystem.create_dir(location, recursive=True)
    done: set[str] = set()
    if resume:
        selector = pyarrow.fs.FileSelector(location, allow_not_found=True)
        done = {info.base_name for info in filesystem.get_file_info(selector)}
    names = [f"part-{index:05d}.parquet" for index in range(records.npartitions)]
    writes = [
        delayed(_write_part)(part, posixpath.join(base, name))
        for name, part in zip(names, records.to_delayed(), strict=True)
        if name not in done
    ]
    compute(*writes)
    return [posixpath.join(base, name) for name in names]
