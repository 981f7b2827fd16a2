"""Group health across kill -9 and across worker counts: the same rows and alerts as one
uninterrupted run of the same file (event time, state saved per batch, recovered on
assignment)."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest
from helpers import CliInBackground, run_cli, sql

from streams.runner import EmbeddedPipeline, produce, read_jsonl
from streams.settings import Settings

HEALTH = ("SELECT * EXCEPT (ingested_at) FROM grouppulse.group_health "
          "ORDER BY group_id, ts")
HEALTH_ALERTS = ("SELECT kind, dedup_key, alert_id FROM grouppulse.alerts WHERE kind IN "
                 "('dying_group', 'group_revived', 'negative_sentiment') ORDER BY dedup_key")


@pytest.fixture(scope="module")
def four_days(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """40 groups over 96 hours (declining, sudden-death, quiet, ... profiles): enough days
    for the rhythm to be learned and dying groups to be called."""
    folder = tmp_path_factory.mktemp("health")
    events = folder / "events.jsonl"
    done = run_cli(folder, "simulate", "--groups", "40", "--hours", "96", "--seed", "5",
                   "--out", str(events), "--truth", str(folder / "truth.jsonl"))
    assert done.returncode == 0, done.stderr
    return events


def test_health_after_kill_9_mid_replay_equals_an_uninterrupted_run(
    four_days: Path, tmp_path: Path
) -> None:
    killed, calm = tmp_path / "killed", tmp_path / "uninterrupted"
    settings = Settings(data_dir=killed, live_clock=False, sink_batch_size=500,
                        sink_flush_seconds=0.2, web_port=0)  # the replay may hold the default
    # the uninterrupted run goes on meanwhile, in its own directory
    with CliInBackground(calm, "replay", str(four_days)) as uninterrupted:
        with EmbeddedPipeline(settings) as pipe:
            produced = asyncio.run(produce(pipe.broker.bootstrap, settings.topic_events,
                                           read_jsonl(four_days)))
            part = asyncio.run(pipe.wait_processed(produced, stop_at=produced.records * 2 // 5,
                                                   poll_seconds=0.02))
            assert produced.records // 5 <= part.processed < produced.records
            assert pipe.worker is not None
            pipe.worker.kill()  # SIGKILL: the tracker's memory is gone
            pipe.start_worker()
            final = asyncio.run(pipe.wait_processed(produced))
            assert final.processed == produced.records
        done = uninterrupted.result()
    assert done.returncode == 0, done.stderr[-3000:]
    health, alerts = sql(calm, HEALTH), sql(calm, HEALTH_ALERTS)
    assert len({row["group_id"] for row in health}) == 40
    assert any(a["kind"] == "dying_group" for a in alerts)
    restored = re.findall(r"health state of partition \d+: (\d+) groups",
                          (killed / "logs" / "worker.log").read_text())
    assert sum(map(int, restored)) >= 20  # the restarted worker did start from saved state
    assert sql(killed, HEALTH) == health
    assert sql(killed, HEALTH_ALERTS) == alerts
