"""Health states at the end of a simulated run, by the simulator's group profile.

    .venv/bin/python bench/health_eval.py [GROUPS] [HOURS] [SEED]

Feeds the pure tracker in event order with a 2-minute lateness clock, as the worker does, and
prints, per true profile (healthy, quiet_but_stable, declining, sudden_death, new, ad_board),
how many groups end in each state. Declining and sudden-death groups should end dying or dead;
the others should not.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict

from streams.detect.health import GroupHealthTracker
from streams.events import InvalidEvent, parse_event
from streams.simulate import SimulationConfig, generate, group_truth

LATENESS_MS = 120_000


def main() -> None:
    groups = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    hours = float(sys.argv[2]) if len(sys.argv) > 2 else 96.0
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    config = SimulationConfig(groups=groups, hours=hours, seed=seed)
    tracker = GroupHealthTracker()
    clock = 0
    for sim in generate(config):
        try:
            event = parse_event(sim.raw)
        except InvalidEvent:
            continue
        if event.type == "message":
            tracker.observe_message(event.group_id, event.user_id, event.ts_ms)
        elif event.type in ("member_join", "member_leave"):
            tracker.observe_membership(event.group_id, event.ts_ms,
                                       joined=event.type == "member_join")
        elif event.member_count is not None:
            tracker.observe_snapshot(event.group_id, event.ts_ms, event.member_count)
        if event.ts_ms - LATENESS_MS > clock:
            clock = event.ts_ms - LATENESS_MS
            tracker.advance(clock)
    final = {group_id: group.state for group_id, group in tracker._groups.items()}
    by_profile: dict[str, Counter[str]] = defaultdict(Counter)
    for group in group_truth(config):
        by_profile[group["profile"]][final.get(group["group_id"], "unseen")] += 1
    for profile, counts in sorted(by_profile.items()):
        print(f"{profile:18} {dict(counts)}")


if __name__ == "__main__":
    main()
