"""JSON-LD: the article object a page describes itself with, read tolerantly.

Pages put their schema.org data in ``<script type="application/ld+json">`` blocks: one
object, a list, an ``@graph``, the article nested as ``mainEntity``, authors as strings,
objects, lists or ``@id`` references into the graph. Many blocks are broken (trailing
commas, raw newlines inside strings, HTML comments or CDATA around them, two objects glued
together); each is repaired cheaply or skipped, never raised on.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from lxml.html import HtmlElement

__all__ = ["ARTICLE_TYPES", "JsonLdArticle", "JsonLdAuthor", "read_jsonld", "read_jsonld_blocks"]

#: schema.org types that describe one article (lower-cased).
ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "askpublicnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "techarticle",
        "scholarlyarticle",
        "satiricalarticle",
        "advertisercontentarticle",
        "report",
        "posting",
    }
)

#: types that say what the page is when no article object is given (lower-cased).
PAGE_TYPES = frozenset(
    {
        "webpage",
        "itempage",
        "collectionpage",
        "profilepage",
        "searchresultspage",
        "aboutpage",
        "contactpage",
        "faqpage",
        "qapage",
        "product",
        "videoobject",
        "audioobject",
        "podcastepisode",
        "event",
        "recipe",
        "discussionforumposting",
        "review",
        "howto",
    }
)

_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_WRAPPER = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$")
_PERSON_TYPES = frozenset({"person"})


@dataclass(frozen=True, slots=True)
class JsonLdAuthor:
    name: str
    is_person: bool


@dataclass(frozen=True, slots=True)
class JsonLdArticle:
    """The fields of the page's main article object (empty when there is none)."""

    type: str | None = None
    headline: str | None = None
    alternative_headline: str | None = None
    description: str | None = None
    authors: tuple[JsonLdAuthor, ...] = ()
    published: str | None = None
    modified: str | None = None
    section: str | None = None
    keywords: tuple[str, ...] = ()
    language: str | None = None
    publisher: str | None = None
    #: names of the page's breadcrumb trail, in order
    breadcrumbs: tuple[str, ...] = ()


def _load(text: str) -> object | None:
    text = text.strip()
    # a wrapper starts with "<" or "/" or ends with ">": the regex's end branch, tried at
    # every position of a long block, runs only then
    if text.startswith(("<", "/")) or text.endswith(">"):
        text = _WRAPPER.sub("", text)
    if not text:
        return None
    try:
        loaded: object = json.loads(text, strict=False)
    except ValueError:
        pass
    else:
        return loaded
    repaired = _TRAILING_COMMA.sub(r"\1", text)
    decoder = json.JSONDecoder(strict=False)
    found: list[object] = []
    pos = 0
    # two or more objects glued together, or junk after the first one
    while pos < len(repaired):
        start = repaired.find("{", pos)
        start_list = repaired.find("[", pos)
        if start < 0 or (0 <= start_list < start):
            start = start_list
        if start < 0:
            break
        try:
            value, end = decoder.raw_decode(repaired, start)
        except ValueError:
            break
        found.append(value)
        pos = end
    if not found:
        return None
    return found[0] if len(found) == 1 else found


def _types(obj: dict[str, object]) -> tuple[str, ...]:
    raw = obj.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    out: list[str] = []
    for value in values:
        if isinstance(value, str):
            out.append(value.rsplit("/", 1)[-1].lower())
    return tuple(out)


def _walk(value: object, depth: int = 0) -> Iterator[dict[str, object]]:
    """Every object that may stand for a page entity: top level, lists, graphs, mainEntity."""
    if depth > 6:
        return
    if isinstance(value, list):
        for item in value:
            yield from _walk(item, depth + 1)
    elif isinstance(value, dict):
        yield value
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemReviewed", "hasPart"):
            inner = value.get(key)
            if isinstance(inner, dict | list):
                yield from _walk(inner, depth + 1)


def _text(value: object) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str | dict)), None)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    # some CMSs HTML-escape inside JSON (&quot;, &#039;), sometimes twice
    text = html.unescape(html.unescape(value)) if "&" in value else value
    text = " ".join(text.split())
    return text or None


