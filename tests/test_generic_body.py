"""The generic parser on the body: lists the story introduces, linked
subheadings, tables inside the story, a story split over two containers.

Each page is written here, modelled on a structure seen on real news and blog pages; the
expected lines are written by hand.
"""

from __future__ import annotations

import cleannews
from cleannews import Article

URL = "https://news.example.org/2026/03/04/harbour-plan-approved-after-long-debate/"

INTRO = (
    "<p>The city council approved the harbour redevelopment plan on Tuesday evening after "
    "a debate that ran past midnight, ending two years of consultations with residents, "
    "fishing cooperatives and the port authority.</p>"
    "<p>The plan moves the ferry terminal to the eastern pier, turns the old warehouses "
    "into housing and a market hall, and sets aside the northern quay for the fishing "
    "fleet, which had feared it would lose its berths.</p>"
)
OUTRO = (
    "<p>Work on the eastern pier is due to start in the spring, and the council said the "
    "first homes in the converted warehouses could be ready within three years if the "
    "funding from the regional government arrives on time.</p>"
    "<p>Opponents said they would keep pressing for a public vote on the plan, and a "
    "petition calling for one had gathered more than four thousand signatures by the "
    "time the council met on Tuesday.</p>"
)


def _page(article_html: str, *, after: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><title>Harbour plan approved</title>
<meta property="og:type" content="article"></head><body>
<header class="site-header"><nav class="main-nav"><ul><li><a href="/">Home</a></li>
<li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li></ul></nav></header>
<main><article>
<h1>Harbour plan approved after long debate</h1>
<div class="article-body">{article_html}</div>
{after}
</article>
<aside class="sidebar"><h3>Most read</h3><ul>
<li><a href="/a">Council approves new budget after long debate</a></li>
<li><a href="/b">School term dates change for next year</a></li></ul></aside>
</main>
<footer class="site-footer"><p>© 2026 Harbour News. All rights reserved.</p>
<a href="/privacy">Privacy</a></footer>
</body></html>"""


def _texts(html: str) -> list[str]:
    article: Article = cleannews.extract(html, url=URL, parser="generic")
    return [block.text for block in article.body]


def test_a_list_the_story_introduces_is_kept_whole() -> None:
    # an item that links half its words, and the short ones next to it, are points of
    # the list all the same
    points = (
        "<p>In the debate the mayor also said:</p><ul>"
        '<li>The <a href="/ferry">ferry terminal move will cut</a> traffic in the old town</li>'
        "<li>Rents in the warehouses will be capped for ten years</li>"
        '<li>The <a href="/fleet">fishing fleet</a> keeps its berths</li>'
        "<li>A new bus line will serve the eastern pier from the first day</li></ul>"
    )
    texts = _texts(_page(INTRO + points + OUTRO))
    assert texts[3:7] == [
        "The ferry terminal move will cut traffic in the old town",
        "Rents in the warehouses will be capped for ten years",
        "The fishing fleet keeps its berths",
        "A new bus line will serve the eastern pier from the first day",
    ]
    assert texts[-1].startswith("Opponents said")


def test_a_list_of_links_after_the_story_is_not_a_prose_list() -> None:
    links = (
        "<ul>"
        '<li><a href="/1">Ferry operator warns of delays during the harbour works</a></li>'
        '<li><a href="/2">Fishing cooperative elects a new chair after a close vote</a></li>'
        '<li><a href="/3">Warehouse owners sue the city over the compulsory purchase</a></li>'
        "</ul>"
    )
    texts = _texts(_page(INTRO + OUTRO + links))
    assert not any("Ferry operator" in text for text in texts)


def test_a_linked_subheading_between_paragraphs_is_kept() -> None:
    body = (
        INTRO
        + '<h3><a href="/places/eastern-pier">The eastern pier</a></h3>'
        + OUTRO
        + '<h3><a href="/places/north-quay">The northern quay</a></h3>'
        + "<p>The fishing cooperative welcomed the decision to keep the northern quay for "
        "its boats, saying the plan gave its members the certainty they had asked for "
        "since the consultations began.</p>"
    )
    texts = _texts(_page(body))
    assert "The eastern pier" in texts
    assert "The northern quay" in texts


def test_a_linked_headline_of_another_story_is_left_out() -> None:
    # an inline promo: a teaser label with another story's headline, or a headline long
    # enough to be one
    body = (
        INTRO
        + '<h2><span>Read also</span> <a href="/x">Ferry operator warns of delays</a></h2>'
        + OUTRO
        + '<h2><a href="/y">Fishing cooperative elects a new chair after a close vote '
        "that split its members down the middle</a></h2>"
        + "<p>The fishing cooperative welcomed the decision to keep the northern quay for "
        "its boats, saying the plan gave its members the certainty they had asked for "
        "since the consultations began.</p>"
    )
    texts = _texts(_page(body))
    assert not any("Ferry operator" in text or "new chair" in text for text in texts)


def test_a_table_the_story_prints_is_kept_whole() -> None:
    # cells of figures and linked names: each alone too short or too linked to keep
    table = (
        "<table><tr><th>Quay</th><th>Berths now</th><th>Berths after</th></tr>"
        '<tr><td><div><a href="/q/north">North quay</a></div></td><td><div>12</div></td>'
        "<td><div>14 (+2)</div></td></tr>"
        '<tr><td><div><a href="/q/east">East pier</a></div></td><td><div>4</div></td>'
        "<td><div>9 (+5)</div></td></tr></table>"
    )
    texts = _texts(_page(INTRO + table + OUTRO))
    assert texts[2:9] == [
        "Quay Berths now Berths after",
        "North quay",
        "12",
        "14 (+2)",
        "East pier",
        "4",
        "9 (+5)",
    ]
    assert texts[9].startswith("Work on the eastern pier")


def test_a_table_of_links_is_not_read_as_the_story() -> None:
    table = (
        "<table><tr>"
        '<td><a href="/news/">News</a></td><td><a href="/harbour/">Harbour</a></td>'
        '<td><a href="/ferries/">Ferry timetables</a></td></tr></table>'
    )
    texts = _texts(_page(INTRO + table + OUTRO))
    assert not any("Ferry timetables" in text for text in texts)


def test_a_comment_thread_longer_than_the_story_is_left_out() -> None:
    story = "".join(
        f"<p>On day {n} we walked the coast path from the harbour to the lighthouse and "
        f"back again, and the light on the water was different every time.</p>"
        for n in range(1, 9)
    )
    comment = (
        "<li><p class='who'>Reader {n} on 2026/03/0{n}</p><p>What a lovely walk, we did "
        "the same path last autumn with our children and the dog, and we stopped at the "
        "little cafe by the lighthouse where they still bake their own bread every "
        "morning; the view from the terrace over the bay is worth the climb alone.</p></li>"
    )
    thread = (
        '<div class="comments"><h3>42 comments</h3><ul>'
        + "".join(comment.format(n=n) for n in range(1, 9))
        + "</ul></div>"
    )
    texts = _texts(_page(story, after=thread))
    assert texts[0].startswith("On day 1 ")
    assert texts[-1].startswith("On day 8 ")


def test_a_story_printed_in_two_parts_is_read_whole() -> None:
    # the second part holds more text: the first must be joined to it across the box of
    # related links (whose teasers carry the same class) between them
    related = (
        '<aside class="related-box"><h2>Related Coverage</h2>'
        '<a href="/r1"><div class="story-body"><h2>Port authority names new chief</h2>'
        "</div></a>"
        '<a href="/r2"><div class="story-body"><h2>Ferry fares to rise in April</h2>'
        "</div></a></aside>"
    )
    page = _page(
        '<div class="story-body story-body-1">'
        + INTRO
        + "</div>"
        + related
        + '<div class="story-body story-body-2">'
        + OUTRO
        + OUTRO.replace("Opponents", "Critics").replace("spring", "summer")
        + "</div>"
    ).replace('<div class="article-body">', "<div>")
    texts = _texts(page)
    assert texts[0].startswith("The city council approved")
    assert texts[-1].startswith("Critics said")
    assert not any("Port authority" in text for text in texts)


def test_two_posts_of_a_listing_are_not_joined() -> None:
    # the same class on each post of a listing: each post's own heading stands between
    posts = "".join(
        f'<article><h2><a href="/p{n}">Post number {n}</a></h2>'
        f'<div class="entry-content">{text}</div></article>'
        for n, text in ((1, INTRO), (2, OUTRO + OUTRO.replace("Opponents", "Critics")))
    )
    html = _page(posts).replace('<div class="article-body">', "<div>")
    texts = _texts(html)
    assert not any(text.startswith("The city council approved") for text in texts)


def test_an_equation_in_mathml_is_read_and_its_tex_source_is_not() -> None:
    equation = (
        "<p>The engineers modelled the tide with a simple relation, "
        "<math><semantics><mrow><mi>h</mi> <mo>=</mo> <mi>a</mi> <mo>+</mo> "
        "<mi>b</mi></mrow><annotation encoding='application/x-tex'>h = a + b"
        "\\quad\\text{TEX}</annotation></semantics></math>, where the second term is "
        "the surge that the new quay must withstand in a storm.</p>"
    )
    texts = _texts(_page(INTRO + equation + OUTRO))
    line = next(text for text in texts if text.startswith("The engineers"))
    assert "relation, h = a + b, where" in line
    assert "TEX" not in line


def test_notes_that_link_their_sources_are_kept() -> None:
    notes = "".join(
        f'<li><a href="#r{n}">^</a> <a href="https://example.net/{n}">Harbour report '
        f"part {n}</a>. <i>Harbour Gazette</i>.</li>"
        for n in range(1, 5)
    )
    texts = _texts(_page(INTRO + OUTRO + f"<h2>References</h2><ol>{notes}</ol>"))
    assert "^ Harbour report part 1. Harbour Gazette." in texts
    assert "^ Harbour report part 4. Harbour Gazette." in texts


def test_the_lead_above_a_long_table_of_contents_is_kept() -> None:
    # the contents cost more than the lead is worth, and links close the element: the
    # best run of blocks starts after the contents, but the element's lead is the story's
    lead = "<p>" + "The harbour plan was approved on Tuesday after a long debate. " * 3 + "</p>"
    contents = "<ul>" + "".join(
        f'<li><a href="#s{n}">{n} What changes for the harbour</a></li>' for n in range(1, 16)
    )
    sections = "".join(
        f"<h2>Section {n}</h2><p>"
        + f"Part {n} tells how the quay and the ferry terminal will change in the next years. " * 3
        + "</p>"
        for n in range(1, 9)
    )
    links = "".join(f'<li><a href="/t{n}">Another headline number {n}</a></li>' for n in range(6))
    html = (
        "<html><head><title>Harbour</title></head><body><div class='wrap'><div>"
        f"{lead}{contents}</ul>{sections}<ul>{links}</ul></div></div></body></html>"
    )
    texts = _texts(html)
    assert texts[0].startswith("The harbour plan was approved")
    assert texts[1] == "Section 1"
    assert texts[2].startswith("Part 1 tells")
    assert texts[-1].startswith("Part 8 ")


def test_a_script_link_around_the_story_is_not_a_link() -> None:
    # an old "click to expand" wrapper: the paragraphs are the page's own text
    wrapped = f'<a href="javascript:void(0)" onclick="expand()">{INTRO}{OUTRO}</a>'
    texts = _texts(_page(wrapped))
    assert texts[0].startswith("The city council approved")
    assert texts[-1].startswith("Opponents said")


def test_a_script_link_around_a_label_stays_a_link() -> None:
    back = '<p><a href="javascript:history.back()"><svg></svg> Back to the list</a></p>'
    texts = _texts(_page(INTRO + back + OUTRO))
    assert "Back to the list" not in texts


def test_a_one_sentence_first_paragraph_is_kept() -> None:
    texts = _texts(_page("<p>The vote was close.</p>" + INTRO + OUTRO))
    assert texts[0] == "The vote was close."


def test_a_label_before_the_story_is_not_a_first_paragraph() -> None:
    texts = _texts(_page("<p>Harbour news</p>" + INTRO + OUTRO))
    assert "Harbour news" not in texts


def test_a_reference_list_of_linked_citations_closes_the_article() -> None:
    # each note is mostly its linked title: priced as links, the list would cost more
    # than the story's end is worth and be cut off
    refs = "".join(
        f'<li><a href="#cite-{n}">^</a> <cite><a href="https://example.net/{n}">'
        f'"Council debates the harbour redevelopment plan, part {n}"</a>. '
        f"Harbour Gazette.</cite></li>"
        for n in range(1, 13)
    )
    see_also = "".join(
        f'<li><a href="/wiki/{name}">{name}</a></li>'
        for name in ("Harbour", "Ferry terminal", "Fishing fleet", "Old town", "Quays")
    )
    body = INTRO + OUTRO + f"<h2>See also</h2><ul>{see_also}</ul><h2>References</h2><ol>{refs}</ol>"
    texts = _texts(_page(body))
    assert '^ "Council debates the harbour redevelopment plan, part 12". Harbour Gazette.' in texts
