"""HTML and SVG for the daily report: one file that opens anywhere, offline.

No JavaScript, no fonts, no images, no links to anything outside the file: the report is mailed
and archived, and must look the same in a year. Every text that came from a chat (group names,
alert titles, user ids) goes through ``esc``; nothing here builds markup from data unescaped.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Literal
from zoneinfo import ZoneInfo

from streams.report import (
    ALERT_KINDS,
    STATES,
    ActionList,
    AlertItem,
    GroupRow,
    Report,
    needs_action,
    table_groups,
)

Better = Literal["up", "down"] | None
Fmt = Literal["count", "share", "score"]

ALERT_NAMES = {
    "risk": "风险内容 risk", "blacklist": "黑名单 blacklist", "spam_campaign": "跨群广告 campaign",
    "flood": "刷屏 flood", "negative_sentiment": "投诉风暴 complaints",
    "dying_group": "群濒死 dying", "group_revived": "群复活 revived",
}
STATE_NAMES = {
    "new": "新群 new", "active": "活跃 active", "cooling": "降温 cooling", "dying": "濒死 dying",
    "dead": "死群 dead",
}
STATE_COLORS = {
    "new": "#4c8bf5", "active": "#2e9d5b", "cooling": "#e0a100", "dying": "#e06c00",
    "dead": "#c62828",
}
CATEGORY_NAMES = {
    "ad": "广告 ad", "flood": "刷屏 flood", "fraud": "诈骗 fraud", "gambling": "赌博 gambling",
    "drugs": "毒品 drugs", "porn": "色情 porn", "politics": "政治 politics",
    "violence": "暴力 violence", "abuse": "辱骂 abuse", "privacy": "隐私 privacy",
    "self_harm": "自伤 self-harm", "custom": "自定义 custom",
}
FLAG_NAMES = {
    "dying": "濒死", "drop": "下降", "ads": "广告", "storm": "投诉", "blacklist": "黑名单",
    "campaign": "跨群广告",
}
TODAY_COLOR, YESTERDAY_COLOR = "#1f5fbf", "#9aa3ad"

CSS = """
body{font-family:-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;
margin:24px auto;max-width:1200px;padding:0 16px;color:#1d2329;background:#fff}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;border-bottom:2px solid #e4e7eb;
padding-bottom:4px;margin-top:32px}h3{font-size:15px;margin:20px 0 6px}
.meta,.why,.note{color:#5b6570;font-size:13px}.why{margin:0 0 6px}
.kpis{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:10px}
.kpi{border:1px solid #e4e7eb;border-radius:6px;padding:8px 10px}
.kpi .label{font-size:12px;color:#5b6570}.kpi .value{font-size:22px;font-weight:600}
.delta{font-size:12px}.good{color:#2e7d32}.bad{color:#c62828}.flat{color:#5b6570}
table{border-collapse:collapse;font-size:13px;width:100%}
th,td{border-bottom:1px solid #eef0f2;padding:4px 6px;text-align:left;vertical-align:middle}
th{background:#f6f7f9;font-weight:600}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;border-radius:3px;padding:0 4px;margin:1px;font-size:11px;
background:#fdecea;color:#b71c1c}.state{font-weight:600}.empty{color:#5b6570}
.charts{display:flex;flex-wrap:wrap;gap:24px}.chart{flex:1 1 360px}
svg text{font-family:inherit}
"""


def esc(value: object) -> str:
    """Text into HTML/SVG, both as element content and inside quoted attributes."""
    return html.escape(str(value), quote=True)


# ---------------------------------------------------------------------------------------------
# numbers


def _signed(text: str) -> str:
    return text.replace("-", "\u2212")


def fmt_value(value: float | None, fmt: Fmt) -> str:
    if value is None:
        return "—"
    if fmt == "share":
        return f"{value:.1%}"
    if fmt == "score":
        return _signed(f"{value:.2f}")
    return f"{round(value):,}"


def delta(cur: float, prev: float | None, fmt: Fmt = "count",
          better: Better = "up") -> tuple[str, str]:
    """Change against the day before as (text, css class): good, bad or flat."""
    if prev is None:
        return "—", "flat"
    diff = cur - prev
    if fmt == "share":
        points = diff * 100
        if abs(points) < 0.05:
            return "±0.0 pp", "flat"
        text = f"{points:+.1f} pp"
    elif fmt == "score":
        if abs(diff) < 0.005:
            return "±0.00", "flat"
        text = f"{diff:+.2f}"
    else:
        if diff == 0:
            return "±0", "flat"
        rel = f"{diff / prev:+.1%}" if prev else "new"
        text = f"{int(diff):+,} ({rel})"
    direction = "up" if diff > 0 else "down"
    tone = "flat" if better is None else ("good" if direction == better else "bad")
    return _signed(text), tone


# ---------------------------------------------------------------------------------------------
# SVG


def _nice_max(value: float) -> float:
    """A round axis maximum at or above ``value`` (1, 2, 2.5, 5 × 10^n)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power:
            return float(step * power)
    return float(10 * power)


def line_chart(series: Sequence[tuple[str, str, Sequence[int], bool]], x_labels: Sequence[str],
               title: str, width: int = 560, height: int = 240) -> str:
    """Lines over shared x positions: ``series`` = (name, colour, values, dashed)."""
    left, right, top, bottom = 44, 12, 28, 28
    plot_w, plot_h = width - left - right, height - top - bottom
    points = max((len(v) for _n, _c, v, _d in series), default=0)
    top_value = _nice_max(max((max(v) for _n, _c, v, _d in series if v), default=0))
    parts = [f'<svg width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="{esc(title)}">',
             f"<title>{esc(title)}</title>"]

    def x(i: int) -> float:
        return left + (plot_w * i / (points - 1) if points > 1 else plot_w / 2)

    def y(v: float) -> float:
        return top + plot_h - plot_h * v / top_value

    for k in range(5):
        value = top_value * k / 4
        parts.append(f'<line x1="{left}" y1="{y(value):.1f}" x2="{width - right}" '
                     f'y2="{y(value):.1f}" stroke="#eef0f2"/>')
        parts.append(f'<text x="{left - 4}" y="{y(value) + 4:.1f}" font-size="10" '
                     f'text-anchor="end" fill="#5b6570">{value:,.0f}</text>')
    every = max(1, math.ceil(len(x_labels) / 12))
    for i, label in enumerate(x_labels):
        if i % every == 0:
            parts.append(f'<text x="{x(i):.1f}" y="{height - 10}" font-size="10" '
                         f'text-anchor="middle" fill="#5b6570">{esc(label)}</text>')
    legend_x = left
    for name, colour, values, dashed in series:
        dash = ' stroke-dasharray="4 3"' if dashed else ""
        coords = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(values))
        if coords:
            parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2"{dash} '
                         f'points="{coords}"/>')
        for i, v in enumerate(values):
            label = x_labels[i] if i < len(x_labels) else str(i)
            parts.append(f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="2" fill="{colour}">'
                         f"<title>{esc(name)} {esc(label)}: {v:,}</title></circle>")
        parts.append(f'<rect x="{legend_x}" y="8" width="12" height="3" fill="{colour}"/>'
                     f'<text x="{legend_x + 16}" y="13" font-size="11">{esc(name)}</text>')
        legend_x += 24 + 7 * len(name)
    parts.append("</svg>")
    return "".join(parts)


def bar_chart(rows: Sequence[tuple[str, Sequence[int]]], series: Sequence[tuple[str, str]],
              title: str, width: int = 420, colours: Sequence[str] | None = None) -> str:
    """Horizontal grouped bars: one row per label, one bar per series (today, yesterday)."""
    left, right, top = 120, 48, 24
    bar_h, gap = 10, 8
    row_h = bar_h * len(series) + gap
    height = top + max(1, len(rows)) * row_h + 8
    top_value = max((max(values) for _label, values in rows if values), default=0) or 1
    plot_w = width - left - right
    parts = [f'<svg width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="{esc(title)}">',
             f"<title>{esc(title)}</title>"]
    legend_x = left
    for name, colour in series:
        parts.append(f'<rect x="{legend_x}" y="6" width="10" height="10" fill="{colour}"/>'
                     f'<text x="{legend_x + 14}" y="15" font-size="11">{esc(name)}</text>')
        legend_x += 24 + 7 * len(name)
    if not rows:
        parts.append(f'<text x="{left}" y="{top + 14}" font-size="12" fill="#5b6570">'
                     "无 None</text>")
    for r, (label, values) in enumerate(rows):
        y0 = top + r * row_h
        parts.append(f'<text x="{left - 6}" y="{y0 + bar_h * len(series) / 2 + 4:.1f}" '
                     f'font-size="11" text-anchor="end">{esc(label)}</text>')
        for s, ((name, colour), value) in enumerate(zip(series, values, strict=False)):
            fill = colours[r] if colours and s == 0 else colour
            w = plot_w * value / top_value
            yb = y0 + s * bar_h
            parts.append(f'<rect x="{left}" y="{yb}" width="{w:.1f}" height="{bar_h - 1}" '
                         f'fill="{fill}"><title>{esc(label)} {esc(name)}: {value:,}</title>'
                         "</rect>")
            parts.append(f'<text x="{left + w + 4:.1f}" y="{yb + bar_h - 2}" font-size="10" '
                         f'fill="#5b6570">{value:,}</text>')
    parts.append("</svg>")
    return "".join(parts)


def sparkline(values: Sequence[int], split: int, title: str, width: int = 144,
              height: int = 26) -> str:
    """Hourly messages over both days: the day before in grey, the day in blue."""
    if not values:
        return ""
    top_value = max(values) or 1
    step = (width - 2) / max(1, len(values) - 1)

    def pts(lo: int, hi: int) -> str:
        scale = (height - 4) / top_value
        return " ".join(f"{1 + i * step:.1f},{height - 2 - scale * values[i]:.1f}"
                        for i in range(lo, hi))

    split = max(0, min(split, len(values)))
    parts = [f'<svg width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="{esc(title)}">'
             f"<title>{esc(title)}</title>"]
    if split > 0:
        parts.append(f'<polyline fill="none" stroke="{YESTERDAY_COLOR}" stroke-width="1.2" '
                     f'points="{pts(0, min(len(values), split + 1))}"/>')
        parts.append(f'<line x1="{1 + split * step:.1f}" y1="0" x2="{1 + split * step:.1f}" '
                     f'y2="{height}" stroke="#d5d9de" stroke-dasharray="2 2"/>')
    if split < len(values):
        parts.append(f'<polyline fill="none" stroke="{TODAY_COLOR}" stroke-width="1.5" '
                     f'points="{pts(split, len(values))}"/>')
    parts.append("</svg>")
    return "".join(parts)


# ---------------------------------------------------------------------------------------------
# sections


def _kpi(key: str, label: str, cur: float, prev: float | None, fmt: Fmt = "count",
         better: Better = "up") -> str:
    text, tone = delta(cur, prev, fmt, better)
    raw = f"{cur:.6f}" if fmt != "count" else str(int(cur))
    return (f'<div class="kpi" data-kpi="{esc(key)}" data-value="{raw}">'
            f'<div class="label">{esc(label)}</div>'
            f'<div class="value">{fmt_value(cur, fmt)}</div>'
            f'<div class="delta {tone}">{esc(text)}</div></div>')


def overview(report: Report) -> str:
    t, y = report.today, report.yesterday
    p = None if y.empty else y

    def prev(value: float) -> float | None:
        return None if p is None else value

    cards = [
        _kpi("messages", "消息 Messages", t.messages, prev(y.messages)),
        _kpi("active_groups", "活跃群 Active groups", t.active_groups, prev(y.active_groups)),
        _kpi("speakers", "发言人 Speakers", t.speakers, prev(y.speakers)),
        _kpi("joins", "入群 Joins", t.joins, prev(y.joins)),
        _kpi("leaves", "退群 Leaves", t.leaves, prev(y.leaves), better="down"),
        _kpi("ad_share", "广告占比 Ad share", t.ad_share, prev(y.ad_share), "share", "down"),
        _kpi("risk_messages", "风险消息 Risk hits", t.risk_messages, prev(y.risk_messages),
             better="down"),
        _kpi("alerts", "告警 Alerts", t.alerts_total, prev(y.alerts_total), better="down"),
    ]
    mood = [
        _kpi("mean_sentiment", "平均情绪 Mean sentiment", t.mean_sentiment,
             prev(y.mean_sentiment), "score", "up"),
        _kpi("negative_share", "负面占比 Negative share", t.negative_share,
             prev(y.negative_share), "share", "down"),
        _kpi("storm_groups", "投诉风暴群 Groups with complaint storms", t.storm_groups,
             prev(y.storm_groups), better="down"),
    ]
    kinds = [*ALERT_KINDS, *sorted((set(t.alerts) | set(y.alerts)) - set(ALERT_KINDS))]
    alerts = [
        _kpi(f"alerts.{kind}", ALERT_NAMES.get(kind, kind), t.alerts.get(kind, 0),
             prev(y.alerts.get(kind, 0)), better=None if kind == "group_revived" else "down")
        for kind in kinds
    ]
    states = [
        _kpi(f"state.{state}", STATE_NAMES.get(state, state), t.states.get(state, 0),
             prev(y.states.get(state, 0)),
             better="down" if state in ("cooling", "dying", "dead") else None)
        for state in [*STATES, *sorted(set(t.states) - set(STATES))]
    ]
    note = ("" if p is not None else
            '<p class="note">前一天没有数据，无法比较。No data for the day before: no deltas.</p>')
    return (
        '<section id="overview"><h2>概览 Overview</h2>' + note
        + '<div class="kpis">' + "".join(cards) + "</div>"
        + '<h3>情绪 Mood</h3><div class="kpis">' + "".join(mood) + "</div>"
        + '<h3>告警（按类型）Alerts by kind</h3><div class="kpis">' + "".join(alerts) + "</div>"
        + '<h3>健康状态（日终群数）Groups by health state</h3><div class="kpis">'
        + "".join(states) + "</div></section>"
    )


def _group_cell(row: GroupRow | None, gid: str) -> str:
    if row is None or not row.name:
        return f"<td>{esc(gid)}</td>"
    return f'<td>{esc(row.name)} <span class="meta">{esc(gid)}</span></td>'


def _state(value: str | None) -> str:
    if not value:
        return "—"
    colour = STATE_COLORS.get(value, "#5b6570")
    return f'<span class="state" style="color:{colour}">{esc(STATE_NAMES.get(value, value))}</span>'


def _local(ms: int, tz: str) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).astimezone(ZoneInfo(tz)).strftime("%H:%M")


def _table(head: Sequence[str], rows: Sequence[str], numeric: Sequence[int] = ()) -> str:
    cells = "".join(f'<th class="n">{esc(h)}</th>' if i in numeric else f"<th>{esc(h)}</th>"
                    for i, h in enumerate(head))
    return f"<table><thead><tr>{cells}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _action_rows(report: Report, action: ActionList) -> str:
    g = report.groups
    tz = report.days.tz
    rows: list[str] = []
    if action.key == "dying":
        for r in action.rows:
            rows.append(f"<tr>{_group_cell(r, r.group_id)}<td>{_state(r.yesterday.state)} → "
                        f"{_state(r.today.state)}</td><td class=\"n\">"
                        f"{fmt_value(r.today.score, 'count')}</td><td class=\"n\">"
                        f"{r.yesterday.messages:,} → {r.today.messages:,}</td>"
                        f"<td class=\"n\">{fmt_value(r.today.members, 'count')}</td></tr>")
        return _table(["群 Group", "状态 State", "健康分 Score", "消息 Messages", "成员 Members"],
                      rows, (2, 3, 4))
    if action.key == "drop":
        for r in action.rows:
            text, tone = delta(r.today.messages, r.yesterday.messages)
            rows.append(f"<tr>{_group_cell(r, r.group_id)}<td class=\"n\">"
                        f"{r.yesterday.messages:,} → {r.today.messages:,}</td>"
                        f'<td class="n {tone}">{esc(text)}</td><td class="n">'
                        f"{r.yesterday.speakers:,} → {r.today.speakers:,}</td>"
                        f"<td>{_state(r.today.state)}</td></tr>")
        return _table(["群 Group", "消息 Messages", "变化 Change", "发言人 Speakers",
                       "状态 State"], rows, (1, 2, 3))
    if action.key == "ads":
        for r in action.rows:
            rows.append(f"<tr>{_group_cell(r, r.group_id)}<td class=\"n bad\">"
                        f"{r.today.ad_share:.1%}</td><td class=\"n\">{r.today.ad_messages:,} / "
                        f"{r.today.messages:,}</td><td class=\"n\">{r.yesterday.ad_share:.1%}"
                        f"</td><td class=\"n\">{r.today.risk_messages:,}</td></tr>")
        return _table(["群 Group", "广告占比 Ad share", "广告/消息 Ads/messages",
                       "前一天 Day before", "风险 Risk"], rows, (1, 2, 3, 4))
    if action.key == "storm":
        titles = {a.group_id: a.title for a in report.alerts if a.kind == "negative_sentiment"}
        for r in action.rows:
            rows.append(f"<tr>{_group_cell(r, r.group_id)}<td class=\"n\">{r.today.storm_hours}"
                        f"</td><td class=\"n\">{r.today.negative_share:.1%}</td><td class=\"n\">"
                        f"{fmt_value(r.today.mean_sentiment, 'score')}</td>"
                        f"<td>{esc(titles.get(r.group_id, ''))}</td></tr>")
        return _table(["群 Group", "风暴小时 Storm hours", "负面占比 Negative share",
                       "平均情绪 Mean sentiment", "告警 Alert"], rows, (1, 2, 3))
    items: list[AlertItem] = action.rows
    if action.key == "blacklist":
        for a in items:
            where = _group_cell(g.get(a.group_id), a.group_id)
            rows.append(f"<tr><td>{_local(a.first_ms, tz)}</td>{where}"
                        f"<td>{esc(a.user_id)}</td><td>{esc(a.title)}</td>"
                        f'<td class="n">{a.repeats}</td></tr>')
        return _table(["首次 First seen", "群 Group", "用户 User", "告警 Alert", "次数 Alerts"],
                      rows, (4,))
    for a in items:
        names = [g[gid].label if gid in g else gid for gid in a.group_ids]
        shown = "、".join(esc(n) for n in names[:8])
        if len(names) > 8:
            shown += f" …(+{len(names) - 8})"
        rows.append(f"<tr><td>{_local(a.first_ms, tz)}</td><td class=\"n\">{len(a.group_ids)}"
                    f"</td><td>{shown}</td><td>{esc(a.title)}</td>"
                    f'<td class="n">{a.repeats}</td></tr>')
    return _table(["首次 First seen", "群数 Groups", "群 Groups", "告警 Alert", "次数 Alerts"],
                  rows, (1, 4))


def action_section(report: Report, lists: Sequence[ActionList]) -> str:
    parts = ['<section id="action"><h2>需要处理的群 Groups needing action</h2>']
    for action in lists:
        parts.append(f'<h3 id="action-{esc(action.key)}">{esc(action.title)} '
                     f'<span class="meta">({len(action.rows) + action.more})</span></h3>'
                     f'<p class="why">{esc(action.why)}</p>')
        if not action.rows:
            parts.append('<p class="empty">无 None</p>')
            continue
        parts.append(_action_rows(report, action))
        if action.more:
            parts.append(f'<p class="note">…及另外 {action.more} 项 and {action.more} more '
                         "(not listed)</p>")
    if report.alerts_truncated:
        parts.append('<p class="note">告警过多，只列出前 2000 条。Only the first 2,000 alerts '
                     "of the day are listed.</p>")
    parts.append("</section>")
    return "".join(parts)


def charts_section(report: Report) -> str:
    t, y = report.today, report.yesterday
    labels = [f"{h:02d}" for h in range(max(len(t.hourly), len(y.hourly)))]
    day, before = report.days.day.isoformat(), _day_before(report)
    hourly = line_chart(
        [(f"前一天 {before}", YESTERDAY_COLOR, y.hourly, True),
         (f"当天 {day}", TODAY_COLOR, t.hourly, False)],
        labels, "每小时消息（所有群）Messages per hour, all groups",
    )
    series = [(f"当天 {day}", TODAY_COLOR), (f"前一天 {before}", YESTERDAY_COLOR)]
    state_names = [*STATES, *sorted((set(t.states) | set(y.states)) - set(STATES))]
    states = bar_chart(
        [(STATE_NAMES.get(s, s), [t.states.get(s, 0), y.states.get(s, 0)]) for s in state_names],
        series, "健康状态 Groups by health state",
        colours=[STATE_COLORS.get(s, TODAY_COLOR) for s in state_names],
    )
    kinds = [k for k in ALERT_KINDS if t.alerts.get(k) or y.alerts.get(k)]
    kinds += sorted((set(t.alerts) | set(y.alerts)) - set(ALERT_KINDS))
    alerts = bar_chart(
        [(ALERT_NAMES.get(k, k), [t.alerts.get(k, 0), y.alerts.get(k, 0)]) for k in kinds],
        series, "告警（按类型）Alerts by kind",
    )
    cats = sorted(set(t.categories) | set(y.categories),
                  key=lambda c: (-t.categories.get(c, 0), c))
    categories = bar_chart(
        [(CATEGORY_NAMES.get(c, c), [t.categories.get(c, 0), y.categories.get(c, 0)])
         for c in cats],
        series, "审核类别（消息数）Moderation categories, messages",
    )
    return (
        '<section id="charts"><h2>图表 Charts</h2>'
        f'<h3>每小时消息 Messages per hour ({esc(report.days.tz)})</h3>{hourly}'
        '<div class="charts">'
        f'<div class="chart"><h3>健康状态 Health states</h3>{states}</div>'
        f'<div class="chart"><h3>告警类型 Alerts by kind</h3>{alerts}</div>'
        f'<div class="chart"><h3>审核类别 Moderation categories</h3>{categories}</div>'
        "</div></section>"
    )


def _day_before(report: Report) -> str:
    return report.days.prev_start.astimezone(ZoneInfo(report.days.tz)).date().isoformat()


def groups_section(report: Report) -> str:
    shown = table_groups(report)
    split = report.days.hours_prev
    rows = []
    for r in shown:
        d, p = r.today, r.yesterday
        text, tone = delta(d.messages, p.messages if p.messages or p.state else None)
        state = _state(d.state)
        if p.state and p.state != d.state:
            state = f"{_state(p.state)} → {state}"
        rate = d.activity_rate
        flags = "".join(f'<span class="badge">{esc(FLAG_NAMES.get(f, f))}</span>'
                        for f in r.flags)
        spark = sparkline(r.hourly, split, f"{r.label}: 每小时消息 messages per hour, "
                          f"前一天 {sum(r.hourly[:split])} / 当天 {sum(r.hourly[split:])}")
        rows.append(
            f'<tr data-group="{esc(r.group_id)}">{_group_cell(r, r.group_id)}<td>{state}</td>'
            f'<td class="n">{fmt_value(d.score, "count")}</td>'
            f'<td class="n">{d.messages:,} <span class="delta {tone}">{esc(text)}</span></td>'
            f'<td class="n">{d.speakers:,}</td>'
            f'<td class="n">{"—" if rate is None else f"{rate:.0%}"}</td>'
            f'<td class="n">{d.joins:,} / {d.leaves:,}</td>'
            f'<td class="n{" bad" if d.ad_share >= 0.2 and d.messages else ""}">'
            f"{d.ad_share:.0%}</td>"
            f'<td class="n">{d.risk_messages:,}</td>'
            f'<td class="n">{fmt_value(d.mean_sentiment, "score")} · {d.negative_share:.0%}</td>'
            f'<td class="n">{d.alerts:,}</td><td>{spark}</td><td>{flags}</td></tr>'
        )
    flagged_extra = len(shown) - min(report.top, len(report.groups))
    caption = (f"按当天消息数前 {min(report.top, len(report.groups))} 个群，加上其余被标记的 "
               f"{max(0, flagged_extra)} 个群。Top {report.top} groups by messages on the day, "
               f"plus every other flagged group; {len(report.groups)} groups had data.")
    body = _table(
        ["群 Group", "状态 State", "健康分 Score", "消息 Messages (Δ)", "发言人 Speakers",
         "活跃率 Activity", "进/退 Joins/leaves", "广告 Ads", "风险 Risk",
         "情绪 Mood (mean · negative)", "告警 Alerts", "48 小时 Hourly, 2 days", "标记 Flags"],
        rows, (2, 3, 4, 5, 6, 7, 8, 9, 10),
    ) if rows else '<p class="empty">无 None</p>'
    return (f'<section id="groups"><h2>各群明细 Per-group table</h2><p class="note">'
            f"{esc(caption)}</p>{body}</section>")


def notes_section(report: Report) -> str:
    items = [
        ("日 Day", f"calendar day in {report.days.tz}: {report.days.start:%Y-%m-%d %H:%M} to "
                   f"{report.days.end:%Y-%m-%d %H:%M} UTC; compared with the day before."),
        ("消息 Messages, 发言人 Speakers", "rows of messages on the day; distinct senders "
         "(across groups: a person in two groups counts once)."),
        ("活跃群 Active groups", "groups with at least one message on the day."),
        ("广告占比 Ad share", "messages with the ad category / messages (target: under 20 %)."),
        ("风险消息 Risk hits", "messages with a risk category (fraud, gambling, drugs, porn, "
         "politics, violence, abuse, privacy, self-harm); ads and floods excluded."),
        ("告警 Alerts", "distinct alerts (dedup keys) raised on the day; repeats of one alert "
         "count once."),
        ("健康状态 Health state", "each group's last hourly state of the day (group_health)."),
        ("情绪 Mood", "mean sentiment in [-1, 1]; negative = sentiment ≤ −0.15."),
        ("活跃率 Activity", "speakers on the day / members at the end of the day."),
    ]
    rows = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in items)
    return f'<section id="notes"><h2>说明 Definitions</h2><dl>{rows}</dl></section>'


SECTION_IDS = ("overview", "action", "charts", "groups", "notes")


def render(report: Report) -> str:
    """The whole report as one HTML document."""
    lists = needs_action(report)
    day = report.days.day.isoformat()
    t = report.today
    title = f"社群日报 Daily report {day}"
    header = (
        f"<header><h1>{esc(title)}</h1><p class=\"meta\">{esc(report.days.tz)} · 对比前一天 "
        f"compared with {esc(_day_before(report))} · {t.messages:,} 条消息 messages, "
        f"{t.active_groups:,} 个活跃群 active groups · 生成于 generated "
        f"{report.generated_at:%Y-%m-%d %H:%M} UTC</p></header>"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{CSS}</style></head><body>"
        + header + overview(report) + action_section(report, lists) + charts_section(report)
        + groups_section(report) + notes_section(report) + "</body></html>\n"
    )
