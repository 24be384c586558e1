"""What the header of another site's dump says: the line that dates the story, bylines.

Sites write dates in more ways than a date line alone ("Stand: 26.04.2024, 20:44 Uhr",
"Jane Roe / Sep 2, 2024, 17:07 IST", "Published Nov. 24, 2026 • 4 min read"): the date
is read out of a short line with the HTML parsers' :func:`date_in_text`, at the places a
story prints it.
"""

from __future__ import annotations

import re

from ...metadata.dates import date_in_text
from .generic import Located
from .lines import Line, is_prose
from .meta import read_byline

__all__ = ["byline_names", "date_line"]

#: "Von: Jana Brandt", "By: Jane Roe": the byline's word with a colon after it
_LEAD_COLON = re.compile(r"^(\w{2,5})\s*:\s*")
#: "Written by Jane Roe": a verb before the byline's word
_WRITTEN_BY = re.compile(r"^(?:written|posted|words|story|reported|text)\s+by\s+", re.I)
#: a date line: a short line, not a sentence, that writes a date among other words
#: ("Stand: 26.04.2024, 20:44 Uhr", "Jane Roe / Sep 2, 2024, 17:07 IST")
_MAX_DATE_LINE_WORDS = 14
#: where the date line is looked for: so many of the run's first lines, and above the headline
_DATE_LINES_IN_RUN = 8
_DATE_LINES_ABOVE = 6
#: a date line that opens with an update label dates the update, not the story
_UPDATE_LABEL = re.compile(
    r"^(?:last\s+)?(?:updated?|aktualisiert|akt\.|actualizad[oa]|mis\s+à\s+jour|aggiornato|"
    r"(?:son\s+)?güncelleme|обновлено|оновлено|bijgewerkt|zaktualizowano|oppdatert|opdateret|"
    r"uppdaterad|atualizad[oa])\b",
    re.IGNORECASE,
)


def date_line(lines: tuple[Line, ...], located: Located) -> tuple[int, str, bool] | None:
    """The line that dates the article: its index, its date, and whether it dates an update.

    Looked for under the headline, at the run's top, then just above the headline; a line
    that opens with an update label ("Aktualisiert am ...") only when no other line dates
    the story.
    """
    top = located.headline if located.headline is not None else located.start
    under = range(top + 1, located.start)
    in_run = range(located.start, min(located.start + _DATE_LINES_IN_RUN, located.end))
    above = range(top - 1, max(-1, top - 1 - _DATE_LINES_ABOVE), -1)
    update: tuple[int, str, bool] | None = None
    for index in (*under, *in_run, *above):
        text = lines[index].text
        if len(text.split()) > _MAX_DATE_LINE_WORDS or is_prose(text, any_script=True):
            continue
        date = date_in_text(text)
        if date is None:
            continue
        if _UPDATE_LABEL.match(text) is None:
            return index, date, False
        update = update or (index, date, True)
    return update


def byline_names(text: str) -> tuple[str, ...]:
    """The names a byline under a headline gives, its word followed by a colon or
    preceded by a verb ("Von: Jana Brandt", "Written by Jane Roe"); () for other lines.

    A name alone on its line is not read: a title-cased label ("Key Takeaways", "Our
    Blogs") looks the same.
    """
    line = _WRITTEN_BY.sub("By ", _LEAD_COLON.sub(r"\1 ", text, count=1), count=1)
    return read_byline(line)
