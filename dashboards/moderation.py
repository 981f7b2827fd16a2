"""Moderation: what the rules catch, how spammers try to hide it, who is behind it, and the
messages a person should look at.

The review queue is the list of messages whose verdict is ``review`` (a hit that alone does not
justify a reject), newest first, with what each rule matched as sent and after normalisation:
that pair is what tells a false positive (a look-alike phrase) from a real evasion. Nothing is
stored about a review being done, so the queue is simply the newest first.

All panels read the raw ``moderation_hits`` and ``messages`` tables, restricted to the range.
"""

from __future__ import annotations

from dashboards.common import (
    Json,
    barchart,
    dashboard,
    field_override,
    group_link,
    spam_campaigns_sql,
    sql_target,
    table,
    timeseries,
)

UID = "grouppulse-moderation"


def hits_by_category() -> Json:
    return timeseries(
        "Hits by category",
        sql_target("""
            SELECT $__timeInterval(ts) AS time, category, count() AS hits
            FROM grouppulse.moderation_hits
            WHERE $__timeFilter(ts)
            GROUP BY time, category
            ORDER BY time
        """, time_series=True),
        description="Rule and lexicon hits per interval, by moderation category (one message "
        "can hit several rules).",
        stack=True, bars=True, w=16,
    )


def verdicts() -> Json:
    return timeseries(
        "Review and reject verdicts",
        sql_target("""
            SELECT $__timeInterval(ts) AS time,
                   countIf(verdict = 'review') AS review,
                   countIf(verdict = 'reject') AS reject
            FROM grouppulse.messages
            WHERE $__timeFilter(ts) AND verdict != 'pass'
            GROUP BY time
            ORDER BY time
        """, time_series=True),
        description="Messages per interval whose verdict is review (a person should look) or "
        "reject (the bot acts).",
        stack=True, bars=True, w=8,
    )


def hits_by_rule() -> Json:
    return table(
        "Hits by rule",
        sql_target("""
            SELECT rule, any(category) AS category,
                   count() AS hits,
                   uniqExact(event_id) AS messages,
                   uniqExact(group_id) AS groups,
                   countIf(verdict = 'review') AS in_review,
                   max(ts) AS last_hit
            FROM grouppulse.moderation_hits
            WHERE $__timeFilter(ts)
            GROUP BY rule
            ORDER BY hits DESC, rule
            LIMIT 100
        """),
        description="The 100 rules or lexicon entries that fired most. A rule with many "
        "in_review hits and few rejects is the first place to look for false positives.",
        w=14, h=10,
    )


def evasion_techniques() -> Json:
    return barchart(
        "Evasion techniques",
        sql_target("""
            SELECT technique, count() AS hits
            FROM grouppulse.moderation_hits
            ARRAY JOIN if(empty(normalized_by), ['none'], normalized_by) AS technique
            WHERE $__timeFilter(ts)
            GROUP BY technique
            ORDER BY hits DESC
        """),
        description="Hits by the normalisation that revealed them (fullwidth, traditional, "
        "separator, zero_width, digit_variant, homophone, pinyin, repeat); none = plain "
        "text. A hit revealed by two techniques counts under both.",
        w=10, h=10,
    )


def top_contacts() -> Json:
    return table(
        "Top contacts",
        sql_target("""
            SELECT normalized AS contact,
                   replaceOne(toString(rule), 'contact:', '') AS contact_type,
                   count() AS hits,
                   uniqExact(group_id) AS groups,
                   uniqExact(user_id) AS accounts,
                   min(ts) AS first_seen,
                   max(ts) AS last_seen,
                   any(match) AS as_written
            FROM grouppulse.moderation_hits
            WHERE startsWith(rule, 'contact:') AND $__timeFilter(ts)
            GROUP BY contact, contact_type
            ORDER BY groups DESC, hits DESC, contact
            LIMIT 50
        """),
        description="Contact details (WeChat / QQ ids, phone numbers, links) posted as "
        "drainage, after normalisation, by how many groups they reached; as_written is one "
        "spelling as sent.",
        w=12, h=10,
    )


def campaigns() -> Json:
    return table(
        "Spam campaigns",
        sql_target(spam_campaigns_sql(detailed=True)),
        description="Cross-group ad campaigns (alerts of kind spam_campaign), by the number "
        "of groups reached; accounts = posting accounts named in the latest update; "
        "campaign_key = the shared contact, wording or account that linked the groups.",
        w=12, h=10,
    )


