"""Telling an article page from a page that holds none (index, listing, product, forum ...).

The decision is an ordered tuple of named rules (:data:`RULES`) over the page's
:class:`~.page_evidence.Evidence`; the first rule that fires decides, and a page no rule
decides is an article. Strongest evidence first:

1. the page's own word for itself (JSON-LD ``@type``, ``og:type``, a site's prefix
   dropped): a product, a forum thread, a Q&A or collection page is no article;
2. no text at all: an article only when the page shows nothing else either and its
   metadata names an article (a story a script writes in); a page showing other text
   but no story (a video, an audio clip, a gallery) holds none;
3. too little text, or no prose paragraph: no article, unless nothing else is on the
   page (a stub) or the page vouches for a story we read too little of (a NewsArticle,
   or a template's "article" with two of date, byline and a URL slug of several words);
   a NewsArticle/BlogPosting is an article from here on;
4. signs of a page kind whatever a template calls the page: code samples with no date
   or byline, or with no byline and a URL naming a topic (documentation); with no
   byline and not both a date and a headline slug, prose spread over many boxes; a few
   of the labels only a thread prints ("Improve this answer", "Thread
   starter", "Latest: <user>"), since Q&A and forum pages are dated, signed and slugged;
5. for pages that do not call themselves articles: shop labels, a post's controls in
   numbers ("Reply", "Quote", "Member since", "Copy link": a forum thread); then, with
   no article evidence at all (date, byline, slug): the site's home page, a text of
   short lines, a page calling itself a "website" and named rather than headlined ("Pet
   Insurance"), many linked headings (cards), a text that does not read as one story;
   and, with little evidence, a main content that is a small part of the page's text.

Thresholds were set on the dev corpora (WCXB's other page types against the articles of
all corpora) to keep wrongly refused articles under 2%. Which rule decided is logged at
DEBUG on the ``cleannews.generic`` logger.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from ..._errors import NoArticleFound
from ...metadata.read import Metadata
from .assembly import Parts
from .page_evidence import (
    ARTICLE_TYPES,
    NON_ARTICLE_TYPES,
    SITE_TYPES,
    TEMPLATE_ARTICLE_TYPES,
    Evidence,
    gather_evidence,
)
from .walk import WalkResult

__all__ = [
    "ARTICLE_TYPES",
    "EMPTY_PARTS",
    "NON_ARTICLE_TYPES",
    "RULES",
    "SITE_TYPES",
    "TEMPLATE_ARTICLE_TYPES",
    "Judgement",
    "Rule",
    "check_is_article",
    "judge_page",
]

LOG = logging.getLogger("cleannews.generic")

#: what a page is, as far as a rule can tell
PageKind = Literal["article", "listing", "forum", "product", "other"]

#: the parts of a page with no text at all
EMPTY_PARTS = Parts(body=(), captions=(), credits=(), disclaimers=(), stripped=(), headline=None)

_MIN_BODY_CHARS = 200
#: a body without one prose paragraph is an article only when it is longer than this
_MIN_PROSELESS_CHARS = 500
#: with no article evidence, a body this short is no article when its region also holds
#: less than this share of the page's prose
_MIN_UNVOUCHED_CHARS = 1500
_MIN_UNVOUCHED_SHARE = 0.7
#: with one piece of evidence, the share below which the page is still no article
_MIN_VOUCHED_SHARE = 0.3
#: with at most one piece of evidence, a story is at least this share of the page's text
_MIN_PAGE_SHARE = 0.15
#: three shop labels and no article type mean a product page
_MIN_SHOP_LINES = 3
#: a page with no byline that still prints one shop label and spreads its prose widely
_SPREAD_SHOP_SHARE = 0.5
#: with no byline, a region holding less than this share of the page's prose is no story
_MIN_UNSIGNED_SHARE = 0.3
#: this many post controls and no article type (a story's comment thread sits outside a
#: story that calls itself one)
_MIN_FORUM_LINES = 15
#: labels only a thread prints: a few are enough even under a template's "article"
_MIN_THREAD_LINES = 5
#: documentation: code samples in the text, and neither a date nor a byline
_MIN_DOC_CODE_BLOCKS = 2
#: ... or more of them, no byline, and a URL naming a topic in at most so many words
_MIN_DATED_DOC_CODE_BLOCKS = 3
_MAX_TOPIC_SLUG_WORDS = 2
#: a page holding this little text besides the content has no chrome: a stub, a test page
_BARE_PAGE_SLACK = 100
#: a template "article" with this many of date, byline, slug vouches for a short text
_VOUCHING_EVIDENCE = 2
#: with no evidence, prose paragraphs make at least this share of a story's text
_MIN_UNVOUCHED_PROSE_SHARE = 0.55
#: with no evidence, more linked headings than this are a page of cards
_MAX_LINKED_HEADINGS = 25
#: a page's name ("Pet Insurance", "Apple Watch"), where a story has a headline
_MAX_NAME_WORDS = 3

#: the kind of page each stated non-article type names
_KIND_OF_TYPE: dict[str, PageKind] = {
    "product": "product",
    "store": "product",
    "softwareapplication": "product",
    "book": "product",
    "discussionforumposting": "forum",
    "qapage": "forum",
    "collectionpage": "listing",
    "itemlist": "listing",
    "searchresultspage": "listing",
}


#: a page a rule judged to hold no article
_REFUSED_CONFIDENCE = 0.05
#: a page kept although a weak rule judged it to hold none
_WEAK_CONFIDENCE = 0.3
#: a page no rule decided: this much, and a tenth more for each of date, byline, slug
_UNDECIDED_CONFIDENCE = 0.55
_EVIDENCE_CONFIDENCE = 0.1


@dataclass(frozen=True, slots=True)
class Rule:
    """A named test over the evidence; when it fires, the page is ``kind``."""

    name: str
    #: the kind, or how to read it off the evidence
    kind: PageKind | Callable[[Evidence], PageKind]
    fires: Callable[[Evidence], bool]
    #: why, for the NoArticleFound message and the log ({...} fields of the evidence)
    reason: str = ""
    #: how sure the rule is that the page holds an article, when it fires
    confidence: float = _REFUSED_CONFIDENCE
    #: a weak rule's sign is not enough to refuse a page alone: when no later rule
    #: decides, the page is kept, marked with the rule's kind and a low confidence
    strong: bool = True


@dataclass(frozen=True, slots=True)
class Judgement:
    """What the rules made of a page: its kind, and the rule that decided (None: none did)."""

    kind: PageKind
    rule: str | None
    reason: str
    #: how sure the rules are that the page holds an article, 0 to 1
    confidence: float
    evidence: Evidence
    #: True when a strong rule found the page holds no article: NoArticleFound by default
    refused: bool = False


def _declared(ev: Evidence) -> bool:
    """A type that names a story, and not one a template prints on every page."""
    return ev.page_type in ARTICLE_TYPES and ev.page_type not in TEMPLATE_ARTICLE_TYPES


def _bare(ev: Evidence) -> bool:
    """Nothing on the page but this text (no menus, no footer): a stub or a test page."""
    return ev.page_chars - ev.chars <= _BARE_PAGE_SLACK and ev.page_type not in SITE_TYPES


def _short(ev: Evidence) -> bool:
    return ev.chars < _MIN_BODY_CHARS or (not ev.body_prose and ev.chars < _MIN_PROSELESS_CHARS)


def _vouched(ev: Evidence) -> bool:
    """A short text under a NewsArticle, or under a template's "article" with two of date,
    byline and slug, is a story we read too little of: keep it, not lose the document."""
    return _declared(ev) or (ev.page_type == "article" and ev.evidence >= _VOUCHING_EVIDENCE)


def _empty_shows_text(ev: Evidence) -> bool:
    return not ev.chars and ev.shows_text


def _empty_unvouched(ev: Evidence) -> bool:
    # a date read off the URL says nothing about what the page holds
    named = ev.page_type in ARTICLE_TYPES or (
        not ev.page_type and (ev.date_not_from_url or ev.has_authors)
    )
    return not ev.chars and not named


def _unsigned(ev: Evidence) -> bool:
    return not ev.has_authors


#: the rules in the order they are asked; the first that fires decides
RULES: tuple[Rule, ...] = (
    Rule(
        "stated-non-article-type",
        lambda ev: _KIND_OF_TYPE.get(ev.page_type, "other"),
        lambda ev: ev.page_type in NON_ARTICLE_TYPES,
        "the page calls itself a {stated_type}, not an article",
    ),
    Rule("empty-body-other-text", "other", _empty_shows_text, "the page holds no text"),
    Rule("empty-body-unvouched", "other", _empty_unvouched, "the page holds no text"),
    # no text at all, and metadata naming a story: a story a script writes in
    Rule("empty-body-stated-story", "article", lambda ev: not ev.chars, confidence=0.5),
    # a bare document (no URL, no page around it): whatever text it has is its story
    Rule("bare-document", "article", lambda ev: not ev.url, confidence=0.8),
    Rule(
        "short-text",
        "other",
        lambda ev: _short(ev) and not _bare(ev) and not _vouched(ev),
        "the page's main content is {chars} characters, not an article",
    ),
    Rule("stated-story-type", "article", _declared, confidence=0.95),
    Rule(
        "documentation-undated",
        "other",
        lambda ev: _unsigned(ev) and not ev.has_date and ev.code_blocks >= _MIN_DOC_CODE_BLOCKS,
        "code samples with no date or byline: documentation",
    ),
    Rule(
        "documentation-topic-url",
        "other",
        # a story's URL says its headline; a manual's names its topic ("fetch-api")
        lambda ev: (
            _unsigned(ev)
            and ev.page_type not in ARTICLE_TYPES
            and ev.code_blocks >= _MIN_DATED_DOC_CODE_BLOCKS
            and ev.slug_words <= _MAX_TOPIC_SLUG_WORDS
        ),
        "code samples, no byline, a topic for a URL: documentation",
    ),
    Rule(
        "unsigned-spread-prose",
        "other",
        lambda ev: (
            _unsigned(ev) and ev.evidence < _VOUCHING_EVIDENCE and ev.share < _MIN_UNSIGNED_SHARE
        ),
        "no byline, and the page's prose is spread over many boxes",
        strong=False,
    ),
    Rule(
        "thread-labels",
        "forum",
        lambda ev: ev.thread_lines >= _MIN_THREAD_LINES,
        "the page is a thread: its posts' answer and starter labels",
    ),
    # a template's "article" still vouches against the weaker signs below: shop labels
    # and reply buttons also sit under stories (ads, comment threads)
    Rule(
        "template-story-type", "article", lambda ev: ev.page_type in ARTICLE_TYPES, confidence=0.85
    ),
    Rule(
        "shop-labels",
        "product",
        lambda ev: ev.shop_lines >= _MIN_SHOP_LINES,
        "the page sells something: cart and stock labels, no story",
    ),
    Rule(
        "forum-controls",
        "forum",
        lambda ev: ev.forum_lines >= _MIN_FORUM_LINES,
        "the page is a thread: reply and quote controls, many posts",
        strong=False,
    ),
    Rule(
        "unsigned-shop-spread",
        "product",
        lambda ev: _unsigned(ev) and bool(ev.shop_lines) and ev.share < _SPREAD_SHOP_SHARE,
        "no byline, a shop label, and the prose spread over many boxes",
    ),
    Rule("bare-page", "article", _bare, confidence=0.7),
    Rule(
        "home-page",
        "listing",
        lambda ev: ev.evidence == 0 and ev.home_page,
        "a site's home page with no date, byline or slug",
    ),
    Rule(
        "short-lines",
        "other",
        lambda ev: ev.evidence == 0 and ev.body_prose < _MIN_UNVOUCHED_PROSE_SHARE * ev.chars,
        "no date, byline or slug, and the text is mostly short lines",
    ),
    Rule(
        "named-website",
        "other",
        lambda ev: (
            ev.evidence == 0 and ev.page_type == "website" and ev.headline_words <= _MAX_NAME_WORDS
        ),
        "a page that calls itself a website, named, not headlined",
    ),
    Rule(
        "cards",
        "listing",
        lambda ev: ev.evidence == 0 and ev.linked_headings > _MAX_LINKED_HEADINGS,
        "no date, byline or slug, and many linked titles: cards",
    ),
    Rule(
        "not-one-story",
        "other",
        lambda ev: (
            ev.evidence == 0 and ev.chars < _MIN_UNVOUCHED_CHARS and ev.share < _MIN_UNVOUCHED_SHARE
        ),
        "no date, author or slug, and the text does not read as one story",
        strong=False,
    ),
    Rule(
        "small-share-of-page",
        "other",
        lambda ev: ev.evidence <= 1 and ev.chars < _MIN_PAGE_SHARE * ev.page_chars,
        "the main content is a small part of the page's text",
        strong=False,
    ),
    Rule(
        "vouched-once-spread",
        "other",
        lambda ev: ev.evidence == 1 and ev.share < _MIN_VOUCHED_SHARE,
        "the page's prose is spread over many boxes, not one story",
        strong=False,
    ),
)


def _reason(rule: Rule, ev: Evidence) -> str:
    return rule.reason.format(stated_type=ev.stated_type, chars=ev.chars)


def judge_page(meta: Metadata, walked: WalkResult, parts: Parts) -> Judgement:
    """The page's kind, by the first rule of :data:`RULES` that decides. A weak rule that
    fires marks the page unless a later rule decides: the page is kept, with its kind."""
    ev = gather_evidence(meta, walked, parts)
    weak: Rule | None = None
    for rule in RULES:
        if not rule.fires(ev):
            continue
        kind = rule.kind if isinstance(rule.kind, str) else rule.kind(ev)
        reason = _reason(rule, ev)
        if kind != "article" and not rule.strong:
            LOG.debug("weak sign of a %s page, rule %s: %s", kind, rule.name, reason)
            weak = weak or rule
            continue
        LOG.debug("page kind %s by rule %s: %s", kind, rule.name, reason or "-")
        return Judgement(kind, rule.name, reason, rule.confidence, ev, refused=kind != "article")
    if weak is not None:
        kind = weak.kind if isinstance(weak.kind, str) else weak.kind(ev)
        LOG.debug("page kind %s by weak rule %s: kept", kind, weak.name)
        return Judgement(kind, weak.name, _reason(weak, ev), _WEAK_CONFIDENCE, ev)
    LOG.debug("page kind article: no rule fired")
    confidence = _UNDECIDED_CONFIDENCE + _EVIDENCE_CONFIDENCE * ev.evidence
    return Judgement("article", None, "", confidence, ev)


def check_is_article(meta: Metadata, walked: WalkResult, parts: Parts) -> None:
    """Raise :class:`NoArticleFound` when the page holds no article."""
    judgement = judge_page(meta, walked, parts)
    if judgement.refused:
        raise NoArticleFound(judgement.reason)
