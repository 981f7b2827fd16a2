"""The batching sink: ``add`` rows per event, ``flush`` per batch, only ``write`` does I/O.

The agent awaits ``flush`` before its events are acknowledged, so a batch that is not in
ClickHouse is never committed in Kafka. While ClickHouse is down, ``flush`` retries with capped
exponential backoff and does not return: the agent stops taking events, Faust's bounded stream
buffer fills and the consumer pauses fetching. Memory stays bounded and nothing is lost.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Protocol

from sinks.rows import Row, Table

log = logging.getLogger(__name__)


class Writer(Protocol):
    def write(self, table: Table, rows: list[Row]) -> int: ...


class SinkObserver(Protocol):
    """Hooks for metrics; the sink itself knows nothing of Prometheus."""

    def written(self, table: Table, rows: int, seconds: float) -> None: ...

    def failed(self, table: Table, error: BaseException) -> None: ...


class NullObserver:
    def written(self, table: Table, rows: int, seconds: float) -> None:
        pass

    def failed(self, table: Table, error: BaseException) -> None:
        pass


class SinkFault(RuntimeError):
    """The injected failure of ``FaultInjectingWriter``."""


class FaultInjectingWriter:
    """Fails every write while ``switch`` exists: a ClickHouse outage on demand, for drills
    and the reliability tests (the real writer is untouched, so recovery is the real path)."""

    def __init__(self, writer: Writer, switch: Path) -> None:
        self.writer = writer
        self.switch = switch

    def write(self, table: Table, rows: list[Row]) -> int:
        if self.switch.exists():
            raise SinkFault(f"injected ClickHouse outage ({self.switch} exists)")
        return self.writer.write(table, rows)


class BatchingSink:
    """Collects rows per table; writes them on a single dedicated thread."""

    def __init__(
        self,
        writer: Writer,
        *,
        observer: SinkObserver | None = None,
        retry_initial_seconds: float = 0.2,
        retry_max_seconds: float = 30.0,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self.writer = writer
        self.observer: SinkObserver = observer or NullObserver()
        self.retry_initial_seconds = retry_initial_seconds
        self.retry_max_seconds = retry_max_seconds
        self._sleep = sleep
        self._pending: dict[Table, list[Row]] = {}
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="clickhouse-sink")

    def sibling(self) -> BatchingSink:
        """A sink with its own batch but the same writer and thread, for another agent."""
        other = BatchingSink(
            self.writer,
            observer=self.observer,
            retry_initial_seconds=self.retry_initial_seconds,
            retry_max_seconds=self.retry_max_seconds,
            sleep=self._sleep,
        )
        other._executor.shutdown(wait=False)
        other._executor = self._executor
        return other

    def add(self, table: Table, row: Row) -> None:
        self._pending.setdefault(table, []).append(row)

    @property
    def pending_rows(self) -> int:
        return sum(len(rows) for rows in self._pending.values())

    def take_pending(self) -> dict[Table, list[Row]]:
        """Hand over the rows added so far and start a new batch (no I/O)."""
        pending, self._pending = self._pending, {}
        return pending

    async def flush(self) -> int:
        """Write everything added so far; returns rows inserted (duplicates excluded)."""
        return await self.write_all(self.take_pending())

    async def write_all(self, batch: dict[Table, list[Row]]) -> int:
        """Write a batch taken with ``take_pending``, table by table."""
        inserted = 0
        for table, rows in batch.items():
            if rows:
                inserted += await self.write(table, rows)
        return inserted

    async def write(self, table: Table, rows: list[Row]) -> int:
        """Insert one table's rows, retrying until it succeeds (or the task is cancelled)."""
        loop = asyncio.get_running_loop()
        delay = self.retry_initial_seconds
        attempt = 1
        while True:
            started = time.perf_counter()
            try:
                inserted = await loop.run_in_executor(
                    self._executor, self.writer.write, table, rows
                )
            except Exception as exc:
                self.observer.failed(table, exc)
                log.warning(
                    "writing %d rows to %s failed (attempt %d), retrying in %.1fs: %s",
                    len(rows),
                    table.name,
                    attempt,
                    delay,
                    _one_line(exc),
                )
                await self._sleep(delay * random.uniform(0.8, 1.2))
                delay = min(delay * 2, self.retry_max_seconds)
                attempt += 1
                continue
            self.observer.written(table, inserted, time.perf_counter() - started)
            return inserted

    async def run(self, func: Callable[[], object]) -> object:
        """Run another blocking ClickHouse call on the sink's thread (reads for the web view)."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, func)

    def close(self) -> None:
        self._executor.shutdown(wait=True)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:300]}"
