"""Page metadata read from the tree: JSON-LD, OpenGraph and meta tags, <time>, bylines.

Shared by the HTML parsers; a site-family parser may override any field it reads exactly.

Each field is read from a cascade, the first source that gives a usable value wins. The
tree is scanned once for the tagged elements every reader needs (:mod:`.tags`);
bylines, deks and header dates are then looked for around the headline's ``<h1>`` only.

- headline: the ``<h1>`` that agrees with a stated title (JSON-LD ``headline``,
  ``og:title``, ``twitter:title``, ``<title>``), else the first stated title with the site's
  name cut off (see :mod:`.headline`).
- authors: JSON-LD people; meta tags (``author``, ``article:author``, ``parsely-author``,
  ``sailthru.author``, ``dc.creator``, ``byl``); byline markup (``itemprop=author``,
  ``rel=author``, ``byline``/``author`` classes, author-page links, see
  :mod:`.bylines`); JSON-LD organisations last, so an organisation is named only
  when no person is, and the publication's own name is dropped beside a person's. Names
  are cleaned and split by :mod:`.authors`.
- published / modified: JSON-LD, meta tags, marked elements, the URL, the headline's
  header, a date shown near the headline (see :mod:`.page_dates`).
- subheadline: a standfirst element by the headline, or the description when the page
  shows it (see :mod:`.dek`).
- section: JSON-LD ``articleSection``, ``article:section`` and the like, else the
  breadcrumb trail's last entry above the article. tags: JSON-LD ``keywords``, else
  ``article:tag``, ``news_keywords``, ``keywords``.
- language: ``<html lang>``, ``content-language``, ``og:locale``, JSON-LD ``inLanguage``,
  else a guess from the headline's script or words (see :mod:`.language`).
- page_type: JSON-LD's article type, else ``og:type`` "article", else JSON-LD's page type
  or ``og:type``, lower-cased.
- url: the URL given by the caller, else the canonical link, else ``og:url``. site: that
  URL's host without ``www.`` — the host is stable and unique, where ``og:site_name`` is
  missing on many pages and spelled differently across a publisher's own pages.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml.html import HtmlElement

from .._document import Document, site_of
from .authors import split_names, unique_names
from .bylines import byline_texts
from .dates import writes_day_first
from .dek import read_subheadline
from .headline import breadcrumb_texts, choose_headline, headline_texts
from .jsonld import ARTICLE_TYPES, JsonLdArticle, read_jsonld_blocks
from .language import guess_language, normalise_language
from .page_dates import read_modified, read_published
from .tags import HeadTags, headline_h1, near_headline, read_head_tags

__all__ = ["Metadata", "read_metadata", "read_metadata_and_jsonld"]

#: DEBUG events only: which source each field came from
_log = logging.getLogger("cleannews.metadata")


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a page says about its article, before the body is read."""

    url: str | None = None
    site: str | None = None
    language: str | None = None
    headline: str | None = None
    subheadline: str | None = None
    section: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    modified: str | None = None
    tags: tuple[str, ...] = ()
    #: the page's own word for what it is (JSON-LD @type, og:type), lower-cased
    page_type: str | None = None


_AUTHOR_META = (
    "author",
    "article:author",
    "og:article:author",
    "article:author_name",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "byl",
    "citation_author",
    "cxenseparse:author",
    "mrf:authors",
)
_LANGUAGE_META = ("content-language", "language", "dc.language", "og:locale", "inlanguage")
_SECTION_META = ("article:section", "parsely-section", "section", "category", "og:section")
_TAG_META = ("article:tag", "news_keywords", "parsely-tags", "keywords", "sailthru.tags")
_SITE_NAME_META = ("og:site_name", "application-name", "twitter:site", "apple-mobile-web-app-title")

_MAX_SITE_NAME_CHARS = 40
#: words that make an author value a newsroom, not a person
_NEWSROOM_WORDS = frozenset(
    {
        "staff",
        "newsroom",
        "redaktion",
        "rédaction",
        "redacción",
        "redazione",
        "nachrichten",
        "news",
        "agencies",
    }
)
_VALUE_PARTS = re.compile(r"\s*[,;|]\s*")
_TYPE_TOKEN = re.compile(r"^[a-z][a-z0-9_.:-]*$")
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "or", "ne", "gv", "edu"})
_CRUMBS_SKIPPED = frozenset({"home", "startseite", "inicio", "accueil", "news", "start"})


