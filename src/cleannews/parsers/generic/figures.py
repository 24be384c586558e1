"""Figures and captions: the caption text, its photo credit, the image it belongs to.

A caption's credit is the part of it an element marks as a credit (``<span
class="credit">``); buttons printed inside captions ("Purchase Licensing Rights",
"Expand") are left out. Used by the walk, which records each figure where it stands.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml.html import HtmlElement

from ..._text import clean
from .vocabulary import (
    BLOCK_LEVEL_TAGS,
    CAPTION_CHROME_WORDS,
    CREDIT_WORDS,
    DROP_TAGS,
    has_word,
    hint_words,
)

__all__ = ["FigureNote", "image_url", "read_figure"]

#: a "caption" longer than this is a text box styled like one, not a caption
_MAX_CAPTION_CHARS = 600
#: a lazy-loading page keeps a placeholder in ``src`` and the image in a ``data-`` attribute,
#: so those are read first
_IMAGE_SOURCES: tuple[str, ...] = ("data-src", "data-lazy-src", "data-original", "src")
#: the tags that carry a figure's image (``<source>`` of a ``<picture>``, AMP's own tag;
#: an ``<img>`` inside ``<noscript>`` is parsed as an element and found like any other)
_IMAGE_TAGS: tuple[str, ...] = ("img", "source", "amp-img")


@dataclass(slots=True)
class FigureNote:
    """A caption (and the image it belongs to) found at block position ``position``."""

    position: int
    text: str
    credit: str | None
    image_url: str | None
    alt: str | None
    #: the innermost boilerplate-looking element around it, or -1
    boiler: int = -1


def read_figure(
    element: HtmlElement, tag: str
) -> tuple[str, str | None, str | None, str | None] | None:
    """(caption text, credit, image URL, alt) of a figure or caption element; None when
    its text is too long to be a caption."""
    caption_el: HtmlElement | None = element
    img_url: str | None = None
    alt: str | None = None
    if tag == "figure":
        caption_el = None
        for sub in element.iter("figcaption", *_IMAGE_TAGS):
            if sub.tag == "figcaption":
                if caption_el is None:
                    caption_el = sub
            elif img_url is None:
                img_url = image_url(sub)
                alt = sub.get("alt")
    else:
        for sub in element.iter(*_IMAGE_TAGS):
            img_url, alt = image_url(sub), sub.get("alt")
            if img_url:
                break
    if caption_el is None and tag == "figure":
        # no <figcaption>: the caption is whatever text the figure holds ("figure-caption"
        # divs, caption spans in a wrapper)
        caption_el = element
    text, credit = "", None
    if caption_el is not None:
        text, credit = _caption_text(caption_el)
        if len(text) > _MAX_CAPTION_CHARS:
            return None
        if text and _is_teaser_card(element, caption_el, text):
            # a teaser card (an image and another story's linked title): no caption, and
            # not body text either
            return "", None, img_url, alt
    return text, credit, img_url, alt


def _is_teaser_card(element: HtmlElement, caption_el: HtmlElement, text: str) -> bool:
    """The figure sits inside a link, or most of its caption's text is link text: it
    points at another page, where a caption describes the image beside it."""
    link = next(element.iterancestors("a"), None)
    if link is not None and _points_at_a_page(link):
        return True
    linked = sum(len(clean(a.text_content())) for a in caption_el.iter("a") if _points_at_a_page(a))
    return linked * 2 > len(text)


def _points_at_a_page(link: HtmlElement) -> bool:
    """A link to another page, not to a place on this one, a script or the image itself
    (a lightbox)."""
    href = (link.get("href") or "").strip().lower()
    return (
        bool(href)
        and not href.startswith(("#", "javascript:"))
        and not href.endswith((".jpg", ".jpeg", ".png", ".gif", ".webp"))
    )


def image_url(element: HtmlElement) -> str | None:
    """The image an ``<img>``, ``<source>`` or ``<amp-img>`` shows: a lazy-loading attribute,
    ``src``, else the first candidate of ``srcset``; never an inline ``data:`` placeholder."""
    for name in _IMAGE_SOURCES:
        value: str | None = element.get(name)
        if value and not value.startswith("data:"):
            return value.strip()
    srcset: str | None = element.get("srcset") or element.get("data-srcset")
    if srcset and srcset.strip():
        return srcset.strip().split(",")[0].split()[0]
    return None


def _hint_text(element: HtmlElement) -> str:
    cls = element.get("class")
    ident = element.get("id")
    if cls and ident:
        return f"{cls} {ident}".lower()
    return (cls or ident or "").lower()


def _caption_text(element: HtmlElement) -> tuple[str, str | None]:
    """The caption's text and the credit an element marked as a credit holds."""
    credit_parts: list[str] = []
    text_parts: list[str] = []
    _split_credit(element, text_parts, credit_parts)
    credit = clean(" ".join(credit_parts)) or None
    return clean("".join(text_parts)), credit


def _split_credit(element: HtmlElement, text: list[str], credit: list[str]) -> None:
    if element.text:
        text.append(element.text)
    for child in element:
        tag = child.tag
        if isinstance(tag, str) and tag not in DROP_TAGS and tag != "button":
            hints = _hint_text(child)
            words = hint_words(hints) if hints else frozenset()
            if has_word(words, CAPTION_CHROME_WORDS):
                pass  # "Purchase Licensing Rights", "Expand": buttons printed in captions
            elif has_word(words, CREDIT_WORDS):
                credit.append(child.text_content())
            else:
                if tag in BLOCK_LEVEL_TAGS or tag == "br":
                    text.append(" ")
                _split_credit(child, text, credit)
        if child.tail:
            text.append(child.tail)
