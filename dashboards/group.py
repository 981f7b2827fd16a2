"""Group drill-down: one group (``$group``), its activity, members, contributors and risks.

Activity rate follows the operators' definition (DOMAIN.md): distinct speakers in the range
divided by the members the platform last reported (``group_snapshots.member_count``).

Lurker share is an approximation: the platform does not send member lists, so the members we
know are the users seen in the group up to the end of the range (a ``member_join``, a
``member_leave`` or a message) whose latest membership event is not a leave. Members who joined
before the data starts and never spoke are invisible, so the share by ids is a lower bound; the
panel also shows ``1 - speakers_7d / member_count`` (the platform's count), an upper-side
estimate when members were missed.

Health, baseline and mood panels read the hourly ``group_health`` snapshots: each one judges the
6 event-time hours before it closes, against what the group's own weekly rhythm predicts
(``expected_messages``), and is drawn at the end of its hour.

The events carry no group category; operators load one into ``group_categories`` (migration
007, latest row per group wins). The ``$category`` variable narrows the ``$group`` list to one
category; "All" (the default) also lists groups that have no category.
"""

from __future__ import annotations

from dashboards.common import (
    ALL,
    Json,
    dashboard,
    field_override,
    query_variable,
    sql_target,
    stat,
    state_mappings,
    table,
    threshold_steps,
    timeseries,
)

UID = "grouppulse-group"


# Each group's category: the latest row per group of group_categories.
CATEGORIES = """
    SELECT group_id, argMax(category, updated_at) AS category
    FROM grouppulse.group_categories
    GROUP BY group_id
"""


def category_variable() -> Json:
    return query_variable(
        "category",
        "Category",
        f"""
        SELECT DISTINCT toString(category) AS category
        FROM ({CATEGORIES})
        WHERE category != ''
        ORDER BY category
        """,  # noqa: S608 - constant SQL fragments, no input
        include_all=True,
    )


def group_variable() -> Json:
    """Groups with messages or health snapshots in the range, in the chosen category: a
    silent (dying, dead) group has no messages but must still be selectable, e.g. from the
    overview's links. Messages are looked up in the hourly rollup; only groups whose messages
    near the range all fall in its partial first or last hour are checked in the raw table."""
    return query_variable(
        "group",
        "Group",
        f"""
        WITH hourly AS (
            SELECT group_id,
                   sumIf(messages, hour >= $__fromTime AND hour + INTERVAL 1 HOUR <= $__toTime)
                       AS inside,
                   sum(messages) AS overlapping
            FROM grouppulse.group_hourly
            WHERE hour >= toStartOfHour($__fromTime) AND hour <= $__toTime
            GROUP BY group_id
        )
        SELECT group_id
        FROM (
            -- messages in an hour wholly inside the range: from the hourly rollup
            SELECT toString(group_id) AS group_id FROM hourly WHERE inside > 0
            UNION DISTINCT
            -- messages only in the range's first or last hour: the raw messages of those
            -- few groups decide (read through the sort key)
            SELECT DISTINCT toString(group_id) AS group_id
            FROM grouppulse.messages
            WHERE $__timeFilter(ts)
              AND group_id IN (SELECT group_id FROM hourly WHERE inside = 0 AND overlapping > 0)
            UNION DISTINCT
            SELECT DISTINCT toString(group_id) AS group_id
            FROM grouppulse.group_health
            WHERE $__timeFilter(ts)
        )
        WHERE '${{category}}' = '{ALL}'
           OR group_id IN (SELECT toString(group_id) FROM ({CATEGORIES})
                           WHERE category = '${{category}}')
        ORDER BY group_id
        """,  # noqa: S608 - constant SQL fragments, no input
    )


def current_state() -> Json:
    return stat(
        "State",
        sql_target("""
            SELECT argMax(state, ts) AS current_state,
                   argMax(health_score, ts) AS health_score,
                   maxIf(ts, state != previous_state) + INTERVAL 1 HOUR AS since
            FROM grouppulse.group_health
            WHERE group_id = '${group}'
              AND ts <= $__toTime AND ts > $__toTime - INTERVAL 30 DAY
        """),
        description="The group's health state at the end of the range, its health score "
        "(0-100) and since when it is in that state (end of the hour it changed; 1970 when "
        "it never changed in the last 30 days).",
        fields="/^(current_state|health_score)$/", w=6, h=8,
        overrides=[field_override("current_state", {"mappings": state_mappings()}),
                   field_override("health_score", {"min": 0, "max": 100})],
    )


