"""Article or not: each rule of ``parsers/generic/page_kind`` on a small page written here.

Every page is wrapped in the same chrome (a menu and a footer) so that it looks like one
page of a site; the expectations were worked out by hand from the rule each test names.
"""

from __future__ import annotations

import logging

import pytest

import cleannews
from cleannews import Article, NoArticleFound

_NAV = (
    "<header><nav><a href='/'>Home</a> <a href='/news/'>News</a> "
    "<a href='/sport/'>Sport</a> <a href='/business/'>Business</a> "
    "<a href='/opinion/'>Opinion</a> <a href='/about/'>About us</a></nav></header>"
)
_FOOTER = (
    "<footer><p>© 2026 The Valley Courier, 12 Mill Street, Riverton.</p>"
    "<a href='/privacy/'>Privacy</a> <a href='/terms/'>Terms of use</a> "
    "<a href='/contact/'>Contact</a></footer>"
)
_BRIEF = (
    "The Route 9 bridge over the Tamar reopened to traffic on Tuesday morning after "
    "six weeks of repairs to its deck, the county roads office said."
)
_LONG = (
    "Riverton's council voted on Monday night to keep the library open on Sundays, "
    "reversing a cut it had approved in the spring after hundreds of residents wrote "
    "in to object. The branch will open from noon to five, paid for by a transfer "
    "from the parks budget, and the council will review the hours again next year."
)


def _page(main: str, head: str = "", title: str = "The Valley Courier") -> str:
    return (
        f"<html><head><title>{title}</title>{head}</head>"
        f"<body>{_NAV}<main>{main}</main>{_FOOTER}</body></html>"
    )


def _extract(html: str, url: str) -> Article:
    return cleannews.extract(html, url=url, parser="generic")


def _ld(kind: str, extra: str = "") -> str:
    return (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        f'"@type": "{kind}"{extra}}}</script>'
    )


_STORY_URL = "https://www.valleycourier.example/news/route-9-bridge-reopens-after-repairs"


# --- short stories that must stay articles ------------------------------------------------


def test_short_brief_declared_a_news_article_is_kept() -> None:
    head = _ld(
        "NewsArticle",
        ', "headline": "Route 9 bridge reopens", "datePublished": "2026-11-24T08:10:00Z"',
    )
    article = _extract(_page(f"<h1>Route 9 bridge reopens</h1><p>{_BRIEF}</p>", head), _STORY_URL)
    assert [b.text for b in article.body] == [_BRIEF]


def test_short_brief_with_a_date_and_byline_under_a_template_article_type_is_kept() -> None:
    head = (
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2026-11-24T08:10:00Z">'
        '<meta name="author" content="Ana Ruiz">'
        '<meta property="og:title" content="Route 9 bridge reopens">'
    )
    main = f"<article><h1>Route 9 bridge reopens</h1><p>{_BRIEF}</p></article>"
    article = _extract(_page(main, head), "https://www.valleycourier.example/news/4471")
    assert article.authors == ("Ana Ruiz",)
    assert article.text == _BRIEF


def test_short_text_under_a_template_article_type_with_only_a_date_raises() -> None:
    head = (
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2026-11-24T08:10:00Z">'
    )
    main = f"<article><h1>Route 9 bridge reopens</h1><p>{_BRIEF}</p></article>"
    with pytest.raises(NoArticleFound, match="characters"):
        _extract(_page(main, head), "https://www.valleycourier.example/news/4471")


def test_stub_page_holding_nothing_but_a_short_text_is_its_story() -> None:
    html = f"<html><body><div><p>{_BRIEF}</p></div></body></html>"
    article = _extract(html, "https://example.org/test/stub.html")
    assert article.text == _BRIEF


def test_the_same_short_text_among_a_site_s_menus_raises() -> None:
    with pytest.raises(NoArticleFound, match="characters"):
        _extract(_page(f"<div><p>{_BRIEF}</p></div>"), "https://example.org/test/stub.html")


# --- pages with no text ------------------------------------------------------------------


def test_page_a_script_fills_with_only_news_article_metadata_is_an_empty_article() -> None:
    head = _ld(
        "NewsArticle",
        ', "headline": "Route 9 bridge reopens", "datePublished": "2026-11-24T08:10:00Z"',
    )
    html = (
        f"<html><head>{head}</head><body><div id='app'></div>"
        "<script src='/app.js'></script></body></html>"
    )
    article = _extract(html, _STORY_URL)
    assert article.headline == "Route 9 bridge reopens"
    assert article.body == ()


