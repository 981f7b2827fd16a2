"""The busiest span of a campaign key is kept up to date as sightings arrive; it must always
be the span a full rescan of the key's history would pick."""

from __future__ import annotations

import random

from streams.detect.campaign import Sighting, _busiest_window, _Trail


def _naive(sightings: list[Sighting], window_ms: int) -> list[Sighting]:
    """The definition, written plainly: for each end, the span reaching back ``window_ms``;
    the first with the most groups."""
    best: list[Sighting] = []
    for end, last in enumerate(sightings):
        span = [s for s in sightings[: end + 1] if last.ts_ms - s.ts_ms <= window_ms]
        if len({s.group_id for s in span}) > len({s.group_id for s in best}):
            best = span
    return best


def test_the_kept_span_is_the_one_a_rescan_finds_whatever_the_order_of_arrival() -> None:
    rng = random.Random(7)
    for case in range(300):
        window_ms = rng.choice([5, 20, 60])
        limit = rng.choice([5, 12, 1000])
        trail = _Trail()
        kept: list[Sighting] = []
        clock = 0
        for n in range(rng.randint(1, 60)):
            clock += rng.choice([0, 1, 3, 10])
            ts = clock - rng.choice([0, 0, 0, 2, 15, 40])  # late and out of order, ties
            sighting = Sighting(ts, f"g{rng.randint(0, 6)}", "u", f"e{case}-{n}")
            trail.add(sighting, window_ms, limit)
            kept = sorted([*kept, sighting], key=lambda s: s.ts_ms)  # stable: ties in order
            kept = kept[-limit:] if len(kept) > limit else kept
            assert trail.sightings == kept
            expected = _naive(kept, window_ms)
            assert trail.best == expected, (case, n)
            assert trail.best_groups == len({s.group_id for s in expected})
            assert _busiest_window(kept, window_ms) == expected
