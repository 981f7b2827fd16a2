"""Per-batch processing, independent of Faust: records in, rows and dead letters out.

The Faust agent hands each batch here and acknowledges it only after ``process`` returns, i.e.
after the rows are in ClickHouse and the dead letters are handed to the producer.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson

from sinks.batching import BatchingSink
from sinks.rows import (
    ALERTS,
    DEAD_LETTERS,
    MODERATION_HITS,
    NO_ANALYSIS,
    Row,
    Table,
    dead_letter_row,
    event_row,
)
from streams import metrics
from streams.analysis import Analyser, HealthMonitor, MessageAnalysis
from streams.detect.dead_letter_ratio import DeadLetterRatioGuard
from streams.events import PROCESSING_ERROR, Event, InvalidEvent, parse_event

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Record:
    """One consumed Kafka record, as the pipeline needs it."""

    topic: str
    partition: int
    offset: int
    timestamp_ms: int
    key: bytes | None
    value: bytes | None


@dataclass(frozen=True, slots=True)
class DeadLetter:
    record: Record
    reason_code: str
    reason: str


DeadLetterSender = Callable[[DeadLetter], Awaitable[None]]
# (output name, key, value): "alerts", "moderation_hits", "sightings" or "strikes"; the app
# maps names to topics.
# Returns the record's delivery (awaited before the health state that implies it is saved)
# or None when there is nothing to wait for.
Publisher = Callable[[str, bytes | None, bytes], Awaitable[Awaitable[Any] | None]]
OutRecord = tuple[str, bytes | None, bytes]
# (partition, key, value) of saved health state; the app awaits their delivery
StateSaver = Callable[[list[tuple[int, bytes, bytes]]], Awaitable[None]]
StateLoader = Callable[[set[int]], Awaitable[None]]  # restores the partitions' saved state


@dataclass(slots=True)
class PreparedBatch:
    """A batch validated and mapped, not yet written."""

    rows: dict[Table, list[Row]]
    dead_letters: list[DeadLetter]
    halt: bool
    outbox: list[OutRecord] = field(default_factory=list)
    states: list[tuple[int, bytes, bytes]] = field(default_factory=list)
    deliveries: list[Awaitable[Any]] = field(default_factory=list)  # of the sent outbox


def merge_batches(batches: Sequence[PreparedBatch]) -> PreparedBatch:
    """Several prepared batches as one write (their outputs are already sent): rows in
    order, health states in order (a later save of a group wins), halt if any tripped."""
    rows: dict[Table, list[Row]] = {}
    states: list[tuple[int, bytes, bytes]] = []
    deliveries: list[Awaitable[Any]] = []
    for batch in batches:
        for table, table_rows in batch.rows.items():
            rows.setdefault(table, []).extend(table_rows)
        states.extend(batch.states)
        deliveries.extend(batch.deliveries)
    return PreparedBatch(rows, [], any(b.halt for b in batches), [], states, deliveries)


async def _no_publish(name: str, key: bytes | None, value: bytes) -> Awaitable[Any] | None:
    return None


class IngestPipeline:
    """Validate, map and write one batch; dead-letter what cannot be read."""

    def __init__(
        self,
        sink: BatchingSink,
        send_dead_letter: DeadLetterSender,
        *,
        max_event_bytes: int = 65536,
        guard: DeadLetterRatioGuard | None = None,
        on_halt: Callable[[str], Awaitable[None]] | None = None,
        analyser: Analyser | None = None,
        health: HealthMonitor | None = None,
        publish: Publisher = _no_publish,
        save_states: StateSaver | None = None,
        load_states: StateLoader | None = None,
    ) -> None:
        self.sink = sink
        self.analyser = analyser
        self.health = health
        self.publish = publish
        self.save_states = save_states
        self.load_states = load_states
        self.send_dead_letter = send_dead_letter
        self.max_event_bytes = max_event_bytes
        self.guard = guard or DeadLetterRatioGuard()
        self.on_halt = on_halt
        self.halt_reason: str | None = None
        self.first_batch_at: float | None = None
        self.newest_event_ms = 0
        self._groups: set[str] = set()
        self._verdicts: dict[str, int] = {}  # of the batch being prepared
        self._undelivered: list[Awaitable[Any]] = []  # outputs sent since the last save

    async def process(self, records: Sequence[Record]) -> None:
        """Prepare and commit one batch (what callers without overlap want)."""
        await self.commit(self.prepare(records))

    async def recover(self, partitions: set[int]) -> None:
        """Before a batch: load the saved health state of partitions not seen yet."""
        if self.health is not None and self.load_states is not None:
            missing = partitions - self.health.loaded
            if missing:
                await self.load_states(missing)

    def prepare(self, records: Sequence[Record], *, with_states: bool = True) -> PreparedBatch:
        """CPU-only part: validate and map every record; no I/O, so the agent can prepare
        the next batch while the previous one is being written."""
        if self.first_batch_at is None:
            self.first_batch_at = time.time()
            metrics.FIRST_EVENT_TIME.set(self.first_batch_at)
        metrics.BATCH_EVENTS.observe(len(records))
        now_ms = time.time() * 1000
        newest_ms = self.newest_event_ms
        dead: list[DeadLetter] = []
        outbox: list[OutRecord] = []
        types: dict[str, int] = {}  # counted once per batch: a labelled metric is not cheap
        self._verdicts = {}
        for record in records:
            if self.guard.tripped:
                # Stop at the trip point: what follows stays unacknowledged, so a restarted
                # worker (after the producer is fixed) reads it again.
                break
            try:
                if record.value is None:
                    raise InvalidEvent("missing_field", "record has no value (tombstone)")
                event = parse_event(record.value, self.max_event_bytes)
                if self.health is not None and self.health.replayed(
                        event, record.partition, record.offset):
                    # Handled before a crash: rows written, outputs sent, state saved.
                    metrics.EVENTS_REPLAYED.inc()
                    continue
                result = self.analyser.on_event(event) if self.analyser is not None else None
                table, row = event_row(
                    event, record.partition, record.offset,
                    result.analysis if result is not None else NO_ANALYSIS,
                )
            except InvalidEvent as exc:
                dead.append(DeadLetter(record, exc.code, exc.reason))
                self.guard.record(exc.code)
                continue
            except Exception as exc:  # a bug must not stop the worker: keep the evidence
                log.exception(
                    "processing failed for %s[%d]@%d", record.topic, record.partition, record.offset
                )
                dead.append(DeadLetter(record, PROCESSING_ERROR, f"{type(exc).__name__}: {exc}"))
                self.guard.record(PROCESSING_ERROR)
                continue
            self.sink.add(table, row)
            if result is not None:
                self._add_analysis(event, result, outbox)
            if self.health is not None:
                self.health.count(event, record.partition,
                                  result.analysis if result is not None else None)
            self.guard.record(None)
            self._groups.add(event.group_id)
            types[event.type] = types.get(event.type, 0) + 1
            metrics.EVENT_LAG_SECONDS.observe(max(0.0, (now_ms - event.ts_ms) / 1000))
            if event.ts_ms > newest_ms:
                newest_ms = event.ts_ms
        for letter in dead:
            rec = letter.record
            self.sink.add(
                DEAD_LETTERS,
                dead_letter_row(
                    topic=rec.topic,
                    partition=rec.partition,
                    offset=rec.offset,
                    timestamp_ms=rec.timestamp_ms,
                    key=rec.key,
                    raw=rec.value or b"",
                    reason_code=letter.reason_code,
                    reason=letter.reason,
                ),
            )
            metrics.DEAD_LETTERS.labels(letter.reason_code).inc()
        metrics.GROUPS_SEEN.set(len(self._groups))
        for event_type, n in types.items():
            metrics.EVENTS_IN.labels(event_type).inc(n)
        for verdict, n in self._verdicts.items():
            metrics.VERDICTS.labels(verdict).inc(n)
        if newest_ms > self.newest_event_ms:  # once per batch: the gauge only moves forward
            self.newest_event_ms = newest_ms
            metrics.LAST_EVENT_TIME.set(newest_ms / 1000)
        if self.health is not None:
            self._add_health(outbox)
        states = self.take_states() if with_states else []
        return PreparedBatch(self.sink.take_pending(), dead, self.guard.tripped, outbox, states)

    def take_states(self) -> list[tuple[int, bytes, bytes]]:
        """Saved health state of every group touched since the last call (for the write
        that holds their rows): once per write, not per small batch."""
        if self.health is None or self.save_states is None:
            return []
        return self.health.export_states()

    def tick(self, clocks: dict[int, int]) -> PreparedBatch:
        """Rows and alerts of the hours closed by moving partition clocks without events
        (the live clock); written with ``commit`` like a batch."""
        outbox: list[OutRecord] = []
        if self.health is not None:
            for table, row in self.health.advance(clocks):
                self._add_row(table, row, outbox)
        return PreparedBatch(self.sink.take_pending(), [], False, outbox)

    def _add_row(self, table: Table, row: Row, outbox: list[OutRecord]) -> None:
        """A derived row: to its table, and alerts and hits also to their topics."""
        self.sink.add(table, row)
        if table is ALERTS:
            document = dict(zip(table.columns, row, strict=True))
            metrics.ALERTS.labels(document["kind"], document["severity"]).inc()
            outbox.append(("alerts", str(document["dedup_key"]).encode(), _json(document)))
        elif table is MODERATION_HITS:
            document = dict(zip(table.columns, row, strict=True))
            metrics.MODERATION_HITS.labels(document["category"]).inc()
            outbox.append(("moderation_hits", str(document["group_id"]).encode(),
                           _json(document)))

    def _add_health(self, outbox: list[OutRecord]) -> None:
        assert self.health is not None
        for table, row in self.health.advance():
            self._add_row(table, row, outbox)
        for state, count in self.health.tracker.states().items():
            metrics.GROUPS_BY_STATE.labels(state).set(count)

    def _add_analysis(self, event: Event, result: MessageAnalysis, outbox: list[OutRecord]) -> None:
        if result.verdict is not None:
            verdict = result.analysis.verdict
            self._verdicts[verdict] = self._verdicts.get(verdict, 0) + 1
        for table, row in result.rows:
            self._add_row(table, row, outbox)
        if result.sighting is not None:
            outbox.append(("sightings", b"campaigns", orjson.dumps(result.sighting)))
        if result.strike is not None:
            outbox.append(("strikes", event.user_id.encode(), orjson.dumps(result.strike)))

    async def commit(self, batch: PreparedBatch) -> None:
        """I/O part: dead letters and outputs to their topics, rows to ClickHouse; then halt
        if tripped."""
        await self.send(batch)
        await self.write(batch)

    async def send(self, batch: PreparedBatch) -> None:
        """Dead letters and derived records (alerts, hits, sightings, strikes) to their
        topics at once: on-call should not wait for the ClickHouse write. A crash before the
        write sends them again; alert dedup keys and event ids make that harmless."""
        # alerts first, before dead letters too: on-call waits for them, no one waits for
        # the other outputs (and each send may hand the loop to other tasks)
        await self._publish_all(batch, [r for r in batch.outbox if r[0] == "alerts"])
        for letter in batch.dead_letters:
            await self.send_dead_letter(letter)
        await self._publish_all(batch, [r for r in batch.outbox if r[0] != "alerts"])

    async def _publish_all(self, batch: PreparedBatch,
                           records: list[OutRecord]) -> None:
        for name, key, value in records:
            delivery = await self.publish(name, key, value)
            if delivery is not None:
                batch.deliveries.append(delivery)
            if name == "sightings":
                metrics.SIGHTINGS_SENT.inc()
            elif name == "strikes":
                metrics.STRIKES_SENT.inc()

    async def write(self, batch: PreparedBatch) -> None:
        """Rows to ClickHouse, then the health state they imply; then halt if tripped."""
        await self.sink.write_all(batch.rows)
        if self.save_states is None:
            return await self._halt_if_tripped(batch)
        self._undelivered.extend(batch.deliveries)
        if batch.states:
            # After the rows and the outputs of every event it holds are delivered, before
            # the offsets: a restarted worker skips the events this state holds, so their
            # outputs must be out (a crash before the save re-handles them, idempotently).
            pending, self._undelivered = self._undelivered, []
            for delivery in pending:
                await delivery
            await self.save_states(batch.states)
        await self._halt_if_tripped(batch)

    async def _halt_if_tripped(self, batch: PreparedBatch) -> None:
        if batch.halt and self.halt_reason is None:
            self.halt_reason = self.guard.explain()
            metrics.HALTED.set(1)
            log.critical("halting the worker: %s", self.halt_reason)
            if self.on_halt is not None:
                await self.on_halt(self.halt_reason)


def _json(document: dict[str, object]) -> bytes:
    return orjson.dumps(document, default=str)
