"""From kept blocks to the Article's parts: body, captions, wire credits, notices, chrome.

The headline is taken out of the body (the Article has a field for it), as is any short
label printed above it (section name, "Breaking"). A block the shared classifiers call a
credit line or a notice moves to ``credits`` or ``disclaimers``; the same classifiers
serve the text parser, so a line is recognised the same way in both.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from urllib.parse import urljoin

from ..._article import Block, Caption, Credit, Disclaimer
from ...classify.captions import (
    credit_alone,
    is_not_caption,
    split_caption_credit,
    split_photo_credit,
)
from ...classify.credits import match_credit, split_trailing_sign_off
from ...classify.disclaimers import continues_disclaimer, match_disclaimer
from .content import Selection
from .figures import FigureNote
from .walk import TextBlock, WalkResult

__all__ = ["Parts", "assemble"]

#: a label above the headline is at most this long (section names, kickers)
_MAX_LABEL_CHARS = 80
#: an <h1> inside a longer <title> (or the reverse) is the headline when it is this much
_HEADLINE_SHARE = 0.5
#: how many blocks after the story are searched for its credit line and notices
_NOTE_LOOKAHEAD = 8
#: notes open or close a story: the first and last kept blocks read for them
_NOTE_EDGE_HEAD = 3
_NOTE_EDGE_TAIL = 8


@dataclass(frozen=True, slots=True)
class Parts:
    body: tuple[Block, ...]
    captions: tuple[Caption, ...]
    credits: tuple[Credit, ...]
    disclaimers: tuple[Disclaimer, ...]
    stripped: tuple[str, ...]
    #: the page's own <h1>, for pages whose metadata names no headline
    headline: str | None


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _same_headline(printed: str, headline: str) -> bool:
    """The page's <h1> prints the headline: equal, or one inside the other (a <title>
    carries the site's name, "Headline | Site"; a short og:title drops a subtitle)."""
    a, b = _norm(printed), _norm(headline)
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    # most of it: a subheading that quotes the headline's last words is not the headline
    return len(shorter) >= _HEADLINE_SHARE * len(longer) and shorter in longer


def _headline_index(
    walked: WalkResult, kept: tuple[int, ...], headline: str | None
) -> tuple[int | None, str | None]:
    """Index of the block that prints the headline, and the headline text."""
    blocks = walked.blocks
    if headline:
        for i in kept:
            if blocks[i].heading and _same_headline(blocks[i].text, headline):
                return i, headline
    first_h1 = next((i for i, b in enumerate(blocks) if b.tag == "h1"), None)
    if first_h1 is None:
        return None, headline
    if headline and not _same_headline(blocks[first_h1].text, headline):
        # the page's h1 is not the headline the metadata gives: keep it as body text
        return None, headline
    return first_h1, headline or blocks[first_h1].text


def _unbracketed(text: str) -> str:
    """ "(Reporting by ...; Editing by ...)": the brackets frame a credit line."""
    if text.startswith("(") and text.endswith(")"):
        return text[1:-1]
    return text


def _caption(note: FigureNote, base_url: str | None) -> Caption | None:
    text, credit = note.text, note.credit
    if credit is None and text:
        text, credit = split_caption_credit(text)
    if credit:
        # "(AP Photo/Kyle Green)": the brackets frame the credit, they are not part of it
        credit = credit.strip(" ()[]") or None
    if text and credit is None:
        credit = credit_alone(text)
        if credit is not None:
            text = ""  # "Getty Images", "Foto: dpa": the whole text is a credit
    # an image with only a credit keeps it (the caption's text is empty)
    if (not text and not credit) or (text and is_not_caption(text)):
        return None
    image = note.image_url
    if image and base_url:
        image = urljoin(base_url, image)
    return Caption(text=text, credit=credit, image_url=image, alt=note.alt)


def _captions(
    walked: WalkResult, selection: Selection, base_url: str | None
) -> tuple[Caption, ...]:
    """The captions inside the content region, and outside it those of figures outside
    boilerplate that show an image (the lead image above the story, a gallery below it): a
    caption-styled text without an image out there is a label or a teaser, not a caption."""
    region = selection.region
    seen: set[str] = set()
    captions: list[Caption] = []
    for note in walked.figures:
        if region.start <= note.position <= region.end or (
            note.boiler < 0 and note.image_url is not None
        ):
            caption = _caption(note, base_url)
            # a credit-only caption is told apart by its credit
            key = caption.text or f"\x00{caption.credit}" if caption is not None else ""
            if caption is not None and key not in seen:
                seen.add(key)
                captions.append(caption)
    return tuple(captions)


