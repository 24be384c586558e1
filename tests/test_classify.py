"""The shared classifiers: credits, notices, chrome and captions, in several languages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleannews
from cleannews import Credit
from cleannews.classify.captions import looks_like_caption_start, split_photo_credit
from cleannews.classify.chrome import (
    chrome_language,
    is_after_article,
    is_chrome,
    is_player_leftover,
    is_teaser_label,
)
from cleannews.classify.credits import match_credit, split_agencies
from cleannews.classify.disclaimers import continues_disclaimer, match_disclaimer

# --- credits ---------------------------------------------------------------------------------

CREDITS = [
    (
        "With reporting by AFP, Reuters, dpa, AP, TASS, Interfax",
        ("AFP", "Reuters", "dpa", "AP", "TASS", "Interfax"),
    ),
    (
        "Based on reporting by Reuters and RFE/RL's Russian Service",
        ("Reuters", "RFE/RL's Russian Service"),
    ),
    ("compiled from Reuters reports", ("Reuters",)),
    ("Compiled from reports by AP and AFP", ("AP", "AFP")),
    (
        "Some information for this report was provided by AP, AFP, and Reuters",
        ("AP", "AFP", "Reuters"),
    ),
    ("With additional reporting by RFE/RL's Kazakh Service", ("RFE/RL's Kazakh Service",)),
    ("По материалам агентств Reuters и AFP", ("Reuters", "AFP")),
    (
        "С использованием материалов Интерфакса, ТАСС и РИА Новости",
        ("Интерфакса", "ТАСС", "РИА Новости"),
    ),
    ("За матеріалами Радіо Свобода та Reuters", ("Радіо Свобода", "Reuters")),
    ("Na osnovu izvještaja Reuters i AP", ("Reuters", "AP")),
    ("Cu informații de la Reuters și AFP", ("Reuters", "AFP")),
    (
        "Associated Press writer Tom Kelly in Salt Lake City contributed to this report.",
        ("Associated Press",),
    ),
    ("RFE/RL's Russian Service contributed to this report.", ("RFE/RL's Russian Service",)),
    ("Jane Doe contributed to this report.", ()),
    (
        "Reporting by Andrea Novak in Oslo; additional reporting by Peter Lindqvist; "
        "Editing by Susan Fenton",
        (),
    ),
]


@pytest.mark.parametrize(("line", "agencies"), CREDITS, ids=[c[0][:30] for c in CREDITS])
def test_credit_lines_name_their_agencies_in_order(line: str, agencies: tuple[str, ...]) -> None:
    assert match_credit(line) == Credit(line, agencies)


NOT_CREDITS = [
    "The deal was signed on Tuesday, according to The AP.",
    "According to Reuters, the talks ended without a deal.",
    "Reporting by Reuters found that the army had moved troops to the border overnight.",
    "With reporting by",
    "Many people contributed.",
    "Officials in the region, who asked not to be named because they were not authorized "
    "to speak, contributed to this report.",
    "По данным Reuters, переговоры завершились без соглашения.",
    "",
]


@pytest.mark.parametrize("line", NOT_CREDITS)
def test_attributions_and_sentences_are_not_credit_lines(line: str) -> None:
    assert match_credit(line) is None


def test_a_credit_line_in_brackets_is_read_without_them() -> None:
    assert match_credit("(With reporting by AFP and Reuters)") == Credit(
        "With reporting by AFP and Reuters", ("AFP", "Reuters")
    )


def test_split_agencies_drops_the_oxford_and() -> None:
    assert split_agencies("AP, AFP, and Reuters") == ("AP", "AFP", "Reuters")


# --- notices ---------------------------------------------------------------------------------

NOTICES = [
    (
        'RFE/RL has been declared an "undesirable organization" by the Russian government.',
        "undesirable-organization",
    ),
    ("Радио Свобода признано в России «нежелательной организацией».", "undesirable-organization"),
    ("Copyright 2019 The Associated Press. All rights reserved.", "copyright"),
    ("Correction: An earlier version misspelled the minister's name.", "correction"),
    ("Editor's note: This story was updated.", "editors-note"),
    (
        "НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН, РАСПРОСТРАНЕН И (ИЛИ) НАПРАВЛЕН "
        "ИНОСТРАННЫМ АГЕНТОМ «ГОЛОС АМЕРИКИ»",
        "other",
    ),
]


@pytest.mark.parametrize(
    ("line", "kind"), NOTICES, ids=[n[1] + str(i) for i, n in enumerate(NOTICES)]
)
def test_notices_are_recognised_by_kind(line: str, kind: str) -> None:
    assert match_disclaimer(line) == kind


def test_notice_continuations_only_carry_an_undesirable_notice_on() -> None:
    assert continues_disclaimer("undesirable-organization", "To find out more, click here.")
    assert continues_disclaimer(
        "undesirable-organization", "Если вы находитесь в России, вам могут грозить штрафы."
    )
    assert not continues_disclaimer("copyright", "To find out more, click here.")
    assert not continues_disclaimer("undesirable-organization", "The talks ended on Tuesday.")


def test_a_paragraph_ending_click_here_opens_no_notice() -> None:
    assert match_disclaimer("To read the full report, click here.") is None


# --- chrome ----------------------------------------------------------------------------------

LABELS = [
    ("Accessibility links", "en"),
    ("Ссылки для упрощенного доступа", "ru"),
    ("Посилання для доступності", "uk"),
    ("Dostupni linkovi", "sh"),
    ("Linkuri accesibilitate", "ro"),
    ("Қолжетімді сілтемелер", "kk"),
    ("لینک‌های دسترسی", "fa"),
    ("لینک های دسترسی", "fa"),  # a space where the page wrote a zero-width non-joiner
    ("ხელმისაწვდომობის ბმულები", "ka"),
    ("Հասանելիության հղումներ", "hy"),
    ("Əlçatımlılıq linkləri", "az"),
    ("Спасылкі для даступнасьці", "be"),
]


@pytest.mark.parametrize(("label", "lang"), LABELS, ids=[lang for _, lang in LABELS])
def test_skip_links_headings_are_chrome_in_their_language(label: str, lang: str) -> None:
    assert is_chrome(label)
    assert chrome_language(label) == lang


def test_generic_chrome_names_no_language() -> None:
    assert is_chrome("Breaking News")
    assert chrome_language("Breaking News") is None
    assert chrome_language("please wait") is None


PLAYER = [
    "please wait",
    "64 kbps | MP3",
    "720p | 39,2MB",
    "px",
    "No media source currently available",
    "0:00",
    "0:00 0:02:31 0:00",
    "Пожалуйста, подождите",
    "Нет медиа источника",
    "Будь ласка, зачекайте",
    "Molimo sačekajte",
]


@pytest.mark.parametrize("line", PLAYER)
def test_player_leftovers(line: str) -> None:
    assert is_player_leftover(line)
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    ["2 hours ago", "Updated 2 hours ago", "5 минут назад", "prije 28 minuta", "3 години тому"],
)
def test_relative_times_are_chrome(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "He left 2 hours ago.",
        "Putin said the deal was done.",
        "Russia",
        "At 10:30 the talks began.",
        "Please wait for the official results, the commission said.",
    ],
)
def test_text_is_not_chrome(line: str) -> None:
    assert not is_chrome(line)


def test_after_article_and_teaser_labels() -> None:
    assert is_after_article("All Of The Latest News")
    assert is_after_article("Все новости")
    assert not is_after_article("News of the talks spread quickly.")
    assert is_teaser_label("Related")
    assert is_teaser_label("Читайте также")
    assert is_teaser_label("READ MORE: Erdogan Visits Moscow Again")
    assert not is_teaser_label("Read more about the deal in our explainer below.")


# --- captions --------------------------------------------------------------------------------

CAPTIONS = [
    ("Protesters in Tbilisi. (Photo: AP/John Doe)", "Protesters in Tbilisi.", "Photo: AP/John Doe"),
    (
        "Putin meets Erdogan. (AP Photo/Alexander Zemlianichenko)",
        "Putin meets Erdogan.",
        "AP Photo/Alexander Zemlianichenko",
    ),
    ("Митинг в Москве. Фото: Reuters", "Митинг в Москве.", "Фото: Reuters"),
    ("Ministers at the talks (RFE/RL)", "Ministers at the talks", "RFE/RL"),
    ("The minister spoke to Reuters.", "The minister spoke to Reuters.", None),
]


@pytest.mark.parametrize(("caption", "text", "credit"), CAPTIONS, ids=[c[1][:20] for c in CAPTIONS])
def test_split_photo_credit(caption: str, text: str, credit: str | None) -> None:
    assert split_photo_credit(caption) == (text, credit)


def test_wire_caption_openings() -> None:
    assert looks_like_caption_start("FILE - Mike and Jane Roberts tend to their son.")
    assert not looks_like_caption_start("Files were seized by the police.")


# --- robustness ------------------------------------------------------------------------------


@given(st.text(max_size=400))
def test_classifiers_take_any_text(text: str) -> None:
    match_credit(text)
    match_disclaimer(text)
    is_chrome(text)
    split_photo_credit(text)


@given(
    st.lists(
        st.sampled_from(
            [
                "",
                "Accessibility links",
                "please wait",
                "0:00",
                "Talks End",
                "He said it was over.",
                "With reporting by AP",
                "x" * 50 + ".",
                "Jane Roe",
                "Jane Roe is here.",
            ]
        ),
        max_size=30,
    ),
    st.sampled_from(["\n", "\n\n", "\r\n"]),
)
def test_text_parser_never_fails_untyped(lines: list[str], sep: str) -> None:
    try:
        article = cleannews.extract_text(sep.join(lines) + "\nA closing sentence of the text.")
    except cleannews.CleannewsError:
        return
    assert article.parser == "text"
