"""``--canonical-url``: the page's canonical link, else og:url, read from its head."""

from __future__ import annotations

from cleannews import Article
from cleannews.batch.canonical import canonical_url, with_canonical_url

BASE = "https://m.example.com/a/1?utm=x"


def test_the_canonical_link_wins_and_is_resolved_against_the_base() -> None:
    page = (
        b'<html><head><meta property="og:url" content="https://og.example.com/a">'
        b'<link rel="Canonical" href="/a/1"></head><body><p>x</p></body></html>'
    )
    assert canonical_url(page, BASE) == "https://m.example.com/a/1"


def test_og_url_is_the_fallback_and_only_http_urls_count() -> None:
    page = '<head><link rel="canonical" href="javascript:void(0)"><meta property="og:url" content="https://www.example.com/a/1"></head>'
    assert canonical_url(page, None) == "https://www.example.com/a/1"
    assert canonical_url("<head><title>t</title></head>", BASE) is None
    assert canonical_url("", BASE) is None


def test_only_the_head_is_read() -> None:
    page = "<head><title>t</title></head><body><link rel=canonical href='https://x.example/'>"
    assert canonical_url(page, BASE) is None


def test_the_article_takes_url_and_site_or_stays_as_it_is() -> None:
    article = Article(parser="generic", url=BASE, site="m.example.com")
    moved = with_canonical_url(
        article, b'<head><link rel="canonical" href="https://www.example.com/a/1"></head>'
    )
    assert (moved.url, moved.site) == ("https://www.example.com/a/1", "example.com")
    assert with_canonical_url(article, b"<head></head>") is article
