"""``cleannews save-case URL_OR_FILE site/story``: save a page as a pytest plugin case.

Writes ``<dir>/site/story/input.html`` (the page's bytes exactly as fetched or read) and
``meta.json``::

    {"url": "https://…" | null, "fetched": "2026-12-04T16:30:00Z",
     "charset": "windows-1251" | null, "charset_from": "http" | "page" | null,
     "description": ""}

``fetched`` is when the page was saved (UTC). ``charset`` is the HTTP header's when the
server sent one (the plugin's ``NewsPage.extract()`` then decodes with it, as a browser
would), else the page's own ``<meta charset>``. A text dump (a ``.txt`` file, or a
``text/plain`` response) is saved as ``input.txt``. An existing case is never
overwritten without ``--force``. ``expected.json`` is left to ``pytest --cleannews-update``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ._errors import CleannewsError
from .batch.fetch import FetchOptions, fetch
from .batch.inputs import is_url

__all__ = ["save_case", "save_case_main"]

DEFAULT_DIR = "tests/pages"
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)""", re.I)
_CASE_NAME = re.compile(r"^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$")


class SaveCaseError(CleannewsError):
    """A case that cannot be saved: a bad name, an existing folder, an unreadable page."""


def _page_charset(data: bytes) -> str | None:
    found = _DECLARED.search(data[:8192])
    return found.group(1).decode("ascii").lower() if found else None


def save_case(
    source: str,
    name: str,
    *,
    root: Path,
    url: str | None = None,
    force: bool = False,
    fetch_options: FetchOptions | None = None,
) -> Path:
    """Save ``source`` (an http(s) URL or a file) as the case ``name`` under ``root``."""
    if not _CASE_NAME.match(name) or any(part in {".", ".."} for part in name.split("/")):
        raise SaveCaseError(f"invalid case name {name!r}: use a relative path like 'site/story'")
    case = root.joinpath(*name.split("/"))
    if case.exists() and any(case.iterdir()) and not force:
        raise SaveCaseError(f"{case} exists already: pass --force to replace its page")
    http_charset: str | None = None
    page_url: str | None = url
    is_text = False
    if is_url(source):
        fetched = fetch(source, fetch_options or FetchOptions())
        data, http_charset, is_text = fetched.data, fetched.charset, fetched.is_text
        page_url = url or fetched.url
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise SaveCaseError(f"cannot read {source}: {exc}") from exc
        is_text = source.lower().endswith(".txt")
    if not data.strip():
        raise SaveCaseError(f"{source} is empty")
    page_charset = None if is_text else _page_charset(data)
    meta: dict[str, Any] = {
        "url": page_url,
        "fetched": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "charset": http_charset or page_charset,
        "charset_from": "http" if http_charset else ("page" if page_charset else None),
        "description": "",
    }
    case.mkdir(parents=True, exist_ok=True)
    for old in ("input.html", "input.txt"):
        (case / old).unlink(missing_ok=True)
    (case / ("input.txt" if is_text else "input.html")).write_bytes(data)
    (case / "meta.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return case


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleannews save-case",
        description="Save a page as a test case of the cleannews pytest plugin: "
        "DIR/NAME/input.html (or input.txt) and meta.json (URL, fetch date, charset).",
    )
    parser.add_argument("source", metavar="URL_OR_FILE", help="an http(s) URL or a saved page")
    parser.add_argument("name", metavar="NAME", help="the case name, e.g. 'site/story'")
    parser.add_argument(
        "--dir", default=DEFAULT_DIR, help="the fixtures folder (default: %(default)s)"
    )
    parser.add_argument(
        "--url", help="the page's URL, for a file (default: the fetched URL, or none)"
    )
    parser.add_argument(
        "--force", action="store_true", help="replace an existing case's page (default: off)"
    )
    parser.add_argument(
        "--allow-private-addresses",
        action="store_true",
        help="fetch a URL on loopback or a private network too (refused by default)",
    )
    return parser


def save_case_main(argv: Sequence[str]) -> int:
    """The ``save-case`` subcommand: 0 saved, 1 the page could not be saved."""
    args = _parser().parse_args(argv)
    try:
        case = save_case(
            args.source,
            args.name,
            root=Path(args.dir),
            url=args.url,
            force=args.force,
            fetch_options=FetchOptions(allow_private_addresses=args.allow_private_addresses),
        )
    except (CleannewsError, OSError) as exc:
        print(f"cleannews save-case: {exc}", file=sys.stderr)
        return 1
    print(f"saved {case}; write its expected output with: pytest --cleannews-update")
    return 0
