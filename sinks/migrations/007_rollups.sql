-- grouppulse schema, version 7: rollups for dashboards and analysts. Never edit once released.
--
-- Materialized views fold every insert into messages, membership_events and group_snapshots
-- into three AggregatingMergeTree tables, so daily KPIs, activity rates, lurkers and KOCs read
-- thousands of rows instead of millions. Read them with sum() / the -Merge combinators and
-- GROUP BY (rows of one key are only folded by background merges).
--
-- Deduplication: a materialized view sees each INSERT block once. The sink never re-inserts an
-- id that is present, and a retried insert (same insert_deduplication_token) is dropped in the
-- source table and, thanks to the dedup window on each rollup plus
-- deduplicate_blocks_in_dependent_materialized_views = 1 (set by the sink), in every rollup.
-- The one case not covered: two workers inserting the same event in two different inserts
-- during a rebalance. ReplacingMergeTree later folds the raw copy, the rollups keep counting
-- it. docs/cookbook.md has the check and the one-day rebuild.
--
-- Days are China calendar days (Asia/Shanghai), the day operators review. Hours are UTC hours
-- (China is UTC+8 all year, so an hour is the same hour in both).
--
-- The statements below create the rollups, then fill them from the raw tables (FINAL folds
-- any leftover duplicate). The fill starts with TRUNCATE so that running this file again after
-- a failure rebuilds instead of double counting. Apply it while no worker writes (grouppulse
-- migrate, or the migrate Job before a rollout; a starting worker migrates before it consumes).

CREATE TABLE IF NOT EXISTS ${db}.group_hourly
(
    hour              DateTime('UTC') COMMENT 'Start of the event-time hour (UTC)',
    group_id          LowCardinality(String) COMMENT 'Chat group id',
    messages          SimpleAggregateFunction(sum, UInt64) COMMENT 'Messages in the hour. Read with sum(messages)',
    speakers          AggregateFunction(uniqExact, String) COMMENT 'Distinct senders, a state: uniqExactMerge(speakers) gives exact speakers over any set of rows',
    ad_messages       SimpleAggregateFunction(sum, UInt64) COMMENT 'Messages with the ad category (has(categories, ''ad''))',
    rejected_messages SimpleAggregateFunction(sum, UInt64) COMMENT 'Messages with verdict reject',
    negative_messages SimpleAggregateFunction(sum, UInt64) COMMENT 'Messages with sentiment <= -0.15 (the scorer''s negative label, as in group_health)',
    sentiment_sum     SimpleAggregateFunction(sum, Float64) COMMENT 'Sum of sentiment scores: mean sentiment = sum(sentiment_sum) / sum(messages)',
    joins             SimpleAggregateFunction(sum, UInt64) COMMENT 'member_join events in the hour',
    leaves            SimpleAggregateFunction(sum, UInt64) COMMENT 'member_leave events in the hour'
)
ENGINE = AggregatingMergeTree()
PARTITION BY toYYYYMM(hour)
ORDER BY (group_id, hour)
SETTINGS non_replicated_deduplication_window = 1000
COMMENT 'Rollup per group and UTC hour of messages and membership_events, kept by materialized views';

CREATE TABLE IF NOT EXISTS ${db}.group_daily
(
    day               Date COMMENT 'China calendar day (Asia/Shanghai) of the events',
    group_id          LowCardinality(String) COMMENT 'Chat group id',
    messages          SimpleAggregateFunction(sum, UInt64) COMMENT 'Messages that day. Read with sum(messages)',
    speakers          AggregateFunction(uniqExact, String) COMMENT 'Distinct senders, a state: uniqExactMerge(speakers) gives exact speakers over any set of days',
    ad_messages       SimpleAggregateFunction(sum, UInt64) COMMENT 'Messages with the ad category',
    rejected_messages SimpleAggregateFunction(sum, UInt64) COMMENT 'Messages with verdict reject',
    negative_messages SimpleAggregateFunction(sum, UInt64) COMMENT 'Messages with sentiment <= -0.15',
    sentiment_sum     SimpleAggregateFunction(sum, Float64) COMMENT 'Sum of sentiment scores: mean = sum(sentiment_sum) / sum(messages)',
    joins             SimpleAggregateFunction(sum, UInt64) COMMENT 'member_join events that day',
    leaves            SimpleAggregateFunction(sum, UInt64) COMMENT 'member_leave events that day',
    members           AggregateFunction(argMax, UInt32, DateTime64(3, 'UTC')) COMMENT 'Latest group_snapshots.member_count, a state: argMaxMerge(members) over days <= D gives the members known at the end of D (0 if no snapshot)'
)
ENGINE = AggregatingMergeTree()
PARTITION BY toYYYYMM(day)
ORDER BY (group_id, day)
SETTINGS non_replicated_deduplication_window = 1000
COMMENT 'Rollup per group and China day of messages, membership_events and group_snapshots, kept by materialized views';