def test_news_article_type_over_a_video_and_menus_only_raises() -> None:
    head = _ld("NewsArticle", ', "headline": "Flood footage from the valley"')
    main = "<video src='/media/flood.mp4' controls></video>"
    with pytest.raises(NoArticleFound, match="no text"):
        _extract(_page(main, head), _STORY_URL)


# --- what the page calls itself ----------------------------------------------------------


def test_a_site_prefixed_product_type_is_a_product() -> None:
    head = '<meta property="og:type" content="shopname:product">'
    main = f"<h1>Lined rain boots</h1><p>{_LONG}</p>"
    with pytest.raises(NoArticleFound, match="calls itself"):
        _extract(_page(main, head), "https://shop.example.org/boots/lined-rain-boots-green")


# --- documentation -----------------------------------------------------------------------


def test_dated_manual_page_with_code_and_a_topic_url_raises() -> None:
    head = '<meta property="article:modified_time" content="2026-10-01">' + _ld(
        "WebPage", ', "datePublished": "2025-03-01"'
    )
    main = (
        "<h1>Installation</h1>"
        "<p>Install the command-line tool with the package manager of your system, then "
        "check that it runs by asking it for its version number as shown below.</p>"
        "<pre>pip install valleytool</pre><pre>valleytool --version</pre>"
        "<p>To upgrade an existing installation, run the same command with the upgrade "
        "flag; your configuration file is kept as it is.</p>"
        "<pre>pip install --upgrade valleytool</pre>"
        "<p>To remove the tool, uninstall the package; the configuration file stays in "
        "your home folder until you delete it yourself.</p>"
    )
    with pytest.raises(NoArticleFound, match="documentation"):
        _extract(_page(main, head), "https://docs.valleytool.example/guide/installation")


def test_dated_tutorial_with_code_and_a_headline_url_is_an_article() -> None:
    head = _ld("WebPage", ', "datePublished": "2025-03-01"')
    main = (
        "<h1>How we cut our build times in half with a shared cache</h1>"
        "<p>Our builds had crept up to forty minutes, so last month we tried a shared "
        "cache for the compiler output; this is what we changed and what it saved.</p>"
        "<pre>cache: shared</pre><pre>cache-dir: /srv/cache</pre>"
        "<p>The first build after the change was as slow as before, but every build "
        "after it took less than twenty minutes, and most took twelve.</p>"
        "<pre>build --cache shared</pre>"
        "<p>The cache costs us a small server and an hour of upkeep a month, far less "
        "than the waiting it saves the team every day.</p>"
    )
    url = "https://blog.valleytool.example/how-we-cut-our-build-times-in-half"
    assert _extract(_page(main, head), url).headline


# --- home pages, named pages, cards ---------------------------------------


def test_home_page_with_no_date_byline_or_slug_raises() -> None:
    main = f"<h1>Welcome to Riverton Rowing Club</h1><p>{_LONG}</p><p>{_LONG}</p>"
    with pytest.raises(NoArticleFound, match="home page"):
        _extract(_page(main), "https://www.rivertonrowing.example/")


def test_page_of_short_lines_with_no_date_byline_or_slug_raises() -> None:
    items = "".join(
        f"<li>{plan}: unlimited calls, 24/7 support</li>"
        for plan in ("Starter", "Team", "Business", "Enterprise", "Education", "Non-profit")
    )
    main = f"<h1>Plans</h1><p>{_LONG}</p><ul>{items}</ul><ul>{items}</ul>"
    with pytest.raises(NoArticleFound, match="short lines"):
        _extract(_page(main), "https://www.example.org/plans/")


def test_page_calling_itself_a_website_and_named_not_headlined_raises() -> None:
    head = (
        '<meta property="og:type" content="website">'
        '<meta property="og:title" content="Pet Insurance">'
    )
    main = f"<h1>Pet Insurance</h1><p>{_LONG}</p><p>{_LONG}</p><p>{_LONG}</p>"
    with pytest.raises(NoArticleFound, match="named, not headlined"):
        _extract(_page(main, head), "https://www.example-mutual.example/pet-insurance/")


