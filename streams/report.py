"""The daily report: yesterday's numbers, per group and across groups, for the morning review.

``grouppulse report --date D`` reads day D and the day before from ClickHouse (read-only, every
query bounded by the two days' time range) and writes one self-contained HTML file
(``streams.report_html``). Days are calendar days in ``--tz`` (Asia/Shanghai by default: the
operators' day, not UTC's, which would cut their evening golden hours in two).

The split: ``fetch`` does the I/O and fills plain dataclasses; everything after it (which groups
need action, the HTML) is pure and unit-tested without ClickHouse.
"""

from __future__ import annotations

import dataclasses
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from streams.detect.lexicon import CATEGORIES
from streams.errors import UserError

DEFAULT_TZ = "Asia/Shanghai"
HOUR_MS = 3_600_000
NEGATIVE_BELOW = -0.15  # the sentiment scorer's own "negative" label (streams/detect/health.py)
AD_SHARE_LIMIT = 0.2  # DOMAIN.md: ads should stay under about 20 % of messages
# Risk content: what on-call is paged for, without ads, floods and operators' custom terms.
RISK_CATEGORIES = tuple(sorted(CATEGORIES - {"ad", "flood", "custom"}))
STATES = ("new", "active", "cooling", "dying", "dead")
ALERT_KINDS = (
    "risk", "blacklist", "spam_campaign", "flood", "negative_sentiment", "dying_group",
    "group_revived",
)
# alert kinds listed one by one in "groups needing action"
DETAIL_KINDS = ("blacklist", "spam_campaign", "negative_sentiment", "dying_group")
DROP_MIN_MESSAGES = 20  # a drop from 3 messages to 1 is noise, not a trend
DROP_MAX_RATIO = 0.5  # "biggest drops" lists groups that lost at least half their messages
AD_MIN_MESSAGES = 10
SECTION_LIMIT = 20  # rows per "needs action" list; the rest is counted, not listed
DATE_FORMAT = re.compile(r"^\d{4}-\d{2}-\d{2}$")

Log = Callable[[str], None]


class NoDataError(Exception):
    """The day has no rows in any table: nothing to report (exit code 1, not a user mistake)."""


class QueryClient(Protocol):
    """The part of a clickhouse-connect client the report uses."""

    def query(self, query: str, parameters: Any = ..., settings: Any = ...) -> Any: ...


# ---------------------------------------------------------------------------------------------
# days


@dataclass(frozen=True)
class Days:
    """The report day and the day before, as UTC instants of local midnights."""

    day: date
    tz: str
    prev_start: datetime
    start: datetime
    end: datetime

    @property
    def ms(self) -> dict[str, int]:
        return {
            "lo": _ms(self.prev_start),
            "mid": _ms(self.start),
            "hi": _ms(self.end),
        }

    @property
    def hours_prev(self) -> int:
        """23, 24 or 25: a day in a zone with summer time is not always 24 hours."""
        return round((self.start - self.prev_start).total_seconds() / 3600)

    @property
    def hours(self) -> int:
        return round((self.end - self.start).total_seconds() / 3600)


def _ms(value: datetime) -> int:
    return int(value.timestamp() * 1000)


def parse_day(text: str) -> date:
    if not DATE_FORMAT.match(text):
        raise UserError(f"--date {text!r} is not a date: write YYYY-MM-DD, e.g. 2026-11-03")
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UserError(f"--date {text!r} is not a date: {exc}") from None


