"""Prometheus metrics of the worker, served on the web port at ``/metrics``."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from prometheus_client import Counter, Gauge, Histogram

from sinks.rows import Table

log = logging.getLogger(__name__)

EVENTS_IN = Counter("grouppulse_events_total", "Valid input events processed, by type", ["type"])
EVENTS_REPLAYED = Counter(
    "grouppulse_events_replayed_total",
    "Redelivered events skipped after a restart: the restored state already held them",
)
DEAD_LETTERS = Counter(
    "grouppulse_dead_letters_total", "Input records dead-lettered, by reason", ["reason"]
)
SINK_ROWS = Counter(
    "grouppulse_sink_rows_total", "Rows inserted into ClickHouse (duplicates excluded)", ["table"]
)
SINK_FLUSH_SECONDS = Histogram(
    "grouppulse_sink_flush_seconds",
    "Seconds per ClickHouse insert, duplicate look-up included",
    ["table"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
SINK_ERRORS = Counter("grouppulse_sink_errors_total", "Failed ClickHouse inserts", ["table"])
EVENT_LAG_SECONDS = Histogram(
    "grouppulse_event_lag_seconds",
    "Wall-clock time minus event time when the event is processed",
    buckets=(0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600, 86400,
             float("inf")),
)
BATCH_EVENTS = Histogram(
    "grouppulse_batch_events",
    "Events per processed batch",
    buckets=(1, 10, 50, 100, 500, 1000, 2000, 5000, 10000),
)
LOOP_LAG_SECONDS = Histogram(
    "grouppulse_event_loop_lag_seconds",
    "How late a 50 ms sleep of the worker's event loop wakes: while the loop is busy, no "
    "event is fetched, analysed or alerted (alert latency rises by as much)",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5),
)
GC_PAUSE_SECONDS = Histogram(
    "grouppulse_gc_pause_seconds",
    "Python's cyclic garbage collections, by generation (2 = full): the loop stands still",
    ["generation"],
    buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1),
)
FIRST_EVENT_TIME = Gauge(
    "grouppulse_first_event_processed_timestamp_seconds",
    "Unix time when this worker processed its first event",
)
LAST_WRITE_TIME = Gauge(
    "grouppulse_last_write_timestamp_seconds",
    "Unix time of this worker's last successful ClickHouse write",
)
VERDICTS = Counter("grouppulse_verdicts_total", "Messages by moderation verdict", ["verdict"])
MODERATION_HITS = Counter(
    "grouppulse_moderation_hits_total", "Moderation hits by category", ["category"]
)
ALERTS = Counter("grouppulse_alerts_total", "Alert records raised", ["kind", "severity"])
SIGHTINGS_SENT = Counter(
    "grouppulse_campaign_sightings_sent_total", "Ad-like messages handed to campaign detection"
)
SIGHTINGS_DONE = Counter(
    "grouppulse_campaign_sightings_processed_total",
    "Sightings processed by the campaign agent (alerts written)",
)
STRIKES_SENT = Counter("grouppulse_strikes_sent_total", "Rejected messages sent to the ladder")
STRIKES_DONE = Counter(
    "grouppulse_strikes_processed_total", "Strikes processed by the ladder (actions written)"
)
ACTIONS = Counter("grouppulse_actions_total", "Enforcement actions emitted", ["action"])
ALERT_ROUTES = Counter(
    "grouppulse_alert_routes_total", "Router decisions: page, update or rate_limited", ["route"]
)
DELIVERIES = Counter(
    "grouppulse_alert_deliveries_total", "Pages sent to receivers", ["receiver", "outcome"]
)
PAGES_DROPPED = Counter(
    "grouppulse_pages_dropped_total", "Pages dropped because a receiver was too slow",
    ["receiver"],
)
GROUPS_BY_STATE = Gauge(
    "grouppulse_groups_by_state", "Groups this worker owns, by health state", ["state"]
)
GROUPS_SEEN = Gauge("grouppulse_groups_seen", "Distinct groups seen by this worker")
BLACKLIST_ENTRIES = Gauge(
    "grouppulse_blacklist_entries", "Users on the global blacklist, as this worker holds it"
)
HALTED = Gauge("grouppulse_halted", "1 when the dead-letter ratio guard halted the worker")
CONSUMER_LAG = Gauge(
    "grouppulse_consumer_lag_messages",
    "Messages in the partition after this worker's last committed offset (high watermark "
    "minus committed, clamped at 0)",
    ["topic", "partition"],
)
LAST_EVENT_TIME = Gauge(
    "grouppulse_last_event_timestamp_seconds",
    "Largest event time (ts) among the valid events this worker processed",
)


class SinkMetrics:
    """Adapter: the sink's observer hooks → Prometheus."""

    def written(self, table: Table, rows: int, seconds: float) -> None:
        SINK_ROWS.labels(table.name).inc(rows)
        SINK_FLUSH_SECONDS.labels(table.name).observe(seconds)
        LAST_WRITE_TIME.set(time.time())

    def failed(self, table: Table, error: BaseException) -> None:
        SINK_ERRORS.labels(table.name).inc()


