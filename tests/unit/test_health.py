"""Group health states on synthetic hourly traffic (event time, no sleeps)."""

from __future__ import annotations

import random

import orjson

from streams.detect.health import HOUR_MS, GroupHealthTracker, rhythm_slot

MONDAY = 1793577600000 - 8 * HOUR_MS  # 2026-11-02 00:00 China time


def diurnal(hour_of_day: int) -> float:
    """Messages per hour for a lively group: quiet nights, busy lunch and evenings."""
    if 1 <= hour_of_day <= 6:
        return 0.2
    if hour_of_day in (12, 19, 20, 21):
        return 30.0
    return 10.0


def feed(tracker: GroupHealthTracker, group: str, hours: range, scale, speakers: int = 30,
         seed: int = 1) -> None:
    rng = random.Random(seed)
    for h in hours:
        start = MONDAY + h * HOUR_MS
        rate = diurnal(h % 24) * scale(h)
        for _ in range(int(rate) + (rng.random() < rate % 1)):
            tracker.observe_message(group, f"u{rng.randrange(speakers)}", start + rng.randrange(HOUR_MS))


def run(profiles: dict[str, object], hours: int = 96) -> tuple[GroupHealthTracker, list]:
    tracker = GroupHealthTracker()
    changes = []
    for h in range(hours):
        for group, scale in profiles.items():
            feed(tracker, group, range(h, h + 1), scale, seed=h * 31 + hash(group) % 97)
        changes += [s for s in tracker.advance(MONDAY + (h + 1) * HOUR_MS) if s.changed]
    return tracker, changes


def state(tracker: GroupHealthTracker, group: str) -> str:
    return tracker._groups[group].state


def test_rhythm_slots_know_china_time_and_weekends() -> None:
    assert rhythm_slot(MONDAY) == 0 and rhythm_slot(MONDAY + 13 * HOUR_MS) == 13
    assert rhythm_slot(MONDAY + 5 * 24 * HOUR_MS) == 24  # Saturday 00:00


def test_healthy_and_quiet_groups_stay_active_through_nights() -> None:
    tracker, changes = run({"lively": lambda h: 1.0, "quiet": lambda h: 0.15})
    assert state(tracker, "lively") == "active"
    assert state(tracker, "quiet") in ("active", "new")
    assert not [c for c in changes if c.state in ("dying", "dead")]


def test_a_declining_group_is_flagged_and_alerted_once() -> None:
    tracker, changes = run({"fading": lambda h: 1.0 if h < 48 else max(0.02, 1 - (h - 48) / 24)})
    assert state(tracker, "fading") in ("dying", "dead")
    assert len([c for c in changes if c.state == "dying"]) == 1  # hysteresis: no flapping


def test_a_sudden_death_is_seen_without_any_event_from_the_group() -> None:
    tracker, changes = run({"gone": lambda h: 1.0 if h < 40 else 0.0, "other": lambda h: 1.0})
    dying = [c for c in changes if c.group_id == "gone" and c.state == "dying"]
    assert dying and dying[0].hour_start_ms < MONDAY + 52 * HOUR_MS
    assert dying[0].silent_since_ms is not None


def test_a_dying_group_that_comes_back_is_revived() -> None:
    tracker, changes = run({"phoenix": lambda h: 1.0 if h < 40 or h >= 60 else 0.0}, hours=84)
    kinds = [(c.previous_state, c.state) for c in changes if c.group_id == "phoenix"]
    assert ("dying", "active") in kinds or ("dead", "active") in kinds
    assert state(tracker, "phoenix") == "active"


def test_health_score_is_bounded_and_lower_for_a_dying_group() -> None:
    tracker = GroupHealthTracker()
    feed(tracker, "a", range(0, 72), lambda h: 1.0)
    feed(tracker, "b", range(0, 72), lambda h: 1.0 if h < 48 else 0.05)
    snaps = tracker.advance(MONDAY + 72 * HOUR_MS)
    last = {s.group_id: s for s in snaps}
    assert 0 <= last["b"].health_score < last["a"].health_score <= 100


