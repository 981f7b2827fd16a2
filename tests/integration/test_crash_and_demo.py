"""kill -9 a worker mid-run, and run the demo as a user would."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
from helpers import cli_env, expected_counts, run_cli, table_counts

from streams.runner import EmbeddedPipeline, produce, read_jsonl
from streams.settings import Settings


def test_kill_9_mid_run_then_restart_loses_nothing_and_duplicates_nothing(
    simulated_20k: tuple[Path, Path], tmp_path: Path
) -> None:
    events, truth = simulated_20k
    settings = Settings(data_dir=tmp_path, sink_batch_size=500, sink_flush_seconds=0.2)
    with EmbeddedPipeline(settings) as pipe:
        produced = asyncio.run(produce(pipe.broker.bootstrap, settings.topic_events, read_jsonl(events)))
        assert produced.records == 20000
        third = asyncio.run(pipe.wait_processed(produced, stop_at=produced.records // 3,
                                                poll_seconds=0.02))
        assert produced.records // 3 <= third.processed < produced.records
        assert pipe.worker is not None
        pipe.worker.kill()  # SIGKILL: no flush, no commit, no goodbye
        restarted_at = time.monotonic()
        pipe.start_worker()
        final = asyncio.run(pipe.wait_processed(produced))
        assert final.processed == produced.records
        assert time.monotonic() - restarted_at < 120

        # While the worker owns the chDB directory, analysts query through it, read-only.
        worker_url = f"http://127.0.0.1:{pipe.settings.web_port}"
        through = run_cli(tmp_path, "sql", "--format", "jsonl", "--worker-url", worker_url,
                          "SELECT count() AS n FROM grouppulse.messages")
        assert through.returncode == 0, through.stderr
        assert orjson.loads(through.stdout)["n"] > 0
        refused = run_cli(tmp_path, "sql", "--worker-url", worker_url,
                          "INSERT INTO grouppulse.messages (event_id) VALUES ('x')")
        assert refused.returncode == 2 and "readonly" in refused.stderr.lower()
        locked = run_cli(tmp_path, "sql", "SELECT 1")
        assert locked.returncode == 2 and "--worker-url" in locked.stderr
    want = expected_counts(events, truth)
    assert table_counts(tmp_path) == {table: (n, n) for table, n in want.items()}


def test_demo_shows_rising_counts_and_stops_cleanly_on_ctrl_c(tmp_path: Path) -> None:
    demo = subprocess.Popen(
        [sys.executable, "-m", "streams.cli", "demo", "--groups", "200", "--refresh", "1"],
        env=cli_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert demo.stdout is not None
    lines: list[str] = []
    processed: list[int] = []
    pids: list[int] = []
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and len([p for p in processed if p > 0]) < 3:
            line = demo.stdout.readline()
            if not line:
                break
            lines.append(line)
            if found := re.search(r"broker pid (\d+), worker pid (\d+)", line):
                pids = [int(found[1]), int(found[2])]
            if found := re.search(r"events_processed=([\d,]+)", line):
                processed.append(int(found[1].replace(",", "")))
        rising = [p for p in processed if p > 0]
        assert len(rising) >= 3 and rising[-1] > rising[0], "".join(lines)
        demo.send_signal(signal.SIGINT)
        rest, _ = demo.communicate(timeout=60)
    finally:
        if demo.poll() is None:
            demo.kill()
    assert demo.returncode == 0, "".join(lines) + rest
    assert "stopped. Data: chdb://" in rest and "grouppulse sql" in rest
    assert len(pids) == 2
    for pid in pids:  # broker and worker are gone, not orphaned
        assert not _alive(pid), f"process {pid} survived the demo"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is dead for our purposes; its parent (the demo) has exited.
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().split()[2] != "Z"
