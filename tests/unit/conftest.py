"""The attacks the model's doubt lets through (stop 35), marked where their tests are written.

``AD_DOUBT`` in ``streams/detect/moderation.py`` drops the rules' ad when the model's ad head
reads no offer in a message with a plainly written contact.  On blind text that clears warnings,
victims' stories and "is this real?" questions and loses no ad; on pitches written by white-box
reviews to look like those (已经做了两天都结了，他微信 … · …是真的吗？同事已经兑了一个) it lets
some through.  Each such line of the older reviews is listed in
``tests/data/stop35_doubt_traded.jsonl`` with its test's name and becomes a strict xfail there,
so the list is exactly what the doubt gives up: a line that is caught again fails its test until
it is taken off the list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

TRADED = Path(__file__).resolve().parents[1] / "data" / "stop35_doubt_traded.jsonl"
DOUBT_LETS_THROUGH = pytest.mark.xfail(
    strict=True, reason="a dressed pitch the model's doubt lets through (stop 35, AD_DOUBT)")


def _param_text(value: object) -> str | None:
    text = value.get("text") if isinstance(value, dict) else value
    return text if isinstance(text, str) else None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    traded = {(row["test"], row["text"])
              for row in map(json.loads, TRADED.read_text(encoding="utf-8").splitlines())}
    marked, collected = set(), set()
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec is None:
            continue
        name = getattr(item, "originalname", item.name)
        collected.add(name)
        for value in callspec.params.values():
            text = _param_text(value)
            if text is not None and (name, text) in traded:
                item.add_marker(DOUBT_LETS_THROUGH)
                marked.add((name, text))
                break
    # a listed line whose test was collected must still be one of its cases
    stale = sorted((name, text) for name, text in traded - marked if name in collected)
    if stale:
        raise pytest.UsageError(f"{TRADED.name} names lines no test has: {stale[:3]}")
