"""A ``Writer`` that keeps rows in memory: the sink's contract without ClickHouse, for tests
that exercise the pipeline or the agents in one process."""

from __future__ import annotations

from sinks.rows import Row, Table


class MemoryWriter:
    def __init__(self) -> None:
        self.rows: dict[str, list[Row]] = {}

    def write(self, table: Table, rows: list[Row]) -> int:
        self.rows.setdefault(table.name, []).extend(rows)
        return len(rows)
