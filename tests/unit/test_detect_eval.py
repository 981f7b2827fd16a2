"""Precision/recall of the moderator on the hand-labelled set in tests/data.

Each line is classified on its own, as a text message from a long-standing member, by the same
``Moderator.classify`` the workers run; its categories are the prediction and any verdict other
than ``pass`` on a benign line counts as a false alarm.  Run with ``-s`` to see the table.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from streams.detect.lexicon import Lexicon
from streams.detect.moderation import Message, Moderator

EVAL = Path(__file__).resolve().parents[1] / "data" / "moderation_eval.jsonl"
DRAINAGE = {"wechat", "qq"}


def _rows() -> list[dict[str, object]]:
    return [json.loads(line) for line in EVAL.read_text("utf-8").splitlines() if line.strip()]


def _predict(lexicon: Lexicon, text: str) -> tuple[set[str], set[tuple[str, str]], bool]:
    verdict = Moderator(lexicon).classify(Message("e", 0, "g", "u", "text", text))
    contacts = {(c.kind, c.value) for c in verdict.contacts if c.kind in DRAINAGE}
    return set(verdict.categories), contacts, verdict.verdict != "pass"


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)


@pytest.fixture(scope="module")
def scores() -> dict[str, object]:
    lexicon = Lexicon.load()
    per_cat: dict[str, Counter[str]] = {}
    flagged_benign = benign = 0
    ctp = cfp = cfn = 0
    mistakes = []
    for row in _rows():
        text = str(row["text"])
        want = set(row["categories"])  # type: ignore[arg-type]
        want_c = {(c["kind"], c["value"]) for c in row["contacts"]}  # type: ignore[attr-defined]
        got, got_c, flagged = _predict(lexicon, text)
        want_c = {c for c in want_c if c[0] in DRAINAGE}
        for cat in want | got:
            c = per_cat.setdefault(cat, Counter())
            c["tp" if cat in want and cat in got else "fp" if cat in got else "fn"] += 1
        if not want:
            benign += 1
            flagged_benign += flagged
        ctp += len(want_c & got_c)
        cfp += len(got_c - want_c)
        cfn += len(want_c - got_c)
        if want != got or want_c != got_c:
            mistakes.append((text, sorted(want), sorted(got), sorted(want_c ^ got_c)))
    return {
        "per_cat": per_cat,
        "benign": benign,
        "flagged_benign": flagged_benign,
        "contacts": (ctp, cfp, cfn),
        "mistakes": mistakes,
    }


def test_report_and_floors(scores: dict[str, object]) -> None:
    per_cat: dict[str, Counter[str]] = scores["per_cat"]  # type: ignore[assignment]
    tot = Counter[str]()
    print(f"\n{'category':10} {'prec':>5} {'rec':>5}  tp fp fn")
    for cat, c in sorted(per_cat.items()):
        p, r = _prf(c["tp"], c["fp"], c["fn"])
        tot.update(c)
        print(f"{cat:10} {p:5.2f} {r:5.2f} {c['tp']:3} {c['fp']:2} {c['fn']:2}")
    p, r = _prf(tot["tp"], tot["fp"], tot["fn"])
    ad = per_cat["ad"]
    ad_p, ad_r = _prf(ad["tp"], ad["fp"], ad["fn"])
    ctp, cfp, cfn = scores["contacts"]  # type: ignore[misc]
    cp, cr = _prf(ctp, cfp, cfn)
    benign_rate = scores["flagged_benign"] / scores["benign"]  # type: ignore[operator]
    print(
        f"{'micro':10} {p:5.2f} {r:5.2f}   contacts {cp:.2f}/{cr:.2f}   benign flagged "
        f"{benign_rate:.1%}"
    )
    for m in scores["mistakes"]:  # type: ignore[attr-defined]
        print("  miss:", m)
    assert p >= 0.9 and r >= 0.85
    assert ad_p >= 0.9 and ad_r >= 0.85
    assert cp >= 0.95 and cr >= 0.9
    assert benign_rate < 0.05
