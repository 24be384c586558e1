"""What text-mode tools do to a page's layout, undone before the dump is read.

- **Hard wrapping.** ``lynx -dump``, ``w3m -dump`` and html2text wrap every paragraph at
  a fixed width (74-80 columns), so one paragraph comes as several lines with no blank line
  between them, which the reader would take for a caption glued to a paragraph, a title,
  or menu items. A wrapped dump shows it: many lines end within a few columns of one width
  and almost none go past it. A line is joined to the next when the next line's first word
  would not have fit on it (that is why the tool broke the line there).
- **Markdown** (html2text): ``[text](url)`` is its text, ``![alt](src)`` its alt text on a
  line of its own (the caption that follows it in the page comes after), ``# `` heading
  marks, ``> `` quote marks, ``**`` emphasis and backslash escapes go.
- **A crawler's prefix**: " date 2025-12-08 " fused with the page's first line.
- **Form fields and buttons** as lynx and w3m draw them ("(BUTTON) Menu", "[ ]",
  "____________", "IFRAME: <url>") are not text of the page.

A dump with none of these marks is returned unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable

__all__ = ["undo_tool_layout"]

#: a wrapped dump: its width is at least so many columns ...
_MIN_WRAP_WIDTH = 60
_MAX_WRAP_WIDTH = 132
#: ... at least so many lines (and this share of the longer ones) end within the last
#: columns before it ...
_WRAP_BAND = 10
_MIN_WRAPPED_LINES = 4
_MIN_WRAPPED_SHARE = 0.3
#: ... and at most this share of the lines run past it (a long word)
_MAX_OVERLONG_SHARE = 0.05
#: lines this short are not counted: a menu's items end anywhere
_MIN_COUNTED_LENGTH = 30

#: characters a terminal draws two columns wide (CJK): a line holding any is measured
_WIDE_CHAR = re.compile(r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]")
_IMAGE_FILE = re.compile(r"\[[\w.\-]{1,80}\.(?:jpe?g|png|gif|svg|webp)\]", re.IGNORECASE)
#: a crawler's record header fused with the page's first line: " date 2025-12-08 <text>"
_CRAWLER_PREFIX = re.compile(
    r"^\s*(?:date|crawled|fetched)\s*[:=]?\s*\d{4}-\d{2}-\d{2}"
    r"(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?[ \t]+(?=\S)",
    re.IGNORECASE,
)
_NEWLINES = re.compile(r"\r\n|\r|\u2028|\u2029|\x85")
_BULLET_START = re.compile(r"^\s*(?:[*•·▪◦‣∙+\-–—]|\d{1,3}[.)])\s")

_MARKDOWN_LINK = re.compile(r"\]\((?:https?:|/|#|mailto:)")
_MIN_MARKDOWN_LINKS = 3
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_HEADING_MARK = re.compile(r"^(\s*)#{1,6}\s+", re.MULTILINE)
_QUOTE_MARK = re.compile(r"^\s*(?:>\s?)+", re.MULTILINE)
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
_RULE_LINE = re.compile(r"^\s*(?:\*\s*){3,}$|^\s*-{3,}\s*$", re.MULTILINE)

#: "(BUTTON) Menu", "IFRAME: https://...", "____________________ (BUTTON) Sign up",
#: "[                    ]Sign up", "[ ] Remember me", "[INLINE]"
_FORM_MARKS = re.compile(
    r"\(BUTTON\)\s*|\(submit\)\s*|\[INS:\s*|\s*:INS\]|_{6,}|\[\s{3,}\]|\[\s?[xX]?\s?\]\s|\[(?:INLINE|IMG|LINK)\]"
)
_IFRAME_LINE = re.compile(r"^\s*IFRAME:\s*\S*\s*$", re.MULTILINE)
_MIN_FORM_MARKS = 2


def undo_tool_layout(text: str) -> str:
    """The dump with the tool's wrapping, Markdown and form marks undone (see above)."""
    text = _CRAWLER_PREFIX.sub("", text, count=1)
    if _is_markdown(text):
        text = _unwrap(text)
        text = _plain_markdown(text)
    else:
        text = _unwrap(text)
    if len(_FORM_MARKS.findall(text)) >= _MIN_FORM_MARKS or _IFRAME_LINE.search(text):
        text = _IFRAME_LINE.sub("", text)
        text = _FORM_MARKS.sub("", text)
    # lynx names an image with no alt text by its file: "[64c779.jpeg]", "[qzone.png]"
    return _IMAGE_FILE.sub("", text)


