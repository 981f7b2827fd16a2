"""Schema and idempotent writes on a real ClickHouse engine (chDB)."""

from datetime import UTC, datetime, timedelta

import pytest

from sinks.clickhouse import IdempotentWriter, Migration, bundled_migrations, migrate
from sinks.rows import ALL_TABLES, DEAD_LETTERS, MESSAGES, dead_letter_row


def message(i: int, day: int = 0) -> tuple[object, ...]:
    ts = datetime(2026, 11, 2, tzinfo=UTC) + timedelta(days=day, seconds=i)
    return (f"e{i}", ts, f"g{i % 3}", "u1", "", "text", "hi", "", "pass", [], 0.0, "", 0, i)


def count(client, db: str, table: str) -> tuple[int, int]:
    return client.query(f"SELECT count(), uniqExact({table}_id) FROM {db}.{table}".replace(
        "messages_id", "event_id").replace("dead_letters_id", "dead_letter_id")).result_rows[0]


def test_bundled_migrations_are_numbered_and_create_every_table(clickhouse) -> None:
    client, db = clickhouse
    migrations = bundled_migrations()
    assert [m.version for m in migrations] == list(range(1, len(migrations) + 1))
    applied = migrate(client, db)
    assert [m.version for m in applied] == [m.version for m in migrations]
    tables = {row[0] for row in client.query(f"SHOW TABLES FROM {db}").result_rows}
    assert {t.name for t in ALL_TABLES} | {"schema_migrations"} <= tables
    assert migrate(client, db) == []  # idempotent


def test_every_column_is_documented(clickhouse) -> None:
    client, db = clickhouse
    migrate(client, db)
    undocumented = client.query(
        f"SELECT table, name FROM system.columns WHERE database = '{db}' "
        "AND table != 'schema_migrations' AND comment = '' AND table NOT IN (SELECT name "
        f"FROM system.tables WHERE database = '{db}' AND engine = 'MaterializedView')"
    ).result_rows  # materialized views store nothing: their targets carry the comments
    assert undocumented == []


def test_an_edited_migration_is_refused(clickhouse) -> None:
    client, db = clickhouse
    first = Migration(1, "one", "CREATE TABLE ${db}.t (a UInt8) ENGINE = MergeTree ORDER BY a;")
    migrate(client, db, [first])
    edited = Migration(1, "one", first.sql + "\n-- edited")
    with pytest.raises(RuntimeError, match="changed after it was applied"):
        migrate(client, db, [edited])


def test_writing_the_same_rows_twice_adds_nothing(clickhouse) -> None:
    client, db = clickhouse
    migrate(client, db)
    writer = IdempotentWriter(client, db)
    rows = [message(i, day=i % 40) for i in range(3000)]  # spans two monthly partitions
    assert writer.write(MESSAGES, rows) == 3000
    assert writer.write(MESSAGES, rows) == 0
    overlapping = rows[2500:] + [message(i) for i in range(3000, 3500)]
    assert writer.write(MESSAGES, overlapping) == 500
    assert count(client, db, "messages") == (3500, 3500)


def test_a_batch_whose_ids_exceed_the_query_size_limit_is_written(clickhouse) -> None:
    """The existence check puts the ids in the query text; ClickHouse refuses a query over
    256 KiB, and a refused write is retried for ever (the pipeline stalled on the snapshots of
    an hour close of 10,000 groups). Ids of the longest allowed length, some with quotes."""
    client, db = clickhouse
    migrate(client, db)
    writer = IdempotentWriter(client, db)
    rows = [(f"e{i}-" + "'x" * 125, *message(i)[1:]) for i in range(2000)]  # ~520 KB of ids
    assert writer.write(MESSAGES, rows) == 2000
    assert writer.write(MESSAGES, rows[1000:] + [message(1)]) == 1
    assert count(client, db, "messages") == (2001, 2001)


def test_repeats_inside_one_batch_are_written_once(clickhouse) -> None:
    client, db = clickhouse
    migrate(client, db)
    writer = IdempotentWriter(client, db)
    assert writer.write(MESSAGES, [message(1), message(1), message(2)]) == 2
    assert count(client, db, "messages") == (2, 2)


def test_dead_letters_keep_raw_bytes_and_deduplicate(clickhouse) -> None:
    client, db = clickhouse
    migrate(client, db)
    writer = IdempotentWriter(client, db)
    row = dead_letter_row(topic="group-events", partition=1, offset=5, timestamp_ms=1793592001500,
                          key=b"g1", raw=b'\xff{"broken', reason_code="bad_encoding", reason="x")
    assert writer.write(DEAD_LETTERS, [row]) == 1
    assert writer.write(DEAD_LETTERS, [row]) == 0
    stored = client.query(f"SELECT hex(raw), reason_code FROM {db}.dead_letters").result_rows
    assert stored == [(b'\xff{"broken'.hex().upper(), "bad_encoding")]
