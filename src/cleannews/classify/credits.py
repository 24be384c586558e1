"""Wire credit lines: "With reporting by AFP, Reuters, dpa" -> agencies in the order written.

A credit line opens with one of :data:`CREDIT_LEADS` and the rest of it is a list of
sources: short names joined by commas or "and" in the line's language. A line that opens
the same way but goes on as a sentence ("Reporting by Reuters found that ...") is body
text, and so is an attribution inside a sentence ("..., according to The AP").
"""

from __future__ import annotations

import re

from .._article import Credit
from .._text import clean

__all__ = [
    "CREDIT_LEADS",
    "WIRE_AGENCIES",
    "match_credit",
    "split_agencies",
    "split_trailing_sign_off",
]

#: Openings of a credit line (regular expressions, matched case-insensitively at its start).
CREDIT_LEADS: tuple[str, ...] = (
    r"with\s+(?:additional\s+)?reporting\s+(?:by|from)",
    r"based\s+on\s+(?:reporting|reports)\s+(?:by|from)",
    r"compiled\s+(?:by\s+\S.*?\s+)?(?:from|using)\s+(?:reports\s+(?:by|from)\s+|reporting\s+by\s+)?",
    r"compiled\s+by",
    r"(?:additional\s+)?reporting\s+by",
    r"some\s+information\s+for\s+this\s+report\s+(?:was|came)\s+(?:provided\s+by|from)",
    r"(?:some\s+)?material\s+for\s+this\s+report\s+(?:was\s+)?(?:provided\s+by|from)",
    r"по\s+материалам",
    r"с\s+использованием\s+материалов",
    r"использованы\s+материалы",
    r"при\s+подготовке\s+(?:материала|статьи)\s+использованы\s+(?:материалы|данные|сведения)",
    r"за\s+матеріалами",
    r"з\s+використанням\s+матеріалів",
    r"паводле",
    r"з\s+выкарыстаньнем\s+матэрыялаў",
    r"na\s+osnovu\s+izvje?štaja",
    r"prema\s+izvje?štajima",
    r"uz\s+izvje?štavanje",
    r"cu\s+informații\s+de\s+la",
    r"pe\s+baza\s+relatărilor",
)
_LEAD = re.compile(r"^(?:" + "|".join(CREDIT_LEADS) + r")\s*:?\s*", re.IGNORECASE)

