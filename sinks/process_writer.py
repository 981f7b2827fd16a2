"""ClickHouse in a child process: the worker's event loop never shares the GIL with inserts.

Row serialisation and chDB's own work (an embedded ClickHouse) are CPU-heavy; on the worker's
thread they stall Faust's event loop and with it analysis and alert latency. ``ProcessWriter``
keeps the ``Writer`` interface of ``sinks.batching`` but ships each batch (pickled rows) to one
child process that owns the ClickHouse client, the migrations and the idempotent inserts, and
answers the read-only queries of the worker's ``/query`` page.

The child dies with the worker (``PR_SET_PDEATHSIG``), so a kill -9 leaves no process holding
the chDB directory; a child that dies on its own is started again on the next call, and the
batching sink's retry covers the failed call.

Several workers on one embedded chDB directory cannot each own it: they share one access
point instead (``sinks.clickhouse_server``: same calls, over a socket).
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import signal
import threading
import time
from collections.abc import Sequence
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from sinks.rows import ALL_TABLES, Row, Table

log = logging.getLogger(__name__)

TABLES = {table.name: table for table in ALL_TABLES}
LOCK_WAIT_SECONDS = 30.0  # a killed predecessor's child may still be letting go of chDB


class ClickHouseProcessError(RuntimeError):
    """A call failed in the ClickHouse process (the message is safe to show)."""


def _die_with_parent() -> None:
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the pipe's EOF still ends the child
        pass


def _wait_for_chdb(dsn: str) -> None:
    from sinks.clickhouse import chdb_directory_in_use

    if not dsn.startswith("chdb:"):
        return
    folder = Path(dsn.removeprefix("chdb://"))
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while chdb_directory_in_use(folder) and time.monotonic() < deadline:
        time.sleep(0.2)


def _jsonable(rows: Sequence[Sequence[Any]]) -> list[list[Any]]:
    return [[v if isinstance(v, int | float | str | bool | type(None)) else str(v) for v in row]
            for row in rows]


def open_clickhouse(dsn: str, display_dsn: str, database: str) -> tuple[Any, Any]:
    """Connect (waiting for a killed predecessor to let go of chDB) and migrate: the
    (client, idempotent writer) pair of the process that owns ClickHouse."""
    from sinks.clickhouse import IdempotentWriter, connect, migrate

    _wait_for_chdb(dsn)
    client = connect(dsn, display_dsn)
    migrate(client, database)
    return client, IdempotentWriter(client, database)


def answer_call(op: str, args: Sequence[Any], client: Any, writer: Any) -> Any:
    """Run one ``write`` or ``query`` call of the protocol; raises on failure."""
    if op == "write":
        return writer.write(TABLES[args[0]], args[1])
    if op == "query":
        answer = client.query(args[0], settings={"readonly": "1"})
        return {"columns": list(answer.column_names), "rows": _jsonable(answer.result_rows)}
    raise ValueError(f"unknown call {op!r}")


def _serve(conn: Connection, dsn: str, display_dsn: str, database: str) -> None:
    """The child: open ClickHouse, migrate, then answer calls until the pipe closes."""
    _die_with_parent()
    try:
        client, writer = open_clickhouse(dsn, display_dsn, database)
    except Exception as exc:
        conn.send(("fatal", message_of(exc, dsn, display_dsn)))
        return
    conn.send(("ready", None))
    while True:
        try:
            op, *args = conn.recv()
        except (EOFError, OSError):
            break  # the worker is gone
        if op == "close":
            writer.close()
            conn.send(("ok", None))
            break
        try:
            result = answer_call(op, args, client, writer)
        except Exception as exc:
            conn.send(("error", message_of(exc, dsn, display_dsn)))
        else:
            conn.send(("ok", result))


def message_of(exc: BaseException, dsn: str, display_dsn: str) -> str:
    """The error as one line that is safe to show (the DSN's password replaced)."""
    text = " ".join(str(exc).replace(dsn, display_dsn).split())
    return text if type(exc).__name__ == "ClickHouseUnavailable" else (
        f"{type(exc).__name__}: {text}")


class ProcessWriter:
    """``Writer`` (and ``query``) backed by one ClickHouse child process."""

    def __init__(self, dsn: str, display_dsn: str, database: str) -> None:
        self._args = (dsn, display_dsn, database)
        self._lock = threading.Lock()
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._start()

    def _start(self) -> None:
        context = multiprocessing.get_context("spawn")
        parent, child = context.Pipe()
        process = context.Process(target=_serve, args=(child, *self._args),
                                  name="grouppulse-clickhouse", daemon=True)
        process.start()
        child.close()
        try:
            kind, payload = parent.recv()
        except EOFError:
            kind, payload = "fatal", f"the ClickHouse process exited ({process.exitcode})"
        if kind != "ready":
            from sinks.clickhouse import ClickHouseUnavailable

            process.join(timeout=5)
            raise ClickHouseUnavailable(str(payload))
        self._process, self._conn = process, parent
        log.info("ClickHouse writes in process %s", process.pid)

    def _call(self, *message: Any) -> Any:
        with self._lock:
            if self._process is None or not self._process.is_alive():
                log.warning("the ClickHouse process is gone; starting it again")
                self._start()
            assert self._conn is not None
            try:
                self._conn.send(message)
                kind, payload = self._conn.recv()
            except (EOFError, OSError, BrokenPipeError) as exc:
                raise ClickHouseProcessError(f"the ClickHouse process died: {exc!r}") from None
        if kind != "ok":
            raise ClickHouseProcessError(str(payload))
        return payload

    def write(self, table: Table, rows: list[Row]) -> int:
        return int(self._call("write", table.name, rows))

    def query(self, sql: str) -> dict[str, Any]:
        result: dict[str, Any] = self._call("query", sql)
        return result

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def close(self) -> None:
        with self._lock:
            if self._process is not None and self._process.is_alive() and self._conn:
                try:
                    self._conn.send(("close",))
                    self._conn.recv()
                except (EOFError, OSError):
                    pass
                self._process.join(timeout=10)
            self._process = None
