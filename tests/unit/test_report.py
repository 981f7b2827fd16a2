"""The daily report: day bounds, deltas, which groups need action, escaping, the HTML shape,
and the queries themselves on chDB over hand-made rows."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from htmlcheck import read_report

from streams.errors import UserError
from streams.report import (
    SECTION_LIMIT,
    AlertItem,
    DayTotals,
    GroupDay,
    GroupRow,
    NoDataError,
    Report,
    day_bounds,
    fetch,
    needs_action,
    parse_day,
    table_groups,
)
from streams.report_html import SECTION_IDS, delta, esc, line_chart, render, sparkline

EVIL = '<script>alert("x")</script>&"\'<img src=x onerror=alert(1)>'
HEADINGS = ["概览 Overview", "需要处理的群 Groups needing action", "图表 Charts",
            "各群明细 Per-group table", "说明 Definitions"]


def _ms(text: str) -> int:
    return int(datetime.fromisoformat(text).timestamp() * 1000)


def _report(groups: list[GroupRow], alerts: list[AlertItem] | None = None,
            today: DayTotals | None = None, yesterday: DayTotals | None = None,
            top: int = 30) -> Report:
    days = day_bounds(date(2026, 11, 3))
    if today is None:
        today = DayTotals(messages=sum(g.today.messages for g in groups),
                          active_groups=sum(1 for g in groups if g.today.messages),
                          hourly=[1] * 24)
    return Report(days, today, yesterday or DayTotals(), {g.group_id: g for g in groups},
                  alerts or [], top=top)


def _group(gid: str, today: int = 10, yesterday: int = 10, **kw: object) -> GroupRow:
    row = GroupRow(gid, name=str(kw.pop("name", "")), today=GroupDay(messages=today),
                   yesterday=GroupDay(messages=yesterday), hourly=[1] * 48)
    for key, value in kw.items():
        setattr(row.today, key, value)
    return row


# --- days and input ---------------------------------------------------------------------------


def test_a_beijing_day_starts_at_16_utc_the_day_before() -> None:
    days = day_bounds(date(2026, 11, 3))
    assert days.start == datetime(2026, 11, 2, 16, tzinfo=UTC)
    assert days.end == datetime(2026, 11, 3, 16, tzinfo=UTC)
    assert days.prev_start == datetime(2026, 11, 1, 16, tzinfo=UTC)
    assert (days.hours_prev, days.hours) == (24, 24)


def test_utc_and_a_day_with_summer_time() -> None:
    assert day_bounds(date(2026, 11, 3), "UTC").start == datetime(2026, 11, 3, tzinfo=UTC)
    spring = day_bounds(date(2026, 3, 8), "America/New_York")  # clocks go forward: 23 h
    assert (spring.hours_prev, spring.hours) == (24, 23)


@pytest.mark.parametrize("text", ["2026/11/03", "03-11-2026", "2026-11-3", "2026-13-01",
                                  "2026-02-30", "yesterday", ""])
def test_bad_dates_are_one_line_user_errors(text: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_day(text)
    message = str(caught.value)
    assert "\n" not in message and message.startswith("--date") and "not a date" in message


def test_bad_time_zone() -> None:
    with pytest.raises(UserError, match="time zone"):
        day_bounds(date(2026, 11, 3), "Mars/Olympus")


# --- deltas -------------------------------------------------------------------------------------


def test_deltas() -> None:
    assert delta(110, 100) == ("+10 (+10.0%)", "good")
    assert delta(90, 100) == ("\u221210 (\u221210.0%)", "bad")
    assert delta(90, 100, better="down") == ("\u221210 (\u221210.0%)", "good")
    assert delta(5, 0) == ("+5 (new)", "good")
    assert delta(7, 7) == ("±0", "flat")
    assert delta(7, None) == ("—", "flat")
    assert delta(0.25, 0.20, "share", "down") == ("+5.0 pp", "bad")
    assert delta(0.1, 0.3, "score", None) == ("\u22120.20", "flat")
    assert delta(1234, 1000)[0] == "+234 (+23.4%)"


def test_kpi_deltas_in_the_html() -> None:
    today = DayTotals(messages=1200, active_groups=3, speakers=40, ad_messages=300,
                      alerts={"risk": 2}, states={"active": 3}, hourly=[50] * 24)
    yesterday = DayTotals(messages=1000, active_groups=4, speakers=40, ad_messages=100,
                          alerts={"risk": 4}, states={"active": 4}, hourly=[40] * 24)
    page = render(_report([_group("g1", 1200, 1000)], today=today, yesterday=yesterday))
    parsed = read_report(page)
    assert parsed.kpis["messages"] == "1200" and parsed.kpis["alerts.risk"] == "2"
    assert float(parsed.kpis["ad_share"]) == pytest.approx(0.25)
    assert "+200 (+20.0%)" in page  # messages
    assert "\u22121 (\u221225.0%)" in page  # active groups
    assert "+15.0 pp" in page  # ad share 10 % -> 25 %
    assert "前一天没有数据" not in page


# --- groups needing action ------------------------------------------------------------------------


def test_needs_action_lists_and_flags() -> None:
    groups = [
        _group("dead1", 0, 30, state="dead", score=5.0),
        _group("drop1", 10, 100),
        _group("small", 1, 15),  # below the minimum the day before: noise
        _group("ads1", 40, 40, ad_messages=20),
        _group("ads_small", 5, 5, ad_messages=5),  # too few messages to judge
        _group("storm1", 30, 30, storm_hours=2),
        _group("fine", 100, 100),
    ]
    alerts = [
        AlertItem("blacklist", "k1", _ms("2026-11-03T02:00+00:00"), "critical", "黑名单", "fine",
                  [], "u1", 1),
        AlertItem("blacklist", "k2", _ms("2026-11-03T03:00+00:00"), "critical", "黑名单", "fine",
                  [], "u1", 1),
        AlertItem("spam_campaign", "c1", _ms("2026-11-03T04:00+00:00"), "critical", "跨群广告",
                  "ads1", ["ads1", "fine", "other"], "", 3),
    ]
    report = _report(groups, alerts)
    lists = {a.key: a for a in needs_action(report)}
    assert [g.group_id for g in lists["dying"].rows] == ["dead1"]
    assert [g.group_id for g in lists["drop"].rows] == ["dead1", "drop1"]
    assert [g.group_id for g in lists["ads"].rows] == ["ads1"]
    assert [g.group_id for g in lists["storm"].rows] == ["storm1"]
    # one row per group and user, however many hourly alerts
    assert [(a.user_id, a.repeats) for a in lists["blacklist"].rows] == [("u1", 2)]
    assert [a.group_ids for a in lists["campaign"].rows] == [["ads1", "fine", "other"]]
    assert report.groups["fine"].flags == ["blacklist", "campaign"]
    assert report.groups["small"].flags == []
    needs_action(report)  # idempotent: rendering calls it again
    assert report.groups["dead1"].flags == ["dying", "drop"]


def test_table_is_top_n_plus_flagged_groups() -> None:
    groups = [_group(f"g{i:02d}", 100 - i, 100 - i) for i in range(10)]
    groups.append(_group("gdead", 0, 0, state="dead"))
    report = _report(groups, top=3)
    needs_action(report)
    assert [g.group_id for g in table_groups(report)] == ["g00", "g01", "g02", "gdead"]


def test_long_lists_are_cut_and_counted() -> None:
    groups = [_group(f"d{i:03d}", 0, 0, state="dying") for i in range(SECTION_LIMIT + 5)]
    report = _report(groups)
    dying = needs_action(report)[0]
    assert len(dying.rows) == SECTION_LIMIT and dying.more == 5
    assert "and 5 more" in render(report)


# --- HTML -----------------------------------------------------------------------------------------


def test_chat_text_is_escaped_everywhere() -> None:
    groups = [_group("g1", 50, 100, name=EVIL, state="dying", ad_messages=40, storm_hours=1)]
    alerts = [AlertItem("blacklist", "k", _ms("2026-11-03T02:00+00:00"), "critical", EVIL,
                        "g1", [], EVIL, 1),
              AlertItem("spam_campaign", "c", _ms("2026-11-03T02:00+00:00"), "critical", EVIL,
                        "g1", ["g1", EVIL], "", 1),
              AlertItem("negative_sentiment", "n", _ms("2026-11-03T02:00+00:00"), "warning",
                        EVIL, "g1", [], "", 1)]
    page = render(_report(groups, alerts))
    parsed = read_report(page)
    assert "<script" not in page and "<img" not in page
    assert parsed.scripts == 0 and parsed.external == []
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert parsed.problems == []
    assert sum(EVIL in t for t in parsed.text) >= 5  # shown as text, in every list


def test_escaping_in_svg_titles() -> None:
    svg = sparkline([1, 2, 3, 4], 2, EVIL)
    assert "<script" not in svg and "&lt;script&gt;" in svg
    chart = line_chart([(EVIL, "#000", [1, 2], False)], ["a", EVIL], EVIL)
    assert "<script" not in chart


def test_empty_sections_say_none() -> None:
    report = _report([_group("g1", 5, 0)])
    page = render(report)
    parsed = read_report(page)
    assert parsed.problems == [] and parsed.external == []
    assert page.count("无 None") >= 6  # every "needs action" list, plus empty bar charts
    assert "前一天没有数据" in page  # no day before: no deltas
    assert parsed.kpis["messages"] == "5"
    for heading in HEADINGS:
        assert heading in parsed.headings
    for section in SECTION_IDS:
        assert f'<section id="{section}">' in page


def test_no_groups_at_all_still_renders() -> None:
    today = DayTotals(joins=3)
    page = render(_report([], today=today))
    parsed = read_report(page)
    assert parsed.problems == [] and parsed.kpis["joins"] == "3"


def test_esc() -> None:
    assert esc('a<b>&"\'') == "a&lt;b&gt;&amp;&quot;&#x27;"


# --- queries on chDB --------------------------------------------------------------------------


def _insert(client: object, db: str, table: str, columns: list[str], rows: list[list[object]]
            ) -> None:
    client.insert(f"{db}.{table}", rows, column_names=columns)  # type: ignore[attr-defined]


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def test_fetch_on_chdb(clickhouse: tuple[object, str]) -> None:
    from sinks.clickhouse import migrate

    client, db = clickhouse
    migrate(client, db)  # type: ignore[arg-type]
    msg = ["event_id", "ts", "group_id", "user_id", "categories", "sentiment", "verdict"]
    _insert(client, db, "messages", msg, [
        # the day before (Beijing 2026-11-02)
        ["y1", _at("2026-11-02T09:00+08:00"), "g1", "u1", [], 0.5, "pass"],
        ["y2", _at("2026-11-02T09:30+08:00"), "g1", "u2", ["ad"], 0.0, "reject"],
        # the day (Beijing 2026-11-03): 00:30 Beijing is still 2 November in UTC
        ["t1", _at("2026-11-03T00:30+08:00"), "g1", "u1", [], -0.5, "pass"],
        ["t2", _at("2026-11-03T12:10+08:00"), "g1", "u1", ["ad"], 0.0, "reject"],
        ["t3", _at("2026-11-03T12:20+08:00"), "g2", "u1", ["fraud"], -0.2, "reject"],
        ["t4", _at("2026-11-03T23:59+08:00"), "g2", "u3", [], 0.2, "pass"],
        # the day after: not counted
        ["n1", _at("2026-11-04T00:00+08:00"), "g2", "u3", [], 0.2, "pass"],
    ])
    _insert(client, db, "membership_events", ["event_id", "ts", "group_id", "user_id", "action"], [
        ["j1", _at("2026-11-03T10:00+08:00"), "g2", "u3", "join"],
        ["l1", _at("2026-11-03T11:00+08:00"), "g1", "u2", "leave"],
    ])
    _insert(client, db, "group_snapshots", ["event_id", "ts", "group_id", "group_name",
                                            "member_count"], [
        ["s1", _at("2026-10-30T10:00+08:00"), "g1", EVIL, 20],
    ])
    health = ["snapshot_id", "ts", "group_id", "state", "health_score", "members",
              "complaint_storm"]
    _insert(client, db, "group_health", health, [
        ["h1", _at("2026-11-02T20:00+08:00"), "g1", "active", 80.0, 20, False],
        ["h2", _at("2026-11-03T20:00+08:00"), "g1", "cooling", 50.0, 19, True],
        ["h3", _at("2026-11-03T23:00+08:00"), "g1", "dying", 30.0, 19, False],
    ])
    alerts = ["alert_id", "ts", "kind", "severity", "group_id", "group_ids", "user_id", "title",
              "dedup_key"]
    _insert(client, db, "alerts", alerts, [
        ["a1", _at("2026-11-03T12:20+08:00"), "risk", "critical", "g2", [], "u1", "诈骗", "r1"],
        ["a2", _at("2026-11-03T12:30+08:00"), "spam_campaign", "critical", "g1", ["g1", "g2"],
         "", "广告", "c1"],
        ["a3", _at("2026-11-03T12:40+08:00"), "spam_campaign", "critical", "g1",
         ["g1", "g2", "g3"], "", "广告", "c1"],  # a repeat: same dedup key
    ])
    lines: list[str] = []
    report = fetch(client, db, day_bounds(date(2026, 11, 3)), log=lines.append)  # type: ignore[arg-type]
    t, y = report.today, report.yesterday
    assert (t.messages, t.active_groups, t.speakers) == (4, 2, 2)
    assert (y.messages, y.active_groups, y.speakers) == (2, 1, 2)
    assert (t.joins, t.leaves, t.ad_messages, t.risk_messages) == (1, 1, 1, 1)
    assert t.negative_messages == 2 and t.sentiment_sum == pytest.approx(-0.5)
    assert t.alerts == {"risk": 1, "spam_campaign": 1}
    assert t.states == {"dying": 1} and y.states == {"active": 1} and t.storm_groups == 1
    assert t.categories == {"ad": 1, "fraud": 1} and y.categories == {"ad": 1}
    assert sum(t.hourly) == 4 and t.hourly[0] == 1 and t.hourly[12] == 2 and t.hourly[23] == 1
    g1 = report.groups["g1"]
    assert g1.name == EVIL and g1.today.state == "dying" and g1.today.members == 19
    assert (g1.today.messages, g1.yesterday.messages, g1.today.alerts) == (2, 2, 1)
    assert report.groups["g3"].today.alerts == 1
    assert sum(g1.hourly) == 4 and len(g1.hourly) == 48
    (campaign,) = [a for a in report.alerts if a.kind == "spam_campaign"]
    assert campaign.group_ids == ["g1", "g2", "g3"] and campaign.repeats == 2
    assert lines and all(line.startswith("report: ") for line in lines)
    assert read_report(render(report)).problems == []

    with pytest.raises(NoDataError, match="messages span 2026-11-02 to 2026-11-04"):
        fetch(client, db, day_bounds(date(2026, 12, 1)))  # type: ignore[arg-type]
