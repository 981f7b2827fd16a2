"""Consumer lag in messages: the pure computation and the exporter the worker's timer calls."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, NamedTuple

import pytest
from prometheus_client import REGISTRY

from streams.metrics import ConsumerLagExporter, TopicPartition, consumer_lag

A0, A1 = TopicPartition("a", 0), TopicPartition("a", 1)


def test_lag_is_highwater_minus_committed() -> None:
    assert consumer_lag({A0: 120, A1: 7}, {A0: 100, A1: 7}) == {A0: 20, A1: 0}


def test_nothing_committed_counts_from_zero() -> None:
    assert consumer_lag({A0: 42}, {A0: None}) == {A0: 42}
    assert consumer_lag({A0: 42}, {}) == {A0: 42}


def test_unknown_highwater_is_left_out() -> None:
    assert consumer_lag({A0: None, A1: 5}, {A0: 3, A1: 1}) == {A1: 4}


def test_lag_is_clamped_at_zero() -> None:
    """Tansu can report a high watermark behind the committed offset."""
    assert consumer_lag({A0: 99}, {A0: 100}) == {A0: 0}


class FaustTP(NamedTuple):  # faust.types.TP has the same shape
    topic: str
    partition: int


class FakeConsumer:
    """The three things the exporter reads from Faust's consumer."""

    def __init__(self, highwaters: dict[FaustTP, int | None], committed: dict[FaustTP, int]):
        self.highwaters = highwaters
        self._committed_offset: defaultdict[FaustTP, int | None] = defaultdict(lambda: None)
        self._committed_offset.update(committed)

    def assignment(self) -> set[FaustTP]:
        return set(self.highwaters)

    def highwater(self, tp: FaustTP) -> int | None:
        return self.highwaters[tp]


def lag_sample(topic: str, partition: int) -> float | None:
    return REGISTRY.get_sample_value(
        "grouppulse_consumer_lag_messages", {"topic": topic, "partition": str(partition)}
    )


@pytest.fixture
def exporter() -> Any:
    exporter = ConsumerLagExporter()
    yield exporter
    exporter.publish({})  # leave no series behind for other tests


def test_exporter_sets_and_forgets_partitions(exporter: ConsumerLagExporter) -> None:
    a0, a1 = FaustTP("a", 0), FaustTP("a", 1)
    consumer = FakeConsumer({a0: 50, a1: 10}, {a0: 20})
    exporter.update(consumer)
    assert lag_sample("a", 0) == 30
    assert lag_sample("a", 1) == 10
    assert not consumer._committed_offset.get(a1), "the exporter must not add offsets"
    # a rebalance moved a1 away: its series disappears instead of freezing at 10
    exporter.update(FakeConsumer({a0: 60}, {a0: 60}))
    assert lag_sample("a", 0) == 0
    assert lag_sample("a", 1) is None


class BrokenConsumer:
    def __init__(self, error: Exception) -> None:
        self.error = error

    def assignment(self) -> set[FaustTP]:
        raise self.error


def test_exporter_never_raises_and_logs_each_error_type_once(
    exporter: ConsumerLagExporter, caplog: pytest.LogCaptureFixture
) -> None:
    exporter.update(BrokenConsumer(RuntimeError("consumer not started")))
    exporter.update(BrokenConsumer(RuntimeError("still rebalancing")))
    exporter.update(BrokenConsumer(KeyError("tp")))
    warnings = [r for r in caplog.records if "consumer lag not updated" in r.getMessage()]
    assert len(warnings) == 2
    # a failed update keeps the last good values rather than inventing zeros
    exporter.update(FakeConsumer({FaustTP("b", 0): 5}, {}))
    exporter.update(BrokenConsumer(RuntimeError("again")))
    assert lag_sample("b", 0) == 5
