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


async def test_a_batch_sends_its_alerts_before_dead_letters_and_other_outputs() -> None:
    """Each send can hand the event loop to other tasks: on-call waits for the alert, nobody
    waits for a dead letter or a hit, so the alert must not queue behind them."""
    from streams.analysis import Analyser
    from streams.detect.lexicon import Lexicon
    from streams.detect.moderation import Moderator
    from streams.detect.sentiment import score

    sent: list[str] = []

    async def dead_letter(letter: DeadLetter) -> None:
        sent.append("dead_letters")

    async def publish(name: str, key: bytes | None, value: bytes) -> None:
        sent.append(name)

    def message(offset: int, text: str) -> Record:
        value = orjson.dumps({"event_id": f"e{offset}", "type": "message", "ts": T0 + offset,
                              "group_id": "g1", "user_id": f"u{offset}", "text": text})
        return Record("group-events", 0, offset, T0, b"g1", value)

    pipeline = IngestPipeline(BatchingSink(MemoryWriter()), dead_letter,
                              analyser=Analyser(Moderator(Lexicon.load()), score),
                              publish=publish)
    await pipeline.process([
        Record("group-events", 0, 0, T0, b"g1", b"{not json"),
        message(1, "加我微信 abc_12345 领优惠券"),
        message(2, "出售冰毒，量大从优，懂的来"),
    ])
    assert "alerts" in sent and "dead_letters" in sent and "moderation_hits" in sent
    alerts = sent.count("alerts")
    assert sent[:alerts] == ["alerts"] * alerts, sent
