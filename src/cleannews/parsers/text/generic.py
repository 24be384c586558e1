"""Where the article sits in a dump of any news site: its lines, and the headline above them.

A whole-page dump of a site the header reader does not know holds menus, teasers and
footers around the article, all flattened to lines of the same kind. Their shape tells
them apart (in the spirit of jusText): the article's paragraphs are long lines ending as
sentences, chrome is short lines that do not. Each line scores for or against the
article and the article is the best-scoring run of lines (a maximum subarray), so a
heading or a short aside between paragraphs stays in while a menu of fifty links is never
bridged. The headline is the title-shaped line above the run that the page prints twice
(a sticky header, a breadcrumb) or that the URL's slug spells, the nearest one otherwise.

Scraper dumps print every text node on a line of its own, so a link breaks a paragraph
into pieces: :func:`join_broken_sentences` puts such a paragraph together first.

The Pangea reading of :mod:`.text` stands when it :func:`accounts_for_run`: it places
most of the run's prose (in the body, captions, notices) and puts few short lines from
outside the run into the body. Else the dump is another site's and is read from the run.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from ...classify.captions import looks_like_caption_start, split_photo_credit
from ...classify.chrome import is_chrome
from ...metadata.dates import date_in_text
from .found import Found
from .lines import Line, ends_sentence, is_prose
from .meta import DATE_LABEL, read_byline, read_date_line

__all__ = [
    "Located",
    "accounts_for_run",
    "join_broken_sentences",
    "locate_article",
    "title_of",
]

_LOG = logging.getLogger("cleannews.parsers.text")

#: a line this long is a paragraph even when it does not end as a sentence ("... said:")
_LONG_LINE_WORDS = 16
_LONG_LINE_SHARE = 0.5
#: what a short line costs the run that holds it: a label (a link, a menu entry) of a
#: few words, or a phrase (a heading, a list item, a table cell)
_LABEL_COST = 40.0
_LABEL_WORDS = 3
_PHRASE_COST = 10.0
#: a paragraph alone between short lines counts this share: a teaser's blurb under its title
_ALONE_SHARE = 0.25
_META_LINE_COST = 5.0
#: no chrome label, date line or byline runs longer
_MAX_META_CHARS = 200
#: the headline is looked for this many lines above the run at most
_HEADLINE_WINDOW = 60
_MIN_HEADLINE_WORDS = 3
_MAX_HEADLINE_WORDS = 30
_MIN_HEADLINE_CHARS = 12  # a title in a script written without spaces
_UNSPACED_SCRIPT = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
#: a headline candidate's score: printed twice, spelled by the slug (times the share of
#: the slug's words it holds), of a headline's length, nearest the run, and less per line
#: away from the run
_REPEAT_BONUS = 3.0
_SLUG_BONUS = 4.0
_SHAPE_BONUS = 1.0
_DISTANCE_COST = 0.03
_NEAREST_BONUS = 1.0
#: a headline says more than a menu label or a byline: each word counts, up to a point
_WORD_BONUS = 0.1
_MAX_BONUS_WORDS = 12
_MIN_REPEATED_WORDS = 4
#: so many of the run's first lines may be the headline (when they do not end as a
#: statement: a headline may ask)
_HEADLINE_INSIDE_RUN = 1
_MIN_SLUG_WORDS = 3
#: a paragraph broken by links: at most so many pieces are joined
_MAX_PIECES = 12
#: a link inside a sentence: so many words at most, after a piece that stops mid-sentence
_MAX_LINK_WORDS = 5
_STOPS_INSIDE = re.compile(r"(?:\b[a-zà-ÿа-яё]+|,)$")
_CONTINUES = re.compile(r"^[a-zà-ÿа-яё,.;:!?)\]»”’%]")
_SLUG_WORD = re.compile(r"[^\W\d_]{3,}")
_LIST_ITEM = re.compile(r"^(?:[*•·▪◦‣∙]|\d{1,2}\.)\s")
_HEADLINE_END = re.compile(r"[.,:;]$")
#: "Home / Blog / <title>", "You are here: Home » News » <title>"
_BREADCRUMB = re.compile(r"\s+[/>»›]\s+")
_MIN_BREADCRUMB_STEPS = 3
#: "<title> | Site": the bar between a title and a name of at most so many words
_TITLE_BAR = re.compile(r"\s+\|\s+")
_MAX_NAME_WORDS = 3


#: the known reading stands when it places this share of the run's prose ...
_AGREEING_SHARE = 0.8
#: ... and at most so many of its body's lines outside the run are not prose (menu items)
_MAX_STRAY_LINES = 3
#: a text this long is matched inside a longer line; a shorter one only as a whole line
_MIN_CUT_CHARS = 40


@dataclass(frozen=True, slots=True)
class Located:
    """The article in a dump: the headline's line (if any) and the run ``[start, end)``."""

    headline: int | None
    start: int
    end: int


