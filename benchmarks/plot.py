"""The plot of docs/benchmarks.md: body F1 against median time per page, one point per
system and corpus, time on a log axis (the systems span two orders of magnitude)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .report import OVERALL, Row

__all__ = ["plot"]

_MARKERS: tuple[str, ...] = ("o", "s", "^", "D", "v", "P", "X", "*", "h")


def plot(rows: Sequence[Row], path: Path) -> None:
    """Write the PNG; rows without a body score (no body annotated) are left out."""
    import matplotlib

    matplotlib.use("Agg")  # no display: write the file only
    import matplotlib.pyplot as plt

    points = [r for r in rows if r.f1 is not None and r.corpus != OVERALL]
    systems = sorted({r.system for r in points})
    corpora = sorted({r.corpus for r in points})
    colours = plt.get_cmap("tab10")
    fig, ax = plt.subplots(figsize=(9.5, 5.5), dpi=110)
    for si, system in enumerate(systems):
        for ci, corpus in enumerate(corpora):
            for row in (r for r in points if r.system == system and r.corpus == corpus):
                if row.f1 is None:
                    continue
                ax.scatter(
                    row.median_ms,
                    row.f1,
                    color=colours(si % 10),
                    marker=_MARKERS[ci % len(_MARKERS)],
                    s=60,
                    edgecolors="black",
                    linewidths=0.5,
                )
    for si, system in enumerate(systems):
        ax.scatter([], [], color=colours(si % 10), marker="o", label=system)
    for ci, corpus in enumerate(corpora):
        ax.scatter(
            [],
            [],
            color="white",
            edgecolors="black",
            marker=_MARKERS[ci % len(_MARKERS)],
            label=corpus,
        )
    ax.set_xscale("log")
    ax.set_xlabel("median time per page, ms (log scale)")
    ax.set_ylabel("body F1 (4-gram shingles, article pages)")
    ax.set_title("Accuracy against speed, per system and corpus")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
