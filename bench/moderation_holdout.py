"""Moderator quality on the held-out hand-labelled set (text its authors never tuned on).

    .venv/bin/python bench/moderation_holdout.py [FILE]

Scored exactly like tests/unit/test_detect_eval.py (``streams.detect.evaluate``): per-category
precision/recall, ads P/R, risk P/R (any risk category, line level), share of benign lines
flagged (any verdict other than pass), then every mistake.  Targets: ads P >= 0.95 / R >= 0.90,
risk P >= 0.90 / R >= 0.85, benign flagged < 3 %.
"""

from __future__ import annotations

import sys
from pathlib import Path

from streams.detect.evaluate import load_rows, report, score

HOLDOUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "moderation_holdout.jsonl"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else HOLDOUT
    print("\n".join(report(score(load_rows(path)))))


if __name__ == "__main__":
    main()