def _is_note(block: TextBlock) -> bool:
    return match_credit(_unbracketed(block.text)) is not None or bool(match_disclaimer(block.text))


def _with_notes(walked: WalkResult, selection: Selection) -> tuple[list[int], set[int]]:
    """The kept blocks, plus the credit lines and notices the reading filter let go (too
    short to read as prose) and those just after the region: an AP copyright line or an
    editor's note often sits in a box of its own under the story.

    Also the blocks worth asking the classifiers about: notes open or close a story, so
    only its first and last few blocks are read for them (the patterns are not cheap)."""
    blocks = walked.blocks
    start, end = selection.region.start, selection.region.end
    kept = selection.kept
    edges = set(kept[:_NOTE_EDGE_HEAD]) | set(kept[-_NOTE_EDGE_TAIL:])
    if kept:
        first, last = kept[0], kept[-1]
        edges.update(
            i
            for i in (
                *range(max(start, first - _NOTE_EDGE_HEAD), first),
                *range(last + 1, min(end, last + 1 + _NOTE_LOOKAHEAD)),
            )
            if blocks[i].boiler < 0 and _is_note(blocks[i])
        )
    after = kept[-1] + 1 if kept else end
    edges.update(
        i
        for i in range(max(end, after), min(max(end, after) + _NOTE_LOOKAHEAD, len(blocks)))
        if _is_note(blocks[i])
    )
    return sorted(edges.union(kept)), edges


def assemble(
    walked: WalkResult, selection: Selection, headline: str | None, base_url: str | None = None
) -> Parts:
    blocks = walked.blocks
    kept = selection.kept
    head_index, headline = _headline_index(walked, kept, headline)
    body: list[Block] = []
    credits: list[Credit] = []
    disclaimers: list[Disclaimer] = []
    notice_open = False
    order, edges = _with_notes(walked, selection)
    captions = _captions(walked, selection, base_url)
    # a slideshow prints each caption again as a text box beside its image: a block that
    # repeats a caption word for word, and is not a paragraph of the story, is that copy
    # (the figures' own texts count too: one that is not a caption, a credit alone or a
    # label, is still no body text when printed again)
    region = selection.region
    caption_texts = {_norm(c.text) for c in captions if c.text} | {
        _norm(text)
        for note in walked.figures
        if note.text and (note.boiler < 0 or region.start <= note.position <= region.end)
        for text in (note.text, split_photo_credit(note.text)[0])
    }
    for i in order:
        block: TextBlock = blocks[i]
        if caption_texts and block.tag != "p" and _norm(block.text) in caption_texts:
            continue
        if (
            head_index is not None
            and i <= head_index
            and (i == head_index or len(block.text) <= _MAX_LABEL_CHARS)
        ):
            continue
        if i not in edges:
            body.append(Block(block.kind, block.text))
            continue
        if notice_open and continues_disclaimer(disclaimers[-1].kind, block.text):
            # one notice over several paragraphs is one entry, its paragraphs joined
            last = disclaimers[-1]
            disclaimers[-1] = Disclaimer(last.kind, f"{last.text}\n{block.text}")
            continue
        notice = match_disclaimer(block.text)
        notice_open = notice is not None
        if notice is not None:
            disclaimers.append(Disclaimer(notice, block.text))
            continue
        credit = match_credit(_unbracketed(block.text))
        if credit is not None:
            credits.append(credit)
            continue
        if i < selection.region.end:
            body.append(Block(block.kind, block.text))
    if body and body[-1].kind == "paragraph":
        text, sign_off = split_trailing_sign_off(body[-1].text)
        if sign_off is not None:
            body[-1] = Block("paragraph", text)
            credits.append(sign_off)
    return Parts(
        body=tuple(body),
        captions=captions,
        credits=tuple(credits),
        disclaimers=tuple(disclaimers),
        # the generic parser reports no chrome lines: what it leaves out is whole page
        # furniture (menus, footers), not the labels the field is for
        stripped=(),
        headline=headline,
    )
