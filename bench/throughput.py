"""End-to-end throughput on the embedded stack, as ratios measured in one run.

    .venv/bin/python bench/throughput.py [--events 100000] [--groups 1000] [--workers 1]

One Tansu broker, one copy of the events in its input topic, then, one after the other:
1. the grouppulse worker: parse, map, idempotent ClickHouse writes (chDB), dead letters,
2. a raw aiokafka consumer loop (no Faust),
3. a trivial Faust pass-through agent (bench/passthrough.py).
Each reads the same topic with its own consumer group. With ``--workers N`` (N > 1), then:
4. N grouppulse workers sharing the partitions of the topic and one ClickHouse access point
   (``grouppulse clickhouse-server``, which owns the chDB directory), as ``grouppulse replay
   --workers N`` runs them; on a fresh broker of their own, into which the same events are
   produced once the N workers have formed their consumer group (as the one worker of 1 has
   before its events are produced), so no rebalance and no start-up falls inside the run.
Rates are first event → last event (2, 3) and first event processed → last ClickHouse write,
of any worker (1, 4). The ratios are what counts: the machines are shared and noisy. The
number of cores is printed: N workers cannot go faster than the cores free for them.

Every grouppulse run is checked: the rows in ClickHouse (messages, membership events,
snapshots, dead letters) must number the events produced, each table with count() =
uniqExact(id); otherwise the bench stops with an error.

CPU time per event is printed too (Linux ``/proc``): for each grouppulse run split into its
processes (worker(s), the ClickHouse child or access point, the broker), from the moment the
consumer group is formed, before the events are produced, to the end; the broker's figure
includes producing. Unlike rates, CPU time hardly moves when other jobs share the machine, so
it says where the time goes.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient

from streams.embedded import worker_env
from streams.runner import (
    EmbeddedPipeline,
    events_per_second,
    processed_counts,
    produce,
    read_jsonl,
)
from streams.settings import Settings
from streams.simulate import SimulationConfig, write_jsonl

HERE = Path(__file__).parent


async def raw_consumer_rate(bootstrap: str, topic: str, expect: int) -> float:
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=f"bench-raw-{time.time_ns()}",
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        max_poll_records=5000,
    )
    await consumer.start()
    seen, first = 0, 0.0
    try:
        while seen < expect:
            batches = await consumer.getmany(timeout_ms=1000, max_records=5000)
            for records in batches.values():
                if seen == 0 and records:
                    first = time.perf_counter()
                seen += len(records)
    finally:
        await consumer.stop()
    return expect / (time.perf_counter() - first)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of one process (all its threads), from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def child_pids(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def passthrough_rate(broker_url: str, topic: str, partitions: int, expect: int,
                     work: Path) -> tuple[float, float]:
    """(events/s, CPU seconds per event) of the trivial Faust agent."""
    result = work / "passthrough.txt"
    done = subprocess.run(
        [sys.executable, str(HERE / "passthrough.py"), "--broker", broker_url, "--topic", topic,
         "--partitions", str(partitions), "--expect", str(expect), "--result", str(result),
         "--datadir", str(work / "passthrough-data")],
        capture_output=True, text=True, timeout=900, check=False,
    )
    if not result.exists():
        raise RuntimeError(f"pass-through agent failed: {done.stdout[-1000:]} {done.stderr[-2000:]}")
    events, seconds, cpu = result.read_text().split()
    return int(events) / float(seconds), float(cpu) / int(events)


def cpu_by_process(pipe: EmbeddedPipeline) -> dict[str, float]:
    """CPU seconds so far of the worker(s), the ClickHouse child(ren) or access point and the
    broker."""
    procs = [w.process.pid for w in pipe.workers if w.process]
    names = (["worker process (Faust, analysis)"] if len(procs) == 1
             else [f"worker {n} process" for n in range(1, len(procs) + 1)])
    cpu = {name: cpu_seconds(pid) for name, pid in zip(names, procs, strict=True)}
    if pipe.clickhouse is not None and pipe.clickhouse.process is not None:
        cpu["ClickHouse access point process"] = cpu_seconds(pipe.clickhouse.process.pid)
    children = sum(cpu_seconds(c) for pid in procs for c in child_pids(pid))
    if children or pipe.clickhouse is None:  # workers with an access point have no child
        cpu["ClickHouse child process"] = children
    broker = pipe.broker.process.pid if pipe.broker.process else 0
    cpu["broker (Tansu)"] = cpu_seconds(broker)
    return cpu


async def group_formed(bootstrap: str, group: str, members: int, timeout: float = 120) -> None:
    """Until the consumer group is Stable with ``members`` members (the workers are up and
    own their partitions), so that the events produced next meet no start-up or rebalance."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    deadline = time.monotonic() + timeout
    state, joined = "", 0
    try:
        while time.monotonic() < deadline:
            # (error_code, group, state, protocol_type, protocol, members)
            described = (await admin.describe_consumer_groups([group]))[0].groups[0]
            state, joined = described[2], len(described[5])
            if state == "Stable" and joined == members:
                return
            await asyncio.sleep(0.2)
    finally:
        await admin.close()
    raise RuntimeError(f"consumer group {group!r} not formed within {timeout:.0f} s: "
                       f"{state or 'no state'}, {joined} of {members} members")


