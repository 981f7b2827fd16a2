-- grouppulse schema, version 1. Never edit once released: add 002_*.sql instead.
-- ${db} is replaced by the configured database name.
--
-- Idempotency: the sink never inserts an id that is already in the table (it looks the ids of
-- every batch up first), and each insert carries a deduplication token so a retried insert is
-- dropped by ClickHouse itself. So count() is exact without FINAL. ReplacingMergeTree with the id
-- at the end of the sorting key is the last line of defence for the rare overlap of two workers
-- during a rebalance: background merges fold such copies.

CREATE TABLE IF NOT EXISTS ${db}.messages
(
    event_id      String COMMENT 'Producer-assigned unique id of the event',
    ts            DateTime64(3, 'UTC') COMMENT 'Event time (when the message was sent)',
    group_id      LowCardinality(String) COMMENT 'Chat group id',
    user_id       String COMMENT 'Sender id',
    user_name     String COMMENT 'Sender display name, if the producer sent it',
    msg_type      LowCardinality(String) COMMENT 'text, image, link, card, miniprogram, red_packet, voice, video, file, emoji, system',
    text          String COMMENT 'Message text as sent (not normalised)',
    url           String COMMENT 'Link target for link/card messages',
    verdict       LowCardinality(String) COMMENT 'Moderation verdict: pass, review or reject',
    categories    Array(LowCardinality(String)) COMMENT 'Moderation categories hit (empty when clean)',
    sentiment     Float32 COMMENT 'Sentiment score in [-1, 1], 0 = neutral',
    extra         String COMMENT 'Unknown input fields, kept as a JSON object',
    kafka_partition UInt32 COMMENT 'Input topic partition the event came from',
    kafka_offset  UInt64 COMMENT 'Offset in that partition',
    ingested_at   DateTime64(3, 'UTC') DEFAULT now64(3) COMMENT 'When the row was written',
    INDEX event_id_bloom event_id TYPE bloom_filter(0.001) GRANULARITY 2
)
ENGINE = ReplacingMergeTree(ingested_at)
PARTITION BY toYYYYMM(ts)
ORDER BY (group_id, ts, event_id)
SETTINGS non_replicated_deduplication_window = 1000;

CREATE TABLE IF NOT EXISTS ${db}.membership_events
(
    event_id      String COMMENT 'Producer-assigned unique id of the event',
    ts            DateTime64(3, 'UTC') COMMENT 'Event time of the join or leave',
    group_id      LowCardinality(String) COMMENT 'Chat group id',
    user_id       String COMMENT 'Member who joined or left',
    user_name     String COMMENT 'Display name, if sent',
    action        LowCardinality(String) COMMENT 'join or leave',
    extra         String COMMENT 'Unknown input fields, kept as a JSON object',
    kafka_partition UInt32 COMMENT 'Input topic partition',
    kafka_offset  UInt64 COMMENT 'Offset in that partition',
    ingested_at   DateTime64(3, 'UTC') DEFAULT now64(3) COMMENT 'When the row was written',
    INDEX event_id_bloom event_id TYPE bloom_filter(0.001) GRANULARITY 2
)
ENGINE = ReplacingMergeTree(ingested_at)
PARTITION BY toYYYYMM(ts)
ORDER BY (group_id, ts, event_id)
SETTINGS non_replicated_deduplication_window = 1000;

CREATE TABLE IF NOT EXISTS ${db}.group_snapshots
(
    event_id      String COMMENT 'Producer-assigned unique id of the snapshot event',
    ts            DateTime64(3, 'UTC') COMMENT 'Event time of the snapshot',
    group_id      LowCardinality(String) COMMENT 'Chat group id',
    group_name    String COMMENT 'Group name at that time',
    member_count  UInt32 COMMENT 'Members reported by the platform',
    extra         String COMMENT 'Unknown input fields, kept as a JSON object',
    kafka_partition UInt32 COMMENT 'Input topic partition',
    kafka_offset  UInt64 COMMENT 'Offset in that partition',
    ingested_at   DateTime64(3, 'UTC') DEFAULT now64(3) COMMENT 'When the row was written',
    INDEX event_id_bloom event_id TYPE bloom_filter(0.001) GRANULARITY 2
)
ENGINE = ReplacingMergeTree(ingested_at)
PARTITION BY toYYYYMM(ts)
ORDER BY (group_id, ts, event_id)
SETTINGS non_replicated_deduplication_window = 1000;

CREATE TABLE IF NOT EXISTS ${db}.dead_letters
(
    dead_letter_id String COMMENT 'topic:partition:offset:hash of the raw bytes (stable across redeliveries)',
    ts            DateTime64(3, 'UTC') COMMENT 'When the broker received the record (record timestamp)',
    topic         LowCardinality(String) COMMENT 'Topic the record came from',
    partition     UInt32 COMMENT 'Partition it came from',
    offset        UInt64 COMMENT 'Offset in that partition',
    key           String COMMENT 'Record key as text (lossy for binary keys)',
    raw           String COMMENT 'The original record value, byte for byte',
    reason_code   LowCardinality(String) COMMENT 'bad_json, bad_encoding, not_object, missing_field, wrong_type, bad_value, oversized, processing_error',
    reason        String COMMENT 'Human-readable reason',
    ingested_at   DateTime64(3, 'UTC') DEFAULT now64(3) COMMENT 'When the row was written',
    INDEX dead_letter_id_bloom dead_letter_id TYPE bloom_filter(0.001) GRANULARITY 2
)
ENGINE = ReplacingMergeTree(ingested_at)
PARTITION BY toYYYYMM(ts)
ORDER BY (ts, dead_letter_id)
SETTINGS non_replicated_deduplication_window = 1000;

CREATE TABLE IF NOT EXISTS ${db}.alerts
(
    alert_id      String COMMENT 'Unique id of this alert record',
    ts            DateTime64(3, 'UTC') COMMENT 'Event time of the trigger',
    kind          LowCardinality(String) COMMENT 'risk, blacklist, dying_group, group_revived, spam_campaign, negative_sentiment, flood',
    severity      LowCardinality(String) COMMENT 'info, warning or critical',
    group_id      LowCardinality(String) COMMENT 'Group the alert is about (first group for multi-group alerts)',
    group_ids     Array(String) COMMENT 'All groups involved (multi-group alerts such as campaigns)',
    user_id       String COMMENT 'User the alert is about, if any',
    title         String COMMENT 'One-line summary, Chinese',
    detail        String COMMENT 'Evidence as a JSON object',
    dedup_key     String COMMENT 'Stable key: repeats of the same alert share it',
    ingested_at   DateTime64(3, 'UTC') DEFAULT now64(3) COMMENT 'When the row was written',
    INDEX alert_id_bloom alert_id TYPE bloom_filter(0.001) GRANULARITY 2
)
ENGINE = ReplacingMergeTree(ingested_at)
PARTITION BY toYYYYMM(ts)
ORDER BY (ts, alert_id)
SETTINGS non_replicated_deduplication_window = 1000;
