"""Workers join and leave mid-run on the embedded stack, and a replay with two workers.

Several embedded workers share one chDB directory through the ClickHouse access point
(``grouppulse clickhouse-server``). Traffic is sent at a steady rate while a second worker
joins as the first is frozen (SIGSTOP) for longer than the session timeout, so the group
drops the first, which on waking missed a rebalance and must reload its state; the second
leaves gracefully, a third joins and the first is killed with SIGKILL: every partition
moves at least once. The tables, the alerts and the group states must equal those of an
uninterrupted one-worker replay of the same file.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path

import pytest
from helpers import CliInBackground, assert_same_outcome, run_cli

from streams.embedded import WorkerProcess, metric_sum
from streams.kafka import CommitWatcher
from streams.runner import EmbeddedPipeline, Produced, produce, read_jsonl
from streams.settings import Settings

EVENTS = 30_000
# events/s sent: the run lasts ~50 s, so that all four changes (~40 s) happen while events flow
RATE = 600
PARTITIONS = 8
TIMEOUT = 120.0  # per rebalance; a loaded 2-core CI machine is slow, never this slow

class CalmRun:
    """30,000 events over 1,000 groups (1 % malformed) and their uninterrupted one-worker
    replay, which goes on in the background while the paced run with rebalances (bound by the
    clock, not the CPU) is under way: ``replayed()`` waits for it."""

    def __init__(self, events: Path, truth: Path, calm: Path, replay: CliInBackground) -> None:
        self.events, self.truth, self._calm, self._replay = events, truth, calm, replay

    def replayed(self) -> Path:
        done = self._replay.result()
        assert done.returncode == 0, done.stderr[-2000:]
        return self._calm


@pytest.fixture(scope="module")
def calm_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CalmRun]:
    folder = tmp_path_factory.mktemp("sim_rebalance")
    events, truth = folder / "events.jsonl", folder / "truth.jsonl"
    done = run_cli(folder, "simulate", "--events", str(EVENTS), "--groups", "1000",
                   "--malformed", "0.01", "--out", str(events), "--truth", str(truth),
                   "--seed", "31")
    assert done.returncode == 0, done.stderr
    calm = tmp_path_factory.mktemp("calm")
    with CliInBackground(calm, "replay", str(events),
                         GROUPPULSE_TOPIC_PARTITIONS=str(PARTITIONS)) as replay:
        yield CalmRun(events, truth, calm, replay)


async def paced(records: list[tuple[bytes | None, bytes]]) -> AsyncIterator[
    tuple[bytes | None, bytes]
]:
    """The records at ``RATE`` per second of wall time (in file order)."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    for number, record in enumerate(records):
        if number % 100 == 0 and (ahead := number / RATE - (loop.time() - started)) > 0:
            await asyncio.sleep(ahead)
        yield record


def processed(worker: WorkerProcess) -> float:
    return metric_sum(worker.scrape(timeout=1.0), "grouppulse_events_total")


async def until(condition: Callable[[], Awaitable[bool]], what: str) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not await condition():
        assert time.monotonic() < deadline, f"not within {TIMEOUT:.0f} s: {what}"
        await asyncio.sleep(0.1)


class Traffic:
    """The paced producer and the consumer group's commits, for the phases' conditions."""

    def __init__(self, pipe: EmbeddedPipeline, producing: asyncio.Task[Produced],
                 watcher: CommitWatcher) -> None:
        self.topic, self.partitions = pipe.settings.topic_events, range(PARTITIONS)
        self.producing, self.watcher = producing, watcher

    async def committed(self) -> dict[int, int]:
        return await self.watcher.committed(self.topic, self.partitions)

    def ends(self) -> dict[int, int] | None:
        """Each partition's end once everything is sent; None while the producer runs."""
        return self.producing.result().next_offsets if self.producing.done() else None

    async def all_processed(self) -> bool:
        """Everything is sent and committed: no worker has an event left to process, so
        "processes events again" can no longer happen and must not be waited for."""
        ends = self.ends()
        if ends is None:
            return False
        now = await self.committed()
        return all(now.get(p, 0) >= ends.get(p, 0) for p in self.partitions)

    async def all_moved_on(self, base: dict[int, int]) -> bool:
        """Every partition has committed more than ``base``, or has nothing left to do."""
        now, ends = await self.committed(), self.ends()
        return all(now.get(p, 0) > base.get(p, 0)
                   or (ends is not None and now.get(p, 0) >= ends.get(p, 0))
                   for p in self.partitions)


