"""The text parser on the header shapes of other sites and languages: date lines, bylines,
standfirsts, caption credits, other sites' chrome and teaser lists, and the language when
no chrome label names it. Texts are our own.
"""

from __future__ import annotations

import pytest

from cleannews import Block, Caption
from text_dumps import P1, P2, P3, paragraphs, parse

# --- dates, bylines and the standfirst in the shapes other sites print them --------------

DATE_LINES = [
    ("January 23, 2019 17:45 GMT", "2019-01-23T17:45:00+00:00"),
    ("March 14, 2025 11:41 GMT+2", "2025-03-14T11:41:00+02:00"),
    ("April 28, 2024 3:00 AM", "2024-04-28T03:00:00"),
    ("4:40 PM MDT August 18, 2026", "2026-08-18T16:40:00-06:00"),
    ("April 2, 2026 at 6:00 a.m. PDT", "2026-04-02T06:00:00-07:00"),
    ("Wednesday, March 11, 2026", "2026-03-11"),
    ("23 января 2019, 17:45", "2019-01-23T17:45:00"),
    ("24 січня 2019", "2019-01-24"),
    ("23. januar 2019.", "2019-01-23"),
    ("21. juni/lipanj, 2020.", "2020-06-21"),
    ("16.05.2024, 11:26 Uhr", "2024-05-16T11:26:00"),
    ("Veröffentlicht am 13. Mai 2026", "2026-05-13"),
    ("13 de mayo de 2026", "2026-05-13"),
    ("Publié le 3 mars 2026 à 14:05", "2026-03-03T14:05:00"),
    ("Fri, Apr 28 2023 2:23 PM EDT", "2023-04-28T14:23:00-04:00"),
    ("23.01.2019 17:45", "2019-01-23T17:45:00"),
]


@pytest.mark.parametrize(("line", "iso"), DATE_LINES, ids=[d[0] for d in DATE_LINES])
def test_date_line_under_the_headline(line: str, iso: str) -> None:
    article = parse("Talks End Without Agreement", line, P1, P2)
    assert article.published == iso
    assert paragraphs(article) == [P1, P2]


def test_published_and_updated_labels_on_their_own_lines() -> None:
    article = parse(
        "Wildfire Forces Evacuations",
        "Author: Laura Kessler and Omar Haddad (Associated Press)",
        "Published:",
        "4:40 PM MDT August 18, 2026",
        "Updated:",
        "7:05 PM MDT August 18, 2026",
        P1,
        P2,
    )
    assert article.authors == ("Laura Kessler", "Omar Haddad")
    assert article.published == "2026-08-18T16:40:00-06:00"
    assert article.modified == "2026-08-18T19:05:00-06:00"


BYLINES = [
    ("By Jane Roe and John Doe", ("Jane Roe", "John Doe")),
    (
        "Von Christian Unger, Tobias Kisling und Jan Dörner",
        ("Christian Unger", "Tobias Kisling", "Jan Dörner"),
    ),
    ("Por María López y Juan Pérez", ("María López", "Juan Pérez")),
    ("Автор: Иван Петров", ("Иван Петров",)),
]


@pytest.mark.parametrize(("line", "names"), BYLINES, ids=[b[0][:12] for b in BYLINES])
def test_byline_under_the_headline(line: str, names: tuple[str, ...]) -> None:
    article = parse("Talks End Without Agreement", line, P1, P2)
    assert article.authors == names
    assert paragraphs(article) == [P1, P2]


def test_standfirst_between_headline_and_byline_in_a_page_dump() -> None:
    dek = "Dockworkers say the agreement protects current jobs but not future hiring."
    article = parse(
        "Skip to main content",
        "News",
        "Business",
        "Port Signs Deal To Automate Terminal",
        dek,
        "By Lucia Ferraro",
        "April 2, 2026 at 6:00 a.m. PDT",
        P1,
        P2,
    )
    assert article.headline == "Port Signs Deal To Automate Terminal"
    assert article.subheadline == dek
    assert article.section == "Business"
    assert article.authors == ("Lucia Ferraro",)
    assert "News" in article.stripped
    assert paragraphs(article) == [P1, P2]


