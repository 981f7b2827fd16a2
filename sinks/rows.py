"""Pure mapping from processed events to ClickHouse rows; no I/O here.

Every table's first column is its unique id and its second the time the sink uses to narrow the
duplicate look-up (see ``sinks.clickhouse``), so one writer serves every table.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

import orjson


@dataclass(frozen=True)
class Table:
    """A ClickHouse table the sink writes: name and insert columns (id first, time second)."""

    name: str
    columns: tuple[str, ...]
    # Whether a row's time is a property of its id (event time), so the duplicate look-up may
    # be narrowed to the batch's time range. Not so for dead letters: their time is when the
    # broker got the record, which differs between two replays of the same file.
    time_is_stable: bool = True

    @property
    def id_column(self) -> str:
        return self.columns[0]

    @property
    def ts_column(self) -> str:
        return self.columns[1]


Row = tuple[Any, ...]

MESSAGES = Table(
    "messages",
    (
        "event_id",
        "ts",
        "group_id",
        "user_id",
        "user_name",
        "msg_type",
        "text",
        "url",
        "verdict",
        "categories",
        "sentiment",
        "extra",
        "kafka_partition",
        "kafka_offset",
    ),
)
MEMBERSHIP_EVENTS = Table(
    "membership_events",
    (
        "event_id",
        "ts",
        "group_id",
        "user_id",
        "user_name",
        "action",
        "extra",
        "kafka_partition",
        "kafka_offset",
    ),
)
GROUP_SNAPSHOTS = Table(
    "group_snapshots",
    (
        "event_id",
        "ts",
        "group_id",
        "group_name",
        "member_count",
        "extra",
        "kafka_partition",
        "kafka_offset",
    ),
)
DEAD_LETTERS = Table(
    "dead_letters",
    (
        "dead_letter_id",
        "ts",
        "topic",
        "partition",
        "offset",
        "key",
        "raw",
        "reason_code",
        "reason",
    ),
    time_is_stable=False,
)
ALERTS = Table(
    "alerts",
    (
        "alert_id",
        "ts",
        "kind",
        "severity",
        "group_id",
        "group_ids",
        "user_id",
        "title",
        "detail",
        "dedup_key",
    ),
)
MODERATION_HITS = Table(
    "moderation_hits",
    (
        "hit_id",
        "ts",
        "event_id",
        "group_id",
        "user_id",
        "category",
        "rule",
        "severity",
        "match",
        "normalized",
        "normalized_by",
        "verdict",
        "lexicon_version",
    ),
)
GROUP_HEALTH = Table(
    "group_health",
    (
        "snapshot_id",
        "ts",
        "group_id",
        "state",
        "previous_state",
        "health_score",
        "messages",
        "expected_messages",
        "speakers",
        "members",
        "activity_rate",
        "joins",
        "leaves",
        "ad_share",
        "negative_share",
        "mean_sentiment",
        "silent_since",
        "negative_share_1h",
        "mean_sentiment_1h",
        "negative_share_24h",
        "mean_sentiment_24h",
        "negative_baseline",
        "complaint_storm",
        "messages_1h",
        "speakers_1h",
        "joins_1h",
        "leaves_1h",
        "ad_share_1h",
        "peak_messages_1m",
        "messages_24h",
        "speakers_24h",
        "joins_24h",
        "leaves_24h",
        "ad_share_24h",
        "activity_rate_24h",
    ),
)
ACTIONS = Table(
    "actions",
    ("action_id", "ts", "user_id", "group_id", "action", "strikes", "blacklist", "reason"),
)
ALERT_DELIVERIES = Table(
    "alert_deliveries",
    ("delivery_id", "ts", "alert_id", "dedup_key", "kind", "severity", "receiver", "ok",
     "status", "attempts", "error", "seconds"),
)
ALL_TABLES = (
    MESSAGES,
    MEMBERSHIP_EVENTS,
    GROUP_SNAPSHOTS,
    DEAD_LETTERS,
    ALERTS,
    MODERATION_HITS,
    GROUP_HEALTH,
    ACTIONS,
    ALERT_DELIVERIES,
)


class EventLike(Protocol):
    """What the mapper needs of an event (``streams.events.Event`` satisfies it)."""

    event_id: str
    type: str
    ts_ms: int
    group_id: str
    user_id: str
    msg_type: str
    text: str
    url: str
    member_count: int | None
    group_name: str
    user_name: str
    extra: dict[str, Any]


@dataclass(frozen=True)
class Analysis:
    """What the analysis steps concluded about a message (defaults: nothing found)."""

    verdict: str = "pass"
    categories: tuple[str, ...] = ()
    sentiment: float = 0.0


NO_ANALYSIS = Analysis()


def utc(ts_ms: int) -> datetime:
    return datetime.fromtimestamp(ts_ms / 1000, tz=UTC)


def _extra_json(extra: dict[str, Any]) -> str:
    if not extra:
        return ""
    return orjson.dumps(extra, default=str).decode()


def event_row(
    event: EventLike, partition: int, offset: int, analysis: Analysis = NO_ANALYSIS
) -> tuple[Table, Row]:
    """The table and row one valid input event becomes."""
    ts = utc(event.ts_ms)
    extra = _extra_json(event.extra)
    if event.type == "message":
        return MESSAGES, (
            event.event_id,
            ts,
            event.group_id,
            event.user_id,
            event.user_name,
            event.msg_type,
            event.text,
            event.url,
            analysis.verdict,
            list(analysis.categories),
            analysis.sentiment,
            extra,
            partition,
            offset,
        )
    if event.type in ("member_join", "member_leave"):
        action = "join" if event.type == "member_join" else "leave"
        return MEMBERSHIP_EVENTS, (
            event.event_id,
            ts,
            event.group_id,
            event.user_id,
            event.user_name,
            action,
            extra,
            partition,
            offset,
        )
    if event.type == "group_snapshot":
        return GROUP_SNAPSHOTS, (
            event.event_id,
            ts,
            event.group_id,
            event.group_name,
            event.member_count or 0,
            extra,
            partition,
            offset,
        )
    raise ValueError(f"no table for event type {event.type!r}")


def dead_letter_id(topic: str, partition: int, offset: int, raw: bytes) -> str:
    """Stable across redeliveries of the same record, distinct for distinct records."""
    digest = hashlib.blake2b(raw, digest_size=8).hexdigest()
    return f"{topic}:{partition}:{offset}:{digest}"


def dead_letter_row(
    *,
    topic: str,
    partition: int,
    offset: int,
    timestamp_ms: int,
    key: bytes | None,
    raw: bytes,
    reason_code: str,
    reason: str,
) -> Row:
    """A ``dead_letters`` row: the original bytes are kept byte for byte."""
    return (
        dead_letter_id(topic, partition, offset, raw),
        utc(timestamp_ms),
        topic,
        partition,
        offset,
        (key or b"").decode("utf-8", errors="replace"),
        raw,
        reason_code,
        reason,
    )
