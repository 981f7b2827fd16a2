"""Input events: parse and validate the raw bytes of one Kafka record.

Pure code on the hot path. ``parse_event`` either returns an ``Event`` or raises
``InvalidEvent`` with a machine-readable ``code`` (a metric label) and a human ``reason``.
orjson + hand-written checks measured fastest here (``bench/json_decode.py``), and unlike a
typed decoder it keeps unknown fields, which the contract requires.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

import orjson

EVENT_TYPES: Final = frozenset({"message", "member_join", "member_leave", "group_snapshot"})
MSG_TYPES: Final = frozenset(
    {
        "text",
        "image",
        "link",
        "card",
        "miniprogram",
        "red_packet",
        "voice",
        "video",
        "file",
        "emoji",
        "system",
    }
)
KNOWN_FIELDS: Final = frozenset(
    {
        "event_id",
        "type",
        "ts",
        "group_id",
        "user_id",
        "msg_type",
        "text",
        "url",
        "member_count",
        "group_name",
        "user_name",
    }
)
MAX_ID_CHARS: Final = 256
# Event times outside this range are typos or unit mistakes (seconds vs milliseconds).
MIN_TS_MS: Final = 946_684_800_000  # 2000-01-01
MAX_TS_MS: Final = 4_102_444_800_000  # 2100-01-01
FUTURE_TOLERANCE_MS: Final = 86_400_000  # producers' clocks may be off, not by more than a day

# Reason codes, also the ``reason`` label of the dead-letter metric.
BAD_JSON: Final = "bad_json"
BAD_ENCODING: Final = "bad_encoding"
NOT_OBJECT: Final = "not_object"
MISSING_FIELD: Final = "missing_field"
WRONG_TYPE: Final = "wrong_type"
BAD_VALUE: Final = "bad_value"
OVERSIZED: Final = "oversized"
PROCESSING_ERROR: Final = "processing_error"


class InvalidEvent(ValueError):
    """The record cannot be read as an event; it goes to the dead-letter topic."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(f"{code}: {reason}")
        self.code = code
        self.reason = reason


@dataclass(slots=True)
class Event:
    """One validated input event. ``extra`` holds unknown fields, kept as they came."""

    event_id: str
    type: str
    ts_ms: int
    group_id: str
    user_id: str = ""
    msg_type: str = ""
    text: str = ""
    url: str = ""
    member_count: int | None = None
    group_name: str = ""
    user_name: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ts(self) -> datetime:
        return datetime.fromtimestamp(self.ts_ms / 1000, tz=UTC)


def parse_event(raw: bytes, max_bytes: int = 65536) -> Event:
    """Validate one record value against the input contract (DESIGN.md)."""
    if len(raw) > max_bytes:
        raise InvalidEvent(OVERSIZED, f"{len(raw)} bytes, limit {max_bytes}")
    try:
        doc = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        code = BAD_ENCODING if "utf-8" in str(exc).lower() else BAD_JSON  # orjson says "UTF-8"
        raise InvalidEvent(code, str(exc)) from None
    if not isinstance(doc, dict):
        raise InvalidEvent(NOT_OBJECT, f"expected a JSON object, got {_kind(doc)}")

    event_type = _required_str(doc, "type")
    if event_type not in EVENT_TYPES:
        raise InvalidEvent(
            BAD_VALUE, f"type {event_type[:40]!r} is not one of {_sorted(EVENT_TYPES)}"
        )
    event = Event(
        event_id=_required_str(doc, "event_id"),
        type=event_type,
        ts_ms=_parse_ts(doc.get("ts")),
        group_id=_required_str(doc, "group_id"),
    )
    if event_type == "group_snapshot":
        event.user_id = _optional_str(doc, "user_id")
        count = doc.get("member_count")
        if count is None:
            raise InvalidEvent(MISSING_FIELD, "member_count is required on group_snapshot")
        if type(count) is not int:
            raise InvalidEvent(WRONG_TYPE, f"member_count must be an integer, got {_kind(count)}")
        if not 0 <= count <= 10_000_000:
            raise InvalidEvent(BAD_VALUE, f"member_count {count} out of range")
        event.member_count = count
    else:
        event.user_id = _required_str(doc, "user_id")
    if event_type == "message":
        msg_type = _optional_str(doc, "msg_type") or "text"
        if msg_type not in MSG_TYPES:
            raise InvalidEvent(
                BAD_VALUE, f"msg_type {msg_type[:40]!r} is not one of {_sorted(MSG_TYPES)}"
            )
        event.msg_type = msg_type
        event.text = _optional_str(doc, "text", limit=None)
        event.url = _optional_str(doc, "url", limit=None)
    event.group_name = _optional_str(doc, "group_name", limit=None)
    event.user_name = _optional_str(doc, "user_name", limit=None)
    if len(doc) > len(KNOWN_FIELDS & doc.keys()):
        event.extra = {k: v for k, v in doc.items() if k not in KNOWN_FIELDS}
    return event


