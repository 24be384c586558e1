"""Leftovers of widgets that only a text dump shows, in the languages of the Pangea services.

An HTML parser drops a player, a share bar or a blog's sidebar by its markup; in a dump
they are lines among the paragraphs. These are the shapes they take:

- :func:`is_widget_leftover`: a player that cannot play ("Your browser doesn’t support
  HTML5"), share and send links ("Share on Telegram", "Add to blog", "Send to friend"),
  raw embed code a page printed as text ("<div style=...>");
- :func:`is_standing_promo`: the line a desk prints under every story of a running
  story ("For full coverage of the crisis in Ukraine, visit ...");
- :func:`is_sidebar_heading`: the heading of a blog's sidebar ("About This Blog"), after
  which nothing is the post;
- :func:`is_picture_alt`: the alt text of a map or photo printed once, above the body
  ("Afghanistan map with Kabul", "Map of Ukraine", "Illustrative photo").
"""

from __future__ import annotations

import re

from ..._text import clean

__all__ = [
    "is_picture_alt",
    "is_player_notice",
    "is_sidebar_heading",
    "is_standing_promo",
    "is_widget_leftover",
]

_MAX_WIDGET_WORDS = 12

#: a player that cannot play says so naming HTML5 in every language ("Ваш браузер не
#: поддерживает HTML5", "Vaš pretraživač ne podržava HTML5", "Browserul nu suportă HTML5")
_HTML5 = re.compile(r"\bHTML\s?5\b", re.IGNORECASE)

#: "Share on Telegram", "Поделиться в Telegram", "Podijeli na Facebooku", "Distribuie pe X"
_SHARE_ON = re.compile(
    r"^(?:share|tweet|post|поделиться|поділитися|поділіться|podijeli(?:te)?|podeli(?:te)?|"
    r"distribuie|бөлісу|бөлүшүү|падзяліцца|сподели|сподели|shpërnda|paylaş|გაზიარება|"
    r"կիսվել|اشتراک(?:\s*گذاری)?|ulashish|баҳам\s+додан)\s+"
    r"(?:on|via|to|в|у|на|na|pe|në|da|ба)\s+\S+(?:\s+\S+)?$",
    re.IGNORECASE,
)
_WIDGET_LINES: frozenset[str] = frozenset(
    line.casefold()
    for line in (
        "Add to blog",
        "Send to friend",
        "Send to a friend",
        "Email to a friend",
        "E-mail to a friend",
        "Print this article",
        "Print this page",
        "Add to favorites",
        "Добавить в блог",
        "Отправить другу",
        "Версия для печати",
        "Додати в блог",
        "Надіслати другові",
        "Pošalji prijatelju",
        "Trimite unui prieten",
        "Досыңызға жіберу",
        "Send to friend Add to blog",
        "Add to blog Send to friend",
    )
)
#: raw embed code printed as text: an opening tag at the line's start
_EMBED_CODE = re.compile(
    r"^<(?:div|iframe|script|blockquote|span|p|a|img|video|object|embed|figure)\b[^>]*>",
    re.IGNORECASE,
)

#: "For full coverage of the crisis in Ukraine, visit ...", "For more on this story, see ..."
_STANDING_PROMO = re.compile(
    r"^(?:for\s+(?:full|complete|continuing|the\s+latest|more|all\s+(?:of\s+)?our|our\s+full)\s+"
    r"(?:coverage|news|updates|reporting|stories)\b.{0,160}\b(?:visit|go\s+to|see|click|follow)\b|"
    r"(?:все|всі|усі)\s+(?:материалы|новости|матеріали|новини)\s+(?:о|об|про|по\s+теме)\b"
    r".{0,160}\b(?:читайте|смотрите|на\s+странице|тут|здесь)\b|"
    r"(?:sve\s+(?:vijesti|vesti)|citiți\s+toate)\b.{0,160}\b(?:pratite|ovdje|ovde|aici)\b)",
    re.IGNORECASE,
)
_MAX_PROMO_WORDS = 40

_SIDEBAR_HEADINGS: frozenset[str] = frozenset(
    line.casefold()
    for line in (
        "About This Blog",
        "About the Blog",
        "Blog Archive",
        "Об этом блоге",
        "О блоге",
        "Про цей блог",
        "Про блог",
        "O ovom blogu",
        "O blogu",
        "Despre acest blog",
        "Блог туралы",
    )
)

#: the picture words an alt text names: "map", "photo", "illustration" ...
_PICTURE_WORD = re.compile(
    r"\b(?:map|maps|photo|photograph|illustration|illustrative|infographic|graphic|chart|"
    r"карта|карты|фото|фотография|иллюстрац\w*|инфографика|мапа|ілюстрац\w*|"
    r"mapa|karta|ilustracija|ilustrativna|fotografija|hartă|harta|fotografie|ilustrație|"
    r"картасы|сурет)\b",
    re.IGNORECASE,
)
_MAX_ALT_WORDS = 10


def is_widget_leftover(text: str) -> bool:
    """A player that cannot play, a share or send link, or raw embed code (see above)."""
    if text[:1] != "<" and text.count(" ") >= _MAX_WIDGET_WORDS:
        return False  # every line is asked: a paragraph is none of these
    line = clean(text)
    if _EMBED_CODE.match(line):
        return True
    if len(line.split()) > _MAX_WIDGET_WORDS:
        return False
    return (
        bool(_HTML5.search(line))
        or line.casefold().rstrip(" .") in _WIDGET_LINES
        or bool(_SHARE_ON.match(line))
    )


def is_player_notice(text: str) -> bool:
    """The notice of a player that cannot play: the media's title follows it."""
    line = clean(text)
    return len(line.split()) <= _MAX_WIDGET_WORDS and bool(_HTML5.search(line))


def is_standing_promo(text: str) -> bool:
    if text.count(" ") >= _MAX_PROMO_WORDS:
        return False
    line = clean(text)
    return len(line.split()) <= _MAX_PROMO_WORDS and bool(_STANDING_PROMO.match(line))


def is_sidebar_heading(text: str) -> bool:
    return clean(text).casefold().rstrip(" :") in _SIDEBAR_HEADINGS


def is_picture_alt(text: str) -> bool:
    """A short line, not a sentence, that names a picture: a map's or photo's alt text."""
    line = clean(text)
    words = line.split()
    if not 2 <= len(words) <= _MAX_ALT_WORDS or line.endswith((".", "!", "?", ":")):
        return False
    return bool(_PICTURE_WORD.search(line))
