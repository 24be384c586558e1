"""Decoding input and parsing it, once, into one lxml tree.

Bytes are decoded in this order: a byte-order mark; the charset the page declares in its
first bytes (``<meta charset>``, ``http-equiv``, XML declaration), when it decodes cleanly;
strict UTF-8; charset-normalizer's best guess; cp1252 with replacement as a last resort.
Binary data (images, archives, PDF, many NUL or other control bytes) is refused with
:class:`InputError`.

Parsing is bounded before libxml2 starts: pages over :data:`MAX_INPUT_BYTES` (bytes or
characters) and elements with more than :data:`MAX_ATTRIBUTES_PER_ELEMENT` attributes (whose
parse time grows with the square of their count) are refused. Pages over libxml2's 10 MB
text-node limit are parsed with ``huge_tree``, so a long text node or attribute is kept, not
dropped in silence.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Literal, NamedTuple
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from ._errors import InputError

__all__ = [
    "MAX_ATTRIBUTES_PER_ELEMENT",
    "MAX_INPUT_BYTES",
    "Decoded",
    "Document",
    "InputKind",
    "decode_bytes",
    "decode_page",
    "looks_like_html",
    "parse_html",
    "site_of",
]

InputKind = Literal["html", "text"]

#: Pages larger than this (in bytes, or characters for str input) are refused: no news
#: article is anywhere near it.
MAX_INPUT_BYTES = 64 * 1024 * 1024
#: An element with more attributes is refused: libxml2 checks each new attribute against
#: all earlier ones, so 100,000 of them take minutes; real pages stay under a hundred.
MAX_ATTRIBUTES_PER_ELEMENT = 5_000
#: libxml2's limit on one text node or attribute value (XML_MAX_TEXT_LENGTH) without
#: ``huge_tree``; only a page larger than it can reach it.
_LIBXML2_TEXT_LIMIT = 10_000_000
#: the share of control bytes (other than tab, CR, LF, ESC) above which bytes are not text:
#: random or binary data has about 11%, a page almost none
_MAX_CONTROL_SHARE = 0.03
#: ... and at least this many: a short snippet with a stray control byte or two is text
_MIN_CONTROL_BYTES = 32

_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"PK\x03\x04", "zip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ", "xz archive"),
    (b"RIFF", "RIFF media"),
    (b"\x7fELF", "ELF binary"),
    (b"OggS", "Ogg media"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)|<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_\-.]+)""",
    re.IGNORECASE,
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_HTML_MARKERS = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|span|a|br|h[1-6]|"
    r"ul|li|table|script|style|link|img|figure|main|header|footer|nav)\b[^<>]*>",
    re.IGNORECASE,
)
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
#: each control byte alone: ``in`` tests one byte with memchr, many times faster than the
#: deleting copy that translate() makes of every page
_EACH_CONTROL_BYTE = tuple(bytes((byte,)) for byte in _CONTROL_BYTES)
_SURROGATES = re.compile("[\ud800-\udfff]")
#: a start tag followed by so many bytes without another "<": only there can an element hold
#: MAX_ATTRIBUTES_PER_ELEMENT attributes ("a " each). The stretch is read with a one-byte
#: negated class (as fast as a scan gets); each one found is then read attribute by
#: attribute, quoted values and all, so a ">" inside a value does not end the count.
_LONG_START_TAG = re.compile(rb"<[A-Za-z][^<]{%d}" % (2 * MAX_ATTRIBUTES_PER_ELEMENT))
_TAG_NAME = re.compile(rb"<[A-Za-z][^\s/>]*")
_ATTRIBUTE = re.compile(rb"""[\s/]+[^\s/>"'=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']*))?""")
#: control bytes that do occur in text (tab, LF, CR, and ESC in old terminal dumps)
_TEXT_CONTROL_BYTES = b"\t\n\r\x1b"
_NON_TEXT_CONTROL_BYTES = (
    bytes(byte for byte in range(0x20) if byte not in _TEXT_CONTROL_BYTES) + b"\x7f"
)
_TITLE_OPEN = re.compile(rb"<title\b[^>]*>", re.IGNORECASE)
_TITLE_CLOSE = re.compile(rb"</title", re.IGNORECASE)


def _is_binary(data: bytes) -> str | None:
    head = data[:16]
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            return what
    sample = data[:4096]
    if _looks_utf16(sample):
        return None
    if sample.count(0) > len(sample) // 10:
        return "binary data"
    # Random bytes have no signature and decode to something; their control bytes (one in
    # nine) tell them from any text, whose controls are tabs and line breaks.
    controls = len(sample) - len(sample.translate(None, _NON_TEXT_CONTROL_BYTES))
    if controls > _MIN_CONTROL_BYTES and controls > len(sample) * _MAX_CONTROL_SHARE:
        return f"binary data, {controls} control bytes in its first {len(sample)}"
    return None


