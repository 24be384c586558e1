"""Hostile input: every case ends in an Article or a typed CleannewsError, never another
exception, and reads nothing outside the input. The batch survives all of them at once.

Bounded time is enforced where it matters, in the batch: a case that hung would come back
as a DocumentTimeout record, which the batch test refuses.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path

import pytest

import cleannews
from batch_pages import article_html, headline
from cleannews import Article, CleannewsError
from cleannews._document import decode_bytes
from cleannews.batch import errors as batch_errors
from cleannews.cli import main

PAGE = article_html(1)
UNDECLARED = PAGE.replace('<meta charset="utf-8">', "")
RUSSIAN_SENTENCE = "Инженеры заменили сорок стальных тросов и полностью обновили настил моста"
RUSSIAN_PAGE = PAGE.replace(
    "Engineers replaced forty steel cables and resurfaced the whole deck", RUSSIAN_SENTENCE
)
EXTRACTORS: tuple[Callable[..., Article], ...] = (
    cleannews.extract,
    cleannews.extract_html,
    cleannews.extract_text,
)


def _nested(open_tag: str, close_tag: str, depth: int, inner: str = "deep text") -> bytes:
    return f"<html><body>{open_tag * depth}{inner}{close_tag * depth}</body></html>".encode()


def _entity_bomb() -> bytes:
    levels = ['<!ENTITY lol0 "lol">']
    for level in range(1, 9):
        refs = f"&lol{level - 1};" * 10
        levels.append(f'<!ENTITY lol{level} "{refs}">')
    doctype = f"<!DOCTYPE html [{''.join(levels)}]>"
    return (doctype + PAGE.replace("eight months", "&lol8; months")).encode()


CASES: dict[str, bytes] = {
    "empty": b"",
    "whitespace-only": b" \n\t\r\n  ",
    "png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n",
    "gzip": gzip.compress(PAGE.encode()),
    "nul-bytes-in-page": PAGE.encode().replace(b"<p>", b"<p>\x00\x00"),
    "only-nul-bytes": b"\x00" * 4096,
    "invalid-utf8": UNDECLARED.encode().replace(b"council", b"coun\xff\xfecil"),
    "utf16-le-without-bom": UNDECLARED.encode("utf-16-le"),
    "utf16-be-without-bom": UNDECLARED.encode("utf-16-be"),
    "charset-lies-utf8-is-cp1251": RUSSIAN_PAGE.encode("cp1251"),
    "charset-lies-utf16-is-ascii": PAGE.replace('charset="utf-8"', 'charset="utf-16"').encode(),
    "charset-unknown": PAGE.replace('charset="utf-8"', 'charset="x-no-such-codec"').encode(),
    "nesting-100000-div": _nested("<div>", "</div>", 100_000),
    "nesting-100000-inline": _nested("<b>", "</b>", 100_000),
    "nesting-100000-unclosed": _nested("<div><span>", "", 50_000),
    "nesting-30000-table": _nested("<table><tr><td>", "</td></tr></table>", 30_000),
    "entity-expansion": _entity_bomb(),
    "all-script": (
        "<html><head><script>var x = 1;</script></head><body><script>"
        + "document.write('<p>not article text</p>');\n" * 5000
        + "</script></body></html>"
    ).encode(),
    "giant-text-node": ("<html><body><p>" + "word " * 200_000 + "</p></body></html>").encode(),
    "giant-token": ("<html><body><p>" + "x" * 1_000_000 + "</p></body></html>").encode(),
    "many-paragraphs": (
        PAGE.replace("</article>", "<p>The council met again.</p>\n" * 50_000)
    ).encode(),
    "control-characters": PAGE.encode().replace(b"Monday", bytes(range(1, 32))),
    "encoded-surrogate": PAGE.encode().replace(b"Monday", b"\xed\xa0\x80"),
}

TEXT_CASES: dict[str, str] = {
    "str-lone-surrogate": PAGE.replace("Monday", "Mon\ud800day"),
    "str-nul": PAGE.replace("Monday", "Mon\x00day"),
    "str-whitespace-only": " \u00a0\u2028\u3000 ",
}


def _outcome(extract: Callable[..., Article], data: bytes | str) -> Article | CleannewsError:
    try:
        return extract(data)
    except CleannewsError as exc:
        return exc


@pytest.mark.parametrize("extract", EXTRACTORS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("case", sorted(CASES))
def test_bytes_end_in_an_article_or_a_typed_error(
    case: str, extract: Callable[..., Article]
) -> None:
    outcome = _outcome(extract, CASES[case])
    assert isinstance(outcome, Article | CleannewsError)
    if isinstance(outcome, Article):
        json.loads(outcome.to_json())


@pytest.mark.parametrize("extract", EXTRACTORS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("case", sorted(TEXT_CASES))
def test_str_ends_in_an_article_or_a_typed_error(
    case: str, extract: Callable[..., Article]
) -> None:
    outcome = _outcome(extract, TEXT_CASES[case])
    assert isinstance(outcome, Article | CleannewsError)


@pytest.mark.parametrize(
    "case", ["empty", "whitespace-only", "png", "pdf", "gzip", "only-nul-bytes"]
)
def test_empty_and_binary_input_is_an_input_error(case: str) -> None:
    with pytest.raises(cleannews.InputError):
        cleannews.extract(CASES[case])


def test_utf16_without_bom_is_read_as_utf16() -> None:
    assert decode_bytes(CASES["utf16-le-without-bom"]) == UNDECLARED
    assert decode_bytes(CASES["utf16-be-without-bom"]) == UNDECLARED


def test_a_charset_that_lies_does_not_garble_the_text() -> None:
    assert RUSSIAN_SENTENCE in decode_bytes(CASES["charset-lies-utf8-is-cp1251"])
    assert decode_bytes(CASES["charset-lies-utf16-is-ascii"]) == PAGE.replace(
        'charset="utf-8"', 'charset="utf-16"'
    )


def test_utf8_with_a_few_broken_bytes_stays_utf8() -> None:
    page = UNDECLARED.replace("council", "совет депутатов").replace("Monday", "понедельник")
    data = page.encode().replace("понедельник".encode(), "понед".encode() + b"\xff")
    text = decode_bytes(data)
    assert "совет депутатов" in text
    assert "понед\ufffd" in text


def test_a_lone_surrogate_does_not_cut_the_text() -> None:
    article = cleannews.extract_html(TEXT_CASES["str-lone-surrogate"])
    assert "to traffic on" in article.text


def test_entities_are_never_expanded() -> None:
    outcome = _outcome(cleannews.extract, CASES["entity-expansion"])
    if isinstance(outcome, Article):
        assert "lol" * 100 not in outcome.to_json()


@pytest.mark.parametrize("kind", ["entity", "parameter-entity", "xinclude", "links"])
def test_nothing_outside_the_input_is_ever_read(tmp_path: Path, kind: str) -> None:
    secret = tmp_path / "secret.txt"
    token = "TOKEN-7f3a9c-NEVER-READ"
    secret.write_text(token, encoding="utf-8")
    uri = secret.as_uri()
    body = PAGE[PAGE.index("<body>") + 6 : PAGE.index("</body>")]
    pages = {
        "entity": f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "{uri}">]>'
        f"<html><body><article><h1>&xxe;</h1><p>&xxe; {body}</p></article></body></html>",
        "parameter-entity": f'<!DOCTYPE html [<!ENTITY % p SYSTEM "{uri}"> %p;]>{PAGE}',
        "xinclude": '<html xmlns:xi="http://www.w3.org/2001/XInclude"><body><article>'
        f'<h1>Title</h1><p><xi:include href="{secret}" parse="text"/></p>{body}</article>'
        "</body></html>",
        "links": PAGE.replace(
            "</head>",
            f'<link rel="stylesheet" href="{uri}"><base href="{uri}">'
            f'<meta http-equiv="refresh" content="0; url={uri}"></head>',
        ).replace("<article>", f'<article><iframe src="{uri}"></iframe><img src="{secret}">'),
    }
    for extract in EXTRACTORS:
        for data in (pages[kind], pages[kind].encode()):
            outcome = _outcome(extract, data)
            if isinstance(outcome, Article):
                assert token not in outcome.to_json()
            else:
                assert token not in str(outcome)


def test_a_50_mb_page_ends_in_an_article_or_a_typed_error() -> None:
    # Pages this big carry inline data (base64 images, JSON state), not 50 MB of prose;
    # the parser's cost on many paragraphs is the "many-paragraphs" case above.
    image = "data:image/png;base64," + "iVBORw0KGgo" * 4_700_000
    data = PAGE.replace("<article>", f'<article><img src="{image}" alt="x">').encode()
    assert len(data) > 50_000_000
    outcome = _outcome(cleannews.extract, data)
    assert isinstance(outcome, Article | CleannewsError)
    if isinstance(outcome, Article):
        assert outcome.headline == headline(1)


def _error_names() -> set[str]:
    names: set[str] = set()
    stack: list[type[CleannewsError]] = [CleannewsError]
    while stack:
        cls = stack.pop()
        names.add(cls.__name__)
        stack.extend(cls.__subclasses__())
    return names


def test_the_batch_survives_every_case_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "hostile"
    folder.mkdir()
    for name, data in CASES.items():
        (folder / f"{name}.html").write_bytes(data)
        (folder / f"{name}.txt").write_bytes(data)
    (folder / "ok.html").write_text(PAGE, encoding="utf-8")
    big = folder / "fifty-megabytes.html"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024 + 1)  # sparse: costs no disk, refused by size first
    out = tmp_path / "out.jsonl"
    main([str(folder), "-o", str(out), "-j", "2", "--timeout", "120"])
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 2 * len(CASES) + 2
    assert len({record["source"]["path"] for record in records}) == len(records)
    known = _error_names()
    for record in records:
        if "error" in record:
            error = record["error"]
            assert error["type"] in known, record
            assert error["type"] not in {
                batch_errors.DocumentTimeout.__name__,
                batch_errors.WorkerCrashed.__name__,
            }, record
    by_name = {Path(record["source"]["path"]).name: record for record in records}
    assert by_name["ok.html"]["headline"] == headline(1)
    assert by_name["fifty-megabytes.html"]["error"]["type"] == "InputTooLarge"
