"""Shared fixtures. chDB allows one data directory per process: unit tests share one and
isolate themselves with a random database each; integration tests query through the CLI."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def chdb_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("chdb")


@pytest.fixture
def clickhouse(chdb_path: Path) -> Iterator[tuple[object, str]]:
    """A chDB client and a fresh database name, dropped afterwards."""
    from sinks.clickhouse import connect

    client = connect(f"chdb://{chdb_path}", f"chdb://{chdb_path}")
    database = f"test_{uuid.uuid4().hex[:12]}"
    try:
        yield client, database
    finally:
        client.command(f"DROP DATABASE IF EXISTS {database}")
        client.close()
