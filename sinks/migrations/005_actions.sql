-- grouppulse schema, version 5: enforcement actions (the strike ladder). Never edit once released.

CREATE TABLE IF NOT EXISTS ${db}.actions
(
    action_id     String COMMENT 'The rejected message''s event_id: one strike per violation',
    ts            DateTime64(3, 'UTC') COMMENT 'Event time of the violation',
    user_id       String COMMENT 'The member to act on',
    group_id      LowCardinality(String) COMMENT 'Group where the violation happened',
    action        LowCardinality(String) COMMENT 'warn, mute or kick, for a bot or a person to carry out',
    strikes       UInt16 COMMENT 'Strikes of this user in the last 30 days, this one included (all groups)',
    blacklist     Bool COMMENT 'The user goes on the global blacklist',
    reason        String COMMENT 'Categories of the violation, e.g. ad,fraud',
    ingested_at   DateTime64(3, 'UTC') DEFAULT now64(3) COMMENT 'When the row was written',
    INDEX action_id_bloom action_id TYPE bloom_filter(0.001) GRANULARITY 2
)
ENGINE = ReplacingMergeTree(ingested_at)
PARTITION BY toYYYYMM(ts)
ORDER BY (user_id, ts, action_id)
SETTINGS non_replicated_deduplication_window = 1000;

CREATE VIEW IF NOT EXISTS ${db}.user_strikes
(
    user_id String COMMENT 'Member',
    strikes_30d UInt64 COMMENT 'Strikes in the 30 days before now, across all groups',
    groups Array(String) COMMENT 'Groups where those strikes happened',
    last_action String COMMENT 'The latest action taken',
    last_strike DateTime64(3, 'UTC') COMMENT 'Time of the latest strike',
    blacklisted UInt8 COMMENT '1 once the ladder put the user on the blacklist'
)
AS SELECT
    user_id,
    count() AS strikes_30d,
    groupUniqArray(group_id) AS groups,
    argMax(action, ts) AS last_action,
    max(ts) AS last_strike,
    max(blacklist) AS blacklisted
FROM ${db}.actions
WHERE ts >= now64(3) - INTERVAL 30 DAY
GROUP BY user_id;