CREATE TABLE IF NOT EXISTS ${db}.user_daily
(
    day               Date COMMENT 'China calendar day (Asia/Shanghai) of the messages',
    group_id          LowCardinality(String) COMMENT 'Chat group id',
    user_id           String COMMENT 'Sender id',
    user_name         SimpleAggregateFunction(anyLast, String) COMMENT 'A display name the sender used that day',
    messages          SimpleAggregateFunction(sum, UInt64) COMMENT 'Messages of this sender in this group that day',
    ad_messages       SimpleAggregateFunction(sum, UInt64) COMMENT 'Of which with the ad category',
    rejected_messages SimpleAggregateFunction(sum, UInt64) COMMENT 'Of which with verdict reject',
    negative_messages SimpleAggregateFunction(sum, UInt64) COMMENT 'Of which with sentiment <= -0.15',
    sentiment_sum     SimpleAggregateFunction(sum, Float64) COMMENT 'Sum of the sender''s sentiment scores that day',
    first_message     SimpleAggregateFunction(min, DateTime64(3, 'UTC')) COMMENT 'Time of the first message that day',
    last_message      SimpleAggregateFunction(max, DateTime64(3, 'UTC')) COMMENT 'Time of the last message that day'
)
ENGINE = AggregatingMergeTree()
PARTITION BY toYYYYMM(day)
ORDER BY (group_id, day, user_id)
SETTINGS non_replicated_deduplication_window = 1000
COMMENT 'Rollup per group, sender and China day of messages (speakers, lurkers, KOCs), kept by a materialized view';

CREATE TABLE IF NOT EXISTS ${db}.group_categories
(
    group_id      LowCardinality(String) COMMENT 'Chat group id',
    category      LowCardinality(String) COMMENT 'Business category of the group (parenting, beauty, local ...), set by operators',
    source        LowCardinality(String) COMMENT 'Who set it: crm, operator, name_rule ...',
    updated_at    DateTime64(3, 'UTC') DEFAULT now64(3) COMMENT 'When it was set: the latest row per group wins'
)
ENGINE = ReplacingMergeTree(updated_at)
ORDER BY (group_id)
COMMENT 'Group category, not part of the input events: operators load it (see docs/cookbook.md)';

CREATE MATERIALIZED VIEW IF NOT EXISTS ${db}.group_hourly_messages_mv TO ${db}.group_hourly
AS SELECT
    toStartOfHour(toDateTime(ts, 'UTC')) AS hour,
    group_id,
    count() AS messages,
    uniqExactState(user_id) AS speakers,
    countIf(has(categories, 'ad')) AS ad_messages,
    countIf(verdict = 'reject') AS rejected_messages,
    countIf(sentiment <= -0.15) AS negative_messages,
    sum(toFloat64(sentiment)) AS sentiment_sum
FROM ${db}.messages
GROUP BY group_id, hour;

CREATE MATERIALIZED VIEW IF NOT EXISTS ${db}.group_hourly_membership_mv TO ${db}.group_hourly
AS SELECT
    toStartOfHour(toDateTime(ts, 'UTC')) AS hour,
    group_id,
    countIf(action = 'join') AS joins,
    countIf(action = 'leave') AS leaves
FROM ${db}.membership_events
GROUP BY group_id, hour;

CREATE MATERIALIZED VIEW IF NOT EXISTS ${db}.group_daily_messages_mv TO ${db}.group_daily
AS SELECT
    toDate(ts, 'Asia/Shanghai') AS day,
    group_id,
    count() AS messages,
    uniqExactState(user_id) AS speakers,
    countIf(has(categories, 'ad')) AS ad_messages,
    countIf(verdict = 'reject') AS rejected_messages,
    countIf(sentiment <= -0.15) AS negative_messages,
    sum(toFloat64(sentiment)) AS sentiment_sum
FROM ${db}.messages
GROUP BY group_id, day;

