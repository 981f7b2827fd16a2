"""Drive a whole embedded pipeline: broker + worker subprocess(es) + a feed of events.

Used by ``grouppulse replay`` and ``grouppulse demo`` (and the integration tests). Progress is
tracked through the worker's committed offsets: the worker commits an offset only after the rows
of every event before it are in ClickHouse, so "committed = produced" means "all written".
Tansu reports wrong high watermarks (the base offset of the last batch), so the produced offsets
come from the producer's acknowledgements instead.
"""

from __future__ import annotations

import asyncio
import hashlib
import secrets
import time
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from aiokafka import AIOKafkaConsumer, TopicPartition
from pydantic import SecretStr

from streams.embedded import (
    ClickHouseServerProcess,
    EmbeddedBroker,
    WorkerProcess,
    free_port,
    metric_sum,
    port_is_free,
)
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


# Tansu accepts shorter sessions than Kafka's 6 s minimum: a killed worker's successor then
# forms the group once, not twice (recovery after kill -9 7-11 s instead of 16-18 s).
EMBEDDED_SESSION_TIMEOUT = 3.0


class EmbeddedPipeline:
    """Broker + worker subprocess(es); ``settings`` is rewritten to point at them.

    By default one worker, which opens ClickHouse itself. With ``workers`` > 1 (or
    ``shared_clickhouse=True``) a ClickHouse access point (``grouppulse clickhouse-server``)
    owns the chDB directory and every worker writes and queries through it; then
    ``start_worker`` adds a worker (own web port and log) and ``WorkerProcess.stop``/``kill``
    take one away, so workers can join, leave and crash mid-run.
    """

    def __init__(self, settings: Settings, log_dir: Path | None = None, *, workers: int = 1,
                 shared_clickhouse: bool | None = None) -> None:
        self.log_dir = log_dir or settings.data_dir / "logs"
        self.broker = EmbeddedBroker(self.log_dir, port=settings.embedded_broker_port or None)
        self.base_settings = settings
        self.settings = settings
        self.initial_workers = workers
        self.shared = workers > 1 if shared_clickhouse is None else shared_clickhouse
        self.clickhouse: ClickHouseServerProcess | None = None
        self.workers: list[WorkerProcess] = []
        self.worker: WorkerProcess | None = None  # the one started last

    def start(self) -> EmbeddedPipeline:
        self.broker.start()
        web_port = self.base_settings.web_port
        if web_port == 0 or not port_is_free(web_port):
            web_port = free_port()
        update: dict[str, object] = {"broker_url": self.broker.url, "web_port": web_port}
        if "broker_session_timeout" not in self.base_settings.model_fields_set:
            update["broker_session_timeout"] = EMBEDDED_SESSION_TIMEOUT
        if self.shared:
            update["clickhouse_server"] = f"127.0.0.1:{free_port()}"
            update["clickhouse_server_key"] = SecretStr(secrets.token_urlsafe(32))
        self.settings = self.base_settings.model_copy(update=update)
        asyncio.run(self.create_topics())
        if self.shared:
            self.clickhouse = ClickHouseServerProcess(
                self.settings, self.log_dir / "clickhouse-server.log").start()
        for _ in range(self.initial_workers):
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
        """Start a worker: the replacement of the last one, or with a shared ClickHouse one
        more (the 2nd, 3rd… get their own web port and ``worker-N.log``)."""
        number = len(self.workers) + 1
        settings, log_name = self.settings, "worker.log"
        if self.shared and number > 1:
            settings = self.settings.model_copy(update={"web_port": free_port()})
            log_name = f"worker-{number}.log"
        self.worker = WorkerProcess(settings, self.log_dir / log_name).start()
        self.workers.append(self.worker)
        return self.worker

    def live_workers(self) -> list[WorkerProcess]:
        return [w for w in self.workers if w.alive()]

    def stop(self) -> None:
        for worker in self.workers:
            worker.stop()
        if self.clickhouse is not None:
            self.clickhouse.stop()
        self.broker.stop()

    def __enter__(self) -> EmbeddedPipeline:
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def scrape(self) -> dict[str, float]:
        """The metrics of the worker, or with a shared ClickHouse those of every live worker
        merged (counters summed)."""
        if not self.shared:
            return self.worker.scrape() if self.worker is not None else {}
        return merge_metrics([w.scrape() for w in self.live_workers()])

    async def wait_processed(
        self,
        produced: Produced,
        on_progress: Callable[[Progress], None] | None = None,
        stall_timeout: float = 180.0,
        stop_at: int | None = None,
        poll_seconds: float = 0.2,
    ) -> Progress:
        """Until the workers have committed everything produced (or ``stop_at`` events).

        Raises ``UserError`` if the worker dies (with a shared ClickHouse: if no worker is
        left) or no progress is made for ``stall_timeout``.
        """
        watcher = CommitWatcher(self.broker.bootstrap, self.settings.app_id)
        await watcher.start()
        derived = DerivedTopics(self.broker.bootstrap, self.settings) if self.shared else None
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
                    metrics = await asyncio.to_thread(self.scrape)
                    next_scrape = time.monotonic() + 1.0
                if finished and stop_at is None:
                    # campaign detection and the strike ladder still have records to work
                    # through? Counters of one worker say so; across workers that come and
                    # go, the derived topics' committed offsets do.
                    if derived is not None:
                        finished = await derived.caught_up(watcher)
                    else:
                        finished = derived_outputs_done(metrics)
                progress = Progress(done, total, metrics)
                if on_progress is not None:
                    on_progress(progress)
                if finished:
                    return progress
                self._check_alive()
                if done != last_done:
                    last_done, last_change = done, time.monotonic()
                elif time.monotonic() - last_change > stall_timeout:
                    where = self.worker.log_path if self.worker else self.log_dir
                    raise UserError(
                        f"no progress for {stall_timeout:.0f}s at {done}/{total} events "
                        f"(worker log: {where})"
                    )
                await asyncio.sleep(poll_seconds)
        finally:
            await watcher.close()
            if derived is not None:
                await derived.close()

    def _check_alive(self) -> None:
        if self.shared:
            if self.clickhouse is not None and not self.clickhouse.alive():
                raise UserError(f"the ClickHouse access point exited "
                                f"(log: {self.clickhouse.log_path})")
            if self.workers and not self.live_workers():
                raise UserError(self.workers[-1].exit_message())
        elif self.worker is not None and not self.worker.alive():
            raise UserError(self.worker.exit_message())


