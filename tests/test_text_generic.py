"""The text parser on whole-page dumps of sites other than Pangea's.

Every dump here is written for these tests, modelled on how browsers and scrapers
flatten news pages: a menu of section links on top, the headline, a byline and a date
line, the article, then a related-stories list and a footer.
"""

from __future__ import annotations

import cleannews
from cleannews import Article
from cleannews.parsers.text.generic import join_broken_sentences
from cleannews.parsers.text.lines import split_lines

MENU = (
    "Skip to content",
    "World",
    "U.S.",
    "Politics",
    "Business",
    "Science",
    "Health",
    "Sports",
    "Entertainment",
    "Newsletters",
    "Sign in",
)
HEADLINE = "River town votes to rebuild its flooded bridge before winter"
BODY = (
    "MILLBROOK, Ore. — Residents of this river town voted on Tuesday to rebuild the "
    "wooden bridge that the spring flood carried away, ending months of detours for farmers.",
    "The new span will rest on concrete piers set deeper into the riverbed, the county "
    "engineer told a packed meeting in the school gymnasium, and it should open by December.",
    "Where the money comes from",
    "About two thirds of the cost will come from a state disaster fund, while the rest "
    "will be raised through a small levy that property owners approved by a wide margin.",
    "Some residents asked whether the old stone ford upstream could be used in the "
    "meantime, but engineers said the current there was still too strong for heavy trucks.",
)
RELATED = (
    "Related stories",
    "Storm season brings early snow to the mountain passes",
    "Farmers count the cost of a wet spring",
    "How small towns pay for big repairs",
)
FOOTER = (
    "About us",
    "Contact",
    "Privacy policy",
    "Terms of use",
    "© 2026 The Valley Courier. All rights reserved.",
)


