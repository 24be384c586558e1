"""The headline: the article's visible title, chosen by agreement between sources.

Pages state their title several times: ``<h1>``, JSON-LD ``headline``, ``og:title``,
``twitter:title`` and ``<title>``, the last ones often with the site's name glued on
(" | Site", " - Site", "Site: …"). The visible headline is the ``<h1>`` that agrees with a
stated title (equal, or equal once the site's name is cut off; a heading with its kicker
glued on without a space takes the title's spelling); without such an ``<h1>`` the first
stated title wins, stripped of a site-name segment.
"""

from __future__ import annotations

import html
import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence

from lxml.html import HtmlElement

__all__ = [
    "breadcrumb_texts",
    "choose_headline",
    "headline_elements",
    "headline_texts",
    "in_breadcrumb",
    "strip_site_name",
]

_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|«|/|~|—|\\)\s+|\s*\|\s*")
_KEY_CHARS = re.compile(r"[\W_]+", re.UNICODE)
_HEADLINE_XPATH = "//h1 | //*[@itemprop='headline' and not(self::meta)]"
_MAX_HEADLINE_ELEMENTS = 6
_MIN_HEADLINE_CHARS = 6
_DIGIT = re.compile(r"\d")
#: share of a heading's words a stated title must have for the heading to be the headline
MIN_OVERLAP = 0.5
#: a stated title this long may be a cut-off one without an ellipsis (JSON-LD headlines
#: are cut at 110 characters, some at 100)
_CUT_TITLE_CHARS = 90


def _key(text: str) -> str:
    return _KEY_CHARS.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def _squeezed(text: str) -> str:
    return _key(text).replace(" ", "")


def _is_site_segment(segment: str, site_names: Sequence[str]) -> bool:
    seg = _squeezed(segment)
    if not seg:
        return True
    for name in site_names:
        site = _squeezed(name)
        if not site:
            continue
        # containment only between names long enough not to occur inside ordinary words
        if seg == site or (len(seg) >= 4 and len(site) >= 4 and (seg in site or site in seg)):
            return True
    return False


def strip_site_name(title: str, site_names: Sequence[str]) -> str:
    """``title`` without a leading or trailing segment naming the site."""
    segments = _SEPARATORS.split(title)
    if len(segments) < 2:
        return title
    while len(segments) > 1 and _is_site_segment(segments[-1], site_names):
        segments.pop()
    while len(segments) > 1 and _is_site_segment(segments[0], site_names):
        segments.pop(0)
    if len(segments) == len(_SEPARATORS.split(title)):
        # no segment names the site: cut a short trailing one ("… - Politics - Foo")
        # only when the rest is clearly the longer part
        head = segments[0]
        tail = segments[-1]
        if len(segments) == 2 and len(tail.split()) <= 3 and len(head) > 2 * len(tail):
            return head.strip()
        return title
    return _rejoin(title, segments)


def _rejoin(title: str, kept: list[str]) -> str:
    # keep the page's own separators between the segments that remain
    start = title.find(kept[0])
    end = title.rfind(kept[-1]) + len(kept[-1])
    return title[start:end].strip() if 0 <= start < end else " - ".join(kept)


def headline_elements(root: HtmlElement) -> list[str]:
    """Texts of the page's ``<h1>`` and ``itemprop=headline`` elements, in page order."""
    return headline_texts(e for e in root.xpath(_HEADLINE_XPATH) if isinstance(e, HtmlElement))


def in_breadcrumb(element: HtmlElement) -> bool:
    """True for a heading inside the breadcrumb trail (``<ol class="breadcrumb">``,
    ``data-breadcrumb-headline``): news CMSs end the trail with an ``<h1>`` holding the
    search-engine title, and show the article's own headline in another element."""
    for node in itertools.islice(itertools.chain((element,), element.iterancestors()), 5):
        marks = f"{node.get('class') or ''} {node.get('id') or ''} {' '.join(node.keys())}"
        if "breadcrumb" in marks.lower():
            return True
    return False


def breadcrumb_texts(elements: Iterable[HtmlElement]) -> list[str]:
    """Texts of the headline elements that sit in a breadcrumb trail."""
    return _texts(e for e in elements if in_breadcrumb(e))


def headline_texts(elements: Iterable[HtmlElement]) -> list[str]:
    """Distinct texts of headline elements outside breadcrumb trails, at most a few,
    too-short ones left out."""
    return _texts(e for e in elements if not in_breadcrumb(e))


def _texts(elements: Iterable[HtmlElement]) -> list[str]:
    texts: list[str] = []
    for element in elements:
        text = " ".join(element.text_content().split())
        if "&" in text and ";" in text:
            text = html.unescape(text)  # entities escaped twice in the page's source
        if len(text) >= _MIN_HEADLINE_CHARS and text not in texts:
            texts.append(text)
            if len(texts) >= _MAX_HEADLINE_ELEMENTS:
                break
    return texts