def storm_hour(tracker: GroupHealthTracker, group: str, hour: int, angry_members: int) -> None:
    start = MONDAY + hour * HOUR_MS
    for i in range(angry_members):
        tracker.observe_message(group, f"angry{i}", start + i * 1000, sentiment=-0.8,
                                text=f"发货太慢了，客服也不回，太失望了 {i}")
    for i in range(4):
        tracker.observe_message(group, f"calm{i}", start + 60_000 + i, sentiment=0.2, text="早")


def calm_days(tracker: GroupHealthTracker, group: str, hours: int) -> None:
    feed(tracker, group, range(hours), lambda h: 1.0)


def test_a_complaint_storm_is_flagged_with_the_worst_messages() -> None:
    tracker = GroupHealthTracker()
    calm_days(tracker, "g", 30)
    storm_hour(tracker, "g", 30, angry_members=6)
    snaps = [s for s in tracker.advance(MONDAY + 31 * HOUR_MS) if s.hour_start_ms == MONDAY + 30 * HOUR_MS]
    [snap] = snaps
    assert snap.complaint_storm and snap.negative_share_1h > 0.3
    assert len(snap.worst_messages) == 5 and all(score <= -0.8 for score, _, _ in snap.worst_messages)
    assert "客服也不回" in snap.worst_messages[0][2]


def test_one_angry_member_is_not_a_storm() -> None:
    tracker = GroupHealthTracker()
    calm_days(tracker, "g", 30)
    start = MONDAY + 30 * HOUR_MS
    for i in range(8):
        tracker.observe_message("g", "grumpy", start + i * 1000, sentiment=-0.9, text="垃圾")
    [snap] = [s for s in tracker.advance(MONDAY + 31 * HOUR_MS) if s.hour_start_ms == start]
    assert not snap.complaint_storm


def test_the_analysis_raises_a_negative_sentiment_alert_with_evidence() -> None:
    from streams.analysis import health_alerts

    tracker = GroupHealthTracker()
    calm_days(tracker, "g", 30)
    storm_hour(tracker, "g", 30, angry_members=5)
    [snap] = [s for s in tracker.advance(MONDAY + 31 * HOUR_MS) if s.hour_start_ms == MONDAY + 30 * HOUR_MS]
    [alert] = [a for a in health_alerts(snap) if a[2] == "negative_sentiment"]
    detail = orjson.loads(alert[8])
    assert detail["top_negative_messages"] and alert[9] == f"negative_sentiment:g:{MONDAY + 30 * HOUR_MS}"


def test_speaker_sketch_is_exact_for_small_groups_and_close_for_500_members() -> None:
    from streams.detect.health import sketch_add, sketch_count, sketch_union

    small = 0
    for i in range(8):
        small = sketch_add(sketch_add(small, f"m{i}"), f"m{i}")  # repeats count once
    assert sketch_count(small) == 8
    a = b = both = 0
    for i in range(500):
        both = sketch_add(both, f"u{i}")
        a, b = (sketch_add(a, f"u{i}"), b) if i % 2 else (a, sketch_add(b, f"u{i}"))
    assert sketch_union(a, b) == sketch_union(b, a) == both  # union = sketch of the union
    assert abs(sketch_count(both) - 500) <= 0.2 * 500


def test_windows_report_the_hour_the_day_and_the_busiest_minute() -> None:
    tracker = GroupHealthTracker()
    tracker.observe_snapshot("g", MONDAY, 40)
    for h in range(30):
        start = MONDAY + h * HOUR_MS
        for i in range(6):
            tracker.observe_message("g", f"u{(h + i) % 12}", start + i * 1000, is_ad=i == 0)
    tracker.observe_membership("g", MONDAY + 29 * HOUR_MS + 5, joined=True)
    [snap] = [s for s in tracker.advance(MONDAY + 30 * HOUR_MS)
              if s.hour_start_ms == MONDAY + 29 * HOUR_MS]
    assert (snap.messages_1h, snap.speakers_1h, snap.joins_1h, snap.peak_messages_1m) == (6, 6, 1, 6)
    assert snap.ad_share_1h == snap.ad_share_24h == round(1 / 6, 4)
    assert snap.messages_24h == 24 * 6 and snap.speakers_24h == 12 and snap.members == 41
    assert snap.activity_rate_24h == round(12 / 41, 4)


