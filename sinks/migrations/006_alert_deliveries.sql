-- grouppulse schema, version 6: page deliveries to receivers. Never edit once released.

CREATE TABLE IF NOT EXISTS ${db}.alert_deliveries
(
    delivery_id   String COMMENT 'alert_id:receiver, one row per alert and receiver',
    ts            DateTime64(3, 'UTC') COMMENT 'Event time of the alert',
    alert_id      String COMMENT 'The alert (alerts.alert_id)',
    dedup_key     String COMMENT 'The alert''s dedup key',
    kind          LowCardinality(String) COMMENT 'Alert kind',
    severity      LowCardinality(String) COMMENT 'info, warning or critical',
    receiver      LowCardinality(String) COMMENT 'Receiver scheme and host (never the token-bearing path)',
    ok            Bool COMMENT 'Delivered (2xx)',
    status        UInt16 COMMENT 'Last HTTP status, 0 when no answer',
    attempts      UInt8 COMMENT 'Attempts made (retries with backoff and jitter)',
    error         String COMMENT 'Last error when not delivered',
    seconds       Float32 COMMENT 'Time spent delivering, retries included',
    ingested_at   DateTime64(3, 'UTC') DEFAULT now64(3) COMMENT 'When the row was written',
    INDEX delivery_id_bloom delivery_id TYPE bloom_filter(0.001) GRANULARITY 2
)
ENGINE = ReplacingMergeTree(ingested_at)
PARTITION BY toYYYYMM(ts)
ORDER BY (ts, delivery_id)
SETTINGS non_replicated_deduplication_window = 1000;
