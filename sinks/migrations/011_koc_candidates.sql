-- grouppulse schema, version 11: the stored KOC list. Never edit once released.
--
-- "KOC candidates over 30 days for all groups" has to count every (group, sender) pair of the
-- window (1.9 M pairs in 6.9 M user_daily rows for 10 M messages): 1.3 s on a quiet machine,
-- up to 2.9 s loaded, at any grain the rollups have. The answer changes once a day, so it is
-- stored: a refreshable materialized view recomputes it every hour (at the start of each UTC
-- hour, and once when the view is created or the server starts) and swaps it into
-- koc_candidates whole, so readers see the previous list or the new one, never a mix.
-- Readers get a list at most 1 h old; refreshed_at says when it was computed. To refresh now:
--     SYSTEM REFRESH VIEW grouppulse.koc_candidates_mv;
--     SYSTEM WAIT VIEW grouppulse.koc_candidates_mv;
--
-- The report day follows the event-time clock, like alerts (DESIGN.md, "Time"): the day
-- before the latest China day with a message, i.e. yesterday in live operation, and the
-- replayed day when history is replayed. The computation is the former cookbook query 7.

CREATE TABLE IF NOT EXISTS ${db}.koc_candidates
(
    report_day     Date COMMENT 'Last China calendar day of the 30-day window: the day before the latest day with a message (yesterday, live)',
    group_id       LowCardinality(String) COMMENT 'Chat group id',
    rank           UInt8 COMMENT '1-5 within the group, by messages (ties by user_id)',
    user_id        String COMMENT 'Sender id',
    user_name      String COMMENT 'A display name the sender used in the window (from user_daily: can be '''' when messages came without one)',
    messages       UInt64 COMMENT 'Messages of the sender in the group over the 30 days (at least 3, none rejected)',
    share          Float64 COMMENT 'messages / all the group''s messages over the 30 days, rounded to 4 places',
    active_days    UInt8 COMMENT 'Days of the 30 with a message from the sender in the group',
    mean_sentiment Float64 COMMENT 'Mean sentiment of the sender''s messages, rounded to 4 places',
    last_message   DateTime64(3, 'UTC') COMMENT 'Time of the sender''s last message in the window',
    refreshed_at   DateTime('UTC') COMMENT 'When this list was computed (UTC): at most 1 h ago while the view runs'
)
ENGINE = MergeTree()
ORDER BY (group_id, rank)
COMMENT 'Top 5 contributors (KOC candidates) per group over 30 days, rewritten whole every hour by koc_candidates_mv: read it as is';

CREATE MATERIALIZED VIEW IF NOT EXISTS ${db}.koc_candidates_mv
REFRESH EVERY 1 HOUR TO ${db}.koc_candidates
AS WITH (SELECT max(day) FROM ${db}.user_daily) - 1 AS report_day
SELECT
    report_day,
    k.gid AS group_id,
    toUInt8(row_number() OVER (PARTITION BY k.gid ORDER BY k.m DESC, k.uid)) AS rank,
    k.uid AS user_id,
    k.name AS user_name,
    k.m AS messages,
    round(k.m / t.total, 4) AS share,
    k.days AS active_days,
    round(k.sent / k.m, 4) AS mean_sentiment,
    k.last AS last_message,
    toDateTime(now(), 'UTC') AS refreshed_at
FROM (
    -- user_daily rows are summed as they are (no need to fold them per day first); active
    -- days are counted as bits of a 30-day mask, exact even before merges
    SELECT any(group_id) AS gid, any(user_id) AS uid, anyIf(user_name, user_name != '') AS name,
           sum(messages) AS m,
           bitCount(groupBitOr(bitShiftLeft(toUInt64(1), toUInt8(report_day - day)))) AS days,
           sum(sentiment_sum) AS sent, max(last_message) AS last
    FROM ${db}.user_daily
    WHERE day > report_day - 30 AND day <= report_day
      AND cityHash64(group_id, user_id) IN (
          -- candidates first, from message counts alone: per group the senders with at
          -- least 3 messages and none rejected, top 5 by messages with ties at the fifth
          -- place. (group, sender) pairs and groups are keyed by 64-bit hashes
          SELECT pair
          FROM (
              SELECT cityHash64(group_id, user_id) AS pair, any(cityHash64(group_id)) AS g,
                     sum(messages) AS m
              FROM ${db}.user_daily
              WHERE day > report_day - 30 AND day <= report_day
              GROUP BY pair
              HAVING sum(rejected_messages) = 0 AND m >= 3
          )
          QUALIFY rank() OVER (PARTITION BY g ORDER BY m DESC) <= 5)
    GROUP BY cityHash64(group_id, user_id)
    ORDER BY gid, m DESC, uid
    LIMIT 5 BY gid
) AS k
INNER JOIN (
    SELECT group_id, sum(messages) AS total
    FROM ${db}.group_daily
    WHERE day > report_day - 30 AND day <= report_day
    GROUP BY group_id
) AS t ON t.group_id = k.gid;
