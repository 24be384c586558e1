"""The systems under test, each behind one adapter returning an :class:`Extraction`.

cleannews gets the page bytes (decoding is part of its API, so its time includes it). The
peers get the page as text, decoded once per page by :func:`decode_page` outside the timed
call, the same way for every peer: a byte-order mark, else the charset declared in the
first 8 KiB (``<meta charset>``, ``http-equiv``, XML declaration) when it decodes cleanly,
else UTF-8, else cp1252 with replacement. The plain lxml parse (the time baseline) parses
that same text.

Peers are imported lazily, so ``python -m benchmarks --systems cleannews`` runs without them.
"""

from __future__ import annotations

import codecs
import importlib.metadata
import importlib.util
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import lxml.html

__all__ = [
    "SYSTEM_NAMES",
    "Extraction",
    "Field",
    "Outcome",
    "System",
    "available",
    "decode_page",
    "load",
    "lxml_parse",
]

Outcome = Literal["ok", "no_article", "error"]
#: The fields besides the body a system may return; one it never returns is not scored.
Field = Literal["headline", "authors", "published", "captions"]
_METADATA: frozenset[Field] = frozenset(("headline", "authors", "published"))

#: Every system the harness knows, in table order; newspaper4k runs only where installed.
SYSTEM_NAMES: tuple[str, ...] = (
    "cleannews",
    "trafilatura",
    "readability-lxml",
    "resiliparse",
    "newspaper4k",
)
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)|<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_\-.]+)""",
    re.IGNORECASE,
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class Extraction:
    """What one system returned for one page."""

    outcome: Outcome
    text: str = ""
    headline: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    captions: tuple[str, ...] = ()
    error: str | None = None


@dataclass(frozen=True, slots=True)
class System:
    name: str
    version: str
    #: the fields it returns besides the body
    fields: frozenset[Field]
    #: (page bytes, page decoded by :func:`decode_page`, url) -> Extraction
    run: Callable[[bytes, str, str | None], Extraction]

    def failed(self, error: str) -> Extraction:
        return Extraction("error", error=error)


def decode_page(data: bytes) -> str:
    """The page as text, decoded the same way for every peer (see the module docstring)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    match = _DECLARED_CHARSET.search(data[:8192])
    if match:
        name = (match.group(1) or match.group(2)).decode("ascii")
        try:
            codec = codecs.lookup(name).name
            if not codec.startswith("utf-16"):
                return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            pass  # an unknown or lying declaration: fall through
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def lxml_parse(text: str) -> object:
    """The baseline every time is divided by: one plain lxml parse of the page."""
    return lxml.html.document_fromstring(text)


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def _html_to_text(html: str) -> str:
    """Text of an HTML fragment; text nodes joined by spaces so adjacent blocks never glue
    two words into one (which would cost the system shingles it did extract)."""
    if not html.strip():
        return ""
    return " ".join(str(t) for t in lxml.html.fromstring(html).itertext())


def _run_cleannews(data: bytes, _text: str, url: str | None) -> Extraction:
    import cleannews

    try:
        article = cleannews.extract(data, url=url)
    except cleannews.NoArticleFound:
        return Extraction("no_article")
    except cleannews.CleannewsError as exc:
        return Extraction("error", error=f"{type(exc).__name__}: {exc}")
    captions = tuple(" ".join(filter(None, (c.text, c.credit))) for c in article.captions)
    return Extraction(
        "ok",
        text=article.text,
        headline=article.headline,
        authors=article.authors,
        published=article.published,
        captions=captions,
    )


def _run_trafilatura(_data: bytes, text: str, url: str | None) -> Extraction:
    import trafilatura

    # default (balanced) settings, with metadata so headline, author and date come back
    doc: Any = trafilatura.bare_extraction(text, url=url, with_metadata=True)
    if doc is None:
        return Extraction("ok")
    authors = tuple(a.strip() for a in (doc.author or "").split(";") if a.strip())
    return Extraction(
        "ok", text=doc.text or "", headline=doc.title, authors=authors, published=doc.date
    )


def _run_readability(_data: bytes, text: str, _url: str | None) -> Extraction:
    from readability import Document

    document = Document(text)
    return Extraction("ok", text=_html_to_text(document.summary()), headline=document.title())


def _run_resiliparse(_data: bytes, text: str, _url: str | None) -> Extraction:
    from resiliparse.extract.html2text import extract_plain_text

    return Extraction("ok", text=extract_plain_text(text, main_content=True))


def _run_newspaper(_data: bytes, text: str, url: str | None) -> Extraction:
    import newspaper

    # fetch_images off: by default it downloads images to pick a top image, a network
    # call that has no place in an offline benchmark (and would dominate its time)
    article: Any = newspaper.Article(
        url or "http://localhost/", fetch_images=False, follow_meta_refresh=False
    )
    article.download(input_html=text)
    article.parse()
    published = article.publish_date.isoformat() if article.publish_date else None
    return Extraction(
        "ok",
        text=article.text or "",
        headline=article.title or None,
        authors=tuple(article.authors or ()),
        published=published,
    )


_Runner = Callable[[bytes, str, str | None], Extraction]

#: (system, module to import, distribution whose version is reported, adapter, fields)
_SYSTEMS: tuple[tuple[str, str, str, _Runner, frozenset[Field]], ...] = (
    ("cleannews", "cleannews", "cleannews", _run_cleannews, _METADATA | {"captions"}),
    ("trafilatura", "trafilatura", "trafilatura", _run_trafilatura, _METADATA),
    (
        "readability-lxml",
        "readability",
        "readability-lxml",
        _run_readability,
        frozenset(("headline",)),
    ),
    ("resiliparse", "resiliparse", "resiliparse", _run_resiliparse, frozenset()),
    ("newspaper4k", "newspaper", "newspaper4k", _run_newspaper, _METADATA),
)


def available() -> tuple[str, ...]:
    """The systems whose module is importable here, in table order."""
    return tuple(
        name for name, module, *_ in _SYSTEMS if importlib.util.find_spec(module) is not None
    )


def load(names: tuple[str, ...]) -> tuple[System, ...]:
    """Adapters for the named systems; the modules are imported now, outside any timing."""
    chosen = []
    for name, module, dist, runner, fields in _SYSTEMS:
        if name in names:
            importlib.import_module(module)
            chosen.append(System(name, _version(dist), fields, runner))
    return tuple(chosen)
