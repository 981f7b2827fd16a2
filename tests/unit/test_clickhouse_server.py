"""The shared ClickHouse access point, with a stand-in ClickHouse: calls from several workers
are run one at a time, errors come back as errors, a wrong key is refused without echoing it,
and a worker reconnects after the access point restarts."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

import sinks.clickhouse_server as server
from sinks.clickhouse import ClickHouseUnavailable
from sinks.process_writer import ClickHouseProcessError
from sinks.rows import MESSAGES
from streams.embedded import free_port

KEY = b"test-key-not-secret"


class Answer:
    column_names = ("n",)
    result_rows = [(1,)]


class FakeClickHouse:
    """Records writes; fails on a row whose id is 'boom'; notes overlapping calls."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.active = 0
        self.most_at_once = 0
        self.closed = False

    def write(self, table: Any, rows: list[Any]) -> int:
        self.active += 1
        self.most_at_once = max(self.most_at_once, self.active)
        try:
            time.sleep(0.001)
            if any(row[0] == "boom" for row in rows):
                raise RuntimeError("cannot insert boom")
            self.ids.extend(row[0] for row in rows)
            return len(rows)
        finally:
            self.active -= 1

    def query(self, sql: str, settings: dict[str, str]) -> Answer:
        assert settings == {"readonly": "1"}
        if sql.startswith("INSERT"):
            raise RuntimeError("Cannot execute query in readonly mode")
        return Answer()

    def close(self) -> None:
        self.closed = True


class Running:
    def __init__(self, address: str, fake: FakeClickHouse) -> None:
        self.address, self.fake = address, fake
        self.stop = threading.Event()
        ready = threading.Event()
        self.thread = threading.Thread(
            target=server.serve, args=(address, KEY, "chdb:///x", "chdb:///x", "db"),
            kwargs={"ready": ready, "stop": self.stop}, daemon=True)
        self.thread.start()
        assert ready.wait(10)

    def shut(self) -> None:
        self.stop.set()
        self.thread.join(10)
        assert not self.thread.is_alive()


@pytest.fixture
def running(monkeypatch: pytest.MonkeyPatch) -> Iterator[Running]:
    fake = FakeClickHouse()
    monkeypatch.setattr(server, "open_clickhouse", lambda *args: (fake, fake))
    access = Running(f"127.0.0.1:{free_port()}", fake)
    yield access
    access.shut()


def test_two_workers_calls_run_one_at_a_time(running: Running) -> None:
    writers = [server.SharedWriter(running.address, KEY) for _ in range(2)]

    def send(writer: server.SharedWriter, prefix: str) -> None:
        for batch in range(50):
            assert writer.write(MESSAGES, [(f"{prefix}{batch}-{i}",) for i in range(3)]) == 3

    threads = [threading.Thread(target=send, args=(w, p)) for w, p in zip(writers, "ab", strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(running.fake.ids) == len(set(running.fake.ids)) == 300
    assert running.fake.most_at_once == 1
    assert writers[0].query("SELECT 1") == {"columns": ["n"], "rows": [[1]]}
    for writer in writers:
        writer.close()


def test_a_failed_call_is_an_error_and_the_connection_stays(running: Running) -> None:
    writer = server.SharedWriter(running.address, KEY)
    with pytest.raises(ClickHouseProcessError, match="cannot insert boom"):
        writer.write(MESSAGES, [("boom",)])
    assert writer.write(MESSAGES, [("fine",)]) == 1
    writer.close()


def test_a_wrong_key_is_refused_without_showing_either_key(running: Running) -> None:
    with pytest.raises(ClickHouseUnavailable, match="refused the key") as raised:
        server.SharedWriter(running.address, b"guessed-key", connect_wait=5)
    assert "guessed-key" not in str(raised.value) and KEY.decode() not in str(raised.value)


def test_nobody_listening_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ClickHouseUnavailable, match="cannot reach the ClickHouse access point"):
        server.SharedWriter(f"127.0.0.1:{free_port()}", KEY, connect_wait=0.3)


def test_a_worker_reconnects_after_the_access_point_restarts(
    running: Running, monkeypatch: pytest.MonkeyPatch
) -> None:
    writer = server.SharedWriter(running.address, KEY)
    assert writer.write(MESSAGES, [("before",)]) == 1
    running.shut()
    assert running.fake.closed  # ClickHouse closed on the way out
    with pytest.raises(ClickHouseProcessError):
        writer.write(MESSAGES, [("while-down",)])  # the batching sink retries this
    fresh = FakeClickHouse()
    monkeypatch.setattr(server, "open_clickhouse", lambda *args: (fresh, fresh))
    again = Running(running.address, fresh)
    try:
        assert writer.write(MESSAGES, [("after",)]) == 1
        assert again.fake.ids == ["after"]
    finally:
        writer.close()
        again.shut()


def test_addresses_are_host_and_port() -> None:
    assert server.parse_address("127.0.0.1:7070") == ("127.0.0.1", 7070)
    for bad in ("7070", "host:", ":7070", "host:99999", "host:x"):
        with pytest.raises(ValueError, match="host:port"):
            server.parse_address(bad)


def test_grouppulse_sql_asks_the_access_point_when_one_is_configured(
    running: Running, capfd: pytest.CaptureFixture[str]
) -> None:
    from streams.cli import _sql_through_access_point
    from streams.errors import UserError
    from streams.settings import Settings

    settings = Settings(clickhouse_server=running.address, clickhouse_server_key=KEY.decode())
    _sql_through_access_point(settings, ["SELECT 1 AS n"], "jsonl")
    assert capfd.readouterr().out == '{"n":1}\n'
    wrong = Settings(clickhouse_server=running.address, clickhouse_server_key="wrong")
    with pytest.raises(ClickHouseUnavailable, match="refused the key"):
        _sql_through_access_point(wrong, ["SELECT 1"], "jsonl")
    with pytest.raises(UserError, match="statement 2 query failed: .*readonly mode"):
        _sql_through_access_point(settings, ["SELECT 1", "INSERT INTO t VALUES (1)"], "jsonl")
