"""Authors: people's names out of bylines, meta values and JSON-LD strings.

A raw value such as ``"By Jane Doe and John Roe, Staff Writers | Updated Jan 5, 2024"``
is cut at the first date, email, URL or "Updated", stripped of "By"-words and roles, split
on "and", commas and "&" (and their equivalents in other languages), and each piece kept
only when it reads as a name: one to six words, letters only, not a stop word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["split_names", "unique_names"]

_PREFIX = re.compile(
    r"^\s*(?:(?i:(?:(?:written|posted|published|reported|story|text|words|article|recipe|"
    r"photos?|reporting|compiled|edited|guest|post|review|guide|analysis|opinion|interview|"
    r"feature|column|commentary|essay|video|podcast)\s+)?(?:by|von|por|par|door|przez|от|autor(?:in|a)?|author|"
    r"auteur|texto|testo|redacción|redaktion|text|автор|автора|текст|تأليف|كتب|بقلم))|di|da|de|af|av)\b\s*:?\s*"
)
_CUT = re.compile(
    r"\S+@\S+|https?://\S*|www\.\S*|\b(?:updated|published|posted|last\s+modified|"
    r"aktualisiert|veröffentlicht|actualizado|publicado|mis\s+à\s+jour|publié|"
    r"aggiornato|pubblicato|stand|am|on|le|el|il)\b\s*:?\s*\d|\d{1,2}[:/.]\d{1,2}|\b\d{4}\b|"
    r"\b(?:last\s+)?(?:updated?|published|modified|aktualisiert|veröffentlicht)\b|"
    r"\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"\b(?:reviewed|fact[- ]checked|edited|medically\s+reviewed)\s+by\b|\bformer\b|"
    r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|"
    r"\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    r"\b\d+\s*(?:min|mins|minutes?)\b",
    re.IGNORECASE,
)
# one-letter and short conjunctions split only in lower case: "John E Smith" is one name
_SPLIT = re.compile(
    r"\s*(?:,|;|\||/|·|•|\n|&|\+|\s[-–—]\s|(?i:\band\b|\bund\b|\bwith\b|\bmit\b|\bcon\b|\bavec\b)|"
    r"\by\b|\bet\b|\be\b|\ben\b|\bog\b|\boch\b|\bi\b|\bva\b|\bи\b)\s*"
)
_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_HANDLE = re.compile(r"^@\w+$")
_NON_NAME = re.compile(r"[\d@#=<>{}\\_%$€£]|\.(?:com|org|net|de|co|uk|fr|es|it)\b", re.I)

#: words that make a piece chrome wherever they occur in it ("3 Minute Read", "Follow")
CHROME_WORDS = frozenset(
    [
        "minute",
        "minutes",
        "min",
        "mins",
        "read",
        "reading",
        "follow",
        "following",
        "folgen",
        "suivre",
        "seguir",
        "segui",
        "twitter",
        "email",
        "share",
        "comments",
        "comment",
        "view",
        "profile",
        "posts",
        "articles",
        "updated",
        "update",
        "published",
        "ago",
        "hours",
        "hour",
        "days",
        "sponsored",
        "advertisement",
        "subscribe",
        "newsletter",
        "login",
        "sign",
        "menu",
        "home",
        "search",
        "copyright",
        "listen",
        "video",
        "audio",
        "image",
        "images",
        "getty",
        "shutterstock",
        "illustration",
        "reviewed",
        "checked",
    ]
)
#: words that make a piece a role, not a name, when the piece has nothing else
#: ("Staff Writer", "Senior Reporter"); "Podium Staff" or "News Desk" name a byline
ROLE_WORDS = frozenset(
    [
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
        "author",
        "authors",
        "admin",
        "administrator",
        "webmaster",
        "anonymous",
        "unknown",
        "opinion",
        "wire",
        "agency",
        "bureau",
        "department",
        "the",
        "our",
        "a",
        "by",
        "of",
        "and",
        "for",
    ]
)


def _strip_piece(piece: str) -> str:
    piece = _PREFIX.sub("", piece)
    return piece.strip(" \t\"'“”‘’«»-–—:.,;|*·•")


def _is_name(piece: str, *, lowercase_ok: bool) -> bool:
    if not piece or len(piece) > 60 or _NON_NAME.search(piece) or _HANDLE.match(piece):
        return False
    words = piece.split()
    if not 1 <= len(words) <= 6:
        return False
    lowered = {w.strip(".,'’").lower() for w in words}
    if lowered & CHROME_WORDS or lowered <= ROLE_WORDS:
        return False
    if lowercase_ok:
        return True
    # in free text a name has a capital (or is written in a script without case)
    return any(w[0].isupper() or not w[0].isascii() for w in words if w[0].isalpha())


_NOT_A_NAME = frozenset({"undefined", "null", "none", "unknown", "n/a", "nan"})


#: one person's job title: dropped after a name, and a piece holding one is no name
#: once a person is named ("Jane Doe, Senior Content Writer"); collective bylines
#: ("Podium Staff", "The Texas Newsroom", "Great Day Editorial Team") stay whole
PERSONAL_ROLES = frozenset(
    {
        "writer", "reporter", "correspondent", "contributor", "columnist", "journalist",
        "redakteur", "redakteurin", "korrespondent", "korrespondentin", "consultant",
        "director", "manager", "specialist", "expert", "officer", "president", "founder",
        "ceo", "cto", "coo", "vp", "head", "lead", "strategist", "attorney", "lawyer",
    }
)  # fmt: skip


# "기자" (Korean), "記者"/"记者" (Japanese, Chinese): reporter, written after the name
_CJK_ROLE = re.compile(r"\s*(?:기자|특파원|記者|记者|特派員|特派员)$")


def _without_tail(name: str) -> str:
    """``name`` without a job title after it ("Rachel Roe Writer" → "Rachel Roe")."""
    name = _CJK_ROLE.sub("", name) or name
    words = name.split()
    while len(words) > 2 and words[-1].strip(".,").lower() in PERSONAL_ROLES:
        words.pop()
    return " ".join(words)


def _is_role_piece(name: str) -> bool:
    return any(w.strip(".,").lower() in PERSONAL_ROLES for w in name.split())


def split_names(raw: str, *, stated: bool = False) -> list[str]:
    """The people's names in one raw author value, in the order written.

    ``stated`` values come from metadata fields made for a name (JSON-LD, meta tags),
    where a lower-case user name ("jsmith") is still the author; in page text it is not.
    """
    text = " ".join(_PARENTHESES.sub(" ", raw).split())
    cut = _CUT.search(text)
    if cut:
        text = text[: cut.start()]
    text = _PREFIX.sub("", text)
    names: list[tuple[str, bool]] = []
    for piece in _SPLIT.split(text):
        stripped = _strip_piece(piece)
        name = _without_tail(stripped)
        if name.lower() not in _NOT_A_NAME and _is_name(name, lowercase_ok=stated):
            names.append((name, _is_role_piece(stripped)))
    # "Jane Doe, EdTech Content Writer": once a person is named, role pieces are not
    people = [name for name, is_role in names if not is_role] or [name for name, _ in names]
    # "Jane Doe, AFP" / "Jane Doe MDR THÜRINGEN": capitals beside a written name are an agency
    written = [name for name in people if not name.isupper()]
    return written if written and len(written) < len(people) else people


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
