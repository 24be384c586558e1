"""The subheadline (dek, standfirst): the short summary printed under the headline.

Read from a standfirst-like element next to the ``<h1>`` (its class ends in "standfirst",
"dek", "summary", "lead", "intro" …) or ``itemprop=alternativeHeadline``; the page's
meta description counts only when the page also shows it as such an element or as a
``<h2>`` of its own, since many descriptions are SEO text nobody reads (and a paragraph
equal to the description is the body's lede, not a dek).
Only elements near the headline are examined: one bounded window instead of a search
of the whole tree, which on a long page costs more than the rest of the metadata.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lxml.html import HtmlElement

from .jsonld import JsonLdArticle
from .tags import HeadTags

__all__ = ["read_subheadline"]

# the class must END with the word ("article__summary", "c-dek"), so "lead-asset" or
# "site-description" do not count; teasers of other stories have deks of their own
_STANDFIRST_CLASS = re.compile(
    r"(?:^|[-_])(?:standfirst|dek|deck|subtitle|sub-?headline|subhead|summary|anons|intro|"
    r"excerpt|lede|lead|lead-text)$"
)
_TEASER_CLASS = re.compile(r"teaser|card|promo|related|list|item|nav|menu", re.I)
_SKIPPED_TAGS = frozenset({"img", "figure", "figcaption", "meta", "script", "style", "a"})
# a paragraph equal to the description is the lede of the body, not a dek above it
_DESCRIPTION_TAGS = frozenset({"h2"})
_DEK_CHARS = (20, 600)


def _is_standfirst(element: HtmlElement) -> bool:
    if element.get("itemprop") == "alternativeHeadline":
        return True
    classes = (element.get("class") or "").split()
    return (
        any(_STANDFIRST_CLASS.search(c) for c in classes)
        and not any(_TEASER_CLASS.search(c) for c in classes)
        and element.find(".//time") is None
    )


def read_subheadline(
    near: Sequence[HtmlElement], tags: HeadTags, ld: JsonLdArticle, headline: str | None
) -> str | None:
    """The dek among the elements ``near`` the headline, or ``itemprop=alternativeHeadline``."""
    description = tags.first("og:description", "description", "twitter:description")
    descriptions = {d for d in (description, ld.description) if d}
    standfirst: str | None = None
    for element in (*tags.itemprops.get("alternativeheadline", ()), *near):
        if element.tag in _SKIPPED_TAGS:
            continue
        is_standfirst = _is_standfirst(element)
        if not is_standfirst and not (descriptions and element.tag in _DESCRIPTION_TAGS):
            continue
        text = " ".join(element.text_content().split())
        if not _DEK_CHARS[0] <= len(text) <= _DEK_CHARS[1] or text == headline:
            continue
        if text in descriptions:
            return text
        if is_standfirst and standfirst is None:
            standfirst = text
    return standfirst