def _required_str(doc: dict[str, Any], name: str) -> str:
    value = doc.get(name)
    if value is None or value == "":
        raise InvalidEvent(MISSING_FIELD, f"{name} is required")
    if type(value) is not str:
        raise InvalidEvent(WRONG_TYPE, f"{name} must be a string, got {_kind(value)}")
    if len(value) > MAX_ID_CHARS:
        raise InvalidEvent(BAD_VALUE, f"{name} longer than {MAX_ID_CHARS} characters")
    return value


def _optional_str(doc: dict[str, Any], name: str, limit: int | None = MAX_ID_CHARS) -> str:
    value = doc.get(name)
    if value is None:
        return ""
    if type(value) is not str:
        raise InvalidEvent(WRONG_TYPE, f"{name} must be a string, got {_kind(value)}")
    if limit is not None and len(value) > limit:
        raise InvalidEvent(BAD_VALUE, f"{name} longer than {limit} characters")
    return value


def _parse_ts(value: Any) -> int:
    """Epoch milliseconds from an ISO-8601 string with a zone or an epoch-millisecond number."""
    if value is None or value == "":
        raise InvalidEvent(MISSING_FIELD, "ts is required")
    if type(value) is int or type(value) is float:
        ts_ms = int(value)
    elif type(value) is str:
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise InvalidEvent(BAD_VALUE, f"ts {value[:40]!r} is not ISO-8601") from None
        if parsed.tzinfo is None:
            raise InvalidEvent(BAD_VALUE, f"ts {value[:40]!r} has no time zone")
        ts_ms = round(parsed.timestamp() * 1000)
    else:
        raise InvalidEvent(WRONG_TYPE, f"ts must be ISO-8601 or epoch ms, got {_kind(value)}")
    if not MIN_TS_MS <= ts_ms < MAX_TS_MS:
        raise InvalidEvent(BAD_VALUE, f"ts {value!r} is outside 2000..2100 (epoch ms expected)")
    if ts_ms > time.time() * 1000 + FUTURE_TOLERANCE_MS:
        # A producer's clock is wrong: one event from 2096 would move event time for every
        # group in its partition decades ahead. Dead-lettered, so it is kept and visible.
        raise InvalidEvent(BAD_VALUE, f"ts {value!r} is more than a day in the future")
    return ts_ms


def _kind(value: Any) -> str:
    return {dict: "object", list: "array", bool: "boolean", str: "string"}.get(
        type(value), "number" if isinstance(value, int | float) else type(value).__name__
    )


def _sorted(values: frozenset[str]) -> str:
    return ", ".join(sorted(values))


def group_key(raw: bytes) -> bytes | None:
    """Best-effort Kafka key (the group_id) for producers forwarding raw lines."""
    try:
        doc = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
    if isinstance(doc, dict) and isinstance(doc.get("group_id"), str):
        return str(doc["group_id"]).encode()
    return None
