"""Ops center overview: group states, dying groups, alerts, traffic, risk, ads, spam
campaigns, blacklist events and mood, across all groups.

Refreshes every 30 s. Rates are normalised to "per minute" whatever interval Grafana picks
(``count() * 60 / $__interval_s``), so the scale does not change when zooming.

Group states and mood come from the hourly ``group_health`` snapshots (already one row per
group and hour); the latest state of a group is its latest snapshot up to the end of the range,
looked for in the two days before it (every tracked group gets a snapshot every hour).

Panels that count over the whole range read the hourly rollup ``group_hourly`` (migration 007:
every hour that overlaps the range counts whole); per-minute panels and verdicts read the raw
tables, which are partitioned by month and sorted by time within a group.
"""

from __future__ import annotations

from dashboards.common import (
    LATEST_GROUP_NAMES,
    Json,
    dashboard,
    field_override,
    group_link,
    piechart,
    spam_campaigns_sql,
    sql_target,
    stat,
    state_mappings,
    table,
    threshold_steps,
    timeseries,
)

UID = "grouppulse-overview"

# Latest state of every group tracked in the two days before the end of the range.
LATEST_HEALTH = """
    SELECT group_id,
           argMax(state, ts) AS current_state,
           argMax(health_score, ts) AS score,
           argMax(ad_share, ts) AS ads,
           argMax(messages, ts) AS messages_6h
    FROM grouppulse.group_health
    WHERE ts <= $__toTime AND ts > $__toTime - INTERVAL 2 DAY
    GROUP BY group_id
"""
AD_SHARE_LIMIT = 0.2  # DOMAIN.md: ads stay under 20 % of a group's messages
AD_MIN_MESSAGES = 5


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
        w=12,
    )


def active_groups() -> Json:
    return stat(
        "Active groups",
        sql_target("""
            SELECT uniqExactIf(group_id, messages > 0) AS active_groups
            FROM (
                SELECT group_id, sum(messages) AS messages
                FROM grouppulse.group_hourly
                WHERE hour >= toStartOfHour($__fromTime) AND hour <= $__toTime
                GROUP BY group_id
            )
        """),
        description="Groups with at least one message in the hours of the selected range "
        "(hourly rollup).",
        w=4, h=6,
    )