async def join(pipe: EmbeddedPipeline, staying: WorkerProcess,
               traffic: Traffic) -> tuple[float, ...]:
    """Start a worker; seconds until it is up (its web port answers), until it processes
    events, and until both do."""
    started = time.monotonic()
    joining = await asyncio.to_thread(pipe.start_worker)
    up = 0.0

    async def joined() -> bool:
        nonlocal up
        values = await asyncio.to_thread(joining.scrape, 1.0)
        if values and not up:
            up = time.monotonic() - started
        return (metric_sum(values, "grouppulse_events_total") > 0
                or await traffic.all_processed())

    await until(joined, "the new worker processes events")
    first = time.monotonic() - started
    before = await asyncio.to_thread(processed, staying)

    async def both() -> bool:
        return (await asyncio.to_thread(processed, staying) > before
                or await traffic.all_processed())

    await until(both, "the worker that stayed processes events again")
    return up, first, time.monotonic() - started


async def leave(leaving: WorkerProcess, traffic: Traffic, kill: bool) -> tuple[float, ...]:
    """Stop (or kill -9) a worker; seconds until it is gone, and until every partition with
    work left has committed more than it had when the worker was gone (the survivor took
    the leaver's partitions over and processes them)."""
    started = time.monotonic()
    await asyncio.to_thread(leaving.kill if kill else leaving.stop)
    gone = time.monotonic() - started
    base = await traffic.committed()
    await until(lambda: traffic.all_moved_on(base),
                "the partitions of the worker that left are processed again")
    return gone, time.monotonic() - started


async def freeze_while_joining(pipe: EmbeddedPipeline, frozen: WorkerProcess,
                               traffic: Traffic) -> tuple[float, ...]:
    """SIGSTOP the only worker and start another: the group drops the frozen one once its
    session times out, and the new one takes every partition over (each commits more while
    the first cannot). SIGCONT: the first rejoins having missed that rebalance, with state
    that misses what the second did, so it must say so and reload it. Seconds until the
    second worker has every partition, until the first has rejoined, and until both process
    events in that new generation."""

    async def holds_every_partition() -> bool:
        return len(await traffic.committed()) == PARTITIONS

    await until(holds_every_partition, "the first worker processes every partition")
    started = time.monotonic()
    assert frozen.process is not None
    os.kill(frozen.process.pid, signal.SIGSTOP)
    try:
        base = await traffic.committed()
        joining = await asyncio.to_thread(pipe.start_worker)
        await until(lambda: traffic.all_moved_on(base), "the new worker processes every partition")
        alone = time.monotonic() - started
    finally:
        os.kill(frozen.process.pid, signal.SIGCONT)

    async def rejoined() -> bool:
        return "missed a rebalance" in frozen.log_path.read_text(errors="replace")

    # (events it had begun before the freeze are finished first: they do not count)
    await until(rejoined, "the woken worker says it missed a rebalance and reloads its state")
    back = time.monotonic() - started
    before = await asyncio.to_thread(lambda: (processed(frozen), processed(joining)))

    async def both() -> bool:
        now = await asyncio.to_thread(lambda: (processed(frozen), processed(joining)))
        return (now[0] > before[0] and now[1] > before[1]) or await traffic.all_processed()

    await until(both, "both workers process events in the new generation")
    return alone, back, time.monotonic() - started


