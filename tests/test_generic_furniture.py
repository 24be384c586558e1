"""The generic parser on furniture printed in the story's column: date stamps, ad-slot
labels, teaser boxes between the parts of a story.

Each page is written here, modelled on a structure seen on real news pages; the expected
lines are written by hand.
"""

from __future__ import annotations

import pytest

import cleannews
from cleannews import Article
from cleannews.classify.stamps import is_date_stamp

URL = "https://news.example.org/2026/03/04/harbour-plan-approved-after-long-debate/"

LEAD = (
    "The city council approved the harbour redevelopment plan on Tuesday evening after a "
    "debate that ran past midnight, ending two years of consultations with residents."
)
SECOND = (
    "The plan moves the ferry terminal to the eastern pier, turns the old warehouses into "
    "housing and a market hall, and sets aside the northern quay for the fishing fleet."
)
THIRD = (
    "Work on the eastern pier is due to start in the spring, and the council said the "
    "first homes could be ready within three years if the regional funding arrives."
)


def _page(story_html: str) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><title>Harbour plan approved</title>
<meta property="og:type" content="article"></head><body>
<header class="site-header"><nav><ul><li><a href="/">Home</a></li>
<li><a href="/news/">News</a></li></ul></nav></header>
<main><article><h1>Harbour plan approved after long debate</h1>
<div class="article-body">{story_html}</div></article></main>
<footer class="site-footer"><p>© 2026 Harbour News. All rights reserved.</p></footer>
</body></html>"""


def _texts(html: str) -> list[str]:
    article: Article = cleannews.extract(html, url=URL, parser="generic")
    return [block.text for block in article.body]


@pytest.mark.parametrize(
    "line",
    [
        "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019",
        "Updated at 1:23 p.m.",
        "Published November 20th, 2019 - 07:29 GMT",
        "Stand: 28.04.2023 16:11 Uhr",
        # two labels run together by their markup
        "Stand: 10:49 UhrLesedauer: 5 Minuten",
        "06. 01. 2026, 14:59 Uhr Lesedauer: 4 Minuten",
        "5 gennaio 2025 ( modifica il 6 gennaio 2025 | 15:24)",
        "Updated on June 18, 2025 at 12:35 PM",
        "published on: April 16, 2024 by Jane Doe",
        # a reading time alone, printed beside the stamp
        "8 min read",
        "Lesedauer: 5 Minuten",
    ],
)
def test_a_publication_stamp_is_recognised(line: str) -> None:
    assert is_date_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        # a bare date heads a timeline's entry as often as it stamps a story
        "March 3, 2024",
        "Tuesday 15 October 2019",
        # one word of text makes it a sentence of the story
        "Meeting on March 3, 2024",
        "The vote was published on March 3, 2024.",
        "Updated figures for 2024",
        # a label without a date
        "Published by the port authority",
        "It takes 8 minutes to read.",
        # two bylines: a list of stories, not one story's stamp
        "Published March 3, 2024 by Jane Doe | Updated March 4, 2024 by John Roe",
    ],
)
def test_other_dated_lines_are_not_stamps(line: str) -> None:
    assert not is_date_stamp(line)


def test_a_stamp_above_the_lead_is_left_out_and_the_lead_kept() -> None:
    # the stamp's commas would read as a sentence; the one-sentence lead under it is the
    # story's first paragraph all the same
    html = _page(
        "<p>Published: 10:48, Tue, Mar 3, 2026 | Updated: 11:05, Tue, Mar 3, "
        "2026</p><p>The vote was close.</p>"
        f"<p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p>"
    )
    assert _texts(html) == ["The vote was close.", LEAD, SECOND, THIRD]


def test_a_stamp_under_the_story_is_left_out() -> None:
    html = _page(f"<p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p><p>Updated at 1:23 p.m.</p>")
    assert _texts(html) == [LEAD, SECOND, THIRD]


def test_a_dated_entry_of_the_story_stays() -> None:
    html = _page(f"<p>{LEAD}</p><p>March 3, 2026</p><p>{SECOND}</p><p>{THIRD}</p>")
    assert _texts(html) == [LEAD, "March 3, 2026", SECOND, THIRD]


def test_an_ad_slot_label_between_paragraphs_is_left_out() -> None:
    # a bare <div> holds the slot: only its label says what it is; the one-line paragraph
    # after it reads on from the story above
    html = _page(
        f"<p>{LEAD}</p><div>Advertisement</div><p>The vote was close.</p>"
        f"<p>{SECOND}</p><div><span>Anzeige</span></div><p>{THIRD}</p>"
    )
    assert _texts(html) == [LEAD, "The vote was close.", SECOND, THIRD]


def _teasers(title: str) -> str:
    items = "".join(
        f"<li><a href='/story/{n}'>Another headline about the city council number {n}</a></li>"
        for n in range(12)
    )
    return f"<aside class='sidebar'><div>{title}</div><ul>{items}</ul></aside>"


def test_a_story_split_by_a_sidebar_into_unnamed_parts_is_joined() -> None:
    # the page's layout puts a sidebar beside each part of the story: the parts are
    # cousins alike in tag and classes, none named as the article's body
    part = "<div class='w-full px-24 text-18'>{}</div>"
    html = f"""<!DOCTYPE html><html lang="en"><head><title>Harbour plan approved</title>
