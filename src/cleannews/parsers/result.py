"""The parser contract: what every parser returns, and the one place an Article is built.

A parser (``generic``, ``pangea``, ``text``) reads a page into a :class:`ParseResult`: the
page's :class:`~cleannews.metadata.Metadata` (headline, authors, dates ...) and the article's
:class:`Content` (body blocks and the parts moved out of it). :meth:`ParseResult.article`
turns it into the public :class:`~cleannews.Article`; no parser builds an Article itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from .._article import Article, Block, Caption, Credit, Disclaimer
from ..metadata import Metadata

__all__ = ["Content", "ParseResult"]


@dataclass(frozen=True, slots=True)
class Content:
    """The article's text: body blocks, and what was moved out of the body or cut as chrome."""

    body: tuple[Block, ...] = ()
    captions: tuple[Caption, ...] = ()
    credits: tuple[Credit, ...] = ()
    disclaimers: tuple[Disclaimer, ...] = ()
    stripped: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ParseResult:
    """What every parser returns for a page that holds an article."""

    #: the parser's name, one of :data:`cleannews.PARSER_NAMES`
    parser: str
    meta: Metadata
    content: Content

    def article(self) -> Article:
        """The public Article: the metadata's fields, then the content's."""
        meta, content = self.meta, self.content
        return Article(
            parser=self.parser,
            url=meta.url,
            site=meta.site,
            language=meta.language,
            headline=meta.headline,
            subheadline=meta.subheadline,
            section=meta.section,
            authors=meta.authors,
            published=meta.published,
            modified=meta.modified,
            tags=meta.tags,
            captions=content.captions,
            body=content.body,
            credits=content.credits,
            disclaimers=content.disclaimers,
            stripped=content.stripped,
        )
