"""Telling an article page from a page that holds none (index, listing, product, forum ...).

Three kinds of evidence, strongest first:

1. the page's own word for itself (JSON-LD ``@type``, ``og:type``): a product, a forum
   thread, a Q&A or collection page is no article, a NewsArticle or BlogPosting is one;
   a page that says neither but prints shop labels ("Add to cart", "In stock") is a shop;
2. the content found: no prose paragraph at all, or too little text, is no article;
3. for pages that say nothing useful about themselves ("website", "webpage", nothing):
   article evidence (a publication date, an author, a URL slug of several words) weighed
   against the content's shape: an article's text sits together, so the chosen region
   holds most of the page's prose; a service or index page spreads it over many boxes.

Between 2 and 3, signs of a page kind that hold whatever the page calls itself short of
a NewsArticle/BlogPosting (a template prints og:type "article" on every page): code
samples with no date or byline (documentation), and, with no byline, prose spread over
many boxes. Then, for pages that do not call themselves articles: reply/quote controls in
numbers (a forum thread), and a main content that is a small part of the page's text.

Thresholds were set on the dev corpora (WCXB's other page types against the articles of
all corpora) to keep wrongly refused articles under 2%.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .._errors import NoArticleFound
from .._metadata import Metadata
from ._generic_assembly import Parts
from ._generic_elements import text_weight
from ._generic_walk import WalkResult

__all__ = ["ARTICLE_TYPES", "NON_ARTICLE_TYPES", "TEMPLATE_ARTICLE_TYPES", "check_is_article"]

#: schema.org / OpenGraph types (lower-cased) of pages that hold no article
NON_ARTICLE_TYPES: frozenset[str] = frozenset(
    {
        "product",
        "discussionforumposting",
        "qapage",
        "collectionpage",
        "itemlist",
        "searchresultspage",
        "profilepage",
        "videoobject",
        "book",
        "event",
        "jobposting",
        "aboutpage",
        "contactpage",
        "store",
        "organization",
        "localbusiness",
        "softwareapplication",
        "course",
        "recipe",
        "music.song",
        "video.movie",
        "video.other",
        "profile",
    }
)
#: types that name an article
ARTICLE_TYPES: frozenset[str] = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "askpublicnewsarticle",
        "liveblogposting",
        "scholarlyarticle",
        "socialmediaposting",
        "techarticle",
        "report",
        "satiricalarticle",
    }
)

#: types a site's template prints on every page (og:type "article" on its index and its
#: help pages too): they do not vouch for the page the way a NewsArticle does
TEMPLATE_ARTICLE_TYPES: frozenset[str] = frozenset({"article", "techarticle"})

_MIN_BODY_CHARS = 200
#: a body paragraph this heavy counts as prose (short-paragraph styles write 2 sentences)
_BODY_PROSE_WEIGHT = 100
#: a body without one prose paragraph is an article only when it is longer than this
_MIN_PROSELESS_CHARS = 500
_PROSE_CHARS = 150
#: with no article evidence, a body this short is no article when its region also holds
#: less than this share of the page's prose
_MIN_UNVOUCHED_CHARS = 1500
_MIN_UNVOUCHED_SHARE = 0.7
#: with one piece of evidence, the share below which the page is still no article
_MIN_VOUCHED_SHARE = 0.3
#: with at most one piece of evidence, a story is at least this share of the page's text
_MIN_PAGE_SHARE = 0.2
_SLUG_WORD = re.compile(r"[^\W\d_]+")
_SLUG_WORDS = 4
#: labels of a shop page; three of them and no article type mean a product page
_SHOP_LINE = re.compile(
    r"\b(?:add\s+to\s+(?:cart|bag|basket|wishlist)|buy\s+now|in\s+stock|out\s+of\s+stock|"
    r"free\s+shipping|quantity)\b",
    re.IGNORECASE,
)
_SHOP_LINE_CHARS = 60
_MIN_SHOP_LINES = 3
#: a page with no byline that still prints one shop label and spreads its prose widely
_SPREAD_SHOP_SHARE = 0.5
#: with no byline, a region holding less than this share of the page's prose is no story
_MIN_UNSIGNED_SHARE = 0.3
#: a post's controls and counters on a forum thread; this many and no article type
_FORUM_LINE = re.compile(
    r"^(?:reply|quote|report|permalink|like|joined:?|posts?:?\s*\d|#\d+|"
    r"\d+\s+(?:replies|posts|comments))\b",
    re.IGNORECASE,
)
_FORUM_LINE_CHARS = 40
_MIN_FORUM_LINES = 20
#: documentation: code samples in the text, and neither a date nor a byline
_MIN_DOC_CODE_BLOCKS = 2


def _slug_words(url: str | None) -> int:
    if not url:
        return 0
    segments = [s for s in urlsplit(url).path.split("/") if s]
    if not segments:
        return 0
    return len(_SLUG_WORD.findall(segments[-1].rsplit(".", 1)[0]))


def _prose_weight(text: str, link_chars: int) -> int:
    weight = text_weight(text)
    return weight if weight >= _PROSE_CHARS and link_chars < 0.3 * len(text) else 0


def _shop_lines(walked: WalkResult) -> int:
    """Short lines that only a shop prints ("Add to cart", "In stock")."""
    return sum(
        1
        for b in walked.blocks
        if len(b.text) < _SHOP_LINE_CHARS and _SHOP_LINE.search(b.text) is not None
    )


def _forum_lines(walked: WalkResult) -> int:
    """Short lines of a thread's post controls ("Reply", "Quote", "Joined: ...")."""
    return sum(
        1
        for b in walked.blocks
        if len(b.text) < _FORUM_LINE_CHARS and _FORUM_LINE.search(b.text) is not None
    )


