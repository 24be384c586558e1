"""The Dask integration on a local cluster of two worker processes: pages from a bag, a
dataframe and WARC files become one record each, written as Parquet."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from batch_pages import article_html, headline

pytest.importorskip("dask.distributed", reason="the Dask integration needs the [dask] extra")
pytest.importorskip("warcio", reason="WARC input needs the [warc] extra")
import dask.bag as db
import dask.dataframe as dd
import pandas as pd
import pyarrow.parquet as pq
from dask.distributed import Client, LocalCluster
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import cleannews.dask as cnd


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    cluster = LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",  # any free port: parallel test runs never collide
        memory_limit="1GiB",
    )
    with cluster, Client(cluster) as dask_client:
        yield dask_client


def _rows(folder: Path) -> list[dict[str, Any]]:
    files = sorted(folder.glob("part-*.parquet"))
    assert files
    rows: list[dict[str, Any]] = []
    for path in files:
        table = pq.read_table(path)
        assert table.schema.equals(cnd.RECORD_SCHEMA)
        rows.extend(table.to_pylist())
    return rows


def test_a_bag_of_pages_becomes_parquet_records(client: Client, tmp_path: Path) -> None:
    pages: list[dict[str, Any]] = [
        {"html": article_html(n).encode(), "url": f"https://news.example.com/a/{n}.html"}
        for n in range(6)
    ]
    pages.append({"html": b"\x89PNG\r\n\x1a\n\x00\x00", "url": "https://news.example.com/x.png"})
    bag = db.from_sequence(pages, npartitions=3)
    written = cnd.to_parquet(cnd.extract_records(bag), str(tmp_path / "out"))
    assert len(written) == 3
    rows = {row["source_url"]: row for row in _rows(tmp_path / "out")}
    assert len(rows) == 7
    for n in range(6):
        row = rows[f"https://news.example.com/a/{n}.html"]
        assert row["status"] == "ok"
        assert row["headline"] == headline(n)
        assert row["url"] == f"https://news.example.com/a/{n}.html"
        assert [block["kind"] for block in row["body"]][-1] == "paragraph"
    failed = rows["https://news.example.com/x.png"]
    assert (failed["status"], failed["error_type"]) == ("failed", "InputError")
    assert failed["headline"] is None
    assert failed["body"] == []


def test_a_dataframe_of_pages(client: Client, tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {
            "page": [article_html(n) for n in range(4)],
            "link": [f"https://news.example.com/b/{n}" for n in range(4)],
        }
    )
    pages = cnd.dataframe_pages(dd.from_pandas(frame, npartitions=2), html="page", url="link")
    cnd.to_parquet(cnd.extract_records(pages), str(tmp_path / "frame"))
    rows = _rows(tmp_path / "frame")
    assert sorted((row["source_url"], row["headline"]) for row in rows) == [
        (f"https://news.example.com/b/{n}", headline(n)) for n in range(4)
    ]


def _warc(path: Path, numbers: list[int]) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n in numbers:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://news.example.com/w/{n}",
                "response",
                payload=io.BytesIO(article_html(n).encode()),
                http_headers=headers,
            )
            writer.write_record(record)


def test_warc_files_become_records_with_their_source(client: Client, tmp_path: Path) -> None:
    _warc(tmp_path / "one.warc.gz", [0, 1])
    _warc(tmp_path / "two.warc.gz", [2])
    (tmp_path / "broken.warc.gz").write_bytes(b"not a warc file at all")
    paths = [str(tmp_path / name) for name in ("one.warc.gz", "two.warc.gz", "broken.warc.gz")]
    cnd.to_parquet(cnd.extract_records(cnd.warc_pages(paths)), str(tmp_path / "warc-out"))
    rows = _rows(tmp_path / "warc-out")
    ok = sorted((row["source_url"], row["headline"]) for row in rows if row["status"] == "ok")
    assert ok == [(f"https://news.example.com/w/{n}", headline(n)) for n in range(3)]
    assert all(
        row["source_record_id"].startswith("<urn:uuid:") for row in rows if row["source_url"]
    )
    broken = [row for row in rows if row["status"] == "failed"]
    assert [row["source_path"] for row in broken] == [paths[2]]
