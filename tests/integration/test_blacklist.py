"""The global blacklist: CLI on a live broker, every worker alerts within the same batch."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import orjson
from helpers import run_cli

from streams.runner import EmbeddedPipeline, produce
from streams.settings import Settings

# Event time just ahead of now, at the start of an hour: a ban starts when it is made (manual
# entries) and alerts are one per user, group and hour, so the events must not straddle one.
BASE_MS = (int(time.time() * 1000) // 3_600_000 + 1) * 3_600_000


def event(i: int, kind: str, user: str, group: str, text: str = "") -> tuple[bytes, bytes]:
    doc = {"event_id": f"b{i}", "type": kind, "ts": BASE_MS + i, "group_id": group,
           "user_id": user}
    if text:
        doc["text"] = text
    return group.encode(), orjson.dumps(doc)


def wait_blacklist_held(pipe: EmbeddedPipeline, entries: int, timeout: float = 60) -> None:
    """Until the worker's follower holds ``entries`` users (its gauge), not a fixed sleep:
    on a loaded machine the follower can take longer than any guess."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        held = pipe.scrape().get("grouppulse_blacklist_entries", 0)
        if held == entries:
            return
        time.sleep(0.2)
    raise AssertionError(f"the worker holds {held} blacklist entries, not {entries}")


def test_blacklist_add_list_alert_remove(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    with EmbeddedPipeline(settings) as pipe:
        broker = {"GROUPPULSE_BROKER_URL": pipe.broker.url}
        added = run_cli(tmp_path, "blacklist", "add", "u666", "--reason", "跨群发广告", **broker)
        assert added.returncode == 0, added.stderr
        listed = run_cli(tmp_path, "blacklist", "list", "--format", "jsonl", **broker)
        assert [orjson.loads(x)["user_id"] for x in listed.stdout.splitlines()] == ["u666"]
        wait_blacklist_held(pipe, 1)
        produced = asyncio.run(produce(pipe.broker.bootstrap, settings.topic_events, [
            event(1, "member_join", "u666", "g7"),
            event(2, "message", "u666", "g7", "大家好"),
            event(3, "message", "u1", "g7", "早上好"),
        ]))
        asyncio.run(pipe.wait_processed(produced))
        removed = run_cli(tmp_path, "blacklist", "remove", "u666", **broker)
        assert removed.returncode == 0
        after = run_cli(tmp_path, "blacklist", "list", "--format", "jsonl", **broker)
        assert after.stdout.strip() == ""
    done = run_cli(tmp_path, "sql", "--format", "jsonl",
                   "SELECT kind, severity, user_id, group_id, detail FROM grouppulse.alerts "
                   "WHERE kind = 'blacklist'")
    alerts = [orjson.loads(x) for x in done.stdout.splitlines()]
    assert len(alerts) == 1  # join and message in the same hour: one alert, not two
    assert alerts[0]["severity"] == "critical" and alerts[0]["user_id"] == "u666"
    assert "跨群发广告" in alerts[0]["detail"]


def test_three_rejected_ads_blacklist_the_user_and_their_next_join_pages_once(
    tmp_path: Path,
) -> None:
    """DOMAIN.md: warn, mute, kick — and a kicked spammer is unwelcome in every group."""
    settings = Settings(data_dir=tmp_path)
    ad = "兼职刷单，日结三百，加微信 jz2026ok 详聊"
    with EmbeddedPipeline(settings) as pipe:
        produced = asyncio.run(produce(pipe.broker.bootstrap, settings.topic_events, [
            event(10 + g, "message", "spam9", f"g{g}", ad) for g in (1, 2, 3)
        ]))
        asyncio.run(pipe.wait_processed(produced))
        broker = {"GROUPPULSE_BROKER_URL": pipe.broker.url}
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # the ladder's kick lands on the blacklist topic
            listed = run_cli(tmp_path, "blacklist", "list", "--format", "jsonl", **broker)
            if "spam9" in listed.stdout:
                break
            time.sleep(1)
        assert "spam9" in listed.stdout, listed.stderr
        wait_blacklist_held(pipe, 1)
        later = asyncio.run(produce(pipe.broker.bootstrap, settings.topic_events, [
            event(20, "member_join", "spam9", "g4"),
            event(21, "member_join", "friend", "g4"),
        ]))
        asyncio.run(pipe.wait_processed(later))
    actions = [orjson.loads(x) for x in run_cli(
        tmp_path, "sql", "--format", "jsonl",
        "SELECT action, strikes, blacklist FROM grouppulse.actions WHERE user_id = 'spam9' "
        "ORDER BY strikes").stdout.splitlines()]
    assert [(a["action"], int(a["strikes"])) for a in actions] == [
        ("warn", 1), ("mute", 2), ("kick", 3)]
    assert [bool(a["blacklist"]) for a in actions] == [False, False, True]
    alerts = [orjson.loads(x) for x in run_cli(
        tmp_path, "sql", "--format", "jsonl",
        "SELECT user_id, group_id, severity FROM grouppulse.alerts WHERE kind = 'blacklist'"
    ).stdout.splitlines()]
    assert alerts == [{"user_id": "spam9", "group_id": "g4", "severity": "critical"}]