CREATE MATERIALIZED VIEW IF NOT EXISTS ${db}.group_daily_membership_mv TO ${db}.group_daily
AS SELECT
    toDate(ts, 'Asia/Shanghai') AS day,
    group_id,
    countIf(action = 'join') AS joins,
    countIf(action = 'leave') AS leaves
FROM ${db}.membership_events
GROUP BY group_id, day;

CREATE MATERIALIZED VIEW IF NOT EXISTS ${db}.group_daily_snapshots_mv TO ${db}.group_daily
AS SELECT
    toDate(ts, 'Asia/Shanghai') AS day,
    group_id,
    argMaxState(member_count, ts) AS members
FROM ${db}.group_snapshots
GROUP BY group_id, day;

CREATE MATERIALIZED VIEW IF NOT EXISTS ${db}.user_daily_mv TO ${db}.user_daily
AS SELECT
    toDate(ts, 'Asia/Shanghai') AS day,
    group_id,
    user_id,
    anyLast(user_name) AS user_name,
    count() AS messages,
    countIf(has(categories, 'ad')) AS ad_messages,
    countIf(verdict = 'reject') AS rejected_messages,
    countIf(sentiment <= -0.15) AS negative_messages,
    sum(toFloat64(sentiment)) AS sentiment_sum,
    min(ts) AS first_message,
    max(ts) AS last_message
FROM ${db}.messages
GROUP BY group_id, day, user_id;

TRUNCATE TABLE IF EXISTS ${db}.group_hourly;

TRUNCATE TABLE IF EXISTS ${db}.group_daily;

TRUNCATE TABLE IF EXISTS ${db}.user_daily;

INSERT INTO ${db}.group_hourly
    (hour, group_id, messages, speakers, ad_messages, rejected_messages, negative_messages,
     sentiment_sum)
SELECT
    toStartOfHour(toDateTime(ts, 'UTC')) AS hour,
    group_id,
    count(),
    uniqExactState(user_id),
    countIf(has(categories, 'ad')),
    countIf(verdict = 'reject'),
    countIf(sentiment <= -0.15),
    sum(toFloat64(sentiment))
FROM ${db}.messages FINAL
GROUP BY group_id, hour
SETTINGS insert_deduplicate = 0;

INSERT INTO ${db}.group_hourly (hour, group_id, joins, leaves)
SELECT
    toStartOfHour(toDateTime(ts, 'UTC')) AS hour,
    group_id,
    countIf(action = 'join'),
    countIf(action = 'leave')
FROM ${db}.membership_events FINAL
GROUP BY group_id, hour
SETTINGS insert_deduplicate = 0;

INSERT INTO ${db}.group_daily
    (day, group_id, messages, speakers, ad_messages, rejected_messages, negative_messages,
     sentiment_sum)
SELECT
    toDate(ts, 'Asia/Shanghai') AS day,
    group_id,
    count(),
    uniqExactState(user_id),
    countIf(has(categories, 'ad')),
    countIf(verdict = 'reject'),
    countIf(sentiment <= -0.15),
    sum(toFloat64(sentiment))
FROM ${db}.messages FINAL
GROUP BY group_id, day
SETTINGS insert_deduplicate = 0;

INSERT INTO ${db}.group_daily (day, group_id, joins, leaves)
SELECT
    toDate(ts, 'Asia/Shanghai') AS day,
    group_id,
    countIf(action = 'join'),
    countIf(action = 'leave')
FROM ${db}.membership_events FINAL
GROUP BY group_id, day
SETTINGS insert_deduplicate = 0;

INSERT INTO ${db}.group_daily (day, group_id, members)
SELECT
    toDate(ts, 'Asia/Shanghai') AS day,
    group_id,
    argMaxState(member_count, ts)
FROM ${db}.group_snapshots FINAL
GROUP BY group_id, day
SETTINGS insert_deduplicate = 0;

INSERT INTO ${db}.user_daily
SELECT
    toDate(ts, 'Asia/Shanghai') AS day,
    group_id,
    user_id,
    anyLast(user_name),
    count(),
    countIf(has(categories, 'ad')),
    countIf(verdict = 'reject'),
    countIf(sentiment <= -0.15),
    sum(toFloat64(sentiment)),
    min(ts),
    max(ts)
FROM ${db}.messages FINAL
GROUP BY group_id, day, user_id
SETTINGS insert_deduplicate = 0;
