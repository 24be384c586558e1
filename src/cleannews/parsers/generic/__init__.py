"""Generic parser: any news page that no site-family parser claims.

The cascade, each step reading the one parsed tree:

1. :func:`~cleannews.metadata.read_metadata` reads headline, authors, dates ... from
   JSON-LD, OpenGraph, meta tags and bylines;
2. :func:`.walk.walk` reads the tree once into text blocks, regions and figures;
3. :func:`.content.select_content` picks the region holding the article and the
   blocks worth keeping in it;
4. :mod:`.assembly` turns those blocks into the body, moving captions, wire
   credits and notices to their own fields;
5. :mod:`.page_kind` judges what the page is (its ordered rules over the page's
   evidence): the result carries the kind, a confidence, and, when a rule found the page
   holds no article, the refusal that :meth:`ParseResult.article` raises by default.
"""

from __future__ import annotations

from dataclasses import replace

from ..._document import Document
from ...metadata import read_metadata
from ..result import Content, ParseResult
from .assembly import assemble
from .content import select_content
from .page_kind import EMPTY_PARTS, judge_page
from .walk import walk

__all__ = ["NAME", "claims", "parse"]

NAME = "generic"


def claims(doc: Document) -> bool:
    return True


def parse(doc: Document) -> ParseResult:
    """Read any page; a page judged to hold no article carries its refusal."""
    meta = read_metadata(doc)
    walked = walk(doc.root)
    selection = select_content(walked)
    parts = (
        assemble(walked, selection, meta.headline, doc.url or meta.url)
        if selection is not None
        else EMPTY_PARTS  # no text: whether that is a story a script writes, the kind decides
    )
    judgement = judge_page(meta, walked, parts)
    if meta.headline is None and parts.headline is not None:
        meta = replace(meta, headline=parts.headline)
    content = Content(
        body=parts.body,
        captions=parts.captions,
        credits=parts.credits,
        disclaimers=parts.disclaimers,
        stripped=parts.stripped,
    )
    return ParseResult(
        NAME,
        meta,
        content,
        page_kind=judgement.kind,
        confidence=judgement.confidence,
        refusal=judgement.reason if judgement.refused else None,
    )
