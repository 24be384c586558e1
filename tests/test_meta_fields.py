"""Fields a user can trust (issue 12): captions, credits, authors and dates on small pages
written here, modelled on the structures news templates use."""

from __future__ import annotations

import pytest

import cleannews
from cleannews._document import Document
from cleannews.classify.captions import (
    credit_alone,
    is_byline,
    is_not_caption,
    split_caption_credit,
)
from cleannews.metadata import read_metadata
from cleannews.metadata.dates import date_in_text, writes_day_first

STORY = "".join(
    f"<p>The valley council met on Monday to decide the dam's future, paragraph {n}, and the "
    "mayor said the water would return to the fields before the summer ends.</p>"
    for n in range(6)
)


def _article(body: str, head: str = "") -> cleannews.Article:
    page = (
        f"<html lang='en'><head><title>Dam opens</title>{head}</head><body>"
        f"<header><nav><a href='/'>Home</a></nav></header><article>{body}</article>"
        "</body></html>"
    )
    return cleannews.extract_html(page, url="https://valleypost.example/news/dam")


# --- captions -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("caption", "text", "credit"),
    [
        (
            "Image copyright Getty Images Image caption Protesters gathered in Tbilisi",
            "Protesters gathered in Tbilisi",
            "Getty Images",
        ),
        ("Media caption The minister spoke in Geneva", "The minister spoke in Geneva", None),
        (
            "The harbour at dawn. Photograph: Toru Yamanaka/AFP/Getty Images",
            "The harbour at dawn.",
            "Photograph: Toru Yamanaka/AFP/Getty Images",
        ),
        (
            "Die Anlage bei Neustadt. Bildrechte: IMAGO/ingimage",
            "Die Anlage bei Neustadt.",
            "Bildrechte: IMAGO/ingimage",
        ),
        (
            "Der Kandidat setzt auf Tiktok.Getty Images",
            "Der Kandidat setzt auf Tiktok.",
            "Getty Images",
        ),
        ("A strike in the port. AFP/Getty Images", "A strike in the port.", "AFP/Getty Images"),
        (
            "Arbeitsministerin Hofmann. Bild © Anna Roth",
            "Arbeitsministerin Hofmann.",
            "Bild © Anna Roth",
        ),
        ("Police officers - Copyright Jan Berg/AP", "Police officers", "Copyright Jan Berg/AP"),
        ("Caption of the figure", "Caption of the figure", None),
        ("He sued over copyright infringement.", "He sued over copyright infringement.", None),
        ("The minister told AP.", "The minister told AP.", None),
    ],
)
def test_credits_and_screen_reader_labels_leave_the_caption_text(
    caption: str, text: str, credit: str | None
) -> None:
    assert split_caption_credit(caption) == (text, credit)


@pytest.mark.parametrize(
    "text",
    [
        "Von Christian Unger, Redakteur 09.09.2025, 09:58 Uhr",
        "By Jane Doe",
        "Written on Mar 27 by Joseph Cox",
        "03.05.2024, 16:24 Uhr • Lesezeit: 5 Minuten",
        "ADVERTISEMENT",
        "View 6 Images",
        "Share this Story :",
        "Fotostrecke ansehen",
        "1/1",
    ],
)
def test_bylines_stamps_and_buttons_are_not_captions(text: str) -> None:
    assert is_not_caption(text)


@pytest.mark.parametrize(
    "text",
    [
        "1 min",
        "01:48 min Results from the first village",
        "Sie haben kein gültiges Abo. Ihre Vorteile auf einen Blick",
        "Sign up to our free weekly newsletter",
        "03 May 2025 4",
        "June 26, 2023 5 AM PT",
        "6236752 5928990",
    ],
)
def test_player_leftovers_prompts_bare_dates_and_numbers_are_not_captions(text: str) -> None:
    assert is_not_caption(text)


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Getty Images", "Getty Images"),
        ("Foto: dpa", "Foto: dpa"),
        ("F. Kern/IMAGO", "F. Kern/IMAGO"),
        ("(The Valley Post)", "The Valley Post"),
        ("Illustration by Jan Berg", "Illustration by Jan Berg"),
        ("Protesters in Berlin", None),
        ("AP chief Anna Roth in Kyiv", None),
        ("Foto: Jan Berg Protesters gather in front of the parliament on Monday evening", None),
    ],
)
def test_a_caption_that_is_only_a_credit(text: str, credit: str | None) -> None:
    assert credit_alone(text) == credit


@pytest.mark.parametrize(
    "text",
    [
        "Protesters gather in Tbilisi.",
        "By the river, a man mends his nets",
        "The Apple Vision Pro.",
        "The dam on 3 May 2024",
    ],
)
def test_captions_stay_captions(text: str) -> None:
    assert not is_not_caption(text)
    assert not is_byline(text)