def _dump(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _read(*lines: str, url: str | None = None) -> Article:
    return cleannews.extract(_dump(*lines), parser="text", url=url)


def test_menus_related_stories_and_footer_are_not_the_article() -> None:
    article = _read(
        *MENU,
        "Oregon",
        HEADLINE,
        "By Dana Whitfield",
        "Published Nov. 24, 2026 • 4 min read",
        "Share",
        *BODY,
        *RELATED,
        *FOOTER,
    )
    assert article.headline == HEADLINE
    assert article.authors == ("Dana Whitfield",)
    assert article.published == "2026-11-24"
    assert "Published Nov. 24, 2026 • 4 min read" not in article.text
    assert [block.text for block in article.body] == list(BODY)
    assert [block.kind for block in article.body][2] == "heading"
    body_text = article.text
    for chrome in (*MENU, *RELATED, *FOOTER):
        assert chrome not in body_text


def test_headline_printed_twice_beats_the_nearest_label() -> None:
    # a sticky header repeats the headline on top; a label sits between it and the story
    article = _read(
        HEADLINE,
        *MENU,
        HEADLINE,
        "Updated 3:40 PM, November 24, 2026",
        "Listen to this article",
        *BODY,
        *FOOTER,
    )
    assert article.headline == HEADLINE
    assert article.published is None  # the dump prints only when the story was updated
    assert article.modified == "2026-11-24T15:40:00"


def test_the_url_slug_names_the_headline() -> None:
    teaser = "Inside the newsroom: our reporters answer your questions"
    article = _read(
        *MENU,
        HEADLINE,
        teaser,
        *BODY,
        url="https://valleycourier.example/news/2026/11/24/river-town-votes-rebuild-flooded-bridge",
    )
    assert article.headline == HEADLINE


def test_byline_and_date_under_a_standfirst_that_opens_the_run() -> None:
    standfirst = "The county will pay for most of the work from a state disaster fund."
    article = _read(
        *MENU,
        HEADLINE,
        standfirst,
        "By Dana Whitfield and Omar Haddad",
        "Nov. 24, 2026 at 6:00 a.m.",
        *BODY,
        *FOOTER,
    )
    assert article.headline == HEADLINE
    assert article.authors == ("Dana Whitfield", "Omar Haddad")
    assert article.published == "2026-11-24T06:00:00"
    assert article.subheadline == standfirst
    assert [block.text for block in article.body] == list(BODY)


def test_headline_as_the_last_step_of_a_breadcrumb() -> None:
    article = _read(*MENU, f"Home / Local News / {HEADLINE}", "Share", *BODY, *FOOTER)
    assert article.headline == HEADLINE


def test_headline_with_the_site_name_after_a_bar() -> None:
    article = _read(*MENU, f"{HEADLINE} | The Valley Courier", *BODY, *FOOTER)
    assert article.headline == HEADLINE


def test_dump_without_any_menu() -> None:
    article = _read(HEADLINE, *BODY)
    assert article.headline == HEADLINE
    assert [block.text for block in article.body] == list(BODY)


GERMAN_MENU = (
    "Zum Inhalt springen",
    "Startseite",
    "Politik",
    "Wirtschaft",
    "Kultur",
    "Sport",
    "Wissen",
    "Anmelden",
)
GERMAN_HEADLINE = "Stadtrat beschließt neue Fähre über den Fluss"
GERMAN_BODY = (
    "Nach monatelangem Streit hat der Stadtrat am Dienstagabend beschlossen, die alte "
    "Fährverbindung über den Fluss wieder aufzunehmen und ein neues Boot zu kaufen.",
    "Die Fähre soll ab dem Frühjahr im Halbstundentakt fahren, teilte die Verwaltung mit. "
    "Pendler hatten sich seit Jahren über lange Umwege beschwert.",
    "Die Kosten von knapp zwei Millionen Euro trägt zur Hälfte das Land, den Rest "
    "übernehmen die Stadtwerke aus ihren Rücklagen.",
)


def test_german_dump_with_a_labelled_date_line() -> None:
    article = _read(
        *GERMAN_MENU,
        "Lokales",
        GERMAN_HEADLINE,
        "Stand: 24.11.2026, 18:05 Uhr",
        "Von: Jana Brandt",
        "Teilen",
        *GERMAN_BODY,
        "Mehr zum Thema",
        "Brücke bleibt bis Sommer gesperrt",
        "Impressum",
        "Datenschutz",
    )
    assert article.headline == GERMAN_HEADLINE
    assert article.published == "2026-11-24T18:05:00"
    assert article.authors == ("Jana Brandt",)
    assert [block.text for block in article.body] == list(GERMAN_BODY)
    assert "Stand: 24.11.2026, 18:05 Uhr" not in article.text


def test_paragraph_broken_at_its_links_is_read_whole() -> None:
    # a scraper's dump: one text node a line, no blank lines, links cut the sentence
    pieces = (
        "The county engineer said the plan follows",
        "a report by the state transport office",
        ", which found the old piers unsafe after the flood.",
    )
    # the headline, a lowercase byline and a date are not one broken sentence
    header = (HEADLINE, "by Dana Whitfield", "Nov. 24, 2026")
    text = "\n".join((*MENU, *header, BODY[0], *pieces, BODY[1], BODY[3], *FOOTER)) + "\n"
    article = cleannews.extract(text, parser="text")
    whole = (
        "The county engineer said the plan follows a report by the state transport "
        "office, which found the old piers unsafe after the flood."
    )
    assert article.headline == HEADLINE
    assert article.authors == ("Dana Whitfield",)
    assert article.published == "2026-11-24"
    assert [block.text for block in article.body] == [BODY[0], whole, BODY[1], BODY[3]]


def test_a_menu_of_capitalised_links_is_not_joined() -> None:
    lines = split_lines("\n".join(("World", "U.S.", "Politics", "Sign in.")))
    assert [line.text for line in join_broken_sentences(lines)] == [
        "World",
        "U.S.",
        "Politics",
        "Sign in.",
    ]
