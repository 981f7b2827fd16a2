"""Per-event cost and memory of one worker as the number of groups grows (issue #8 "Scale").

    .venv/bin/python bench/scale.py [--events 40000] [--groups 100,1000,10000]

For each group count: the same number of simulated events (1 % malformed) over that many
groups, through the embedded stack exactly as ``bench/throughput.py`` runs one worker (broker,
worker, its ClickHouse child; the group formed before the events are produced; every row
checked: count() = uniqExact(id), one per event). Printed per group count: events/s, CPU time
per event of the worker and of its ClickHouse child (CPU time hardly moves with the machine's
load, rates do), the worker's peak and final resident memory, and the hour closes (rows of
``group_health``, one per group and closed hour) per 1,000 events.

What "flat" means here: the worker's CPU per event should not grow with the group count
(per-group work is per event or per hour close, never a sweep over all groups per event).
With the same events over more groups there are more hour closes per event (each group's
hours close with fewer events in them), which costs what it costs; the table shows it.
Memory per 1,000 groups is the growth of the worker's resident memory between the smallest
and the largest group count; with few events per group it is a lower bound
(``bench/health_memory.py`` fills 10,000 groups with a day of hours each).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from throughput import grouppulse_run, query_rows  # noqa: E402

from streams.runner import EmbeddedPipeline  # noqa: E402
from streams.settings import Settings  # noqa: E402
from streams.simulate import SimulationConfig, write_jsonl  # noqa: E402


def memory_mb(pid: int) -> tuple[float, float]:
    """(peak, current) resident memory of a process in MB, from /proc."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        fields[name] = value.split()
    return int(fields["VmHWM"][0]) / 1024, int(fields["VmRSS"][0]) / 1024


def hour_closes(pipe: EmbeddedPipeline) -> int:
    """Rows in ``group_health``: one per group and closed hour, the per-group work that
    does not shrink with fewer events per group."""
    rows = query_rows(pipe, "SELECT count() AS n FROM {db}.group_health", "hour closes")
    return int(str(rows[0]["n"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=40_000)
    parser.add_argument("--groups", default="100,1000,10000",
                        help="comma-separated group counts")
    args = parser.parse_args()
    counts = [int(text) for text in args.groups.split(",")]
    work = Path(tempfile.mkdtemp(prefix="grouppulse-scale-"))
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"{args.events:,} events per run; {os.cpu_count()} cores, load average {load}; "
          f"work dir {work}", flush=True)
    results = []
    for groups in counts:
        folder = work / f"groups-{groups}"
        events_file = folder / "events.jsonl"
        folder.mkdir(parents=True)
        write_jsonl(SimulationConfig(groups=groups, events=args.events, malformed_ratio=0.01),
                    events_file, folder / "truth.jsonl")
        memory: dict[str, tuple[float, float]] = {}
        closes: list[int] = []

        def measure_memory(pipe: EmbeddedPipeline, produced: int,
                           memory: dict[str, tuple[float, float]] = memory,
                           closes: list[int] = closes) -> None:
            worker = pipe.workers[0].process
            assert worker is not None
            memory["worker"] = memory_mb(worker.pid)
            closes.append(hour_closes(pipe))

        run = grouppulse_run(Settings(data_dir=folder), events_file, folder / "logs", 1,
                             measure_memory)
        worker_cpu = run.cpu["worker process (Faust, analysis)"]
        child_cpu = run.cpu.get("ClickHouse child process", 0.0)
        results.append((groups, run.rate, worker_cpu, child_cpu, *memory["worker"],
                        closes[0] / args.events * 1000))
        print(f"  {groups:,} groups done: {run.rate:,.0f} events/s", flush=True)

    print(f"\n{'groups':>8} {'events/s':>9} {'worker µs/ev':>13} {'chDB µs/ev':>11} "
          f"{'worker peak MB':>15} {'worker now MB':>14} {'hour closes/1k ev':>18}")
    for groups, rate, worker_cpu, child_cpu, peak, now, closed in results:
        print(f"{groups:8,} {rate:9,.0f} {worker_cpu * 1e6:13,.0f} {child_cpu * 1e6:11,.0f} "
              f"{peak:15,.0f} {now:14,.0f} {closed:18,.0f}")
    (small, *_, small_peak, _, _), (large, *_, large_peak, _, _) = results[0], results[-1]
    if large > small:
        per_thousand = (large_peak - small_peak) / (large - small) * 1000
        print(f"\nworker peak memory per 1,000 groups: {per_thousand:,.1f} MB "
              f"({small:,} → {large:,} groups, {args.events:,} events each)")
    base = results[0][2]
    print("worker CPU per event relative to the smallest group count: "
          + ", ".join(f"{groups:,}: {cpu / base:.2f}×" for groups, _, cpu, *_ in results))


if __name__ == "__main__":
    main()
