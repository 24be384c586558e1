"""The Pangea parser on the real pages in ../shared/corpus/pangea and on small pages of ours.

The real pages are read from ../shared (never copied into the project); those tests skip
when it is absent. The small pages below are written here to pin one behaviour each.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from benchmarks.metrics import shingles
from hypothesis import given, settings
from hypothesis import strategies as st

import cleannews
from cleannews import Article, NoArticleFound
from cleannews._document import Document, decode_bytes
from cleannews._registry import pick
from cleannews.classify.chrome import is_chrome
from cleannews.parsers import pangea
from cleannews.parsers.pangea.fingerprint import fingerprint_markers, has_markers
from cleannews.parsers.pangea.header import iso_datetime

VOA_ID = "pangea-voanews-7585813"
AUDIO_ID = "pangea-slobodnaevropa-30657941"
#: Labels of the page's chrome that must appear in no field but ``stripped``.
CHROME_SAMPLES = ("Accessibility links", "Breaking News", "Skip to main content", "Share")


def _truths(corpus: Path) -> dict[str, dict[str, Any]]:
    with open(corpus / "truth.jsonl", encoding="utf-8", newline="") as fh:
        lines = fh.read().split("\n")  # truths hold U+2028; split on \n only
    return {t["id"]: t for t in (json.loads(line) for line in lines if line.strip())}


def _pangea_article(doc: Document) -> Article:
    return pangea.parse(doc).article()


def _corpus_doc(corpus: Path, truth: dict[str, Any]) -> Document:
    data = gzip.decompress((corpus / "pages" / f"{truth['id']}.html.gz").read_bytes())
    return Document.from_markup(decode_bytes(data), url=truth["url"])


@pytest.fixture(scope="module")
def pangea_corpus(shared_dir: Path) -> Path:
    corpus = shared_dir / "corpus" / "pangea"
    if not (corpus / "truth.jsonl").is_file():
        pytest.skip("../shared/corpus/pangea is absent")
    return corpus


@pytest.fixture(scope="module")
def voa(pangea_corpus: Path) -> tuple[Article, dict[str, Any]]:
    truth = _truths(pangea_corpus)[VOA_ID]
    return _pangea_article(_corpus_doc(pangea_corpus, truth)), truth


def _strings(article: Article) -> list[tuple[str, str]]:
    """Every text of the article but ``stripped``, with the field it sits in."""
    data = article.to_dict()
    found: list[tuple[str, str]] = []
    for key in ("headline", "subheadline", "section", "url", "site", "published", "modified"):
        if data[key]:
            found.append((key, data[key]))
    found += [("authors", a) for a in article.authors] + [("tags", t) for t in article.tags]
    for caption in article.captions:
        found += [("captions", v) for v in (caption.text, caption.credit, caption.alt) if v]
    found += [("body", b.text) for b in article.body]
    found += [("credits", c.text) for c in article.credits]
    found += [("disclaimers", d.text) for d in article.disclaimers]
    return found


# --- the real VOA article -------------------------------------------------------------


def test_voa_page_is_claimed_and_picked(pangea_corpus: Path) -> None:
    doc = _corpus_doc(pangea_corpus, _truths(pangea_corpus)[VOA_ID])
    assert pangea.claims(doc)
    assert pick(doc).name == "pangea"


def test_voa_headline_authors_published_exact(voa: tuple[Article, dict[str, Any]]) -> None:
    article, truth = voa
    assert article.parser == "pangea"
    assert article.headline == truth["title"]
    assert list(article.authors) == truth["authors"]
    assert article.published == truth["published"]


def _shingle_f1(predicted: str, truth: str) -> float:
    """F1 of the word 4-gram shingles of one page (the benchmark's body measure)."""
    pred, true = shingles(predicted), shingles(truth)
    common = sum((pred & true).values())
    if not common:
        return 0.0
    precision, recall = common / sum(pred.values()), common / sum(true.values())
    return 2 * precision * recall / (precision + recall)


def test_voa_body_paragraphs_match_truth(voa: tuple[Article, dict[str, Any]]) -> None:
    article, truth = voa
    f1 = _shingle_f1("\n".join(article.paragraphs), "\n".join(truth["paragraphs"]))
    assert f1 >= 0.99
    assert len(article.paragraphs) == len(truth["paragraphs"])


def test_voa_captions_have_image_urls_and_stay_out_of_the_body(
    voa: tuple[Article, dict[str, Any]],
) -> None:
    article, truth = voa
    by_text = {c.text: c for c in article.captions}
    for text in truth["captions"]:
        assert text in by_text, text
        assert (by_text[text].image_url or "").startswith("https://gdb.voanews.com/")
        assert all(text not in block.text for block in article.body)


def test_voa_no_chrome_in_any_field(voa: tuple[Article, dict[str, Any]]) -> None:
    article, _ = voa
    for field, text in _strings(article):
        assert not is_chrome(text), (field, text)
        for label in CHROME_SAMPLES:
            assert label not in text, (field, label)
    assert "Accessibility links" in article.stripped
    assert "Breaking News" in article.stripped


def test_voa_dateline_is_not_a_paragraph(voa: tuple[Article, dict[str, Any]]) -> None:
    article, truth = voa
    assert article.body[0].text == truth["paragraphs"][0]


def test_voa_section_tags_language_site(voa: tuple[Article, dict[str, Any]]) -> None:
    article, _ = voa
    assert (article.section, article.language, article.site) == ("USA", "en", "voanews.com")
    assert article.tags == ("USA", "United States")


# --- the real live-audio page ---------------------------------------------------------


def test_live_audio_page_is_no_article(pangea_corpus: Path) -> None:
    truth = _truths(pangea_corpus)[AUDIO_ID]
    doc = _corpus_doc(pangea_corpus, truth)
    assert pangea.claims(doc)
    with pytest.raises(NoArticleFound):
        _pangea_article(doc)
    with pytest.raises(NoArticleFound):
        cleannews.extract(
            gzip.decompress((pangea_corpus / "pages" / f"{AUDIO_ID}.html.gz").read_bytes()),
            url=truth["url"],
        )


# --- the fingerprint ------------------------------------------------------------------


def test_claims_no_page_of_the_other_corpora(shared_dir: Path) -> None:
    corpus = shared_dir / "corpus"
    others = [p for p in sorted(corpus.iterdir()) if p.name != "pangea"]
    if not any((p / "truth.jsonl").is_file() for p in others):
        pytest.skip("../shared/corpus holds no other corpora")
    claimed: list[str] = []
    checked = 0
    for source in others:
        for path in sorted((source / "pages").glob("*.html.gz")):
            try:
                doc = Document.from_markup(decode_bytes(gzip.decompress(path.read_bytes())))
            except cleannews.CleannewsError:
                continue  # unreadable page: nothing to claim
            checked += 1
            if pangea.claims(doc):
                claimed.append(path.name)
    assert checked > 100
    assert claimed == []


def _doc(body: str, *, head: str = "", body_class: str = "pg-article") -> Document:
    return Document.from_markup(
        f"<html lang='en'><head>{head}</head><body class='{body_class}'>{body}</body></html>",
        url="https://www.rferl.org/a/1.html",
    )


SKIP_LINKS = (
    "<section><div class='sr-only'><h2>Accessibility links</h2><ul>"
    "<li><a href='#content'>Skip to main content</a></li>"
    "<li><a href='#txtHeaderSearch'>Skip to Search</a></li></ul></div></section>"
)


def _article_page(paragraphs: str, *, after: str = "", body_class: str = "pg-article") -> Document:
    return _doc(
        SKIP_LINKS + "<div id='content'><div class='hdr-container'>"
        "<h1 class='title pg-title'>Title</h1></div>"
        f"<div id='article-content'><div class='wsw'>{paragraphs}</div></div>{after}</div>",
        body_class=body_class,
    )


@pytest.mark.parametrize(
    "markup",
    [
        pytest.param("<div class='wsw'><p>Text.</p></div>", id="wsw-alone"),
        pytest.param("<h1 class='pg-title'>Title</h1>", id="pg-title-alone"),
        pytest.param(
            "<link href='https://x.example/fonts/pangea-variable.woff2'><p>pangea</p>",
            id="the-word-pangea",
        ),
    ],
)
def test_one_marker_alone_does_not_claim(markup: str) -> None:
    assert len(fingerprint_markers(_doc(markup))) <= 1
    assert not pangea.claims(_doc(markup))


def test_independent_markers_claim() -> None:
    doc = _article_page("<p>One paragraph.</p>")
    assert set(fingerprint_markers(doc)) == {"skip-links", "pg-title", "wsw-body"}
    assert pangea.claims(doc)


# --- body, credits and notices on small pages ------------------------------------------


def test_body_ending_click_here_is_not_a_notice() -> None:
    article = _pangea_article(
        _article_page("<p>The vote is on Sunday.</p><p>To see the full results, click here.</p>")
    )
    assert article.paragraphs == ("The vote is on Sunday.", "To see the full results, click here.")
    assert article.disclaimers == ()


def test_in_text_attribution_is_not_a_credit() -> None:
    article = _pangea_article(_article_page("<p>Ten people died, according to The AP.</p>"))
    assert article.credits == ()
    assert article.paragraphs == ("Ten people died, according to The AP.",)


def test_notice_at_the_end_of_the_body_leaves_it() -> None:
    article = _pangea_article(
        _article_page(
            "<p>Body text.</p><p>Based on reporting by Reuters and AP</p>"
            '<p>RFE/RL has been declared an "undesirable organization" by the Russian'
            " government.</p><p>To find out more, click here.</p>"
        )
    )
    assert article.paragraphs == ("Body text.",)
    assert [c.agencies for c in article.credits] == [("Reuters", "AP")]
    assert [d.kind for d in article.disclaimers] == ["undesirable-organization"]
    assert article.disclaimers[0].text.endswith("\nTo find out more, click here.")


def test_editors_note_opening_the_body_is_a_disclaimer() -> None:
    article = _pangea_article(
        _article_page(
            "<p>Editor's note: This story has been updated with the final count.</p>"
            "<p>Body text.</p>"
        )
    )
    assert article.paragraphs == ("Body text.",)
    assert [(d.kind, d.text) for d in article.disclaimers] == [
        ("editors-note", "Editor's note: This story has been updated with the final count.")
    ]


def test_teasers_after_the_article_are_not_read() -> None:
    teaser = (
        "<div class='media-block'><a href='/a/2.html'><h4>RFE/RL has been declared an"
        " undesirable organization: what it means</h4></a></div>"
    )
    article = _pangea_article(_article_page("<p>Body text.</p>", after=teaser))
    assert article.disclaimers == ()
    assert article.paragraphs == ("Body text.",)


def test_parse_leaves_the_tree_unchanged() -> None:
    doc = _article_page(
        "<p>A.</p><div class='wsw__embed'><figure><img src='/i.jpg'>"
        "<figcaption><span class='caption'>Cap.</span></figcaption></figure></div><p>B.</p>"
    )
    before = lxml.html.tostring(doc.root)
    article = _pangea_article(doc)
    assert lxml.html.tostring(doc.root) == before
    assert article.paragraphs == ("A.", "B.")
    assert [(c.text, c.image_url) for c in article.captions] == [
        ("Cap.", "https://www.rferl.org/i.jpg")
    ]


# --- pages that hold no article ---------------------------------------------------------


def test_media_page_with_a_short_description_is_no_article() -> None:
    doc = _article_page("<p>A short description of the video.</p>", body_class="pg-media")
    with pytest.raises(NoArticleFound):
        _pangea_article(doc)


def test_media_page_with_a_full_transcript_is_an_article() -> None:
    sentence = "The reporter walks along the river and talks to the people who fish there. "
    transcript = "".join(f"<p>{sentence * 3}</p>" for _ in range(8))
    article = _pangea_article(_article_page(transcript, body_class="pg-media"))
    assert len(article.paragraphs) == 8


def test_empty_body_is_no_article() -> None:
    with pytest.raises(NoArticleFound):
        _pangea_article(_article_page("<p> </p>"))


def test_broken_json_ld_is_ignored() -> None:
    doc = _doc(
        SKIP_LINKS + "<h1 class='pg-title'>Title</h1><div id='article-content'>"
        "<div class='wsw'><p>Text.</p></div></div>",
        head="<script type='application/ld+json'>{not json</script>",
    )
    article = _pangea_article(doc)
    assert (article.headline, article.published) == ("Title", None)


def test_json_ld_with_a_trailing_comma_is_read_by_the_tolerant_loader() -> None:
    ld = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Title",'
        ' "datePublished": "2024-04-28 07:00:00Z", "author": [{"name": "Ann Lee"},],}'
    )
    doc = _doc(
        SKIP_LINKS + "<h1 class='pg-title'>Title</h1><div id='article-content'>"
        "<div class='wsw'><p>Text.</p></div></div>",
        head=f"<script type='application/ld+json'>{ld}</script>",
    )
    article = _pangea_article(doc)
    assert article.published == "2024-04-28T07:00:00+00:00"
    assert article.authors == ("Ann Lee",)


