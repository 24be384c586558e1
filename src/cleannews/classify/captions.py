"""Photo credits inside captions: "Protesters in Tbilisi. (Photo: AP/John Doe)".

A credit is recognised only in a shape that prose does not take: in brackets at the end
("(AP Photo/Jane Doe)", "(RFE/RL)"), or after a photo marker ("Photo: Reuters",
"Фото: Reuters"). A caption that merely ends "... told Reuters." keeps its words.
"""

from __future__ import annotations

import re

from .._text import clean
from ..metadata.dates import MONTHS, date_in_text
from .chrome import is_ad_label, is_box_title, is_chrome, starts_with_teaser_label
from .stamps import is_date_stamp

__all__ = [
    "CAPTION_AGENCIES",
    "CAPTION_MARKERS",
    "PHOTO_AGENCIES",
    "PHOTO_MARKERS",
    "credit_alone",
    "credit_only",
    "is_byline",
    "is_not_caption",
    "looks_like_caption_start",
    "split_caption_credit",
    "split_photo_credit",
]

#: Words that introduce a photo credit, in the services' languages.
PHOTO_MARKERS: tuple[str, ...] = (
    "photo",
    "photos",
    "photo by",
    "photograph",
    "image",
    "picture",
    "credit",
    "file photo",
    "фото",
    "фотография",
    "foto",
    "fotografija",
    "fotografie",
    "სურათი",
    "ֆոտո",
    "عکس",
    "تصوير",
    "صورة",
)
#: Agencies and owners whose name alone in brackets credits a photo.
PHOTO_AGENCIES: tuple[str, ...] = (
    "AP",
    "AFP",
    "Reuters",
    "Getty Images",
    "EPA",
    "EPA-EFE",
    "TASS",
    "Sputnik",
    "RFE/RL",
    "VOA",
    "Current Time",
    "Радио Свобода",
    "Настоящее Время",
    "Radio Slobodna Evropa",
)
#: More credit words, read only in a text a figure marks as its caption: a line of a text
#: dump ending "Quelle: ..." or "© ..." is as often a page's footer as a caption
CAPTION_MARKERS: tuple[str, ...] = (
    *PHOTO_MARKERS,
    "photography",
    "photo credit",
    "image credit",
    "image credits",
    "image copyright",
    "credits",
    "crédito",
    "créditos",
    "illustration",
    "bild",
    "bildrechte",
    "bildquelle",
    "quelle",
    "fotos",
    "fotoğraf",
)
CAPTION_AGENCIES: tuple[str, ...] = (
    *PHOTO_AGENCIES,
    "dpa",
    "picture alliance",
    "picture-alliance",
    "IMAGO",
    "Imago",
    "Shutterstock",
    "iStock",
    "Bloomberg",
    "Keystone",
    "ANP",
    "ANSA",
    "PA",
    "PA Wire",
    "Xinhua",
    "NurPhoto",
    "Getty",
    "AP Photo",
)


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _trailing_credit(marker: str, agency: str) -> re.Pattern[str]:
    return re.compile(
        # "(Photo: AP/John Doe)", "[Фото: Reuters]", "(AP Photo/Jane Doe)", "(RFE/RL)"
        r"\s*[(\[]\s*((?:(?:" + marker + r")\s*(?:by\b|:)\s*[^()\[\]]{2,80}?)|"
        r"(?:(?:" + agency + r")(?:\s*(?:Photo|/)\s*[^()\[\]]{0,60})?))\s*[)\]]\s*$|"
        # "... on January 23. Photo: Reuters" without brackets
        r"(?<=[.!?\s])\s*((?:" + marker + r")\s*(?:by\b|:)\s*[^.()\[\]]{2,80}?)\s*\.?\s*$",
        re.IGNORECASE,
    )


