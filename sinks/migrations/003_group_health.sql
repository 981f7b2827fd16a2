-- grouppulse schema, version 3: hourly group health snapshots. Never edit once released.

CREATE TABLE IF NOT EXISTS ${db}.group_health
(
    snapshot_id   String COMMENT 'group_id:hour start (epoch ms), unique per group and hour',
    ts            DateTime64(3, 'UTC') COMMENT 'Start of the event-time hour this snapshot closes',
    group_id      LowCardinality(String) COMMENT 'Chat group id',
    state         LowCardinality(String) COMMENT 'new, active, cooling, dying or dead (after this hour)',
    previous_state LowCardinality(String) COMMENT 'State before this hour (differs on a state change)',
    health_score  Float32 COMMENT 'Health score 0-100 (formula in the README)',
    messages      UInt32 COMMENT 'Messages in the judged hours (the last 6 event-time hours)',
    expected_messages Float32 COMMENT 'Messages the group''s own rhythm predicts for those hours',
    speakers      UInt32 COMMENT 'Distinct speakers in the judged hours',
    members       UInt32 COMMENT 'Members (last snapshot plus joins minus leaves)',
    activity_rate Float32 COMMENT 'speakers / members over the judged hours',
    joins         UInt32 COMMENT 'Joins in the judged hours',
    leaves        UInt32 COMMENT 'Leaves in the judged hours',
    ad_share      Float32 COMMENT 'Share of messages with an ad verdict in the judged hours',
    negative_share Float32 COMMENT 'Share of messages with sentiment <= -0.3',
    mean_sentiment Float32 COMMENT 'Mean sentiment of the judged hours',
    silent_since  Nullable(DateTime64(3, 'UTC')) COMMENT 'Last message before a silence of 2 h or more',
    ingested_at   DateTime64(3, 'UTC') DEFAULT now64(3) COMMENT 'When the row was written',
    INDEX snapshot_id_bloom snapshot_id TYPE bloom_filter(0.001) GRANULARITY 2
)
ENGINE = ReplacingMergeTree(ingested_at)
PARTITION BY toYYYYMM(ts)
ORDER BY (group_id, ts, snapshot_id)
SETTINGS non_replicated_deduplication_window = 1000;
