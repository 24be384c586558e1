"""The generic parser on pages written here: each moved-out field, chrome, NoArticleFound.

Every page is a small news page with the furniture real ones carry (menu, share bar,
newsletter box, related links, footer); the expected values are written by hand.
"""

from __future__ import annotations

import pytest

import cleannews
from cleannews import Article, NoArticleFound

URL = "https://news.example.org/2026/03/04/river-flood-warning-issued-for-valley-towns/"

PROSE = (
    "<p>Heavy rain over the weekend pushed the river above its flood stage on Monday, "
    "and officials in three valley towns told residents of low-lying streets to prepare "
    "to leave their homes before the water peaks on Wednesday.</p>"
    "<p>The county emergency office said shelters would open at the high school and the "
    "community centre, and that buses would run from the market square every hour from "
    "noon, with room for pets in carriers.</p>"
    "<p>Farmers along the lower valley moved livestock to higher ground, and the regional "
    "railway said it would suspend services on the branch line if the embankment near the "
    "old mill showed any sign of weakening.</p>"
)


def _page(article_html: str, *, head: str = "", after: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><title>River flood warning</title>
<meta property="og:type" content="article">{head}</head><body>
<header class="site-header"><nav class="main-nav"><ul><li><a href="/">Home</a></li>
<li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li>
<li><a href="/weather/">Weather</a></li></ul></nav></header>
<main><article>
<h1>River flood warning issued for valley towns</h1>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
<div class="article-body">{article_html}</div>
{after}
</article>
<aside class="sidebar"><h3>Most read</h3><ul>
<li><a href="/a">Council approves new budget after long debate</a></li>
<li><a href="/b">School term dates change for next year</a></li></ul></aside>
</main>
<footer class="site-footer"><p>© 2026 Valley News. All rights reserved.</p>
<a href="/privacy">Privacy</a> <a href="/cookies">Cookie settings</a></footer>
</body></html>"""


def _extract(html: str, url: str | None = URL) -> Article:
    return cleannews.extract(html, url=url, parser="generic")


def _texts(article: Article) -> list[str]:
    return [block.text for block in article.body]


def test_body_keeps_the_story_and_leaves_out_chrome() -> None:
    article = _extract(_page(PROSE))
    assert article.parser == "generic"
    assert _texts(article) == [
        "Heavy rain over the weekend pushed the river above its flood stage on Monday, and "
        "officials in three valley towns told residents of low-lying streets to prepare to "
        "leave their homes before the water peaks on Wednesday.",
        "The county emergency office said shelters would open at the high school and the "
        "community centre, and that buses would run from the market square every hour from "
        "noon, with room for pets in carriers.",
        "Farmers along the lower valley moved livestock to higher ground, and the regional "
        "railway said it would suspend services on the branch line if the embankment near "
        "the old mill showed any sign of weakening.",
    ]
    text = article.text
    for chrome in ("Share on Facebook", "Most read", "Cookie settings", "Home", "Privacy"):
        assert chrome not in text


def test_newsletter_related_and_ad_boxes_inside_the_body_are_left_out() -> None:
    body = (
        PROSE + '<div class="newsletter-signup"><p>Get the Valley Briefing in your inbox every '
        'morning, free.</p><a href="/signup">Sign up</a></div>'
        + '<div class="related-articles"><h4>Related</h4><ul><li><a href="/c">Last year’s '
        "floods cost farmers millions</a></li></ul></div>"
        + '<div class="ad-slot"><span>Advertisement</span></div>'
        + "<p>The river is expected to fall back below its banks by Friday, the forecasters "
        "said, though more rain is possible early next week across the upper valley.</p>"
    )
    article = _extract(_page(body))
    text = article.text
    assert "Valley Briefing" not in text
    assert "Last year’s floods" not in text
    assert "Advertisement" not in text
    assert _texts(article)[-1].startswith("The river is expected to fall back")
    assert len(article.body) == 4


def test_figure_caption_goes_to_captions_with_credit_and_image() -> None:
    figure = (
        '<figure class="wp-block-image"><img src="/media/flood-main-street.jpg" '
        'alt="Water covers a street lined with shops">'
        "<figcaption>Water covers Main Street in Lowbridge on Monday. "
        '<span class="credit">Photo: Anna Berg / Valley News</span></figcaption></figure>'
    )
    article = _extract(_page(figure + PROSE))
    assert [c.to_dict() for c in article.captions] == [
        {
            "text": "Water covers Main Street in Lowbridge on Monday.",
            "credit": "Photo: Anna Berg / Valley News",
            "image_url": "https://news.example.org/media/flood-main-street.jpg",
            "alt": "Water covers a street lined with shops",
        }
    ]
    assert "Water covers Main Street" not in article.text


def test_caption_in_a_div_with_a_bracketed_credit() -> None:
    figure = (
        '<div class="image-wrapper"><img src="https://cdn.example.org/ap-flood.jpg" alt="">'
        '<p class="image-caption">Volunteers fill sandbags in Eastford, March 3, 2026. '
        "(AP Photo/Jo Lind)</p></div>"
    )
    article = _extract(_page(PROSE + figure))
    assert len(article.captions) == 1
    caption = article.captions[0]
    assert caption.text == "Volunteers fill sandbags in Eastford, March 3, 2026."
    assert caption.credit == "AP Photo/Jo Lind"
    assert caption.image_url == "https://cdn.example.org/ap-flood.jpg"
    assert "sandbags" not in article.text


@pytest.mark.parametrize(
    ("line", "agencies"),
    [
        ("(Reporting by Ola Nordmann in Oslo; Editing by Kim Lee)", ()),
        ("The Associated Press contributed to this report.", ("The Associated Press",)),
        ("With reporting by AFP and Reuters", ("AFP", "Reuters")),
        ("— AFP", ("AFP",)),
    ],
)
def test_wire_credit_line_goes_to_credits(line: str, agencies: tuple[str, ...]) -> None:
    article = _extract(_page(PROSE + f"<p>{line}</p>"))
    assert [c.agencies for c in article.credits] == [agencies]
    assert line.strip("()") not in article.text
    assert len(article.body) == 3


def test_sign_off_closing_the_last_paragraph_is_split_off() -> None:
    body = PROSE + "<p>The warning stays in force until Thursday, the ministry said. — AFP</p>"
    article = _extract(_page(body))
    assert _texts(article)[-1] == "The warning stays in force until Thursday, the ministry said."
    assert [(c.text, c.agencies) for c in article.credits] == [("— AFP", ("AFP",))]


def test_copyright_line_and_editors_note_go_to_disclaimers() -> None:
    body = (
        "<p>Editor’s note: This story has been updated with the latest river levels.</p>"
        + PROSE
        + "<p>Copyright 2026 The Associated Press. All rights reserved. This material may "
        "not be published, broadcast, rewritten or redistributed.</p>"
    )
    article = _extract(_page(body))
    assert [d.kind for d in article.disclaimers] == ["editors-note", "copyright"]
    assert "Associated Press" not in article.text
    assert "Editor’s note" not in article.text
    assert len(article.body) == 3


def test_correction_is_a_disclaimer() -> None:
    body = PROSE + (
        "<p>Correction: An earlier version of this story gave the wrong day for the peak.</p>"
    )
    article = _extract(_page(body))
    assert [(d.kind, d.text[:11]) for d in article.disclaimers] == [("correction", "Correction:")]


def test_headline_is_not_repeated_in_the_body() -> None:
    article = _extract(_page(PROSE))
    assert article.headline is not None
    assert "River flood warning issued for valley towns" not in _texts(article)


def test_subheadings_quotes_and_lists_keep_their_kinds() -> None:
    body = (
        PROSE
        + "<h2>What residents should do</h2>"
        + "<p>The emergency office asked people in the warning area to take these steps "
        "before the evening:</p>" + "<ul><li>move valuables and documents upstairs;</li>"
        "<li>turn off gas and electricity at the mains;</li></ul>"
        + "<blockquote><p>“We have seen this river rise faster than anyone expected, so "
        "please do not wait for the last bus,” the county’s emergency chief said.</p>"
        "</blockquote>"
    )
    article = _extract(_page(body))
    kinds = [(b.kind, b.text[:20]) for b in article.body[3:]]
    assert kinds == [
        ("heading", "What residents shoul"),
        ("paragraph", "The emergency office"),
        ("list_item", "move valuables and d"),
        ("list_item", "turn off gas and ele"),
        ("quote", "“We have seen this r"),
    ]


def test_right_to_left_page_keeps_its_text() -> None:
    paragraphs = (
        "<p>أعلنت السلطات المحلية في المدينة يوم الاثنين عن فتح ملاجئ مؤقتة للسكان الذين "
        "غادروا منازلهم بسبب ارتفاع منسوب مياه النهر خلال عطلة نهاية الأسبوع.</p>"
        "<p>وقال مسؤول في الدفاع المدني إن فرق الإنقاذ تعمل على مدار الساعة لإجلاء العائلات "
        "من الأحياء المنخفضة، وإن الحافلات ستنقل السكان إلى المدرسة الثانوية.</p>"
    )
    html = (
        '<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>فيضان</title></head>'
        '<body><nav><a href="/">الرئيسية</a></nav><article><h1>تحذير من الفيضان</h1>'
        f'<div class="entry-content">{paragraphs}</div></article></body></html>'
    )
    article = _extract(html, url="https://example.net/ar/news/flood-warning-valley-towns")
    assert _texts(article)[0].startswith("أعلنت السلطات المحلية")
    assert len(article.body) == 2


def _listing() -> str:
    cards = "".join(
        f'<article class="card"><a href="/news/story-{n}/"><img src="/img/{n}.jpg" alt="">'
        f"<h3>Story number {n} about the valley and its towns</h3></a>"
        f"<p>A short teaser for story {n}.</p></article>"
        for n in range(12)
    )
    return (
        '<html><head><meta property="og:type" content="website"><title>News</title></head>'
        f'<body><nav><a href="/">Home</a></nav><main><h1>Latest news</h1>{cards}</main>'
        "<footer>© Valley News</footer></body></html>"
    )


def test_index_page_raises_no_article_found() -> None:
    with pytest.raises(NoArticleFound):
        _extract(_listing(), url="https://news.example.org/news/")


def test_product_page_raises_no_article_found() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "Product", "name": "Rain boots", "offers": {"@type": "Offer", '
        '"price": "39.00"}}</script></head><body><h1>Rain boots</h1>'
        "<p>Waterproof rubber boots with a cotton lining, made for long walks in wet fields "
        "and muddy lanes; available in five sizes and three colours, with free returns.</p>"
        '<button class="add-to-cart">Add to cart</button></body></html>'
    )
    with pytest.raises(NoArticleFound):
        _extract(html, url="https://shop.example.org/products/rain-boots")


def test_page_without_text_raises_no_article_found() -> None:
    html = "<html><body><div><img src='a.jpg'></div><script>var x = 1;</script></body></html>"
    with pytest.raises(NoArticleFound):
        _extract(html)


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><div><div><div></div></div></div></body></html>",
        "<p>" * 3000 + "deep",
        "<table><tr><td><button>unclosed" + "<p>text</p>" * 5,
    ],
    ids=["empty-divs", "deeply-nested", "unclosed-button"],
)
def test_odd_markup_gives_an_article_or_a_typed_error(html: str) -> None:
    try:
        article = _extract(html, url=None)
    except cleannews.CleannewsError:
        return
    assert article.parser == "generic"


def test_shop_page_without_a_declared_type_raises_no_article_found() -> None:
    html = (
        "<html><head><title>Rain boots</title></head><body><nav><a href='/'>Shop</a></nav>"
        "<main><h1>Rain boots</h1><p>Waterproof rubber boots with a cotton lining, made for "
        "long walks in wet fields and muddy lanes; five sizes and three colours.</p>"
        "<div class='price'>€39.00</div><div>In stock</div><div>Quantity</div>"
        "<button>Add to cart</button><div>Add to wishlist</div>"
        "<p>Free shipping on orders over €50</p></main></body></html>"
    )
    with pytest.raises(NoArticleFound):
        _extract(html, url="https://shop.example.org/boots/rain-boots-green-lined")


def test_figure_without_figcaption_and_a_gallery_of_legends() -> None:
    figure = (
        '<figure><img src="https://cdn.example.org/levee.jpg" alt="">'
        '<div class="figure-caption">Workers raise the levee near Eastford on Sunday.</div>'
        "</figure>"
    )
    gallery = (
        '<ul class="legends"><li>Sandbags stacked outside the town hall, March 2.</li>'
        "<li>The river at dawn on Monday, a metre above its usual level.</li></ul>"
    )
    article = _extract(_page(figure + PROSE + gallery))
    assert [c.text for c in article.captions] == [
        "Workers raise the levee near Eastford on Sunday.",
        "Sandbags stacked outside the town hall, March 2.",
        "The river at dawn on Monday, a metre above its usual level.",
    ]
    assert article.captions[0].image_url == "https://cdn.example.org/levee.jpg"
    assert "levee" not in article.text
    assert "Sandbags" not in article.text


_CODE_SAMPLES = (
    "<p>Call the client once per process and reuse it: each instance keeps its own pool of "
    "connections, so creating one per request wastes sockets and slows every call down.</p>"
    "<pre><code>client = Client(timeout=10)\nresult = client.fetch(url)</code></pre>"
    "<p>The timeout is in seconds and applies to each request separately; a retry starts "
    "its own clock, so three retries can take up to four times as long as one call.</p>"
    "<pre><code>client = Client(timeout=10, retries=3)</code></pre>"
    "<p>Errors raised by the client all derive from one base class, so a caller can catch "
    "that class alone and log the message that comes with it before moving on.</p>"
)


def _docs_page(head: str = "", byline: str = "") -> str:
    return (
        f"<html><head><title>Client guide</title>{head}</head><body>"
        "<nav class='toc'><ul><li><a href='/docs/'>Overview</a></li>"
        "<li><a href='/docs/client'>Client</a></li><li><a href='/docs/errors'>Errors</a></li>"
        f"</ul></nav><main><h1>Using the client</h1>{byline}{_CODE_SAMPLES}</main>"
        "</body></html>"
    )


def test_documentation_page_with_code_and_no_date_or_byline_raises() -> None:
    with pytest.raises(NoArticleFound):
        _extract(_docs_page(), url="https://docs.example.org/guide/client")


def test_tutorial_with_code_but_a_date_and_byline_is_an_article() -> None:
    head = (
        '<meta name="author" content="Ana Lima">'
        '<meta property="article:published_time" content="2026-03-04T09:00:00+01:00">'
    )
    article = _extract(_docs_page(head), url="https://blog.example.org/2026/03/using-the-client")
    assert article.authors == ("Ana Lima",)
    assert any(block.kind == "preformatted" for block in article.body)


def _thread() -> str:
    posts = "".join(
        f"<div class='post'><div class='user'><a href='/u/{n}'>member{n}</a>"
        f"<div>Joined: Jan 2020</div><div>Posts: {n * 7}</div></div>"
        f"<div class='message'>I had the same trouble with the pump after the flood, number "
        f"{n}: it ran for a minute and then stopped, until I cleaned the float switch.</div>"
        "<ul class='controls'><li>Reply</li><li>Quote</li><li>Report</li></ul></div>"
        for n in range(8)
    )
    return (
        '<html><head><meta property="og:type" content="website"><title>Pump stops</title>'
        f"</head><body><h1>Pump stops after a minute</h1>{posts}</body></html>"
    )


def test_forum_thread_raises_no_article_found() -> None:
    with pytest.raises(NoArticleFound):
        _extract(_thread(), url="https://forum.example.org/t/pump-stops-after-a-minute/123")


def test_story_with_a_comment_thread_under_it_is_an_article() -> None:
    comments = "".join(
        f"<div class='comment'><p>Reader {n}: stay safe everyone.</p>"
        "<ul><li>Reply</li><li>Like</li><li>Report</li></ul></div>"
        for n in range(10)
    )
    head = '<meta name="author" content="Jo Reed">'
    article = _extract(_page(PROSE, head=head, after=comments))
    assert article.authors == ("Jo Reed",)
    assert "Heavy rain over the weekend" in _texts(article)[0]


def test_slideshow_text_box_repeating_a_caption_stays_out_of_the_body() -> None:
    slide = (
        '<div class="slide"><figure><img src="https://cdn.example.org/market.jpg" alt="">'
        "<figcaption>Stalls reopen in the market square after the water went down."
        "</figcaption></figure>"
        '<div class="slide-text">Stalls reopen in the market square after the water went '
        "down.</div></div>"
    )
    article = _extract(_page(PROSE + slide))
    caption = "Stalls reopen in the market square after the water went down."
    assert [c.text for c in article.captions] == [caption]
    assert caption not in _texts(article)
    assert len(article.body) == 3


def test_paragraph_quoting_a_caption_stays_in_the_body() -> None:
    figure = (
        '<figure><img src="https://cdn.example.org/bridge.jpg" alt="">'
        "<figcaption>The old bridge closed to traffic on Monday.</figcaption></figure>"
    )
    line = "The old bridge closed to traffic on Monday."
    article = _extract(_page(figure + PROSE + f"<p>{line}</p>"))
    assert [c.text for c in article.captions] == [line]
    assert _texts(article)[-1] == line


def test_linked_item_in_a_list_of_prose_items_is_kept() -> None:
    items = (
        "<ul><li>Crews finished the temporary levee on the east bank overnight, two days "
        "earlier than the county had planned when the warning went out.</li>"
        '<li><a href="/2026/03/05/rail-service-resumes">Rail service on the branch line '
        "resumes</a> today.</li>"
        "<li>The market square car park stays closed to visitors until the drains have been "
        "cleared and checked by the town's engineers.</li>"
        "<li>Schools in the lower valley reopen on Thursday, with buses running on their "
        "usual routes except along the river road.</li></ul>"
    )
    related = (
        '<ul class="more"><li><a href="/x">Council approves budget</a></li>'
        '<li><a href="/y">New bus timetable for spring</a></li>'
        '<li><a href="/z">Library extends opening hours</a></li></ul>'
    )
    article = _extract(_page(PROSE + items, after=related))
    texts = _texts(article)
    assert "Rail service on the branch line resumes today." in texts
    assert "Council approves budget" not in texts
    assert len(texts) == 7


def test_introduction_above_a_winning_table_is_kept() -> None:
    rows = "".join(
        f"<tr><td><a href='/town/{n}'>Town {n}</a></td><td>{1990 + n}</td><td>The river rose "
        f"over its banks in town number {n}, flooding the low streets near the bridge and "
        "the fields along the water meadows for several days.</td></tr>"
        for n in range(12)
    )
    # the lists under the table cost more than the introduction is worth, so the table
    # alone scores highest
    links = "".join(
        f"<li><a href='/see/{n}'>Floods and bridges of the valley, part {n}</a></li>"
        for n in range(30)
    )
    intro = (
        "This list of floods in the valley gives the year and the damage of each flood "
        "recorded by the county since the first gauge was installed."
    )
    html = (
        "<html><head><title>List of valley floods</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/lists'>Lists</a></nav>"
        f"<div class='content'><h1>List of valley floods</h1><p>{intro}</p>"
        f"<table><tr><th>Town</th><th>Year</th><th>Damage</th></tr>{rows}</table>"
        f"<h2>See also</h2><ul>{links}</ul></div></body></html>"
    )
    article = _extract(html, url="https://wiki.example.org/wiki/List_of_valley_floods")
    texts = _texts(article)
    assert texts[0] == intro
    assert texts[-1].startswith("Town 11 2001 The river rose")


def test_sentence_linking_its_subject_is_kept_and_a_promo_line_is_not() -> None:
    linked = (
        'But a <a href="/reports/valley-floods-2026">new report from the regional flood '
        "authority</a> says the valley's defences will not hold."
    )
    promo = '<p>Read also: <a href="/2026/02/rain-record">February rain broke a record</a></p>'
    paragraphs = PROSE.split("</p>")
    html = (
        f"{paragraphs[0]}</p><p>{linked}</p>{promo}{''.join(p + '</p>' for p in paragraphs[1:-1])}"
    )
    texts = _texts(_extract(_page(html)))
    assert (
        "But a new report from the regional flood authority says the valley's defences "
        "will not hold." in texts
    )
    assert not any("February rain broke a record" in t for t in texts)
    assert len(texts) == 4


def test_short_text_in_a_page_of_menus_with_one_piece_of_evidence_is_marked_not_refused() -> None:
    # a main content that is a small part of the page is a weak sign: the text is kept,
    # marked as another kind of page with a low confidence (refused before issue 11)
    menu = "".join(
        f"<li><a href='/shop/category-{n}'>Garden furniture and outdoor living, range {n}</a></li>"
        for n in range(40)
    )
    html = (
        '<html><head><meta property="og:type" content="website">'
        '<meta name="author" content="Valley Garden Centre"><title>Garden centre</title>'
        f"</head><body><nav><ul>{menu}</ul></nav><main><h1>Welcome</h1>"
        "<p>Our garden centre has served the valley for forty years, with plants grown in our "
        "own nursery, tools from local makers and advice from staff who garden themselves; "
        "visit us seven days a week, with free parking beside the entrance.</p></main>"
        f"<footer><ul>{menu}</ul></footer></body></html>"
    )
    article = _extract(html, url="https://garden.example.org/")
    assert article.page_kind == "other"
    assert article.confidence == 0.3
    assert article.paragraphs[0].startswith("Our garden centre has served the valley")
