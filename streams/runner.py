"""Drive a whole embedded pipeline: broker + worker subprocess + a feed of events.

Used by ``grouppulse replay`` and ``grouppulse demo`` (and the integration tests). Progress is
tracked through the worker's committed offsets: the worker commits an offset only after the rows
of every event before it are in ClickHouse, so "committed = produced" means "all written".
Tansu reports wrong high watermarks (the base offset of the last batch), so the produced offsets
come from the producer's acknowledgements instead.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from streams.embedded import EmbeddedBroker, WorkerProcess, free_port, metric_sum, port_is_free
from streams.errors import UserError
from streams.events import group_key
from streams.kafka import CommitWatcher, ensure_topics, make_producer
from streams.settings import Settings


@dataclass
class Produced:
    """Next offset per partition after everything sent so far (= what 'done' means)."""

    next_offsets: dict[int, int] = field(default_factory=dict)
    first_offsets: dict[int, int] = field(default_factory=dict)
    records: int = 0

    def note(self, partition: int, offset: int) -> None:
        if offset + 1 > self.next_offsets.get(partition, 0):
            self.next_offsets[partition] = offset + 1
        if offset < self.first_offsets.get(partition, offset + 1):
            self.first_offsets[partition] = offset
        self.records += 1

    def done(self, committed: dict[int, int]) -> int:
        """How many of these records lie below the committed offsets."""
        return sum(
            max(0, min(committed.get(p, 0), end) - self.first_offsets.get(p, 0))
            for p, end in self.next_offsets.items()
        )


async def produce(
    bootstrap: str,
    topic: str,
    records: AsyncIterator[tuple[bytes | None, bytes]] | Iterable[tuple[bytes | None, bytes]],
    on_sent: Callable[[int], None] | None = None,
) -> Produced:
    """Send (key, value) pairs; return the offsets the broker acknowledged."""
    producer = make_producer(bootstrap)
    await producer.start()
    produced = Produced()
    pending: list[asyncio.Future[object]] = []

    async def settle() -> None:
        for future in pending:
            metadata = await future
            produced.note(metadata.partition, metadata.offset)  # type: ignore[attr-defined]
        if on_sent is not None:
            on_sent(len(pending))
        pending.clear()

    last_settle = time.monotonic()

    async def send(key: bytes | None, value: bytes) -> None:
        nonlocal last_settle
        pending.append(await producer.send(topic, key=key, value=value))
        # Settle by count for bulk sends, by time for paced (live) sends.
        if len(pending) >= 2000 or time.monotonic() - last_settle > 0.5:
            await settle()
            last_settle = time.monotonic()

    try:
        if isinstance(records, AsyncIterator):
            async for key, value in records:
                await send(key, value)
        else:
            for key, value in records:
                await send(key, value)
        await producer.flush()
        await settle()
    finally:
        await producer.stop()
    return produced


def read_jsonl(path: Path) -> Iterable[tuple[bytes | None, bytes]]:
    """(key, line) for every non-empty line of a JSONL file.

    The key is the group_id; a line without one (bad input) is keyed by its own hash, so the
    same file always lands on the same partitions and offsets, and a second replay of it
    finds its dead letters already recorded.
    """
    with open(path, "rb") as handle:
        for line in handle:
            value = line.rstrip(b"\r\n")
            if value:
                key = group_key(value) or hashlib.blake2b(value, digest_size=8).hexdigest().encode()
                yield key, value


def count_lines(path: Path) -> int:
    count = 0
    with open(path, "rb") as handle:
        for line in handle:
            if line.strip():
                count += 1
    return count


@dataclass
class Progress:
    processed: int
    total: int
    worker_metrics: dict[str, float]


class EmbeddedPipeline:
    """Broker + worker subprocess; ``settings`` is rewritten to point at them."""

    def __init__(self, settings: Settings, log_dir: Path | None = None) -> None:
        self.log_dir = log_dir or settings.data_dir / "logs"
        self.broker = EmbeddedBroker(self.log_dir, port=settings.embedded_broker_port or None)
        self.base_settings = settings
        self.settings = settings
        self.worker: WorkerProcess | None = None

    def start(self) -> EmbeddedPipeline:
        self.broker.start()
        web_port = self.base_settings.web_port
        if web_port == 0 or not port_is_free(web_port):
            web_port = free_port()
        self.settings = self.base_settings.model_copy(
            update={"broker_url": self.broker.url, "web_port": web_port}
        )
        asyncio.run(self.create_topics())
        self.start_worker()
        return self

    async def create_topics(self) -> None:
        s = self.settings
        await ensure_topics(
            self.broker.bootstrap,
            {
                s.topic_events: s.topic_partitions,
                s.topic_dead_letters: s.topic_partitions,
                s.topic_alerts: s.topic_partitions,
                s.topic_moderation_hits: s.topic_partitions,
                s.topic_campaign_sightings: 1,
                s.topic_strikes: s.topic_partitions,
                s.topic_actions: s.topic_partitions,
                s.topic_blacklist: s.topic_partitions,
                s.topic_health_state: s.topic_partitions,
            },
        )

    def start_worker(self) -> WorkerProcess:
        self.worker = WorkerProcess(self.settings, self.log_dir / "worker.log").start()
        return self.worker

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()
        self.broker.stop()

    def __enter__(self) -> EmbeddedPipeline:
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc: object) -> None:
        self.stop()

    async def wait_processed(
        self,
        produced: Produced,
        on_progress: Callable[[Progress], None] | None = None,
        stall_timeout: float = 180.0,
        stop_at: int | None = None,
        poll_seconds: float = 0.2,
    ) -> Progress:
        """Until the worker has committed everything produced (or ``stop_at`` events).

        Raises ``UserError`` if the worker dies or makes no progress for ``stall_timeout``.
        """
        watcher = CommitWatcher(self.broker.bootstrap, self.settings.app_id)
        await watcher.start()
        total = produced.records
        targets = produced.next_offsets
        last_change = time.monotonic()
        last_done = -1
        metrics: dict[str, float] = {}
        next_scrape = 0.0
        try:
            while True:
                committed = await watcher.committed(self.settings.topic_events, targets)
                done = produced.done(committed)
                finished = done >= total or (stop_at is not None and done >= stop_at)
                # Scraping costs the worker CPU: once a second, and on every poll at the end.
                if self.worker is not None and (finished or time.monotonic() >= next_scrape):
                    metrics = await asyncio.to_thread(self.worker.scrape)
                    next_scrape = time.monotonic() + 1.0
                if finished and stop_at is None and not derived_outputs_done(metrics):
                    finished = False  # campaign detection still has sightings to work through
                progress = Progress(done, total, metrics)
                if on_progress is not None:
                    on_progress(progress)
                if finished:
                    return progress
                if self.worker is not None and not self.worker.alive():
                    raise UserError(self.worker.exit_message())
                if done != last_done:
                    last_done, last_change = done, time.monotonic()
                elif time.monotonic() - last_change > stall_timeout:
                    raise UserError(
                        f"no progress for {stall_timeout:.0f}s at {done}/{total} events "
                        f"(worker log: {self.log_dir / 'worker.log'})"
                    )
                await asyncio.sleep(poll_seconds)
        finally:
            await watcher.close()


def derived_outputs_done(metrics: dict[str, float]) -> bool:
    """Every sighting and strike the ingest agent sent has been through its agent."""
    return all(
        metrics.get(f"grouppulse_{name}_processed_total", 0.0)
        >= metrics.get(f"grouppulse_{name}_sent_total", 0.0)
        for name in ("campaign_sightings", "strikes")
    )


def events_per_second(metrics: dict[str, float], events: int) -> float:
    """Rate from the worker's first processed event to its last ClickHouse write."""
    first = metrics.get("grouppulse_first_event_processed_timestamp_seconds", 0.0)
    last = metrics.get("grouppulse_last_write_timestamp_seconds", 0.0)
    if first <= 0 or last <= first:
        return 0.0
    return events / (last - first)


def processed_counts(metrics: dict[str, float]) -> dict[str, int]:
    return {
        "events": int(metric_sum(metrics, "grouppulse_events_total")),
        "dead_letters": int(metric_sum(metrics, "grouppulse_dead_letters_total")),
        "alerts": int(metrics.get('grouppulse_sink_rows_total{table="alerts"}', 0)),
        "groups": int(metrics.get("grouppulse_groups_seen", 0)),
        "alerts_raised": int(metric_sum(metrics, "grouppulse_alerts_total")),
    }


def groups_by_state(metrics: dict[str, float]) -> dict[str, int]:
    states = ("new", "active", "cooling", "dying", "dead")
    return {s: int(metrics.get(f'grouppulse_groups_by_state{{state="{s}"}}', 0)) for s in states}
