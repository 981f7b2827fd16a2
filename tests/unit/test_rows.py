from datetime import UTC, datetime

import orjson
import pytest

from sinks.rows import (
    ALL_TABLES,
    DEAD_LETTERS,
    GROUP_SNAPSHOTS,
    MEMBERSHIP_EVENTS,
    MESSAGES,
    Analysis,
    dead_letter_id,
    dead_letter_row,
    event_row,
)
from streams.events import parse_event


def event(**fields: object) -> object:
    base = {"event_id": "e1", "type": "message", "ts": 1793592001500, "group_id": "g1", "user_id": "u1"}
    return parse_event(orjson.dumps({**base, **fields}))


def test_message_row_matches_the_columns() -> None:
    table, row = event_row(event(text="你好", client="wecom"), partition=3, offset=99)
    assert table is MESSAGES
    values = dict(zip(MESSAGES.columns, row, strict=True))
    assert values["event_id"] == "e1"
    assert values["ts"] == datetime(2026, 11, 2, 4, 0, 1, 500000, tzinfo=UTC)
    assert (values["text"], values["msg_type"], values["verdict"], values["categories"]) == (
        "你好", "text", "pass", [])
    assert orjson.loads(values["extra"]) == {"client": "wecom"}
    assert (values["kafka_partition"], values["kafka_offset"]) == (3, 99)


def test_analysis_lands_in_the_message_row() -> None:
    _, row = event_row(event(), 0, 0, Analysis("reject", ("ad", "fraud"), -0.5))
    values = dict(zip(MESSAGES.columns, row, strict=True))
    assert (values["verdict"], values["categories"], values["sentiment"]) == ("reject", ["ad", "fraud"], -0.5)


@pytest.mark.parametrize(("kind", "action"), [("member_join", "join"), ("member_leave", "leave")])
def test_membership_rows(kind: str, action: str) -> None:
    table, row = event_row(event(type=kind), 0, 5)
    assert table is MEMBERSHIP_EVENTS
    assert dict(zip(table.columns, row, strict=True))["action"] == action


def test_snapshot_row() -> None:
    table, row = event_row(event(type="group_snapshot", member_count=88, group_name="宝妈群"), 1, 2)
    assert table is GROUP_SNAPSHOTS
    values = dict(zip(table.columns, row, strict=True))
    assert (values["member_count"], values["group_name"]) == (88, "宝妈群")


def test_every_table_starts_with_id_then_time() -> None:
    for table in ALL_TABLES:
        assert table.id_column.endswith("_id") and table.ts_column == "ts"


def test_dead_letter_keeps_original_bytes_and_a_stable_id() -> None:
    row = dead_letter_row(topic="group-events", partition=2, offset=7, timestamp_ms=1793592001500,
                          key=None, raw=b"\xff{bad", reason_code="bad_json", reason="x")
    values = dict(zip(DEAD_LETTERS.columns, row, strict=True))
    assert values["raw"] == b"\xff{bad"
    assert values["dead_letter_id"] == dead_letter_id("group-events", 2, 7, b"\xff{bad")
    assert dead_letter_id("group-events", 2, 8, b"\xff{bad") != values["dead_letter_id"]