_MARKER = _alternation(PHOTO_MARKERS)
_AGENCY = _alternation(PHOTO_AGENCIES)
_TRAILING_CREDIT = _trailing_credit(_MARKER, _AGENCY)
_CAPTION_MARKER = _alternation(CAPTION_MARKERS)
_CAPTION_AGENCY = _alternation(CAPTION_AGENCIES)
_CAPTION_TRAILING_CREDIT = _trailing_credit(_CAPTION_MARKER, _CAPTION_AGENCY)
# "... in Berlin. Getty Images", "... on Monday.AFP/Getty Images": an agency (or several,
# slash-separated) after the caption's last sentence; names are matched with their case
_TRAILING_AGENCY = re.compile(
    r"(?<=[.!?\u201d\"])\s*((?-i:"
    + _CAPTION_AGENCY
    + r")(?:\s*(?:/|via|for)\s*[\w .&'-]{1,40}?){0,3})\s*$"
)
# "... the harbour © Reuters", "Nintendo/Apple © Provided by Business Insider Inc"
_TRAILING_COPYRIGHT = re.compile(
    r"(?:\s+[-–—|]\s*|(?<=[.!?])\s*|\s+(?=(?:" + _CAPTION_MARKER + r")?\s*©))"
    r"((?:(?:" + _CAPTION_MARKER + r")\s*)?(?:©|copyright\b)\s*[^©]{2,80}?)\s*$",
    re.IGNORECASE,
)
# screen-reader labels a template prints for the blind: "Image caption", "Media caption";
# BBC-style "Image copyright Getty Images Image caption Protesters in Tbilisi"
_READER_LABEL = re.compile(
    r"^(?:(?:image|media|video|photo)\s+caption\s*:?|caption\s*:|bildunterschrift\s*:?)\s+",
    re.IGNORECASE,
)
_GALLERY_COUNTER = re.compile(
    r"^\d{1,3}\s*(?:of|von|de|sur|/)\s*\d{1,3}\s*(?:\|\s*)?(?=(?-i:[A-Z]))", re.IGNORECASE
)
_COPYRIGHT_THEN_CAPTION = re.compile(
    r"^(?:image\s+)?(?:copyright|©)\s*:?\s+(.{2,80}?)\s+(?:image|media)\s+caption\s*:?\s+(.+)$",
    re.IGNORECASE,
)
_MARKER_ONLY = re.compile(r"^(?:" + _CAPTION_MARKER + r")\s*(?:by\b|:)", re.IGNORECASE)
_AGENCY_KEYS = frozenset(a.casefold() for a in CAPTION_AGENCIES) | frozenset(
    {"getty images", "bbc", "anadolu ajansı", "anadolu agency", "stock.adobe.com", "apa"}
)
_MARKER_WORD = re.compile(r"(?:" + _MARKER + r")\s*(?:by\b|:)", re.IGNORECASE)
_MARKER_KEYS: tuple[str, ...] = tuple({m.split()[0] for m in PHOTO_MARKERS})
_CAPTION_MARKER_WORD = re.compile(r"(?:" + _CAPTION_MARKER + r")\s*(?:by\b|:)", re.IGNORECASE)
_CAPTION_MARKER_KEYS: tuple[str, ...] = tuple({m.split()[0] for m in CAPTION_MARKERS})


def _has_marker(text: str) -> bool:
    # a substring test first: the regex only runs on the few lines that name a photo
    low = text.casefold()
    return any(m in low for m in _MARKER_KEYS) and _MARKER_WORD.search(text) is not None


# "(Nadia Qureshi / Harbor City Tribune)": photographer / outlet, spaced slash
_PHOTOGRAPHER_OUTLET = re.compile(
    r"\s*[(\[]\s*((?-i:[A-Z])[^()\[\]/]{1,50}?\s+/\s+(?-i:[A-Z])[^()\[\]/]{1,50}?)\s*[)\]]\s*$"
)
# "FILE - ...", "FILE PHOTO: ...": the wire services' way to open a caption
_CAPTION_START = re.compile(r"^(?:file(?:\s+photo)?\s*[-–—:]|архивное\s+фото\s*[-–—:.])", re.I)


