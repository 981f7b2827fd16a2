"""Group drill-down: one group (``$group``), its activity, members, contributors and risks.

Activity rate follows the operators' definition (DOMAIN.md): distinct speakers in the range
divided by the members the platform last reported (``group_snapshots.member_count``).

Lurker share is an approximation: the platform does not send member lists, so the members we
know are the users seen in the group up to the end of the range (a ``member_join``, a
``member_leave`` or a message) whose latest membership event is not a leave. Members who joined
before the data starts and never spoke are invisible, so the share by ids is a lower bound; the
panel also shows ``1 - speakers_7d / member_count`` (the platform's count), an upper-side
estimate when members were missed.
"""

from __future__ import annotations

from dashboards.common import (
    Json,
    dashboard,
    query_variable,
    sql_target,
    stat,
    table,
    threshold_steps,
    timeseries,
)

UID = "grouppulse-group"


def group_variable() -> Json:
    return query_variable(
        "group",
        "Group",
        """
        SELECT DISTINCT group_id
        FROM grouppulse.messages
        WHERE $__timeFilter(ts)
        ORDER BY group_id
        """,
    )


def messages_and_speakers() -> Json:
    return timeseries(
        "Messages and speakers per hour",
        sql_target("""
            SELECT toStartOfHour(ts) AS time,
                   count() AS messages,
                   uniqExact(user_id) AS speakers
            FROM grouppulse.messages
            WHERE group_id = '${group}' AND $__timeFilter(ts)
            GROUP BY time
            ORDER BY time
        """, time_series=True),
        description="Messages and distinct senders per hour of event time.",
        w=16,
    )


def activity_rate() -> Json:
    return stat(
        "Activity rate",
        sql_target("""
            SELECT
                (SELECT uniqExact(user_id) FROM grouppulse.messages
                 WHERE group_id = '${group}' AND $__timeFilter(ts)) AS speakers,
                (SELECT argMax(member_count, ts) FROM grouppulse.group_snapshots
                 WHERE group_id = '${group}' AND ts <= $__toTime) AS members,
                if(members = 0, 0, speakers / members) AS activity_rate
        """),
        description="Distinct speakers in the range / members at the latest snapshot. Good "
        "groups reach 50 %; under 10 % the group is drifting towards a dead group.",
        fields="/^activity_rate$/", unit="percentunit", w=4,
        thresholds=threshold_steps(("red", None), ("orange", 0.1), ("green", 0.3)),
    )


def lurker_share() -> Json:
    return stat(
        "Lurker share (7 days)",
        sql_target("""
            SELECT
                countIf(spoke = 0) AS lurkers,
                count() AS known_members,
                if(known_members = 0, 0, lurkers / known_members) AS lurker_share,
                (SELECT argMax(member_count, ts) FROM grouppulse.group_snapshots
                 WHERE group_id = '${group}' AND ts <= $__toTime) AS members,
                if(members = 0, 0,
                   greatest(0, 1 - (known_members - lurkers) / members)) AS lurker_share_by_count
            FROM (
                SELECT user_id,
                       argMaxIf(action, ts, action != '') AS last_action,
                       max(spoke_7d) AS spoke
                FROM (
                    SELECT user_id, ts, toString(action) AS action, 0 AS spoke_7d
                    FROM grouppulse.membership_events
                    WHERE group_id = '${group}' AND ts <= $__toTime
                    UNION ALL
                    SELECT user_id, ts, '' AS action,
                           toUInt8(ts >= $__toTime - INTERVAL 7 DAY) AS spoke_7d
                    FROM grouppulse.messages
                    WHERE group_id = '${group}' AND ts <= $__toTime
                )
                GROUP BY user_id
                HAVING last_action != 'leave'
            )
        """),
        description="Known members who sent nothing in the 7 days before the end of the range. "
        "Known members = users seen in the group (join or message) whose latest membership "
        "event is not a leave; members who never spoke and joined before the data starts are "
        "not known, so lurker_share is a lower bound. lurker_share_by_count uses the "
        "platform's member count instead.",
        fields="/^lurker_share/", unit="percentunit", w=4,
        thresholds=threshold_steps(("green", None), ("orange", 0.8), ("red", 0.95)),
    )


