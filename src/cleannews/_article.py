"""The Article and its parts: frozen, typed dataclasses with a stable JSON form.

``Article.to_dict()`` returns exactly the keys of the JSON contract, in this order::

    url, site, parser, page_kind, confidence, language, headline, subheadline, section,
    authors, published, modified, tags, captions, body, credits, disclaimers, stripped

``Article.from_dict(article.to_dict()) == article`` holds for every article.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, cast, get_args

__all__ = [
    "ARTICLE_KEYS",
    "PAGE_KINDS",
    "Article",
    "Block",
    "BlockKind",
    "Caption",
    "Credit",
    "Disclaimer",
    "DisclaimerKind",
    "PageKind",
]

BlockKind = Literal["paragraph", "heading", "quote", "list_item", "preformatted"]
DisclaimerKind = Literal[
    "undesirable-organization", "copyright", "correction", "editors-note", "other"
]

#: what the page holding the text is: a story, or a page of another kind whose text was
#: kept because the caller asked for it (``refuse=False``) or the evidence was weak
PageKind = Literal["article", "listing", "forum", "product", "other"]
PAGE_KINDS: tuple[str, ...] = get_args(PageKind)

BLOCK_KINDS: frozenset[str] = frozenset(get_args(BlockKind))
DISCLAIMER_KINDS: frozenset[str] = frozenset(get_args(DisclaimerKind))

ARTICLE_KEYS: tuple[str, ...] = (
    "url",
    "site",
    "parser",
    "page_kind",
    "confidence",
    "language",
    "headline",
    "subheadline",
    "section",
    "authors",
    "published",
    "modified",
    "tags",
    "captions",
    "body",
    "credits",
    "disclaimers",
    "stripped",
)


@dataclass(frozen=True, slots=True)
class Block:
    """One block of the article body."""

    kind: BlockKind
    text: str

    def __post_init__(self) -> None:
        if self.kind not in BLOCK_KINDS:
            raise ValueError(f"unknown block kind {self.kind!r}")

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Block:
        return cls(kind=cast(BlockKind, data["kind"]), text=str(data["text"]))


@dataclass(frozen=True, slots=True)
class Caption:
    """An image caption, with the image it belongs to when known."""

    text: str
    credit: str | None = None
    image_url: str | None = None
    alt: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "credit": self.credit,
            "image_url": self.image_url,
            "alt": self.alt,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Caption:
        return cls(
            text=str(data["text"]),
            credit=data.get("credit"),
            image_url=data.get("image_url"),
            alt=data.get("alt"),
        )


@dataclass(frozen=True, slots=True)
class Credit:
    """A wire credit line and the agencies it names, in the order written."""

    text: str
    agencies: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "agencies": list(self.agencies)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Credit:
        return cls(text=str(data["text"]), agencies=tuple(data.get("agencies", ())))


@dataclass(frozen=True, slots=True)
class Disclaimer:
    """A notice attached to the article; a multi-paragraph notice joins them with newlines."""

    kind: DisclaimerKind
    text: str

    def __post_init__(self) -> None:
        if self.kind not in DISCLAIMER_KINDS:
            raise ValueError(f"unknown disclaimer kind {self.kind!r}")

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Disclaimer:
        return cls(kind=cast(DisclaimerKind, data["kind"]), text=str(data["text"]))


def _strings(values: Iterable[Any]) -> tuple[str, ...]:
    return tuple(str(v) for v in values)


@dataclass(frozen=True, slots=True)
class Article:
    """A news article, split into typed parts. Build one with :func:`cleannews.extract`."""

    parser: str
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
    captions: tuple[Caption, ...] = ()
    body: tuple[Block, ...] = ()
    credits: tuple[Credit, ...] = ()
    disclaimers: tuple[Disclaimer, ...] = field(default=())
    stripped: tuple[str, ...] = ()
    #: what the page is ("article" unless it was kept with ``refuse=False``)
    page_kind: PageKind = "article"
    #: how sure the parser is that the page is an article, from 0 to 1 (a ranking of its
    #: evidence, not a calibrated probability)
    confidence: float = 1.0

    def __post_init__(self) -> None:
        if self.page_kind not in PAGE_KINDS:
            raise ValueError(f"unknown page kind {self.page_kind!r}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence!r} is not between 0 and 1")

    @property
    def text(self) -> str:
        """The body's texts joined by blank lines."""
        return "\n\n".join(block.text for block in self.body)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The texts of the body's paragraphs, without headings, quotes or list items."""
        return tuple(b.text for b in self.body if b.kind == "paragraph")

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract: exactly :data:`ARTICLE_KEYS`, lists instead of tuples."""
        return {
            "url": self.url,
            "site": self.site,
            "parser": self.parser,
            "page_kind": self.page_kind,
            "confidence": self.confidence,
            "language": self.language,
            "headline": self.headline,
            "subheadline": self.subheadline,
            "section": self.section,
            "authors": list(self.authors),
            "published": self.published,
            "modified": self.modified,
            "tags": list(self.tags),
            "captions": [c.to_dict() for c in self.captions],
            "body": [b.to_dict() for b in self.body],
            "credits": [c.to_dict() for c in self.credits],
            "disclaimers": [d.to_dict() for d in self.disclaimers],
            "stripped": list(self.stripped),
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """The article as JSON text, characters kept as they are (no ``\\u`` escapes)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an article from :meth:`to_dict` output; unknown keys are an error."""
        unknown = set(data) - set(ARTICLE_KEYS)
        if unknown:
            raise ValueError(f"unknown Article keys: {sorted(unknown)}")
        return cls(
            parser=str(data.get("parser", "")),
            page_kind=cast(PageKind, data.get("page_kind", "article")),
            confidence=float(data.get("confidence", 1.0)),
            url=data.get("url"),
            site=data.get("site"),
            language=data.get("language"),
            headline=data.get("headline"),
            subheadline=data.get("subheadline"),
            section=data.get("section"),
            authors=_strings(data.get("authors", ())),
            published=data.get("published"),
            modified=data.get("modified"),
            tags=_strings(data.get("tags", ())),
            captions=tuple(Caption.from_dict(c) for c in data.get("captions", ())),
            body=tuple(Block.from_dict(b) for b in data.get("body", ())),
            credits=tuple(Credit.from_dict(c) for c in data.get("credits", ())),
            disclaimers=tuple(Disclaimer.from_dict(d) for d in data.get("disclaimers", ())),
            stripped=_strings(data.get("stripped", ())),
        )

    @classmethod
    def from_json(cls, text: str) -> Article:
        return cls.from_dict(json.loads(text))
