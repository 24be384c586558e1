"""Reading ../shared/corpus: one folder per source, pages/<id>.html.gz and truth.jsonl."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


@dataclass(frozen=True, slots=True)
class Page:
    id: str
    source: str
    truth: dict[str, Any]
    path: Path

    def html_bytes(self) -> bytes:
        return gzip.decompress(self.path.read_bytes())

    @property
    def is_article(self) -> bool:
        return str(self.truth.get("page_type") or "article") == "article"


def sources(root: Path = CORPUS) -> list[str]:
    return sorted(p.name for p in root.iterdir() if (p / "truth.jsonl").is_file())


def pages(source: str, root: Path = CORPUS) -> Iterator[Page]:
    folder = root / source
    with open(folder / "truth.jsonl", encoding="utf-8", newline="") as fh:
        # split on \n only: truths hold U+2028/U+2029, which splitlines() would cut
        for line in fh.read().split("\n"):
            if not line.strip():
                continue
            truth = json.loads(line)
            yield Page(truth["id"], source, truth, folder / "pages" / f"{truth['id']}.html.gz")