def _looks_utf16(sample: bytes) -> str | None:
    """UTF-16 without BOM: every other byte of ASCII-range text is NUL."""
    even, odd = sample[0::2], sample[1::2]
    if len(sample) < 8:
        return None
    if odd.count(0) > len(odd) * 0.7 and even.count(0) < len(even) * 0.1:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.7 and odd.count(0) < len(odd) * 0.1:
        return "utf-16-be"
    return None


def _normalise_codec(name: str) -> str | None:
    try:
        info = codecs.lookup(name.strip().lower())
    except LookupError:
        return None
    # "hex", "base64", "rot13", "zip" ... are codecs but not text encodings
    if not getattr(info, "_is_text_encoding", True):
        return None
    codec = info.name
    # Browsers read latin-1 and ascii declarations as windows-1252 (WHATWG encoding spec).
    if codec in {"latin-1", "iso8859-1", "ascii"}:
        return "cp1252"
    return codec


class Decoded(NamedTuple):
    """A page's text, and its bytes when they are that text's UTF-8 as they stand."""

    text: str
    #: the input itself when it was read as strict UTF-8 (no BOM): parse_html() takes it
    #: instead of encoding the text again
    utf8: bytes | None


def decode_bytes(data: bytes) -> str:
    """Decode page bytes to text; raise :class:`InputError` for binary or empty input."""
    return decode_page(data).text


def decode_page(data: bytes) -> Decoded:
    """:func:`decode_bytes`, with the input kept when it is the text's UTF-8."""
    # isspace(), not strip(): the same test without copying the page
    if not data or data.isspace():
        raise InputError("empty input")
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"input of {len(data)} bytes exceeds the {MAX_INPUT_BYTES}-byte limit")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom) :].decode(codec, errors="replace"), None)
    binary = _is_binary(data)
    if binary:
        raise InputError(f"input is binary ({binary}), not a page")
    utf16 = _looks_utf16(data[:4096])
    if utf16:
        return Decoded(data.decode(utf16, errors="replace"), None)
    match = _DECLARED_CHARSET.search(data[:8192])
    if match:
        declared = _normalise_codec((match.group(1) or match.group(2)).decode("ascii"))
        if declared and not declared.startswith("utf-16"):
            if declared != "utf-8" and not data.isascii():
                # A page declaring a legacy charset whose bytes are valid UTF-8 is UTF-8
                # (CMS templates keep old declarations); legacy text almost never is.
                try:
                    return Decoded(data.decode("utf-8"), data)
                except UnicodeDecodeError:
                    pass
            try:
                # strict "utf-8" (the codec's normalised name) gives the input back
                return Decoded(data.decode(declared), data if declared == "utf-8" else None)
            except (UnicodeError, LookupError, ValueError):
                # the declaration lies, or names a codec no page is written in ("punycode",
                # "undefined"): fall through to detection
                pass
    try:
        return Decoded(data.decode("utf-8"), data)
    except UnicodeDecodeError:
        pass
    return Decoded(_mostly_utf8(data) or _guess_decode(data), None)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a cut character, one stray legacy byte) is UTF-8.

    Detection on such a page picks a legacy codec and garbles every non-ASCII word, so a
    page whose valid multibyte characters outnumber its broken sequences twenty to one is
    read as UTF-8, the broken bytes replaced.
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    valid_wide = non_ascii - text.count("\ufffd")
    if valid_wide > 0 and broken * 20 <= valid_wide:
        return text
    return None


def _guess_decode(data: bytes) -> str:
    from charset_normalizer import from_bytes  # imported lazily: rarely needed, slow import

    matches = from_bytes(data[:200_000])
    best = matches.best()
    if best is None or not best.encoding:
        return data.decode("cp1252", errors="replace")
    # Detection often ties between Western codecs on short texts; a tie goes to
    # windows-1252, the web's fallback for undeclared pages (WHATWG encoding spec).
    for match in matches:
        if (
            match.encoding == "cp1252"
            and match.chaos <= best.chaos
            and match.coherence >= best.coherence
        ):
            return data.decode("cp1252", errors="replace")
    return data.decode(best.encoding, errors="replace")


def check_text_size(text: str) -> None:
    """Refuse str input over :data:`MAX_INPUT_BYTES` characters, as bytes are refused."""
    if len(text) > MAX_INPUT_BYTES:
        raise InputError(
            f"input of {len(text)} characters exceeds the {MAX_INPUT_BYTES}-character limit"
        )


