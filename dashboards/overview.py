"""Ops center overview: traffic, active groups, dead letters, membership, alerts, moderation.

Refreshes every 30 s. Rates are normalised to "per minute" whatever interval Grafana picks
(``count() * 60 / $__interval_s``), so the scale does not change when zooming.
"""

from __future__ import annotations

from dashboards.common import (
    Json,
    barchart,
    dashboard,
    piechart,
    sql_target,
    stat,
    table,
    timeseries,
)

UID = "grouppulse-overview"


def events_per_minute() -> Json:
    return timeseries(
        "Events per minute by type",
        sql_target("""
            SELECT $__timeInterval(ts) AS time, type, count() * 60 / $__interval_s AS events
            FROM (
                SELECT ts, 'message' AS type FROM grouppulse.messages WHERE $__timeFilter(ts)
                UNION ALL
                SELECT ts, concat('member_', action) AS type
                FROM grouppulse.membership_events WHERE $__timeFilter(ts)
                UNION ALL
                SELECT ts, 'group_snapshot' AS type
                FROM grouppulse.group_snapshots WHERE $__timeFilter(ts)
            )
            GROUP BY time, type
            ORDER BY time
        """, time_series=True),
        description="Valid input events written to ClickHouse, by event type, per minute of "
        "event time.",
        stack=True, w=12,
    )


def messages_per_minute() -> Json:
    return timeseries(
        "Messages per minute",
        sql_target("""
            SELECT $__timeInterval(ts) AS time, count() * 60 / $__interval_s AS messages
            FROM grouppulse.messages
            WHERE $__timeFilter(ts)
            GROUP BY time
            ORDER BY time
        """, time_series=True),
        description="Chat messages per minute across all groups (event time).",
        w=8,
    )


def active_groups() -> Json:
    return stat(
        "Active groups",
        sql_target("""
            SELECT uniqExact(group_id) AS active_groups
            FROM grouppulse.messages
            WHERE $__timeFilter(ts)
        """),
        description="Groups with at least one message in the selected time range.",
        w=4, h=8,
    )


def top_groups() -> Json:
    return table(
        "Top groups by messages",
        sql_target("""
            SELECT m.group_id AS group_id, s.group_name AS group_name,
                   m.messages AS messages, m.speakers AS speakers
            FROM (
                SELECT group_id, count() AS messages, uniqExact(user_id) AS speakers
                FROM grouppulse.messages
                WHERE $__timeFilter(ts)
                GROUP BY group_id
                ORDER BY messages DESC
                LIMIT 20
            ) AS m
            LEFT JOIN (
                SELECT group_id, argMax(group_name, ts) AS group_name
                FROM grouppulse.group_snapshots
                WHERE ts <= $__toTime
                GROUP BY group_id
            ) AS s ON s.group_id = m.group_id
            ORDER BY messages DESC
        """),
        description="The 20 groups with the most messages in the range; speakers = distinct "
        "senders; name from the group's latest snapshot.",
        w=14,
    )


def verdict_mix() -> Json:
    return piechart(
        "Moderation verdicts",
        sql_target("""
            SELECT verdict, count() AS messages
            FROM grouppulse.messages
            WHERE $__timeFilter(ts)
            GROUP BY verdict
            ORDER BY messages DESC
        """),
        description="Messages by moderation verdict (pass, review, reject).",
        w=10,
    )


def dead_letters_by_reason() -> Json:
    return timeseries(
        "Dead letters by reason",
        sql_target("""
            SELECT $__timeInterval(ts) AS time, reason_code, count() AS dead_letters
            FROM grouppulse.dead_letters
            WHERE $__timeFilter(ts)
            GROUP BY time, reason_code
            ORDER BY time
        """, time_series=True),
        description="Unreadable input records per interval, by reason code. Time is when the "
        "broker received the record (not event time: a bad record may have none).",
        stack=True, bars=True, w=12,
    )


def joins_and_leaves() -> Json:
    return timeseries(
        "Joins and leaves per hour",
        sql_target("""
            SELECT toStartOfHour(ts) AS time,
                   countIf(action = 'join') AS joins,
                   countIf(action = 'leave') AS leaves
            FROM grouppulse.membership_events
            WHERE $__timeFilter(ts)
            GROUP BY time
            ORDER BY time
        """, time_series=True),
        description="Members joining and leaving, all groups, per hour of event time.",
        bars=True, w=12,
    )


def alerts_feed() -> Json:
    return table(
        "Alerts",
        sql_target("""
            SELECT ts, severity, kind, group_id, title
            FROM grouppulse.alerts
            WHERE $__timeFilter(ts)
            ORDER BY ts DESC
            LIMIT 200
        """),
        description="Latest 200 alerts in the range, newest first.",
        w=14, h=10,
    )


def moderation_hits_by_category() -> Json:
    return barchart(
        "Moderation hits by category",
        sql_target("""
            SELECT category, count() AS hits
            FROM grouppulse.moderation_hits
            WHERE $__timeFilter(ts)
            GROUP BY category
            ORDER BY hits DESC
        """),
        description="Rule and lexicon hits in the range, by moderation category.",
        w=10, h=10,
    )


def build() -> Json:
    return dashboard(
        UID,
        "grouppulse · Ops center overview",
        [
            active_groups(),
            events_per_minute(),
            messages_per_minute(),
            top_groups(),
            verdict_mix(),
            dead_letters_by_reason(),
            joins_and_leaves(),
            alerts_feed(),
            moderation_hits_by_category(),
        ],
        description="Which groups are alive, noisy or risky, across all groups.",
        refresh="30s",
    )
