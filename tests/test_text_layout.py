"""What text-mode tools do to a dump's layout, undone: wrapping, Markdown, form marks.

The paragraphs are our own; the dumps are laid out the way lynx, w3m and html2text lay
out a page (a fixed width, Markdown links, "(BUTTON)" marks).
"""

from __future__ import annotations

import textwrap

import cleannews
from cleannews.parsers.text.layout import undo_tool_layout
from text_dumps import P1, P2, P3

HEADLINE = "Border Talks End Without A Deal After Three Hours"
LONG = (
    "Officials from both countries met on Tuesday in the capital to discuss the new "
    "border rules, which would require every truck to carry an electronic seal, the "
    "ministry said in a statement published late in the evening."
)


def _wrapped(*paragraphs: str, width: int = 72, indent: str = "") -> str:
    return "\n\n".join(
        textwrap.fill(p, width=width, initial_indent=indent, subsequent_indent=indent)
        for p in paragraphs
    )


def test_a_wrapped_dump_is_joined_back_into_paragraphs() -> None:
    text = _wrapped(HEADLINE, LONG, P1 + " " + P2, P3 + " " + LONG, LONG, indent="   ")
    lines = [line for line in undo_tool_layout(text).split("\n") if line.strip()]
    assert [line.strip() for line in lines] == [
        HEADLINE,
        LONG,
        P1 + " " + P2,
        P3 + " " + LONG,
        LONG,
    ]


def test_a_dump_that_is_not_wrapped_is_left_as_it_is() -> None:
    text = "\n\n".join([HEADLINE, LONG, P1, P2, P3, LONG]) + "\n"
    assert undo_tool_layout(text) == text


def test_short_lines_of_a_menu_are_not_joined() -> None:
    menu = "\n".join(["World", "Politics", "Business", "Sports", "Culture"])
    text = menu + "\n\n" + _wrapped(LONG, LONG, LONG, width=76)
    assert undo_tool_layout(text).startswith(menu + "\n\n")


def test_markdown_links_images_and_marks_read_as_text() -> None:
    text = (
        "[Home](https://example.org/) [World](https://example.org/world/)\n\n"
        f"# {HEADLINE}\n\n"
        "![Trucks at the border crossing](https://example.org/a.jpg)\n"
        "Trucks wait at the crossing on Monday.\n\n"
        f"{P1} The talks were held [in the capital](https://example.org/capital/).\n\n"
        f"> **{P2}**\n"
    )
    plain = undo_tool_layout(text)
    assert f"\n{HEADLINE}\n" in plain
    assert "\nTrucks at the border crossing\n" in plain
    assert f"{P1} The talks were held in the capital." in plain
    assert f"\n{P2}\n" in plain
    assert "](" not in plain
    assert "**" not in plain


def test_form_marks_of_lynx_and_w3m_go() -> None:
    text = f"(BUTTON) Menu\n____________________ (BUTTON) Search\n\n{HEADLINE}\n\n{P1}\n"
    assert undo_tool_layout(text) == f"Menu\n Search\n\n{HEADLINE}\n\n{P1}\n"


def test_a_crawler_prefix_on_the_first_line_goes() -> None:
    text = f" date 2025-12-08 Accessibility links\n\n{HEADLINE}\n\n{P1}\n"
    assert undo_tool_layout(text) == f"Accessibility links\n\n{HEADLINE}\n\n{P1}\n"


def test_a_lynx_style_dump_reads_as_the_article() -> None:
    text = (
        "   (BUTTON) Menu\n     * World\n     * Politics\n\n"
        + HEADLINE
        + "\n\n   By Jane Roe\n\n"
        + _wrapped(LONG, P1 + " " + P2, P3 + " " + LONG, width=74, indent="   ")
        + "\n"
    )
    article = cleannews.extract_text(text)
    assert article.headline == HEADLINE
    assert article.authors == ("Jane Roe",)
    assert [b.text for b in article.body] == [LONG, P1 + " " + P2, P3 + " " + LONG]
