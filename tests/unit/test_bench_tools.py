"""The measuring tools in ``bench/`` that the record's claims rest on: the verdict snapshot ("identical
on N texts"), the rule attribution ("which rule alone flags benign lines") and the false-alarm
listing of ``moderation_holdout.py``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import moderation_holdout  # noqa: E402
import moderation_rules  # noqa: E402
import moderation_snapshot  # noqa: E402

BENIGN_FLAGGED = "今晚我想跳楼，活着没意思"  # labelled benign below: flagged by two self-harm terms
BENIGN_PASSED = "今天天气不错，周末去爬山"


def write_rows(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def test_skipped_holdouts_are_named_by_number_and_range() -> None:
    assert moderation_snapshot.skipped_holdouts("330-332,340") == {
        "moderation_holdout330.jsonl", "moderation_holdout331.jsonl",
        "moderation_holdout332.jsonl", "moderation_holdout340.jsonl"}


def test_a_snapshot_finds_the_texts_a_change_moves_and_refuses_other_data(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    write_rows(data / "a.jsonl", [{"text": BENIGN_PASSED}, {"text": BENIGN_FLAGGED}])
    write_rows(data / "moderation_holdout330.jsonl", [{"text": "这行不该被读"}])
    (data / "b.jsonl").write_text("not json\n" + json.dumps({"text": BENIGN_PASSED}) + "\n")
    texts = list(moderation_snapshot.labelled_texts(data, {"moderation_holdout330.jsonl"}))
    assert texts == [BENIGN_PASSED, BENIGN_FLAGGED, BENIGN_PASSED]
    old, new = tmp_path / "old", tmp_path / "new"
    assert moderation_snapshot.write(old, texts) == 2  # each text once
    moderation_snapshot.write(new, texts)
    assert moderation_snapshot.differing(old, new) == (2, [])
    lines = new.read_text("utf-8").splitlines()
    moved = json.loads(lines[1])
    assert moved[1] != "pass" and "self_harm" in moved[2]
    moved[1] = "pass"
    new.write_text(lines[0] + "\n" + json.dumps(moved, ensure_ascii=False) + "\n", "utf-8")
    total, changed = moderation_snapshot.differing(old, new)
    assert total == 2 and len(changed) == 1 and BENIGN_FLAGGED in changed[0][0]
    moderation_snapshot.write(new, [BENIGN_PASSED])
    with pytest.raises(SystemExit, match="different texts"):
        moderation_snapshot.differing(old, new)


def test_rules_are_counted_against_benign_lines_and_alone_only_when_alone() -> None:
    counts = moderation_rules.attribute([
        {"text": BENIGN_FLAGGED, "categories": []},
        {"text": "我真的撑不下去了，今晚就去跳楼", "categories": ["self_harm"]},
        {"text": BENIGN_PASSED, "categories": []},
        {"text": "兼职刷单日结，加薇信 kpw32258", "categories": ["ad", "fraud"]},
    ])
    jump = ("self_harm", "lexicon:self_harm:跳楼")
    assert counts["benign"][jump] == 1 and counts["benign_alone"][jump] == 0  # beside 活着没意思
    assert counts["right"][jump] == 1
    assert counts["right"][("ad", "contact:wechat")] == 1
    assert sum(counts["benign"].values()) == 2  # the passed line counts nowhere
    assert moderation_rules.rules_of([("ad", "model:ad"), ("ad", "contact:qq")]) == {
        ("ad", "model"), ("ad", "contact:qq")}
    table = moderation_rules.table(counts, top=5)
    assert len(table) == 3 and table[1].endswith("self_harm lexicon:self_harm:活着没意思")


def test_false_alarms_list_each_flagged_benign_line_with_its_hits(tmp_path: Path) -> None:
    path = write_rows(tmp_path / "set.jsonl", [
        {"text": BENIGN_PASSED, "categories": [], "contacts": []},
        {"text": BENIGN_FLAGGED, "categories": [], "contacts": []},
        {"text": "兼职刷单日结，加薇信 kpw32258", "categories": ["ad", "fraud"], "contacts": []},
    ])
    lines = moderation_holdout.false_alarms([path])
    assert lines[0].startswith("set.jsonl:2 ") and lines[0].endswith(BENIGN_FLAGGED)
    assert "    self_harm lexicon:self_harm:跳楼: 跳楼" in lines[1:]
    assert all(line.startswith("    ") for line in lines[1:])
