"""Lines traded knowingly, marked where their tests are written: the attacks the model's doubt
lets through (stop 35) and what model 2026.12.06-2 gives up against the one it replaced (stop 38).

``AD_DOUBT`` in ``streams/detect/moderation.py`` drops the rules' ad when the model's ad head
reads no offer in a message with a plainly written contact.  On blind text that clears warnings,
victims' stories and "is this real?" questions and loses no ad; on pitches written by white-box
reviews to look like those (已经做了两天都结了，他微信 … · …是真的吗？同事已经兑了一个) it lets
some through.  Each such line of the older reviews is listed in
``tests/data/stop35_doubt_traded.jsonl`` with its test's name and becomes a strict xfail there,
so the list is exactly what the doubt gives up: a line that is caught again fails its test until
it is taken off the list.

``tests/data/stop38_model_traded.jsonl`` is the same for the model retrained at stop 38 on 302
sets (holdouts 1-297): on the blind batches it never saw it flags fewer benign lines and catches
more risk (docs/quality.md, Stop 38), and of the family tests written against the replaced model
it lets some attacks through (``"model": "misses"``) and flags some benign lines (``"flags"``).
``tests/data/stop39_model_traded.jsonl`` lists what model 2026.12.06-4 (stop 39, holdouts
1-313) trades the same way against 2026.12.06-2, and ``tests/data/stop42_model_traded.jsonl``
what model 2026.12.07-1 (stop 42, holdouts 1-353) trades against 2026.12.06-4; a line two lists
hold is marked by the later.

A line stop 47's decision on warned contacts excuses (``tests/data/stop47_decision_through.txt``)
loses any strict xfail: its test asserts it has no ad and is watched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from moderation_cases import DECISION_THROUGH

DATA = Path(__file__).resolve().parents[1] / "data"
DOUBT_TRADED = DATA / "stop35_doubt_traded.jsonl"
DOUBT_LETS_THROUGH = pytest.mark.xfail(
    strict=True, reason="a dressed pitch the model's doubt lets through (stop 35, AD_DOUBT)")


def _model_marks(version: str, stop: int) -> dict[str | None, pytest.MarkDecorator]:
    return {
        "misses": pytest.mark.xfail(
            strict=True,
            reason=f"an attack model {version} no longer flags as its test requires (stop {stop})"),
        "flags": pytest.mark.xfail(
            strict=True, reason=f"a benign line model {version} reads as risk or an ad (stop {stop})"),
    }


# each list with its marks by the row's "model" (the doubt's rows have none), oldest first
TRADED_LISTS: tuple[tuple[Path, dict[str | None, pytest.MarkDecorator]], ...] = (
    (DOUBT_TRADED, {None: DOUBT_LETS_THROUGH}),
    (DATA / "stop38_model_traded.jsonl", _model_marks("2026.12.06-2", 38)),
    (DATA / "stop39_model_traded.jsonl", _model_marks("2026.12.06-4", 39)),
    (DATA / "stop42_model_traded.jsonl", _model_marks("2026.12.07-1", 42)),
)


def _traded() -> dict[tuple[str | None, str, str], tuple[str, pytest.MarkDecorator]]:
    """(test module or None for any, test name, text) -> (the list's file name, its mark)."""
    traded = {}
    for path, marks in TRADED_LISTS:
        for row in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
            traded[(row.get("module"), row["test"], row["text"])] = (path.name,
                                                                     marks[row.get("model")])
    return traded


def _param_text(value: object) -> str | None:
    text = value.get("text") if isinstance(value, dict) else value
    return text if isinstance(text, str) else None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    traded = _traded()
    marked, collected = set(), set()
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec is None:
            continue
        name, module = getattr(item, "originalname", item.name), item.path.name
        collected |= {(None, name), (module, name)}
        for value in callspec.params.values():
            text = _param_text(value)
            key = next((key for key in ((module, name, text), (None, name, text))
                        if key in traded), None) if text is not None else None
            if key is not None:
                item.add_marker(traded[key][1])
                marked.add(key)
            if text is not None and text in DECISION_THROUGH:
                # stop 47's decision excuses it (moderation_cases.excused_by_decision):
                # a line once known to be got wrong either way is now asserted that way
                item.own_markers[:] = [mark for mark in item.own_markers if mark.name != "xfail"]
            if key is not None:
                break
    # a listed line whose test was collected must still be one of its cases
    stale = sorted((traded[key][0], *key[1:]) for key in traded.keys() - marked
                   if key[:2] in collected)
    if stale:
        raise pytest.UsageError(f"{stale[0][0]} names lines no test has: {stale[:3]}")
