"""The ClickHouse cluster DDL (sinks/cluster.py) follows the real migrations, parses, and the
example in docs/scaling.md is what the generator prints today."""

from __future__ import annotations

import re
from pathlib import Path

import chdb
import pytest

from sinks.clickhouse import Migration, bundled_migrations
from sinks.cluster import cluster_ddl, sharding_key

ROOT = Path(__file__).resolve().parents[2]
DDL = cluster_ddl()


def statements(text: str) -> list[str]:
    out = []
    for chunk in text.split(";\n"):
        body = "\n".join(line for line in chunk.splitlines() if not line.startswith("--")).strip()
        if body:
            out.append(body.rstrip(";"))
    return out


def tables_in_migrations() -> set[str]:
    found = set()
    for migration in bundled_migrations():
        found |= set(re.findall(r"CREATE TABLE IF NOT EXISTS \$\{db\}\.(\w+)", migration.sql))
    return found


def test_every_table_has_a_replicated_local_table_and_a_distributed_one() -> None:
    tables = tables_in_migrations()
    assert {"messages", "alerts", "group_health", "moderation_hits"} <= tables
    stored_answers = {"koc_candidates"}  # rewritten whole by a refreshable view: see below
    for table in tables - stored_answers:
        local = re.search(
            rf"CREATE TABLE IF NOT EXISTS grouppulse\.{table}_local ON CLUSTER grouppulse\n"
            r"\((?s:.*?)\nENGINE = Replicated(?:ReplacingMergeTree|AggregatingMergeTree)\("
            rf"'/clickhouse/tables/{{shard}}/grouppulse/{table}_local', '{{replica}}'"
            r"(?:, ingested_at|, updated_at)?\)",
            DDL,
        )
        assert local, f"{table}: no replicated local table"
        assert re.search(
            rf"CREATE TABLE IF NOT EXISTS grouppulse\.{table} ON CLUSTER grouppulse "
            rf"AS grouppulse\.{table}_local\nENGINE = Distributed\(grouppulse, grouppulse, "
            rf"{table}_local, cityHash64\(\w+\)\)",
            DDL,
        ), f"{table}: no Distributed table"
    assert "non_replicated_deduplication_window" not in DDL
    assert " ReplacingMergeTree(" not in DDL.replace("ReplicatedReplacingMergeTree(", "")


def test_messages_are_sharded_by_group() -> None:
    for table in ("messages", "moderation_hits", "group_health", "membership_events"):
        assert f"{table}_local, cityHash64(group_id))" in DDL
    assert "actions_local, cityHash64(user_id))" in DDL  # strike ladder is per user
    assert "alerts_local, cityHash64(alert_id))" in DDL  # sorted by time: shard by id


def test_alters_reach_local_and_distributed_tables() -> None:
    assert "ALTER TABLE grouppulse.group_health_local ON CLUSTER grouppulse" in DDL
    assert "ALTER TABLE grouppulse.group_health ON CLUSTER grouppulse" in DDL
    assert "CREATE VIEW IF NOT EXISTS grouppulse.user_strikes ON CLUSTER grouppulse" in DDL


def test_every_statement_parses() -> None:
    parsed = 0
    for statement in statements(DDL):
        chdb.query("EXPLAIN AST " + statement, "CSV")  # raises on a syntax error
        parsed += 1
    assert parsed >= 2 * len(tables_in_migrations())


def test_idempotent_and_named() -> None:
    for statement in statements(DDL):
        if statement.startswith(("TRUNCATE TABLE IF EXISTS", "INSERT INTO")):
            continue  # a rollup fill: TRUNCATE then INSERT ... SELECT rebuilds, never adds
        assert "IF NOT EXISTS" in statement or "ADD COLUMN IF NOT EXISTS" in statement
    other = cluster_ddl(cluster="prod", database="pulse")
    assert "ON CLUSTER prod" in other and "Distributed(prod, pulse, messages_local" in other
    with pytest.raises(ValueError):
        cluster_ddl(cluster="bad name")


def test_unknown_statement_kinds_are_refused() -> None:
    odd = Migration(99, "odd", "DROP TABLE ${db}.messages;")
    with pytest.raises(ValueError, match="no cluster form"):
        cluster_ddl(migrations=[odd])
    with pytest.raises(ValueError, match="ORDER BY"):
        sharding_key("CREATE TABLE t (a Int8) ENGINE = ReplacingMergeTree()")


def test_scaling_doc_shows_the_current_ddl() -> None:
    doc = (ROOT / "docs" / "scaling.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sql\n(.*?)```", doc, re.S)
    shown = [s for block in blocks for s in statements(block)]
    assert shown, "docs/scaling.md has no sql example"
    current = set(statements(DDL))
    for statement in shown:
        if "grouppulse" in statement and "ON CLUSTER" in statement:
            assert statement in current, (
                "docs/scaling.md is stale: paste from `python -m sinks.cluster`:\n" + statement[:200]
            )


def test_rollups_are_kept_per_shard() -> None:
    """A materialized view fires on the shard that stores the insert: it reads the local
    source and writes the local rollup; both are sharded by group, so a group's rollup rows
    live next to its messages."""
    assert ("CREATE MATERIALIZED VIEW IF NOT EXISTS grouppulse.group_daily_messages_mv ON CLUSTER "
            "grouppulse TO grouppulse.group_daily_local\n") in DDL
    assert "FROM grouppulse.messages_local\nGROUP BY group_id, day" in DDL
    for rollup in ("group_hourly", "group_daily", "user_daily", "user_monthly"):
        assert f"{rollup}_local, cityHash64(group_id))" in DDL
        assert f"TRUNCATE TABLE IF EXISTS grouppulse.{rollup}_local ON CLUSTER grouppulse" in DDL
    assert "INSERT INTO grouppulse.user_daily\nSELECT" in DDL
    assert ("CREATE MATERIALIZED VIEW IF NOT EXISTS grouppulse.user_monthly_mv ON CLUSTER "
            "grouppulse TO grouppulse.user_monthly_local\n") in DDL
    # estate_hourly: each shard keeps the (group, sender) pairs of its own groups, disjoint
    # between shards, so merging the states read through the Distributed table is exact
    assert ("CREATE MATERIALIZED VIEW IF NOT EXISTS grouppulse.estate_hourly_mv ON CLUSTER "
            "grouppulse TO grouppulse.estate_hourly_local\n") in DDL
    assert "TRUNCATE TABLE IF EXISTS grouppulse.estate_hourly_local ON CLUSTER grouppulse" in DDL


def test_a_stored_answer_is_a_full_copy_on_every_node_refreshed_from_the_cluster() -> None:
    """koc_candidates is small and rewritten whole each hour: every node keeps its own copy,
    and its view reads the Distributed tables, so each copy covers every shard."""
    assert re.search(r"CREATE TABLE IF NOT EXISTS grouppulse\.koc_candidates ON CLUSTER "
                     r"grouppulse\n\((?s:.*?)\nENGINE = MergeTree\(\)", DDL)
    view = DDL[DDL.index("CREATE MATERIALIZED VIEW IF NOT EXISTS grouppulse.koc_candidates_mv"):]
    view = view[:view.index(";")]
    assert "ON CLUSTER grouppulse\nREFRESH EVERY 1 HOUR TO grouppulse.koc_candidates\n" in view
    assert "grouppulse.user_daily" in view and "_local" not in view
