import contextlib

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from streams.events import (
    BAD_ENCODING,
    BAD_JSON,
    BAD_VALUE,
    MISSING_FIELD,
    NOT_OBJECT,
    OVERSIZED,
    WRONG_TYPE,
    InvalidEvent,
    parse_event,
)

BASE = {
    "event_id": "e1",
    "type": "message",
    "ts": "2026-11-02T12:00:01.500+08:00",
    "group_id": "g1",
    "user_id": "u1",
    "msg_type": "text",
    "text": "大家好",
}


def raw(**changes: object) -> bytes:
    doc = {**BASE, **changes}
    return orjson.dumps({k: v for k, v in doc.items() if v is not ...})


def test_message_with_zone_is_parsed_to_utc_milliseconds() -> None:
    event = parse_event(raw())
    assert event.ts_ms == 1793592001500  # 04:00:01.5 UTC
    assert (event.group_id, event.user_id, event.msg_type, event.text) == ("g1", "u1", "text", "大家好")
    assert event.ts.isoformat() == "2026-11-02T04:00:01.500000+00:00"


@pytest.mark.parametrize("ts", ["2026-11-02T04:00:01.5Z", 1793592001500, 1793592001500.0])
def test_ts_forms_agree(ts: object) -> None:
    assert parse_event(raw(ts=ts)).ts_ms == 1793592001500


def test_unknown_fields_are_kept() -> None:
    event = parse_event(raw(client="wecom", nested={"a": [1, 2]}))
    assert event.extra == {"client": "wecom", "nested": {"a": [1, 2]}}


def test_msg_type_defaults_to_text() -> None:
    assert parse_event(raw(msg_type=...)).msg_type == "text"


def test_member_events_and_snapshots() -> None:
    join = parse_event(raw(type="member_join", msg_type=..., text=..., user_name="小王"))
    assert (join.type, join.user_name) == ("member_join", "小王")
    snap = parse_event(raw(type="group_snapshot", user_id=..., member_count=321, group_name="跑步群"))
    assert (snap.member_count, snap.group_name, snap.user_id) == (321, "跑步群", "")


@pytest.mark.parametrize(
    ("data", "code", "words"),
    [
        (b'{"event_id": "e1", "type":', BAD_JSON, "unexpected"),
        (b"\xff\xfe{}", BAD_ENCODING, "UTF-8"),
        (b"[1, 2]", NOT_OBJECT, "array"),
        (b'"text"', NOT_OBJECT, "str"),
        (raw(event_id=...), MISSING_FIELD, "event_id"),
        (raw(event_id=""), MISSING_FIELD, "event_id"),
        (raw(group_id=...), MISSING_FIELD, "group_id"),
        (raw(ts=...), MISSING_FIELD, "ts"),
        (raw(user_id=...), MISSING_FIELD, "user_id"),
        (raw(type="group_snapshot", member_count=...), MISSING_FIELD, "member_count"),
        (raw(group_id=42), WRONG_TYPE, "group_id must be a string, got number"),
        (raw(ts=[1]), WRONG_TYPE, "ts"),
        (raw(ts=True), WRONG_TYPE, "boolean"),
        (raw(text=5), WRONG_TYPE, "text"),
        (raw(type="group_snapshot", member_count="12"), WRONG_TYPE, "member_count"),
        (raw(type="reaction"), BAD_VALUE, "reaction"),
        (raw(msg_type="hologram"), BAD_VALUE, "hologram"),
        (raw(ts="yesterday"), BAD_VALUE, "ISO-8601"),
        (raw(ts="2026-11-02T12:00:00"), BAD_VALUE, "time zone"),
        (raw(ts=1762056001), BAD_VALUE, "epoch ms"),  # seconds, not milliseconds
        (raw(group_id="g" * 300), BAD_VALUE, "longer"),
        (raw(type="group_snapshot", member_count=-1), BAD_VALUE, "out of range"),
    ],
)
def test_invalid_events_have_a_code_and_a_clear_reason(data: bytes, code: str, words: str) -> None:
    with pytest.raises(InvalidEvent) as info:
        parse_event(data)
    assert info.value.code == code
    assert words in info.value.reason


def test_oversized_is_rejected_before_parsing() -> None:
    with pytest.raises(InvalidEvent) as info:
        parse_event(raw(text="广" * 40000), max_bytes=65536)
    assert info.value.code == OVERSIZED
    assert "limit 65536" in info.value.reason


@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_raise_anything_else(data: bytes) -> None:
    with contextlib.suppress(InvalidEvent):
        parse_event(data)


scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
json_values = scalars | st.lists(scalars, max_size=3) | st.dictionaries(st.text(max_size=5), scalars, max_size=3)


@given(st.dictionaries(st.sampled_from([*BASE, "member_count", "url", "x"]), json_values))
def test_arbitrary_objects_either_parse_or_fail_cleanly(doc: dict[str, object]) -> None:
    try:
        event = parse_event(orjson.dumps({**BASE, **doc}))
    except InvalidEvent as exc:
        assert exc.code and exc.reason
    else:
        assert event.event_id and event.group_id and event.ts_ms > 0


def test_an_event_from_the_future_is_dead_lettered_with_its_reason() -> None:
    import time

    future = int(time.time() * 1000) + 2 * 86_400_000
    raw = orjson.dumps({"event_id": "f", "type": "message", "ts": future, "group_id": "g",
                        "user_id": "u", "msg_type": "text", "text": "hi"})
    with pytest.raises(InvalidEvent) as caught:
        parse_event(raw)
    assert caught.value.code == "bad_value" and "future" in caught.value.reason
    soon = orjson.dumps({"event_id": "s", "type": "message", "ts": future - 86_400_000 - 60_000,
                         "group_id": "g", "user_id": "u", "msg_type": "text", "text": "hi"})
    assert parse_event(soon).ts_ms == future - 86_400_000 - 60_000  # skew under a day is fine
