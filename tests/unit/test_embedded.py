"""The embedded broker: starts, answers, stops; clear one-line errors when it cannot."""

import socket
import subprocess
from pathlib import Path

import pytest

from streams.embedded import EmbeddedBroker, parse_prometheus_text, port_is_free
from streams.errors import UserError


def test_starts_on_a_free_port_answers_and_stops(tmp_path: Path) -> None:
    with EmbeddedBroker(tmp_path) as broker:
        assert broker.process is not None and broker.port is not None
        process = broker.process
        socket.create_connection(("127.0.0.1", broker.port), timeout=2).close()
    assert process.poll() is not None  # stopped, not orphaned


def test_busy_port_is_a_one_line_error(tmp_path: Path) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        assert not port_is_free(port)
        with pytest.raises(UserError, match=f"port {port} is busy"):
            EmbeddedBroker(tmp_path, port=port).start()


def test_missing_binary_is_a_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALF_TANSU_BIN", str(tmp_path / "no-such-tansu"))
    with pytest.raises(UserError, match="cannot find the Tansu broker binary"):
        EmbeddedBroker(tmp_path).start()


def test_a_broker_that_dies_at_start_is_reported_with_its_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "tansu"
    fake.write_text("#!/bin/sh\necho 'address already in use' >&2\nexit 3\n")
    fake.chmod(0o755)
    monkeypatch.setenv("CALF_TANSU_BIN", str(fake))
    with pytest.raises(UserError, match="exited with code 3: address already in use"):
        EmbeddedBroker(tmp_path).start()


def test_cli_reports_a_busy_broker_port_in_one_line(tmp_path: Path) -> None:
    import os
    import sys

    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        events = tmp_path / "e.jsonl"
        events.write_text('{"event_id":"e1"}\n')
        env = {**os.environ, "GROUPPULSE_DATA_DIR": str(tmp_path), "GROUPPULSE_EMBEDDED_BROKER_PORT": str(port)}
        done = subprocess.run([sys.executable, "-m", "streams.cli", "replay", str(events)],
                              env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert f"port {port} is busy" in done.stderr and "Traceback" not in done.stderr


def test_prometheus_text_parsing() -> None:
    text = '# HELP x y\nx_total{a="1"} 3.0\nx_total{a="2"} 4.0\ngauge 1.5e+09\n'
    values = parse_prometheus_text(text)
    assert values == {'x_total{a="1"}': 3.0, 'x_total{a="2"}': 4.0, "gauge": 1.5e9}
