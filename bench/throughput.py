"""End-to-end throughput on the embedded stack, as ratios measured in one run.

    .venv/bin/python bench/throughput.py [--events 100000] [--groups 1000]

One Tansu broker, one copy of the events in its input topic, then, one after the other:
1. a raw aiokafka consumer loop (no Faust),
2. a trivial Faust pass-through agent (bench/passthrough.py),
3. the grouppulse worker: parse, map, idempotent ClickHouse writes (chDB), dead letters.
Each reads the same topic with its own consumer group. Rates are first event → last event (1, 2)
and first event processed → last ClickHouse write (3). The ratios are what counts: the machines
are shared and noisy.

CPU time per event is printed too (Linux ``/proc``): for the worker split into its own process,
its ClickHouse child and the broker, from before the events are produced to the end. Unlike
rates, CPU time hardly moves when other jobs share the machine, so it says where the time goes.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from aiokafka import AIOKafkaConsumer

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


def cpu_by_process(pipe: EmbeddedPipeline) -> dict[str, float]:
    """CPU seconds so far of the worker, its ClickHouse child(ren) and the broker."""
    worker = pipe.worker.process.pid if pipe.worker and pipe.worker.process else 0
    broker = pipe.broker.process.pid if pipe.broker.process else 0
    return {
        "worker process (Faust, analysis)": cpu_seconds(worker),
        "ClickHouse child process": sum(cpu_seconds(c) for c in child_pids(worker)),
        "broker (Tansu)": cpu_seconds(broker),
    }


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--groups", type=int, default=1000)
    parser.add_argument("--malformed", type=float, default=0.01)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="grouppulse-bench-"))
    events_file = work / "events.jsonl"
    config = SimulationConfig(groups=args.groups, events=args.events, malformed_ratio=args.malformed)
    write_jsonl(config, events_file, work / "truth.jsonl")
    settings = Settings(data_dir=work)
    print(f"{args.events:,} events, {args.groups:,} groups, {args.malformed:.0%} malformed; "
          f"work dir {work}", flush=True)

    with EmbeddedPipeline(settings, log_dir=work / "logs") as pipe:
        before = cpu_by_process(pipe)
        produced = asyncio.run(produce(pipe.broker.bootstrap, settings.topic_events,
                                       read_jsonl(events_file)))
        full = asyncio.run(pipe.wait_processed(produced, stall_timeout=300))
        after = cpu_by_process(pipe)
        counts = processed_counts(full.worker_metrics)
        full_rate = events_per_second(full.worker_metrics, counts["events"] + counts["dead_letters"])
        raw_rate = asyncio.run(raw_consumer_rate(pipe.broker.bootstrap, settings.topic_events,
                                                 produced.records))
        faust_rate, faust_cpu = passthrough_rate(pipe.broker.url, settings.topic_events,
                                                 settings.topic_partitions, produced.records,
                                                 work)

    rows = [
        ("raw aiokafka consumer loop", raw_rate),
        ("trivial Faust pass-through agent", faust_rate),
        ("grouppulse worker (into ClickHouse)", full_rate),
    ]
    print(f"\n{'pipeline':40} {'events/s':>10} {'x Faust':>8}")
    for name, value in rows:
        print(f"{name:40} {value:10,.0f} {value / faust_rate:8.2f}")
    # producing the events also costs the broker CPU: part of its figure is not the worker's
    print(f"\n{'CPU time per event':40} {'µs':>10}")
    print(f"{'trivial Faust pass-through agent':40} {faust_cpu * 1e6:10,.0f}")
    for name, seconds in after.items():
        print(f"{name:40} {(seconds - before[name]) / produced.records * 1e6:10,.0f}")


if __name__ == "__main__":
    main()