def test_headline_above_city_standfirst_and_named_byline() -> None:
    dek = "In Berlin zwei Strommasten brennen, Zehntausende sind ohne Energie, sagt die Polizei."
    p1 = (
        "Nach einem Brandanschlag auf zwei Strommasten im Südosten Berlins sind seit dem "
        "frühen Dienstagmorgen zehntausende Haushalte und Betriebe ohne Strom, teilte der "
        "Netzbetreiber mit."
    )
    p2 = (
        "Die Polizei ermittelt wegen Brandstiftung, ein Bekennerschreiben werde geprüft, sagte "
        "ein Sprecher am Mittag, und der Staatsschutz habe die Ermittlungen inzwischen übernommen."
    )
    article = parse(
        "Abo testen",
        "Politik",
        "Wie sicher ist das Stromnetz der Hauptstadt?",
        "Berlin.",
        dek,
        "Hannah Ritzmann",
        "Von Hannah Ritzmann, Laura Wagener und Tobias Köberlein",
        "09.09.2025, 14:55 Uhr",
        p1,
        p2,
    )
    assert article.headline == "Wie sicher ist das Stromnetz der Hauptstadt?"
    assert article.section == "Politik"
    assert article.subheadline == dek
    assert article.authors == ("Hannah Ritzmann", "Laura Wagener", "Tobias Köberlein")
    assert article.published == "2025-09-09T14:55:00"
    assert paragraphs(article) == [p1, p2]


def test_caption_with_its_credit_on_the_next_line() -> None:
    article = parse(
        "Wildfire Forces Evacuation Of 2,000 Homes Near Boise",
        "Smoke over a row of houses",
        "Smoke rises over homes in the foothills on Tuesday.",
        "(AP Photo/Kyle Green)",
        P1,
        P2,
    )
    assert article.captions == (
        Caption(
            "Smoke rises over homes in the foothills on Tuesday.",
            credit="AP Photo/Kyle Green",
            alt="Smoke over a row of houses",
        ),
    )
    assert paragraphs(article) == [P1, P2]


def test_page_chrome_of_other_sites_is_stripped() -> None:
    article = parse(
        "Talks End Without Agreement",
        "3 Comments",
        "FacebookXEmail",
        P1,
        "Advertisement",
        "Get the Gazette in your inbox",
        P2,
        "Related: Erdogan Visits Moscow Again",
        "What Comes Next",
        P3,
    )
    assert article.body == (
        Block("paragraph", P1),
        Block("paragraph", P2),
        Block("heading", "What Comes Next"),
        Block("paragraph", P3),
    )
    assert "Advertisement" in article.stripped


def test_every_teased_title_under_a_label_is_stripped() -> None:
    article = parse(
        "Talks End Without Agreement",
        P1,
        "Related Articles",
        "Red flag warning in effect through Wednesday",
        "Fire season outlook: what to expect this summer",
        P2,
        P3,
    )
    assert paragraphs(article) == [P1, P2, P3]
    assert [b.kind for b in article.body] == ["paragraph"] * 3


# --- language when no label names it --------------------------------------------------------


def test_language_by_script_when_sure() -> None:
    ka1 = "მოლაპარაკებები თბილისში სამ საათზე მეტხანს გაგრძელდა და შეთანხმების გარეშე დასრულდა."
    ka2 = (
        "მხარეებმა განაცხადეს, რომ შემდეგ თვეში დედაქალაქში კვლავ შეხვდებიან "
        "და მუშაობას გააგრძელებენ."
    )
    article = parse("მოლაპარაკებები დასრულდა", ka1, ka2, ka1 + " " + ka2)
    assert article.language == "ka"


def test_language_null_when_unsure() -> None:
    article = parse(
        "Dogovor",
        "Sastanak je trajao tri sata i završio bez dogovora, saopštilo je ministarstvo.",
        "Strane su rekle da će se ponovo sastati sledećeg meseca u glavnom gradu.",
    )
    assert article.language is None
