"""Authors: people's names out of bylines, meta values and JSON-LD strings.

A raw value such as ``"By Jane Doe and John Roe, Staff Writers | Updated Jan 5, 2024"``
is cut at the first date, email, URL or "Updated", stripped of "By"-words and roles, split
on "and", commas and "&" (and their equivalents in other languages), and each piece kept
only when it reads as a name: one to six words, letters only, not a stop word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml.html import HtmlElement

__all__ = ["byline_texts", "split_names"]

_PREFIX = re.compile(
    r"^\s*(?:(?i:(?:(?:written|posted|published|reported|story|text|words|interview|photos?|"
    r"reporting|compiled|edited)\s+)?(?:by|von|por|par|door|przez|от|autor(?:in|a)?|author|"
    r"auteur|texto|testo|redacción|redaktion|text|автор|автора|текст|تأليف|كتب|بقلم))|di|da|de|af|av)\b\s*:?\s*"
)
_CUT = re.compile(
    r"\S+@\S+|https?://\S*|www\.\S*|\b(?:updated|published|posted|last\s+modified|"
    r"aktualisiert|veröffentlicht|actualizado|publicado|mis\s+à\s+jour|publié|"
    r"aggiornato|pubblicato|am|on|le|el|il)\b\s*:?\s*\d|\d{1,2}[:/.]\d{1,2}|\b\d{4}\b|"
    r"\b(?:updated|published|aktualisiert|veröffentlicht)\b|"
    r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d",
    re.IGNORECASE,
)
# one-letter and short conjunctions split only in lower case: "John E Smith" is one name
_SPLIT = re.compile(
    r"\s*(?:,|;|\||/|·|•|\n|&|\+|(?i:\band\b|\bund\b|\bwith\b|\bmit\b|\bcon\b|\bavec\b)|"
    r"\by\b|\bet\b|\be\b|\ben\b|\bog\b|\boch\b|\bi\b|\bva\b|\bи\b)\s*"
)
_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_HANDLE = re.compile(r"^@\w+$")
_NON_NAME = re.compile(r"[\d@#=<>{}\\_%$€£]|\.(?:com|org|net|de|co|uk|fr|es|it)\b", re.I)

#: words that, alone or inside a piece, mean it is a role or chrome, not a name
ROLE_WORDS = frozenset(
    {
        "staff",
        "writer",
        "writers",
        "reporter",
        "reporters",
        "correspondent",
        "correspondents",
        "editor",
        "editors",
        "editorial",
        "contributor",
        "contributors",
        "columnist",
        "producer",
        "photographer",
        "photography",
        "analyst",
        "journalist",
        "redakteur",
        "redakteurin",
        "korrespondent",
        "korrespondentin",
        "redacción",
        "redaccion",
        "rédaction",
        "redazione",
        "team",
        "desk",
        "newsroom",
        "senior",
        "chief",
        "deputy",
        "associate",
        "contributing",
        "freelance",
        "guest",
        "special",
        "minute",
        "minutes",
        "min",
        "read",
        "reading",
        "follow",
        "twitter",
        "email",
        "share",
        "comments",
        "comment",
        "more",
        "about",
        "view",
        "profile",
        "all",
        "posts",
        "articles",
        "updated",
        "published",
        "ago",
        "hours",
        "hour",
        "days",
        "sponsored",
        "advertisement",
        "admin",
        "administrator",
        "anonymous",
        "unknown",
        "opinion",
        "news",
        "wire",
        "agency",
        "bureau",
        "department",
        "illustration",
        "video",
        "audio",
        "listen",
        "image",
        "images",
        "getty",
        "shutterstock",
        "subscribe",
        "newsletter",
        "login",
        "sign",
        "menu",
        "home",
        "search",
        "copyright",
    }
)
_STOP_PIECES = frozenset({"by", "and", "von", "por", "par", "de", "the", "und", "from"})


def _strip_piece(piece: str) -> str:
    piece = _PREFIX.sub("", piece)
    return piece.strip(" \t\"'“”‘’«»-–—:.,;|*·•")


def _is_name(piece: str) -> bool:
    if not piece or len(piece) > 60 or _NON_NAME.search(piece) or _HANDLE.match(piece):
        return False
    words = piece.split()
    if not 1 <= len(words) <= 6 or piece.lower() in _STOP_PIECES:
        return False
    lowered = {w.strip(".,'’").lower() for w in words}
    if lowered & ROLE_WORDS:
        return False
    # a name has letters; at least one word starting with a capital (or a script without case)
    return any(w[0].isupper() or not w[0].isascii() for w in words if w[0].isalpha())


def split_names(raw: str) -> list[str]:
    """The people's names in one raw author value, in the order written."""
    text = " ".join(_PARENTHESES.sub(" ", raw).split())
    cut = _CUT.search(text)
    if cut:
        text = text[: cut.start()]
    text = _PREFIX.sub("", text)
    # "Jane Doe, Staff Writer" / "Jane Doe - Reporter": a role after the name goes
    names: list[str] = []
    for piece in _SPLIT.split(text):
        name = _strip_piece(piece)
        if _is_name(name):
            names.append(name)
    return names


def unique_names(names: Iterable[str]) -> tuple[str, ...]:
    """Names deduplicated case- and space-insensitively, first spelling and order kept."""
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        key = " ".join(name.lower().split())
        if key and key not in seen:
            seen.add(key)
            out.append(name)
    return tuple(out)


#: markup that holds a byline, most specific first; comments and author bios excluded
_BYLINE_XPATHS = (
    "//*[@itemprop='author' or @itemprop='creator']",
    "//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]",
    "//*[contains(translate(@class, 'BYLINE', 'byline'), 'byline')"
    " or contains(translate(@id, 'BYLINE', 'byline'), 'byline')]",
    "//*[contains(@class, 'author') or contains(@class, 'Author')]",
)
_EXCLUDED_CONTAINERS = re.compile(r"comment|related|footer|sidebar|recommend|teaser", re.I)
_EXCLUDED_CLASSES = re.compile(
    r"(?:bio|description|avatar|image|img|photo|picture|follow|social|twitter|email|"
    r"more|box|card|info)\b|comment|date|time",
    re.I,
)
_MAX_BYLINE_CHARS = 160


def _inside_excluded(element: HtmlElement) -> bool:
    for ancestor in element.iterancestors():
        if ancestor.tag in {"footer", "aside", "nav"}:
            return True
        marker = f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}"
        if marker.strip() and _EXCLUDED_CONTAINERS.search(marker):
            return True
    return False


def _element_text(element: HtmlElement) -> str:
    if element.tag == "meta":
        return str(element.get("content") or "")
    named = element.xpath(".//*[@itemprop='name']")
    if named and isinstance(named[0], HtmlElement):
        first = named[0]
        return str(first.get("content") or first.text_content())
    return str(element.text_content())


def byline_texts(root: HtmlElement) -> list[str]:
    """Raw byline strings from the first kind of byline markup the page has."""
    for xpath in _BYLINE_XPATHS:
        texts: list[str] = []
        for element in root.xpath(xpath):
            if not isinstance(element, HtmlElement) or element.tag in {"html", "body"}:
                continue
            marker = f"{element.get('class') or ''} {element.get('id') or ''}"
            if "itemprop" not in xpath and _EXCLUDED_CLASSES.search(marker):
                continue
            text = " ".join(_element_text(element).split())
            if not text or len(text) > _MAX_BYLINE_CHARS or _inside_excluded(element):
                continue
            texts.append(text)
        if texts:
            return texts
    return []
