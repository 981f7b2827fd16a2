"""Faults survived for real on the embedded stack: ClickHouse outage, repeated kill -9.

Each test counts rows as an analyst would (without FINAL) against the simulator's ground truth.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import orjson
import pytest
from helpers import STATE_ALERTS, assert_same_outcome, expected_counts, run_cli, table_counts

from streams.runner import EmbeddedPipeline, Produced, produce, read_jsonl
from streams.settings import Settings


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError(f"no VmRSS for {pid}")


def committed(pipe: EmbeddedPipeline, produced: Produced) -> int:
    """Events committed so far (everything before them is in ClickHouse)."""
    return asyncio.run(pipe.wait_processed(produced, stop_at=0)).processed


def test_a_30_second_clickhouse_outage_pauses_the_worker_and_loses_nothing(
    simulated_20k: tuple[Path, Path], tmp_path: Path
) -> None:
    events, truth = simulated_20k
    switch = tmp_path / "clickhouse-down"
    settings = Settings(data_dir=tmp_path, sink_batch_size=500, sink_flush_seconds=0.2,
                        sink_fault_file=switch, sink_retry_max_seconds=2)
    with EmbeddedPipeline(settings) as pipe:
        assert pipe.worker is not None and pipe.worker.process is not None
        produced = asyncio.run(produce(pipe.broker.bootstrap, settings.topic_events,
                                       read_jsonl(events)))
        asyncio.run(pipe.wait_processed(produced, stop_at=produced.records // 5,
                                        poll_seconds=0.05))
        switch.touch()  # ClickHouse "goes down"
        time.sleep(3)  # the write in flight fails; nothing more is committed from here
        paused_at, rss_before = committed(pipe, produced), rss_mb(pipe.worker.process.pid)
        time.sleep(30)
        assert committed(pipe, produced) == paused_at  # no offset moves without its rows
        assert paused_at < produced.records
        rss_after = rss_mb(pipe.worker.process.pid)
        assert rss_after - rss_before < 150, (rss_before, rss_after)  # the consumer paused
        metrics = pipe.worker.scrape()
        assert sum(v for k, v in metrics.items() if k.startswith("grouppulse_sink_errors_total")) > 0
        switch.unlink()  # back up: the worker catches up on its own
        final = asyncio.run(pipe.wait_processed(produced))
        assert final.processed == produced.records
    want = expected_counts(events, truth)
    assert table_counts(tmp_path) == {table: (n, n) for table, n in want.items()}


def test_three_kill_9s_over_100k_events_lose_nothing_and_duplicate_nothing(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """100,000 events over 8 partitions; the worker is killed three times, each time after at
    least 20 % more progress, and restarted. The tables, the alerts and the group states equal
    those of an uninterrupted run of the same file."""
    folder = tmp_path_factory.mktemp("sim100k")
    events, truth = folder / "events.jsonl", folder / "truth.jsonl"
    done = run_cli(folder, "simulate", "--events", "100000", "--groups", "1000", "--malformed",
                   "0.01", "--out", str(events), "--truth", str(truth), "--seed", "23")
    assert done.returncode == 0, done.stderr
    killed, calm = tmp_path_factory.mktemp("killed"), tmp_path_factory.mktemp("calm")

    recoveries = []
    settings = Settings(data_dir=killed, sink_batch_size=1000, sink_flush_seconds=0.5, web_port=0,
                        live_clock=False)  # event time only, like the replay it is compared to
    with EmbeddedPipeline(settings) as pipe:
        assert settings.topic_partitions >= 4
        produced = asyncio.run(produce(pipe.broker.bootstrap, settings.topic_events,
                                       read_jsonl(events)))
        for share in (0.25, 0.5, 0.75):
            reached = asyncio.run(pipe.wait_processed(
                produced, stop_at=int(produced.records * share), poll_seconds=0.05))
            assert reached.processed < produced.records
            assert pipe.worker is not None
            pipe.worker.kill()
            restarted = time.monotonic()
            pipe.start_worker()
            # recovered = processing again: committed progress moves past the kill point
            asyncio.run(pipe.wait_processed(produced, stop_at=reached.processed + 1,
                                            poll_seconds=0.05))
            recoveries.append(time.monotonic() - restarted)
        assert asyncio.run(pipe.wait_processed(produced)).processed == produced.records
        assert_analysts_read_through_the_worker(killed, pipe)
    print(f"\nrecovery after kill -9 (restart → committing again): "
          f"{', '.join(f'{s:.1f} s' for s in recoveries)}")

    replayed = run_cli(calm, "replay", str(events))
    assert replayed.returncode == 0, replayed.stderr[-2000:]

    # flood windows are per member and group, restored with the group's state: equal too
    assert_same_outcome(killed, calm, events, truth, kinds=(*STATE_ALERTS, "flood"))


def assert_analysts_read_through_the_worker(data_dir: Path, pipe: EmbeddedPipeline) -> None:
    """While a worker owns the chDB directory, analysts query through it, read-only."""
    worker_url = f"http://127.0.0.1:{pipe.settings.web_port}"
    through = run_cli(data_dir, "sql", "--format", "jsonl", "--worker-url", worker_url,
                      "SELECT count() AS n FROM grouppulse.messages")
    assert through.returncode == 0, through.stderr
    assert orjson.loads(through.stdout)["n"] > 0
    refused = run_cli(data_dir, "sql", "--worker-url", worker_url,
                      "INSERT INTO grouppulse.messages (event_id) VALUES ('x')")
    assert refused.returncode == 2 and "readonly" in refused.stderr.lower()
    locked = run_cli(data_dir, "sql", "SELECT 1")
    assert locked.returncode == 2 and "--worker-url" in locked.stderr