def joins_and_leaves() -> Json:
    return timeseries(
        "Joins and leaves per hour",
        sql_target("""
            SELECT toStartOfHour(ts) AS time,
                   countIf(action = 'join') AS joins,
                   countIf(action = 'leave') AS leaves
            FROM grouppulse.membership_events
            WHERE group_id = '${group}' AND $__timeFilter(ts)
            GROUP BY time
            ORDER BY time
        """, time_series=True),
        description="Members joining and leaving this group, per hour of event time.",
        bars=True, w=12,
    )


def member_count() -> Json:
    return timeseries(
        "Members",
        sql_target("""
            SELECT ts AS time, member_count AS members
            FROM grouppulse.group_snapshots
            WHERE group_id = '${group}' AND $__timeFilter(ts)
            ORDER BY time
        """, time_series=True),
        description="Member count reported by the platform in each group snapshot.",
        w=12,
    )


def top_contributors() -> Json:
    return table(
        "Top contributors (KOC candidates)",
        sql_target("""
            SELECT user_id, any(user_name) AS user_name,
                   count() AS messages,
                   count() / sum(count()) OVER () AS share,
                   uniqExact(toDate(ts)) AS active_days,
                   max(ts) AS last_message
            FROM grouppulse.messages
            WHERE group_id = '${group}' AND $__timeFilter(ts)
            GROUP BY user_id
            ORDER BY messages DESC, user_id
            LIMIT 20
        """),
        description="The 20 members who sent the most messages in the range, with their "
        "share of the group's messages: the few who carry discussion.",
        w=12, h=10,
        overrides=[{"matcher": {"id": "byName", "options": "share"},
                    "properties": [{"id": "unit", "value": "percentunit"}]}],
    )


def moderation_hits() -> Json:
    return table(
        "Moderation hits",
        sql_target("""
            SELECT ts, user_id, category, rule, severity, match,
                   arrayStringConcat(normalized_by, ',') AS normalized_by
            FROM grouppulse.moderation_hits
            WHERE group_id = '${group}' AND $__timeFilter(ts)
            ORDER BY ts DESC
            LIMIT 200
        """),
        description="Rule and lexicon hits in this group, newest first; normalized_by names "
        "the evasion the normaliser undid (empty: plain text).",
        w=12, h=10,
    )


def recent_messages() -> Json:
    return table(
        "Recent messages",
        sql_target("""
            SELECT ts, user_id, user_name, msg_type, verdict,
                   arrayStringConcat(categories, ',') AS categories, text
            FROM grouppulse.messages
            WHERE group_id = '${group}' AND $__timeFilter(ts)
            ORDER BY ts DESC
            LIMIT 200
        """),
        description="The latest 200 messages in the range, newest first.",
        w=16, h=12,
    )


def recent_alerts() -> Json:
    return table(
        "Alerts",
        sql_target("""
            SELECT ts, severity, kind, title
            FROM grouppulse.alerts
            WHERE (group_id = '${group}' OR has(group_ids, '${group}'))
              AND $__timeFilter(ts)
            ORDER BY ts DESC
            LIMIT 100
        """),
        description="Alerts about this group, including multi-group alerts that involve it.",
        w=8, h=12,
    )


def build() -> Json:
    return dashboard(
        UID,
        "grouppulse · Group drill-down",
        [
            messages_and_speakers(),
            activity_rate(),
            lurker_share(),
            joins_and_leaves(),
            member_count(),
            top_contributors(),
            moderation_hits(),
            recent_messages(),
            recent_alerts(),
        ],
        description="One group: activity, members, contributors, moderation and alerts.",
        refresh="1m",
        time_from="now-7d",
        variables=[group_variable()],
    )
