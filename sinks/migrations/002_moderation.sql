-- grouppulse schema, version 2: moderation hits. Never edit once released.

CREATE TABLE IF NOT EXISTS ${db}.moderation_hits
(
    hit_id        String COMMENT 'event_id:rule:start, unique per hit',
    ts            DateTime64(3, 'UTC') COMMENT 'Event time of the message',
    event_id      String COMMENT 'The message (messages.event_id)',
    group_id      LowCardinality(String) COMMENT 'Chat group id',
    user_id       String COMMENT 'Sender id',
    category      LowCardinality(String) COMMENT 'ad, flood, fraud, gambling, drugs, porn, politics, violence, abuse, privacy, self_harm, custom',
    rule          LowCardinality(String) COMMENT 'Rule or lexicon entry that fired, e.g. lexicon:ad:加微信 or contact:wechat',
    severity      LowCardinality(String) COMMENT 'review or reject: what this hit alone asks for',
    match         String COMMENT 'The matched span of the original text, as sent',
    normalized    String COMMENT 'The same span after normalisation (what the rule saw)',
    normalized_by Array(LowCardinality(String)) COMMENT 'Normalisations that revealed it: fullwidth, traditional, separator, zero_width, digit_variant, homophone, pinyin, repeat (empty: plain text)',
    verdict       LowCardinality(String) COMMENT 'Verdict of the whole message: pass, review or reject',
    lexicon_version String COMMENT 'Version of the lexicon that produced the hit',
    ingested_at   DateTime64(3, 'UTC') DEFAULT now64(3) COMMENT 'When the row was written',
    INDEX hit_id_bloom hit_id TYPE bloom_filter(0.001) GRANULARITY 2
)
ENGINE = ReplacingMergeTree(ingested_at)
PARTITION BY toYYYYMM(ts)
ORDER BY (group_id, ts, hit_id)
SETTINGS non_replicated_deduplication_window = 1000;
