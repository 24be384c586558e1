"""What a text dump states about its article on lines of their own: dates, bylines, script.

- :func:`read_date_line`: "January 23, 2019 17:45 GMT", "Updated January 23, 2019",
  "23 января 2019, 17:45", "23.01.2019 17:45" -> (ISO 8601, is it an update?);
- :func:`read_byline`: "By Jane Roe and John Doe", "Автор: Иван Петров" -> names;
- :func:`script_language`: a language told by its letters alone, only when sure.
"""

from __future__ import annotations

import re

from ..._text import clean

__all__ = ["DATE_LABEL", "read_byline", "read_date_line", "script_language"]

# Month names -> number, in the languages of the services (genitive and nominative forms).
_MONTH_ROWS: tuple[str, ...] = (
    "january jan январь января січень січня januar siječanj siječnja ianuarie јануар "
    "janvier enero gennaio",
    "february feb февраль февраля лютий лютого februar veljača veljače februarie фебруар "
    "février fevrier febrero febbraio",
    "march mar март марта березень березня mart ožujak ožujka martie март märz maerz mars marzo",
    "april apr апрель апреля квітень квітня april travanj travnja aprilie април avril abril aprile",
    "may май мая травень травня maj svibanj svibnja mai мај mayo maggio",
    "june jun июнь июня червень червня juni jun lipanj lipnja iunie јун јуни juin junio giugno",
    "july jul июль июля липень липня juli jul srpanj srpnja iulie јул јули juillet julio luglio",
    "august aug август августа серпень серпня avgust kolovoz kolovoza august août aout agosto",
    "september sep sept сентябрь сентября вересень вересня septembar rujan rujna "
    "septembrie септембар septembre septiembre settembre",
    "october oct октябрь октября жовтень жовтня oktobar listopad listopada octombrie октобар "
    "oktober octobre octubre ottobre",
    "november nov ноябрь ноября листопад листопада novembar studeni studenog noiembrie новембар "
    "novembre noviembre",
    "december dec декабрь декабря грудень грудня decembar prosinac prosinca decembrie децембар "
    "dezember décembre decembre diciembre dicembre",
)
_MONTHS: tuple[tuple[str, int], ...] = tuple(
    (name, number) for number, row in enumerate(_MONTH_ROWS, start=1) for name in row.split()
)
_MONTH_NAMES = "|".join(sorted({name for name, _ in _MONTHS}, key=len, reverse=True))

_UPDATED = (
    r"(?:(?P<updated>updated|last\s+updated|обновлено|оновлено|ažurirano|azurirano|"
    r"actualizat|жаңартылды|aktualisiert(?:\s+am)?|mis\s+à\s+jour(?:\s+le)?|actualizado|"
    r"aggiornato(?:\s+il)?)\s*:?\s*)?"
)
_PUBLISHED = (
    r"(?:(?:published|posted|опубликовано|опубліковано|objavljeno|publicat|"
    r"veröffentlicht(?:\s+am)?|publié(?:\s+le)?|publicado|pubblicato(?:\s+il)?)\s*:?\s*)?"
)
_TIME = (
    r"(?:\s*[,|\-–—]?\s*(?:в\s+|at\s+|u\s+|um\s+|à\s+|a\s+las\s+|alle\s+)?"
    r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:\s*(?:uhr|h))?"
    r"(?:\s*(?P<ampm>[ap]\.?m\.?))?(?:\s*(?P<tz>GMT|UTC|(?-i:[A-Z]{2,5}))"
    r"(?:(?P<sign>[+-])(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?)?)?)?"
)
_DATE_LINE = re.compile(
    r"^" + _UPDATED + _PUBLISHED + r"(?:"
    r"(?P<mname1>" + _MONTH_NAMES + r")\.?\s+(?P<day1>\d{1,2}),?\s+(?P<year1>\d{4})|"
    # "21. juni/lipanj, 2020.": Serbian and Croatian month names side by side
    # "13 de mayo de 2026": Spanish and Portuguese join day, month and year with "de"
    r"(?P<day2>\d{1,2})\.?\s+(?:de\s+)?(?P<mname2>" + _MONTH_NAMES + r")(?:/\w+)?\.?,?"
    r"\s+(?:de\s+)?(?P<year2>\d{4})"
    r"(?:\s*(?:г\.|года|р\.|року|godine))?\.?|"
    r"(?P<day3>\d{1,2})\.(?P<month3>\d{1,2})\.(?P<year3>\d{4})\.?"
    r")" + _TIME + r"\s*$",
    re.IGNORECASE,
)
_TZ_OFFSETS: tuple[tuple[str, str], ...] = (
    ("GMT", "+00:00"),
    ("UTC", "+00:00"),
    ("MSK", "+03:00"),
    ("CET", "+01:00"),
    ("CEST", "+02:00"),
    ("EET", "+02:00"),
    ("EEST", "+03:00"),
    ("EST", "-05:00"),
    ("EDT", "-04:00"),
    ("CDT", "-05:00"),
    ("MDT", "-06:00"),
    ("MST", "-07:00"),
    ("PDT", "-07:00"),
    ("PST", "-08:00"),
    ("BST", "+01:00"),
)
# "Wednesday, March 11, 2026": the weekday adds nothing to the date
_WEEKDAY = re.compile(
    r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*,?\s*|"
    r"^(?:mon|tue|wed|thu|fri|sat|sun)\.?,\s*|"
    r"^(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\s*,?\s*",
    re.IGNORECASE,
)
# "4:40 PM MDT August 18, 2026": the time written before the date
_LEADING_TIME = re.compile(
    r"^(?P<prefix>(?:updated|published)\s*:?\s*)?"
    r"(?P<time>\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:(?-i:[A-Z]{2,5})(?:[+-]\d{1,2})?)?)"
    r"\s*,?\s+(?P<date>\D.*)$",
    re.IGNORECASE,
)
#: "Published:" / "Updated:" printed on a line of their own, above the date they label
DATE_LABEL = re.compile(
    r"^(?:(?P<updated>(?:last\s+)?updated|обновлено|оновлено)|"
    r"published|posted|опубликовано|опубліковано)\s*:?$",
    re.IGNORECASE,
)

