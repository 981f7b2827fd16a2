"""ClickHouse I/O: connecting, schema migrations and idempotent inserts.

All calls here are blocking; ``sinks.batching`` runs them on one dedicated thread so the event
loop never waits on ClickHouse.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

import clickhouse_connect
from clickhouse_connect.driver.client import Client

from sinks.rows import Row, Table

log = logging.getLogger(__name__)

MIGRATION_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class ClickHouseUnavailable(RuntimeError):
    """ClickHouse cannot be opened or reached; the message is safe to show (no password)."""


def connect(dsn: str, display_dsn: str) -> Client:
    """A client for ``chdb:///path`` or ``http(s)://user:pass@host:port`` DSNs."""
    if dsn.startswith("chdb:"):
        folder = Path(dsn.removeprefix("chdb://"))
        folder.mkdir(parents=True, exist_ok=True)
        if chdb_directory_in_use(folder):
            raise ClickHouseUnavailable(
                f"cannot open ClickHouse at {display_dsn}: another process (a running worker or "
                "demo?) holds this chDB directory; stop it, or query through it with "
                "--worker-url http://127.0.0.1:<its web port>"
            )
    try:
        return clickhouse_connect.get_client(dsn=dsn)
    except Exception as exc:
        message = " ".join(str(exc).replace(dsn, display_dsn).split())
        raise ClickHouseUnavailable(f"cannot open ClickHouse at {display_dsn}: {message}") from None


def chdb_directory_in_use(folder: Path) -> bool:
    """True if another process holds the ClickHouse ``status`` file lock of ``folder``.

    Checked up front because chDB itself only prints the reason to stderr.
    """
    status = folder / "status"
    if not status.exists():
        return False
    with open(status, "rb") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
    return False


def check_identifier(name: str) -> str:
    if not IDENTIFIER.match(name):
        raise ValueError(f"not a plain identifier: {name!r}")
    return name


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.sql.encode()).hexdigest()

    def statements(self, database: str) -> list[str]:
        body = "\n".join(
            line for line in self.sql.splitlines() if not line.lstrip().startswith("--")
        )
        return [s.strip() for s in body.replace("${db}", database).split(";") if s.strip()]


def bundled_migrations() -> list[Migration]:
    """The numbered ``sinks/migrations/NNN_name.sql`` files shipped in the package."""
    found = []
    for entry in resources.files("sinks").joinpath("migrations").iterdir():
        match = MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"duplicate migration versions: {versions}")
    return found


def migrate(client: Client, database: str, migrations: Sequence[Migration] | None = None) -> list[
    Migration
]:
    """Apply the migrations not yet recorded in ``schema_migrations``; return those applied.

    An applied migration whose file changed since is an error: old files are never edited.
    """
    db = check_identifier(database)
    client.command(f"CREATE DATABASE IF NOT EXISTS {db}")
    client.command(
        f"CREATE TABLE IF NOT EXISTS {db}.schema_migrations "
        "(version UInt32, name String, checksum String, "
        "applied_at DateTime64(3, 'UTC') DEFAULT now64(3)) "
        "ENGINE = ReplacingMergeTree ORDER BY version"
    )
    applied = {
        int(row[0]): str(row[1])
        for row in client.query(
            f"SELECT version, checksum FROM {db}.schema_migrations FINAL"  # noqa: S608 - checked
        ).result_rows
    }
    done = []
    for migration in migrations if migrations is not None else bundled_migrations():
        if migration.version in applied:
            if applied[migration.version] != migration.checksum:
                raise RuntimeError(
                    f"migration {migration.version:03d}_{migration.name}.sql changed after it "
                    "was applied; add a new numbered file instead of editing an old one"
                )
            continue
        for statement in migration.statements(db):
            client.command(statement)
        client.insert(
            f"{db}.schema_migrations",
            [[migration.version, migration.name, migration.checksum]],
            column_names=["version", "name", "checksum"],
        )
        log.info("applied migration %03d_%s", migration.version, migration.name)
        done.append(migration)
    return done


LOOKUP_QUERY_BYTES = 100_000  # ids per existence query: under max_query_size even escaped


class IdempotentWriter:
    """Inserts batches so that writing the same rows again never duplicates them.

    1. Rows whose id already exists (looked up within the batch's time range, which the table's
       partitioning and bloom-filter index make cheap) are dropped, as are repeats inside the
       batch: this covers replays and redelivery after a crash.
    2. The insert carries a deduplication token derived from its ids, so an insert retried
       after a timeout that had in fact succeeded is discarded by ClickHouse.
    """

    def __init__(self, client: Client, database: str) -> None:
        self.client = client
        self.database = check_identifier(database)

    def existing_ids(
        self, table: Table, ids: Iterable[str], lo: datetime, hi: datetime
    ) -> set[str]:
        """The ids already in the table, asked in chunks: the ids travel inside the query
        text, and ClickHouse refuses a query over ``max_query_size`` (256 KiB) — one hour
        close of 10,000 groups, or 5,000 events with 64-character ids, is more than that, and
        the refused write would be retried for ever."""
        found: set[str] = set()
        chunk: list[str] = []
        size = 0
        for key in ids:
            cost = len(key.encode()) + 4  # quotes, comma, space; escaping at most doubles it
            if chunk and size + cost > LOOKUP_QUERY_BYTES:
                found |= self._existing_ids(table, chunk, lo, hi)
                chunk, size = [], 0
            chunk.append(key)
            size += cost
        if chunk:
            found |= self._existing_ids(table, chunk, lo, hi)
        return found

    def _existing_ids(
        self, table: Table, ids: list[str], lo: datetime, hi: datetime
    ) -> set[str]:
        # Identifiers are checked constants; values go through query parameters. Times go as
        # epoch milliseconds: datetime parameters would lose the milliseconds.
        where = f"{table.id_column} IN %(ids)s"
        parameters: dict[str, Any] = {"ids": ids}
        if table.time_is_stable:
            where += (
                f" AND {table.ts_column} BETWEEN fromUnixTimestamp64Milli(%(lo)s)"
                " AND fromUnixTimestamp64Milli(%(hi)s)"
            )
            parameters["lo"] = math.floor(lo.timestamp() * 1000)
            parameters["hi"] = math.ceil(hi.timestamp() * 1000)
        result = self.client.query(
            f"SELECT {table.id_column} FROM {self.database}.{table.name} WHERE {where}",  # noqa: S608
            parameters=parameters,
        )
        return {str(row[0]) for row in result.result_rows}

    def write(self, table: Table, rows: Sequence[Row]) -> int:
        """Insert the rows not yet present; return how many were inserted."""
        if not rows:
            return 0
        unique: dict[str, Row] = {}
        for row in rows:
            unique.setdefault(row[0], row)
        times = [row[1] for row in unique.values()]
        present = self.existing_ids(table, unique.keys(), min(times), max(times))
        fresh = [row for key, row in unique.items() if key not in present]
        if not fresh:
            return 0
        token = hashlib.sha256(
            "\x1f".join([table.name, *sorted(row[0] for row in fresh)]).encode()
        ).hexdigest()
        self.client.insert(
            f"{self.database}.{table.name}",
            fresh,
            column_names=list(table.columns),
            # The token also dedups the rollups fed by materialized views (migration 007):
            # each rollup has its own dedup window, and this setting (default 1 only in recent
            # ClickHouse versions) makes the views' blocks checked against it.
            settings={
                "insert_deduplication_token": token,
                "deduplicate_blocks_in_dependent_materialized_views": 1,
            },
        )
        return len(fresh)

    def close(self) -> None:
        self.client.close()
