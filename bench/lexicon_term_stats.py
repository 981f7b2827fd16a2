"""How often each lexicon term occurs in benign lines against lines of its own category, over
the hand-labelled sets: the evidence for a term's ``confirm`` flag (``data/lexicon.tsv``).

    .venv/bin/python bench/lexicon_term_stats.py [--without=25,26,...] [--all]

Counts raw lexicon hits (the allowlist applied, before any context rule of the moderator), one
per term per line, in the holdouts, the eval set and the training sets; ``--without`` leaves
holdouts out by number (the blind sets not yet tuned on, so a flag chosen from the rest can be
judged on them).  Prints the risk terms found in at least three benign lines and in more benign
lines than lines of their own category — the criterion the ``confirm`` flags were chosen by —
with ``--all`` every term seen in a benign line.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from streams.detect.lexicon import Lexicon
from streams.detect.normalize import normalize_views

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
MIN_BENIGN = 3


def labelled_sets(without: set[int]) -> list[Path]:
    def number(path: Path) -> int:
        digits = path.stem.removeprefix("moderation_holdout")
        return int(digits) if digits else 1

    holdouts = [p for p in DATA.glob("moderation_holdout*.jsonl") if number(p) not in without]
    return sorted(holdouts) + [DATA / "moderation_eval.jsonl",
                               *sorted(DATA.glob("moderation_train*.jsonl"))]


def term_counts(paths: list[Path]) -> dict[tuple[str, str, str, bool], Counter[str]]:
    """Per (term, category, severity, confirm): lines that are benign / of the term's
    category / of other categories only."""
    lexicon = Lexicon.load()
    counts: dict[tuple[str, str, str, bool], Counter[str]] = {}
    for path in paths:
        for line in path.read_text("utf-8").splitlines():
            row = json.loads(line)
            labels = set(row["categories"])
            view, _ = normalize_views(row["text"])
            for hit in {(h.term, h.category, h.severity, h.confirm)
                        for h in lexicon.scan(view) if not h.term.startswith("pattern:")}:
                kind = "benign" if not labels else "same" if hit[1] in labels else "other"
                counts.setdefault(hit, Counter())[kind] += 1
    return counts


def main() -> None:
    without: set[int] = set()
    show_all = False
    for arg in sys.argv[1:]:
        if arg.startswith("--without="):
            without = {int(n) for n in arg.split("=", 1)[1].split(",") if n}
        elif arg == "--all":
            show_all = True
        else:
            sys.exit(f"unknown argument {arg!r} (see the docstring)")
    paths = labelled_sets(without)
    counts = term_counts(paths)
    print(f"{len(paths)} labelled sets; term, category, severity, flag: benign / same / other")
    rows = sorted(counts.items(), key=lambda kv: (-kv[1]["benign"], kv[0]))
    for (term, category, severity, confirm), c in rows:
        candidate = category != "ad" and c["benign"] >= MIN_BENIGN and c["benign"] > c["same"]
        if candidate or (show_all and c["benign"]) or confirm:
            mark = "confirm" if confirm else "-"
            note = "  <- meets the criterion" if candidate else ""
            print(f"{term:14} {category:10} {severity:7} {mark:8} "
                  f"{c['benign']:4} / {c['same']:4} / {c['other']:4}{note}")


if __name__ == "__main__":
    main()