def top_groups() -> Json:
    return table(
        "Top groups by messages",
        sql_target(f"""
            SELECT m.group_id AS group_id, s.group_name AS group_name,
                   m.messages AS messages, m.speakers AS speakers
            FROM (
                SELECT group_id, sum(messages) AS messages,
                       uniqExactMerge(speakers) AS speakers
                FROM grouppulse.group_hourly
                WHERE hour >= toStartOfHour($__fromTime) AND hour <= $__toTime
                  AND group_id IN (
                      -- the top 20 first: merging the speaker sets of every group is the
                      -- costly part, so it is done for these 20 only
                      SELECT group_id
                      FROM grouppulse.group_hourly
                      WHERE hour >= toStartOfHour($__fromTime) AND hour <= $__toTime
                      GROUP BY group_id
                      HAVING sum(messages) > 0
                      ORDER BY sum(messages) DESC, group_id
                      LIMIT 20)
                GROUP BY group_id
            ) AS m
            LEFT JOIN ({LATEST_GROUP_NAMES}) AS s ON s.group_id = m.group_id
            ORDER BY messages DESC, group_id
        """),  # noqa: S608 - constant SQL fragments, no input
        description="The 20 groups with the most messages in the hours of the range (hourly "
        "rollup); speakers = distinct senders; name from the group's latest snapshot.",
        w=14, overrides=[group_link()],
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
            SELECT hour AS time, sum(joins) AS joins, sum(leaves) AS leaves
            FROM grouppulse.group_hourly
            WHERE hour >= toStartOfHour($__fromTime) AND hour <= $__toTime
            GROUP BY time
            HAVING joins + leaves > 0
            ORDER BY time
        """, time_series=True),
        description="Members joining and leaving, all groups, per hour of event time (hourly "
        "rollup).",
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
        description="Latest 200 alerts in the range, newest first (click a group to drill "
        "down).",
        w=12, h=10, overrides=[group_link()],
    )


def groups_by_state() -> Json:
    return stat(
        "Groups by state",
        sql_target(f"""
            SELECT countIf(current_state = 'active') AS active,
                   countIf(current_state = 'new') AS new,
                   countIf(current_state = 'cooling') AS cooling,
                   countIf(current_state = 'dying') AS dying,
                   countIf(current_state = 'dead') AS dead
            FROM ({LATEST_HEALTH})
        """),  # noqa: S608 - constant SQL fragments, no input
        description="Groups by their latest health state at the end of the range (hourly "
        "group_health snapshots): new, active, cooling (below its usual rhythm), dying (far "
        "below it), dead (silent while messages were expected).",
        w=12, h=6,
        overrides=[field_override(state, {"color": {"mode": "fixed", "fixedColor": colour}})
                   for state, colour in [("active", "green"), ("new", "blue"),
                                         ("cooling", "yellow"), ("dying", "orange"),
                                         ("dead", "red")]],
    )


def ad_share_now() -> Json:
    return stat(
        "Ad share",
        sql_target("""
            SELECT sum(ad_messages) / greatest(sum(messages), 1) AS ad_share
            FROM grouppulse.group_hourly
            WHERE hour >= toStartOfHour($__fromTime) AND hour <= $__toTime
        """),
        description="Share of all messages in the hours of the range with an ad hit (hourly "
        "rollup). Operators keep ads under 20 % of a group's messages.",
        unit="percentunit", w=4, h=6,
        thresholds=threshold_steps(("green", None), ("orange", 0.1), ("red", AD_SHARE_LIMIT)),
    )


def negative_share_now() -> Json:
    return stat(
        "Negative share (6 h)",
        sql_target("""
            SELECT sum(negative_share * messages) / greatest(sum(messages), 1)
                       AS negative_share
            FROM grouppulse.group_health
            WHERE ts = (SELECT max(ts) FROM grouppulse.group_health
                        WHERE ts <= $__toTime AND ts > $__toTime - INTERVAL 2 DAY)
        """),
        description="Share of negative messages (sentiment <= -0.3) across all groups over the "
        "6 hours judged by the latest health snapshots, weighted by messages.",
        unit="percentunit", w=4, h=6,
        thresholds=threshold_steps(("green", None), ("orange", 0.15), ("red", 0.3)),
    )


def dying_groups() -> Json:
    return table(
        "Dying groups",
        sql_target(f"""
            SELECT h.group_id AS group_id, n.group_name AS group_name,
                   h.since AS dying_since, h.score AS health_score,
                   h.messages_6h AS messages_6h, h.expected_6h AS expected_6h,
                   h.silent_since AS silent_since
            FROM (
                SELECT group_id,
                       argMax(state, ts) AS current_state,
                       argMax(health_score, ts) AS score,
                       argMax(messages, ts) AS messages_6h,
                       round(argMax(expected_messages, ts), 1) AS expected_6h,
                       argMax(silent_since, ts) AS silent_since,
                       maxIf(ts, state != previous_state) + INTERVAL 1 HOUR AS since
                FROM grouppulse.group_health
                WHERE ts <= $__toTime AND ts > $__toTime - INTERVAL 30 DAY
                  AND group_id IN (
                      -- which groups are dying reads two columns; the figures above are
                      -- then read for those groups only (the table is sorted by group)
                      SELECT group_id
                      FROM grouppulse.group_health
                      WHERE ts <= $__toTime AND ts > $__toTime - INTERVAL 30 DAY
                      GROUP BY group_id
                      HAVING argMax(state, ts) = 'dying')
                GROUP BY group_id
                HAVING current_state = 'dying'
            ) AS h
            LEFT JOIN ({LATEST_GROUP_NAMES}) AS n ON n.group_id = h.group_id
            ORDER BY health_score, dying_since
            LIMIT 200
        """),  # noqa: S608 - constant SQL fragments, no input
        description="Groups whose latest state is dying, the least healthy first: since when "
        "(end of the hour the state changed), health score 0-100, messages in the last 6 "
        "hours against what the group's own rhythm predicts, and the last message before a "
        "silence of 2 h or more.",
        w=12, h=10,
        overrides=[group_link(),
                   field_override("health_score", {"min": 0, "max": 100})],
    )


def risk_hits_by_category() -> Json:
    return timeseries(
        "Risk hits by category",
        sql_target("""
            SELECT $__timeInterval(ts) AS time, category, count() AS hits
            FROM grouppulse.moderation_hits
            WHERE $__timeFilter(ts) AND category != 'ad'
            GROUP BY time, category
            ORDER BY time
        """, time_series=True),
        description="Rule and lexicon hits of every category but ads (fraud, gambling, drugs, "
        "porn, politics, violence, abuse, privacy, self_harm, flood, custom) per interval; "
        "ads have their own panels.",
        stack=True, bars=True, w=12,
    )


def ad_share_over_time() -> Json:
    return timeseries(
        "Ad share of messages",
        sql_target("""
            SELECT toStartOfInterval(hour, INTERVAL greatest($__interval_s, 3600) second)
                       AS time,
                   sum(ad_messages) / greatest(sum(messages), 1) AS ad_share
            FROM grouppulse.group_hourly
            WHERE hour >= toStartOfHour($__fromTime) AND hour <= $__toTime
            GROUP BY time
            HAVING sum(messages) > 0
            ORDER BY time
        """, time_series=True),
        description="Share of messages with an ad hit per hour (or per interval when zoomed "
        "out), all groups, from the hourly rollup; the line is the 20 % operators keep ads "
        "under.",
        unit="percentunit", w=12,
        thresholds=threshold_steps(("green", None), ("red", AD_SHARE_LIMIT)),
    )


def groups_over_ad_limit() -> Json:
    return table(
        "Groups over 20 % ads",
        sql_target(f"""
            SELECT h.group_id AS group_id, n.group_name AS group_name,
                   h.ads AS ad_share, h.messages_6h AS messages_6h, h.current_state AS state
            FROM ({LATEST_HEALTH}) AS h
            LEFT JOIN ({LATEST_GROUP_NAMES}) AS n ON n.group_id = h.group_id
            WHERE h.ads >= {AD_SHARE_LIMIT} AND h.messages_6h >= {AD_MIN_MESSAGES}
            ORDER BY ad_share DESC, messages_6h DESC
            LIMIT 100
        """),  # noqa: S608 - constant SQL fragments, no input
        description="Groups whose ad share over the last 6 judged hours (latest health "
        "snapshot) is 20 % or more, among groups with at least 5 messages in those hours "
        "(one ad in a quiet group is not a trend).",
        w=12, h=8,
        overrides=[group_link(), field_override("ad_share", {"unit": "percentunit"}),
                   field_override("state", {"mappings": state_mappings()})],
    )


def spam_campaigns() -> Json:
    return table(
        "Spam campaigns",
        sql_target(spam_campaigns_sql(detailed=False)),
        description="Cross-group ad campaigns (alerts of kind spam_campaign, one row per "
        "campaign) by the number of groups they reached; details on the Moderation dashboard.",
        w=12, h=8,
    )


def blacklist_events() -> Json:
    return table(
        "Blacklist events",
        sql_target("""
            SELECT ts, event, user_id, group_id, detail
            FROM (
                SELECT ts, 'blacklisted' AS event, user_id, group_id,
                       concat(toString(action), ' after ', toString(strikes), ' strikes: ',
                              reason) AS detail
                FROM grouppulse.actions
                WHERE blacklist AND $__timeFilter(ts)
                UNION ALL
                SELECT ts, 'blacklisted user seen' AS event, user_id, group_id,
                       title AS detail
                FROM grouppulse.alerts
                WHERE kind = 'blacklist' AND $__timeFilter(ts)
            )
            ORDER BY ts DESC, user_id
            LIMIT 200
        """),
        description="Members put on the global blacklist by the strike ladder, and "
        "blacklisted members joining or speaking in a group (critical alerts), newest first.",
        w=12, h=8, overrides=[group_link()],
    )


def mood_across_groups() -> Json:
    return timeseries(
        "Mood across groups",
        sql_target("""
            SELECT ts + INTERVAL 1 HOUR AS time,
                   sum(negative_share * messages) / greatest(sum(messages), 1)
                       AS negative_share,
                   sum(mean_sentiment * messages) / greatest(sum(messages), 1)
                       AS mean_sentiment
            FROM grouppulse.group_health
            WHERE $__timeFilter(ts)
            GROUP BY time
            ORDER BY time
        """, time_series=True),
        description="From the hourly health snapshots, over each snapshot's 6 judged hours and "
        "weighted by messages: share of negative messages (left axis) and mean sentiment in "
        "[-1, 1] (right axis).",
        unit="percentunit", w=12,
        overrides=[field_override("mean_sentiment", {
            "unit": "none", "min": -1, "max": 1, "custom.axisPlacement": "right"})],
    )


def build() -> Json:
    return dashboard(
        UID,
        "grouppulse · Ops center overview",
        [
            groups_by_state(),
            active_groups(),
            ad_share_now(),
            negative_share_now(),
            dying_groups(),
            alerts_feed(),
            events_per_minute(),
            risk_hits_by_category(),
            ad_share_over_time(),
            groups_over_ad_limit(),
            spam_campaigns(),
            blacklist_events(),
            mood_across_groups(),
            messages_per_minute(),
            top_groups(),
            verdict_mix(),
            dead_letters_by_reason(),
            joins_and_leaves(),
        ],
        description="Which groups are alive, noisy or risky, across all groups.",
        refresh="30s",
    )
