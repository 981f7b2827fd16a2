-- grouppulse schema, version 9: a rollup per group, sender and month. Never edit once released.
--
-- user_daily has one row per group, sender and day: 30 days of it are nearly as many rows as
-- messages (10 M messages gave 6.9 M rows), and a question about every member ever seen (the
-- lurker count) reads all of it. user_monthly keeps one row per group, sender and China
-- calendar month, with the days of the month the sender wrote as a bitmask, so "spoke on any
-- day of this window" stays exact for any window of days, not only whole months: 1.9 M rows
-- for that month, and history grows by month instead of by day.
--
-- Deduplication and backfill as in 007: the view sees each INSERT block once, a retried insert
-- (same insert_deduplication_token) is dropped thanks to the dedup window below plus
-- deduplicate_blocks_in_dependent_materialized_views = 1 (set by the sink); the fill starts
-- with TRUNCATE, so running this file again after a failure rebuilds instead of double
-- counting. Apply it while no worker writes (grouppulse migrate, or the migrate Job).

CREATE TABLE IF NOT EXISTS ${db}.user_monthly
(
    month             Date COMMENT 'First day of the China calendar month (Asia/Shanghai) of the messages',
    group_id          LowCardinality(String) COMMENT 'Chat group id',
    user_id           String COMMENT 'Sender id',
    user_name         SimpleAggregateFunction(anyLast, String) COMMENT 'A display name the sender used that month',
    days              SimpleAggregateFunction(groupBitOr, UInt32) COMMENT 'Days of the month with a message: bit n set = a message on day n + 1. bitCount(days) = active days, bitAnd(days, mask) tests any window of days',
    messages          SimpleAggregateFunction(sum, UInt64) COMMENT 'Messages of this sender in this group that month',
    ad_messages       SimpleAggregateFunction(sum, UInt64) COMMENT 'Of which with the ad category',
    rejected_messages SimpleAggregateFunction(sum, UInt64) COMMENT 'Of which with verdict reject',
    negative_messages SimpleAggregateFunction(sum, UInt64) COMMENT 'Of which with sentiment <= -0.15',
    sentiment_sum     SimpleAggregateFunction(sum, Float64) COMMENT 'Sum of the sender''s sentiment scores that month',
    first_message     SimpleAggregateFunction(min, DateTime64(3, 'UTC')) COMMENT 'Time of the first message that month',
    last_message      SimpleAggregateFunction(max, DateTime64(3, 'UTC')) COMMENT 'Time of the last message that month'
)
ENGINE = AggregatingMergeTree()
PARTITION BY toYYYYMM(month)
ORDER BY (group_id, month, user_id)
SETTINGS non_replicated_deduplication_window = 1000
COMMENT 'Rollup per group, sender and China month of messages, with a bitmask of active days (members ever seen, lurkers), kept by a materialized view';

CREATE MATERIALIZED VIEW IF NOT EXISTS ${db}.user_monthly_mv TO ${db}.user_monthly
AS SELECT
    toStartOfMonth(toDate(ts, 'Asia/Shanghai')) AS month,
    group_id,
    user_id,
    anyLast(user_name) AS user_name,
    groupBitOr(bitShiftLeft(toUInt32(1), toDayOfMonth(toDate(ts, 'Asia/Shanghai')) - 1)) AS days,
    count() AS messages,
    countIf(has(categories, 'ad')) AS ad_messages,
    countIf(verdict = 'reject') AS rejected_messages,
    countIf(sentiment <= -0.15) AS negative_messages,
    sum(toFloat64(sentiment)) AS sentiment_sum,
    min(ts) AS first_message,
    max(ts) AS last_message
FROM ${db}.messages
GROUP BY group_id, month, user_id;

TRUNCATE TABLE IF EXISTS ${db}.user_monthly;

INSERT INTO ${db}.user_monthly
SELECT
    toStartOfMonth(toDate(ts, 'Asia/Shanghai')) AS month,
    group_id,
    user_id,
    anyLast(user_name),
    groupBitOr(bitShiftLeft(toUInt32(1), toDayOfMonth(toDate(ts, 'Asia/Shanghai')) - 1)),
    count(),
    countIf(has(categories, 'ad')),
    countIf(verdict = 'reject'),
    countIf(sentiment <= -0.15),
    sum(toFloat64(sentiment)),
    min(ts),
    max(ts)
FROM ${db}.messages FINAL
GROUP BY group_id, month, user_id
SETTINGS insert_deduplicate = 0;
