"""Fetching a page by URL with the standard library: a timeout, a size cap, a redirect
limit and a user agent. Only http and https are followed, so a redirect can never make
the fetcher read a local file."""

from __future__ import annotations

import http.client
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import IO, Any

from .._errors import InputError
from .errors import FetchError, InputTooLarge
from .warc import charset_of

__all__ = ["DEFAULT_USER_AGENT", "FetchOptions", "Fetched", "fetch"]

DEFAULT_USER_AGENT = "cleannews/0.1 (+https://pypi.org/project/cleannews/)"


@dataclass(frozen=True, slots=True)
class FetchOptions:
    timeout: float = 20.0
    max_bytes: int = 16 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = DEFAULT_USER_AGENT


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched page: its bytes, the URL after redirects and its declared type."""

    data: bytes
    url: str
    charset: str | None
    is_text: bool


def _redirect_handler(limit: int) -> urllib.request.HTTPRedirectHandler:
    class LimitedRedirects(urllib.request.HTTPRedirectHandler):
        max_redirections = limit

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
        _redirect_handler(options.max_redirects),
    ):
        opener.add_handler(handler)
    return opener


def fetch(url: str, options: FetchOptions) -> Fetched:
    """Fetch ``url``; raise :class:`FetchError` or :class:`InputTooLarge` on failure."""
    if not url.lower().startswith(("http://", "https://")):
        raise FetchError(f"not an http(s) URL: {url}")
    request = urllib.request.Request(
        url, headers={"User-Agent": options.user_agent, "Accept": "text/html, text/plain;q=0.9"}
    )
    try:
        with _opener(options).open(request, timeout=options.timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > options.max_bytes:
                raise InputTooLarge(f"{url}: {length} bytes exceed the {options.max_bytes} limit")
            data = response.read(options.max_bytes + 1)
            if len(data) > options.max_bytes:
                raise InputTooLarge(f"{url}: larger than the {options.max_bytes}-byte limit")
            content_type = response.headers.get("Content-Type") or ""
            return Fetched(
                data=data,
                url=response.geturl(),
                charset=charset_of(content_type),
                is_text=content_type.split(";")[0].strip().lower() == "text/plain",
            )
    except InputError:
        raise  # our own size and redirect refusals, already typed
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        raise FetchError(f"{url}: {exc.reason}") from exc
    except (TimeoutError, http.client.HTTPException, OSError, ValueError) as exc:
        raise FetchError(f"{url}: {type(exc).__name__}: {exc}") from exc
