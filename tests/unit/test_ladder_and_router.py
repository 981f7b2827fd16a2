from streams.detect.ladder import DAY_MS, StrikeLadder
from streams.detect.router import PAGE, RATE_LIMITED, UPDATE, AlertRouter

MIN = 60_000


def test_warn_mute_kick_across_groups() -> None:
    ladder = StrikeLadder()
    actions = [ladder.strike("spammer", f"g{i}", i * DAY_MS, "ad", f"e{i}") for i in range(3)]
    assert [a.action for a in actions] == ["warn", "mute", "kick"]
    assert actions[2].blacklist and not actions[1].blacklist
    assert [a.group_id for a in actions] == ["g0", "g1", "g2"]  # strikes follow the user


def test_strikes_decay_after_thirty_days() -> None:
    ladder = StrikeLadder()
    ladder.strike("u", "g", 0, "ad", "e1")
    ladder.strike("u", "g", DAY_MS, "ad", "e2")
    later = ladder.strike("u", "g", 40 * DAY_MS, "ad", "e3")
    assert later is not None and later.action == "warn" and later.strikes == 1


def test_a_redelivered_event_is_not_a_second_strike() -> None:
    ladder = StrikeLadder()
    assert ladder.strike("u", "g", 0, "ad", "e1") is not None
    assert ladder.strike("u", "g", 0, "ad", "e1") is None
    assert ladder.strikes("u", 0) == 1
    ladder.evict(31 * DAY_MS)
    assert ladder.strikes("u", 31 * DAY_MS) == 0 and not ladder._seen


def test_repeats_within_the_window_update_instead_of_paging() -> None:
    router = AlertRouter()
    assert router.route("spam_campaign:c1", "g1", "critical", 0) == PAGE
    assert router.route("spam_campaign:c1", "g1", "critical", 5 * MIN) == UPDATE
    assert router.route("spam_campaign:c1", "g1", "critical", 20 * MIN) == UPDATE
    assert router.route("spam_campaign:c1", "g1", "critical", 60 * MIN) == PAGE  # quiet 40 min


def test_per_group_and_global_rate_limits() -> None:
    router = AlertRouter(group_limit=2, global_limit=3)
    assert [router.route(f"risk:{i}", "g1", "warning", i) for i in range(3)] == [PAGE, PAGE, RATE_LIMITED]
    assert router.route("blacklist:u9", "g1", "critical", 10) == PAGE  # critical skips the group limit
    assert router.route("risk:x", "g2", "warning", 11) == RATE_LIMITED  # global limit reached
    assert router.route("risk:y", "g2", "warning", 11 * MIN) == PAGE  # the window moved on
    router.evict(120 * MIN)
    assert not router._last_seen and not router._group_pages


def test_enforcement_turns_strike_records_into_action_rows() -> None:
    from streams.analysis import Enforcement

    enforcement = Enforcement()
    rows = [enforcement.on_strike({"event_id": f"e{i}", "ts_ms": i * MIN, "group_id": f"g{i}",
                                   "user_id": "spammer", "reason": "ad"}) for i in range(3)]
    assert [r[4] for r in rows if r] == ["warn", "mute", "kick"]
    assert rows[2] is not None and rows[2][6] is True  # blacklist
    assert enforcement.on_strike({"event_id": "e0", "ts_ms": 0, "group_id": "g0",
                                  "user_id": "spammer"}) is None  # redelivered


def test_blacklist_applies_additions_and_tombstones() -> None:
    from streams.blacklist import Blacklist, entry_value

    blacklist = Blacklist()
    blacklist.apply(b"u1", entry_value("u1", "spam", "manual"))
    blacklist.apply(b"u2", b"{not json")  # ignored, does not raise
    assert "u1" in blacklist and "u2" not in blacklist
    assert blacklist.get("u1")["reason"] == "spam"
    blacklist.apply(b"u1", None)
    assert len(blacklist) == 0


def test_a_merged_campaign_notice_is_recorded_not_paged() -> None:
    from streams.detect.router import merged_notice

    assert merged_notice({"detail": '{"merged_into": "user:u@1"}'})
    assert merged_notice({"detail": {"merged_into": "user:u@1"}})
    assert not merged_notice({"detail": '{"merged_into": ""}'})
    assert not merged_notice({"detail": "not json"})
    assert not merged_notice({})
