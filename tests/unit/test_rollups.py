"""The rollups of migrations 007, 009 and 010 on chDB: what a materialized view does with a retried insert,
a replay, a rebalance copy, and a re-run of the migration; the stored KOC list of 011 after a
refresh. These are the guarantees (and the
one limit) written in docs/schema.md and docs/cookbook.md."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

from sinks.clickhouse import IdempotentWriter, bundled_migrations, migrate
from sinks.rows import MEMBERSHIP_EVENTS, MESSAGES

ROLLUPS = ("group_hourly", "group_daily", "estate_hourly", "user_daily", "user_monthly")


def message(i: int, user: str = "u1", group: str = "g1", sentiment: float = 0.0) -> tuple[object, ...]:
    ts = datetime(2026, 11, 2, 1, tzinfo=UTC) + timedelta(minutes=i)
    categories = ["ad"] if i % 4 == 0 else []
    verdict = "reject" if i % 4 == 0 else "pass"
    return (f"e{i}", ts, group, user, "", "text", "hi", "", verdict, categories, sentiment, "",
            0, i)


def rollup_messages(client, db: str) -> dict[str, int]:
    return {t: int(client.query(f"SELECT sum(messages) FROM {db}.{t}").result_rows[0][0] or 0)
            for t in ROLLUPS}


def retry(client, db: str, rows: list[tuple[object, ...]], token_ids: list[str]) -> None:
    """What a retried insert looks like to ClickHouse: the same rows and the same token as the
    sink's own (bypassing the sink's id look-up, which would skip them anyway)."""
    token = hashlib.sha256("\x1f".join(["messages", *sorted(token_ids)]).encode()).hexdigest()
    client.insert(f"{db}.messages", rows, column_names=list(MESSAGES.columns),
                  settings={"insert_deduplication_token": token,
                            "deduplicate_blocks_in_dependent_materialized_views": 1})


def test_a_retried_insert_is_counted_once_in_every_rollup(clickhouse) -> None:
    client, db = clickhouse
    migrate(client, db)
    writer = IdempotentWriter(client, db)
    batch = [message(i, user=f"u{i % 3}", sentiment=-0.5 if i % 2 else 0.5) for i in range(12)]
    assert writer.write(MESSAGES, batch) == 12
    retry(client, db, batch, [str(row[0]) for row in batch])
    retry(client, db, batch, [str(row[0]) for row in batch])
    assert writer.write(MESSAGES, batch) == 0  # a replay: nothing reaches the views
    assert rollup_messages(client, db) == dict.fromkeys(ROLLUPS, 12)
    day = client.query(
        f"SELECT sum(messages), uniqExactMerge(speakers), sum(ad_messages), "
        f"sum(rejected_messages), sum(negative_messages), sum(sentiment_sum) "
        f"FROM {db}.group_daily").result_rows[0]
    assert day == (12, 3, 3, 3, 6, 0.0)
    # A new batch whose view output equals the first one's is not mistaken for a retry.
    again = [message(i + 100, user=f"u{i % 3}") for i in range(12)]
    assert writer.write(MESSAGES, again) == 12
    assert rollup_messages(client, db) == dict.fromkeys(ROLLUPS, 24)


def test_the_known_limit_a_rebalance_copy_and_its_rebuild(clickhouse) -> None:
    """Two workers writing the same event in two inserts: the raw table holds a copy until a
    merge (uniqExact(event_id) is right at once), the rollups count it twice; rebuilding the
    day from FINAL puts them right (the rebuild is the cookbook's, run by its test)."""
    client, db = clickhouse
    migrate(client, db)
    row = message(1)
    for worker in ("a", "b"):
        client.insert(f"{db}.messages", [row], column_names=list(MESSAGES.columns),
                      settings={"insert_deduplication_token": f"worker-{worker}"})
    assert client.query(f"SELECT uniqExact(event_id) FROM {db}.messages").result_rows == [(1,)]
    # what the cookbook's rollup check counts: FINAL folds the copy while reading
    assert client.query(f"SELECT count() FROM {db}.messages").result_rows == [(2,)]
    assert client.query(f"SELECT count() FROM {db}.messages FINAL").result_rows == [(1,)]
    assert rollup_messages(client, db) == dict.fromkeys(ROLLUPS, 2)
    client.command(f"OPTIMIZE TABLE {db}.messages FINAL")
    assert client.query(f"SELECT count() FROM {db}.messages").result_rows == [(1,)]
    assert rollup_messages(client, db) == dict.fromkeys(ROLLUPS, 2)  # still: see the docs


def test_the_migration_backfills_history_and_a_rerun_rebuilds(clickhouse) -> None:
    client, db = clickhouse
    (rollups,) = [m for m in bundled_migrations() if m.name == "rollups"]
    before = [m for m in bundled_migrations() if m.version < rollups.version]
    migrate(client, db, before)
    writer = IdempotentWriter(client, db)
    writer.write(MESSAGES, [message(i, user=f"u{i % 5}") for i in range(20)])
    joined = datetime(2026, 11, 2, 3, tzinfo=UTC)
    writer.write(MEMBERSHIP_EVENTS, [("j1", joined, "g1", "u9", "", "join", "", 0, 1)])
    migrate(client, db)  # 007 fills the rollups from the 20 messages already there
    assert rollup_messages(client, db) == dict.fromkeys(ROLLUPS, 20)
    for statement in rollups.statements(db):  # a re-run after a failure: rebuilt, not doubled
        client.command(statement)
    assert rollup_messages(client, db) == dict.fromkeys(ROLLUPS, 20)
    assert client.query(f"SELECT sum(joins) FROM {db}.group_daily").result_rows == [(1,)]
    writer.write(MESSAGES, [message(50)])  # and the views keep going
    assert rollup_messages(client, db) == dict.fromkeys(ROLLUPS, 21)


def test_user_monthly_rerun_rebuilds_and_its_days_bitmask_is_exact(clickhouse) -> None:
    """Migration 009 backfills like 007; the bitmask holds the China days of the month with a
    message (bit n = day n + 1), also when a month's rows are not merged yet."""
    client, db = clickhouse
    (monthly,) = [m for m in bundled_migrations() if m.name == "user_monthly"]
    migrate(client, db, [m for m in bundled_migrations() if m.version < monthly.version])
    writer = IdempotentWriter(client, db)
    # 2026-11-02 01:00 UTC is 09:00 on 2 November in China; 16:30 UTC on 2 November is already
    # 00:30 on the 3rd there, and 30 November 17:00 UTC is 1 December.
    writer.write(MESSAGES, [message(i) for i in range(3)])
    migrate(client, db)
    late = [(f"x{i}", ts, "g1", "u1", "", "text", "hi", "", "pass", [], 0.0, "", 0, 100 + i)
            for i, ts in enumerate([datetime(2026, 11, 2, 16, 30, tzinfo=UTC),
                                    datetime(2026, 11, 30, 17, 0, tzinfo=UTC)])]
    writer.write(MESSAGES, late)
    for statement in monthly.statements(db):  # a re-run rebuilds the same rows
        client.command(statement)
    writer.write(MESSAGES, [message(10)])  # unmerged rows of one key: OR-ed when read
    rows = client.query(
        f"SELECT month, groupBitOr(days), sum(messages), sum(rejected_messages) "
        f"FROM {db}.user_monthly WHERE user_id = 'u1' GROUP BY month ORDER BY month").result_rows
    assert [(str(m), d, n, r) for m, d, n, r in rows] == [
        ("2026-11-01", 0b110, 5, 1), ("2026-12-01", 0b1, 1, 0)]


def test_estate_hourly_speakers_are_the_group_speakers_added_up(clickhouse) -> None:
    """Migration 010: the distinct (group, sender) pairs of an hour equal the sum over groups
    of group_hourly's speakers, in one state per hour, also before merges; a re-run of the
    migration rebuilds the same rows from the raw messages."""
    client, db = clickhouse
    (migration,) = [m for m in bundled_migrations() if m.name == "estate_hourly"]
    migrate(client, db, [m for m in bundled_migrations() if m.version < migration.version])
    writer = IdempotentWriter(client, db)
    # u1 speaks in g1 and g2 (two speakers), u2 twice in g1 (one), over two inserts; then a
    # second hour (i >= 60 is 02:00 UTC)
    writer.write(MESSAGES, [message(i, user=u, group=g) for i, (u, g) in
                            enumerate([("u1", "g1"), ("u1", "g2"), ("u2", "g1")])])
    migrate(client, db)  # 010 fills estate_hourly from the messages already there
    writer.write(MESSAGES, [message(10, user="u2", group="g1"), message(11, user="u3", group="g2"),
                            message(70, user="u1", group="g1")])

    def per_hour(sql: str) -> list[tuple[object, ...]]:
        return [tuple(r) for r in client.query(sql).result_rows]

    expected = per_hour(
        f"SELECT hour, sum(m), sum(s) FROM (SELECT hour, group_id, sum(messages) AS m, "
        f"uniqExactMerge(speakers) AS s FROM {db}.group_hourly GROUP BY hour, group_id) "
        f"GROUP BY hour ORDER BY hour")
    raw = per_hour(
        f"SELECT toStartOfHour(toDateTime(ts, 'UTC')) AS hour, count(), "
        f"uniqExact(group_id, user_id) FROM {db}.messages GROUP BY hour ORDER BY hour")
    estate = (f"SELECT hour, sum(messages), uniqExactMerge(speakers) FROM {db}.estate_hourly "
              f"GROUP BY hour ORDER BY hour")
    assert [r[1:] for r in expected] == [(5, 4), (1, 1)]
    assert per_hour(estate) == expected == raw
    for statement in migration.statements(db):  # a re-run after a failure: rebuilt, not doubled
        client.command(statement)
    assert per_hour(estate) == expected


# The KOC question of docs/cookbook.md asked of the raw messages, for the report day the view
# uses (the day before the latest China day with a message).
RAW_KOC = """
WITH (SELECT toDate(max(ts), 'Asia/Shanghai') FROM {db}.messages) - 1 AS report_day
SELECT report_day, group_id, toUInt8(row_number() OVER (PARTITION BY group_id
       ORDER BY m DESC, user_id)) AS rank, user_id, name AS user_name, m AS messages,
       round(m / total, 4) AS share, toUInt8(days) AS active_days,
       round(sent / m, 4) AS mean_sentiment, last AS last_message
FROM (
    SELECT group_id, user_id, count() AS m, countIf(verdict = 'reject') AS r,
           any(user_name) AS name, uniqExact(toDate(ts, 'Asia/Shanghai')) AS days,
           sum(toFloat64(sentiment)) AS sent, max(ts) AS last,
           sum(count()) OVER (PARTITION BY group_id) AS total
    FROM {db}.messages
    WHERE toDate(ts, 'Asia/Shanghai') > report_day - 30
      AND toDate(ts, 'Asia/Shanghai') <= report_day
    GROUP BY group_id, user_id
)
WHERE r = 0 AND m >= 3
ORDER BY group_id, rank
LIMIT 5 BY group_id"""
KOC_COLUMNS = ("report_day, group_id, rank, user_id, user_name, messages, share, active_days, "
               "mean_sentiment, last_message")


def test_the_stored_koc_list_equals_the_raw_answer_after_a_refresh(clickhouse) -> None:
    """Migration 011: koc_candidates, rewritten by a refreshable view, holds after a refresh
    exactly the KOC answer of the raw messages; the next refresh picks up new messages."""
    client, db = clickhouse
    migrate(client, db)
    writer = IdempotentWriter(client, db)
    seq = iter(range(10_000))

    def says(user: str, day: int, n: int = 1, group: str = "g1", verdict: str = "pass",
             sentiment: float = 0.5) -> list[tuple[object, ...]]:
        """n messages of ``user`` on China day 2026-10-``day`` (11:00 China time)."""
        ts = datetime(2026, 10, 1, 3, tzinfo=UTC) + timedelta(days=day - 1)
        return [(f"k{i}", ts + timedelta(minutes=i), group, user, f"name-{user}", "text", "hi",
                 "", verdict, [], sentiment, "", 0, i) for i in (next(seq) for _ in range(n))]

    rows = [*says("a", 10, 3), *says("a", 20, 2), *says("a", 31), *says("b", 12, 5),
            *says("c", 25, 5, sentiment=-0.5), *says("d", 28, 4), *says("e", 30, 3),
            *says("f", 30, 3),  # 6th place (ties e, later user_id)
            *says("r", 20, 9), *says("r", 21, verdict="reject"),  # a rejected message: out
            *says("s", 20, 2),  # under 3 messages: out
            *says("old", 1, 10),  # before the 30 days (report day 31 Oct: 2-31 Oct)
            *says("x", 15, 3, group="g2"),
            *says("late", 32, 20)]  # 1 Nov: the latest day, after the report day
    writer.write(MESSAGES, rows)
    koc = f"SELECT {KOC_COLUMNS} FROM {db}.koc_candidates ORDER BY group_id, rank"
    refresh = [f"SYSTEM REFRESH VIEW {db}.koc_candidates_mv",
               f"SYSTEM WAIT VIEW {db}.koc_candidates_mv"]
    for statement in refresh:
        client.command(statement)
    stored = [tuple(r) for r in client.query(koc).result_rows]
    assert stored == [tuple(r) for r in client.query(RAW_KOC.format(db=db)).result_rows]
    assert [(str(r[0]), r[1], r[2], r[3], r[5], r[7]) for r in stored] == [
        ("2026-10-31", "g1", 1, "a", 6, 3), ("2026-10-31", "g1", 2, "b", 5, 1),
        ("2026-10-31", "g1", 3, "c", 5, 1), ("2026-10-31", "g1", 4, "d", 4, 1),
        ("2026-10-31", "g1", 5, "e", 3, 1), ("2026-10-31", "g2", 1, "x", 3, 1)]
    assert stored[0][6] == round(6 / 38, 4) and stored[2][8] == -0.5
    (first,) = client.query(f"SELECT DISTINCT refreshed_at FROM {db}.koc_candidates").result_rows

    writer.write(MESSAGES, says("f", 31, 5))  # f overtakes everyone, only after a refresh
    for statement in refresh:
        client.command(statement)
    stored = [tuple(r) for r in client.query(koc).result_rows]
    assert stored == [tuple(r) for r in client.query(RAW_KOC.format(db=db)).result_rows]
    assert [r[3] for r in stored] == ["f", "a", "b", "c", "d", "x"]
    (again,) = client.query(f"SELECT DISTINCT refreshed_at FROM {db}.koc_candidates").result_rows
    assert again >= first
