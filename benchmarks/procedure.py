"""The section of docs/benchmarks.md saying how a rule change is checked (kept apart from
the generated tables so that the procedure is written in one place)."""

from __future__ import annotations

__all__ = ["CHECKING_A_CHANGE"]

CHECKING_A_CHANGE = """\
## Checking a change: leave one source out

A rule written while reading the pages of one source must not cost the others anything:
rules tuned on halves of the same sources did not show what happened on new ones (issue 11).
Every change to what cleannews extracts or refuses is checked on **every** corpus with
`python -m benchmarks.compare` (cleannews alone, two worker processes, no peers; a few
minutes):

```
python -m benchmarks.compare --save before.jsonl      # on the commit before the change
# ... change a rule ...
python -m benchmarks.compare --baseline before.jsonl --pages 20
```

It prints per corpus body F1, precision, recall and must-have snippets (`with`) with their
change, and the articles refused with theirs, and flags (exit 1) every corpus that loses
more than 0.002 F1 or refuses more articles. `--pages N` lists the pages whose refusal
changed and the N whose F1 moved most. The raw results of a full run
(`benchmarks/results/pages-*.jsonl`) serve as a baseline too. A change lands only when no
corpus is flagged other than the one it was written for, and that one gains; the commit
message gives the per-corpus deltas. `python -m benchmarks.tools.refusals` says which
page-kind rule refused the articles of each corpus.

CI holds the result with an accuracy floor: `python -m benchmarks.floor` (a step of
`.ci/run`) runs cleannews over the dev corpus and fails when a figure of
`benchmarks/floor.json` (body F1, headline, authors, date, captions, `with`, articles
refused, per corpus) falls past its floor; it skips with a message when ../shared/corpus is
absent. Floors are set from a measured run minus 0.002 (`--write`) and are raised as
cleannews improves, never lowered to make a run pass.
"""
