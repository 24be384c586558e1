"""Decoding page bytes and telling markup from text."""

from __future__ import annotations

import codecs

import pytest

from cleannews._document import decode_bytes, looks_like_html, site_of

TEXT = "Новости: «Свобода» — 23 января"
WESTERN = (
    "<p>The café on Rue Saint-Denis reopened on Monday. “We’re back,” said its owner, whose "
    "naïve optimism – she admits – carried her through a year of renovations.</p>"
)
KOI8 = '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>Новости: Свобода'


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT, id="utf-8-bom"),
        pytest.param(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), TEXT, id="utf-16-le-bom"),
        pytest.param(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT, id="utf-16-be-bom"),
        pytest.param(
            f'<meta charset="windows-1251"><p>{TEXT}</p>'.encode("cp1251"),
            f'<meta charset="windows-1251"><p>{TEXT}</p>',
            id="declared-cp1251",
        ),
        pytest.param(KOI8.encode("koi8-r"), KOI8, id="http-equiv-koi8-r"),
        pytest.param(
            f'<meta charset="iso-8859-1"><p>{TEXT}</p>'.encode(),
            f'<meta charset="iso-8859-1"><p>{TEXT}</p>',
            id="declared-latin1-but-utf8",
        ),
        pytest.param(WESTERN.encode("cp1252"), WESTERN, id="undeclared-cp1252"),
    ],
)
def test_decode_bytes(data: bytes, expected: str) -> None:
    assert decode_bytes(data) == expected


@pytest.mark.parametrize(
    ("text", "is_html"),
    [
        ("<!DOCTYPE html><html><body>x</body></html>", True),
        ("<html><p>x</p></html>", True),
        ("<div><p>One</p><p>Two</p></div>", True),
        ("Accessibility links\n\nHeadline\n\nBody text a < b and c > d.", False),
        ("Use <b> for bold, says the style guide.\nNothing else here.", False),
    ],
)
def test_looks_like_html(text: str, is_html: bool) -> None:
    assert looks_like_html(text) is is_html


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.rferl.org/a/1.html", "rferl.org"),
        ("https://svoboda.org/a/2.html", "svoboda.org"),
        ("www.voanews.com/a/3.html", "voanews.com"),
        (None, None),
        ("", None),
    ],
)
def test_site_of(url: str | None, site: str | None) -> None:
    assert site_of(url) == site