# Review hits carry their message's event time and verdict. The newest 200 messages in review
# are among the messages of the newest 200 events with a review hit, so the hits (a small table)
# give a time bound and the groups involved; the messages are then read through their sort key
# (group, time) instead of across every group of the range.
REVIEW_HITS = """
    SELECT event_id, group_id, ts
    FROM grouppulse.moderation_hits
    WHERE verdict = 'review' AND $__timeFilter(ts)
"""
QUEUE_SINCE = f"""
    SELECT min(ts) FROM (
        SELECT ts FROM ({REVIEW_HITS}) GROUP BY event_id, ts ORDER BY ts DESC, event_id LIMIT 200)
"""  # noqa: S608 - constant SQL fragments, no input


def review_queue() -> Json:
    return table(
        "Review queue (possible false positives)",
        sql_target(f"""
            WITH ({QUEUE_SINCE}) AS since
            SELECT m.ts AS ts, m.group_id AS group_id, m.user_id AS user_id, m.text AS text,
                   h.matches AS matches, h.normalized_text AS normalized_text,
                   h.rules AS rules, h.hit_categories AS categories, h.evasions AS evasions,
                   m.event_id AS event_id
            FROM (
                SELECT event_id,
                       arraySort(groupArray((toString(rule), match, normalized))) AS found,
                       arrayStringConcat(arrayMap(x -> x.1, found), ' | ') AS rules,
                       arrayStringConcat(arrayMap(x -> x.2, found), ' | ') AS matches,
                       arrayStringConcat(arrayMap(x -> x.3, found), ' | ') AS normalized_text,
                       arrayStringConcat(arraySort(groupUniqArray(toString(category))), ',')
                           AS hit_categories,
                       arrayStringConcat(arraySort(groupUniqArrayArray(normalized_by)), ',')
                           AS evasions
                FROM grouppulse.moderation_hits
                WHERE verdict = 'review' AND $__timeFilter(ts) AND ts >= since
                GROUP BY event_id
            ) AS h
            INNER JOIN (
                SELECT event_id, ts, group_id, user_id, text
                FROM grouppulse.messages
                WHERE verdict = 'review' AND $__timeFilter(ts) AND ts >= since
                  AND group_id IN (SELECT group_id FROM ({REVIEW_HITS}) WHERE ts >= since)
            ) AS m ON m.event_id = h.event_id
            ORDER BY ts DESC, event_id
            LIMIT 200
        """),  # noqa: S608 - constant SQL fragments, no input
        description="Messages with verdict review, newest first: matches = what each rule "
        "matched as sent, normalized_text = what the rule saw, evasions = the normalisations "
        "involved. A match that reads innocently in context is a false positive: add the "
        "phrase to the allowlist (custom lexicon files).",
        w=24, h=12,
        overrides=[group_link()],
    )


def enforcement_actions() -> Json:
    return timeseries(
        "Enforcement actions",
        sql_target("""
            SELECT $__timeInterval(ts) AS time, toString(action) AS action, count() AS actions
            FROM grouppulse.actions
            WHERE $__timeFilter(ts)
            GROUP BY time, action
            ORDER BY time
        """, time_series=True),
        description="Strike-ladder actions per interval (warn, mute, kick), across groups.",
        stack=True, bars=True, w=12,
    )


def repeat_offenders() -> Json:
    return table(
        "Repeat offenders",
        sql_target("""
            SELECT user_id, count() AS strikes, uniqExact(group_id) AS groups,
                   argMax(toString(action), ts) AS last_action,
                   max(blacklist) AS blacklisted,
                   max(ts) AS last_strike
            FROM grouppulse.actions
            WHERE $__timeFilter(ts)
            GROUP BY user_id
            ORDER BY strikes DESC, last_strike DESC
            LIMIT 50
        """),
        description="Members with the most strikes in the range, across all groups.",
        w=12,
        overrides=[field_override("blacklisted", {"unit": "bool_yes_no"})],
    )


def build() -> Json:
    return dashboard(
        UID,
        "grouppulse · Moderation",
        [
            hits_by_category(),
            verdicts(),
            hits_by_rule(),
            evasion_techniques(),
            top_contacts(),
            campaigns(),
            review_queue(),
            enforcement_actions(),
            repeat_offenders(),
        ],
        description="Moderation hits by category, rule and evasion; contacts and campaigns; "
        "the review queue.",
        refresh="1m",
        time_from="now-24h",
    )
