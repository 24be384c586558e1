"""Site chrome: text that frames an article but is not part of it.

The tables hold the labels Pangea sites (RFE/RL, VOA, Current Time and their language
services) print around an article, per language. A label that only one language uses
also tells the page's language (:func:`chrome_language`); English player strings that
many non-English services leave untranslated do not.
"""

from __future__ import annotations

import re

from .._text import clean

__all__ = [
    "AD_LABELS",
    "AFTER_ARTICLE_LABELS",
    "BOX_TITLES",
    "CHROME_LINES",
    "LANGUAGE_LABELS",
    "TEASER_LABELS",
    "chrome_language",
    "is_ad_label",
    "is_after_article",
    "is_box_title",
    "is_chrome",
    "is_player_leftover",
    "is_teaser_label",
    "starts_with_teaser_label",
]

#: (BCP 47 tag, label): skip-links headings and skip links, which name the site's language.
LANGUAGE_LABELS: tuple[tuple[str, str], ...] = (
    ("en", "Accessibility links"),
    ("en", "Skip to main content"),
    ("en", "Skip to main Navigation"),
    ("en", "Skip to Search"),
    ("ru", "Ссылки для упрощенного доступа"),
    ("ru", "Ссылки для упрощённого доступа"),
    ("ru", "Вернуться к основному содержанию"),
    ("ru", "Вернуться к главной навигации"),
    ("ru", "Вернутся к главной навигации"),
    ("ru", "Вернуться к поиску"),
    ("ru", "Вернутся к поиску"),
    ("uk", "Посилання для доступності"),
    ("uk", "Перейти до основного вмісту"),
    ("uk", "Перейти до основної навігації"),
    ("uk", "Перейти до пошуку"),
    ("sh", "Dostupni linkovi"),
    ("sh", "Pređite na glavni sadržaj"),
    ("sh", "Pređite na glavnu navigaciju"),
    ("sh", "Pređite na pretragu"),
    ("sr", "Доступни линкови"),
    ("sr", "Пређите на главни садржај"),
    ("sr", "Пређите на главну навигацију"),
    ("sr", "Пређите на претрагу"),
    ("mk", "Линкови за пристапност"),
    ("bg", "Връзки за достъпност"),
    ("ro", "Linkuri accesibilitate"),
    ("ro", "Link-uri accesibilitate"),
    ("ro", "Sari la conținutul principal"),
    ("ro", "Sari la navigarea principală"),
    ("ro", "Sari la căutare"),
    ("kk", "Қолжетімді сілтемелер"),
    ("kk", "Негізгі мазмұнға өту"),
    ("kk", "Негізгі навигацияға өту"),
    ("kk", "Іздеуге өту"),
    ("ky", "Жеткиликтүү шилтемелер"),
    ("tg", "Пайвандҳои дастрасӣ"),
    ("be", "Спасылкі для даступнасьці"),
    ("be", "Спасылкі для даступнасці"),
    ("be", "Спасылкі дзеля спрошчанага доступу"),
    ("tt", "Җиңел керү сылтамалары"),
    ("fa", "لینک‌های دسترسی"),
    ("fa", "لینک های دسترسی"),
    ("fa", "پرش به محتوای اصلی"),
    ("fa", "پرش به جستجو"),
    ("ka", "ხელმისაწვდომობის ბმულები"),
    ("ka", "მარტივი წვდომის ბმულები"),
    ("hy", "Հասանելիության հղումներ"),
    ("hy", "Մատչելիության հղումներ"),
    ("az", "Əlçatımlılıq linkləri"),
    ("az", "Əlçatan linklər"),
    ("sq", "Lidhje të qasshme"),
    ("hu", "Akadálymentesítési linkek"),
    ("es", "Enlaces de accesibilidad"),
    ("fr", "Liens d'accessibilité"),
    ("pt", "Links de acessibilidade"),
    ("tr", "Erişilebilirlik bağlantıları"),
)