def _overlap(heading: str, title: str) -> float:
    """Share of the heading's words that the title also has."""
    words = heading.split()
    if not words:
        return 0.0
    title_words = set(title.split())
    return sum(w in title_words for w in words) / len(words)


def _against_stated(text: str, key: str, stated: dict[str, str]) -> str | None:
    """The headline when ``text`` is a visible heading that only partly agrees with a title."""
    for other, form in stated.items():
        if len(other) < 12 or len(key) < 6:
            continue
        if other in key:
            if key.startswith(other + " ") and not _DIGIT.search(key, len(other)):
                # the heading goes on in words where the title stops ("… Upgrades to
                # Prevent Issues"): the title is a shortened one, the heading the headline
                return text
            # the heading holds the title plus page furniture ("Blog: …", a date)
            return form
        if key in other:
            # the title is the heading plus a kicker in front ("Kicker: Heading"): the
            # title reads as the page's headline; a suffix after it is the site's name
            return text if other.startswith(key) else form
    return None


def choose_headline(
    stated: Sequence[str],
    visible: Sequence[str],
    site_names: Sequence[str],
    *,
    breadcrumb: Sequence[str] = (),
) -> str | None:
    """The headline from stated titles (best first) and visible heading texts.

    ``breadcrumb`` holds headings found in the breadcrumb trail: the search-engine title.
    Without other headings, a stated title unlike it is the headline the page shows
    elsewhere; when every stated title is like it, the trail's heading serves as visible.
    """
    stated = [s for s in stated if s]
    if breadcrumb and not visible:
        unlike = [t for t in stated if not _related(t, breadcrumb, site_names)]
        if unlike:
            # the page shows its own headline elsewhere: the stated title unlike the trail's
            stated = unlike + [t for t in stated if t not in unlike]
        else:
            visible = breadcrumb
    variants: dict[str, str] = {}
    for title in stated:
        for form in (strip_site_name(title, site_names), title):
            variants.setdefault(_key(form), form)
    variants.pop("", None)
    # a heading that only names the site is the logo, whatever the titles say
    sites = {_squeezed(name) for name in site_names}
    keys = [(text, _key(text)) for text in visible if _squeezed(text) not in sites]
    for text, key in keys:
        if key and key in variants:
            # an all-capitals heading is typography: the stated title has the real casing
            return variants[key] if text.isupper() else text
    squeezed = {key.replace(" ", ""): form for key, form in reversed(variants.items())}
    for _text, key in keys:
        glued = squeezed.get(key.replace(" ", "")) if len(key) >= _MIN_HEADLINE_CHARS else None
        if glued:
            # the stated title's letters with word breaks lost: a kicker in its own element
            # glued to the heading ("Nationale DemoDer 9. Juli naht"); the title spaces it
            return glued
    for text, key in keys:
        partial = _against_stated(text, key, variants)
        if partial:
            return partial
    site_keys = sorted({_key(name) for name in site_names} - {""}, key=len, reverse=True)
    for text, key in keys:
        # a rewritten SEO title: the visible heading still shares most of its words, the
        # site's name aside (a logo heading "POLITICO Politico Logo" shares only that)
        words = _without_site_name(key, site_keys)
        if len(words.split()) >= 3 and any(
            _overlap(words, other) >= MIN_OVERLAP for other in variants
        ):
            return text
    if stated:
        return _untruncated(
            strip_site_name(stated[0], site_names),
            [strip_site_name(title, site_names) for title in stated[1:]],
        )
    return visible[0] if visible else None


def _related(title: str, headings: Sequence[str], site_names: Sequence[str]) -> bool:
    """True when ``title``, with or without the site's name, equals one of ``headings`` or
    holds it with furniture added. A title the trail's heading holds is unlike it: the
    article's headline without the search title's kicker."""
    keys = {_key(title), _key(strip_site_name(title, site_names))} - {""}
    others = [key for key in (_key(h) for h in headings) if key]
    return any(key == other or other in key for key in keys for other in others)


def _without_site_name(key: str, site_keys: Sequence[str]) -> str:
    """``key`` with every whole occurrence of a site's name (as words) taken out."""
    padded = f" {key} "
    for site in site_keys:
        while f" {site} " in padded:
            padded = padded.replace(f" {site} ", " ")
    return padded.strip()


def _untruncated(title: str, others: Iterable[str]) -> str:
    """``title``, or a longer stated title it is the cut-off start of (JSON-LD headlines
    are often cut at 110 characters, sometimes with an ellipsis)."""
    start = title.rstrip(".… ")
    longer = [
        o
        for o in others
        if len(o) > len(title)
        and o.startswith(start)
        # "Title | More words" is a title with a segment added, not a cut-off one
        and not _SEPARATORS.match(o, len(start))
        and not o[len(start) :].lstrip().startswith((":", "|", "-", "–", "—"))
    ]
    # a short title with no ellipsis is whole: a longer <title> adds words, not cut ones
    cut = start != title or len(title) >= _CUT_TITLE_CHARS
    return min(longer, key=len) if longer and len(start) >= 20 and cut else title
