"""Run the demo as a user would (kill -9 mid-run, three times over 100,000 events, is in
test_reliability.py)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from helpers import cli_env


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
