"""The structural vocabulary of news pages: which tags and class/id words mean what.

All of it lives here, so the content finder reads as an algorithm and the words can be
reviewed (and extended) in one place. Class and id values are matched as lower-cased
text against the patterns below; the patterns are anchored on word parts (split by
``-``, ``_``, spaces or camel case is not attempted) so that ``ad`` never matches
``header`` or ``shadow``.
"""

from __future__ import annotations

import re

__all__ = [
    "BLOCK_LEVEL_TAGS",
    "BOILERPLATE_HINT",
    "BOILERPLATE_TAGS",
    "CAPTION_CHROME_HINT",
    "CAPTION_HINT",
    "CONTENT_HINT",
    "CREDIT_HINT",
    "DROP_TAGS",
    "HEADING_TAGS",
    "INLINE_FURNITURE_HINT",
    "LIST_CONTAINER_TAGS",
]

#: Never text. ``button`` and ``form`` are not here: an unclosed ``<button>`` or an
#: ASP.NET ``<form>`` can hold the whole page.
DROP_TAGS: frozenset[str] = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "object",
        "embed",
        "select",
        "input",
        "textarea",
        "canvas",
        "video",
        "audio",
        "map",
        "head",
        "title",
        "meta",
        "link",
        "dialog",
        "math",
    }
)

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
LIST_CONTAINER_TAGS: frozenset[str] = frozenset({"ul", "ol", "dl"})

#: Whole subtrees that frame a page rather than tell its story.
BOILERPLATE_TAGS: frozenset[str] = frozenset({"nav", "aside", "footer"})

_PART = r"(?:^|[\s_\-:.])"
_END = r"(?:$|[\s_\-:.\d])"

#: class/id words of share bars, related links, newsletters, ads, cookie notices,
#: comments, sidebars, navigation and article metadata rows.
BOILERPLATE_HINT: re.Pattern[str] = re.compile(
    _PART + r"(?:share|shares|sharing|sharebar|share-tools|social|socials|sociallinks|related|"
    r"relatedposts|recommend\w*|newsletter\w*|subscribe|subscription|signup|sign-up|promo|promos|"
    r"promotion|advert\w*|ad|ads|adslot|adunit|ad-slot|dfp|sponsor\w*|cookie\w*|consent|"
    r"gdpr|comment|comments|commentlist|disqus|sidebar|widget-area|breadcrumb\w*|nav|"
    r"navbar|navigation|menu|footer|masthead|pagination|pager|popular|trending|mostread|"
    r"most-read|most-popular|more-stories|readmore|read-more|outbrain|taboola|tags|taglist|"
    r"tag-list|post-tags|toolbar|modal|popup|overlay|skip-link|skiplink|skip-to|login|"
    r"byline|bylines|author|authors|author-bio|meta|post-meta|entry-meta|article-meta|"
    r"dateline|timestamp|visually-hidden|sr-only|screen-reader-text|teaser|teasers|recirc|"
    r"carousel|slider|paywall-modal|donate|donation|feedback|reactions)" + _END
)

#: class/id words of the element that holds an article's text.
CONTENT_HINT: re.Pattern[str] = re.compile(
    r"(?:article[-_]?body|articlebody|article[-_]?content|article[-_]?text|articletext|"
    r"entry[-_]?content|post[-_]?content|post[-_]?body|post[-_]?entry|story[-_]?body|"
    r"story[-_]?content|story[-_]?text|body[-_]?text|bodytext|content[-_]?body|"
    r"main[-_]?content|article__body|article__content|rich[-_]?text|richtext|"
    r"text[-_]?content|single[-_]?content|blog[-_]?post|news[-_]?text|article-detail)"
)

#: class/id words of a figure caption outside <figcaption>.
CAPTION_HINT: re.Pattern[str] = re.compile(
    _PART + r"(?:caption|captions|wp-caption-text|figcaption|image-caption|photo-caption|"
    r"img-caption|legend|bildunterschrift)" + _END
)

#: class/id words of a photo credit inside a caption.
CREDIT_HINT: re.Pattern[str] = re.compile(
    _PART + r"(?:credit|credits|copyright|source|photographer|attribution|byline|author)" + _END
)

#: class/id words of buttons and links printed inside a caption, not part of it
CAPTION_CHROME_HINT: re.Pattern[str] = re.compile(
    _PART + r"(?:license|licensing|purchase|buy|enlarge|expand|zoom|fullscreen|share|"
    r"gallery-count|counter|icon)" + _END
)

#: class/id words of a ``<span>`` inside a text block that is not part of the text (the
#: byline and time over a live-blog post); narrower than :data:`BOILERPLATE_HINT`, whose
#: words ("meta", "tags" ...) name wrappers, not words inside a sentence
INLINE_FURNITURE_HINT: re.Pattern[str] = re.compile(
    _PART + r"(?:author|authors|byline|bylines|timestamp|dateline|share|sharing)" + _END
)