def _is_meta(text: str) -> bool:
    """Chrome, a date line, a byline or a date label: every line of a dump is asked, so the
    checks that cannot match (a long line, a date without a digit) are skipped."""
    if len(text) > _MAX_META_CHARS:
        return False
    return (
        is_chrome(text)
        or (any(c.isdigit() for c in text) and read_date_line(text) is not None)
        or bool(read_byline(text))
        or DATE_LABEL.match(text) is not None
    )


def line_score(text: str) -> float:
    """For (> 0) or against (< 0) the line being in the article's run, on its own."""
    if _is_meta(text):
        return -_META_LINE_COST
    if is_prose(text, any_script=True):
        return float(len(text))
    words = len(text.split())
    if words >= _LONG_LINE_WORDS:
        return _LONG_LINE_SHARE * len(text)
    # a menu link or a label has a few words; a list item or a table cell more
    return -(_LABEL_COST if words <= _LABEL_WORDS else _PHRASE_COST)


def _line_scores(lines: tuple[Line, ...]) -> list[float]:
    """Each line's score, a paragraph alone between short lines counting less.

    A list of other stories prints each title over a one-paragraph blurb, where the
    article's paragraphs follow one another.
    """
    scores = [line_score(line.text) for line in lines]
    last = len(scores) - 1
    for index, score in enumerate(scores):
        alone = (index == 0 or scores[index - 1] <= 0) and (index == last or scores[index + 1] <= 0)
        if score > 0 and alone:
            scores[index] = score * _ALONE_SHARE
    return scores


def _best_run(lines: tuple[Line, ...]) -> tuple[int, int] | None:
    """The run ``[start, end)`` with the largest sum of line scores (Kadane)."""
    best, best_run = 0.0, None
    total, start = 0.0, 0
    for index, score in enumerate(_line_scores(lines)):
        if total <= 0:
            total, start = 0.0, index
        total += score
        if total > best:
            best, best_run = total, (start, index + 1)
    return best_run