def _wrap_width(lines: list[str], measure: Callable[[str], int]) -> int | None:
    """The width the dump is wrapped at, or None when it is not wrapped.

    The width is the length that all but a few lines stay within (a line holding a URL
    may run past it: a URL is not broken); many lines end just short of it.
    """
    lengths = sorted(
        length
        for line in lines
        if "://" not in line
        and "](" not in line
        and (length := measure(line)) > _MIN_COUNTED_LENGTH
    )
    if len(lengths) < _MIN_WRAPPED_LINES:
        return None
    width = lengths[int((1 - _MAX_OVERLONG_SHARE) * (len(lengths) - 1))]
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return None
    banded = sum(1 for length in lengths if width - _WRAP_BAND < length <= width)
    longer = sum(1 for length in lengths if length > width // 2)
    if banded < _MIN_WRAPPED_LINES or banded < _MIN_WRAPPED_SHARE * longer:
        return None
    # the widest column that more than one line ends at: a line or two longer (a long
    # word) does not widen it
    ends = Counter(length for length in lengths if width - _WRAP_BAND < length <= width)
    return max((length for length, n in ends.items() if n > 1), default=width)


def _characters(line: str) -> int:
    return len(line.rstrip())


def _columns(line: str) -> int:
    """The columns a line takes in a terminal, its trailing spaces not counted."""
    line = line.rstrip()
    if not _WIDE_CHAR.search(line):
        return len(line)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _unwrap(text: str) -> str:
    lines = _NEWLINES.sub("\n", text).split("\n")
    # w3m measures a line in a terminal's columns (a CJK character takes two), lynx in
    # characters
    measure: Callable[[str], int] = _characters
    width = _wrap_width(lines, measure)
    if width is None and _WIDE_CHAR.search(text):
        measure = _columns
        width = _wrap_width(lines, measure)
    if width is None:
        return text
    out: list[str] = []
    last_length = 0  # the physical length of the line ``out[-1]`` ends with
    for line in lines:
        body = line.strip()
        if (
            out
            and body
            and out[-1].strip()
            and last_length + 1 + measure(body.split()[0]) > width
            and not _BULLET_START.match(line)
        ):
            before = out[-1].rstrip()
            hyphen = before.endswith("-") and before[-2:-1].isalpha() and body[0].isalpha()
            # a script written without spaces is broken anywhere, and joined with none
            unspaced = bool(_WIDE_CHAR.match(before[-1]) or _WIDE_CHAR.match(body[0]))
            out[-1] = before + ("" if hyphen or unspaced else " ") + body
        else:
            out.append(line)
        last_length = measure(line)
    return "\n".join(out)


def _is_markdown(text: str) -> bool:
    return len(_MARKDOWN_LINK.findall(text)) >= _MIN_MARKDOWN_LINKS


def _plain_markdown(text: str) -> str:
    text = _IMAGE.sub(lambda m: f"\n{m[1]}\n" if m[1].strip() else "", text)
    text = _LINK.sub(lambda m: m[1], text)
    text = _RULE_LINE.sub("", text)
    text = _HEADING_MARK.sub(r"\1", text)
    text = _QUOTE_MARK.sub("", text)
    text = _STRONG.sub(lambda m: m[2], text)
    return _ESCAPE.sub(r"\1", text)
