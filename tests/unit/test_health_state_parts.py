"""A group's saved state comes in two parts (closed hours kept encoded between hour closes):
whatever changed since the last save, the parts must put back exactly the whole state."""

from __future__ import annotations

import zlib

import orjson

from streams.analysis import HealthMonitor, _pack, _unpack
from streams.detect.health import HOUR_MS, GroupHealthTracker, join_parts
from streams.events import parse_event

START = 1_767_225_600_000  # 2026-01-01 00:00 UTC


def _encode(doc: dict) -> bytes:
    return orjson.dumps(doc)


def _saved(tracker: GroupHealthTracker, group_id: str) -> dict:
    settled, moving = tracker.export_parts(group_id, _encode)
    return join_parts(orjson.loads(settled), orjson.loads(orjson.dumps(moving)))


def _busy(tracker: GroupHealthTracker, hours: int) -> None:
    for hour in range(hours):
        for n in range(5 + hour % 7):
            tracker.observe_message("g", f"u{n}", START + hour * HOUR_MS + n * 60_000,
                                    sentiment=-0.5 if n == 2 else 0.2, text=f"text {n}")
        tracker.advance(START + hour * HOUR_MS + 10 * 60_000)


def test_the_parts_put_back_the_whole_state_after_every_kind_of_change() -> None:
    tracker = GroupHealthTracker()
    _busy(tracker, 30)
    assert _saved(tracker, "g") == tracker.export_group("g")
    cached, _ = tracker.export_parts("g", _encode)

    # an event in the open hour: the closed part is not encoded again
    tracker.observe_message("g", "late", START + 29 * HOUR_MS + 30 * 60_000)
    assert tracker.export_parts("g", _encode)[0] is cached
    assert _saved(tracker, "g") == tracker.export_group("g")

    # a late event in an hour already closed changes that hour: encoded again
    tracker.observe_message("g", "later", START + 28 * HOUR_MS + 59 * 60_000)
    assert tracker.export_parts("g", _encode)[0] is not cached
    assert _saved(tracker, "g") == tracker.export_group("g")

    # a late event for a closed hour that had no events: the hours stay in time order
    tracker.observe_membership("g", START + 20 * HOUR_MS + 5, joined=True)
    starts = [row[0] for row in tracker.export_group("g")["buckets"]]
    assert starts == sorted(starts)
    assert _saved(tracker, "g") == tracker.export_group("g")

    # an hour closes: the rhythm learns, the closed hours move on
    before = tracker.export_parts("g", _encode)[0]
    tracker.advance(START + 31 * HOUR_MS + 5 * 60_000)
    assert tracker.export_parts("g", _encode)[0] != before
    assert _saved(tracker, "g") == tracker.export_group("g")


def test_a_restored_group_judges_every_later_hour_as_the_original() -> None:
    original = GroupHealthTracker()
    _busy(original, 40)
    restored = GroupHealthTracker()
    restored.import_group("g", _saved(original, "g"))
    for tracker in (original, restored):
        for hour in range(40, 60):
            tracker.observe_message("g", "u1", START + hour * HOUR_MS + 60_000, sentiment=-0.3)
    assert original.advance(START + 61 * HOUR_MS) == restored.advance(START + 61 * HOUR_MS)


def test_the_monitor_restores_saved_states_and_states_saved_before_the_split() -> None:
    monitor = HealthMonitor()
    event = parse_event(orjson.dumps({
        "event_id": "e1", "type": "message", "ts": START, "group_id": "g", "user_id": "u",
        "msg_type": "text", "text": "你好"}))
    monitor.observe(event, 0, None, offset=7)
    [(_, key, value), _clock] = monitor.export_states()
    assert _unpack(value) == {"offset": 7, "state": monitor.tracker.export_group("g")}

    old_style = _pack({"offset": 7, "state": monitor.tracker.export_group("g")})
    assert zlib.decompress(old_style)  # one packed document, as saved by older workers
    for saved in (value, old_style):
        fresh = HealthMonitor()
        assert fresh.restore(0, [(key, saved)]) == 1
        assert fresh.tracker.export_group("g") == monitor.tracker.export_group("g")
        assert fresh.replayed(event, 0, 7)