def parse_tz(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError(
            f"--tz {name!r} is not a time zone name, e.g. Asia/Shanghai or UTC"
        ) from None


def day_bounds(day: date, tz_name: str = DEFAULT_TZ) -> Days:
    """Local midnights of the day before, the day and the day after, in UTC."""
    tz = parse_tz(tz_name)

    def midnight(d: date) -> datetime:
        return datetime(d.year, d.month, d.day, tzinfo=tz).astimezone(UTC)

    one = timedelta(days=1)
    return Days(day, tz_name, midnight(day - one), midnight(day), midnight(day + one))


# ---------------------------------------------------------------------------------------------
# the figures


class MessageShares:
    """Shares over a day's messages, for one group or across groups (the same formulas)."""

    messages: int
    ad_messages: int
    negative_messages: int
    sentiment_sum: float

    @property
    def ad_share(self) -> float:
        return self.ad_messages / self.messages if self.messages else 0.0

    @property
    def negative_share(self) -> float:
        return self.negative_messages / self.messages if self.messages else 0.0

    @property
    def mean_sentiment(self) -> float:
        return self.sentiment_sum / self.messages if self.messages else 0.0


@dataclass
class GroupDay(MessageShares):
    """One group on one day."""

    messages: int = 0
    speakers: int = 0
    ad_messages: int = 0
    risk_messages: int = 0
    negative_messages: int = 0
    sentiment_sum: float = 0.0
    joins: int = 0
    leaves: int = 0
    state: str | None = None  # last health state of the day
    score: float | None = None  # last health score of the day
    members: int | None = None
    storm_hours: int = 0
    alerts: int = 0

    @property
    def activity_rate(self) -> float | None:
        return self.speakers / self.members if self.members else None


@dataclass
class DayTotals(MessageShares):
    """Across groups, one day."""

    messages: int = 0
    active_groups: int = 0
    speakers: int = 0
    joins: int = 0
    leaves: int = 0
    ad_messages: int = 0
    risk_messages: int = 0
    negative_messages: int = 0
    sentiment_sum: float = 0.0
    storm_groups: int = 0
    alerts: dict[str, int] = field(default_factory=dict)  # kind -> distinct dedup keys
    states: dict[str, int] = field(default_factory=dict)  # state -> groups
    categories: dict[str, int] = field(default_factory=dict)  # category -> messages
    hourly: list[int] = field(default_factory=list)  # messages per local hour

    @property
    def alerts_total(self) -> int:
        return sum(self.alerts.values())

    @property
    def empty(self) -> bool:
        return not (self.messages or self.joins or self.leaves or self.states
                    or self.alerts_total)


@dataclass
class GroupRow:
    group_id: str
    name: str = ""
    today: GroupDay = field(default_factory=GroupDay)
    yesterday: GroupDay = field(default_factory=GroupDay)
    hourly: list[int] = field(default_factory=list)  # both days, hour by hour (sparkline)
    flags: list[str] = field(default_factory=list)  # ids of the "needs action" lists it is in

    @property
    def label(self) -> str:
        return f"{self.name} ({self.group_id})" if self.name else self.group_id


@dataclass
class AlertItem:
    """One alert of the day: repeats of a dedup key folded into one item."""

    kind: str
    dedup_key: str
    first_ms: int
    severity: str
    title: str
    group_id: str
    group_ids: list[str]
    user_id: str
    repeats: int


@dataclass
class Report:
    days: Days
    today: DayTotals
    yesterday: DayTotals
    groups: dict[str, GroupRow]
    alerts: list[AlertItem]  # the day's alerts of DETAIL_KINDS
    alerts_truncated: bool = False
    top: int = 30
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))


# ---------------------------------------------------------------------------------------------
# groups needing action (pure)


@dataclass
class ActionList:
    """One list of groups (or alerts) needing action, already cut to SECTION_LIMIT."""

    key: str
    title: str
    why: str
    rows: list[Any]
    more: int = 0


def needs_action(report: Report) -> list[ActionList]:
    """The lists operators act on, in the order they are shown; flags the groups in them."""
    today = [g for g in report.groups.values()]
    by_kind: dict[str, list[AlertItem]] = {k: [] for k in DETAIL_KINDS}
    for item in report.alerts:
        by_kind.setdefault(item.kind, []).append(item)

    dying = sorted(
        (g for g in today if g.today.state in ("dying", "dead")),
        key=lambda g: (g.today.state != "dead", g.today.score or 0.0, g.group_id),
    )
    drops = sorted(
        (
            g for g in today
            if g.yesterday.messages >= DROP_MIN_MESSAGES
            and g.today.messages <= g.yesterday.messages * DROP_MAX_RATIO
        ),
        key=lambda g: (g.today.messages / g.yesterday.messages, -g.yesterday.messages,
                       g.group_id),
    )
    ads = sorted(
        (
            g for g in today
            if g.today.messages >= AD_MIN_MESSAGES and g.today.ad_share >= AD_SHARE_LIMIT
        ),
        key=lambda g: (-g.today.ad_share, -g.today.messages, g.group_id),
    )
    storm_ids = {i.group_id for i in by_kind["negative_sentiment"]}
    storms = sorted(
        (g for g in today if g.today.storm_hours or g.group_id in storm_ids),
        key=lambda g: (-g.today.storm_hours, -g.today.negative_share, g.group_id),
    )
    lists = [
        ActionList("dying", "濒死 / 死群 Dying or dead groups",
                   "health state at the end of the day is dying or dead", dying),
        ActionList("drop", "活跃度下降最多 Biggest drops in activity",
                   f"at least {DROP_MIN_MESSAGES} messages the day before and at most "
                   f"{DROP_MAX_RATIO:.0%} of them on the day", drops),
        ActionList("ads", "广告占比最高 Highest ad share",
                   f"at least {AD_MIN_MESSAGES} messages and an ad share of "
                   f"{AD_SHARE_LIMIT:.0%} or more", ads),
        ActionList("storm", "投诉风暴 Complaint storms",
                   "hours with a complaint storm (negative_sentiment alerts)", storms),
        ActionList("blacklist", "黑名单事件 Blacklist events",
                   "a blacklisted user joined or spoke (one row per group and user)",
                   fold_by_group_and_user(by_kind["blacklist"])),
        ActionList("campaign", "跨群广告 Spam campaigns",
                   "the same ad in 5 or more groups within 10 minutes", by_kind["spam_campaign"]),
    ]
    for action in lists:
        action.more = max(0, len(action.rows) - SECTION_LIMIT)
        action.rows = action.rows[:SECTION_LIMIT]
        for row in action.rows:
            ids = [row.group_id] if isinstance(row, GroupRow) else _alert_groups(row)
            for gid in ids:
                group = report.groups.get(gid)
                if group is not None and action.key not in group.flags:
                    group.flags.append(action.key)
    return lists


