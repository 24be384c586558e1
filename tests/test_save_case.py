"""``cleannews save-case URL_OR_FILE site/story``: one command saves a plugin case."""

from __future__ import annotations

import http.server
import json
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from batch_pages import article_html, headline
from cleannews.cli import main
from cleannews.pytest_plugin.cases import load_case

CP1251_TITLE = "Новости дня"


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        page = article_html(4).replace(headline(4), CP1251_TITLE)
        body = page.replace('<meta charset="utf-8">', "").encode("cp1251")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=windows-1251")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_url_is_saved_with_its_meta(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "tests" / "pages"
    url = f"{server}/news/4.html"
    argv = ["save-case", url, "gazette/news-4", "--dir", str(pages), "--allow-private-addresses"]
    assert main(argv) == 0
    case = pages / "gazette" / "news-4"
    assert "saved" in capsys.readouterr().out
    assert sorted(p.name for p in case.iterdir()) == ["input.html", "meta.json"]
    assert CP1251_TITLE.encode("cp1251") in (case / "input.html").read_bytes()
    meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
    assert meta["url"] == url
    assert (meta["charset"], meta["charset_from"]) == ("windows-1251", "http")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", meta["fetched"])
    # the plugin reads it back, decoding with the server's charset as a browser would
    page = load_case("gazette/news-4", pages)
    assert page.url == url
    assert page.extract().headline == CP1251_TITLE


def test_a_file_is_saved_and_never_overwritten_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "saved.html"
    source.write_text(article_html(2), encoding="utf-8")
    pages = tmp_path / "pages"
    argv = ["save-case", str(source), "site/story", "--dir", str(pages)]
    assert main([*argv, "--url", "https://news.example.com/a/2"]) == 0
    meta = json.loads((pages / "site" / "story" / "meta.json").read_text(encoding="utf-8"))
    assert meta["url"] == "https://news.example.com/a/2"
    assert (meta["charset"], meta["charset_from"]) == ("utf-8", "page")
    assert main(argv) == 1
    assert "exists already: pass --force" in capsys.readouterr().err
    assert main([*argv, "--force"]) == 0


def test_a_text_dump_becomes_input_txt(tmp_path: Path) -> None:
    source = tmp_path / "dump.txt"
    source.write_text("Headline\n\nA paragraph of the story.\n", encoding="utf-8")
    assert main(["save-case", str(source), "dumps/one", "--dir", str(tmp_path / "p")]) == 0
    assert (tmp_path / "p" / "dumps" / "one" / "input.txt").is_file()


@pytest.mark.parametrize("name", ["../escape", "/abs", "a//b", "sp ace"])
def test_bad_names_and_missing_files_exit_1(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "p.html"
    source.write_text("<p>x</p>", encoding="utf-8")
    assert main(["save-case", str(source), name, "--dir", str(tmp_path)]) == 1
    assert "invalid case name" in capsys.readouterr().err
    assert main(["save-case", str(tmp_path / "nope.html"), "a/b", "--dir", str(tmp_path)]) == 1
    assert "cannot read" in capsys.readouterr().err
