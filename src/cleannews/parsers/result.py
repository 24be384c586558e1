"""The parser contract: what every parser returns, and the one place an Article is built.

A parser (``generic``, ``pangea``, ``text``) reads a page into a :class:`ParseResult`: the
page's :class:`~cleannews.metadata.Metadata` (headline, authors, dates ...) and the article's
:class:`Content` (body blocks and the parts moved out of it). :meth:`ParseResult.article`
turns it into the public :class:`~cleannews.Article`; no parser builds an Article itself.

A parser also says what the page is (``page_kind``), how sure it is that it holds an
article (``confidence``, 0 to 1), and, when its evidence that the page holds no article is
strong, why (``refusal``). It does not raise for that itself: :meth:`ParseResult.article`
raises :class:`~cleannews.NoArticleFound` for a refusal under the default policy, and with
``refuse=False`` only when there is no body text at all, so a caller who asked for every
page's text gets it, marked with its kind.
"""

from __future__ import annotations

from dataclasses import dataclass

from .._article import Article, Block, Caption, Credit, Disclaimer, PageKind
from .._errors import NoArticleFound
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
    """What every parser returns for a page it read: the article, or with ``refusal`` set
    the strong evidence that the page holds none (raised by :meth:`article`)."""

    #: the parser's name, one of :data:`cleannews.PARSER_NAMES`
    parser: str
    meta: Metadata
    content: Content
    page_kind: PageKind = "article"
    confidence: float = 1.0
    #: why the page holds no article, when the parser's evidence is strong; None otherwise
    refusal: str | None = None

    def article(self, *, refuse: bool = True) -> Article:
        """The public Article: the metadata's fields, then the content's.

        Raises :class:`NoArticleFound` for a page the parser refused, unless ``refuse`` is
        False and the page has body text (then it is returned with its ``page_kind``)."""
        meta, content = self.meta, self.content
        if self.refusal is not None and (refuse or not content.body):
            raise NoArticleFound(self.refusal)
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
            page_kind=self.page_kind,
            confidence=self.confidence,
        )