_BYLINE = re.compile(
    r"^(?:by|von|di|por|par|door|автор(?:ы)?\s*:|аўтар(?:ы)?\s*:|автори?\s*:|autor(?:i)?\s*:|"
    r"author(?:s)?\s*:)\s*(.+)$",
    re.IGNORECASE,
)
_NAME_SEPARATORS = re.compile(
    r"\s*(?:,|&|\band\b|(?<!\w)(?:и|та|і|i|și|und|y|et|en)(?!\w))\s*", re.IGNORECASE
)
_MAX_NAME_WORDS = 6
_PARENTHESIS = re.compile(r"\s*\([^()]*\)\s*$")


def _month_number(name: str) -> int:
    key = name.casefold().rstrip(".")
    for month_name, number in _MONTHS:
        if month_name == key:
            return number
    raise KeyError(name)


def read_date_line(text: str) -> tuple[str, bool] | None:
    """Read a line that is only a date (and time): its ISO form and whether it says "Updated"."""
    line = _WEEKDAY.sub("", clean(text))
    if len(line) > 80:
        return None
    leading = _LEADING_TIME.match(line)
    if leading is not None:
        line = f"{leading['prefix'] or ''}{leading['date']} {leading['time']}"
    match = _DATE_LINE.match(line)
    if match is None:
        return None
    groups = match.groupdict()
    if groups["year1"]:
        year, month, day = int(groups["year1"]), _month_number(groups["mname1"]), groups["day1"]
    elif groups["year2"]:
        year, month, day = int(groups["year2"]), _month_number(groups["mname2"]), groups["day2"]
    else:
        year, month, day = int(groups["year3"]), int(groups["month3"]), groups["day3"]
    if not (1 <= month <= 12 and 1 <= int(day) <= 31):
        return None
    iso = f"{year:04d}-{month:02d}-{int(day):02d}"
    if groups["hour"] is not None:
        hour, minute = int(groups["hour"]), int(groups["minute"])
        ampm = (groups["ampm"] or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour > 23 or minute > 59:
            return None
        iso += f"T{hour:02d}:{minute:02d}:00"
        tz = (groups["tz"] or "").upper()
        if groups["sign"] and tz in {"GMT", "UTC"}:
            # "GMT+2": an offset written against GMT
            iso += f"{groups['sign']}{int(groups['oh']):02d}:{groups['om'] or '00'}"
        else:
            iso += next((offset for name, offset in _TZ_OFFSETS if name == tz), "")
    return iso, groups["updated"] is not None


def read_byline(text: str) -> tuple[str, ...]:
    """The names a byline line gives ("By Jane Roe and John Doe"), or () for any other line."""
    line = clean(text)
    match = _BYLINE.match(line)
    if match is None or len(line.split()) > 16:
        return ()
    # "Laura Kessler and Omar Haddad (Associated Press)": the agency is not a name
    named = _PARENTHESIS.sub("", match.group(1))
    names = tuple(n.strip(" .") for n in _NAME_SEPARATORS.split(named))
    names = tuple(n for n in names if n)
    if not names or any(len(n.split()) > _MAX_NAME_WORDS or not n[0].isupper() for n in names):
        return ()
    return names


# Letters that only some languages written in a script use.
_SCRIPT_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ka", re.compile(r"[\u10d0-\u10ff]")),
    ("hy", re.compile(r"[\u0531-\u0587]")),
    ("ps", re.compile(r"[ټډړښګځڅ]")),
    ("ur", re.compile(r"[ٹڈڑےں]")),
    ("fa", re.compile(r"[پچژگ]")),
    ("be", re.compile(r"[ўЎ]")),
    ("sr", re.compile(r"[ђћџљњјЂЋЏЉЊЈ]")),
    ("kk", re.compile(r"[әғқұһӘҒҚҰҺ]")),
    ("uk", re.compile(r"[їєґЇЄҐ]")),
)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
_RUSSIAN_ONLY = re.compile(r"[ыэъЫЭЪ]")
_ENGLISH_WORDS = frozenset(
    ("the", "and", "of", "to", "in", "that", "is", "was", "for", "on", "with", "said")
)
_MIN_LETTERS = 200


def script_language(text: str) -> str | None:
    """The language of a text when its letters alone settle it (Georgian, Russian ...), else None.

    Cyrillic is Russian only when it has Russian-only letters and none of the letters
    Ukrainian, Belarusian, Serbian or Kazakh add; Latin text is English only when English
    function words make up a large share of its words.
    """
    sample = text[:20000]
    if len(sample) < _MIN_LETTERS:
        return None
    for lang, letters in _SCRIPT_RULES[:5]:
        if len(letters.findall(sample)) >= 3:
            return lang
    cyrillic = len(_CYRILLIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if cyrillic > latin:
        found = [lang for lang, letters in _SCRIPT_RULES[5:] if len(letters.findall(sample)) >= 3]
        if len(found) == 1:
            return found[0]
        if not found and _RUSSIAN_ONLY.search(sample):
            return "ru"
        return None
    if latin > cyrillic:
        words = re.findall(r"[a-z]+", sample.lower())
        if words and sum(w in _ENGLISH_WORDS for w in words) / len(words) > 0.12:
            return "en"
    return None
