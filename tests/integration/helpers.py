"""Helpers for integration tests: the test process never opens chDB itself (one data
directory per process); it asks the CLI, as a user would."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

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


class CliInBackground:
    """A CLI command started now and awaited later: a test's calm reference run goes on beside
    the disturbed run it is compared with, on the core that one leaves idle while it waits for
    kills, restarts and rebalances.  On leaving the ``with`` block a CLI still running is
    killed (SIGKILL to its process group); the broker and workers it started sit in sessions of
    their own and are told to stop by the kernel when it dies (``embedded._die_with_parent``)."""

    def __init__(self, data_dir: Path, *args: str, **env: str) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "streams.cli", *args],
                                        env=cli_env(data_dir, **env), stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True, start_new_session=True)
        self._result: subprocess.CompletedProcess[str] | None = None

    def result(self, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        if self._result is None:
            stdout, stderr = self.process.communicate(timeout=timeout)
            self._result = subprocess.CompletedProcess(self.process.args,
                                                       self.process.returncode, stdout, stderr)
        return self._result

    def __enter__(self) -> CliInBackground:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._result is None:
            if self.process.poll() is None:
                os.killpg(self.process.pid, signal.SIGKILL)
            self.result()  # (reaps it and closes its pipes)


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


# One CLI call per data directory (each opens chDB: seconds on a loaded machine).
OUTCOME = """
SELECT 'messages' AS t, count() AS n, uniqExact(event_id) AS u FROM grouppulse.messages
UNION ALL SELECT 'membership_events', count(), uniqExact(event_id)
  FROM grouppulse.membership_events
UNION ALL SELECT 'group_snapshots', count(), uniqExact(event_id) FROM grouppulse.group_snapshots
UNION ALL SELECT 'dead_letters', count(), uniqExact(dead_letter_id) FROM grouppulse.dead_letters
UNION ALL SELECT 'alerts', count(), uniqExact(alert_id) FROM grouppulse.alerts;
SELECT DISTINCT kind, dedup_key FROM grouppulse.alerts
WHERE kind IN ({kinds}) ORDER BY dedup_key;
SELECT group_id, toString(ts) AS hour, state FROM grouppulse.group_health
ORDER BY group_id, hour;
SELECT group_ids FROM grouppulse.alerts WHERE kind = 'spam_campaign';
"""
# Alerts from state that moves with its partition (health, per-message risk): equal in any
# run of the same file. Campaign ids depend on the order in which sightings of different
# partitions meet, and blacklist alerts on when an entry arrived (timing): left out.
STATE_ALERTS = ("dying_group", "group_revived", "negative_sentiment", "risk")


def outcome(data_dir: Path, kinds: tuple[str, ...]) -> list[list[list[Any]]]:
    """Rows of each OUTCOME statement (asked once per directory)."""
    queries = data_dir / "outcome.sql"
    queries.write_text(OUTCOME.format(kinds=", ".join(f"'{k}'" for k in kinds)))
    done = run_cli(data_dir, "sql", "--format", "json", "--file", str(queries), timeout=180)
    assert done.returncode == 0, done.stderr
    return [orjson.loads(line)["rows"] for line in done.stdout.splitlines() if line.strip()]


def assert_same_outcome(run: Path, calm: Path, events: Path, truth: Path,
                        kinds: tuple[str, ...] = STATE_ALERTS) -> None:
    """``run`` (workers killed, moved or added) against ``calm`` (an uninterrupted replay of
    the same file): every table exactly as the ground truth says, no alert row twice, the
    same state alerts (``kinds``) and group states, every injected campaign caught."""
    want = {table: (n, n) for table, n in expected_counts(events, truth).items()}
    counts, state_alerts, states, campaigns = outcome(run, kinds)
    rows = {t: (n, u) for t, n, u in counts}
    alerts = rows.pop("alerts")
    assert rows == want
    assert alerts[0] == alerts[1] > 0  # no alert row twice, without FINAL
    calm_counts, calm_alerts, calm_states, _ = outcome(calm, kinds)
    assert {t: (n, u) for t, n, u in calm_counts if t != "alerts"} == want
    assert state_alerts == calm_alerts
    assert states == calm_states
    for name, groups in campaign_groups(truth).items():  # every injected campaign caught
        assert max(len(groups & set(row[0])) for row in campaigns) >= 5, name
