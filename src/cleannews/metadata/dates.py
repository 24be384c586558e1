"""Dates as pages write them, turned into ISO 8601 without a date library.

Machine forms (``2019-01-23T18:00:00Z``, ``2019-01-23 18:00:00+0100``, ``20190123``, Unix
seconds) keep their time and timezone; human forms (``January 23, 2019``, ``23 Jan 2019``,
``23.01.2019``, ``23. Januar 2019``, ``23 de enero de 2019``, ``2011年4月10日``,
``2011년 4월 10일``) give the day, plus the time
when one follows. Anything that is not a real calendar day between 1990 and 2100 is None.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["date_in_text", "date_in_url", "normalise_date", "writes_day_first"]

#: month names and abbreviations (lower-case, no trailing dot) in the corpus' languages
MONTHS: Mapping[str, int] = MappingProxyType(
    {
        name: number
        for number, names in enumerate(
            (
                "january jan januar janvier enero ene gennaio gen janeiro januari jänner jän "
                "styczeń stycznia ocak январь января",
                "february feb febr februar février fevrier febrero febbraio fevereiro fev februari "
                "lutego şubat февраль февраля",
                "march mar mär märz mars marzo março marco maart marca mart март марта",
                "april apr avril abril aprile abr kwietnia nisan апрель апреля",
                "may mai mayo maggio mag maio mei maja mayıs май мая",
                "june jun juni juin junio giugno giu junho czerwca haziran июнь июня",
                "july jul juli juillet julio luglio lug julho lipca temmuz июль июля",
                "august aug août aout agosto ago augustus sierpnia ağustos август августа",
                "september sep sept septembre septiembre settembre set setembro września eylül "
                "сентябрь сентября",
                "october oct okt oktober octobre octubre ottobre ott outubro out października ekim "
                "октябрь октября",
                "november nov novembre noviembre novembro listopada kasım ноябрь ноября",
                "december dec dez dezember décembre decembre diciembre dic dicembre dezembro "
                "desember grudnia aralık декабрь декабря",
            ),
            start=1,
        )
        for name in names.split()
    }
)

_MONTH_WORD = r"([^\W\d_]{3,10})\.?"
_ISO = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ]\s*(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?)?",
    re.IGNORECASE,
)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z)?$")
_EPOCH = re.compile(r"^\d{9,10}(?:\d{3})?$")
_SLASHED_YMD = re.compile(r"(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)")
_NUMERIC_DMY = re.compile(r"(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d.]*\d)")
_DAY_MONTH_YEAR = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th|er|\.|º)?\s*(?:de\s+|of\s+)?{_MONTH_WORD},?\s*(?:de\s+)?(\d{{4}})",
    re.IGNORECASE,
)
_MONTH_DAY_YEAR = re.compile(
    rf"{_MONTH_WORD}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", re.IGNORECASE
)
#: Java's and C's ``Date.toString()``: "Sun Nov 23 16:00:00 EDT 2014"
_CLOCK_BEFORE_YEAR = re.compile(
    rf"{_MONTH_WORD}\s+(\d{{1,2}})\s+(\d{{1,2}}):(\d{{2}})(?::(\d{{2}}))?(?:\s+[A-Z]{{2,5}})?\s+(\d{{4}})"
)
_CLOCK = re.compile(
    r"^[\s,|@–-]*(?:at|um|à|a las|alle|om|kl\.?|-)?\s*(\d{1,2})[:.h](\d{2})(?!\d)\s*([ap]\.?m\.?)?",
    re.IGNORECASE,
)
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|\.html|$)|[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)"
)

#: Chinese/Japanese "2011年4月10日" and Korean "2011년 4월 10일" (year, month, day marked)
_CJK_YMD = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?")

#: a month written out in the path: ``/2023/october/03/``
_URL_NAMED_MONTH = re.compile(r"/((?:19|20)\d{2})/([^\W\d_]{3,10})/(\d{1,2})(?:/|\.html|$)")


def _day(year: int, month: int, day: int) -> str | None:
    if year < 100:
        year += 2000 if year < 70 else 1900
    if not 1990 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _zone(zone: str | None) -> str:
    if not zone:
        return ""
    zone = zone.upper()
    if zone == "Z":
        return "Z"  # kept as the page writes it
    if zone in {"UTC", "GMT"}:
        return "+00:00"
    digits = zone[1:].replace(":", "")
    digits = digits + "00" if len(digits) == 2 else digits
    return f"{zone[0]}{digits[:2]}:{digits[2:4]}"


def _with_time(day: str, hour: int, minute: int, second: int, zone: str | None) -> str:
    if not (0 <= hour < 24 and 0 <= minute < 60 and 0 <= second < 61):
        return day
    return f"{day}T{hour:02d}:{minute:02d}:{min(second, 59):02d}{_zone(zone)}"


def _iso(match: re.Match[str]) -> str | None:
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    date = _day(int(year), int(month), int(day))
    if date is None or hour is None:
        return date
    text = _with_time(date, int(hour), int(minute), int(second or 0), zone)
    if fraction and len(text) > len(date) + 9:
        # keep sub-seconds as the page gives them: they do no harm and lose nothing
        text = text[: len(date) + 9] + fraction + text[len(date) + 9 :]
    return text


def _time_after(text: str, day: str) -> str:
    clock = _CLOCK.match(text)
    if not clock:
        return day
    hour, minute = int(clock.group(1)), int(clock.group(2))
    meridiem = (clock.group(3) or "").lower().replace(".", "")
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    return _with_time(day, hour, minute, 0, None)


def _numeric_dmy(match: re.Match[str], day_first: bool) -> str | None:
    first, separator, second, year = match.groups()
    a, b = int(first), int(second)
    if separator == "/" and a <= 12 < b:
        return _day(int(year), a, b)  # 01/23/2019: month first, as US pages write it
    if separator == "/" and a <= 12 and b <= 12 and not day_first:
        return _day(int(year), a, b)  # 01/02/2019 on a US (or unknown) page: January 2
    return _day(int(year), b, a)


#: country-code domains whose pages write a slashed date day first
_DAY_FIRST_DOMAINS = frozenset(
    [
        "uk",
        "au",
        "nz",
        "ie",
        "in",
        "za",
        "ru",
        "ua",
        "by",
        "kz",
        "de",
        "at",
        "ch",
        "fr",
        "be",
        "es",
        "pt",
        "br",
        "ar",
        "mx",
        "it",
        "nl",
        "pl",
        "cz",
        "sk",
        "hu",
        "ro",
        "bg",
        "rs",
        "hr",
        "si",
        "gr",
        "tr",
        "il",
        "eg",
        "ma",
        "dz",
        "tn",
        "ng",
        "ke",
        "gh",
        "se",
        "no",
        "dk",
        "fi",
        "is",
        "ee",
        "lv",
        "lt",
        "vn",
        "id",
        "my",
        "ph",
        "sg",
        "pk",
        "bd",
        "lk",
    ]
)
#: English-speaking regions that write the day first
_DAY_FIRST_ENGLISH = frozenset(
    ["gb", "uk", "au", "nz", "ie", "in", "za", "ng", "ke", "gh", "pk", "sg", "my", "ph"]
)


def writes_day_first(language: str | None, host: str | None) -> bool:
    """True when the page writes "10/04/2011" for 10 April: a language other than
    English, an English of a day-first region (en-GB, en-AU, en-IN ...), else, with no
    language, a day-first country's domain (.ru, .de, .fr, .br, .uk ...). en-US and
    unknown pages read month first."""
    if language:
        primary, _, region = language.lower().replace("_", "-").partition("-")
        if primary != "en":
            return True
        if region:
            return region[:2] in _DAY_FIRST_ENGLISH
    if host:
        return host.rsplit(".", 1)[-1].lower() in _DAY_FIRST_DOMAINS
    return False


def date_in_text(text: str, *, day_first: bool = False) -> str | None:
    """The first date written anywhere in ``text`` (a byline, a dateline), as ISO;
    ``day_first`` reads a slashed "10/04/2011" as 10 April (see :func:`writes_day_first`)."""
    if not text or not any(c.isdigit() for c in text):
        return None
    candidates: list[tuple[int, str]] = []
    for match in _ISO.finditer(text):
        value = _iso(match)
        if value:
            candidates.append((match.start(), value))
            break
    for pattern, order in ((_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy")):
        for match in pattern.finditer(text):
            if order == "dmy":
                day, word, year = match.groups()
            else:
                word, day, year = match.groups()
            month = MONTHS.get(word.lower())
            value = _day(int(year), month, int(day)) if month else None
            if value:
                candidates.append((match.start(), _time_after(text[match.end() :], value)))
                break
    for match in _CLOCK_BEFORE_YEAR.finditer(text):
        word, day, hour, minute, second, year = match.groups()
        month = MONTHS.get(word.lower())
        value = _day(int(year), month, int(day)) if month else None
        if value:
            # the zone's abbreviation is left out: "EDT" or "IST" name several offsets
            candidates.append(
                (match.start(), _with_time(value, int(hour), int(minute), int(second or 0), None))
            )
            break
    if "年" in text or "년" in text:
        for match in _CJK_YMD.finditer(text):
            value = _day(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            if value:
                candidates.append((match.start(), value))
                break
    for match in _SLASHED_YMD.finditer(text):
        value = _day(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if value:
            candidates.append((match.start(), value))
            break
    for match in _NUMERIC_DMY.finditer(text):
        value = _numeric_dmy(match, day_first)
        # a two-digit year only in the dotted German form ("30.10.23"): slashed pairs with
        # two-digit years are too often scores, fractions or versions
        if value and (len(match.group(4)) == 4 or match.group(2) == "."):
            candidates.append((match.start(), _time_after(text[match.end() :], value)))
            break
    return min(candidates)[1] if candidates else None


def normalise_date(value: str | None, *, day_first: bool = False) -> str | None:
    """An ISO 8601 date or datetime from a machine- or human-written date, else None."""
    if not value:
        return None
    text = value.strip()
    if not text:
        return None
    match = _ISO.match(text)
    if match:
        return _iso(match)
    compact = _COMPACT.match(text)
    if compact:
        year, month, day, hour, minute, second, zone = compact.groups()
        date = _day(int(year), int(month), int(day))
        if date and hour:
            return _with_time(date, int(hour), int(minute), int(second or 0), zone)
        return date
    if _EPOCH.match(text):
        seconds = int(text[:10])
        moment = dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc)
        return moment.isoformat() if 1990 <= moment.year <= 2100 else None
    return date_in_text(text, day_first=day_first)


def date_in_url(url: str | None) -> str | None:
    """A day written in the URL path (``/2019/01/23/``, ``-20190123``,
    ``/2019/january/23/``), else None."""
    if not url:
        return None
    match = _URL_DATE.search(url)
    if not match:
        named = _URL_NAMED_MONTH.search(url)
        month = MONTHS.get(named.group(2).lower()) if named else None
        if named is None or month is None:
            return None
        return _day(int(named.group(1)), month, int(named.group(3)))
    groups = [g for g in match.groups() if g is not None]
    return _day(int(groups[0]), int(groups[1]), int(groups[2]))