#: Lines that are chrome in any language: tickers, share bars, print and player labels.
CHROME_LINES: tuple[str, ...] = (
    "Breaking News",
    "Share",
    "share",
    "Print",
    "Print Options:",
    "Comments",
    "Embed",
    "Next",
    "Previous",
    "Close",
    "Cancel",
    "Search",
    "Follow Us",
    "Back to top",
    "site logo",
    "Email",
    "Copy link",
    "Sign up",
    "Sign up now",
    "Subscribe",
    "Log in",
    "Sign in",
    "Menu",
    "Share this:",
    "Share this article",
    "Languages",
    "Link has been copied to clipboard",
    "Click to reveal",
    "This image contains sensitive content which some people may find offensive or disturbing.",
    "Share on Facebook",
    "Share on Twitter",
    "Share via Email",
    "Срочные новости",
    "Срочно",
    "Поделиться",
    "Печать",
    "Комментарии",
    "Следующая",
    "Предыдущая",
    "Поиск",
    "Термінові новини",
    "Терміново",
    "Поділитися",
    "Друк",
    "Коментарі",
    "Vanredno",
    "Prethodni",
    "Naredni",
    "Podijelite",
    "Podijelite na Facebooku",
    "Podijelite na Twitteru",
    "Podelite",
    "Komentari",
    "Știri de ultimă oră",
    "Distribuie",
)

# Media-player leftovers: the player's status texts, links and time codes ("0:00 0:02:31").
_PLAYER_TEXTS: tuple[str, ...] = (
    "please wait",
    "No media source currently available",
    "No live streaming currently available",
    "Image",
    "Video",
    "Audio",
    "Live",
    "Direct link",
    "Pop-out player",
    "Original",
    "Embed share",
    "Share on Facebook",
    "Share on Twitter",
    "Share on X",
    "Download",
    "Download file",
    "The code has been copied to your clipboard.",
    "The URL has been copied to your clipboard",
    "Пожалуйста, подождите",
    "Подождите, пожалуйста",
    "Прямая ссылка",
    "Код для вставки",
    "Код скопирован в буфер обмена",
    "Ссылка скопирована в буфер обмена",
    "Скачать",
    "Будь ласка, зачекайте",
    "Пряме посилання",
    "Завантажити",
    "Molimo sačekajte",
    "Molimo pričekajte",
    "Direktan link",
    "Pop-out plejer",
    "Kod je kopiran u vaš clipboard.",
    "Vă rugăm să așteptați",
    "Vă rugăm așteptați",
    "Өтінеміз, күте тұрыңыз",
    "لطفا صبر کنید",
)
_PLAYER = re.compile(
    r"^(?:(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s+(?:\d{1,2}:)?\d{1,2}:\d{2})*|"
    # "no media source" in the services' languages: the wording varies by service
    r"нет\s+(?:доступн\w+\s+)?(?:медиа|видео|аудио)[\s-]?(?:источник|файл)\w*|"
    r"(?:медиа|видео)[\s-]?источник\w*\s+(?:сейчас\s+)?недоступ\w*|"
    r"немає\s+(?:доступн\w+\s+)?(?:медіа|відео|аудіо)[\s-]?джерел\w*|"
    r"nema\s+(?:dostupnog\s+)?(?:medijskog\s+)?izvora\w*.*|"
    r"nicio\s+sursă\s+media.*|"
    # the download menu: "64 kbps | MP3", "720p | 39,2MB"; the embed box: "width", "px"
    r"\d{2,3}\s*kbps\s*\|\s*mp3|\d{3,4}p\s*\|\s*[\d.,]+\s*[kmg]b|width|height|px)$",
    re.IGNORECASE,
)

#: Labels of advertisement slots: kept apart from :data:`CHROME_LINES`, since an HTML
#: parser drops the ad slot itself by its markup, and the label only when the slot's
#: markup does not say what it is (a bare <div> between two paragraphs).
AD_LABELS: tuple[str, ...] = (
    "Advertisement",
    "Advertising",
    "Sponsored",
    "Реклама",
    "Reklama",
    "Anzeige",
    "Werbung",
    "Publicité",
    "Publicidad",
    "Publicidade",
    "Pubblicità",
    "Advertentie",
    "Annonse",
    "Annons",
    "Reklame",
    "Mainos",
)