def test_page_of_many_linked_card_titles_with_no_evidence_raises() -> None:
    cards = "".join(
        f"<div class='card'><h3><a href='/p/{n}'>Trail runner model {n}</a></h3>"
        f"<span>${80 + n}</span></div>"
        for n in range(30)
    )
    main = f"<h1>Trail running shoes</h1><p>{_LONG}</p><p>{_LONG}</p><div>{cards}</div>"
    with pytest.raises(NoArticleFound, match="cards"):
        _extract(_page(main), "https://www.example.org/trail-shoes/")


def test_the_same_story_with_a_byline_and_date_is_an_article() -> None:
    head = (
        '<meta name="author" content="Ana Ruiz">'
        '<meta property="article:published_time" content="2026-11-24T08:10:00Z">'
    )
    main = f"<h1>Council keeps the library open on Sundays</h1><p>{_LONG}</p><p>{_LONG}</p>"
    article = _extract(_page(main, head), "https://www.valleycourier.example/")
    assert article.paragraphs == (_LONG, _LONG)


# --- forum threads -----------------------------------------------------------------------


def _post(name: str, text: str) -> str:
    return (
        f"<div class='post'><div class='user'><a href='/u/{name}'>{name}</a>"
        "<div>Member since 2019</div><div>Offline</div></div>"
        f"<div class='message'><p>{text}</p></div><div><a href='#'>Copy link</a></div></div>"
    )


def test_thread_of_posts_with_member_controls_is_kept_marked_as_a_forum() -> None:
    # reply and quote controls are a weak sign alone (a blog's comment section prints
    # them too): the page is kept, its kind and a low confidence say what it looks like
    head = '<meta property="article:published_time" content="2026-11-20T10:00:00Z">'
    posts = "".join(
        _post(name, _LONG) for name in ("rowan", "kit_b", "marisol", "old_oak", "tamar_fan")
    )
    main = f"<h1>Sunday library hours: what do you think of the change?</h1>{posts}"
    url = "https://forum.example.org/threads/sunday-library-hours-what-do-you-think"
    article = _extract(_page(main, head), url)
    assert article.page_kind == "forum"
    assert article.confidence == 0.3


def _answer(name: str, text: str) -> str:
    return (
        f"<div class='answer'><div class='votes'>3</div><div class='body'><p>{text}</p></div>"
        "<div class='menu'><a href='#'>Share</a> <a href='#'>Improve this answer</a> "
        "<a href='#'>Follow</a></div>"
        f"<div class='signature'><span>answered Nov 21, 2026 at 9:14</span>"
        f"<a href='/users/{name}'>{name}</a></div>"
        "<div class='comments'><a href='#'>Add a comment</a></div></div>"
    )


def test_dated_signed_question_and_answers_page_raises() -> None:
    # a Q&A page has everything a story has (date, asker's name, headline URL) and calls
    # itself a "website": only its labels tell it apart; the question's "Improve this
    # question" and "asked ...", each answer's "answered ..." and "Add a comment": 6
    head = (
        '<meta property="og:type" content="website">'
        '<meta name="author" content="rowan">'
        '<meta property="article:published_time" content="2026-11-20T10:00:00Z">'
    )
    question = (
        "<div class='question'><h1>Can a council move money from parks to the library?</h1>"
        f"<p>{_LONG} Is that allowed under the county's budget rules?</p>"
        "<div><a href='#'>Improve this question</a></div>"
        "<div><span>asked Nov 20, 2026 at 10:00</span><a href='/users/rowan'>rowan</a></div>"
        "</div>"
    )
    answers = _answer("kit_b", _LONG) + _answer("marisol", _LONG)
    url = "https://qa.example.org/questions/1042/can-a-council-move-money-from-parks-to-the-library"
    with pytest.raises(NoArticleFound, match="thread: its posts"):
        _extract(_page(question + answers, head), url)


def test_thread_under_a_template_article_type_with_starter_labels_raises() -> None:
    # thread software whose template types every page "article": the labels of a thread
    # ("Thread starter", "Started by", "Latest: <user>") outweigh the template's word
    head = '<meta property="og:type" content="article">'
    posts = "".join(
        f"<article class='message'><div class='user'>{name}</div>"
        "<div class='user-extras'>Thread starter</div><div class='body'><p>"
        f"{_LONG}</p></div></article>"
        for name in ("rowan", "rowan")
    )
    related = "".join(
        f"<li><a href='/threads/{n}/'>Parking on Mill Street, again</a>"
        f"<div>Started by old_oak</div><div>Latest: tamar_fan</div></li>"
        for n in range(2)
    )
    main = f"<h1>Sunday library hours</h1>{posts}<aside><ul>{related}</ul></aside>"
    url = "https://forum.example.org/threads/sunday-library-hours.5521/"
    with pytest.raises(NoArticleFound, match="thread: its posts"):
        _extract(_page(main, head), url)


