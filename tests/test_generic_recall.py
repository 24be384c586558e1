"""Recall on markup the rules were not written for (issue 11): each page here is written for
the test, modelled on a structure that cost real text on the new dev corpora."""

from __future__ import annotations

import cleannews

_POST = (
    "The allotment society's autumn show drew more entries than any year since it began, "
    "with forty-two growers bringing marrows, onions and a pumpkin that needed three people "
    "to lift onto the scales."
)
_SECOND = (
    "Judging ran late into the afternoon, and the cup for best in show went to a first-time "
    "entrant from the lower plots, who said she had only started growing two summers ago."
)
_THIRD = (
    "The society will hold its spring plant sale in April, with seedlings from the "
    "members' greenhouses and a stall of tools mended by the volunteers."
)
_NAV = "<div id='nav'><a href='/'>Home</a> <a href='/archive/'>Archive</a></div>"


def test_a_page_that_never_closes_its_title_still_yields_its_story() -> None:
    page = (
        "<html><head><title>Autumn show breaks its record\n"
        "<script>var size = 12;</script></head><body>"
        f"{_NAV}<div class='story'><p>{_POST}</p><p>{_SECOND}</p></div></body></html>"
    )
    article = cleannews.extract(page, url="https://www.valleyplots.example/news/autumn-show")
    assert article.paragraphs == (_POST, _SECOND)
    assert article.headline is not None
    assert article.headline.startswith("Autumn show breaks its record")


def test_a_post_tagged_with_a_furniture_word_is_not_furniture() -> None:
    # WordPress prints a class per tag of the post: "tag-social-media" names the topic
    page = (
        "<html><head><title>Show</title></head><body>"
        f"{_NAV}<div class='post-12 post type-post tag-social-media tag-sidebar category-news'>"
        f"<h2>Autumn show</h2><p>{_POST}</p><p>{_SECOND}</p></div>"
        "<div class='sidebar'><p>About this blog</p></div></body></html>"
    )
    article = cleannews.extract(page)
    assert article.paragraphs == (_POST, _SECOND)


def test_a_blog_post_of_an_image_and_one_paragraph_is_not_a_captioned_image() -> None:
    # the post's wrapper holds a body named as such, an image and a few lines: the story
    page = (
        "<html><head><title>Blog</title></head><body>"
        "<div class='sidebar'><p>Every week I write about the plots, the weather and the "
        "people who turn up on Saturday mornings with a flask and a spade.</p></div>"
        "<div class='post hentry'><h3>Autumn show</h3><div class='post-body entry-content'>"
        "<div class='separator'><a href='/big.jpg'><img src='/small.jpg'></a></div>"
        f"{_POST}</div></div></body></html>"
    )
    article = cleannews.extract(page)
    assert _POST in article.text


def test_inside_a_named_body_a_paragraph_beside_an_image_stays_in_the_story() -> None:
    page = (
        "<html><head><title>Blog</title></head><body>"
        "<div class='entry'><h3>Autumn show</h3><div class='entry-content'><div>"
        f"<p>{_POST}</p><p><a href='/photo'><img src='/photo.jpg' alt='image'></a></p>"
        "</div></div></div></body></html>"
    )
    article = cleannews.extract(page)
    assert article.paragraphs == (_POST,)


def test_a_short_post_is_not_lost_to_the_long_comment_thread_under_it() -> None:
    comment = (
        "<li><p>I was there all day and it was the best show yet. The tea "
        "tent ran out of scones by two, the brass band played through the rain, and my "
        "grandson still talks about the pumpkin. Next year I am entering my leeks, whatever "
        "my wife says about the state of the shed and the greenhouse after this summer.</p>"
        "</li>"
    )
    page = (
        "<html><head><title>Show</title></head><body>"
        f"{_NAV}<div class='post'><h2>Autumn show</h2><p>{_POST}</p><p>{_SECOND}</p>"
        f"<p>{_THIRD}</p></div>"
        f"<h3>8 Responses</h3><ol class='commentlist'>{comment * 8}</ol>"
        "</body></html>"
    )
    article = cleannews.extract(page)
    assert article.paragraphs == (_POST, _SECOND, _THIRD)
