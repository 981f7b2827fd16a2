"""Metrics the pipeline sets once per batch (the alert rules read them)."""

from __future__ import annotations

import orjson
from memory_sink import MemoryWriter
from prometheus_client import REGISTRY

from sinks.batching import BatchingSink
from streams.pipeline import DeadLetter, IngestPipeline, Record

T0 = 1793592001500  # ms


async def no_dead_letters(letter: DeadLetter) -> None:
    return None


def record(offset: int, ts: object) -> Record:
    value = orjson.dumps({"event_id": f"e{offset}", "type": "message", "ts": ts,
                          "group_id": "g1", "user_id": "u1", "text": "hi"})
    return Record("group-events", 0, offset, T0, b"g1", value)


def newest() -> float | None:
    return REGISTRY.get_sample_value("grouppulse_last_event_timestamp_seconds")


async def test_last_event_timestamp_is_the_largest_event_time_and_never_goes_back() -> None:
    pipeline = IngestPipeline(BatchingSink(MemoryWriter()), no_dead_letters)
    await pipeline.process([record(0, T0 + 5000), record(1, T0 + 9000), record(2, T0)])
    assert newest() == (T0 + 9000) / 1000
    await pipeline.process([record(3, T0 + 1000), record(4, "not a time")])  # late + bad
    assert newest() == (T0 + 9000) / 1000
    await pipeline.process([record(5, T0 + 60_000)])
    assert newest() == (T0 + 60_000) / 1000
