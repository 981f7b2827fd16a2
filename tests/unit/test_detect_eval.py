"""Precision/recall of the moderator on the hand-labelled set in tests/data.

Each line is classified on its own, as a text message from a long-standing member, by the same
``Moderator.classify`` the workers run; its categories are the prediction and any verdict other
than ``pass`` on a benign line counts as a false alarm (scoring: ``streams.detect.evaluate``,
shared with ``bench/moderation_holdout.py``).  Run with ``-s`` to see the table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.detect.evaluate import Scores, load_rows, report, score

EVAL = Path(__file__).resolve().parents[1] / "data" / "moderation_eval.jsonl"


@pytest.fixture(scope="module")
def scores() -> Scores:
    return score(load_rows(EVAL))


def test_report_and_floors(scores: Scores) -> None:
    print("\n" + "\n".join(report(scores)))
    p, r = scores.micro()
    ad_p, ad_r = scores.category("ad")
    cp, cr = scores.contacts_pr()
    assert p >= 0.9 and r >= 0.85
    assert ad_p >= 0.9 and ad_r >= 0.85
    assert cp >= 0.95 and cr >= 0.9
    assert scores.benign_rate < 0.05