def _language(tags: HeadTags, ld: JsonLdArticle, headline: str | None) -> str | None:
    for raw in (tags.html_lang, tags.first(*_LANGUAGE_META), ld.language):
        language = normalise_language(raw)
        if language:
            return language
    return guess_language((headline, tags.first("og:description", "description")))


def _url(doc: Document, tags: HeadTags) -> str | None:
    if doc.url:
        return doc.url
    for raw in (tags.canonical, tags.first("og:url")):
        if raw and raw.startswith(("http://", "https://", "//")):
            return urljoin("https:", raw) if raw.startswith("//") else raw
    return None


def _site_names(tags: HeadTags, ld: JsonLdArticle, site: str | None) -> list[str]:
    names = [name.lstrip("@") for name in tags.every(*_SITE_NAME_META)]
    if ld.publisher:
        names.append(ld.publisher)
    if site:
        names.append(site)
        # the registered name: "dailystar" of dailystar.co.uk, "nytimes" of www.nytimes.com
        labels = site.split(".")
        while len(labels) > 2 and (len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL):
            labels = labels[:-1]
        names.append(labels[-2] if len(labels) >= 2 else labels[0])
    # some pages put their headline in application-name: a site's name is short
    return [n for n in names if len(n) <= _MAX_SITE_NAME_CHARS and len(n.split()) <= 5]


def _title_tag(root: HtmlElement) -> str | None:
    # the head's own <title> first: no search of the body (SVGs hold <title>s too)
    head_title = root.find("head/title")
    candidates = [head_title] if head_title is not None else root.iterfind(".//title")
    for title in candidates:
        text = " ".join((title.text_content() or "").split())
        if text:
            return text
    return None


def _headline(
    root: HtmlElement, tags: HeadTags, ld: JsonLdArticle, site_names: list[str]
) -> str | None:
    named = (
        ("json-ld headline", ld.headline),
        ("og:title", tags.first("og:title")),
        ("twitter:title", tags.first("twitter:title")),
        ("meta title", tags.first("parsely-title", "sailthru.title", "dc.title", "title")),
        ("<title>", _title_tag(root)),
    )
    stated = [text for _, text in named if text]
    visible, crumbs = headline_texts(tags.headings), breadcrumb_texts(tags.headings)
    headline = choose_headline(stated, visible, site_names, breadcrumb=crumbs)
    if _log.isEnabledFor(logging.DEBUG):
        _log.debug("headline %r from %s", headline, _headline_source(headline, named, visible))
    return headline


def _headline_source(
    headline: str | None, named: Sequence[tuple[str, str | None]], visible: Sequence[str]
) -> str:
    """Which source the chosen headline came from, for the debug log."""
    if headline is None:
        return "no source"
    if headline in visible:
        return "the visible <h1>"
    for name, text in named:
        if text and headline in text:
            return name
    return "a heading"


def _without_site(names: list[str], site_names: list[str]) -> tuple[str, ...]:
    """``names`` without the publication's own name and newsroom names ("Guardian staff",
    "Redaktion"), when a person is named too. Alone, the publication stays: the page names
    no one else, and the dev corpora (fundus, WCXB) annotate it as the author then."""
    sites = {_squeezed_name(n) for n in site_names}
    people = [n for n in names if _squeezed_name(n) not in sites and not _names_a_newsroom(n)]
    return unique_names(people if people else names)


def _names_a_newsroom(name: str) -> bool:
    return any(word in _NEWSROOM_WORDS for word in name.casefold().split())


def _stated_names(raw: str, site_names: list[str]) -> list[str]:
    """The names of a stated author value; none when it opens with the site itself and
    goes on ("hessenschau.de, Frankfurt, Germany": the publisher and its address)."""
    parts = _VALUE_PARTS.split(raw)
    sites = {_squeezed_name(n) for n in site_names}
    if len(parts) > 1 and _squeezed_name(parts[0]) in sites:
        return []
    return split_names(raw, stated=True)


def _squeezed_name(name: str) -> str:
    return "".join(c for c in name.casefold() if c.isalnum())


