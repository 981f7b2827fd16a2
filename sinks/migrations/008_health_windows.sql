-- grouppulse schema, version 8: window figures in the hourly health snapshots. Never edit once released.

ALTER TABLE ${db}.group_health
    ADD COLUMN IF NOT EXISTS messages_1h UInt32 COMMENT 'Messages in this hour',
    ADD COLUMN IF NOT EXISTS speakers_1h UInt32 COMMENT 'Distinct speakers in this hour (HyperLogLog estimate: exact below ~10, ~5 % off at 500)',
    ADD COLUMN IF NOT EXISTS joins_1h UInt32 COMMENT 'Joins in this hour',
    ADD COLUMN IF NOT EXISTS leaves_1h UInt32 COMMENT 'Leaves in this hour',
    ADD COLUMN IF NOT EXISTS ad_share_1h Float32 COMMENT 'Share of messages with an ad verdict in this hour',
    ADD COLUMN IF NOT EXISTS peak_messages_1m UInt32 COMMENT 'Messages in the busiest minute of this hour (1-minute tumbling counts)',
    ADD COLUMN IF NOT EXISTS messages_24h UInt32 COMMENT 'Messages in the 24 hours ending with this hour',
    ADD COLUMN IF NOT EXISTS speakers_24h UInt32 COMMENT 'Distinct speakers in those 24 hours (HyperLogLog estimate)',
    ADD COLUMN IF NOT EXISTS joins_24h UInt32 COMMENT 'Joins in those 24 hours',
    ADD COLUMN IF NOT EXISTS leaves_24h UInt32 COMMENT 'Leaves in those 24 hours',
    ADD COLUMN IF NOT EXISTS ad_share_24h Float32 COMMENT 'Share of messages with an ad verdict in those 24 hours',
    ADD COLUMN IF NOT EXISTS activity_rate_24h Float32 COMMENT 'speakers_24h / members: the operators'' daily activity rate (发言人数/总人数)';
