"""Helpers for integration tests: the test process never opens chDB itself (one data
directory per process); it asks the CLI, as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson


def cli_env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GROUPPULSE_")}
    env["GROUPPULSE_DATA_DIR"] = str(data_dir)
    env.update(extra)
    return env


def run_cli(data_dir: Path, *args: str, timeout: float = 300, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "streams.cli", *args],
        env=cli_env(data_dir, **env),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def sql(data_dir: Path, query: str) -> list[dict[str, object]]:
    done = run_cli(data_dir, "sql", "--format", "jsonl", query, timeout=120)
    assert done.returncode == 0, done.stderr
    return [orjson.loads(line) for line in done.stdout.splitlines() if line.strip()]


def table_counts(data_dir: Path) -> dict[str, tuple[int, int]]:
    """count() and uniqExact(id) per table, without FINAL, as an analyst would ask."""
    keys = {"messages": "event_id", "membership_events": "event_id",
            "group_snapshots": "event_id", "dead_letters": "dead_letter_id"}
    query = " UNION ALL ".join(  # one CLI start, not four
        f"SELECT '{table}' AS t, count() AS n, uniqExact({key}) AS u FROM grouppulse.{table}"
        for table, key in keys.items())
    rows = {str(row["t"]): (int(row["n"]), int(row["u"]))  # type: ignore[call-overload]
            for row in sql(data_dir, query)}
    return {table: rows[table] for table in keys}


def expected_counts(events_file: Path, truth_file: Path) -> dict[str, int]:
    """What the tables must hold, from the simulator's ground truth (not from our parser)."""
    malformed_lines = {
        row["line"]
        for row in map(orjson.loads, truth_file.read_bytes().splitlines())
        if row.get("kind") == "event" and row["label"].get("label") == "malformed"
    }
    by_type = {"message": 0, "member_join": 0, "member_leave": 0, "group_snapshot": 0}
    for number, line in enumerate(events_file.read_bytes().splitlines(), start=1):
        if number not in malformed_lines:
            by_type[orjson.loads(line)["type"]] += 1
    return {
        "messages": by_type["message"],
        "membership_events": by_type["member_join"] + by_type["member_leave"],
        "group_snapshots": by_type["group_snapshot"],
        "dead_letters": len(malformed_lines),
    }


def campaign_groups(truth: Path) -> dict[str, set[str]]:
    """Injected campaigns and the groups their ads reached."""
    groups: dict[str, set[str]] = {}
    for row in map(orjson.loads, truth.read_bytes().splitlines()):
        label = row.get("label") or {}
        if row.get("kind") == "event" and label.get("label") == "ad" and label.get("campaign"):
            groups.setdefault(label["campaign"], set()).add(row["group_id"])
    return {name: g for name, g in groups.items() if len(g) >= 5}