def merge_metrics(scrapes: list[dict[str, float]]) -> dict[str, float]:
    """Several workers' metrics as one: counters and gauges summed, timestamps the earliest
    first and the latest last."""
    merged: dict[str, float] = {}
    for values in scrapes:
        for name, value in values.items():
            if name not in merged:
                merged[name] = value
            elif "_timestamp_seconds" in name:  # 0 = not yet
                pick = min if "_first_" in name else max
                merged[name] = pick(v for v in (merged[name], value) if v > 0) \
                    if merged[name] > 0 or value > 0 else 0.0
            else:
                merged[name] += value
    return merged


class DerivedTopics:
    """Whether the agents over derived records (campaign sightings, strikes) have committed
    everything in their topics. Used once all input is committed (so every derived record
    has been sent); the true end of a partition is read, not asked: Tansu's high watermark
    is the base offset of the last batch."""

    def __init__(self, bootstrap: str, settings: Settings) -> None:
        self.bootstrap = bootstrap
        self.partitions = {settings.topic_campaign_sightings: [0],
                           settings.topic_strikes: list(range(settings.topic_partitions))}
        self._consumer: AIOKafkaConsumer | None = None

    async def ends(self) -> dict[tuple[str, int], int]:
        if self._consumer is None:
            self._consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, group_id=None,
                                              enable_auto_commit=False)
            await self._consumer.start()
            self._consumer.assign([TopicPartition(t, p) for t, ps in self.partitions.items()
                                   for p in ps])
        consumer = self._consumer
        tps = list(consumer.assignment())
        ends = {tp: int(offset) for tp, offset in (await consumer.end_offsets(tps)).items()}
        for tp, offset in ends.items():
            consumer.seek(tp, offset)
        while batches := await consumer.getmany(*tps, timeout_ms=300):
            for tp, records in batches.items():
                for record in records:
                    ends[tp] = max(ends[tp], record.offset + 1)
        return {(tp.topic, tp.partition): offset for tp, offset in ends.items()}

    async def caught_up(self, watcher: CommitWatcher) -> bool:
        ends = await self.ends()
        for topic, partitions in self.partitions.items():
            committed = await watcher.committed(topic, partitions)
            for partition in partitions:
                if committed.get(partition, 0) < ends.get((topic, partition), 0):
                    return False
        return True

    async def close(self) -> None:
        if self._consumer is not None:
            await self._consumer.stop()
            self._consumer = None


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
