"""Telling an article page from a page that holds none (index, listing, product, forum ...).

The decision, strongest evidence first:

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
all corpora) to keep wrongly refused articles under 2%.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..._errors import NoArticleFound
from ...metadata.read import Metadata
from .assembly import Parts
from .elements import is_prose, text_weight
from .walk import WalkResult

__all__ = [
    "ARTICLE_TYPES",
    "EMPTY_PARTS",
    "NON_ARTICLE_TYPES",
    "SITE_TYPES",
    "TEMPLATE_ARTICLE_TYPES",
    "check_is_article",
]

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

#: the parts of a page with no text at all
EMPTY_PARTS = Parts(body=(), captions=(), credits=(), disclaimers=(), stripped=(), headline=None)

#: types a page gives itself when it is one of a site's pages and no story
SITE_TYPES: frozenset[str] = frozenset({"website", "webpage"})

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
_MIN_PAGE_SHARE = 0.15
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
#: a post's controls and counters on a forum thread; this many and no article type (a
#: story's comment thread sits outside a story that calls itself one)
_FORUM_LINE = re.compile(
    r"^(?:reply|quote|report|permalink|like|joined:?|posts?:?\s*\d|#\d+|"
    r"\d+\s+(?:replies|posts|comments)|\d+\s+reply\b|messages:?|offline|online|"
    r"copy\s+(?:post|link)|add\s+a\s+comment|member\s+since|registered:?|posted\s+\d)\b",
    re.IGNORECASE,
)
_FORUM_LINE_CHARS = 40
_MIN_FORUM_LINES = 15
#: what only a thread prints about its posts: Q&A controls ("Improve this answer"), thread
#: software's labels ("Thread starter", "Started by", "Latest: <user>", "Posts: 4958");
#: a story's comment section prints "Reply" and "Share", not these, so a few are enough
#: even on a page whose template calls every page an "article"
_THREAD_LINE = re.compile(
    r"^(?:improve\s+this\s+(?:answer|question)|add\s+a\s+comment|last\s+reply|\d+\s+votes?\b|"
    r"started\s+by|wrote\s+on|posts:\s*\d|latest:|answered\s|asked\s|edited\s|"
    r"reply\s+with\s+quote|quote\s+reply|thread\s+starter|original\s+poster)",
    re.IGNORECASE,
)
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
_WORD = re.compile(r"\w+")
_NON_DIGIT = re.compile(r"\D")


def _slug_words(url: str | None) -> int:
    if not url:
        return 0
    segments = [s for s in urlsplit(url).path.split("/") if s]
    if not segments:
        return 0
    return len(_SLUG_WORD.findall(segments[-1].rsplit(".", 1)[0]))


def _prose_weight(text: str, link_chars: int) -> int:
    weight = text_weight(text)
    return weight if is_prose(weight, len(text), link_chars, _PROSE_CHARS) else 0


def _shop_lines(walked: WalkResult) -> int:
    """Short lines that only a shop prints ("Add to cart", "In stock")."""
    return sum(
        1
        for b in walked.blocks
        if len(b.text) < _SHOP_LINE_CHARS and _SHOP_LINE.search(b.text) is not None
    )


def _thread_lines(walked: WalkResult) -> tuple[int, int]:
    """Short lines of a thread's post controls ("Reply", "Quote", "Joined: ..."), and of
    those only a thread prints ("Improve this answer", "Thread starter")."""
    controls = thread = 0
    for b in walked.blocks:
        if len(b.text) < _FORUM_LINE_CHARS:
            controls += _FORUM_LINE.search(b.text) is not None
            thread += _THREAD_LINE.search(b.text) is not None
    return controls, thread


def _own_type(page_type: str | None) -> str:
    """The page's type, lower-cased; a site's own prefix dropped ("shop:product")."""
    lowered = (page_type or "").lower()
    if lowered in NON_ARTICLE_TYPES or lowered in ARTICLE_TYPES:
        return lowered
    return lowered.rsplit(":", 1)[-1]


def _words(text: str | None) -> int:
    return len(_WORD.findall(text)) if text else 0


def _date_in_url(date: str, url: str | None) -> bool:
    if not url:
        return False
    return date[:10].replace("-", "") in _NON_DIGIT.sub("", urlsplit(url).path)


def _is_home_page(url: str) -> bool:
    return not urlsplit(url).path.strip("/")


def _linked_headings(walked: WalkResult) -> int:
    """Headings that are links: the titles of cards and teasers."""
    return sum(1 for b in walked.blocks if b.heading and b.link_chars * 2 > len(b.text))


def _check_empty(meta: Metadata, page_type: str, walked: WalkResult) -> None:
    """A page with no body text is an article only when it shows no text at all and its
    metadata says it is one: a story a script writes in (or a test page of metadata);
    a page showing other text but no story (video, audio, a gallery) holds none."""
    if any(b.text for b in walked.blocks):
        raise NoArticleFound("the page holds no text")
    # a date read off the URL says nothing about what the page holds
    dated = meta.published and not _date_in_url(meta.published, meta.url)
    if page_type not in ARTICLE_TYPES and not (not page_type and (dated or meta.authors)):
        raise NoArticleFound("the page holds no text")


def check_is_article(meta: Metadata, walked: WalkResult, parts: Parts) -> None:
    """Raise :class:`NoArticleFound` when the page's content is not an article."""
    page_type = _own_type(meta.page_type)
    if page_type in NON_ARTICLE_TYPES:
        raise NoArticleFound(f"the page calls itself a {meta.page_type}, not an article")
    weights = [text_weight(b.text) for b in parts.body]
    chars = sum(weights)
    if not chars:
        _check_empty(meta, page_type, walked)
        return
    if not meta.url:
        # a bare document (no URL, no page around it): whatever text it has is its story
        return
    declared = page_type in ARTICLE_TYPES and page_type not in TEMPLATE_ARTICLE_TYPES
    evidence = bool(meta.published) + bool(meta.authors) + (_slug_words(meta.url) >= _SLUG_WORDS)
    page_chars = sum(b.weight for b in walked.blocks)
    # nothing on the page but this text (no menus, no footer): a stub or a test page
    bare = page_chars - chars <= _BARE_PAGE_SLACK and page_type not in SITE_TYPES
    body_prose = sum(w for w in weights if w >= _BODY_PROSE_WEIGHT)
    short = chars < _MIN_BODY_CHARS or (not body_prose and chars < _MIN_PROSELESS_CHARS)
    # a short text under a NewsArticle, or under a template's "article" with two of date,
    # byline and slug, is a story we read too little of: keep it, not lose the document
    vouched = declared or (page_type == "article" and evidence >= _VOUCHING_EVIDENCE)
    if short and not bare and not vouched:
        raise NoArticleFound(f"the page's main content is {chars} characters, not an article")
    if declared:
        return
    page_prose = sum(_prose_weight(b.text, b.link_chars) for b in walked.blocks)
    share = body_prose / page_prose if page_prose else 1.0
    code_blocks = sum(1 for b in parts.body if b.kind == "preformatted")
    if not meta.authors and not meta.published and code_blocks >= _MIN_DOC_CODE_BLOCKS:
        raise NoArticleFound("code samples with no date or byline: documentation")
    if (
        not meta.authors
        and page_type not in ARTICLE_TYPES
        and code_blocks >= _MIN_DATED_DOC_CODE_BLOCKS
        and _slug_words(meta.url) <= _MAX_TOPIC_SLUG_WORDS
    ):
        # a story's URL says its headline; a manual's names its topic ("fetch-api")
        raise NoArticleFound("code samples, no byline, a topic for a URL: documentation")
    if not meta.authors and evidence < _VOUCHING_EVIDENCE and share < _MIN_UNSIGNED_SHARE:
        raise NoArticleFound("no byline, and the page's prose is spread over many boxes")
    forum_lines, thread_lines = _thread_lines(walked)
    if thread_lines >= _MIN_THREAD_LINES:
        raise NoArticleFound("the page is a thread: its posts' answer and starter labels")
    if page_type in ARTICLE_TYPES:
        # a template's "article" still vouches against the weaker signs below: shop
        # labels and reply buttons also sit under stories (ads, comment threads)
        return
    shop_lines = _shop_lines(walked)
    if shop_lines >= _MIN_SHOP_LINES:
        raise NoArticleFound("the page sells something: cart and stock labels, no story")
    if forum_lines >= _MIN_FORUM_LINES:
        raise NoArticleFound("the page is a thread: reply and quote controls, many posts")
    if not meta.authors and shop_lines and share < _SPREAD_SHOP_SHARE:
        raise NoArticleFound("no byline, a shop label, and the prose spread over many boxes")
    if bare:
        return
    if evidence == 0 and _is_home_page(meta.url):
        raise NoArticleFound("a site's home page with no date, byline or slug")
    if evidence == 0 and body_prose < _MIN_UNVOUCHED_PROSE_SHARE * chars:
        raise NoArticleFound("no date, byline or slug, and the text is mostly short lines")
    if evidence == 0 and page_type == "website" and _words(meta.headline) <= _MAX_NAME_WORDS:
        raise NoArticleFound("a page that calls itself a website, named, not headlined")
    if evidence == 0 and _linked_headings(walked) > _MAX_LINKED_HEADINGS:
        raise NoArticleFound("no date, byline or slug, and many linked titles: cards")
    if evidence == 0 and chars < _MIN_UNVOUCHED_CHARS and share < _MIN_UNVOUCHED_SHARE:
        raise NoArticleFound("no date, author or slug, and the text does not read as one story")
    if evidence <= 1 and chars < _MIN_PAGE_SHARE * page_chars:
        raise NoArticleFound("the main content is a small part of the page's text")
    if evidence == 1 and share < _MIN_VOUCHED_SHARE:
        raise NoArticleFound("the page's prose is spread over many boxes, not one story")