def _authors(
    root: HtmlElement,
    tags: HeadTags,
    ld: JsonLdArticle,
    near: list[HtmlElement],
    site_names: list[str],
) -> tuple[str, ...]:
    people = [n for a in ld.authors if a.is_person for n in split_names(a.name, stated=True)]
    if people:
        return _logged("authors", "json-ld people", _without_site(people, site_names))
    from_meta = [n for raw in tags.every(*_AUTHOR_META) for n in _stated_names(raw, site_names)]
    sites = {_squeezed_name(n) for n in site_names}
    if from_meta and not all(_squeezed_name(n) in sites for n in from_meta):
        return _logged("authors", "meta tags", _without_site(from_meta, site_names))
    # a meta tag naming only the publication ("LTO", "n-tv NACHRICHTEN") gives way to a
    # visible byline naming a person; without one, the publication is the author
    marked = [
        e for name in ("author", "creator") for e in tags.itemprops.get(name, ()) if e.tag != "meta"
    ]
    bylines = byline_texts(root, marked, tags.rel_author_links, near)
    from_markup = [n for raw in bylines for n in split_names(raw)]
    if from_markup:
        return _logged("authors", "byline markup", _without_site(from_markup, site_names))
    if from_meta:
        return _logged("authors", "meta tags (the publication)", unique_names(from_meta))
    organisations = unique_names(n for a in ld.authors for n in _stated_names(a.name, site_names))
    return _logged("authors", "json-ld organisations", organisations)


def _logged(field: str, source: str, value: tuple[str, ...]) -> tuple[str, ...]:
    if _log.isEnabledFor(logging.DEBUG):
        _log.debug("%s %r from %s", field, value, source)
    return value


def _section(tags: HeadTags, ld: JsonLdArticle, headline: str | None) -> str | None:
    section = ld.section or tags.first(*_SECTION_META)
    if section:
        return section
    crumbs = [
        c
        for c in ld.breadcrumbs
        if c.lower() not in _CRUMBS_SKIPPED and c != headline and len(c) <= 60
    ]
    # the first crumb is usually the site; the last one below the headline is the section
    return crumbs[-1] if len(crumbs) >= 2 else (crumbs[0] if crumbs else None)


def _page_type(tags: HeadTags, ld: JsonLdArticle) -> str | None:
    """JSON-LD's type; og:type when it says article and JSON-LD only names a web page."""
    og_type = (tags.first("og:type") or "").lower()
    if not _TYPE_TOKEN.match(og_type):
        og_type = ""  # free text in og:type ("vanguard offerings") is no type
    if ld.type in ARTICLE_TYPES:
        return ld.type
    if og_type == "article" or not ld.type:
        return og_type or ld.type
    return ld.type


def _tags(tags: HeadTags, ld: JsonLdArticle) -> tuple[str, ...]:
    raw: list[str] = list(ld.keywords)
    if not raw:
        for key in _TAG_META:
            values = tags.every(key)
            if values:
                raw = [p.strip() for v in values for p in v.split(",") if p.strip()]
                break
    return unique_names(t for t in raw if len(t) <= 80)


def read_metadata(doc: Document) -> Metadata:
    """Everything the page states about its article (see the module docstring)."""
    return read_metadata_and_jsonld(doc)[0]


def read_metadata_and_jsonld(doc: Document) -> tuple[Metadata, JsonLdArticle]:
    """:func:`read_metadata`, with the page's JSON-LD article object it read on the way, for a
    site-family parser that overrides fields from JSON-LD without loading it a second time."""
    root = doc.root
    tags = read_head_tags(root)
    ld = read_jsonld_blocks(tags.jsonld_blocks)
    url = _url(doc, tags)
    site = site_of(url)
    site_names = _site_names(tags, ld, site)
    headline = _headline(root, tags, ld, site_names)
    h1 = headline_h1(tags, headline)
    near = near_headline(h1)
    language = _language(tags, ld, headline)
    day_first = writes_day_first(language, site)
    meta = Metadata(
        url=url,
        site=site,
        language=language,
        headline=headline,
        subheadline=read_subheadline(near, tags, ld, headline),
        section=_section(tags, ld, headline),
        authors=_authors(root, tags, ld, near, site_names),
        published=read_published(root, tags, ld, url, h1=h1, near=near, day_first=day_first),
        modified=read_modified(root, tags, ld, day_first=day_first),
        tags=_tags(tags, ld),
        page_type=_page_type(tags, ld),
    )
    return meta, ld