def fold_by_group_and_user(items: Sequence[AlertItem]) -> list[AlertItem]:
    """One row per (group, user): a blacklisted spammer raises one alert per hour he stays."""
    folded: dict[tuple[str, str], AlertItem] = {}
    for item in sorted(items, key=lambda i: i.first_ms):
        key = (item.group_id, item.user_id)
        if key in folded:
            folded[key].repeats += item.repeats
        else:
            folded[key] = dataclasses.replace(item, dedup_key=f"{key[0]}:{key[1]}")
    return list(folded.values())


def _alert_groups(item: AlertItem) -> list[str]:
    return item.group_ids or ([item.group_id] if item.group_id else [])


def table_groups(report: Report) -> list[GroupRow]:
    """Top ``report.top`` groups by messages on the day, then every flagged group."""
    ranked = sorted(
        report.groups.values(), key=lambda g: (-g.today.messages, -g.yesterday.messages,
                                               g.group_id)
    )
    top = ranked[: report.top]
    chosen = {g.group_id for g in top}
    return top + [g for g in ranked[report.top:] if g.flags and g.group_id not in chosen]


# ---------------------------------------------------------------------------------------------
# queries (I/O)


def _rows(client: QueryClient, sql: str, parameters: dict[str, Any]) -> list[Sequence[Any]]:
    result = client.query(sql, parameters=parameters, settings={"readonly": "1"})
    return list(result.result_rows)


RANGE = ("ts >= fromUnixTimestamp64Milli(%(lo)s) AND ts < fromUnixTimestamp64Milli(%(hi)s)")
TODAY = "ts >= fromUnixTimestamp64Milli(%(mid)s)"
DAY_ONLY = ("ts >= fromUnixTimestamp64Milli(%(mid)s) AND ts < fromUnixTimestamp64Milli(%(hi)s)")
# campaigns that now continue as another (their last record names it in detail.merged_into):
# counted once, as the campaign they joined
MERGED_KEYS = "uniqExactIf(dedup_key, JSONExtractString(detail, 'merged_into') != '')"
HOUR = "intDiv(toUnixTimestamp64Milli(ts) - %(lo)s, 3600000)"