def _folded_words(text: str) -> set[str]:
    """The words of a text, lowercased and without accents, as a URL slug spells them."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return set(_SLUG_WORD.findall(plain))


def _slug(url: str | None) -> set[str]:
    """The words of the URL's longest path segment: the story's slug, when it has one."""
    if not url:
        return set()
    segments = unquote(urlsplit(url if "//" in url else "//" + url).path).split("/")
    words = max((_folded_words(s.replace("-", " ").replace("_", " ")) for s in segments), key=len)
    return words if len(words) >= _MIN_SLUG_WORDS else set()


def _is_headline_candidate(text: str) -> bool:
    if _LIST_ITEM.match(text):
        # an item of a list (a teaser, a menu entry) as a tool marks it; a dash may open
        # a quoted headline ("- Angsten vil øke")
        return False
    words = len(text.split())
    if words > _MAX_HEADLINE_WORDS or _HEADLINE_END.search(text) or _is_meta(text):
        return False
    if words < _MIN_HEADLINE_WORDS and not (
        len(text) >= _MIN_HEADLINE_CHARS and _UNSPACED_SCRIPT.search(text)
    ):
        return False
    if split_photo_credit(text)[1] is not None or looks_like_caption_start(text):
        return False  # a caption under the lead image
    return date_in_text(text) is None  # "21 October 2025 • Duqm": the date line, not a title


def title_of(text: str) -> str:
    """The title a headline-shaped line holds: the last step of a breadcrumb ("Home / Blog /
    <title>"), or the title without the site's or section's name ("<title> | Opinion")."""
    steps = _BREADCRUMB.split(text)
    if len(steps) >= _MIN_BREADCRUMB_STEPS and len(steps[0].split()) <= _MAX_NAME_WORDS:
        return steps[-1]
    parts = _TITLE_BAR.split(text)
    if len(parts) == 2:
        short = [len(part.split()) <= _MAX_NAME_WORDS for part in parts]
        if short[0] != short[1]:
            return parts[1] if short[0] else parts[0]
    return text


def _find_headline(lines: tuple[Line, ...], start: int, url: str | None) -> int | None:
    """The headline's line above ``start``: spelled by the slug, printed twice, or nearest.

    A long headline may score into the run: the run's first lines are candidates too
    while they do not end as sentences.
    """
    counts: dict[str, int] = {}
    for line in lines:
        key = line.text.casefold()
        counts[key] = counts.get(key, 0) + 1
    slug = _slug(url)
    top = start
    while top < min(start + _HEADLINE_INSIDE_RUN, len(lines)) and (
        not ends_sentence(lines[top].text) or lines[top].text.endswith(("?", "!"))
    ):
        top += 1
    best, best_score = None, float("-inf")
    nearest = True
    for index in range(top - 1, max(-1, start - 1 - _HEADLINE_WINDOW), -1):
        text = title_of(lines[index].text)
        if not _is_headline_candidate(text):
            continue
        words = len(text.split())
        score = -_DISTANCE_COST * abs(start - index)
        if nearest:
            score += _NEAREST_BONUS
            nearest = False
        if counts.get(text.casefold(), 0) > 1 and (words >= _MIN_REPEATED_WORDS or len(text) >= 20):
            score += _REPEAT_BONUS  # a menu's label comes twice too, but is short
        if slug:
            score += _SLUG_BONUS * len(slug & _folded_words(text)) / len(slug)
        if _MIN_HEADLINE_WORDS * 2 <= words <= _MAX_HEADLINE_WORDS - 5:
            score += _SHAPE_BONUS
        score += _WORD_BONUS * min(words, _MAX_BONUS_WORDS)
        if score > best_score:
            best, best_score = index, score
    if best is not None:
        _LOG.debug("text: headline candidate at line %d scored best (%.2f)", best, best_score)
    return best


def locate_article(lines: tuple[Line, ...], url: str | None = None) -> Located | None:
    """The article's run of lines and its headline; None when no line reads as prose."""
    run = _best_run(lines)
    if run is None:
        return None
    start, end = run
    headline = _find_headline(lines, start, url)
    if headline is not None and headline >= start:
        start = headline + 1
    return Located(headline=headline, start=start, end=end)


def join_broken_sentences(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """Join the pieces of a paragraph that links broke onto lines of their own.

    Pieces are joined when none but the last ends a sentence, no blank line separates
    them, the last ends one, and some piece after the first opens mid-sentence (in
    lowercase or with punctuation): a menu of titled links never does.
    """
    out: list[Line] = []
    index = 0
    while index < len(lines):
        end = _broken_paragraph_end(lines, index)
        if end == index + 1:
            out.append(lines[index])
        else:
            pieces = [line.text for line in lines[index:end]]
            text = pieces[0]
            for piece in pieces[1:]:
                text += piece if piece[0] in ",.;:!?)]»”’%" else " " + piece
            out.append(Line(text=text, gap=lines[index].gap, glued=lines[end - 1].glued))
        index = end
    return tuple(out)


def _broken_paragraph_end(lines: tuple[Line, ...], index: int) -> int:
    """The end of the paragraph broken into pieces from ``index``, or ``index + 1``.

    Each piece goes on the sentence: it opens in lowercase or with punctuation, or it is
    a link's few words after a piece that stops mid-sentence ("... a report by" "Jane
    Roe"); a headline over a byline and a date never reads so.
    """
    midsentence = False
    end = index
    while end + 1 < len(lines) and end - index < _MAX_PIECES:
        before, after = lines[end].text, lines[end + 1].text
        if ends_sentence(before) or not lines[end].glued:
            break
        opens_inside = bool(_CONTINUES.match(after))
        link_words = len(after.split()) <= _MAX_LINK_WORDS and bool(_STOPS_INSIDE.search(before))
        if not (opens_inside or link_words):
            break
        end += 1
        midsentence = midsentence or opens_inside
        if ends_sentence(after):
            return end + 1 if midsentence else index + 1
    return index + 1


def accounts_for_run(found: Found, joined: tuple[Line, ...], located: Located) -> bool:
    """Does the known reading account for the best-scoring run's prose, with little else?

    Prose of the run read as a caption, a notice or a credit is accounted for; the body
    may hold few lines from outside the run that are not prose (menus, teasers read as body).
    """
    run = [line.text for line in joined[located.start : located.end]]
    run_texts = set(run)
    placed = [b.text for b in found.body]
    placed += [c.text for c in found.captions] + [c.alt for c in found.captions if c.alt]
    placed += [line for d in found.disclaimers for line in d.text.split("\n")]
    placed += [c.text for c in found.credits]
    placed += [t for t in (found.subheadline, found.pending_alt) if t]
    placed_texts = set(placed)
    run_prose = covered = 0
    for text in run:
        if is_prose(text, any_script=True):
            run_prose += len(text)
            if text in placed_texts or any(
                text in p or (len(p) >= _MIN_CUT_CHARS and p in text) for p in placed
            ):
                covered += len(text)
    stray = 0
    for block in found.body:
        if block.text in run_texts or (
            # a block cut from a longer line (a caption run into a paragraph); a short
            # label is found inside some paragraph by chance
            len(block.text) >= _MIN_CUT_CHARS and any(block.text in t for t in run)
        ):
            continue
        if not is_prose(
            block.text, any_script=True
        ):  # a paragraph beside the run may be the article's
            stray += 1
    return covered >= _AGREEING_SHARE * run_prose and stray <= _MAX_STRAY_LINES