def _check_attributes(data: bytes) -> None:
    """Refuse a page with an element holding too many attributes, before libxml2 sees it
    (libxml2 checks each attribute against the ones before it: quadratic)."""
    position = 0
    while match := _LONG_START_TAG.search(data, position):
        name = _TAG_NAME.match(data, match.start())
        position = name.end() if name is not None else match.start() + 1
        count = 0
        while (attribute := _ATTRIBUTE.match(data, position)) is not None:
            count += 1
            if count > MAX_ATTRIBUTES_PER_ELEMENT:
                raise InputError(
                    f"an element with over {MAX_ATTRIBUTES_PER_ELEMENT} attributes: over the "
                    "limit of attributes per element"
                )
            position = attribute.end()


def _resource_limit_hit(parser: lxml.etree.HTMLParser) -> str | None:
    for entry in parser.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT":
            return str(entry.message)
    return None


def looks_like_html(text: str) -> bool:
    """Tell markup from plain text: a document start or several known tags."""
    head = text.lstrip()[:1024].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")):
        return True
    return len(_HTML_MARKERS.findall(text, 0, 200_000)) >= 3


#: plain HtmlElement proxies, chosen in C (lookup objects are immutable)
_CLASS_LOOKUP = lxml.etree.ElementDefaultClassLookup(
    element=HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)


def parse_html(text: str, utf8: bytes | None = None) -> HtmlElement:
    """Parse markup into one lxml tree; never reads anything outside the input.

    ``utf8`` is ``text`` encoded as UTF-8 when the caller holds it (:class:`Decoded`):
    the page is then not encoded a second time.
    """
    declared = _XML_DECLARATION.match(text)
    if declared:
        text, utf8 = text[declared.end() :], None
    # libxml2 is fed UTF-8 bytes: it would encode a str itself, and deleting control
    # characters from bytes is one C pass where a regex over the str cost a third of the
    # parse. A lone surrogate (possible only in str input) would stop libxml2's reading.
    if utf8 is not None:
        data = utf8
    else:
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            data = _SURROGATES.sub("\ufffd", text).encode("utf-8")
    if any(byte in data for byte in _EACH_CONTROL_BYTE):
        data = data.translate(None, _CONTROL_BYTES)  # never inside a UTF-8 multibyte sequence
    if not text or text.isspace() or not data or data.isspace():
        raise InputError("empty input")
    check_text_size(text)
    _check_attributes(data)
    # Without huge_tree libxml2 drops a text node or attribute over 10 MB in silence; only a
    # page larger than that can hold one, so every other page is parsed as before.
    huge = len(data) > _LIBXML2_TEXT_LIMIT
    parser = lxml.html.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        collect_ids=False,
        huge_tree=huge,
        encoding="utf-8",  # already decoded: a <meta charset> must not re-decode it
    )
    # lxml.html's default lookup is a Python method run for every element proxy created
    # (each walk step); only its form/input classes differ from this C lookup, and no
    # parser uses them
    parser.set_element_class_lookup(_CLASS_LOOKUP)
    root = _parse_bytes(data, parser)
    if huge and (limit := _resource_limit_hit(parser)):
        raise InputError(f"libxml2 gave up on part of the page: {limit.strip()}")
    if root.find("body") is None:
        closed = _close_title(data)
        if closed is not None:
            return _parse_bytes(closed, parser)
    return root


def _close_title(data: bytes) -> bytes | None:
    """The page with its ``<title>`` closed, when the page never closes it: libxml2 then
    reads the whole page as the title's text and the tree has no body at all. A browser
    of the page's day showed the page; the title is taken to end with its first line."""
    opened = _TITLE_OPEN.search(data)
    if opened is None or _TITLE_CLOSE.search(data, opened.end()) is not None:
        return None
    end = opened.end()
    cut = min(p for p in (data.find(b"\n", end), data.find(b"<", end), len(data)) if p >= 0)
    return data[:cut] + b"</title>" + data[cut:]


def _parse_bytes(data: bytes, parser: lxml.html.HTMLParser) -> HtmlElement:
    try:
        root = lxml.html.document_fromstring(data, parser=parser)
    except (lxml.etree.LxmlError, ValueError) as exc:
        # LxmlError: ParserError, and the XMLSyntaxError libxml2 raises when it runs out
        # of memory on a huge page
        raise InputError(f"cannot parse the input as HTML: {exc}") from exc
    if root is None:
        raise InputError("the input holds no HTML document")
    return root


def site_of(url: str | None) -> str | None:
    """The host of a URL without a leading ``www.``."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:  # "http://[::1" and other URLs that do not split
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


@dataclass(frozen=True, slots=True)
class Document:
    """One page, parsed once; every parser reads this tree and none re-parses."""

    root: HtmlElement
    url: str | None = None

    @classmethod
    def from_markup(cls, text: str, url: str | None = None) -> Document:
        return cls(root=parse_html(text), url=url)