def test_fields_pangea_markup_leaves_empty_come_from_the_shared_reader() -> None:
    # no header section, no intro, no keywords: OpenGraph and meta tags fill them
    head = (
        "<meta property='article:section' content='World'>"
        "<meta name='news_keywords' content='dams, rivers'>"
    )
    doc = _doc(
        SKIP_LINKS + "<h1 class='pg-title'>Title</h1><div id='article-content'>"
        "<div class='wsw'><p>Text.</p></div></div>",
        head=head,
    )
    article = _pangea_article(doc)
    assert article.section == "World"
    assert article.tags == ("dams", "rivers")


# --- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2024-04-28 07:00:00Z", "2024-04-28T07:00:00+00:00"),
        ("2024-04-28T03:00:00-04:00", "2024-04-28T03:00:00-04:00"),
        ("2019-01-23T18:00:00", "2019-01-23T18:00:00"),
        ("April 28, 2024", None),
        ("", None),
    ],
)
def test_iso_datetime(given: str, expected: str | None) -> None:
    assert iso_datetime(given) == expected


# --- any mix of Pangea markup: an Article or NoArticleFound, nothing else ----------------

FRAGMENTS = (
    SKIP_LINKS,
    "<h1 class='pg-title'>Title</h1>",
    "<div class='c-hlights'><span class='c-hlights__label'><span>Breaking News</span></span></div>",
    "<div id='article-content'>",
    "<div class='wsw'>",
    "</div>",
    "<p>Some words of text.</p>",
    "<p>With reporting by AFP</p>",
    "<p>RFE/RL has been declared an undesirable organization.</p>",
    "<figure><img src=''><figcaption><span class='caption'></span></figcaption></figure>",
    "<figure><img data-src='x.jpg' alt='a'><figcaption>Cap (AP)</figcaption></figure>",
    "<div class='wsw__embed'><p>embed</p>",
    "<blockquote>",
    "<ul><li>item</li>",
    "<time datetime='not a date'>x</time>",
    "<div class='published'><time datetime='2024-02-30T25:00:00Z'>x</time></div>",
    "<script type='application/ld+json'>[1, {\"@type\": 5}]</script>",
    "<div class='hdr-container'><li class='links__item'>By </li>",
    "<span class='dateline'>CITY —</span>",
    "text & < stray",
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(FRAGMENTS), max_size=25),
    st.sampled_from(["pg-article", "pg-media", ""]),
)
def test_any_mix_of_pangea_markup_gives_an_article_or_no_article(
    parts: list[str], body_class: str
) -> None:
    doc = _doc("".join(parts), body_class=body_class)
    try:
        article = _pangea_article(doc)
    except NoArticleFound:
        return
    assert Article.from_dict(article.to_dict()) == article
    assert all(block.text for block in article.body)


@pytest.mark.parametrize("needed", [1, 2, 3])
def test_has_markers_agrees_with_counting_every_marker(needed: int) -> None:
    pages = [
        "<html><body><p>No Pangea here.</p></body></html>",
        "<html><body><h1 class='pg-title'>T</h1><p>x</p></body></html>",
        "<html><body><a href='#txtHeaderSearch'>Search</a><h1 class='pg-title'>T</h1>"
        "<div class='wsw'><p>Body</p></div></body></html>",
        "<html><head><script>var pangea_version = '1';</script></head><body>"
        "<div class='c-hlights'>Breaking</div><img src='https://gdb.rferl.org/x.jpg'></body></html>",
    ]
    for markup in pages:
        doc = _doc(markup)
        assert has_markers(doc, needed) is (len(fingerprint_markers(doc)) >= needed)
