"""Small pages written for the batch tests (not test cases themselves): a plain news
article in the shape most sites share, numbered so every page is a distinct document."""

from __future__ import annotations

from pathlib import Path

TOWNS = ("Aldmoor", "Brackwater", "Cindervale", "Dunmarsh", "Eastholm", "Fernbridge")


def headline(number: int) -> str:
    return f"{TOWNS[number % len(TOWNS)]} council opens bridge number {number}"


def article_html(number: int) -> str:
    town = TOWNS[number % len(TOWNS)]
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{headline(number)} | Example News</title>
</head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a></nav>
<article><h1>{headline(number)}</h1>
<p>The council of {town} opened bridge number {number} to traffic on Monday, after
eight months of repairs to its cables and deck, a spokeswoman said.</p>
<p>Engineers replaced forty steel cables and resurfaced the whole deck, work that cost
more than the council had first planned, according to its published accounts.</p>
<p>Commuters who had faced long detours through the old town welcomed the reopening,
and ferry operators said demand for crossings fell at once.</p>
</article>
<footer>© Example News. All rights reserved.</footer>
</body></html>
"""


def write_pages(folder: Path, count: int, suffix: str = ".html") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"page-{number:04d}{suffix}"
        path.write_text(article_html(number), encoding="utf-8")
        paths.append(path)
    return paths