<meta property="og:type" content="article"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li></ul></nav>
<main><h1>Harbour plan approved after long debate</h1>
<div class="flex md:flex-row">{part.format(f"<p>{LEAD}</p><p>{SECOND}</p>")}
{_teasers("Headlines")}</div>
<div class="flex md:flex-row">{part.format(f"<p>{THIRD}</p>")}{_teasers("Most read")}</div>
</main><footer class="site-footer"><p>© 2026 Harbour News.</p></footer></body></html>"""
    assert _texts(html) == [LEAD, SECOND, THIRD]


def test_the_next_story_in_a_part_alike_is_not_joined() -> None:
    # a part that opens with its own headline is another story printed below this one
    part = "<div class='w-full px-24 text-18'>{}</div>"
    other = (
        "The ferry operator said on Monday that it would add two evening crossings from "
        "the eastern pier once the new terminal opens, pending the council's approval."
    )
    html = f"""<!DOCTYPE html><html lang="en"><head><title>Harbour plan approved</title>
<meta property="og:type" content="article"></head><body>
<main><h1>Harbour plan approved after long debate</h1>
<div class="flex md:flex-row">{part.format(f"<p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p>")}
{_teasers("Headlines")}</div>
<div class="flex md:flex-row">{part.format(f"<h2>Ferry adds crossings</h2><p>{other}</p>")}
{_teasers("Most read")}</div></main></body></html>"""
    assert _texts(html) == [LEAD, SECOND, THIRD]


def _callout() -> str:
    teasers = "".join(
        f"<h4><a href='/guide/{n}'>A guide to council meetings, part {n}</a></h4>"
        f"<p><a href='/guide/{n}'>Everything you need to know before the next public "
        f"hearing on the harbour, in part {n} of our series.</a></p>"
        f"<div><a href='/author/{n}'>Jane Doe</a></div>"
        for n in range(3)
    )
    return f"<div class='callout'><div>Featured articles</div>{teasers}</div>"


def test_a_named_story_split_by_a_callout_of_linked_teasers_is_joined() -> None:
    # the callout's markup names no furniture; its headings and excerpts are all links
    html = _page(
        f"<div class='rich-text'><p>{LEAD}</p><p>{SECOND}</p></div>{_callout()}"
        f"<div class='rich-text'><h2>What comes next</h2><p>{THIRD}</p></div>"
    ).replace('<div class="article-body">', "<div>")
    assert _texts(html) == [LEAD, SECOND, "What comes next", THIRD]


def test_a_named_part_under_its_own_headline_is_another_story() -> None:
    # a listing: each excerpt named alike sits under its linked headline
    other = (
        "The ferry operator said on Monday that it would add two evening crossings from "
        "the eastern pier once the new terminal opens, pending the council's approval."
    )
    html = _page(
        f"<div class='entry-content'><p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p></div>"
        f"<h2><a href='/ferry'>Ferry adds crossings</a></h2>"
        f"<div class='entry-content'><p>{other}</p></div>"
    ).replace('<div class="article-body">', "<div>")
    assert _texts(html) == [LEAD, SECOND, THIRD]


def test_the_title_of_a_teaser_box_goes_with_the_box() -> None:
    # the box is marked as furniture, its title printed above it in a bare <div>
    box = (
        "<div>Don't miss</div><div class='related-links'><ul>"
        "<li><a href='/a'>Council approves new budget after long debate</a></li>"
        "<li><a href='/b'>School term dates change for next year</a></li></ul></div>"
    )
    html = _page(f"<p>{LEAD}</p><p>{SECOND}</p>{box}<p>{THIRD}</p>")
    assert _texts(html) == [LEAD, SECOND, THIRD]
