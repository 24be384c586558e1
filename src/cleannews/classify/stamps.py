"""Date stamps: the line a page prints above or under a story to say when it was
published or updated ("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05",
"Stand: 28.04.2023 16:11 Uhr", "October 11, 2023 by Jane Doe", "5 min read").

Such a line is metadata, not text: the article has fields for its dates and authors. It
is recognised by what it is made of, not by its wording: nothing but dates, times,
weekdays, the labels that introduce them, a reading time and at most one byline. A line
with a single other word ("Meeting on March 3, 2024") is not a stamp, nor is a bare
date without a label ("March 3, 2024" heads a timeline's entry as often as it stamps a
story), so a dated entry of a story's own text stays.
"""

from __future__ import annotations

import re

from ..metadata.dates import MONTHS

__all__ = ["is_date_stamp"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: a stamp is short: a date, a time, a label or two and a name
_MAX_STAMP_CHARS = 150

#: words that frame a date or a reading time, in the corpus' languages (lower-case)
_STAMP_WORDS: frozenset[str] = _words(
    # labels: published / updated / posted / as of
    "published publish updated update posted modified last first on at from "
    "veröffentlicht aktualisiert erstellt zuletzt stand am um uhr "
    "publié publie mis à jour modifié le "
    "pubblicato aggiornato modificato modifica il alle ore "
    "publicado actualizado el las de del a "
    "gepubliceerd bijgewerkt laatst om op "
    "publicert oppdatert publisert publicerad uppdaterad publiceret opdateret kl "
    # reading time
    "read reading time min mins minute minutes lesedauer lesezeit minuten minuti minutos "
    "lecture lettura lectura leestijd "
    # relative days, clock words and zones
    "today yesterday heute gestern aujourd hui oggi ieri hoy ayer "
    "am pm a p m gmt utc bst ist et est edt ct cst cdt mt pt pst pdt cet cest mez mesz "
    "jst kst aest aedt h "
    # weekdays, full and abbreviated
    "monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thur thurs fri sat sun "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica "
    "lunes martes miércoles jueves viernes sábado domingo"
)
#: words that make a dated line a stamp: a bare date ("March 3, 2024") may head a
#: dated entry of the story itself (a timeline, a diary, a live blog's posts)
_LABEL_WORDS: frozenset[str] = _words(
    "published posted updated modified veröffentlicht aktualisiert stand publié mis "
    "modifié pubblicato aggiornato modificato modifica publicado actualizado "
    "gepubliceerd bijgewerkt publicert oppdatert publisert publicerad uppdaterad "
    "publiceret opdateret read lesedauer lesezeit lecture lettura lectura leestijd"
)
_MINUTE_WORDS: frozenset[str] = _words("min mins minute minutes minuten minuti minutos")
_TIME = re.compile(
    r"(?<!\d)\d{1,2}[:.h]\d{2}(?::\d{2})?(?!\d)(?:\s*(?:a\.?m\.?|p\.?m\.?))?|"
    r"(?<!\d)\d{1,2}\s*(?:a\.m\.|p\.m\.|am|pm)(?!\w)",
    re.IGNORECASE,
)
_NUMERIC_DATE = re.compile(r"(?<!\d)\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?!\d)")
#: a byline run into the stamp: "by Jane Doe", "Von Eva Kirchner-Rätsch" (capitalised
#: words up to a separator)
_BYLINE = re.compile(
    r"(?:^|(?<=[\s|,·•–—-]))(?:by|von|par|por|door|av|af|di)\s*:?\s+"
    r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s*){1,4}(?=$|[|,·•–—(])",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_CAMEL = re.compile(r"(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ])")
_TOKEN = re.compile(r"[^\W_]+")
_NUMBER = re.compile(r"\d{1,4}(?:st|nd|rd|th|er|e)?")


def is_date_stamp(text: str) -> bool:
    """True when ``text`` is only a publication stamp: dates, times, their labels, a
    reading time and at most one byline."""
    if len(text) > _MAX_STAMP_CHARS or not _DIGIT.search(text):
        return False
    # "10:49 UhrLesedauer": two labels printed as one word by their markup
    line = _CAMEL.sub(" ", text)
    if _LABEL_WORDS.isdisjoint(_TOKEN.findall(line.casefold())):
        return False  # most short lines: no label, no stamp (the cheap test first)
    line, bylines = _BYLINE.subn(" ", line, count=2)
    if bylines > 1:
        return False
    line, times = _TIME.subn(" ", line)
    line, dates = _NUMERIC_DATE.subn(" ", line)
    months = numbers = labels = minutes = 0
    for token in _TOKEN.findall(line.casefold()):
        if token in MONTHS:
            months += 1
        elif _NUMBER.fullmatch(token):
            numbers += 1
        elif token not in _STAMP_WORDS:
            return False
        labels += token in _LABEL_WORDS
        minutes += token in _MINUTE_WORDS
    # the evidence of a date: a clock time, a numeric date, or a month and a day or year;
    # or of a reading time ("8 min read"), which a page prints only beside its stamp
    return bool(labels and (times or dates or (months and numbers) or (minutes and numbers)))
