"""Latency on the embedded stack at half the worker's maximum rate: event → alert record in the
``alerts`` topic, and event → its row in ClickHouse ``messages``.

    .venv/bin/python bench/latency.py [--seconds 30] [--rate EVENTS_PER_S]

1. Without ``--rate``: a 20,000-event simulated backlog measures the worker's maximum rate
   (first event processed → last ClickHouse write); the paced phase runs at half of it.
2. Paced phase: simulated traffic stamped with the current time, sent in 20 ms ticks. Every
   50th event is a risk message (出售冰毒…, rejected, pages as a ``risk`` alert), every 50th
   (another) an ordinary message from a blacklisted user (a critical ``blacklist`` alert; the
   users are put on the blacklist topic before the phase, as ``grouppulse blacklist add``
   does) and every 100th an ordinary message whose row is looked for in ClickHouse.
3. Alert latency: the alert record's Kafka timestamp (the worker produces it) minus the moment
   the event was handed to the producer. Row latency: the first poll of the worker's read-only
   ``/query`` page (every 100 ms) that sees the row, minus the same send moment — the poll
   interval is in the figure.
Targets: p99 ≤ 500 ms to the alert, ≤ 2 s to the row (issue #8); a blacklisted user's message
alerts within one second (issue #6).
4. What held the worker's event loop meanwhile, from its own metrics
   (``grouppulse_event_loop_lag_seconds``, ``grouppulse_gc_pause_seconds``).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from throughput import cpu_by_process  # bench/, next to this script

from streams.blacklist import entry_value
from streams.runner import EmbeddedPipeline, events_per_second, produce
from streams.settings import Settings
from streams.simulate import SimulationConfig, generate

TICK_SECONDS = 0.02
BLACKLISTED = 3000  # probe users, one per blacklist probe (one alert per user, group and hour)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def simulated(count: int, seed: int) -> list[tuple[bytes, dict[str, object]]]:
    """Simulated events as (key, document), moved in time so the last one is now: the warm-up
    and the paced phase share one event-time line (a month-long jump between them would have
    every group's health judged over the gap)."""
    sims = list(generate(SimulationConfig(events=count, seed=seed, groups=1000)))
    shift = int(time.time() * 1000) - max(sim.ts_ms for sim in sims)
    out = []
    for sim in sims:
        doc = orjson.loads(sim.raw)
        if isinstance(doc, dict) and "group_id" in doc:
            doc["ts"] = sim.ts_ms + shift
            out.append((str(doc["group_id"]).encode(), doc))
    return out


async def measure_max_rate(pipe: EmbeddedPipeline, settings: Settings) -> float:
    backlog = [(key, orjson.dumps(doc)) for key, doc in simulated(20_000, seed=5)]
    produced = await produce(pipe.broker.bootstrap, settings.topic_events, backlog)
    progress = await pipe.wait_processed(produced)
    return events_per_second(progress.worker_metrics, len(backlog))


async def blacklist_probe_users(pipe: EmbeddedPipeline, settings: Settings) -> None:
    """Put the probe users on the blacklist and wait until the worker holds them all."""
    producer = AIOKafkaProducer(bootstrap_servers=pipe.broker.bootstrap)
    await producer.start()
    for k in range(BLACKLISTED):
        user = f"blprobe-{k}"
        await producer.send(settings.topic_blacklist, entry_value(user, "latency probe", "bench"),
                            key=user.encode())
    await producer.flush()
    await producer.stop()
    deadline = time.monotonic() + 60
    while pipe.scrape().get("grouppulse_blacklist_entries", 0) < BLACKLISTED:
        if time.monotonic() > deadline:
            raise RuntimeError("the worker did not load the probe users' blacklist entries")
        await asyncio.sleep(0.2)


async def paced(pipe: EmbeddedPipeline, settings: Settings, rate: float,
                seconds: float) -> tuple[list[float], list[float], list[float], int]:
    sent_at: dict[str, float] = {}
    listed_at: dict[str, float] = {}
    listed_ms: list[float] = []
    rows_pending: dict[str, float] = {}
    alert_ms: list[float] = []
    row_ms: list[float] = []
    # The measuring consumer must not add its own wait: Tansu holds a fetch that finds
    # nothing for all of fetch_max_wait_ms (aiokafka's default: 500 ms).
    consumer = AIOKafkaConsumer(bootstrap_servers=pipe.broker.bootstrap,
                                enable_auto_commit=False, fetch_max_wait_ms=10)
    await consumer.start()
    partitions = consumer.partitions_for_topic(settings.topic_alerts) or set()
    if not partitions:
        await consumer._client.force_metadata_update()
        partitions = consumer.partitions_for_topic(settings.topic_alerts) or set()
    consumer.assign([TopicPartition(settings.topic_alerts, p) for p in sorted(partitions)])
    await consumer.seek_to_end()
    producer = AIOKafkaProducer(bootstrap_servers=pipe.broker.bootstrap, linger_ms=0)
    await producer.start()
    query_url = f"http://127.0.0.1:{pipe.settings.web_port}/query"
    stop = asyncio.Event()

    risk_pending: set[str] = set()  # probes whose alert has not been read yet
    listed_pending: set[str] = set()

    async def read_alerts() -> None:
        while not stop.is_set() or risk_pending or listed_pending:
            batches = await consumer.getmany(timeout_ms=200)
            for records in batches.values():
                for record in records:
                    alert = orjson.loads(record.value)
                    detail = alert.get("detail") or {}
                    if isinstance(detail, str):
                        detail = orjson.loads(detail)
                    event_id = str(detail.get("event_id", ""))
                    if event_id in risk_pending and alert.get("kind") == "risk":
                        risk_pending.discard(event_id)
                        alert_ms.append(record.timestamp - sent_at[event_id] * 1000)
                    if event_id in listed_pending and alert.get("kind") == "blacklist":
                        listed_pending.discard(event_id)
                        listed_ms.append(record.timestamp - listed_at[event_id] * 1000)
            if stop.is_set() and time.monotonic() > deadline_after_stop:
                return

    def poll_rows() -> list[str]:
        ids = ",".join(f"'{event_id}'" for event_id in list(rows_pending)[:200])
        sql = f"SELECT event_id FROM grouppulse.messages WHERE event_id IN ({ids})"
        url = f"{query_url}?q={urllib.parse.quote(sql)}"
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (loopback)
            answer = orjson.loads(response.read())
        return [row[0] if isinstance(row, list) else row["event_id"]
                for row in answer.get("rows", [])]

    async def watch_rows() -> None:
        while not stop.is_set() or rows_pending:
            if rows_pending:
                try:
                    found = await asyncio.to_thread(poll_rows)
                except OSError as exc:  # a busy worker answers late: try again
                    print(f"  /query poll failed ({exc}); retrying")
                    found = []
                now = time.time()
                for event_id in found:
                    row_ms.append((now - rows_pending.pop(event_id)) * 1000)
            if stop.is_set() and time.monotonic() > deadline_after_stop:
                return
            await asyncio.sleep(0.1)

    deadline_after_stop = float("inf")
    readers = [asyncio.create_task(read_alerts()), asyncio.create_task(watch_rows())]
    traffic = simulated(int(rate * seconds) + 1000, seed=9)
    per_tick = max(1, round(rate * TICK_SECONDS))
    started = time.monotonic()
    n = 0
    while time.monotonic() - started < seconds:
        tick = time.monotonic()
        for _ in range(per_tick):
            key, doc = traffic[n % len(traffic)]
            doc = dict(doc, event_id=f"lat-{n}", ts=int(time.time() * 1000))
            if n % 50 == 0 and doc.get("type") == "message":
                doc.update(text="出售冰毒，量大从优，懂的来", msg_type="text")
                doc.pop("url", None)  # a link would make it drainage spam, which pages nobody
                sent_at[f"lat-{n}"] = time.time()
                risk_pending.add(f"lat-{n}")
            elif n % 50 == 25 and doc.get("type") == "message" and len(listed_at) < BLACKLISTED:
                doc.update(user_id=f"blprobe-{len(listed_at)}")
                listed_at[f"lat-{n}"] = time.time()
                listed_pending.add(f"lat-{n}")
                if len(listed_at) == BLACKLISTED:
                    print(f"  all {BLACKLISTED} blacklisted probe users used: no more probes")
            elif n % 100 == 1 and doc.get("type") == "message":
                rows_pending[f"lat-{n}"] = time.time()
            await producer.send(settings.topic_events, orjson.dumps(doc), key=key)
            n += 1
        await asyncio.sleep(max(0.0, TICK_SECONDS - (time.monotonic() - tick)))
    await producer.flush()
    deadline_after_stop = time.monotonic() + 15
    stop.set()
    await asyncio.gather(*readers)
    await producer.stop()
    await consumer.stop()
    print(f"sent {n:,} events in {seconds:.0f} s ({n / seconds:,.0f}/s); "
          f"{len(sent_at)} risk probes, {len(risk_pending)} without an alert in time; "
          f"{len(listed_at)} blacklist probes, {len(listed_pending)} without one; "
          f"{len(row_ms)} row probes, {len(rows_pending)} never seen")
    return alert_ms, listed_ms, row_ms, n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--rate", type=float, default=0.0, help="events/s (default: half max)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        settings = Settings(data_dir=Path(work))
        with EmbeddedPipeline(settings) as pipe:
            rate = args.rate
            if not rate:
                top = asyncio.run(measure_max_rate(pipe, pipe.settings))
                rate = top / 2
                print(f"worker maximum: {top:,.0f} events/s → paced at {rate:,.0f}/s")
            asyncio.run(blacklist_probe_users(pipe, pipe.settings))
            before, cpu_before = pipe.scrape(), cpu_by_process(pipe)
            alert_ms, listed_ms, row_ms, sent = asyncio.run(
                paced(pipe, pipe.settings, rate, args.seconds))
            stalls = stall_summary(before, pipe.scrape())
            cpu = {name: (seconds - cpu_before[name]) / sent * 1e6
                   for name, seconds in cpu_by_process(pipe).items()}
    print(f"{'path':28} {'n':>5} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for name, values in (("event → alert record", alert_ms),
                         ("blacklisted → alert record", listed_ms),
                         ("event → ClickHouse row", row_ms)):
        print(f"{name:28} {len(values):5} {percentile(values, 0.5):8.0f} "
              f"{percentile(values, 0.99):8.0f} {max(values, default=float('nan')):8.0f}")
    if alert_ms:
        print(f"mean alert latency {statistics.fmean(alert_ms):.0f} ms")
    print(stalls)
    print("CPU per event in the paced phase (includes the 15 s drain after it): "
          + ", ".join(f"{name} {us:.0f} µs" for name, us in cpu.items()))


def stall_summary(before: dict[str, float], after: dict[str, float]) -> str:
    """What held the worker's event loop during the paced phase (its own metrics): loop
    wake-ups late by more than 100 / 250 / 500 ms, and cyclic garbage collections."""
    def grew(name: str) -> float:
        return after.get(name, 0.0) - before.get(name, 0.0)

    wakes = grew("grouppulse_event_loop_lag_seconds_count")
    late = {le: wakes - grew(f'grouppulse_event_loop_lag_seconds_bucket{{le="{le}"}}')
            for le in ("0.1", "0.25", "0.5")}
    gcs = []
    for generation in ("0", "1", "2"):
        count = grew(f'grouppulse_gc_pause_seconds_count{{generation="{generation}"}}')
        total = grew(f'grouppulse_gc_pause_seconds_sum{{generation="{generation}"}}')
        if count:
            gcs.append(f"gen {generation}: {count:.0f} × {total / count * 1000:.1f} ms")
    events = grew("grouppulse_event_lag_seconds_count")
    bucket = 'grouppulse_event_lag_seconds_bucket{{le="{}"}}'
    shares = ", ".join(f"≤ {le} s {grew(bucket.format(le)) / events:.0%}"
                       for le in ("0.05", "0.1", "0.25", "0.5", "1.0")) if events else "none"
    return (f"events analysed after (wall clock − event time): {shares}\n"
            f"worker loop: {wakes:.0f} wake-ups of 50 ms sleeps, late by > 100 ms: "
            f"{late['0.1']:.0f}, > 250 ms: {late['0.25']:.0f}, > 500 ms: {late['0.5']:.0f}; "
            f"collections: {', '.join(gcs) or 'none'}")


if __name__ == "__main__":
    main()
