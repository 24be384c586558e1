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
    "CAPTION_HINT",
    "CONTENT_HINT",
    "CREDIT_HINT",
    "DROP_TAGS",
    "HEADING_TAGS",
    "LIST_CONTAINER_TAGS",
]

#: Never text: neither their content nor their tail's owner changes.
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
        "button",
        "form",
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
    _PART + r"(?:share|shares|sharing|sharebar|social|socials|sociallinks|related|relatedposts|"
    r"recommend\w*|newsletter\w*|subscribe|subscription|signup|promo|promos|promotion|"
    r"advert\w*|ad|ads|adslot|adunit|ad-slot|dfp|gpt|sponsor\w*|cookie\w*|consent|gdpr|"
    r"comment|comments|commentlist|disqus|sidebar|side|widget-area|breadcrumb\w*|"
    r"nav|navbar|navigation|menu|footer|masthead|pagination|pager|popular|trending|"
    r"mostread|most|more|readmore|outbrain|taboola|tags|tag|taglist|toolbar|modal|popup|"
    r"overlay|banner|skip|login|byline|bylines|author|authors|meta|post-meta|dateline|"
    r"timestamp|date|published|share-tools|tools|print|hidden|visually-hidden|sr-only|"
    r"screen-reader-text|teaser|teasers|recirc|rail|carousel|slider|jump|toc|"
    r"subscribe-box|donate|donation|follow|feedback|rating|ratings|reactions)" + _END
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