def _authors(value: object, index: dict[str, dict[str, object]]) -> list[JsonLdAuthor]:
    items = value if isinstance(value, list) else [value]
    out: list[JsonLdAuthor] = []
    for item in items:
        if isinstance(item, str):
            name = _text(item)
            if name:
                out.append(JsonLdAuthor(name, True))
        elif isinstance(item, dict):
            ref = item.get("@id")
            entity = (
                index[ref] if "name" not in item and isinstance(ref, str) and ref in index else item
            )
            types = _types(entity)
            raw_name = entity.get("name")
            if isinstance(raw_name, list):  # {"name": ["A", "B"]}
                out.extend(_authors(raw_name, index))
                continue
            name = _text(raw_name)
            if not name and isinstance(entity.get("givenName"), str):
                name = _text(f"{entity.get('givenName')} {entity.get('familyName') or ''}")
            if name:
                out.append(JsonLdAuthor(name, not types or bool(_PERSON_TYPES & set(types))))
        elif isinstance(item, list):
            out.extend(_authors(item, index))
    return out


def _keywords(value: object) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        text = _text(item)
        if text:
            out.extend(part.strip() for part in text.split(",") if part.strip())
    return tuple(out)


def _breadcrumbs(objects: list[dict[str, object]]) -> tuple[str, ...]:
    for obj in objects:
        if "breadcrumblist" not in _types(obj):
            continue
        items = obj.get("itemListElement")
        if not isinstance(items, list):
            continue
        named: list[tuple[float, str]] = []
        for n, item in enumerate(items):
            if not isinstance(item, dict):
                continue
            name = _text(item.get("name")) or _text(item.get("item"))
            position = item.get("position")
            order = float(position) if isinstance(position, int | float) else float(n)
            if name:
                named.append((order, name))
        return tuple(name for _, name in sorted(named))
    return ()


def _score(obj: dict[str, object]) -> int:
    return (
        2 * bool(obj.get("headline"))
        + 2 * bool(obj.get("datePublished"))
        + bool(obj.get("author"))
        + bool(obj.get("articleBody"))
    )


def read_jsonld(root: HtmlElement) -> JsonLdArticle:
    """The page's main article object from its JSON-LD blocks (an empty one when none)."""
    blocks = [
        script.text or ""
        for script in root.iterfind(".//script[@type]")
        if "ld+json" in (script.get("type") or "").lower()
    ]
    return read_jsonld_blocks(blocks)


def read_jsonld_blocks(blocks: Sequence[str]) -> JsonLdArticle:
    """The main article object from the texts of a page's JSON-LD scripts."""
    objects: list[dict[str, object]] = []
    for block in blocks:
        data = _load(block)
        if data is not None:
            objects.extend(_walk(data))
    if not objects:
        return JsonLdArticle()
    index = {str(o["@id"]): o for o in objects if isinstance(o.get("@id"), str)}
    articles = [o for o in objects if ARTICLE_TYPES & set(_types(o))]
    breadcrumbs = _breadcrumbs(objects)
    if not articles:
        page_type = next(
            (t for o in objects for t in _types(o) if t in PAGE_TYPES),
            None,
        )
        page = next((o for o in objects if page_type in _types(o)), {}) if page_type else {}
        return JsonLdArticle(
            type=page_type,
            headline=_text(page.get("headline")),
            language=_text(page.get("inLanguage")),
            published=_text(page.get("datePublished")) or _text(page.get("uploadDate")),
            modified=_text(page.get("dateModified")),
            breadcrumbs=breadcrumbs,
        )
    # the richest article object; on a tie the first, which is usually the page's own
    best = max(articles, key=_score)
    kind = next(t for t in _types(best) if t in ARTICLE_TYPES)
    authors = _authors(best.get("author"), index) or _authors(best.get("creator"), index)
    return JsonLdArticle(
        type=kind,
        headline=_text(best.get("headline")) or _text(best.get("name")),
        alternative_headline=_text(best.get("alternativeHeadline")),
        description=_text(best.get("description")),
        authors=tuple(authors),
        published=_text(best.get("datePublished")) or _text(best.get("dateCreated")),
        modified=_text(best.get("dateModified")),
        section=_text(best.get("articleSection")),
        keywords=_keywords(best.get("keywords")),
        language=_text(best.get("inLanguage")),
        publisher=_text(best.get("publisher")),
        breadcrumbs=breadcrumbs,
    )