def test_a_group_exported_and_imported_goes_on_exactly_as_the_original() -> None:
    import copy

    original = GroupHealthTracker()
    calm_days(original, "g", 40)
    storm_hour(original, "g", 40, angry_members=4)
    copy_of = GroupHealthTracker()
    doc = orjson.loads(orjson.dumps(original.export_group("g")))
    copy_of.import_group("g", doc)
    later = copy.deepcopy(original)
    feed(later, "g", range(41, 60), lambda h: 0.1)
    feed(copy_of, "g", range(41, 60), lambda h: 0.1)
    assert later.advance(MONDAY + 60 * HOUR_MS) == copy_of.advance(MONDAY + 60 * HOUR_MS)


def monitor_events(n_hours: int, groups: int = 3) -> list:
    from streams.events import parse_event

    out = []
    for h in range(n_hours):
        for g in range(groups):
            for i in range(8 if g or h < 30 else 0):  # g0 falls silent at hour 30
                ts = MONDAY + h * HOUR_MS + (g * 8 + i) * 60_000
                doc = {"event_id": f"e{h}-{g}-{i}", "type": "message", "ts": ts,
                       "group_id": f"g{g}", "user_id": f"u{i}", "text": "早"}
                out.append((g % 2, parse_event(orjson.dumps(doc))))
    return out


def test_the_live_clock_closes_hours_of_a_silent_partition_without_events() -> None:
    from streams.analysis import HealthMonitor

    monitor = HealthMonitor()
    for offset, (partition, event) in enumerate(monitor_events(30)):
        monitor.observe(event, partition, None, offset)
    monitor.advance()
    clock = monitor.clocks()[0]
    assert monitor.advance({0: clock}) == []  # nothing new due
    rows = monitor.advance({0: clock + 3 * HOUR_MS})  # three silent hours of wall time
    assert {row[2] for _, row in rows} == {"g0", "g2"} and len(rows) >= 6


def test_health_rows_do_not_depend_on_batching_restarts_or_partition_moves() -> None:
    """One monitor fed per event vs two 'workers' with state handed over mid-stream through
    export/restore, redelivering the tail as at-least-once does: the same rows."""
    from streams.analysis import HealthMonitor

    events = monitor_events(60)
    one = HealthMonitor()
    rows_one = []
    for offset, (partition, event) in enumerate(events):
        one.observe(event, partition, None, offset)
        if offset % 97 == 0:
            rows_one += one.advance()
    rows_one += one.advance()

    first, saved, rows_two = HealthMonitor(), [], []
    cut = len(events) // 3
    for offset, (partition, event) in enumerate(events[:cut]):
        first.observe(event, partition, None, offset)
        if offset % 50 == 0:
            saved += first.export_states()
    rows_two += first.advance()
    second = HealthMonitor()
    for partition in (0, 1):
        second.restore(partition, [(k, v) for p, k, v in saved if p == partition])
    for offset, (partition, event) in enumerate(events):
        if offset >= cut - 200:  # redelivered from an older committed offset
            second.observe(event, partition, None, offset)
    rows_two += second.advance()
    def by_id(rows: list) -> dict:
        found: dict = {}
        for _, row in rows:
            assert found.setdefault(row[0], row) == row  # a repeated row is the same row
        return found

    assert by_id(rows_two) == by_id(rows_one)
    assert any(row[3] in ("dying", "dead") for _, row in rows_one)


def test_a_months_long_silence_is_judged_over_its_last_two_weeks_only() -> None:
    from streams.detect.health import MAX_CATCH_UP_MS

    tracker = GroupHealthTracker()
    start = 1_700_000_000_000 - 1_700_000_000_000 % HOUR_MS
    for minute in range(0, 600, 5):
        tracker.observe_message("g", f"u{minute % 7}", start + minute * 60_000)
    later = start + 90 * 24 * HOUR_MS  # three months on
    snaps = tracker.advance(later)
    hours_with_data = 10
    assert len(snaps) <= hours_with_data + MAX_CATCH_UP_MS // HOUR_MS + 1
    assert snaps[-1].hour_start_ms == later - HOUR_MS
    assert snaps[-1].state == "dead"