class TopicPartition(NamedTuple):
    topic: str
    partition: int


def consumer_lag(
    highwaters: Mapping[TopicPartition, int | None],
    committed: Mapping[TopicPartition, int | None],
) -> dict[TopicPartition, int]:
    """Messages not yet committed per partition: high watermark minus committed offset.

    A partition whose high watermark is unknown (not fetched yet) is left out rather than
    guessed. Nothing committed yet counts from offset 0. The result is clamped at 0: the
    embedded broker (Tansu) can report a high watermark slightly behind the committed
    offset, and a negative lag would only confuse the alert rules.
    """
    lag: dict[TopicPartition, int] = {}
    for tp, highwater in highwaters.items():
        if highwater is None:
            continue
        lag[tp] = max(0, highwater - (committed.get(tp) or 0))
    return lag


class ConsumerLagExporter:
    """Copies the Faust consumer's lag into ``grouppulse_consumer_lag_messages``.

    Called from a timer: it must never raise (a failing metric must not stop the worker), and
    must not flood the log while the consumer is rebalancing, so each kind of error is logged
    once. Partitions this worker no longer owns are removed, so a moved partition's lag is not
    reported twice.
    """

    def __init__(self) -> None:
        self.exported: set[TopicPartition] = set()
        self.errors_logged: set[type[BaseException]] = set()

    def update(self, consumer: Any) -> None:
        try:
            # Faust keeps committed offsets (Kafka style: the next offset to read) only in
            # this private attribute, hence the getattr; the high watermark is the one of
            # the last fetch response, so it can be a little stale for a paused partition.
            committed: Mapping[Any, int | None] = getattr(consumer, "_committed_offset", {})
            assigned = {TopicPartition(tp.topic, tp.partition): tp
                        for tp in consumer.assignment()}
            self.publish(consumer_lag(
                {key: consumer.highwater(tp) for key, tp in assigned.items()},
                {key: committed.get(tp) for key, tp in assigned.items()},
            ))
        except Exception as exc:
            if type(exc) not in self.errors_logged:
                self.errors_logged.add(type(exc))
                log.warning("consumer lag not updated (logged once per error type): %r", exc)

    def publish(self, lag: Mapping[TopicPartition, int]) -> None:
        for tp, value in lag.items():
            CONSUMER_LAG.labels(tp.topic, str(tp.partition)).set(value)
        self.forget(self.exported - set(lag))
        self.exported = set(lag)

    def forget(self, partitions: Iterable[TopicPartition]) -> None:
        for tp in partitions:
            with contextlib.suppress(KeyError):
                CONSUMER_LAG.remove(tp.topic, str(tp.partition))


def watch_garbage_collector() -> None:
    """Time every cyclic collection (``GC_PAUSE_SECONDS``); installed once per process."""
    import gc

    if any(getattr(cb, "__name__", "") == "_time_collection" for cb in gc.callbacks):
        return
    started = [0.0]

    def _time_collection(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            GC_PAUSE_SECONDS.labels(str(info["generation"])).observe(
                time.perf_counter() - started[0])

    gc.callbacks.append(_time_collection)


async def watch_loop_lag(interval: float = 0.05) -> None:
    """Observe how late the event loop wakes from short sleeps (``LOOP_LAG_SECONDS``)."""
    import asyncio

    while True:
        before = time.perf_counter()
        await asyncio.sleep(interval)
        LOOP_LAG_SECONDS.observe(max(0.0, time.perf_counter() - before - interval))