def check_is_article(meta: Metadata, walked: WalkResult, parts: Parts) -> None:
    """Raise :class:`NoArticleFound` when the page's content is not an article."""
    page_type = (meta.page_type or "").lower()
    if page_type in NON_ARTICLE_TYPES:
        raise NoArticleFound(f"the page calls itself a {meta.page_type}, not an article")
    weights = [text_weight(b.text) for b in parts.body]
    chars = sum(weights)
    if not chars:
        raise NoArticleFound("the page holds no text")
    if not meta.url:
        # a bare document (no URL, no page around it): whatever text it has is its story
        return
    body_prose = sum(w for w in weights if w >= _BODY_PROSE_WEIGHT)
    if chars < _MIN_BODY_CHARS or (not body_prose and chars < _MIN_PROSELESS_CHARS):
        raise NoArticleFound(f"the page's main content is {chars} characters, not an article")
    if page_type in ARTICLE_TYPES and page_type not in TEMPLATE_ARTICLE_TYPES:
        return
    page_prose = sum(_prose_weight(b.text, b.link_chars) for b in walked.blocks)
    share = body_prose / page_prose if page_prose else 1.0
    code_blocks = sum(1 for b in parts.body if b.kind == "preformatted")
    if not meta.authors and not meta.published and code_blocks >= _MIN_DOC_CODE_BLOCKS:
        raise NoArticleFound("code samples with no date or byline: documentation")
    if not meta.authors and share < _MIN_UNSIGNED_SHARE:
        raise NoArticleFound("no byline, and the page's prose is spread over many boxes")
    if page_type in ARTICLE_TYPES:
        # a template's "article" still vouches against the weaker signs below: shop
        # labels and reply buttons also sit under stories (ads, comment threads)
        return
    shop_lines = _shop_lines(walked)
    if shop_lines >= _MIN_SHOP_LINES:
        raise NoArticleFound("the page sells something: cart and stock labels, no story")
    if _forum_lines(walked) >= _MIN_FORUM_LINES:
        raise NoArticleFound("the page is a thread: reply and quote controls, many posts")
    if not meta.authors and shop_lines and share < _SPREAD_SHOP_SHARE:
        raise NoArticleFound("no byline, a shop label, and the prose spread over many boxes")
    evidence = bool(meta.published) + bool(meta.authors) + (_slug_words(meta.url) >= _SLUG_WORDS)
    if evidence == 0 and chars < _MIN_UNVOUCHED_CHARS and share < _MIN_UNVOUCHED_SHARE:
        raise NoArticleFound("no date, author or slug, and the text does not read as one story")
    page_chars = sum(b.weight for b in walked.blocks)
    if evidence <= 1 and chars < _MIN_PAGE_SHARE * page_chars:
        raise NoArticleFound("the main content is a small part of the page's text")
    if evidence == 1 and share < _MIN_VOUCHED_SHARE:
        raise NoArticleFound("the page's prose is spread over many boxes, not one story")