def test_story_with_a_comment_section_of_reply_and_share_buttons_is_an_article() -> None:
    # a story's comments print "Reply", "Share" and one "Add a comment", not a thread's
    # answer and starter labels: the story is kept
    head = (
        '<meta property="og:type" content="article">'
        '<meta name="author" content="Ana Ruiz">'
        '<meta property="article:published_time" content="2026-11-24T08:10:00Z">'
    )
    comments = "".join(
        f"<li><b>{name}</b><p>Good news for the families on our street.</p>"
        "<a href='#'>Reply</a> <a href='#'>Share</a></li>"
        for name in ("rowan", "kit_b", "marisol", "old_oak", "tamar_fan", "jo")
    )
    main = (
        f"<article><h1>Council keeps the library open on Sundays</h1><p>{_LONG}</p>"
        f"<p>{_LONG}</p></article><section><h2>Comments</h2><a href='#'>Add a comment</a>"
        f"<ol>{comments}</ol></section>"
    )
    url = "https://www.valleycourier.example/news/council-keeps-library-open-on-sundays"
    article = _extract(_page(main, head), url)
    assert article.paragraphs == (_LONG, _LONG)


# --- a dated story with a headline URL, beside more prose than it holds -------------------


def _comment(name: str) -> str:
    return (
        f"<li class='comment'><b>{name}</b><p>{_LONG} I was at the meeting and I can say "
        "that the room was full, which nobody on the council expected on a wet Monday.</p></li>"
    )


def test_unsigned_story_dated_and_slugged_beside_a_long_comment_box_is_an_article() -> None:
    head = '<meta property="article:published_time" content="2026-11-24T08:10:00Z">'
    story = (
        "<article><h1>Council keeps the library open on Sundays</h1>"
        "<p>Riverton's library will stay open on Sunday afternoons after the council "
        "reversed its spring cut on Monday night.</p>"
        "<p>The hours will be paid for from the parks budget and reviewed next year.</p>"
        "</article>"
    )
    comments = "<section><h2>Comments</h2><ol>{}</ol></section>".format(
        "".join(_comment(n) for n in ("rowan", "kit_b", "marisol", "old_oak"))
    )
    url = "https://www.valleycourier.example/news/council-keeps-library-open-on-sundays"
    article = _extract(_page(story + comments, head), url)
    assert article.paragraphs[0].startswith("Riverton's library will stay open")


# --- the rules themselves: named, ordered, traced -----------------------------------------


def test_rule_names_are_unique_and_every_rule_states_a_reason_or_accepts() -> None:
    from cleannews.parsers.generic.page_kind import RULES

    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    for rule in RULES:
        # a refusing rule says why (the NoArticleFound message); an accepting one need not
        assert rule.kind == "article" or rule.reason


def test_the_rule_that_refused_a_page_is_logged_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="cleannews")
    with pytest.raises(NoArticleFound, match="main content is 57 characters"):
        _extract(
            _page("<h2>Latest</h2><p>Short teaser.</p>" * 3), "https://www.valleycourier.example/"
        )
    decisions = [r for r in caplog.records if r.getMessage().startswith("page kind")]
    assert decisions
    assert "rule short-text" in decisions[-1].getMessage()
    assert all(r.levelno == logging.DEBUG for r in caplog.records if r.name.startswith("cleannews"))


def test_the_chosen_content_and_why_are_logged_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="cleannews")
    _extract(_page(f"<article><p>{_LONG}</p><p>{_LONG}</p></article>"), _STORY_URL)
    chosen = [r.getMessage() for r in caplog.records if r.getMessage().startswith("content:")]
    assert chosen
    assert chosen[0].startswith("content: <")


def test_nothing_is_logged_at_info_or_above(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="cleannews")
    _extract(_page(f"<article><p>{_LONG}</p></article>"), _STORY_URL)
    with pytest.raises(NoArticleFound):
        _extract(_page("<p>Menu</p>"), "https://www.valleycourier.example/")
    assert not [r for r in caplog.records if r.name.startswith("cleannews")]