def fetch(client: QueryClient, database: str, days: Days, top: int = 30,
          log: Log | None = None) -> Report:
    """Every figure of the report, in a handful of GROUP BY queries over the two days."""
    db = database  # a validated identifier (settings)
    params: dict[str, Any] = {**days.ms, "risk": list(RISK_CATEGORIES)}
    say = log or (lambda _line: None)
    totals = {False: DayTotals(), True: DayTotals()}
    groups: dict[str, GroupRow] = {}

    def group(gid: str) -> GroupRow:
        return groups.setdefault(gid, GroupRow(gid))

    def day_of(row: GroupRow, today: Any) -> GroupDay:
        return row.today if today else row.yesterday

    def step(what: str, sql: str, extra: dict[str, Any] | None = None) -> list[Sequence[Any]]:
        started = time.monotonic()
        rows = _rows(client, sql, {**params, **(extra or {})})
        say(f"report: {what}: {len(rows)} rows, {time.monotonic() - started:.1f} s")
        return rows

    for gid, today, n, speakers, ads, risk, negative, sentiment in step(
        "messages per group",
        f"SELECT group_id, {TODAY} AS today, count(), uniqExact(user_id), "  # noqa: S608
        "countIf(has(categories, 'ad')), countIf(hasAny(categories, %(risk)s)), "
        f"countIf(sentiment <= {NEGATIVE_BELOW}), sum(toFloat64(sentiment)) "
        f"FROM {db}.messages WHERE {RANGE} GROUP BY group_id, today",
    ):
        d = day_of(group(gid), today)
        d.messages, d.speakers, d.ad_messages = int(n), int(speakers), int(ads)
        d.risk_messages, d.negative_messages, d.sentiment_sum = int(risk), int(negative), sentiment
        t = totals[bool(today)]
        t.messages += int(n)
        t.active_groups += 1
        t.ad_messages += int(ads)
        t.risk_messages += int(risk)
        t.negative_messages += int(negative)
        t.sentiment_sum += float(sentiment)

    hours = days.hours_prev + days.hours
    hourly = [0] * hours
    for today, speakers in step(
        "speakers across groups",
        f"SELECT {TODAY} AS today, uniqExact(user_id) FROM {db}.messages "  # noqa: S608
        f"WHERE {RANGE} GROUP BY today",
    ):
        totals[bool(today)].speakers = int(speakers)
    for hour, n in step(
        "messages per hour",
        f"SELECT {HOUR} AS hour, count() FROM {db}.messages WHERE {RANGE} "  # noqa: S608
        "GROUP BY hour",
    ):
        if 0 <= int(hour) < hours:
            hourly[int(hour)] = int(n)
    totals[False].hourly = hourly[: days.hours_prev]
    totals[True].hourly = hourly[days.hours_prev:]
    for today, category, n in step(
        "moderation categories",
        f"SELECT {TODAY} AS today, arrayJoin(categories) AS category, count() "  # noqa: S608
        f"FROM {db}.messages WHERE {RANGE} AND notEmpty(categories) GROUP BY today, category",
    ):
        totals[bool(today)].categories[str(category)] = int(n)

    for gid, today, joins, leaves in step(
        "joins and leaves",
        f"SELECT group_id, {TODAY} AS today, countIf(action = 'join'), "  # noqa: S608
        f"countIf(action = 'leave') FROM {db}.membership_events WHERE {RANGE} "
        "GROUP BY group_id, today",
    ):
        d = day_of(group(gid), today)
        d.joins, d.leaves = int(joins), int(leaves)
        totals[bool(today)].joins += int(joins)
        totals[bool(today)].leaves += int(leaves)

    for gid, today, state, score, members, storms in step(
        "group health",
        f"SELECT group_id, {TODAY} AS today, argMax(state, ts), argMax(health_score, ts), "  # noqa: S608
        f"argMax(members, ts), countIf(complaint_storm) FROM {db}.group_health "
        f"WHERE {RANGE} GROUP BY group_id, today",
    ):
        d = day_of(group(gid), today)
        d.state, d.score, d.members, d.storm_hours = str(state), float(score), int(members), int(
            storms)
        t = totals[bool(today)]
        t.states[d.state] = t.states.get(d.state, 0) + 1
        t.storm_groups += 1 if storms else 0

    for today, kind, n in step(
        "alerts by kind",
        f"SELECT {TODAY} AS today, kind, uniqExact(dedup_key) - {MERGED_KEYS} "  # noqa: S608
        f"FROM {db}.alerts WHERE {RANGE} GROUP BY today, kind",
    ):
        totals[bool(today)].alerts[str(kind)] = int(n)
    for gid, today, n in step(
        "alerts per group",
        f"SELECT arrayJoin(if(empty(group_ids), [toString(group_id)], group_ids)) AS g, "  # noqa: S608
        f"{TODAY} AS today, uniqExact(dedup_key) - {MERGED_KEYS} FROM {db}.alerts "
        f"WHERE {RANGE} GROUP BY g, today",
    ):
        if gid:
            day_of(group(str(gid)), today).alerts = int(n)
    limit = 2000
    alert_rows = step(
        "alerts to act on",
        "SELECT kind, dedup_key, toUnixTimestamp64Milli(min(ts)) AS first, "  # noqa: S608
        "argMax(severity, ts), argMax(title, ts), argMax(group_id, ts), "
        "groupUniqArrayArray(group_ids), argMax(user_id, ts), count() "
        f"FROM {db}.alerts WHERE {DAY_ONLY} AND kind IN %(kinds)s "
        f"GROUP BY kind, dedup_key HAVING {MERGED_KEYS} = 0 "
        "ORDER BY first, dedup_key LIMIT %(limit)s",
        {"kinds": list(DETAIL_KINDS), "limit": limit + 1},
    )
    alerts = [
        AlertItem(str(kind), str(key), int(first), str(sev), str(title), str(gid),
                  sorted(str(g) for g in gids), str(user), int(n))
        for kind, key, first, sev, title, gid, gids, user, n in alert_rows[:limit]
    ]

    report = Report(days, totals[True], totals[False], groups, alerts,
                    alerts_truncated=len(alert_rows) > limit, top=top)
    if report.today.empty:
        raise NoDataError(_no_data_message(client, db, days))
    shown = table_groups_after_flags(report)
    ids = sorted(g.group_id for g in shown)
    if ids:
        for gid, name in step(
            "group names",
            f"SELECT group_id, argMax(group_name, ts) FROM {db}.group_snapshots "  # noqa: S608
            "WHERE group_id IN %(ids)s AND ts < fromUnixTimestamp64Milli(%(hi)s) "
            "GROUP BY group_id",
            {"ids": ids},
        ):
            groups[str(gid)].name = str(name)
        for row in shown:
            row.hourly = [0] * hours
        for gid, hour, n in step(
            "hourly messages of the groups shown",
            f"SELECT group_id, {HOUR} AS hour, count() FROM {db}.messages "  # noqa: S608
            f"WHERE group_id IN %(ids)s AND {RANGE} GROUP BY group_id, hour",
            {"ids": ids},
        ):
            if 0 <= int(hour) < hours:
                groups[str(gid)].hourly[int(hour)] = int(n)
    return report


