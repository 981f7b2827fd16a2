"""Shared checks for the family tests of the moderator (one long-standing member, one fresh
Moderator per line, so no flood or newcomer state leaks between cases)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from streams.detect.lexicon import Lexicon
from streams.detect.model import RISK_CATEGORIES, Head, ModerationModel
from streams.detect.moderation import Message, Moderator

LEXICON = Lexicon.load()

# Look-alike traps of earlier rounds that the shipped model (2026.12.04-2, trained on 121 sets)
# reads as risk or an ad: each is a `review` of rule model:<category>, never a reject, a strike
# or a page
# (test_detect_model.py checks that on every one).  Traded knowingly: on the blind holdouts
# 93-100 the model took risk recall 0.904 -> 0.928 and benign lines flagged 74 -> 67 against the
# model it replaced (docs/quality.md, Stop 24).  strict: a model that passes one again fails
# here, so the trap goes back to the plain list.
MODEL_READS_AS_RISK = pytest.mark.xfail(strict=True, reason="the model's review (Stop 24)")
# ... and lines of the stop-24 reviews that only a replaced model flagged
MODEL_MISSES = pytest.mark.xfail(strict=True, reason="a model-only line the new model misses")
# Model 2026.12.06-1 (stop 34, trained on 262 sets where the one it replaced had 121) traded
# knowingly, on the blind batches it never saw: benign lines flagged 80 -> 77 on holdouts 258-265
# (risk recall 0.864 -> 0.885), 95 -> 91 on 250-257 and 49 -> 44 on 226-233 for the models trained
# before them (docs/quality.md, Stop 34).  What it gives up in the family tests, written against the
# replaced model and chosen where that one was right: attacks it no longer flags ...
MODEL_1206_MISSES = pytest.mark.xfail(
    strict=True, reason="an attack model 2026.12.06-1 no longer flags (stop 34)")
# ... and benign lines it reads as risk or an ad (a review, never a reject)
MODEL_1206_FLAGS = pytest.mark.xfail(
    strict=True, reason="a benign line model 2026.12.06-1 reads as risk or an ad (stop 34)")


def review_cases(file_name: str, kind: str,
                 through: str = "an attack the detector lets through") -> list[object]:
    """The lines of one kind ("attack" or "benign") a white-box review wrote, kept in
    ``tests/data/<file_name>``: those the detector still gets wrong ("through": an attack it
    lets pass, for the ``through`` reason; "known_false_alarm": a benign line it flags) are
    strict xfails, so a fix shows up as a failure to unmark."""
    path = Path(__file__).resolve().parents[1] / "data" / file_name
    marks = {"through": pytest.mark.xfail(strict=True, reason=through),
             "known_false_alarm": pytest.mark.xfail(strict=True,
                                                    reason="a benign line still flagged")}
    lines = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return [line if line["expect"] not in marks else pytest.param(line, marks=marks[line["expect"]])
            for line in lines if line["kind"] == kind]


def review_case_id(line: dict[str, str]) -> str:
    return line["text"][:12]


def classify(text: str, msg_type: str = "text", url: str = "") -> tuple[str, tuple[str, ...]]:
    verdict = Moderator(LEXICON).classify(Message("e1", 0, "g1", "u1", msg_type, text, url))
    return verdict.verdict, verdict.categories


def assert_passes(text: str, msg_type: str = "text", url: str = "") -> None:
    verdict, categories = classify(text, msg_type, url)
    assert verdict == "pass", (text, categories)


def assert_flags(text: str, category: str) -> None:
    if excused_by_decision(text):
        return
    verdict, categories = classify(text)
    assert verdict != "pass" and category in categories, (text, categories)


def assert_flagged(text: str) -> None:
    """Flagged under any category (lines whose labels vary by author)."""
    if excused_by_decision(text):
        return
    verdict, categories = classify(text)
    assert verdict != "pass", (text, categories)


# Stop 47's product decision (``moderation._scam_contact_warned``): a long-standing member's
# warning or question naming a contact in someone else's words passes, watched.  The lines of
# the family tests it excuses (the reviews' pitches in that shape, and benign lines they
# flagged) are listed by bench/decision_through.py; each is asserted to have no ad, watched, in
# place of its old verdict (a few keep a risk the model reads in them: 寂寞女士在线 …).
_DECISION_FILE = Path(__file__).resolve().parents[1] / "data" / "stop47_decision_through.txt"
DECISION_THROUGH = frozenset(
    line for line in _DECISION_FILE.read_text("utf-8").splitlines()
    if line and not line.startswith("# "))


def excused_by_decision(text: str) -> bool:
    """Whether stop 47's decision takes this line's ad (and its flag, unless the model reads a
    risk in it); if so, that it has no ad and is watched."""
    if text not in DECISION_THROUGH:
        return False
    verdict = Moderator(LEXICON).classify(Message("e1", 0, "g1", "u1", "text", text))
    assert "ad" not in verdict.categories and verdict.watched, (text, verdict.categories)
    return True


def stub_model(risk: float, threshold: float = 0.70, ad: float = 0.01,
               **categories: float) -> ModerationModel:
    """A model whose heads give these probabilities whatever the text (a bias and no
    weights): how the moderator reads an opinion, tested apart from what any trained file
    scores on a given line."""
    def head(p: float, t: float = 0.5) -> Head:
        return Head(bias=math.log(p / (1 - p)), weights={}, threshold=t)
    return ModerationModel(version="stub", ad=head(ad, 0.65), risk=head(risk, threshold),
                           categories={c: head(categories.get(c, 0.01))
                                       for c in RISK_CATEGORIES})


def classify_with(model: ModerationModel, text: str) -> tuple[str, tuple[str, ...]]:
    verdict = Moderator(LEXICON, model=model).classify(Message("e1", 0, "g1", "u1", "text", text))
    return verdict.verdict, verdict.categories