async def run_with_rebalances(pipe: EmbeddedPipeline, events: Path) -> dict[str, tuple[
    float, ...
]]:
    records = list(read_jsonl(events))
    sent = 0

    def on_sent(count: int) -> None:
        nonlocal sent
        sent += count

    async def sent_share(share: float) -> None:
        while sent < share * len(records):
            await asyncio.sleep(0.05)

    producing = asyncio.create_task(produce(pipe.broker.bootstrap, pipe.settings.topic_events,
                                            paced(records), on_sent=on_sent))
    watcher = CommitWatcher(pipe.broker.bootstrap, pipe.settings.app_id)
    await watcher.start()
    traffic = Traffic(pipe, producing, watcher)
    timings: dict[str, tuple[float, ...]] = {}

    def name(what: str) -> str:
        """Each phase is meant to happen while events flow; one that starts later (a slow
        machine) still checks the hand-over and the outcome, and says so."""
        return what if not producing.done() else f"{what} [after the last event was sent]"

    try:
        first = pipe.worker
        assert first is not None
        await sent_share(0.1)
        timings[name("second worker joins, the first frozen")] = await freeze_while_joining(
            pipe, first, traffic)
        second = pipe.worker
        assert second is not None
        await sent_share(0.35)
        timings[name("second worker stops (SIGTERM)")] = await leave(second, traffic,
                                                                     kill=False)
        await sent_share(0.45)
        timings[name("third worker joins")] = await join(pipe, first, traffic)
        await sent_share(0.65)
        timings[name("first worker killed (SIGKILL)")] = await leave(first, traffic, kill=True)
        produced = await producing
        assert produced.records == len(records)
        final = await pipe.wait_processed(produced, stall_timeout=TIMEOUT)
        assert final.processed == produced.records
    finally:
        await watcher.close()
        if not producing.done():
            producing.cancel()
    return timings


def test_workers_joining_leaving_and_killed_mid_run_lose_and_duplicate_nothing(
    calm_run: CalmRun, tmp_path: Path
) -> None:
    events, truth = calm_run.events, calm_run.truth
    settings = Settings(data_dir=tmp_path, topic_partitions=PARTITIONS, sink_batch_size=1000,
                        sink_flush_seconds=0.5, web_port=0,
                        live_clock=False)  # event time only, like the replay it is compared to
    started = time.monotonic()
    with EmbeddedPipeline(settings, shared_clickhouse=True) as pipe:
        timings = asyncio.run(run_with_rebalances(pipe, events))
        assert len(pipe.workers) == 3 and len(pipe.live_workers()) == 1
    print(f"\n{EVENTS} events at {RATE}/s, {PARTITIONS} partitions, run {time.monotonic() - started:.0f} s")
    for what, times in timings.items():
        if "frozen" in what:
            alone, back, both = times
            print(f"{what}: the second alone after {alone:.1f} s, the first back in the "
                  f"group after {back:.1f} s, both processing after {both:.1f} s")
        elif "joins" in what:
            up, first, both = times
            print(f"{what}: up after {up:.1f} s, processing after {first:.1f} s, both "
                  f"processing after {both:.1f} s")
        else:
            gone, again = times
            print(f"{what}: gone after {gone:.1f} s, its partitions processed again after "
                  f"{again:.1f} s")
    assert_same_outcome(tmp_path, calm_run.replayed(), events, truth)


def test_replay_with_two_workers_gives_the_states_and_alerts_of_one(
    calm_run: CalmRun, tmp_path: Path
) -> None:
    events, truth, calm = calm_run.events, calm_run.truth, calm_run.replayed()  # (CPU-bound)
    done = run_cli(tmp_path, "replay", "--workers", "2", str(events),
                   GROUPPULSE_TOPIC_PARTITIONS=str(PARTITIONS))
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"replayed {EVENTS} events" in done.stdout
    logs = tmp_path / "logs"
    for log in ("worker.log", "worker-2.log"):  # both were given partitions
        assert "health state of partition" in (logs / log).read_text(errors="replace"), log
    assert_same_outcome(tmp_path, calm, events, truth)