def test_teaser_cards_and_bylines_give_no_captions_but_the_story_figure_does() -> None:
    body = (
        "<h1>Dam opens</h1>"
        "<figure><img src='/img/dam.jpg'><figcaption>The dam at dawn. Foto: dpa</figcaption>"
        "</figure>" + STORY + "<aside><a href='/news/other'><figure><img src='/img/b.jpg'>"
        "<figcaption>Another story about rivers and their fish</figcaption></figure></a>"
        "<figure><img src='/img/c.jpg'><figcaption><a href='/news/third'>A third story "
        "about the lake</a></figcaption></figure></aside>"
        "<figure><figcaption>Von Anna Roth, Redakteurin 09.09.2025, 09:58 Uhr</figcaption></figure>"
    )
    captions = _article(body).captions
    assert [(c.text, c.credit) for c in captions] == [("The dam at dawn.", "Foto: dpa")]
    assert captions[0].image_url == "https://valleypost.example/img/dam.jpg"


@pytest.mark.parametrize(
    "image",
    [
        "<img src='data:image/gif;base64,R0lGOD' data-src='/img/dam.jpg'>",
        "<img src='/img/blank.gif' data-lazy-src='/img/dam.jpg'>",
        "<picture><source srcset='/img/dam.jpg 1x, /img/dam@2x.jpg 2x'></picture>",
        "<amp-img src='/img/dam.jpg' width='4' height='3'></amp-img>",
        "<noscript><img src='/img/dam.jpg'></noscript>",
    ],
)
def test_image_url_of_lazy_picture_amp_and_noscript_images(image: str) -> None:
    body = f"<h1>Dam opens</h1><figure>{image}<figcaption>The dam at dawn.</figcaption></figure>"
    captions = _article(body + STORY).captions
    assert captions[0].image_url == "https://valleypost.example/img/dam.jpg"


# --- authors --------------------------------------------------------------------------


def _meta(head: str, body: str = "<h1>Dam opens</h1>") -> tuple[str, ...]:
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    return read_metadata(Document.from_markup(page, url="https://hessenpost.example/a/1")).authors


def test_a_meta_author_naming_only_the_site_gives_way_to_the_visible_byline() -> None:
    head = (
        '<meta property="og:site_name" content="Hessen Post">'
        '<meta name="author" content="Hessen Post">'
    )
    body = "<h1>Dam opens</h1><p class='byline'>By Jane Doe</p>"
    assert _meta(head, body) == ("Jane Doe",)
    # without a byline the publication stays the author: the page names no one else
    assert _meta(head) == ("Hessen Post",)


def test_the_site_with_its_address_names_no_people() -> None:
    head = '<meta name="author" content="hessenpost.example, Frankfurt, Germany">'
    assert _meta(head) == ()


def test_newsroom_names_beside_a_person_are_dropped() -> None:
    head = '<meta name="author" content="Jane Doe, Valley Newsroom">'
    assert _meta(head) == ("Jane Doe",)


def test_a_follow_button_in_the_byline_is_no_author() -> None:
    body = "<h1>Dam opens</h1><div class='author'><a href='/autor/x'>Folgen</a></div>"
    assert _meta('<meta property="og:site_name" content="Hessen Post">', body) == ()


# --- dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2011年4月10日 10:30", "2011-04-10"),
        ("입력 2011년 4월 10일 오후 3:00", "2011-04-10"),
        ("公開 2024年 1月 5日", "2024-01-05"),
        ("2011年13月1日", None),
    ],
)
def test_cjk_dates(text: str, day: str | None) -> None:
    assert date_in_text(text) == day


@pytest.mark.parametrize(
    ("language", "host", "day_first"),
    [
        ("ru", "ria.ru", True),
        ("de-DE", None, True),
        ("pt-BR", None, True),
        ("en-US", "example.com", False),
        ("en-GB", None, True),
        ("en", "inria.fr", True),
        (None, "folha.com.br", True),
        (None, "example.com", False),
        (None, None, False),
    ],
)
def test_who_writes_the_day_first(language: str | None, host: str | None, day_first: bool) -> None:
    assert writes_day_first(language, host) is day_first


def test_a_slashed_date_on_a_moscow_page_reads_day_first() -> None:
    page = (
        "<html lang='ru'><head><title>Встреча в Москве</title></head><body>"
        "<h1>Встреча в Москве</h1><p class='date'>10/04/2011</p><p>Текст.</p></body></html>"
    )
    us_page = page.replace("lang='ru'", "lang='en-US'")
    assert read_metadata(Document.from_markup(page)).published == "2011-04-10"
    assert read_metadata(Document.from_markup(us_page)).published == "2011-10-04"