def activity_vs_baseline() -> Json:
    return timeseries(
        "Messages vs the group's rhythm (6 h)",
        sql_target("""
            SELECT ts + INTERVAL 1 HOUR AS time,
                   messages, expected_messages, speakers
            FROM grouppulse.group_health
            WHERE group_id = '${group}' AND $__timeFilter(ts)
            ORDER BY time
        """, time_series=True),
        description="Messages and distinct speakers in the 6 hours before each point, and the "
        "messages the group's own weekly rhythm expected for those hours. Far below expected "
        "for hours on end is what makes a group cooling, then dying.",
        w=12,
        overrides=[field_override("expected_messages", {
            "custom.lineStyle": {"dash": [10, 10], "fill": "dash"}})],
    )


def health_score() -> Json:
    return timeseries(
        "Health score",
        sql_target("""
            SELECT ts + INTERVAL 1 HOUR AS time, health_score
            FROM grouppulse.group_health
            WHERE group_id = '${group}' AND $__timeFilter(ts)
            ORDER BY time
        """, time_series=True),
        description="Health score 0-100 after each hour: rhythm, activity rate, speaker "
        "breadth, leaves and ads (formula in the README).",
        w=8,
        thresholds=threshold_steps(("red", None), ("orange", 40), ("green", 70)),
    )


def state_changes() -> Json:
    return table(
        "State changes",
        sql_target("""
            SELECT ts + INTERVAL 1 HOUR AS changed_at, previous_state, state, health_score,
                   messages, round(expected_messages, 1) AS expected_messages
            FROM grouppulse.group_health
            WHERE group_id = '${group}' AND $__timeFilter(ts) AND state != previous_state
            ORDER BY changed_at DESC
            LIMIT 100
        """),
        description="Every change of health state in the range, newest first, with the "
        "figures of the hour that decided it.",
        w=12,
        overrides=[field_override("state", {"mappings": state_mappings()}),
                   field_override("previous_state", {"mappings": state_mappings()})],
    )


def activity_and_ads_history() -> Json:
    return timeseries(
        "Activity rate and ad share (6 h)",
        sql_target("""
            SELECT ts + INTERVAL 1 HOUR AS time, activity_rate, ad_share
            FROM grouppulse.group_health
            WHERE group_id = '${group}' AND $__timeFilter(ts)
            ORDER BY time
        """, time_series=True),
        description="Speakers / members and the share of ad messages over the 6 hours before "
        "each point. Operators aim for activity over 30 % and ads under 20 %.",
        unit="percentunit", w=12,
    )


def mood() -> Json:
    return timeseries(
        "Mood",
        sql_target("""
            SELECT ts + INTERVAL 1 HOUR AS time,
                   negative_share_1h, negative_share_24h, negative_baseline,
                   mean_sentiment_1h
            FROM grouppulse.group_health
            WHERE group_id = '${group}' AND $__timeFilter(ts)
            ORDER BY time
        """, time_series=True),
        description="Share of negative messages in each hour and over 24 hours, against the "
        "group's usual hourly share (learned); mean sentiment of the hour in [-1, 1] on the "
        "right axis. Complaint storms appear in the alerts (negative_sentiment).",
        unit="percentunit", w=12,
        overrides=[field_override("mean_sentiment_1h", {
            "unit": "none", "min": -1, "max": 1, "custom.axisPlacement": "right"})],
    )


def messages_and_speakers() -> Json:
    return timeseries(
        "Messages and speakers per hour",
        sql_target("""
            SELECT hour AS time,
                   sum(messages) AS messages,
                   uniqExactMerge(speakers) AS speakers
            FROM grouppulse.group_hourly
            WHERE group_id = '${group}'
              AND hour >= toStartOfHour($__fromTime) AND hour <= $__toTime
            GROUP BY time
            HAVING messages > 0
            ORDER BY time
        """, time_series=True),
        description="Messages and distinct senders per hour of event time (hourly rollup).",
        w=12,
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
        fields="/^activity_rate$/", unit="percentunit", w=5,
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
        fields="/^lurker_share/", unit="percentunit", w=5,
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
        w=12, h=10,
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
        w=24, h=12,
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
        w=12, h=10,
    )


def build() -> Json:
    return dashboard(
        UID,
        "grouppulse · Group drill-down",
        [
            current_state(),
            activity_rate(),
            lurker_share(),
            health_score(),
            messages_and_speakers(),
            activity_vs_baseline(),
            activity_and_ads_history(),
            mood(),
            state_changes(),
            joins_and_leaves(),
            member_count(),
            top_contributors(),
            moderation_hits(),
            recent_alerts(),
            recent_messages(),
        ],
        description="One group: activity, members, contributors, moderation and alerts.",
        refresh="1m",
        time_from="now-7d",
        variables=[category_variable(), group_variable()],
    )
