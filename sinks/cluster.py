"""ClickHouse *cluster* DDL derived from the numbered migrations, for when one server is not enough.

    python -m sinks.cluster [--cluster NAME] [--database DB]   # prints the DDL

Each table of ``sinks/migrations`` becomes a ``<table>_local`` replicated table on every shard
(``ReplicatedReplacingMergeTree``, same columns, keys and partitions) plus a ``Distributed`` table
under the original name, so the workers, dashboards and analysts keep using the same names.
Derived from the migration text rather than written by hand, so it cannot drift from the
single-server schema; a test runs it over every bundled migration. docs/scaling.md explains it.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence

from sinks.clickhouse import Migration, bundled_migrations, check_identifier

CREATE_TABLE = re.compile(r"^CREATE TABLE IF NOT EXISTS (?P<db>\w+)\.(?P<table>\w+)\s*\n")
ALTER_TABLE = re.compile(r"^ALTER TABLE (?P<db>\w+)\.(?P<table>\w+)\s*\n")
CREATE_VIEW = re.compile(r"^CREATE VIEW IF NOT EXISTS (?P<db>\w+)\.(?P<table>\w+)\s*\n")
CREATE_MV = re.compile(
    r"^CREATE MATERIALIZED VIEW IF NOT EXISTS (?P<db>\w+)\.(?P<view>\w+) TO (?P=db)\.(?P<to>\w+)\n"
)
CREATE_REFRESHED_MV = re.compile(
    r"^CREATE MATERIALIZED VIEW IF NOT EXISTS (?P<db>\w+)\.(?P<view>\w+)\n"
    r"REFRESH (?P<schedule>[^\n]+?) TO (?P=db)\.(?P<to>\w+)\n"
)
PLAIN_ENGINE = re.compile(r"^ENGINE = MergeTree\(\)$", re.M)
FROM_TABLE = re.compile(r"^FROM (?P<db>\w+)\.(?P<table>\w+)$", re.M)
TRUNCATE = re.compile(r"^TRUNCATE TABLE IF EXISTS (?P<db>\w+)\.(?P<table>\w+)$")
INSERT_SELECT = re.compile(r"^INSERT INTO \w+\.\w+\b.*\bSELECT\b", re.S)
ENGINE = re.compile(
    r"^ENGINE = (?P<engine>ReplacingMergeTree|AggregatingMergeTree)\((?P<version>\w*)\)$", re.M
)
ORDER_BY = re.compile(r"^ORDER BY \((?P<columns>[^)]*)\)$", re.M)
LOCAL_ONLY_SETTING = re.compile(r"^SETTINGS non_replicated_deduplication_window = \d+$\n?", re.M)


def sharding_key(statement: str) -> str:
    """Rows of one group (or one user, or one id) always land on the same shard.

    The first sorting column, unless it is the time: then the row's id (the last one). Keeping an
    id on one shard is what lets ReplacingMergeTree fold a duplicate written during a rebalance.
    """
    match = ORDER_BY.search(statement)
    if match is None:
        raise ValueError("table without ORDER BY (...)")
    columns = [c.strip() for c in match["columns"].split(",")]
    column = columns[-1] if columns[0] == "ts" else columns[0]
    return f"cityHash64({column})"


def table_ddl(statement: str, cluster: str) -> list[str]:
    header = CREATE_TABLE.match(statement)
    if header is not None and PLAIN_ENGINE.search(statement):
        # a stored answer (rewritten whole by a refreshable view): each node keeps its own
        # full copy, computed from the Distributed tables, and is read where it is
        return [f"CREATE TABLE IF NOT EXISTS {header['db']}.{header['table']} "
                f"ON CLUSTER {cluster}\n{statement[header.end():]}"]
    engine = ENGINE.search(statement)
    if header is None or engine is None:
        raise ValueError(f"not a Replacing/AggregatingMergeTree table: {statement[:80]!r}")
    db, table = header["db"], header["table"]
    local = f"{table}_local"
    replicated = (
        f"ENGINE = Replicated{engine['engine']}('/clickhouse/tables/{{shard}}/{db}/{local}', "
        f"'{{replica}}'{', ' + engine['version'] if engine['version'] else ''})"
    )
    body = statement[header.end():]
    body = LOCAL_ONLY_SETTING.sub("", ENGINE.sub(lambda _: replicated, body)).rstrip()
    return [
        f"CREATE TABLE IF NOT EXISTS {db}.{local} ON CLUSTER {cluster}\n{body}",
        f"CREATE TABLE IF NOT EXISTS {db}.{table} ON CLUSTER {cluster} AS {db}.{local}\n"
        f"ENGINE = Distributed({cluster}, {db}, {local}, {sharding_key(statement)})",
    ]


def statement_ddl(statement: str, cluster: str) -> list[str]:
    if CREATE_TABLE.match(statement):
        return table_ddl(statement, cluster)
    alter = ALTER_TABLE.match(statement)
    if alter:  # the local tables hold the data; the Distributed table must show the columns too
        rest = statement[alter.end():]
        return [f"ALTER TABLE {alter['db']}.{alter['table']}{suffix} ON CLUSTER {cluster}\n{rest}"
                for suffix in ("_local", "")]
    view = CREATE_VIEW.match(statement)
    if view:  # reads the Distributed table, so it sees every shard
        return [f"CREATE VIEW IF NOT EXISTS {view['db']}.{view['table']} ON CLUSTER {cluster}\n"
                + statement[view.end():]]
    refreshed = CREATE_REFRESHED_MV.match(statement)
    if refreshed:  # on every node: recomputes its own copy from the Distributed tables
        return [f"CREATE MATERIALIZED VIEW IF NOT EXISTS {refreshed['db']}.{refreshed['view']} "
                f"ON CLUSTER {cluster}\nREFRESH {refreshed['schedule']} TO "
                f"{refreshed['db']}.{refreshed['to']}\n{statement[refreshed.end():]}"]
    mv = CREATE_MV.match(statement)
    if mv:  # on every shard: fed by inserts into the local source, writes the local rollup
        body = FROM_TABLE.sub(lambda m: f"FROM {m['db']}.{m['table']}_local", statement[mv.end():])
        return [f"CREATE MATERIALIZED VIEW IF NOT EXISTS {mv['db']}.{mv['view']} "
                f"ON CLUSTER {cluster} TO {mv['db']}.{mv['to']}_local\n{body}"]
    truncate = TRUNCATE.match(statement)
    if truncate:  # the rebuild of a rollup: empty it on every shard, then refill (below)
        return [f"TRUNCATE TABLE IF EXISTS {truncate['db']}.{truncate['table']}_local "
                f"ON CLUSTER {cluster}"]
    if INSERT_SELECT.match(statement):  # a one-off fill: Distributed to Distributed, run once
        return [statement]
    raise ValueError(f"no cluster form for this statement: {statement[:80]!r}")


def cluster_ddl(
    cluster: str = "grouppulse",
    database: str = "grouppulse",
    migrations: Sequence[Migration] | None = None,
) -> str:
    """The whole schema as cluster DDL, every statement idempotent (IF NOT EXISTS; a rollup
    fill is a TRUNCATE then INSERT ... SELECT pair, which rebuilds rather than adds)."""
    cluster, database = check_identifier(cluster), check_identifier(database)
    out = [f"CREATE DATABASE IF NOT EXISTS {database} ON CLUSTER {cluster};"]
    for migration in migrations if migrations is not None else bundled_migrations():
        out.append(f"\n-- {migration.version:03d}_{migration.name}.sql")
        for statement in migration.statements(database):
            out += [f"{ddl};" for ddl in statement_ddl(statement, cluster)]
    return "\n\n".join(out) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sinks.cluster", description=__doc__)
    parser.add_argument("--cluster", default="grouppulse", help="remote_servers cluster name")
    parser.add_argument("--database", default="grouppulse")
    args = parser.parse_args(argv)
    sys.stdout.write(cluster_ddl(args.cluster, args.database))
    return 0


if __name__ == "__main__":
    sys.exit(main())
