"""Builds the Faust app: topics, the ingest agent and the worker's web pages.

Agents are glue: the thinking lives in ``streams.pipeline`` and ``streams.detect``.
Input is keyed by group_id, so every agent works on the partitions it is given and no
repartition topic sits on the hot path. Agent concurrency stays 1 (faust-streaming can lose
messages on kill -9 with concurrency > 1).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gc
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import faust
import orjson
from aiohttp.web import Response
from faust.sensors.prometheus import FaustMetrics, PrometheusMonitor
from faust.types import EventT
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest

from sinks.batching import BatchingSink
from sinks.rows import ACTIONS, ALERT_DELIVERIES, ALERTS, Row, Table
from streams import faust_tuning, metrics
from streams.analysis import (
    HEALTH_FENCE_KEY,
    Analyser,
    CampaignTracker,
    Enforcement,
    HealthMonitor,
)
from streams.blacklist import Blacklist, entry_value, follow
from streams.detect.compiled import build_name
from streams.detect.dead_letter_ratio import DeadLetterRatioGuard
from streams.detect.health import tracker_with_rules
from streams.detect.lexicon import LexiconReloader
from streams.detect.model import model_if
from streams.detect.moderation import Moderator
from streams.detect.router import PAGE, UPDATE, AlertRouter, merged_notice
from streams.detect.sentiment import score as sentiment_score
from streams.kafka import read_partition
from streams.notify import Delivery, Dispatcher, build_notifiers
from streams.ownership import PartitionOwnership
from streams.pipeline import DeadLetter, IngestPipeline, PreparedBatch, Record, merge_batches
from streams.settings import Settings

NEVER = 1 << 30  # a collection threshold never reached
PRODUCER_BATCH_BYTES = 512 * 1024  # below Faust's 1 MB request size and Kafka's message limit

log = logging.getLogger(__name__)


@dataclass
class GrouppulseApp:
    """The Faust app with the handles the CLI and tests need."""

    app: faust.App
    ingest: Any
    events_topic: Any
    dead_letter_topic: Any
    pipeline: IngestPipeline
    sink: BatchingSink


def create_app(
    settings: Settings,
    sink: BatchingSink,
    *,
    on_halt: Callable[[str], Awaitable[None]] | None = None,
    query: Callable[[str], dict[str, Any]] | None = None,
) -> GrouppulseApp:
    """A Faust app reading ``settings.topic_events`` and writing through ``sink``."""
    app = faust.App(
        settings.app_id,
        broker=settings.broker_url,
        store="memory://",
        key_serializer="raw",
        value_serializer="raw",
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replication,
        broker_session_timeout=settings.broker_session_timeout,
        broker_heartbeat_interval=min(3.0, settings.broker_session_timeout / 3),
        broker_commit_interval=settings.commit_interval,
        consumer_auto_offset_reset="earliest",
        TableManager=faust_tuning.NoPauseTableManager,
        web_host=settings.web_host,
        web_port=settings.web_port,
        web_in_thread=False,
        stream_buffer_maxsize=max(4096, settings.sink_batch_size),
        # Small fetches per partition keep partitions in step in event time during a replay
        # (1 MiB would hand over thousands of one partition's events before the next one's).
        consumer_max_fetch_size=settings.consumer_fetch_bytes,
        # A send waits for the broker whenever its partition's batch is full, and aiokafka
        # keeps one batch per partition in flight: with 16 kB batches a burst of alerts and
        # hits (1-3 kB each) waited a broker round trip every few records (2-5 ms a record).
        producer_max_batch_size=PRODUCER_BATCH_BYTES,
        # Faust's own startup banner and loop hooks would hide the worker's useful lines.
        worker_redirect_stdouts=False,
    )
    faust_tuning.install_fetch_wait(app, settings.consumer_fetch_wait_ms)
    events_topic = app.topic(
        settings.topic_events,
        key_type=bytes,
        value_type=bytes,
        partitions=settings.topic_partitions,
    )
    dead_letter_topic = app.topic(
        settings.topic_dead_letters,
        key_type=bytes,
        value_type=bytes,
        partitions=settings.topic_partitions,
    )

    async def send_dead_letter(letter: DeadLetter) -> None:
        rec = letter.record
        await dead_letter_topic.send(
            key=rec.key,
            value=rec.value or b"",
            headers={
                "reason_code": letter.reason_code.encode(),
                "reason": letter.reason.encode("utf-8", errors="replace")[:1000],
                "source_topic": rec.topic.encode(),
                "source_partition": str(rec.partition).encode(),
                "source_offset": str(rec.offset).encode(),
            },
        )

    outputs = {
        "alerts": app.topic(settings.topic_alerts, key_type=bytes, value_type=bytes,
                            partitions=settings.topic_partitions),
        "moderation_hits": app.topic(settings.topic_moderation_hits, key_type=bytes,
                                     value_type=bytes, partitions=settings.topic_partitions),
        # Campaigns span groups, so every worker's ad-like sightings meet in one partition.
        "sightings": app.topic(settings.topic_campaign_sightings, key_type=bytes,
                               value_type=bytes, partitions=1),
        # Spammers move between groups: strikes are keyed by user, not group.
        "strikes": app.topic(settings.topic_strikes, key_type=bytes, value_type=bytes,
                             partitions=settings.topic_partitions),
        "actions": app.topic(settings.topic_actions, key_type=bytes, value_type=bytes,
                             partitions=settings.topic_partitions),
        "blacklist": app.topic(settings.topic_blacklist, key_type=bytes, value_type=bytes,
                               partitions=settings.topic_partitions, compacting=True),
    }

    async def send_raw(topic: str, key: bytes | None, value: bytes,
                       partition: int | None = None) -> Awaitable[Any]:
        """Straight to Faust's producer: a ``Topic.send`` builds futures, callbacks and
        sensor state per record, and the outputs are already bytes (its cost showed as a
        tenth of the worker's time). Returns the delivery; Faust still flushes the producer
        before it commits offsets."""
        producer = await app.maybe_start_producer()
        delivery: Awaitable[Any] = await producer.send(topic, key, value, partition, None, None)
        return delivery

    output_names = {name: topic.get_topic_name() for name, topic in outputs.items()}

    async def publish(name: str, key: bytes | None, value: bytes) -> Awaitable[Any]:
        return await send_raw(output_names[name], key, value)

    reloader = LexiconReloader(tuple(settings.custom_lexicon_paths),
                               interval=settings.lexicon_reload_seconds)
    moderator = Moderator(reloader.lexicon, model=model_if(settings.moderation_model))
    blacklist = Blacklist()
    analyser = Analyser(moderator, sentiment_score, reloader.lexicon.version, blacklist)

    @app.task  # type: ignore[untyped-decorator]  # faust
    async def warm_up() -> None:
        """Load what the first event would wait for (sentiment lexicons, the tokeniser's
        dictionary, normalisation tables) while the worker joins its consumer group: a
        restarted worker processes again sooner."""
        def load() -> None:
            sentiment_score("今天群里真热闹，谢谢大家")
            moderator.read("加我薇信 abc12345，了解一下")
        try:
            await asyncio.to_thread(load)
        except Exception:  # the first event loads them instead
            log.exception("warm-up failed")
        log.info("moderator: %s; model %s; lexicon %s", build_name(),
                 moderator.model.version if moderator.model else "off", reloader.lexicon.version)
        # What is loaded by now (modules, lexicons, the tokeniser's dictionary) lives as long
        # as the worker: out of the collector's sight, full collections stay short pauses.
        gc.collect()
        gc.freeze()
        if settings.full_collection_seconds:
            # Full collections walk every live object (groups' hours, remembered texts) and
            # Python starts one every few seconds under load; the timer below runs them.
            young, middle, _ = gc.get_threshold()
            gc.set_threshold(young, middle, NEVER)

    if settings.full_collection_seconds:  # 0: Python's own schedule, no timer at all
        @app.timer(settings.full_collection_seconds)  # type: ignore[untyped-decorator]
        async def collect_garbage() -> None:
            """A full collection on a fixed schedule: one stall every few minutes, not every
            few seconds; cycles that outlive the young generations wait for it."""
            gc.collect()

    @app.task  # type: ignore[untyped-decorator]  # faust
    async def watch_loop() -> None:
        """Stalls of the event loop and collector pauses, as metrics (alert latency)."""
        metrics.watch_garbage_collector()
        await metrics.watch_loop_lag()

    @app.task  # type: ignore[untyped-decorator]  # faust
    async def follow_blacklist() -> None:
        """Every worker holds the whole blacklist (all partitions, no consumer group)."""
        while True:
            try:
                await follow(",".join(settings.bootstrap_servers), settings.topic_blacklist,
                             blacklist, on_change=metrics.BLACKLIST_ENTRIES.set)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("blacklist follower failed; retrying in 5 s")
                await asyncio.sleep(5)
    # Group health state survives crashes and partition moves: once per batch, the state of
    # each touched group goes to a compacted topic partitioned like the input (not a Faust
    # table: see the README, "Group health", recovery).
    health = HealthMonitor(
        tracker=tracker_with_rules(settings.health_rules),
        companion=analyser,
    )
    state_topic = app.topic(settings.topic_health_state, key_type=bytes, value_type=bytes,
                            partitions=settings.topic_partitions, compacting=True)

    async def save_states(states: list[tuple[int, bytes, bytes]]) -> None:
        """Delivered before the batch's offsets are committed (at-least-once)."""
        name = state_topic.get_topic_name()
        sent = [await send_raw(name, key, value, partition) for partition, key, value in states]
        for future in sent:
            await future

    async def recover_health(partitions: set[int]) -> None:
        """Load saved state before a newly assigned partition's first event is counted.

        The end of a state partition is a fence record this worker writes and sees
        acknowledged, not the broker's high watermark (Tansu reports wrong ones). Retries
        until it works: counting events on a blank state would overwrite the saved one.
        """
        for partition in sorted(partitions - health.loaded):
            delay = 1.0
            while True:
                try:
                    fence = await (await state_topic.send(key=HEALTH_FENCE_KEY, value=b"",
                                                          partition=partition))
                    records = await read_partition(
                        ",".join(settings.bootstrap_servers), settings.topic_health_state,
                        partition, fence.offset)
                    restored = health.restore(partition, records)
                    log.info("health state of partition %d: %d groups from %d records",
                             partition, restored, len(records))
                    break
                except asyncio.CancelledError:
                    raise
                except Exception:
                    log.exception("cannot read the health state of partition %d; retrying",
                                  partition)
                    await asyncio.sleep(delay)
                    delay = min(30.0, delay * 2)

    health_ownership = PartitionOwnership("group health")

    @app.on_partitions_assigned.connect  # type: ignore[arg-type]  # mode's stub: signal=
    async def forget_moved_partitions(sender: Any, assigned: set[Any], **kwargs: Any) -> None:
        """Partitions now elsewhere drop their groups; those that stay keep their state,
        unless this worker missed a rebalance (they are then reloaded from the state topic)."""
        mine = {tp.partition for tp in assigned if tp.topic == settings.topic_events}
        kept = health_ownership.still_held(set(health.loaded), mine, app.consumer_generation_id)
        for partition in sorted(health.loaded - kept):
            health.forget(partition)

    pipeline = IngestPipeline(
        sink,
        send_dead_letter,
        max_event_bytes=settings.max_event_bytes,
        guard=DeadLetterRatioGuard(settings.dead_letter_window, settings.dead_letter_max_ratio),
        on_halt=on_halt,
        analyser=analyser,
        health=health,
        publish=publish,
        save_states=save_states,
        load_states=recover_health,
    )
    write_lock = asyncio.Lock()  # the ingest agent and the live clock write in turn
    # per partition: (monotonic time, event-time clock) when its last event was processed
    last_seen: dict[int, tuple[float, int]] = {}

    @app.timer(min(10.0, settings.health_idle_seconds / 2))  # type: ignore[untyped-decorator]
    async def live_clock() -> None:
        """Live mode only: a partition silent for ``health_idle_seconds`` of wall time has
        its event-time clock moved on by the wall time since its last event, so dying and
        dead groups are seen with no traffic at all. Off in ``replay`` (event time only)."""
        if not settings.live_clock:
            return
        now = time.monotonic()
        clocks = {p: clock + int((now - seen) * 1000) for p, (seen, clock) in last_seen.items()
                  if now - seen >= settings.health_idle_seconds and p in health.loaded}
        if not clocks:
            return
        try:
            batch = pipeline.tick(clocks)
            async with write_lock:
                await pipeline.commit(batch)
        except Exception:  # a timer that raises stops for good
            log.exception("live health clock failed")

    @app.timer(settings.lexicon_reload_seconds)  # type: ignore[untyped-decorator]  # faust
    async def reload_lexicon() -> None:
        """Custom lexicons change without a restart; a broken edit keeps the last good one."""
        lexicon = reloader.maybe_reload(time.monotonic())
        if lexicon is not moderator.lexicon:
            moderator.lexicon = lexicon
            analyser.lexicon_version = lexicon.version
            log.info("lexicon reloaded: version %s", lexicon.version)
        if reloader.last_error:
            log.error("custom lexicon not reloaded, keeping the last good one: %s",
                      reloader.last_error)

    @app.agent(events_topic, concurrency=1, name="ingest")
    async def ingest(stream: faust.StreamT[bytes]) -> None:
        """Small batches (``take_seconds``) are analysed and their alerts sent at once; their
        rows are written together, every ``sink_flush_seconds`` or ``sink_batch_size`` rows.

        At most one write is in flight while the next events are analysed (up to twice
        ``sink_batch_size`` events wait for it before the agent itself waits). Every message
        gets an extra reference that is released only after its rows are written, so Faust
        commits an offset only when everything before it is in ClickHouse, whatever
        ``take_events`` acknowledges on its own.
        """
        in_flight: asyncio.Task[None] | None = None
        waiting: list[PreparedBatch] = []
        waiting_events: list[EventT[bytes]] = []
        waiting_since = 0.0
        flush_lock = asyncio.Lock()
        # Written but not acknowledged until the next state save: a restarted worker skips
        # the events a saved state holds, so no committed offset may pass the last save.
        unsaved: list[EventT[bytes]] = []
        state_saved_at = 0.0  # the first write saves at once

        async def write_then_release(batch: PreparedBatch, events: list[EventT[bytes]],
                                     saves_state: bool) -> None:
            async with write_lock:
                await pipeline.write(batch)
            unsaved.extend(events)
            if saves_state:
                released = list(unsaved)
                unsaved.clear()
                for event in released:
                    await stream.ack(event)

        def state_save_due() -> bool:
            return time.monotonic() - state_saved_at >= settings.state_save_seconds

        async def flush(force: bool = False) -> None:
            """Start writing what waits, when it is big or old enough (or ``force``); the
            groups' state goes with a write every ``state_save_seconds``, or on its own
            when no event comes, so the offsets always catch up."""
            nonlocal in_flight, waiting, waiting_events, state_saved_at
            async with flush_lock:
                if not waiting_events:
                    if unsaved and (force or state_save_due()):
                        if in_flight is not None and not in_flight.done() and not force:
                            return  # saved after that write: waiting here, holding the
                            # lock, kept the agent from analysing the next events
                        if in_flight is not None:
                            await in_flight
                        state_saved_at = time.monotonic()
                        batch = merge_batches([])
                        batch.states = pipeline.take_states()
                        in_flight = asyncio.create_task(write_then_release(batch, [], True))
                    return
                if in_flight is not None and not in_flight.done():
                    if not force and len(waiting_events) < 2 * settings.sink_batch_size:
                        return  # keep analysing (and alerting) while ClickHouse writes
                    await in_flight  # backpressure: one write in flight at most
                due = time.monotonic() - waiting_since >= settings.sink_flush_seconds
                if not (force or due or len(waiting_events) >= settings.sink_batch_size):
                    return
                if in_flight is not None:
                    await in_flight  # done: re-raise what it raised
                batch, events = merge_batches(waiting), waiting_events
                save = force or state_save_due()
                if save:
                    state_saved_at = time.monotonic()
                    batch.states = pipeline.take_states()  # after this write's last prepare
                waiting, waiting_events = [], []
                in_flight = asyncio.create_task(write_then_release(batch, events, save))

        async def flush_when_quiet() -> None:
            """No new events, rows still waiting: written within ``sink_flush_seconds``.
            In a rebalance everything is written and the state saved at once: Faust hands
            partitions over only when every event is acknowledged, and acknowledgements
            otherwise wait for the next state save (up to ``state_save_seconds``)."""
            while True:
                await asyncio.sleep(min(0.1, settings.sink_flush_seconds / 4))
                try:
                    await flush(force=app.rebalancing and bool(unsaved or waiting_events))
                except Exception:
                    log.exception("flushing waiting rows failed")

        quiet_flusher = asyncio.create_task(flush_when_quiet())
        try:
            batches = stream.take_events(  # type: ignore[attr-defined]  # faust's stub lags
                settings.sink_batch_size, within=settings.take_seconds
            )
            async for events in batches:
                for event in events:
                    event.message.incref()
                partitions = {event.message.partition for event in events}
                await pipeline.recover(partitions)
                # Prepared, sent and queued as one step: a flush in between (the quiet
                # flusher runs while ``send`` waits) would save state that already holds
                # these events without their rows, and a restart would skip them.
                async with flush_lock:
                    batch = pipeline.prepare([record_of(event) for event in events],
                                             with_states=False)
                    now, clocks = time.monotonic(), health.clocks()
                    for partition in partitions:
                        last_seen[partition] = (now, clocks.get(partition, 0))
                    await pipeline.send(batch)
                    if not waiting_events:
                        waiting_since = now
                    waiting.append(batch)
                    waiting_events.extend(events)
                await flush(force=batch.halt)
                if batch.halt:
                    if in_flight is not None:
                        await in_flight
                    break  # take no more events; on_halt is stopping the worker
        finally:
            quiet_flusher.cancel()

    async def emit(target: BatchingSink, table: Table, row: Row) -> None:
        """A row from a derived agent: to its table, its topic and its metric."""
        target.add(table, row)
        document = dict(zip(table.columns, row, strict=True))
        if table is ALERTS:
            metrics.ALERTS.labels(document["kind"], document["severity"]).inc()
            await outputs["alerts"].send(key=str(document["dedup_key"]).encode(),
                                         value=orjson.dumps(document, default=str))
        elif table is ACTIONS:
            user = str(document["user_id"])
            metrics.ACTIONS.labels(document["action"]).inc()
            await outputs["actions"].send(key=user.encode(),
                                          value=orjson.dumps(document, default=str))
            if document["blacklist"]:
                await outputs["blacklist"].send(
                    key=user.encode(),
                    value=entry_value(user, f"strike ladder: {document['reason']}", "ladder",
                                      since_ms=int(document["ts"].timestamp() * 1000)),
                )

    Handler = Callable[[dict[str, Any]], list[tuple[Table, Row]]]

    def derived_agent(source: Any, name: str, fresh: Callable[[], Handler], done: Any) -> Any:
        """An agent over records other agents derived (sightings, strikes): decode each,
        let the handler (``fresh()``: one with empty state) turn it into rows, write them in
        batches, count what is done."""
        target = sink.sibling()
        rebuilt: set[int] = set()
        ownership = PartitionOwnership(name)
        current = [fresh()]

        def handle(doc: dict[str, Any]) -> list[tuple[Table, Row]]:
            return current[0](doc)

        @app.on_partitions_assigned.connect  # type: ignore[arg-type]  # mode's stub: signal=
        async def start_afresh_when_moved(sender: Any, assigned: set[Any], **kwargs: Any) -> None:
            """A partition that moved away (or was processed elsewhere while this worker missed
            a rebalance) may come back later, and the state would then miss what happened
            meanwhile: drop it all, every partition is rebuilt from its records at its next
            record."""
            mine = {tp.partition for tp in assigned if tp.topic == source.get_topic_name()}
            if rebuilt - ownership.still_held(rebuilt, mine, app.consumer_generation_id):
                current[0] = fresh()
                rebuilt.clear()

        async def rebuild(partition: int, upto: int) -> None:
            """State is in memory: after a restart or a partition move, feed ``handle`` the
            partition's records before ``upto`` again (outputs dropped: they were emitted
            then), so detection continues exactly as if the worker had never stopped."""
            fed = 0
            records = await read_partition(",".join(settings.bootstrap_servers),
                                           source.get_topic_name(), partition, upto)
            for _, value in records:
                with contextlib.suppress(Exception):
                    handle(orjson.loads(value or b""))
                    fed += 1
            log.info("%s: state rebuilt from %d records of partition %d", name, fed, partition)

        async def run(stream: faust.StreamT[bytes]) -> None:
            batches = stream.take_events(  # type: ignore[attr-defined]  # faust's stub lags
                1000, within=settings.sink_flush_seconds
            )
            async for events in batches:
                for event in events:
                    partition = event.message.partition
                    if partition not in rebuilt:
                        rebuilt.add(partition)
                        try:
                            await rebuild(partition, event.message.offset)
                        except Exception:
                            log.exception("%s: could not rebuild state of partition %d",
                                          name, partition)
                    try:
                        rows = handle(orjson.loads(event.value))
                    except Exception:  # one bad record must not stop the agent
                        log.exception("bad %s record at offset %s", name, event.message.offset)
                        continue
                    for table, row in rows:
                        await emit(target, table, row)
                await target.flush()
                done.inc(len(events))

        return app.agent(source, concurrency=1, name=name)(run)

    # Cross-group campaigns: one alert per campaign, updated as it reaches more groups.
    def campaign_handler() -> Handler:
        campaigns = CampaignTracker()
        return lambda doc: [(ALERTS, row) for row in campaigns.on_sighting(doc)]

    derived_agent(outputs["sightings"], "campaigns", campaign_handler, metrics.SIGHTINGS_DONE)

    # The strike ladder: warn, mute, kick and blacklist, counted across all groups.
    def strike_handler() -> Handler:
        enforcement = Enforcement()

        def strike(doc: dict[str, Any]) -> list[tuple[Table, Row]]:
            row = enforcement.on_strike(doc)
            return [] if row is None else [(ACTIONS, row)]

        return strike

    derived_agent(outputs["strikes"], "enforce", strike_handler, metrics.STRIKES_DONE)

    router = AlertRouter()
    delivery_sink = sink.sibling()

    async def record_delivery(delivery: Delivery) -> None:
        alert = delivery.alert
        delivery_sink.add(ALERT_DELIVERIES, (
            f"{alert.get('alert_id')}:{delivery.receiver}", alert_time(alert),
            str(alert.get("alert_id", "")), str(alert.get("dedup_key", "")),
            str(alert.get("kind", "")), str(alert.get("severity", "")), delivery.receiver,
            delivery.ok, delivery.status, delivery.attempts, delivery.error, delivery.seconds,
        ))

    # each receiver takes the kinds and severities it was configured for
    dispatcher = Dispatcher(build_notifiers(settings),
                            on_delivery=record_delivery)

    @app.agent(outputs["alerts"], concurrency=1, name="route")
    async def route_agent(stream: faust.StreamT[bytes]) -> None:
        """Which alerts page: dedup and suppression per key (the topic is keyed by it), rate
        limits; pages go to a bounded queue so a slow receiver never holds this agent."""
        async for value in stream:
            try:
                alert = orjson.loads(value)
                route = UPDATE if merged_notice(alert) else router.route(
                    str(alert["dedup_key"]), str(alert.get("group_id", "")),
                    str(alert.get("severity", "")), alert_time_ms(alert))
            except Exception:
                log.exception("unreadable alert record")
                continue
            metrics.ALERT_ROUTES.labels(route).inc()
            if route == PAGE:
                dispatcher.offer(alert)

    if dispatcher.notifiers:

        @app.task  # type: ignore[untyped-decorator]  # faust
        async def deliver_pages() -> None:
            await dispatcher.run()

        @app.task  # type: ignore[untyped-decorator]  # faust
        async def record_deliveries() -> None:
            """Delivery rows are written on their own, every half second: while ClickHouse is
            down the sink retries until it is back, and that must not hold up any receiver's
            next page (on-call needs pages most when something is down)."""
            try:
                while True:
                    await asyncio.sleep(0.5)
                    if delivery_sink.pending_rows:
                        try:
                            await delivery_sink.flush()
                        except Exception:
                            log.exception("alert delivery rows not written; retrying")
            finally:
                left = delivery_sink.pending_rows
                if left:  # stopping: the last rows, if the sink still can
                    try:
                        await delivery_sink.flush()
                    except BaseException:
                        log.warning("%d alert delivery rows not written at shutdown", left)

    app.monitor = (PrometheusMonitor(metrics=faust_metrics()) if settings.faust_sensors
                   else faust_tuning.QuietMonitor())
    lag_exporter = metrics.ConsumerLagExporter()

    @app.timer(5.0)  # type: ignore[untyped-decorator]  # faust
    async def export_consumer_lag() -> None:
        """Lag in messages for the alert rules (Faust's sensors only give raw offsets);
        never raises, so a broker hiccup cannot stop the worker."""
        lag_exporter.update(app.consumer)

    @app.page("/metrics")
    async def metrics_page(web: Any, request: Any) -> Any:
        """Prometheus exposition: grouppulse's own metrics and Faust's sensors."""
        return Response(
            body=generate_latest(REGISTRY), headers={"Content-Type": CONTENT_TYPE_LATEST}
        )

    if query is not None:
        run_query = query

        @app.page("/query")
        class QueryView(faust.web.View):
            """Read-only SQL for analysts while the worker owns an embedded chDB directory:
            POST the SQL as the body, or GET ?q=SQL. Answers {"columns", "rows"} or {"error"}."""

            async def get(self, request: faust.web.Request) -> faust.web.Response:
                return await self.answer(request.query.get("q", ""))

            async def post(self, request: faust.web.Request) -> faust.web.Response:
                return await self.answer(await request.text())

            async def answer(self, sql: str) -> faust.web.Response:
                if not sql.strip():
                    return self.json({"error": "no SQL: POST it as the body or pass ?q="},
                                     status=400)
                try:
                    result = await sink.run(lambda: run_query(sql))
                except Exception as exc:
                    return self.json({"error": " ".join(str(exc).split())[:2000]}, status=400)
                return self.json(result)

    return GrouppulseApp(app, ingest, events_topic, dead_letter_topic, pipeline, sink)


@functools.cache
def faust_metrics() -> FaustMetrics:
    """Faust's sensor metrics, registered once per process (apps may be built many times)."""
    return FaustMetrics.create(REGISTRY, "faust")


def alert_time_ms(alert: dict[str, Any]) -> int:
    """Event time of an alert document (its ``ts`` is an ISO string once serialised)."""
    ts = alert.get("ts")
    if isinstance(ts, int | float):
        return int(ts)
    try:
        return int(datetime.fromisoformat(str(ts)).timestamp() * 1000)
    except ValueError:
        return int(time.time() * 1000)


def alert_time(alert: dict[str, Any]) -> datetime:
    return datetime.fromtimestamp(alert_time_ms(alert) / 1000, tz=UTC)


def record_of(event: EventT[bytes]) -> Record:
    message = event.message
    return Record(
        topic=message.topic,
        partition=message.partition,
        offset=message.offset,
        timestamp_ms=int(message.timestamp * 1000),
        key=message.key,
        value=message.value,
    )
