-- grouppulse schema, version 4: group mood in the hourly health snapshots. Never edit once released.

ALTER TABLE ${db}.group_health
    ADD COLUMN IF NOT EXISTS negative_share_1h Float32 COMMENT 'Share of negative messages (sentiment <= -0.15) in this hour',
    ADD COLUMN IF NOT EXISTS mean_sentiment_1h Float32 COMMENT 'Mean sentiment of this hour',
    ADD COLUMN IF NOT EXISTS negative_share_24h Float32 COMMENT 'Share of negative messages over the last 24 hours',
    ADD COLUMN IF NOT EXISTS mean_sentiment_24h Float32 COMMENT 'Mean sentiment over the last 24 hours',
    ADD COLUMN IF NOT EXISTS negative_baseline Float32 COMMENT 'The group''s usual hourly negative share (learned, EWMA)',
    ADD COLUMN IF NOT EXISTS complaint_storm Bool COMMENT 'This hour was a complaint storm (negative_sentiment alert)';
