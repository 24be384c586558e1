"""Pangea parser: the CMS behind RFE/RL, VOA, Current Time and their language services.

The fingerprint is markup the whole CMS shares (see :mod:`.fingerprint`); domains play
no part. A page is an article when Pangea says so (``pg-article`` on ``<body>``) and its
``.wsw`` body holds text; media, programme and listing pages raise :class:`NoArticleFound`,
unless a media page carries a full text body of its own (a transcript).
"""

from __future__ import annotations

from ..._document import Document
from ..._errors import NoArticleFound
from ..._text import word_count
from ..result import Content, ParseResult
from .body import body_containers, chrome_labels, read_body, read_captions
from .fingerprint import has_markers, page_kinds
from .header import read_header

__all__ = ["MIN_MARKERS", "NAME", "claims", "parse"]

NAME = "pangea"

#: A page is claimed when at least this many independent Pangea markers hold.
MIN_MARKERS = 2

#: ``<body class>`` tokens of pages that hold no article of their own.
_NOT_ARTICLE_KINDS: frozenset[str] = frozenset(
    {"pg-media", "pg-prog", "pg-section", "pg-index", "pg-listing", "pg-author", "pg-search"}
)
#: A media or programme page is read as an article only with a text body this long.
_MEDIA_PAGE_MIN_WORDS = 150


def claims(doc: Document) -> bool:
    """True when the page carries enough of the markup every Pangea site shares."""
    return has_markers(doc, MIN_MARKERS)


def parse(doc: Document) -> ParseResult:
    """Read a Pangea page; a media, programme or listing page carries its refusal."""
    containers = body_containers(doc)
    body = read_body(containers)
    words = sum(word_count(b.text) for b in body.blocks)
    kinds = page_kinds(doc)
    if not words:
        raise NoArticleFound("the Pangea page has no article body (.wsw)")
    refusal = None
    if kinds & _NOT_ARTICLE_KINDS and "pg-article" not in kinds and words < _MEDIA_PAGE_MIN_WORDS:
        refusal = f"the Pangea page is a {' '.join(sorted(kinds))} page, no article"
    header = read_header(doc)
    content = Content(
        body=body.blocks,
        captions=read_captions(doc, containers, header.url),
        credits=body.credits,
        disclaimers=body.disclaimers,
        stripped=tuple(dict.fromkeys(chrome_labels(doc) + body.stripped)),
    )
    if refusal is not None:
        return ParseResult(
            NAME, header, content, page_kind="other", confidence=0.05, refusal=refusal
        )
    # the markup every Pangea site shares says it is an article page
    return ParseResult(NAME, header, content, page_kind="article", confidence=1.0)
