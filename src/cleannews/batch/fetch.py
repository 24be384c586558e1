"""Fetching a page by URL with the standard library: a per-read timeout, a total deadline,
a size cap (after decompression too), a redirect limit and a user agent.

Only http and https are followed, so a redirect can never make the fetcher read a local
file; and unless ``allow_private_addresses`` is set, a URL (the first one or a redirect's
``Location``) whose host resolves to a loopback, private, link-local or otherwise
non-public address is refused, so a page cannot point the fetcher at the inside of the
network it runs in. The check resolves the name before the request; a DNS answer that
changes between the check and the connection is not caught.
"""

from __future__ import annotations

import http.client
import ipaddress
import signal
import socket
import threading
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Any
from urllib.parse import urlsplit

from .._errors import InputError
from .errors import FetchError, InputTooLarge
from .warc import charset_of

__all__ = ["DEFAULT_USER_AGENT", "FetchOptions", "Fetched", "fetch"]

DEFAULT_USER_AGENT = "cleannews/0.1 (+https://pypi.org/project/cleannews/)"

_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class FetchOptions:
    #: seconds one network read (or the connection) may take
    timeout: float = 20.0
    #: seconds the whole fetch may take, redirects and a slow drip of bytes included
    deadline: float = 60.0
    max_bytes: int = 16 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = DEFAULT_USER_AGENT
    #: fetch from loopback and private networks too (off: such URLs are refused)
    allow_private_addresses: bool = False


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched page: its bytes, the URL after redirects and its declared type."""

    data: bytes
    url: str
    charset: str | None
    is_text: bool


def _check_address(url: str, options: FetchOptions) -> None:
    """Refuse a URL whose host is, or resolves to, a non-public address."""
    if options.allow_private_addresses:
        return
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError as exc:
        raise FetchError(f"not a valid URL: {url}") from exc
    if not host:
        raise FetchError(f"no host in the URL: {url}")
    try:
        infos = socket.getaddrinfo(host, port or 80, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        # not resolvable here: the request fails on its own, or a proxy resolves it
        return
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if not address.is_global:
            raise FetchError(
                f"{url}: {host} is a private address ({address}); "
                "--allow-private-addresses fetches from it"
            )


def _redirect_handler(options: FetchOptions) -> urllib.request.HTTPRedirectHandler:
    class LimitedRedirects(urllib.request.HTTPRedirectHandler):
        max_redirections = options.max_redirects

        # the signature is urllib's own, hence its six positional arguments
        def redirect_request(  # noqa: PLR0917
            self,
            req: urllib.request.Request,
            fp: IO[bytes],
            code: int,
            msg: str,
            headers: Any,
            newurl: str,
        ) -> urllib.request.Request | None:
            if not newurl.lower().startswith(("http://", "https://")):
                raise FetchError(f"refusing a redirect to a non-HTTP URL: {newurl}")
            # urllib counts only from the second redirect on: 0 would still follow one
            hops = len(getattr(req, "redirect_dict", {}))
            if hops >= options.max_redirects:
                raise FetchError(f"more than {options.max_redirects} redirects (next: {newurl})")
            _check_address(newurl, options)
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return LimitedRedirects()


def _opener(options: FetchOptions) -> urllib.request.OpenerDirector:
    # build_opener's defaults include file:// and ftp:// handlers; list only what we need.
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
        _redirect_handler(options),
    ):
        opener.add_handler(handler)
    return opener


class _DeadlinePassed(Exception):
    pass


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    """Interrupt a blocking read (headers dripped a byte at a time) when ``seconds`` pass.

    Only the main thread receives signals: elsewhere (a library caller's thread) the
    deadline is checked between reads of the body only.
    """
    if threading.current_thread() is not threading.main_thread() or not hasattr(
        signal, "setitimer"
    ):
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise _DeadlinePassed

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _read_body(response: Any, url: str, options: FetchOptions, deadline: float) -> bytes:
    """The body, read in chunks against the size cap and the deadline, decompressed."""
    encoding = (response.headers.get("Content-Encoding") or "identity").strip().lower()
    if encoding in {"gzip", "x-gzip"}:
        inflater: Any = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        inflater = zlib.decompressobj()
    elif encoding == "identity":
        inflater = None
    else:
        raise FetchError(f"{url}: unsupported Content-Encoding {encoding!r}")
    parts: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise _DeadlinePassed
        chunk = response.read1(_CHUNK) if hasattr(response, "read1") else response.read(_CHUNK)
        if not chunk:
            break
        if inflater is not None:
            try:
                chunk = inflater.decompress(chunk, options.max_bytes + 1 - size)
            except zlib.error as exc:
                raise FetchError(f"{url}: cannot decompress the response: {exc}") from exc
        parts.append(chunk)
        size += len(chunk)
        if size > options.max_bytes:
            raise InputTooLarge(f"{url}: larger than the {options.max_bytes}-byte limit")
    return b"".join(parts)


def fetch(url: str, options: FetchOptions) -> Fetched:
    """Fetch ``url``; raise :class:`FetchError` or :class:`InputTooLarge` on failure."""
    if not url.lower().startswith(("http://", "https://")):
        raise FetchError(f"not an http(s) URL: {url}")
    _check_address(url, options)
    request = urllib.request.Request(
        url, headers={"User-Agent": options.user_agent, "Accept": "text/html, text/plain;q=0.9"}
    )
    deadline = time.monotonic() + options.deadline
    try:
        with (
            _alarm(options.deadline),
            _opener(options).open(request, timeout=options.timeout) as response,
        ):
            length = response.headers.get("Content-Length")
            identity = not response.headers.get("Content-Encoding")
            if identity and length and length.isdigit() and int(length) > options.max_bytes:
                raise InputTooLarge(f"{url}: {length} bytes exceed the {options.max_bytes} limit")
            data = _read_body(response, url, options, deadline)
            content_type = response.headers.get("Content-Type") or ""
            return Fetched(
                data=data,
                url=response.geturl(),
                charset=charset_of(content_type),
                is_text=content_type.split(";")[0].strip().lower() == "text/plain",
            )
    except _DeadlinePassed:
        raise FetchError(f"{url}: not fetched within the {options.deadline:g} s deadline") from None
    except InputError:
        raise  # our own size and redirect refusals, already typed
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, InputError):
            raise exc.reason from exc
        raise FetchError(f"{url}: {exc.reason}") from exc
    except (TimeoutError, http.client.HTTPException, OSError, ValueError) as exc:
        raise FetchError(f"{url}: {type(exc).__name__}: {exc}") from exc
