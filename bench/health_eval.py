"""Dying-group detection on simulated groups with ground truth, over seeds and scenario variants.

    .venv/bin/python bench/health_eval.py [GROUPS] [HOURS] [SEED]
    .venv/bin/python bench/health_eval.py --variants all --seeds 5,6,7 [--groups 200] [--jobs 2]
        [--cache /tmp/health_eval] [--verbose]

Feeds the pure tracker in event order with a 2-minute lateness clock, as the worker does. The
first form prints, per true profile (healthy, quiet_but_stable, declining, sudden_death, new,
ad_board), how many groups end in each state and how many were ever flagged. The second runs
every (variant, seed) and prints one line per run and a summary per variant:

- recall: declining and sudden-death groups that end the run ``dying`` or ``dead``;
- fp_end: other groups (healthy, quiet-but-stable, new, ad boards) that end it flagged;
- fp_ever: other groups that were flagged at any hour (each such change raised a
  ``dying_group`` alert), the stricter figure;
- delay: median hours from the decline start or death to the first flag.

Targets (issue 5): recall >= 0.9 and at most 1 % of healthy groups flagged, on every variant.
Variants change the simulator's health scenario: run length, group sizes, activity, decline
speed, when lifecycle changes happen, weekly rhythm, time zone, how quiet the quiet groups are.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import statistics
import sys
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from typing import Any

from streams.detect.health import GroupHealthTracker
from streams.events import InvalidEvent, parse_event
from streams.simulate import SimulationConfig, generate, group_truth

LATENESS_MS = 120_000
HOUR_MS = 3_600_000
FLAGGED = ("dying", "dead")
POSITIVE = ("declining", "sudden_death")

VARIANTS: dict[str, dict[str, Any]] = {
    "default": {},
    "short_48h": {"hours": 48},
    "week": {"hours": 168},
    "small_groups": {"size_scale": 0.4},
    "large_groups": {"size_scale": 2.5},
    "low_activity": {"base_rate": 1.5},
    "high_activity": {"base_rate": 10.0},
    "slow_decline": {"decline_speed": 1.2, "lifecycle_hours": 48},
    "late_lifecycle": {"lifecycle_hours": 72},
    "quiet_weekends": {"hours": 168, "weekend_scale": 0.3},
    "tz_minus5": {"tz_offset_hours": -5.0},
    "louder_quiet": {"quiet_scale": 2.5},
    "saturday_start": {"start": datetime.fromisoformat("2026-11-07T00:00:00+00:00")},
    # midnight China time: declines start in the first night, before any day was seen
    "saturday_midnight": {"start": datetime.fromisoformat("2026-11-06T16:00:00+00:00")},
}


Event = tuple[str, str, str, int, "int | None"]  # type, group, user, ts, member count


def events(config: SimulationConfig, cache: str | None = None) -> list[Event]:
    """The simulated stream, parsed as the worker parses it (pickled in ``cache`` if given:
    re-running the tracker on the same streams then skips the simulation)."""
    path = None
    if cache:
        os.makedirs(cache, exist_ok=True)
        key = hashlib.sha1(repr(config).encode()).hexdigest()[:16]
        path = os.path.join(cache, f"{key}.pickle")
        if os.path.exists(path):
            with open(path, "rb") as f:
                return pickle.load(f)  # type: ignore[no-any-return]  # noqa: S301 our own file
    out: list[Event] = []
    for sim in generate(config):
        try:
            event = parse_event(sim.raw)
        except InvalidEvent:
            continue
        out.append((event.type, event.group_id, event.user_id, event.ts_ms, event.member_count))
    if path:
        with open(path, "wb") as f:
            pickle.dump(out, f)
    return out


def run(config: SimulationConfig, cache: str | None = None) -> dict[str, Any]:
    """States per group at the end, and for each group the first hour it was flagged."""
    tracker = GroupHealthTracker()
    clock = 0
    first_flag: dict[str, int] = {}
    for etype, group_id, user_id, ts_ms, member_count in events(config, cache):
        if etype == "message":
            tracker.observe_message(group_id, user_id, ts_ms)
        elif etype in ("member_join", "member_leave"):
            tracker.observe_membership(group_id, ts_ms, joined=etype == "member_join")
        elif member_count is not None:
            tracker.observe_snapshot(group_id, ts_ms, member_count)
        if ts_ms - LATENESS_MS > clock:
            clock = ts_ms - LATENESS_MS
            for snap in tracker.advance(clock):
                if snap.state in FLAGGED and snap.changed:
                    first_flag.setdefault(snap.group_id, snap.hour_start_ms + HOUR_MS)
    final = {group_id: tracker.export_group(group_id)["state"] for group_id in tracker.group_ids()}
    return {"final": final, "first_flag": first_flag}


def score(config: SimulationConfig, result: dict[str, Any]) -> dict[str, Any]:
    final, first_flag = result["final"], result["first_flag"]
    by_profile: dict[str, Counter[str]] = defaultdict(Counter)
    pos = pos_hit = neg = neg_end = neg_ever = 0
    delays = []
    for group in group_truth(config):
        gid, profile = group["group_id"], group["profile"]
        state = final.get(gid, "unseen")
        by_profile[profile][state] += 1
        if gid in first_flag:
            by_profile[profile]["ever_flagged"] += 1
        if profile in POSITIVE:
            pos += 1
            pos_hit += state in FLAGGED
            start = group.get("decline_start") or group.get("death_at")
            if gid in first_flag and start:
                began = int(datetime.fromisoformat(start).timestamp() * 1000)
                delays.append((first_flag[gid] - began) / HOUR_MS)
        else:
            neg += 1
            neg_end += state in FLAGGED
            neg_ever += gid in first_flag
    return {
        "recall": pos_hit / pos if pos else 1.0,
        "fp_end": neg_end / neg if neg else 0.0,
        "fp_ever": neg_ever / neg if neg else 0.0,
        "delay": statistics.median(delays) if delays else float("nan"),
        "pos": pos, "neg": neg, "missed": pos - pos_hit, "false_end": neg_end,
        "false_ever": neg_ever,
        "profiles": {p: dict(c) for p, c in sorted(by_profile.items())},
    }


def one(variant: str, seed: int, groups: int,
        cache: str | None) -> tuple[str, int, dict[str, Any]]:
    params = {"groups": groups, "hours": 96.0, "seed": seed, **VARIANTS[variant]}
    config = SimulationConfig(**params)
    return variant, seed, score(config, run(config, cache))


def sweep(variants: list[str], seeds: list[int], groups: int, jobs: int,
          verbose: bool, cache: str | None) -> bool:
    tasks = [(v, s) for v in variants for s in seeds]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(one, v, s, groups, cache) for v, s in tasks]
        results = [f.result() for f in futures]
    ok = True
    print(f"{'variant':16} {'seed':>4} {'recall':>7} {'fp_end':>7} {'fp_ever':>7} {'delay h':>7}"
          f"  missed / false (end, ever)")
    for variant, seed, r in results:
        print(f"{variant:16} {seed:4d} {r['recall']:7.3f} {r['fp_end']:7.3f} {r['fp_ever']:7.3f} "
              f"{r['delay']:7.1f}  {r['missed']}/{r['pos']}, {r['false_end']}+"
              f"{r['false_ever'] - r['false_end']}/{r['neg']}")
        if verbose:
            for profile, counts in r["profiles"].items():
                print(f"    {profile:18} {counts}")
    print("\nper variant (all seeds pooled):")
    for variant in variants:
        rs = [r for v, _s, r in results if v == variant]
        pos, neg = sum(r["pos"] for r in rs), sum(r["neg"] for r in rs)
        recall = 1 - sum(r["missed"] for r in rs) / pos
        fp_end = sum(r["false_end"] for r in rs) / neg
        fp_ever = sum(r["false_ever"] for r in rs) / neg
        good = recall >= 0.9 and fp_ever <= 0.01
        ok &= good
        print(f"{variant:16} recall {recall:.3f}  fp_end {fp_end:.3f}  fp_ever {fp_ever:.3f}  "
              f"{'ok' if good else 'MISSES TARGET'}")
    return ok


def main() -> None:
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        groups = int(sys.argv[1])
        hours = float(sys.argv[2]) if len(sys.argv) > 2 else 96.0
        seed = int(sys.argv[3]) if len(sys.argv) > 3 else 5
        config = SimulationConfig(groups=groups, hours=hours, seed=seed)
        r = score(config, run(config))
        for profile, counts in r["profiles"].items():
            print(f"{profile:18} {counts}")
        print(f"recall {r['recall']:.3f}  fp_end {r['fp_end']:.3f}  fp_ever {r['fp_ever']:.3f}  "
              f"median delay {r['delay']:.1f} h")
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--variants", default="default",
                        help=f"comma-separated, or 'all': {', '.join(VARIANTS)}")
    parser.add_argument("--seeds", default="5")
    parser.add_argument("--groups", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--cache", help="directory for parsed streams (faster re-runs)")
    args = parser.parse_args()
    variants = list(VARIANTS) if args.variants == "all" else args.variants.split(",")
    seeds = [int(s) for s in args.seeds.split(",")]
    ok = sweep(variants, seeds, args.groups, args.jobs, args.verbose, args.cache)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
