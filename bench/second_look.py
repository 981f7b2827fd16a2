"""Experiment, not shipped: a learned second look at what the moderator flags (stop 51).

    .venv/bin/python bench/second_look.py [LAST_BLIND LAST_REVIEW_STOP] [--save=DIR]
    .venv/bin/python bench/second_look.py 473 47     # ~2 minutes

``bench/innocent_head.py`` (2026-12-05) tried a head that frees flagged texts, trained on the
lines the rules have something to say about.  This one is trained on what ships flags and
nothing else (the residual the hand readings leave), with the names of the rules that fired and
the verdict beside the character n-grams, on every blind set up to LAST_BLIND and every
white-box review of stops up to LAST_REVIEW_STOP; it is scored on the blind sets and reviews
written after them, which it never saw.  Target: the line is benign (a false alarm).  For each
threshold it prints, per scope a product could give it (every flagged line; no self-harm; lines
whose categories are only ``ad`` and ``fraud``), the later blind sets' false alarms freed and
their labelled ad or risk lines lost, and the later reviews' benign lines freed and attacks let
through.  ``--save=DIR`` writes each line's probability (``second_look.jsonl``) for a reviewer's
checker.

Result (2026-12-08, bench/RESULTS.md "Stop 51"): trained to holdout 473 and stop 47's reviews,
at 0.5 it frees 77 of the 193 false alarms of holdouts 474-505 and none of their 6,866 flagged
ad and risk lines (at 0.3: 108 and 1); trained to 441 and stop 43's, 145 of 343 and none of
13,740.  On the reviews written after (stops 48-51) it lets 111 of 778 flagged attacks through
at 0.5 (to 47) and 271 of 1,323 (to 43).  Two white-box reviews of a version of it (hashed
n-grams, the classes weighted, threshold 0.9, ad and fraud only) got 80 of 80 and 76 of 80 ads
through: a bag of n-grams is bought by innocent words, and a pasted tail (…，不是广告哈，有事打我
电话吧) flips 29 of 30 blunt ads.  Not shipped.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from train_moderation_model import _option, train  # noqa: E402

from streams.detect.evaluate import load_rows  # noqa: E402
from streams.detect.lexicon import Lexicon  # noqa: E402
from streams.detect.model import grams  # noqa: E402
from streams.detect.moderation import Message, Moderator  # noqa: E402

DATA = ROOT / "tests" / "data"
LAM = 1e-5
THRESHOLDS = (0.2, 0.3, 0.4, 0.5)  # the head is trained unweighted: false alarms are 3 %
SCOPES: dict[str, Callable[[set[str]], bool]] = {
    "every flagged line": lambda cats: True,
    "no self-harm": lambda cats: "self_harm" not in cats,
    "ad and fraud only": lambda cats: cats <= {"ad", "fraud"},
}


class Flagged:
    """A line what ships flags, with what the second look reads of it."""

    __slots__ = ("benign", "cats", "feats", "group", "text")

    def __init__(self, text: str, benign: bool, group: int, lexicon: Lexicon) -> None:
        verdict = Moderator(lexicon).classify(Message("e", 0, "g", "u", "text", text))
        self.text, self.benign, self.group = text, benign, group
        self.cats = set(verdict.categories) if verdict.verdict != "pass" else set()
        rules = {h.rule for h in verdict.hits}
        self.feats = (grams(verdict.normalized_text) | {f"rule {r}" for r in rules}
                      | {f"category {c}" for c in self.cats} | {f"verdict {verdict.verdict}"})


def target(lines: list[Flagged]) -> np.ndarray:
    return np.array([[1.0 if line.benign else 0.0] for line in lines])


def flagged_lines(lexicon: Lexicon) -> list[Flagged]:
    """Every flagged line of the blind sets 25 on (group: the set's number) and of the reviews
    (group: minus the stop's number)."""
    lines: list[Flagged] = []
    for path in sorted(DATA.glob("moderation_holdout*.jsonl")):
        number = path.stem.removeprefix("moderation_holdout")
        if number.isdigit() and int(number) >= 25:
            lines += (Flagged(str(r["text"]), not r["categories"], int(number), lexicon)
                      for r in load_rows(path))
    for path in sorted(DATA.glob("stop*_review_lines.jsonl")):
        stop = int(re.sub(r"\D", "", path.stem.split("_")[0]))
        lines += (Flagged(str(r["text"]), r["kind"] == "benign", -stop, lexicon)
                  for r in load_rows(path) if r.get("kind") in ("attack", "benign"))
    return [line for line in lines if line.cats]


def main() -> None:
    started = time.time()
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    last_blind, last_stop = (int(args[0]), int(args[1])) if args else (473, 47)
    save = _option("save")
    lines = flagged_lines(Lexicon.load())
    seen = [x for x in lines if 25 <= x.group <= last_blind or -last_stop <= x.group < 0]
    head = train(seen, LAM, target)  # type: ignore[arg-type]
    p = head.probs(lines)[:, 0]  # type: ignore[arg-type]
    later = {f"blind sets after {last_blind}": [i for i, x in enumerate(lines)
                                                if x.group > last_blind],
             f"reviews after stop {last_stop}": [i for i, x in enumerate(lines)
                                                 if x.group < -last_stop]}
    print(f"trained on {len(seen):,} flagged lines ({sum(x.benign for x in seen):,} false "
          f"alarms); {time.time() - started:.0f} s")
    for name, rows in later.items():
        benign = sum(lines[i].benign for i in rows)
        print(f"\n{name}: {benign} benign lines flagged, {len(rows) - benign} ad or risk lines "
              f"flagged  (freed benign / lost ad or risk, per scope)")
        for t in THRESHOLDS:
            cells = []
            for scope, allowed in SCOPES.items():
                free = [i for i in rows if p[i] >= t and allowed(lines[i].cats)]
                freed = sum(lines[i].benign for i in free)
                cells.append(f"{scope}: {freed} / {len(free) - freed}")
            print(f"  {t:.1f}  " + "  ·  ".join(cells))
    if save:
        with (Path(save) / "second_look.jsonl").open("w", encoding="utf-8") as out:
            for x, prob in zip(lines, p, strict=True):
                out.write(json.dumps({"group": x.group, "benign": x.benign, "p": round(float(prob), 4),
                                      "categories": sorted(x.cats), "text": x.text},
                                     ensure_ascii=False) + "\n")
    print(f"({time.time() - started:.0f} s)")


if __name__ == "__main__":
    main()
