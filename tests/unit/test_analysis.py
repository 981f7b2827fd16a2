"""The analyser's alerts: what on-call sees with a risk or blacklist page."""

from __future__ import annotations

import orjson

from sinks.rows import ALERTS
from streams.analysis import RECENT_MESSAGES, Analyser
from streams.blacklist import Blacklist, entry_value
from streams.detect.lexicon import Lexicon
from streams.detect.moderation import Moderator
from streams.events import Event

LEXICON = Lexicon.load()
MIN = 60_000


def analyser(blacklist: Blacklist | None = None) -> Analyser:
    return Analyser(Moderator(LEXICON), lambda text: 0.0, "test", blacklist)


def message(i: int, text: str, *, user: str = "u1", group: str = "g1", ts: int = 0) -> Event:
    return Event(f"e{i}", "message", ts or 1_700_000_000_000 + i * MIN, group, user, "text", text)


def alerts_of(result: object) -> list[dict[str, object]]:
    rows = [row for table, row in getattr(result, "rows", []) if table is ALERTS]
    return [{"kind": row[2], "detail": orjson.loads(row[8])} for row in rows]


def test_a_risk_alert_carries_the_groups_preceding_messages_oldest_first() -> None:
    a = analyser()
    chat = ["大家晚上好", "今天活动几点开始", "八点", "好的收到", "有人一起吗", "我也去", "出发了"]
    for i, text in enumerate(chat):
        a.on_event(message(i, text, user=f"u{i % 3}"))
    a.on_event(message(50, "别的群里的话", group="g2"))
    result = a.on_event(message(99, "出售冰毒，量大从优", user="seller"))
    risk = [x for x in alerts_of(result) if x["kind"] == "risk"]
    assert len(risk) == 1
    recent = risk[0]["detail"]["recent_messages"]  # type: ignore[index]
    assert [m["text"] for m in recent] == chat[-RECENT_MESSAGES:]
    assert all(m["ts_ms"] < 1_700_000_000_000 + 99 * MIN for m in recent)


def test_a_blacklisted_member_speaking_pages_with_context() -> None:
    blacklist = Blacklist()
    blacklist.apply(b"bad", entry_value("bad", "广告团伙", "manual", since_ms=0))
    a = analyser(blacklist)
    a.on_event(message(1, "欢迎新朋友"))
    result = a.on_event(message(2, "大家好", user="bad"))
    listed = [x for x in alerts_of(result) if x["kind"] == "blacklist"]
    assert listed and listed[0]["detail"]["recent_messages"][0]["text"] == "欢迎新朋友"  # type: ignore[index]


def test_context_of_idle_groups_is_forgotten() -> None:
    a = analyser()
    a.on_event(message(1, "早", group="old"))
    for i in range(2, 52):  # two days later in another group (SILENT_GROUP_MS: 48 h)
        a.on_event(message(i, "在吗", group="busy", ts=1_700_000_000_000 + i * 3_600_000))
    assert a.recent_messages("old") == []
    assert len(a.recent_messages("busy")) == RECENT_MESSAGES


def test_every_copy_of_a_bucketed_alert_has_the_same_id_and_time() -> None:
    """The sink finds an earlier copy by id within the batch's time range: a copy with another
    time would be written twice (one blacklist alert per user, group and hour)."""
    blacklist = Blacklist()
    blacklist.apply(b"bad", entry_value("bad", "广告团伙", "manual", since_ms=0))
    a = analyser(blacklist)
    rows = []
    for i in range(3):
        result = a.on_event(message(i, f"第{i}条", user="bad", ts=1_700_000_000_000 + i * MIN))
        rows += [row for table, row in getattr(result, "rows", []) if table is ALERTS]
    assert len({(row[0], row[1]) for row in rows}) == 1


def test_messages_from_before_the_ban_do_not_page() -> None:
    blacklist = Blacklist()
    since = 1_700_000_000_000 + 5 * MIN
    blacklist.apply(b"bad", entry_value("bad", "广告团伙", "ladder", since_ms=since))
    a = analyser(blacklist)
    before = a.on_event(message(1, "早", user="bad", ts=since - MIN))
    after = a.on_event(message(2, "早", user="bad", ts=since + MIN))
    assert [x["kind"] for x in alerts_of(before)] == []
    assert [x["kind"] for x in alerts_of(after)] == ["blacklist"]
