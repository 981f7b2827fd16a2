"""Complaint-storm detection on simulated traffic with ground truth.

    .venv/bin/python bench/mood_eval.py [GROUPS] [HOURS] [SEED]

Scores every message with the sentiment scorer, feeds the health tracker as the worker does,
and compares the hours flagged as complaint storms with the storms the simulator injected.
"""

from __future__ import annotations

import sys
from collections import defaultdict

from streams.detect.health import HOUR_MS, GroupHealthTracker
from streams.detect.sentiment import score
from streams.events import InvalidEvent, parse_event
from streams.simulate import SimulationConfig, generate

LATENESS_MS = 120_000


def main() -> None:
    groups = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    hours = float(sys.argv[2]) if len(sys.argv) > 2 else 72.0
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    tracker = GroupHealthTracker()
    clock = 0
    storms: dict[str, set[tuple[str, int]]] = defaultdict(set)
    flagged: set[tuple[str, int]] = set()
    for sim in generate(SimulationConfig(groups=groups, hours=hours, seed=seed)):
        try:
            event = parse_event(sim.raw)
        except InvalidEvent:
            continue
        if event.type == "message":
            tracker.observe_message(event.group_id, event.user_id, event.ts_ms,
                                    sentiment=score(event.text), text=event.text)
            if sim.label and sim.label.get("label") == "complaint_storm":
                storms[str(sim.label.get("storm_id"))].add((event.group_id, event.ts_ms // HOUR_MS))
        if event.ts_ms - LATENESS_MS > clock:
            clock = event.ts_ms - LATENESS_MS
            flagged |= {(s.group_id, s.hour_start_ms // HOUR_MS)
                        for s in tracker.advance(clock) if s.complaint_storm}
    storm_hours = set().union(*storms.values()) if storms else set()
    detected = sum(1 for hours_of in storms.values() if hours_of & flagged)
    group_hours = groups * hours
    print(f"storms injected {len(storms)}, detected {detected}; flagged hours {len(flagged)}, "
          f"of them storm hours {len(flagged & storm_hours)}; false alarms per 1,000 group-hours "
          f"{1000 * len(flagged - storm_hours) / group_hours:.2f}")


if __name__ == "__main__":
    main()