# Words around the names that are not names: "agencies AFP and AP", "Reuters reports".
_NAME_PREFIX = re.compile(
    r"^(?:the\s+)?(?:news\s+)?(?:agencies|agency|wire\s+services|"
    r"(?:информационных\s+)?агентств\w*|агенцій|агенци\w+|agenți\w*)\s+",
    re.IGNORECASE,
)
_NAME_SUFFIX = re.compile(
    r"(?:^|\s+)(?:wire\s+)?(?:reports|reporting|dispatches|news\s+agencies|agencies)$",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(
    r"\s*(?:,|;|&|\band\b|(?<!\w)(?:и|та|і|і|i|și|y|et|und)(?!\w))\s*", re.IGNORECASE
)
_MAX_CREDIT_WORDS = 40
# quotes around an agency's name ("«Интерфакса»") are not part of the name
_QUOTES = "\"'«»“”„‘’"
_MAX_NAME_WORDS = 6
# A sentence inside the list ("... by Reuters. He said") means the line is prose.
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+\w")


def split_agencies(names: str) -> tuple[str, ...]:
    """Split "AFP, Reuters, and dpa" into ("AFP", "Reuters", "dpa")."""
    names = _NAME_SUFFIX.sub("", clean(names).rstrip(" ."))
    parts = (
        _NAME_PREFIX.sub("", clean(p).strip(" .")).strip(_QUOTES) for p in _SEPARATORS.split(names)
    )
    return tuple(p for p in parts if p)


# "Reporting by A in Oslo; additional reporting by B; Editing by C": a wire's staff trailer
_STAFF_TRAILER = re.compile(
    r"^(?:additional\s+)?reporting\s+by\s+[^;]{2,120};.*\b(?:editing|writing)\s+by\s+\S",
    re.IGNORECASE,
)
# "Associated Press writer Tom Kelly contributed to this report."
_CONTRIBUTED = re.compile(
    r"^(?P<subject>(?:[^\s.;]+\s+){0,11}?[^\s.;]+)\s+contributed\s+"
    r"(?:reporting(?:\s+to\s+this\s+(?:report|story|article))?|"
    r"to\s+this\s+(?:report|story|article))\.?$",
    re.IGNORECASE,
)
_WRITERS = re.compile(
    r"^(?P<desk>.+?)\s+(?:staff\s+)?(?:writers?|reporters?|correspondents?)\b", re.I
)
# a subject that names a desk or an agency, not only people
_DESK_WORDS = re.compile(
    r"\b(?:press|reuters|afp|ap|rfe/rl\S*|voa|service|agence|agency|news|tass|interfax)\b",
    re.IGNORECASE,
)


def _contributed_credit(line: str, contributed: re.Match[str]) -> Credit:
    subject = contributed.group("subject")
    writers = _WRITERS.match(subject)
    if writers is not None:
        return Credit(text=line, agencies=(clean(writers.group("desk")),))
    if _DESK_WORDS.search(subject):
        return Credit(text=line, agencies=split_agencies(subject))
    return Credit(text=line, agencies=())


#: Wire agencies that sign a story off on their own ("— AFP", "(Reuters)"), longest first.
WIRE_AGENCIES: tuple[str, ...] = (
    "Agence France-Presse",
    "The Associated Press",
    "Associated Press",
    "RIA Novosti",
    "Bloomberg",
    "Ukrinform",
    "Interfax",
    "Anadolu",
    "Reuters",
    "Bernama",
    "Xinhua",
    "Yonhap",
    "Kyodo",
    "ANSA",
    "TASS",
    "IANS",
    "IRNA",
    "WAFA",
    "Belga",
    "AFP",
    "AAP",
    "ANP",
    "APA",
    "dpa",
    "EFE",
    "epd",
    "KNA",
    "PTI",
    "SDA",
    "UPI",
    "AP",
)
_AGENCY = "(?:" + "|".join(re.escape(a) for a in WIRE_AGENCIES) + ")"
_AGENCY_LIST = _AGENCY + r"(?:\s*(?:/|,|&|\band\b)\s*" + _AGENCY + ")*"
# "— AFP", "-- Reuters/dpa", "AFP" (a bracketed "(AFP)" loses its brackets first)
_SIGN_OFF = re.compile(r"^(?:[—–-]{1,2}\s*)?(?P<names>" + _AGENCY_LIST + r")\.?$")
# "... the ministry said. — AFP" at the end of the story's last paragraph
_TRAILING_SIGN_OFF = re.compile(
    r"(?<=[.!?\"”’»)])\s*(?P<credit>[—–-]{1,2}\s*(?P<names>" + _AGENCY_LIST + r")\.?)$"
)


def split_trailing_sign_off(text: str) -> tuple[str, Credit | None]:
    """Split "... the ministry said. — AFP" into the paragraph and its wire sign-off."""
    line = clean(text)
    found = _TRAILING_SIGN_OFF.search(line)
    if found is None or found.start() == 0:
        return line, None
    names = found.group("names").replace("/", ",")
    credit = Credit(text=found.group("credit"), agencies=split_agencies(names))
    return line[: found.start()].rstrip(), credit


def match_credit(text: str) -> Credit | None:
    """Return the credit a line states, or None when the line is not a credit line."""
    line = clean(text)
    if line.startswith("(") and line.endswith(")") and line.count("(") == 1:
        line = line[1:-1].strip()  # "(Reporting by ...; Editing by ...)"
    if not line or len(line.split()) > _MAX_CREDIT_WORDS:
        return None
    if _STAFF_TRAILER.match(line):
        return Credit(text=line, agencies=())  # the wire's own reporters and editors
    sign_off = _SIGN_OFF.match(line)
    if sign_off is not None:
        return Credit(text=line, agencies=split_agencies(sign_off.group("names").replace("/", ",")))
    contributed = _CONTRIBUTED.match(line)
    if contributed is not None:
        return _contributed_credit(line, contributed)
    lead = _LEAD.match(line)
    if lead is None:
        return None
    rest = line[lead.end() :]
    if not rest.strip(" .:"):
        return None
    if _SENTENCE_INSIDE.search(rest.rstrip(" .")):
        return None
    agencies = split_agencies(rest)
    if not agencies and _NAME_SUFFIX.sub("", rest.rstrip(" .")):
        return None  # the lead with nothing after it
    if any(len(a.split()) > _MAX_NAME_WORDS for a in agencies):
        return None
    return Credit(text=line, agencies=agencies)
