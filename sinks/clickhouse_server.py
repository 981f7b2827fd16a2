"""One ClickHouse access point shared by several workers (embedded chDB, or any DSN).

chDB is one process per data directory, so two embedded workers cannot each open it. The
access point (``grouppulse clickhouse-server``) owns the directory: it connects, applies the
migrations once, then answers the calls of ``ProcessWriter``'s protocol (``write``, ``query``,
``close``) from any number of workers over a local socket (``multiprocessing.connection`` with
an authentication key; nothing is unpickled before the key's challenge is passed).

One thread per connection receives calls; one thread (the main one) runs them, in arrival
order, on the one ClickHouse client. Two workers writing the same event during a rebalance are
therefore serialised: the second write's id look-up sees the first one's rows.

Workers use ``SharedWriter``: the ``Writer`` interface (and ``query``) over one connection,
reconnected on the next call if the access point went away (the batching sink retries).
"""

from __future__ import annotations

import contextlib
import logging
import queue
import signal
import socket
import threading
import time
from concurrent.futures import Future
from multiprocessing.connection import Client, Connection, Listener
from types import FrameType
from typing import Any

from sinks.process_writer import (
    TABLES,
    ClickHouseProcessError,
    answer_call,
    message_of,
    open_clickhouse,
)
from sinks.rows import Row, Table

log = logging.getLogger(__name__)

CONNECT_WAIT_SECONDS = 30.0  # a worker may start a moment before its access point listens


def parse_address(address: str) -> tuple[str, int]:
    """``host:port`` → (host, port); a ValueError names what is wrong (never the key)."""
    host, sep, port = address.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"expected host:port, got {address!r}")
    return host, int(port)


class KeyRefused(ClickHouseProcessError):
    """The access point did not accept this worker's key (retrying will not help)."""


class _Call:
    __slots__ = ("future", "message")

    def __init__(self, message: tuple[Any, ...]) -> None:
        self.message = message
        self.future: Future[tuple[str, Any]] = Future()


def serve(address: str, authkey: bytes, dsn: str, display_dsn: str, database: str,
          ready: threading.Event | None = None, stop: threading.Event | None = None) -> None:
    """Open ClickHouse, migrate, listen on ``address``; return on SIGTERM/SIGINT or ``stop``.

    Raises ``ClickHouseUnavailable`` if ClickHouse cannot be opened (before listening).
    """
    client, writer = open_clickhouse(dsn, display_dsn, database)
    calls: queue.SimpleQueue[_Call | None] = queue.SimpleQueue()
    stop = stop or threading.Event()
    listener = Listener(parse_address(address), authkey=authkey)
    connections: set[Connection] = set()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()
        calls.put(None)

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)

    def converse(conn: Connection, peer: int) -> None:
        """One worker: receive a call, hand it to the owner thread, send the answer back."""
        try:
            while not stop.is_set():
                try:
                    message = conn.recv()
                except (EOFError, OSError):
                    break  # the worker left (or was killed)
                if not isinstance(message, tuple) or not message:
                    break
                if message[0] == "close":  # the worker is done; the access point stays
                    conn.send(("ok", None))
                    break
                call = _Call(message)
                calls.put(call)
                try:
                    conn.send(call.future.result())
                except (EOFError, OSError):
                    break  # killed mid-call: the rows are in, its offsets not (redelivered)
        except Exception:
            log.exception("connection %d failed", peer)
        finally:
            connections.discard(conn)
            conn.close()
            log.info("connection %d closed", peer)

    def accept() -> None:
        peer = 0
        while not stop.is_set():
            try:
                conn = listener.accept()
            except Exception:  # AuthenticationError, EOFError, OSError
                if stop.is_set():
                    break
                log.warning("a connection failed the key check or broke while connecting")
                continue
            if stop.is_set():
                conn.close()
                break
            peer += 1
            connections.add(conn)
            log.info("connection %d opened", peer)
            threading.Thread(target=converse, args=(conn, peer), daemon=True,
                             name=f"clickhouse-conn-{peer}").start()

    acceptor = threading.Thread(target=accept, daemon=True, name="clickhouse-accept")
    acceptor.start()
    log.info("ClickHouse %s (database %s) served on %s", display_dsn, database, address)
    if ready is not None:
        ready.set()
    try:
        while not stop.is_set():
            try:
                call = calls.get(timeout=0.5)
            except queue.Empty:
                continue
            if call is None:
                continue
            op, *args = call.message
            try:
                if op == "ping":
                    result: tuple[str, Any] = ("ok", None)
                else:
                    result = ("ok", answer_call(op, args, client, writer))
            except Exception as exc:
                result = ("error", message_of(exc, dsn, display_dsn))
            call.future.set_result(result)
    finally:
        stop.set()
        # Wake the acceptor (a socket blocked in accept() stays bound until it returns).
        with contextlib.suppress(OSError), socket.create_connection(parse_address(address), 1):
            pass
        acceptor.join(timeout=5)
        listener.close()
        for conn in list(connections):
            conn.close()
        # Calls still queued get an error: the worker's sink retries them elsewhere/later.
        while True:
            try:
                pending = calls.get_nowait()
            except queue.Empty:
                break
            if pending is not None:
                pending.future.set_result(("error", "the ClickHouse access point is stopping"))
        writer.close()
        log.info("ClickHouse access point stopped")


class SharedWriter:
    """``Writer`` (and ``query``) through a ``grouppulse clickhouse-server`` access point."""

    def __init__(self, address: str, authkey: bytes,
                 connect_wait: float = CONNECT_WAIT_SECONDS) -> None:
        self.address = address
        self._target = parse_address(address)
        self._authkey = authkey
        self._lock = threading.Lock()
        self._conn: Connection | None = None
        deadline = time.monotonic() + connect_wait
        while True:
            try:
                self._connect()
                break
            except ClickHouseProcessError as exc:
                if isinstance(exc, KeyRefused) or time.monotonic() > deadline:
                    from sinks.clickhouse import ClickHouseUnavailable

                    raise ClickHouseUnavailable(str(exc)) from None
                time.sleep(0.2)
        log.info("ClickHouse through the shared access point %s", address)

    def _connect(self) -> None:
        from multiprocessing import AuthenticationError

        try:
            self._conn = Client(self._target, authkey=self._authkey)
        except AuthenticationError:
            raise KeyRefused(
                f"the ClickHouse access point at {self.address} refused the key") from None
        except OSError as exc:
            raise ClickHouseProcessError(
                f"cannot reach the ClickHouse access point at {self.address}: "
                f"{exc.strerror or exc}") from None

    def _call(self, *message: Any) -> Any:
        with self._lock:
            if self._conn is None:
                self._connect()
            assert self._conn is not None
            try:
                self._conn.send(message)
                kind, payload = self._conn.recv()
            except (EOFError, OSError) as exc:
                self._conn.close()
                self._conn = None  # the next call connects again
                raise ClickHouseProcessError(
                    f"lost the ClickHouse access point at {self.address}: {exc!r}") from None
        if kind != "ok":
            raise ClickHouseProcessError(str(payload))
        return payload

    def ping(self) -> None:
        self._call("ping")

    def write(self, table: Table, rows: list[Row]) -> int:
        if table.name not in TABLES:
            raise ValueError(f"unknown table {table.name!r}")
        return int(self._call("write", table.name, rows))

    def query(self, sql: str) -> dict[str, Any]:
        result: dict[str, Any] = self._call("query", sql)
        return result

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                try:
                    self._conn.send(("close",))
                    self._conn.recv()
                except (EOFError, OSError):
                    pass
                self._conn.close()
                self._conn = None