#: Headings that open the page after the article: what follows is not the article.
AFTER_ARTICLE_LABELS: tuple[str, ...] = (
    "All Of The Latest News",
    "Latest News",
    "Most Popular",
    "Most Viewed",
    "Most Read",
    "Trending Now",
    "Все новости",
    "Все новости дня",
    "Лента новостей",
    "Самое читаемое",
    "Самое популярное",
    "Усі новини",
    "Всі новини",
    "Найпопулярніше",
    "Sve vijesti",
    "Sve vesti",
    "Najčitanije",
    "Toate știrile",
    "Cele mai citite",
    "Барлық жаңалықтар",
)

#: Labels of a box teasing other stories: dropped with the story title they introduce.
TEASER_LABELS: tuple[str, ...] = (
    "Related",
    "Related Content",
    "Related Articles",
    "Related Stories",
    "See also",
    "Read more",
    "Also read",
    "Read also",
    "Watch also",
    "Читайте также",
    "Смотрите также",
    "Читайте також",
    "Дивіться також",
    "Pogledajte i ovo",
    "Pročitajte i ovo",
    "Vezano",
    "Vezi și",
    "Citește și",
)
#: Titles of a box of teasers inside a story's column, printed on a line of their own
#: (the teaser labels too): where the box is cut out as furniture, its title goes with it.
#: Kept apart from :data:`TEASER_LABELS`, which also end a text dump's article.
BOX_TITLES: tuple[str, ...] = (
    "Read next",
    "Don't miss",
    "Don’t miss",
    "Related posts",
    "Recent articles",
    "Recent posts",
    "You might also like",
    "You may also like",
    "Noticia relacionada",
    "Noticias relacionadas",
    "Mehr zum Thema",
    "Das könnte Sie auch interessieren",
    "Lire aussi",
    "À lire aussi",
    "Leggi anche",
    "Lee también",
)
# "More US Stories", "More From VOA": the listing under an article
_MORE_STORIES = re.compile(
    r"^more\s+(?:\S+\s+){0,3}(?:stories|news|videos)$|^more\s+from\s+\S+(?:\s+\S+)?$",
    re.IGNORECASE,
)
# "READ MORE: Another story's title" on one line
_TEASER_LINE = re.compile(
    r"^(?:read\s+more|see\s+also|related|also\s+read|читайте\s+также|смотрите\s+также|"
    r"читайте\s+також|дивіться\s+також|pročitajte\s+(?:i\s+)?(?:ovo|još)|vezi\s+și|"
    r"citește\s+și)\s*[:\-–—]\s*\S",
    re.IGNORECASE,
)

# "Les også <title>", "Lesen Sie auch <title>": a teaser label run into the title it
# introduces, separator or not (the label and the link are two elements of one line)
_TEASER_PREFIX = re.compile(
    r"^(?:read\s+more|see\s+also|related|also\s+read|read\s+also|more\s+on\s+this|"
    r"les\s+også|læs\s+også|läs\s+(?:också|även)|lue\s+myös|lesen\s+sie\s+auch|"
    r"lies\s+auch|mehr\s+zum\s+thema|(?:à\s+)?lire\s+aussi|leggi\s+anche|"
    r"lee\s+también|leia\s+também|lees\s+ook|czytaj\s+(?:też|także)|"
    r"читайте\s+также|смотрите\s+также|читайте\s+також|дивіться\s+також|"
    r"pročitajte\s+(?:i\s+)?(?:ovo|još)|vezi\s+și|citește\s+și)\b",
    re.IGNORECASE,
)

