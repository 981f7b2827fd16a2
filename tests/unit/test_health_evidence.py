"""How much evidence the health tracker needs before a group is dying (pure state machine).

Each test drives ``GroupHealthTracker`` hour by hour with exact message counts, so the
transition it checks is the only thing that can explain the outcome.
"""

from __future__ import annotations

from collections.abc import Callable

from streams.detect.health import HOUR_MS, SLOTS, GroupHealthTracker, HealthSnapshot, rhythm_slot

MONDAY = 1793577600000 - 8 * HOUR_MS  # 2026-11-02 00:00 China time (a Monday)


def drive(tracker: GroupHealthTracker, counts: Callable[[int], int], hours: range,
          group: str = "g", speakers: int = 12) -> list[HealthSnapshot]:
    """``counts(h)`` messages spread over hour ``h`` (from MONDAY), then close the hour."""
    snaps = []
    for h in hours:
        start = MONDAY + h * HOUR_MS
        n = counts(h)
        for i in range(n):
            tracker.observe_message(group, f"u{i % speakers}", start + i * HOUR_MS // (n + 1))
        snaps += tracker.advance(start + HOUR_MS)
    return snaps


def flagged(snaps: list[HealthSnapshot]) -> list[HealthSnapshot]:
    return [s for s in snaps if s.state in ("dying", "dead") and s.changed]


def daytime(per_hour: int) -> Callable[[int], int]:
    """A group that talks 09-22 China time and sleeps at night."""
    return lambda h: per_hour if 9 <= h % 24 <= 22 else 0


def test_a_slot_seen_a_few_times_is_their_mean_then_an_ewma() -> None:
    tracker = GroupHealthTracker()
    counts = {9: 10, 9 + 24: 0, 9 + 48: 5}  # Monday, Tuesday, Wednesday 09:00
    drive(tracker, lambda h: counts.get(h, 0), range(9, 9 + 49))
    doc = tracker.export_group("g")
    slot = rhythm_slot(MONDAY + 9 * HOUR_MS)
    assert doc["baseline"][slot] == 5.0  # mean of 10, 0, 5 (the first day no longer dominates)
    assert doc["baseline_n"][slot] == 3
    later = GroupHealthTracker()
    drive(later, lambda h: 10, range(0, 24 * 5))  # five weekdays of 10 per hour
    drive(later, lambda h: 0, range(24 * 5, 24 * 5 + 24), )  # a silent Saturday
    doc = later.export_group("g")
    assert doc["baseline"][0] == 10.0 and doc["baseline_n"][0] == 5
    assert doc["baseline"][24] == 0.0  # the weekend slots learned on their own


def test_a_quiet_group_with_a_busy_first_evening_is_not_dying_the_next_evening() -> None:
    # Day one: 3 messages an hour 16-21 h (one lucky evening); day two: one message in those
    # six hours. Ratio 1/18 < 0.2, but one evening is a rough guess of a small group's rhythm.
    def counts(h: int) -> int:
        if h < 24:
            return 3 if 16 <= h <= 21 else (1 if 9 <= h <= 22 and h % 3 == 0 else 0)
        if 24 + 16 <= h <= 24 + 21:
            return 1 if h == 24 + 18 else 0
        return 1 if 9 <= h % 24 <= 22 and h % 3 == 0 else 0

    snaps = drive(GroupHealthTracker(), counts, range(0, 72))
    assert not flagged(snaps)


def test_the_same_shortfall_after_a_steady_week_is_dying() -> None:
    tracker = GroupHealthTracker()
    snaps = drive(tracker, daytime(8), range(0, 24 * 4))
    assert not flagged(snaps)
    snaps = drive(tracker, lambda h: 1 if h % 24 == 12 else 0, range(24 * 4, 24 * 4 + 24))
    assert flagged(snaps) and flagged(snaps)[0].state == "dying"


def test_a_bursty_group_learns_its_burstiness_and_a_lull_is_not_a_death() -> None:
    steady, bursty = GroupHealthTracker(), GroupHealthTracker()
    drive(steady, daytime(10), range(0, 24 * 4))
    drive(bursty, lambda h: (40 if h % 4 == 0 else 0) if 9 <= h % 24 <= 22 else 0,
          range(0, 24 * 4))
    assert bursty.export_group("g")["upside"] > 3 * steady.export_group("g")["upside"]


def test_a_work_group_is_not_dying_on_its_first_quiet_weekend() -> None:
    # Busy on weekdays, one tenth of it on Saturday and Sunday: the weekend slots have never
    # been seen, so the weekday rhythm is only a weak guess for them.
    def counts(h: int) -> int:
        weekend = (h // 24) % 7 >= 5
        return (1 if weekend and h % 2 == 0 else 0) if weekend else daytime(8)(h)

    snaps = drive(GroupHealthTracker(), lambda h: counts(h) if 9 <= h % 24 <= 22 else 0,
                  range(0, 24 * 7))
    assert not flagged(snaps)


def test_a_small_group_too_quiet_for_six_hours_of_evidence_is_dead_after_three_days() -> None:
    tracker = GroupHealthTracker()
    # about 0.6 messages an hour in the daytime: never 6 expected in any 6 hours
    drive(tracker, lambda h: 1 if 9 <= h % 24 <= 22 and h % 5 < 3 else 0, range(0, 24 * 5))
    snaps = drive(tracker, lambda h: 0, range(24 * 5, 24 * 9))
    assert all(s.expected_messages < 6 for s in snaps)
    assert [s.state for s in flagged(snaps)] == ["dead"]  # its mean has faded: still dead


def test_a_long_silence_is_dying_before_six_hours_alone_would_say_so() -> None:
    tracker = GroupHealthTracker()
    # 1-2 messages an hour in the daytime: six silent hours are never 3 sigma on their own
    drive(tracker, lambda h: 1 + h % 2 if 9 <= h % 24 <= 22 else 0, range(0, 24 * 4))
    snaps = drive(tracker, lambda h: 0, range(24 * 4, 24 * 5))  # a silent Friday
    states = flagged(snaps)
    assert [s.state for s in states] == ["dying"]  # before the 72 hours of "dead"
    assert all(s.expected_messages < 10 for s in snaps)


def test_a_dead_group_stays_dead_after_its_rhythm_has_learned_the_silence() -> None:
    tracker = GroupHealthTracker()
    drive(tracker, daytime(6), range(0, 24 * 3))
    snaps = drive(tracker, lambda h: 0, range(24 * 3, 24 * 17))  # two weeks of silence
    assert snaps[-1].state == "dead" and snaps[-1].expected_messages < 6
    first = snaps.index(flagged(snaps)[0])
    assert all(s.state in ("dying", "dead") for s in snaps[first:])
    back = drive(tracker, daytime(6), range(24 * 17, 24 * 18))  # and then it talks again
    assert back[-1].state == "active"


def test_no_revival_without_messages_even_when_nothing_is_expected_any_more() -> None:
    tracker = GroupHealthTracker()
    drive(tracker, daytime(6), range(0, 30))
    group = tracker._groups["g"]
    for current, proposal in (("dead", "dying"), ("dead", "active"), ("dying", "active")):
        group.state = current
        tracker._transition(group, proposal, 0.0)  # 0 messages: ratio 0 whatever was expected
        assert group.state == current
    group.state = "dying"
    tracker._transition(group, "active", 0.7)
    assert group.state == "active"


def test_a_flood_raises_the_rhythm_by_a_capped_step() -> None:
    tracker = GroupHealthTracker()
    drive(tracker, daytime(10), range(0, 24 * 3))
    drive(tracker, lambda h: 400 if h % 24 == 14 else daytime(10)(h), range(24 * 3, 24 * 4))
    slot = rhythm_slot(MONDAY + 14 * HOUR_MS)
    assert tracker.export_group("g")["baseline"][slot] < 20  # not (3 x 10 + 400) / 4
    snaps = drive(tracker, daytime(10), range(24 * 4, 24 * 6))
    assert not flagged(snaps)


def test_a_state_saved_before_the_evidence_fields_still_loads() -> None:
    tracker = GroupHealthTracker()
    drive(tracker, daytime(8), range(0, 30))
    doc = tracker.export_group("g")
    for key in ("baseline_n", "upside", "silent_expected"):
        del doc[key]
    restored = GroupHealthTracker()
    restored.import_group("g", doc)
    again = restored.export_group("g")
    assert len(again["baseline_n"]) == SLOTS
    assert again["baseline_n"][9] == 9 and again["baseline_n"][3] in (0, 9)
    assert drive(restored, daytime(8), range(30, 60))[-1].state == "active"


def test_a_flood_on_the_first_night_does_not_make_the_next_night_a_death() -> None:
    # A flood at 01:00 on the first day (the slot's first observation): without a cap the
    # slot would expect ~60 messages every night, and the next quiet night looks like a death.
    tracker = GroupHealthTracker()
    snaps = drive(tracker, lambda h: 60 if h == 24 + 1 else daytime(6)(h), range(8, 24 * 4))
    slot = rhythm_slot(MONDAY + HOUR_MS)
    assert tracker.export_group("g")["baseline"][slot] < 15
    assert not flagged(snaps)


def test_health_rules_override_defaults_and_bad_ones_are_named() -> None:
    import pytest

    from streams.detect.health import health_rule_overrides, tracker_with_rules
    from streams.settings import Settings

    tracker = tracker_with_rules('{"dying_below": 0.15, "dead_hours": 48}')
    assert (tracker.dying_below, tracker.dead_hours) == (0.15, 48)
    assert tracker_with_rules("").dying_below == 0.2
    for bad, says in (('{"dying_bellow": 0.1}', "unknown rule 'dying_bellow'"),
                      ('{"dead_hours": 1.5}', "whole number"),
                      ('{"dying_z": 0}', "positive number"),
                      ("[0.2]", "JSON object"), ("dying_below=0.1", "not JSON")):
        with pytest.raises(ValueError, match=says):
            health_rule_overrides(bad)
    with pytest.raises(ValueError, match="unknown rule"):
        Settings(health_rules='{"dying_bellow": 0.1}')