def table_groups_after_flags(report: Report) -> list[GroupRow]:
    """The groups the report names: flags first (``needs_action``), then the table's choice."""
    lists = needs_action(report)
    named = {g.group_id for g in table_groups(report)}
    for action in lists:
        for row in action.rows:
            named.update([row.group_id] if isinstance(row, GroupRow) else _alert_groups(row))
    return [report.groups[g] for g in sorted(named) if g in report.groups]


def _no_data_message(client: QueryClient, db: str, days: Days) -> str:
    """One line: which day was empty, and which days do have messages (cheap: part metadata)."""
    where = (f"no data for {days.day.isoformat()} ({days.tz}: "
             f"{days.start:%Y-%m-%d %H:%M} to {days.end:%Y-%m-%d %H:%M} UTC)")
    rows = _rows(
        client,
        f"SELECT count(), toUnixTimestamp64Milli(min(ts)), toUnixTimestamp64Milli(max(ts)) "  # noqa: S608
        f"FROM {db}.messages",
        {},
    )
    if not rows or not rows[0][0]:
        return f"{where}; there are no messages at all in {db}.messages"
    tz = parse_tz(days.tz)
    first, last = (datetime.fromtimestamp(int(v) / 1000, UTC).astimezone(tz).date()
                   for v in rows[0][1:])
    return f"{where}; messages span {first.isoformat()} to {last.isoformat()} in {days.tz}"


# ---------------------------------------------------------------------------------------------
# the command


def run_report(settings: Any, day_text: str, tz_name: str, out: Path | None, top: int,
               log: Log) -> tuple[Path, Report]:
    """Query, render and write the report; return where it went and what it holds."""
    from sinks.clickhouse import check_identifier, connect
    from streams.report_html import render

    day = parse_day(day_text)
    days = day_bounds(day, tz_name)
    target = out or Path(f"grouppulse-report-{day.isoformat()}.html")
    if not target.parent.is_dir():
        raise UserError(f"--out {target}: folder {target.parent} does not exist")
    db = check_identifier(settings.clickhouse_database)
    log(f"report: {day.isoformat()} in {tz_name} vs the day before, from "
        f"{settings.dsn_for_display} (database {db})")
    client = connect(settings.dsn, settings.dsn_for_display)
    try:
        report = fetch(client, db, days, top=top, log=log)
    except NoDataError:
        raise
    except Exception as exc:
        raise UserError(f"report query failed: {' '.join(str(exc).split())[:500]}") from None
    finally:
        client.close()
    html = render(report)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(target)
    return target, report


def summary_line(report: Report) -> str:
    t = report.today
    return (f"{t.messages} messages in {t.active_groups} groups, {t.alerts_total} alerts, "
            f"{t.states.get('dying', 0) + t.states.get('dead', 0)} groups dying or dead")
