"""Faults survived for real on the embedded stack: ClickHouse outage, repeated kill -9.

Each test counts rows as an analyst would (without FINAL) against the simulator's ground truth.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from helpers import expected_counts, table_counts

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
