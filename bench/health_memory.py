"""Memory and per-event cost of the group-health windows for many active groups.

    .venv/bin/python bench/health_memory.py [GROUPS] [HOURS] [MESSAGES_PER_GROUP_HOUR]

Feeds a ``HealthMonitor`` (what the worker runs per event) with GROUPS groups over HOURS
event-time hours (26 by default: every 24-hour window full), one group in ten with 500
members, the others 60, and prints the worker-equivalent RSS (the worker's imports plus the
state) and the cost per event. Then, in a fresh process, the same stream kept as exact
per-hour speaker sets (the first version's design) for comparison. Targets: <= 600 MB,
<= 20 us/event. The cost is CPU time of this process (the machines are shared: wall time
counts the neighbours' load too), wall time beside it; then the cost of saving one group's
state (``export_parts`` + ``_pack_parts``, what ``HealthMonitor.export_states`` does per touched
group) over 1,000 groups.
"""

from __future__ import annotations

import dataclasses
import gc
import random
import subprocess
import sys
import time

import orjson


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def stream(groups: int, hours: int, per_hour: int):  # type: ignore[no-untyped-def]
    """(partition, group, user, ts) in event-time order, per hour round-robin over groups."""
    rng = random.Random(5)
    start = 1793577600000 - 8 * 3_600_000
    for h in range(hours):
        for g in range(groups):
            members = 500 if g % 10 == 0 else 60
            for i in range(per_hour):
                ts = start + h * 3_600_000 + (g * per_hour + i) * 3_600_000 // (groups * per_hour)
                yield g % 8, f"g{g:05d}", f"u{g}-{rng.randrange(members)}", ts


def run_monitor(groups: int, hours: int, per_hour: int) -> None:
    import streams.app  # noqa: F401  the worker's imports, so RSS is worker-equivalent
    from streams.analysis import HealthMonitor
    from streams.events import parse_event

    template = parse_event(orjson.dumps({"event_id": "e", "type": "message", "ts": 1793577600000,
                                         "group_id": "g", "user_id": "u", "text": "早"}))
    gc.collect()
    before = rss_mb()
    monitor = HealthMonitor()
    n, spent = 0, 0.0
    batch: list[tuple[int, object]] = []

    wall = 0.0

    def feed() -> float:
        nonlocal n, wall
        t, w = time.process_time(), time.perf_counter()
        for partition, event in batch:
            monitor.observe(event, partition, None, n)  # type: ignore[arg-type]
            n += 1
        monitor.advance()
        batch.clear()
        wall += time.perf_counter() - w
        return time.process_time() - t

    for partition, group, user, ts in stream(groups, hours, per_hour):
        # a fresh event object per message, as parsing gives the worker
        batch.append((partition, dataclasses.replace(template, group_id=group, user_id=user,
                                                     ts_ms=ts)))
        if len(batch) == 5000:
            spent += feed()
    spent += feed()
    gc.collect()
    after = rss_mb()
    print(f"sketch (HyperLogLog per group-hour): {groups:,} groups x {hours} h, {n:,} events: "
          f"RSS {after:.0f} MB (state {after - before:.0f} MB over the worker's "
          f"{before:.0f} MB); {spent / n * 1e6:.1f} us/event CPU (observe + hour closes; "
          f"wall {wall / n * 1e6:.1f})")
    from streams.analysis import _pack, _pack_parts

    groups_ids = monitor.tracker.group_ids()[:1000]
    for label in ("first save (closed hours encoded)", "later saves (closed hours kept)"):
        t = time.process_time()
        sizes = []
        for g in groups_ids:
            settled, moving = monitor.tracker.export_parts(g, _pack)
            sizes.append(len(_pack_parts(settled, {"offset": n, "state": moving})))
        spent = time.process_time() - t
        print(f"state save, {label}: {spent / len(groups_ids) * 1e6:.0f} us CPU per group, "
              f"{sum(sizes) / len(sizes):.0f} bytes")


def run_exact(groups: int, hours: int, per_hour: int) -> None:
    gc.collect()
    before = rss_mb()
    sets: dict[str, dict[int, set[str]]] = {}
    for _, group, user, ts in stream(groups, hours, per_hour):
        hour = ts // 3_600_000
        by_hour = sets.setdefault(group, {})
        by_hour.setdefault(hour, set()).add(user)
        if len(by_hour) > 25:
            del by_hour[min(by_hour)]
    gc.collect()
    after = rss_mb()
    print(f"exact per-hour speaker sets (speakers only, no other state): "
          f"{after - before:.0f} MB for the same stream")


def main() -> None:
    args = sys.argv[1:]
    if args and args[0] == "--exact":
        run_exact(*map(int, args[1:4]))
        return
    groups = int(args[0]) if args else 10_000
    hours = int(args[1]) if len(args) > 1 else 26
    per_hour = int(args[2]) if len(args) > 2 else 12
    run_monitor(groups, hours, per_hour)
    subprocess.run([sys.executable, __file__, "--exact", str(groups), str(hours), str(per_hour)],
                   check=True)


if __name__ == "__main__":
    main()
