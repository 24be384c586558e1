"""The structural vocabulary of news pages: which tags and class/id words mean what.

All of it lives here, so the content finder reads as an algorithm and the words can be
reviewed (and extended) in one place. A class/id value is lower-cased and cut into its
words at every non-letter (``article__body-2`` -> ``article``, ``body``), so ``ad``
matches ``ad-slot`` and ``ad1`` but never ``header`` or ``shadow``; a two-word name
(``widget-area``) matches two words in a row. Camel case is lower-cased, not split:
``shareBar`` is the word ``sharebar``.
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from ..tags import NEVER_TEXT_TAGS

__all__ = [
    "BLOCK_LEVEL_TAGS",
    "BOILERPLATE_PREFIXES",
    "BOILERPLATE_TAGS",
    "BOILERPLATE_WORDS",
    "CAPTION_CHROME_WORDS",
    "CAPTION_WORDS",
    "CONTENT_WORDS",
    "CREDIT_WORDS",
    "DROP_TAGS",
    "HEADING_TAGS",
    "INLINE_FURNITURE_WORDS",
    "NO_HINTS",
    "HintFlags",
    "has_word",
    "hint_key",
    "hint_words",
    "read_hints",
    "read_key",
]

#: Never text. ``button`` and ``form`` are not here: an unclosed ``<button>`` or an
#: ASP.NET ``<form>`` can hold the whole page.
DROP_TAGS: frozenset[str] = NEVER_TEXT_TAGS | {
    "head",
    "title",
    "meta",
    "link",
    "dialog",
    # MathML is read (an equation is text of the article); its TeX source is not
    "annotation",
    "annotation-xml",
}

#: Elements that start a new block of text (their text is not glued to the neighbours').
BLOCK_LEVEL_TAGS: frozenset[str] = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "nav",
        "ul",
        "ol",
        "dl",
        "li",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "caption",
        "figure",
        "figcaption",
        "address",
        "hr",
        "body",
        "html",
        "center",
        "details",
        "summary",
        "fieldset",
        "form",
        "hgroup",
    }
)

HEADING_TAGS: frozenset[str] = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

#: Whole subtrees that frame a page rather than tell its story.
BOILERPLATE_TAGS: frozenset[str] = frozenset({"nav", "aside", "footer"})

#: class/id words of share bars, related links, newsletters, ads, cookie notices,
#: comments, sidebars, navigation and article metadata rows.
BOILERPLATE_WORDS: frozenset[str] = frozenset(
    [
        "share",
        "shares",
        "sharing",
        "sharebar",
        "social",
        "socials",
        "sociallinks",
        "related",
        "relatedposts",
        "subscribe",
        "subscription",
        "signup",
        "sign-up",
        "promo",
        "promos",
        "promotion",
        "ad",
        "ads",
        "adslot",
        "adunit",
        "dfp",
        "consent",
        "gdpr",
        "comment",
        "comments",
        "commentlist",
        "disqus",
        "sidebar",
        "widget-area",
        "nav",
        "navbar",
        "navigation",
        "menu",
        "footer",
        "masthead",
        "pagination",
        "pager",
        "popular",
        "trending",
        "mostread",
        "most-read",
        "most-popular",
        "more-stories",
        "readmore",
        "read-more",
        "outbrain",
        "taboola",
        "tags",
        "taglist",
        "toolbar",
        "modal",
        "popup",
        "overlay",
        "skip-link",
        "skiplink",
        "skip-to",
        "login",
        "byline",
        "bylines",
        "author",
        "authors",
        "meta",
        "dateline",
        "timestamp",
        "visually-hidden",
        "sr-only",
        "screen-reader",
        "teaser",
        "teasers",
        "recirc",
        "carousel",
        "slider",
        "donate",
        "donation",
        "feedback",
        "reactions",
    ]
)
#: word beginnings that mark the same ("recommended", "advertisement", "cookiebar")
BOILERPLATE_PREFIXES: tuple[str, ...] = (
    "recommend",
    "newsletter",
    "advert",
    "sponsor",
    "cookie",
    "breadcrumb",
)

#: class/id words of the element that holds an article's text.
CONTENT_WORDS: frozenset[str] = frozenset(
    [
        "article-body",
        "articlebody",
        "article-content",
        "articlecontent",
        "article-text",
        "articletext",
        "entry-content",
        "entrycontent",
        "post-content",
        "postcontent",
        "post-body",
        "postbody",
        "post-entry",
        "story-body",
        "storybody",
        "story-content",
        "storycontent",
        "story-text",
        "storytext",
        "body-text",
        "bodytext",
        "content-body",
        "main-content",
        "maincontent",
        "rich-text",
        "richtext",
        "text-content",
        "single-content",
        "blog-post",
        "news-text",
        "article-detail",
    ]
)

#: class/id words of a figure caption outside <figcaption>.
CAPTION_WORDS: frozenset[str] = frozenset(
    ["caption", "captions", "figcaption", "legend", "legends", "bildunterschrift"]
)

#: class/id words of a photo credit inside a caption.
CREDIT_WORDS: frozenset[str] = frozenset(
    ["credit", "credits", "copyright", "source", "photographer", "attribution", "byline", "author"]
)

#: class/id words of buttons and links printed inside a caption, not part of it
CAPTION_CHROME_WORDS: frozenset[str] = frozenset(
    [
        "license",
        "licensing",
        "purchase",
        "buy",
        "enlarge",
        "expand",
        "zoom",
        "fullscreen",
        "share",
        "gallery-count",
        "counter",
        "icon",
    ]
)

#: class/id words of a ``<span>`` inside a text block that is not part of the text (the
#: byline and time over a live-blog post); narrower than :data:`BOILERPLATE_WORDS`, whose
#: words ("meta", "tags" ...) name wrappers, not words inside a sentence
INLINE_FURNITURE_WORDS: frozenset[str] = frozenset(
    ["author", "authors", "byline", "bylines", "timestamp", "dateline", "share", "sharing"]
)

_NON_LETTERS = re.compile(r"[^a-z]+")
#: str.translate() table of the ASCII characters: a-z kept, every other one made "-"
_ASCII_DASHED = "".join(char if "a" <= char <= "z" else "-" for char in map(chr, range(128)))
_LETTER_RUNS = re.compile(r"[a-z]+")
_BOILERPLATE_START = re.compile(r"(?<![a-z])(?:" + "|".join(BOILERPLATE_PREFIXES) + ")")
_CAPTION_END = re.compile(r"caption(?![a-z])")
_CREDIT_END = re.compile(r"credit(?![a-z])")


def hint_words(hints: str) -> frozenset[str]:
    """The words of a lower-cased class/id value, and each two words in a row inside one
    class name as one ("field-comment-body text-area" has no "body-text")."""
    if hints.isalpha() and hints.isascii() and hints.islower():
        return frozenset((hints,))  # the common one-word name: nothing to split
    names = hints.split()
    if len(names) == 1:
        # one class name (how the walk asks): its letter runs, then each two in a row
        words = _LETTER_RUNS.findall(hints)
        if len(words) > 1:
            words.extend([f"{a}-{b}" for a, b in itertools.pairwise(words)])
        return frozenset(words)
    found: list[str] = []
    for name in names:
        words = [w for w in _NON_LETTERS.split(name) if w]
        found.extend(words)
        if len(words) > 1:
            found.extend(f"{a}-{b}" for a, b in itertools.pairwise(words))
    return frozenset(found)


def hint_key(name: str) -> str:
    """One class name (no whitespace) with each run of non-letters made one ``-``: it reads
    exactly as the name does (words, word pairs, word starts and ends are cut at the same
    places), so ``post-1234`` and ``post-5678`` are read once as ``post-``."""
    if name.isascii():
        # the common names, letters a-z with single dashes between them, are their own
        # key: two C tests instead of a regex call
        if name.isalpha():
            if name.islower():
                return name
        elif "--" not in name:
            bare = name.replace("-", "")
            if bare.isalpha() and bare.islower():
                return name
        # other ASCII names: each non-letter made "-" by a table, then the runs joined
        dashed = name.translate(_ASCII_DASHED)
        while "--" in dashed:
            dashed = dashed.replace("--", "-")
        return dashed
    return _NON_LETTERS.sub("-", name)


def has_word(words: frozenset[str], vocabulary: frozenset[str]) -> bool:
    return not words.isdisjoint(vocabulary)


class HintFlags(NamedTuple):
    """What a class/id value says an element is."""

    boilerplate: bool
    content: bool
    caption: bool
    credit: bool


#: what a name of no meaning here says; one instance, so "nothing" is told by identity
NO_HINTS = HintFlags(False, False, False, False)
_ALL_HINT_WORDS: frozenset[str] = BOILERPLATE_WORDS | CONTENT_WORDS | CAPTION_WORDS | CREDIT_WORDS
#: the first word of each two-word entry
_PAIR_STARTS: frozenset[str] = frozenset(
    word.split("-")[0] for word in _ALL_HINT_WORDS if word.count("-") == 1
)


#: class-name prefixes a CMS prints for each of a post's tags and categories (WordPress'
#: post_class: "tag-social-media", "category-sidebar-news"): they name what the post is
#: about, not a part of the layout, and are read as no hint
TERM_CLASS_PREFIXES: tuple[str, ...] = ("tag-", "category-")


def read_hints(hints: str) -> HintFlags:
    """Read a lower-cased class/id value against the vocabulary."""
    if "tag-" in hints or "category-" in hints:
        hints = " ".join(n for n in hints.split() if not n.startswith(TERM_CLASS_PREFIXES))
    words = hint_words(hints)
    # camel case is not split, so "newsCaption" and "photoCredit" are read by their ends,
    # and "cookieBanner" or "advertisementSlot" by their beginnings
    # (a substring test first: most names hold neither word, and it is cheaper than a search)
    return HintFlags(
        not words.isdisjoint(BOILERPLATE_WORDS) or _BOILERPLATE_START.search(hints) is not None,
        not words.isdisjoint(CONTENT_WORDS),
        not words.isdisjoint(CAPTION_WORDS)
        or ("caption" in hints and _CAPTION_END.search(hints) is not None),
        not words.isdisjoint(CREDIT_WORDS)
        or ("credit" in hints and _CREDIT_END.search(hints) is not None),
    )


def read_key(key: str) -> HintFlags:
    """:func:`read_hints` of a :func:`hint_key`, whose words are the parts between its
    dashes. Most names a page uses mean nothing here; those are told by a few set and
    substring tests, without the word pairs, and share one :data:`NO_HINTS`."""
    if key.startswith(TERM_CLASS_PREFIXES):
        return NO_HINTS
    words = key.split("-")
    if len(words) == 1:
        # one word: the prefixes' word start is the key's start
        if (
            key not in _ALL_HINT_WORDS
            and not key.startswith(BOILERPLATE_PREFIXES)
            and "caption" not in key
            and "credit" not in key
        ):
            return NO_HINTS
        return read_hints(key)
    if not words[0] or not words[-1]:
        # a key starts or ends with "-" where the name had a non-letter; never inside
        words = [w for w in words if w]
    if (
        _ALL_HINT_WORDS.isdisjoint(words)
        # a two-word entry ("story-body") can only match a pair that starts with its first
        and _PAIR_STARTS.isdisjoint(words[:-1])
        and "caption" not in key
        and "credit" not in key
        and _BOILERPLATE_START.search(key) is None
    ):
        return NO_HINTS
    # read as read_hints() reads it, from the words in hand
    if len(words) > 1:
        words.extend([a + "-" + b for a, b in itertools.pairwise(words)])
    return HintFlags(
        not BOILERPLATE_WORDS.isdisjoint(words) or _BOILERPLATE_START.search(key) is not None,
        not CONTENT_WORDS.isdisjoint(words),
        not CAPTION_WORDS.isdisjoint(words)
        or ("caption" in key and _CAPTION_END.search(key) is not None),
        not CREDIT_WORDS.isdisjoint(words)
        or ("credit" in key and _CREDIT_END.search(key) is not None),
    )