def _split_trailing(
    text: str, has_marker: bool, trailing: re.Pattern[str]
) -> tuple[str, str | None]:
    if not text.endswith((")", "]")) and not has_marker:
        return text, None  # neither brackets nor a photo word: no credit to look for
    match = trailing.search(text)
    if match is not None and match.start() > 0:
        return clean(text[: match.start()]), clean(match.group(1) or match.group(2))
    match = _PHOTOGRAPHER_OUTLET.search(text)
    if match is not None and match.start() > 0:
        return clean(text[: match.start()]), clean(match.group(1))
    return text, None


def split_photo_credit(caption: str) -> tuple[str, str | None]:
    """Split a line (of a caption, or of a text dump) into its text and the photo credit it
    ends with, if any: only the shapes prose never takes (see the module docstring)."""
    text = clean(caption)
    return _split_trailing(text, _has_marker(text), _TRAILING_CREDIT)


def _has_caption_marker(text: str) -> bool:
    low = text.casefold()
    return (
        any(m in low for m in _CAPTION_MARKER_KEYS)
        and _CAPTION_MARKER_WORD.search(text) is not None
    )


def split_caption_credit(caption: str) -> tuple[str, str | None]:
    """Split a text a figure marks as its caption into its text and its photo credit: as
    :func:`split_photo_credit`, with more credit words ("Bildrechte:", "Quelle:",
    "Illustration by"), copyright marks ("© X", "- Copyright X"), a wire agency after the
    last sentence ("... in Berlin. AFP/Getty Images"), and without screen-reader labels
    ("Image caption", "Media caption") or a gallery's counter ("2 of 12 | ...")."""
    text = clean(caption)
    if text[:1].isdigit():
        text = _GALLERY_COUNTER.sub("", text, count=1)
    low = text[:24].casefold()
    if "caption" in low or "copyright" in low or "©" in low or "bildunterschrift" in low:
        both = _COPYRIGHT_THEN_CAPTION.match(text)
        if both is not None:
            return clean(both.group(2)), clean(both.group(1))
        text = _READER_LABEL.sub("", text, count=1)
    if "©" in text or "opyright" in text:
        match = _TRAILING_COPYRIGHT.search(text)
        if match is not None and match.start() > 0:
            return clean(text[: match.start()]), clean(match.group(1))
    has_marker = _has_caption_marker(text)
    if not text.endswith((")", "]")) and not has_marker:
        agency = _TRAILING_AGENCY.search(text)
        if agency is not None and agency.start() > 0:
            return clean(text[: agency.start()]), clean(agency.group(1))
    return _split_trailing(text, has_marker, _CAPTION_TRAILING_CREDIT)


def credit_only(line: str) -> str | None:
    """The credit of a line that is only a bracketed photo credit: "(AP Photo/Kyle Green)"."""
    text, credit = split_photo_credit("x " + clean(line))
    return credit if text == "x" else None


def looks_like_caption_start(text: str) -> bool:
    """True for a line opening the way only captions open ("FILE - ...", "FILE PHOTO: ...")."""
    return bool(_CAPTION_START.match(clean(text)))


# "By Jane Doe", "Von Christian Unger, Redakteur 09.09.2025, 09:58 Uhr": a byline set in a
# caption-styled box is the story's byline, never an image's caption (nor its credit)
_BYLINE = re.compile(
    r"^(?:(?:written|posted|published)\b[^.]{0,30}?\bby|by|von|par|por|di|door|af|av|автор:?"
    r"|автори:?)\s+(?-i:[A-ZÀ-ÞА-Я])",
    re.IGNORECASE,
)
_MAX_BYLINE_WORDS = 12