ROW_COUNTS = """
SELECT 'messages' AS t, count() AS n, uniqExact(event_id) AS u FROM {db}.messages
UNION ALL SELECT 'membership_events', count(), uniqExact(event_id) FROM {db}.membership_events
UNION ALL SELECT 'group_snapshots', count(), uniqExact(event_id) FROM {db}.group_snapshots
UNION ALL SELECT 'dead_letters', count(), uniqExact(dead_letter_id) FROM {db}.dead_letters
"""


def query_rows(pipe: EmbeddedPipeline, sql: str, label: str) -> list[dict[str, object]]:
    """Rows of a read-only query through the running pipeline (``grouppulse sql`` against the
    worker's web port, or the access point); ``{db}`` in ``sql`` is the database."""
    how = [] if pipe.shared else ["--worker-url", f"http://127.0.0.1:{pipe.settings.web_port}"]
    done = subprocess.run(
        [sys.executable, "-m", "streams.cli", "sql", "--format", "jsonl", *how,
         sql.format(db=pipe.settings.clickhouse_database)],
        env=worker_env(pipe.settings), capture_output=True, text=True, timeout=300, check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{label}: query failed: {done.stderr[-2000:]}")
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def check_rows(pipe: EmbeddedPipeline, produced: int, label: str) -> dict[str, int]:
    """Rows per table in ClickHouse; raise unless every table has count() = uniqExact(id) and
    the tables together hold one row per event produced."""
    rows = query_rows(pipe, ROW_COUNTS, label)
    counts = {row["t"]: (int(row["n"]), int(row["u"])) for row in rows}
    total = sum(n for n, _ in counts.values())
    if len(counts) != 4 or any(n != u for n, u in counts.values()) or total != produced:
        raise RuntimeError(f"{label}: ClickHouse rows {counts} (count, uniqExact) add up to "
                           f"{total:,}, expected {produced:,} with count = uniqExact per table")
    return {table: n for table, (n, _) in counts.items()}


@dataclass
class Run:
    """One grouppulse run: combined rate, CPU seconds per process, events per worker."""

    rate: float
    cpu: dict[str, float]
    per_worker: list[int]


def grouppulse_run(settings: Settings, events_file: Path, log_dir: Path, workers: int,
                   on_done: Callable[[EmbeddedPipeline, int], None] | None = None) -> Run:
    """Start the broker and the workers, wait until their group is formed, produce every
    event, wait until all are in ClickHouse; check the rows. ``on_done(pipe, produced)``
    runs before the pipeline stops (its broker holds the events)."""
    label = f"{workers} worker{'s' if workers > 1 else ''}"
    with EmbeddedPipeline(settings, log_dir=log_dir, workers=workers) as pipe:
        asyncio.run(group_formed(pipe.broker.bootstrap, pipe.settings.app_id, workers))
        before = cpu_by_process(pipe)
        produced = asyncio.run(produce(pipe.broker.bootstrap, pipe.settings.topic_events,
                                       read_jsonl(events_file)))
        full = asyncio.run(pipe.wait_processed(produced, stall_timeout=300))
        after = cpu_by_process(pipe)
        per_worker = [sum(processed_counts(w.scrape()).get(k, 0)
                          for k in ("events", "dead_letters")) for w in pipe.workers]
        check_rows(pipe, produced.records, label)
        counts = processed_counts(full.worker_metrics)
        if counts["events"] + counts["dead_letters"] != produced.records:
            print(f"note ({label}): workers counted {counts['events'] + counts['dead_letters']:,}"
                  f" events for {produced.records:,} produced (redelivered after a rebalance?)",
                  flush=True)
        run = Run(events_per_second(full.worker_metrics, produced.records),
                  {name: (after[name] - before[name]) / produced.records for name in after},
                  per_worker)
        if on_done is not None:
            on_done(pipe, produced.records)
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--groups", type=int, default=1000)
    parser.add_argument("--malformed", type=float, default=0.01)
    parser.add_argument("--workers", type=int, default=1,
                        help="also run N workers sharing one ClickHouse access point (N > 1)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="grouppulse-bench-"))
    events_file = work / "events.jsonl"
    config = SimulationConfig(groups=args.groups, events=args.events, malformed_ratio=args.malformed)
    write_jsonl(config, events_file, work / "truth.jsonl")
    settings = Settings(data_dir=work)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"{args.events:,} events, {args.groups:,} groups, {args.malformed:.0%} malformed; "
          f"{os.cpu_count()} cores (os.cpu_count()), load average {load}; work dir {work}",
          flush=True)

    yardsticks: dict[str, float] = {}

    def yardstick_runs(pipe: EmbeddedPipeline, records: int) -> None:
        topic = pipe.settings.topic_events
        yardsticks["raw"] = asyncio.run(raw_consumer_rate(pipe.broker.bootstrap, topic, records))
        yardsticks["faust"], yardsticks["faust_cpu"] = passthrough_rate(
            pipe.broker.url, topic, pipe.settings.topic_partitions, records, work)

    runs = {1: grouppulse_run(settings, events_file, work / "logs", 1, yardstick_runs)}
    if args.workers > 1:
        shared = settings.model_copy(update={"data_dir": work / f"workers-{args.workers}"})
        runs[args.workers] = grouppulse_run(shared, events_file,
                                            work / f"logs-{args.workers}", args.workers)

    faust_rate, one = yardsticks["faust"], runs[1].rate
    rows = [
        ("raw aiokafka consumer loop", yardsticks["raw"], None),
        ("trivial Faust pass-through agent", faust_rate, None),
        ("grouppulse, 1 worker (into ClickHouse)", one, one),
    ]
    if args.workers > 1:
        rows.append((f"grouppulse, {args.workers} workers (one access point)",
                     runs[args.workers].rate, one))
    print(f"\n{'pipeline':44} {'events/s':>10} {'x Faust':>8} {'x 1 worker':>10}")
    for name, value, base in rows:
        versus = f"{value / base:10.2f}" if base else ""
        print(f"{name:44} {value:10,.0f} {value / faust_rate:8.2f} {versus}")
    if args.workers > 1:
        shares = " / ".join(f"{n:,}" for n in runs[args.workers].per_worker)
        print(f"events per worker ({args.workers} workers): {shares}; "
              f"{os.cpu_count()} cores on this machine")
    # producing the events also costs the broker CPU: part of its figure is not the workers'
    print(f"\n{'CPU time per event':44} {'µs':>10}")
    print(f"{'trivial Faust pass-through agent':44} {yardsticks['faust_cpu'] * 1e6:10,.0f}")
    for workers, run in runs.items():
        print(f"grouppulse, {workers} worker{'s' if workers > 1 else ''}:")
        for name, seconds in run.cpu.items():
            print(f"  {name:42} {seconds * 1e6:10,.0f}")
        print(f"  {'all of them':42} {sum(run.cpu.values()) * 1e6:10,.0f}")


if __name__ == "__main__":
    main()