# Chrome whose wording varies: comment counters, share bars run together, newsletter boxes.
_CHROME_PATTERN = re.compile(
    r"^\d+\s+comments?$|"
    r"^(?:facebook|twitter|x|email|linkedin|whatsapp|telegram|print|copy\s+link){2,}$|"
    r"^get\s+(?:the\s+)?.{1,40}\s+in\s+your\s+inbox\.?$|"
    r"^sign\s+up\s+for\s+(?:our|the)\s+.{0,60}newsletters?\b.{0,80}$|"
    # relative times the page prints for "now": "2 hours ago", "5 минут назад", "prije 28 minuta"
    r"^(?:updated\s+)?\d{1,3}\s+(?:min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?)\s+ago$|"
    r"^(?:обновлено\s+)?\d{1,3}\s+(?:минут\w*|час\w*|дн\w*|день)\s+назад$|"
    r"^\d{1,3}\s+(?:хвилин\w*|годин\w*|дн\w*|день)\s+тому$|"
    r"^prije\s+\d{1,3}\s+(?:minut\w*|sat\w*|dan\w*)$",
    re.IGNORECASE,
)


def _key(text: str) -> str:
    # ZWNJ and a space are both written between Persian word parts: compare them as one
    return clean(text.replace("\u200c", " ")).casefold().rstrip(":")


_LANGUAGE_KEYS: frozenset[tuple[str, str]] = frozenset(
    (_key(label), lang) for lang, label in LANGUAGE_LABELS
)
_CHROME_KEYS: frozenset[str] = frozenset(
    [_key(s) for s in CHROME_LINES] + [key for key, _ in _LANGUAGE_KEYS]
)
_PLAYER_KEYS: frozenset[str] = frozenset(_key(s) for s in _PLAYER_TEXTS)
_AFTER_KEYS: frozenset[str] = frozenset(_key(s) for s in AFTER_ARTICLE_LABELS)
_AD_KEYS: frozenset[str] = frozenset(_key(s) for s in AD_LABELS)
_TEASER_KEYS: frozenset[str] = frozenset(_key(s) for s in TEASER_LABELS)
_BOX_KEYS: frozenset[str] = _TEASER_KEYS | frozenset(_key(s) for s in BOX_TITLES)


# longer than the longest label in the tables (the sensitive-content notice) and patterns
_MAX_CHROME_CHARS = 200


def chrome_language(text: str) -> str | None:
    """The language a skip-links label is written in ("Dostupni linkovi" -> "sh"), else None."""
    key = _key(text)
    for label_key, lang in _LANGUAGE_KEYS:
        if label_key == key:
            return lang
    return None


def is_player_leftover(text: str) -> bool:
    """True for media-player text: "please wait", "No media source ...", "0:00 0:02:31 0:00"."""
    line = clean(text)
    return _key(line) in _PLAYER_KEYS or bool(_PLAYER.match(line))


def is_after_article(text: str) -> bool:
    """True for a heading after which the page holds no more of the article."""
    return _key(text) in _AFTER_KEYS or bool(_MORE_STORIES.match(clean(text)))


def is_ad_label(text: str) -> bool:
    """True for an advertisement slot's label ("Advertisement", "Реклама")."""
    return _key(text) in _AD_KEYS


def is_box_title(text: str) -> bool:
    """A teaser label or the title of a box of teasers ("Don't miss"), alone on its line."""
    line = clean(text)
    return _key(line) in _BOX_KEYS or bool(_TEASER_LINE.match(line))


def is_teaser_label(text: str) -> bool:
    """True for a "Related" / "Читайте также" label, or "READ MORE: <title>" on one line."""
    line = clean(text)
    return _key(line) in _TEASER_KEYS or bool(_TEASER_LINE.match(line))


def starts_with_teaser_label(text: str) -> bool:
    """True for a line that opens with a teaser label ("Les også", "Related:"), the
    title of another story run into it or not."""
    return bool(_TEASER_PREFIX.match(clean(text)))


def is_chrome(text: str) -> bool:
    """True for a line that is site chrome wherever it appears (labels, player leftovers)."""
    line = clean(text)
    if len(line) > _MAX_CHROME_CHARS:
        return False  # no label, status text or counter runs this long
    key = _key(line)
    return (
        key in _CHROME_KEYS
        or key in _PLAYER_KEYS
        or key in _AFTER_KEYS
        or bool(_PLAYER.match(line) or _MORE_STORIES.match(line) or _CHROME_PATTERN.match(line))
    )