def is_byline(text: str) -> bool:
    """True for a short line that names the story's author ("By Jane Doe", "Von X, Redakteur")."""
    line = clean(text)
    return bool(_BYLINE.match(line)) and len(line.split()) <= _MAX_BYLINE_WORDS


# buttons and counters printed in a caption's box: "View photo", "View 6 Images", "44 Bilder",
# "1/1", "Fotostrecke ansehen", "Share this Story :", "Mehr anzeigen"
_CAPTION_CHROME = re.compile(
    r"^(?:(?:view|see|open|show)\s+(?:all\s+)?(?:\d+\s+)?(?:photos?|images?|pictures?|gallery)"
    r"|\d+\s*(?:/\s*\d+|photos|images|pictures|bilder|fotos)"
    r"|(?:bildergalerie|fotostrecke|galerie)(?:\s+ansehen)?|mehr anzeigen|show more|enlarge"
    r"|(?:share|teilen|partager)(?:\s+(?:this|cet|diesen)\s+(?:story|article|artikel))?"
    r"|(?:read|watch|listen)\s+(?:more|now|next))\s*[:.!]?$",
    re.IGNORECASE,
)


# a player's leftovers and video teasers: "1 min", "3 Min", "01:48 min Ergebnisse ...",
# "2:34 Russia launches ...", "0:00 Anhören"
_PLAYER_START = re.compile(r"^(?:\d{1,2}:\d{2}(?::\d{2})?(?!\d)|\d{1,3}\s*min\.?$)", re.IGNORECASE)
# subscription, login and newsletter prompts set in a caption-styled box
_PROMPT_WORDS = re.compile(
    r"\b(?:newsletter|abonnee|abonnieren|abonniert|abo|subscribe|subscriber|subscription|"
    r"sign up|sign in|log in|login|anmelden|anmeldung|angemeldet|account|javascript|"
    r"abonnement|s'abonner|suscr[ií]bete|suscriptor)\b",
    re.IGNORECASE,
)
_MAX_PROMPT_WORDS = 40
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")


def credit_alone(text: str) -> str | None:
    """The credit, when a caption's whole text is one: "Getty Images", "Foto: dpa",
    "F. Kern/IMAGO", "© Anna Roth", "Illustration by Jan Berg", "(The Independent)"."""
    line = clean(text)
    if not line:
        return None
    if (_MARKER_ONLY.match(line) or line.startswith("©")) and len(line.split()) <= 8:
        return line
    bare = line.strip("()[] ")
    if any(part.strip().casefold() in _AGENCY_KEYS for part in re.split(r"[/|;,]", bare)) and (
        len(bare.split()) <= 6
    ):
        return bare
    if line.startswith(("(", "[")) and line.endswith((")", "]")) and len(bare.split()) <= 5:
        return bare
    return None


def _is_bare_date(line: str) -> bool:
    """A date with at most one other word, or only short ones: "03 May 2025 4",
    "June 26, 2023 5 AM PT"."""
    if len(line) > 40 or date_in_text(line) is None:
        return False
    words = [w for w in _WORD.findall(line.casefold()) if w not in MONTHS]
    return len(words) <= 1 or all(len(w) <= 2 for w in words)


def is_not_caption(text: str) -> bool:
    """True for a text in a caption's place that says something else: a byline, a date or
    reading-time stamp, a bare date or number, an ad slot's label, a teaser box's title or
    label, a player's leftovers, a subscription prompt, site chrome ("Share this Story",
    "View photo")."""
    line = clean(text)
    return (
        is_byline(line)
        or not _LETTER.search(line)
        or bool(_CAPTION_CHROME.match(line))
        or bool(_PLAYER_START.match(line))
        or (len(line.split()) <= _MAX_PROMPT_WORDS and bool(_PROMPT_WORDS.search(line)))
        or _is_bare_date(line)
        or is_date_stamp(line)
        or is_ad_label(line)
        or is_box_title(line)
        or starts_with_teaser_label(line)
        or is_chrome(line)
    )
