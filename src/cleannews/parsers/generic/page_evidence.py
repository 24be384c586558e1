"""What the generic parser measures of a page to tell an article from a page holding none.

:func:`gather_evidence` reads every signal :mod:`.page_kind`'s rules weigh into one
:class:`Evidence` record: the page's own type, the date, byline and URL slug that vouch
for a story, the body's length and prose, and counts over the page's blocks (the labels
of shops and threads, linked headings, the page's prose), the last ones in a single pass
over the blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from ...metadata import ARTICLE_TYPES as JSONLD_ARTICLE_TYPES
from ...metadata import Metadata
from .assembly import Parts
from .elements import is_prose, text_weight
from .walk import WalkResult

__all__ = [
    "ARTICLE_TYPES",
    "BODY_PROSE_WEIGHT",
    "NON_ARTICLE_TYPES",
    "SITE_TYPES",
    "SLUG_WORDS",
    "TEMPLATE_ARTICLE_TYPES",
    "Evidence",
    "gather_evidence",
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
#: types that vouch for a story: the article types the metadata reader reads JSON-LD for, less
#: the two a forum post and an advertisement state of themselves
ARTICLE_TYPES: frozenset[str] = JSONLD_ARTICLE_TYPES - {"posting", "advertisercontentarticle"}

#: types a site's template prints on every page (og:type "article" on its index and its
#: help pages too): they do not vouch for the page the way a NewsArticle does
TEMPLATE_ARTICLE_TYPES: frozenset[str] = frozenset({"article", "techarticle"})

#: types a page gives itself when it is one of a site's pages and no story
SITE_TYPES: frozenset[str] = frozenset({"website", "webpage"})

#: a body paragraph this heavy counts as prose (short-paragraph styles write 2 sentences)
BODY_PROSE_WEIGHT = 100
#: a block of the page this heavy, with few links, counts toward the page's prose
_PROSE_CHARS = 150
_SLUG_WORD = re.compile(r"[^\W\d_]+")
#: labels of a shop page ("Add to cart", "In stock"), on short lines
_SHOP_LINE = re.compile(
    r"\b(?:add\s+to\s+(?:cart|bag|basket|wishlist)|buy\s+now|in\s+stock|out\s+of\s+stock|"
    r"free\s+shipping|quantity)\b",
    re.IGNORECASE,
)
_SHOP_LINE_CHARS = 60
#: a post's controls and counters on a forum thread ("Reply", "Quote", "Joined: ...")
_FORUM_LINE = re.compile(
    r"^(?:reply|quote|report|permalink|like|joined:?|posts?:?\s*\d|#\d+|"
    r"\d+\s+(?:replies|posts|comments)|\d+\s+reply\b|messages:?|offline|online|"
    r"copy\s+(?:post|link)|add\s+a\s+comment|member\s+since|registered:?|posted\s+\d)\b",
    re.IGNORECASE,
)
_FORUM_LINE_CHARS = 40
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
_WORD = re.compile(r"\w+")
_NON_DIGIT = re.compile(r"\D")


@dataclass(frozen=True, slots=True)
class Evidence:
    """The signals of one page that the rules of :mod:`.page_kind` weigh."""

    #: the type the page states, as written (JSON-LD ``@type``, ``og:type``), or None
    stated_type: str | None
    #: that type lower-cased, a site's own prefix dropped ("shop:product" -> "product")
    page_type: str
    url: str | None
    has_authors: bool
    has_date: bool
    #: a date that is not just read off the URL
    date_not_from_url: bool
    #: words of a headline (a page's name is a word or three)
    headline_words: int
    #: letter words in the URL's last path segment (a story's slug names its headline)
    slug_words: int
    #: the URL has no path: a site's home page
    home_page: bool
    #: the body's weight (length, CJK counted triple), and the part in prose paragraphs
    chars: int
    body_prose: int
    #: body blocks of code
    code_blocks: int
    #: every block's weight on the page, and the weight of the page's prose blocks
    page_chars: int
    page_prose: int
    #: some block of the page shows text (for a page whose body is empty)
    shows_text: bool
    #: short lines of a shop, of a post's controls, of what only a thread prints
    shop_lines: int
    forum_lines: int
    thread_lines: int
    #: headings that are links: the titles of cards and teasers
    linked_headings: int

    @property
    def evidence(self) -> int:
        """How many of date, byline and a headline slug of several words vouch for a story."""
        return self.has_date + self.has_authors + (self.slug_words >= SLUG_WORDS)

    @property
    def share(self) -> float:
        """The body's prose as a share of the page's prose (1 when the page has none)."""
        return self.body_prose / self.page_prose if self.page_prose else 1.0


#: a URL slug of this many words names a headline
SLUG_WORDS = 4


def _slug_words(url: str | None) -> int:
    if not url:
        return 0
    segments = [s for s in urlsplit(url).path.split("/") if s]
    if not segments:
        return 0
    return len(_SLUG_WORD.findall(segments[-1].rsplit(".", 1)[0]))


def _own_type(page_type: str | None) -> str:
    """The page's type, lower-cased; a site's own prefix dropped ("shop:product")."""
    lowered = (page_type or "").lower()
    if lowered in NON_ARTICLE_TYPES or lowered in ARTICLE_TYPES:
        return lowered
    return lowered.rsplit(":", 1)[-1]


def _date_in_url(date: str, url: str | None) -> bool:
    if not url:
        return False
    return date[:10].replace("-", "") in _NON_DIGIT.sub("", urlsplit(url).path)


def gather_evidence(meta: Metadata, walked: WalkResult, parts: Parts) -> Evidence:
    """Every signal of the page, the counts over its blocks read in one pass."""
    weights = [text_weight(b.text) for b in parts.body]
    page_chars = page_prose = shop = forum = thread = linked = 0
    shows_text = False
    for b in walked.blocks:
        text = b.text
        length = len(text)
        # the walk's weight is text_weight(text)
        weight = b.weight
        page_chars += weight
        if length < _SHOP_LINE_CHARS:
            shows_text = shows_text or bool(text)
            if _SHOP_LINE.search(text) is not None:
                shop += 1
            if length < _FORUM_LINE_CHARS:
                forum += _FORUM_LINE.search(text) is not None
                thread += _THREAD_LINE.search(text) is not None
        else:
            shows_text = True
        if is_prose(weight, length, b.link_chars, _PROSE_CHARS):
            page_prose += weight
        if b.heading and b.link_chars * 2 > length:
            linked += 1
    url = meta.url
    return Evidence(
        stated_type=meta.page_type,
        page_type=_own_type(meta.page_type),
        url=url,
        has_authors=bool(meta.authors),
        has_date=bool(meta.published),
        date_not_from_url=bool(meta.published) and not _date_in_url(meta.published or "", url),
        headline_words=len(_WORD.findall(meta.headline)) if meta.headline else 0,
        slug_words=_slug_words(url),
        home_page=bool(url) and not urlsplit(url or "").path.strip("/"),
        chars=sum(weights),
        body_prose=sum(w for w in weights if w >= BODY_PROSE_WEIGHT),
        code_blocks=sum(1 for b in parts.body if b.kind == "preformatted"),
        page_chars=page_chars,
        page_prose=page_prose,
        shows_text=shows_text,
        shop_lines=shop,
        forum_lines=forum,
        thread_lines=thread,
        linked_headings=linked,
    )
