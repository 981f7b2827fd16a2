import asyncio
import contextlib

from sinks.batching import BatchingSink
from sinks.rows import MESSAGES, Row, Table


class FlakyWriter:
    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.batches: list[tuple[str, list[Row]]] = []

    def write(self, table: Table, rows: list[Row]) -> int:
        if self.failures:
            self.failures -= 1
            raise ConnectionError("clickhouse is down")
        self.batches.append((table.name, list(rows)))
        return len(rows)


class Recorder:
    def __init__(self) -> None:
        self.failures = 0

        self.calls = 0

    def written(self, table: Table, rows: int, seconds: float) -> None:  # type: ignore[no-redef]
        self.calls += 1
        self.rows = rows

    def failed(self, table: Table, error: BaseException) -> None:
        self.failures += 1


async def no_sleep(_: float) -> None:
    return None


async def test_flush_writes_everything_added_once() -> None:
    writer = FlakyWriter(failures=0)
    sink = BatchingSink(writer, sleep=no_sleep)
    sink.add(MESSAGES, ("e1",))
    sink.add(MESSAGES, ("e2",))
    assert sink.pending_rows == 2
    assert await sink.flush() == 2
    assert writer.batches == [("messages", [("e1",), ("e2",)])]
    assert sink.pending_rows == 0
    assert await sink.flush() == 0
    sink.close()


async def test_outage_is_retried_with_backoff_until_it_succeeds() -> None:
    writer = FlakyWriter(failures=5)
    delays: list[float] = []

    async def record_sleep(seconds: float) -> None:
        delays.append(seconds)

    recorder = Recorder()
    sink = BatchingSink(writer, observer=recorder, sleep=record_sleep, retry_initial_seconds=1,
                        retry_max_seconds=4)
    sink.add(MESSAGES, ("e1",))
    assert await sink.flush() == 1
    assert recorder.failures == 5 and (recorder.calls, recorder.rows) == (1, 1)
    assert len(delays) == 5
    assert delays[0] < delays[2] and max(delays) <= 4 * 1.2  # exponential, capped, jittered
    sink.close()


async def test_cancelled_flush_does_not_pretend_success() -> None:
    writer = FlakyWriter(failures=10**9)
    sink = BatchingSink(writer, sleep=asyncio.sleep, retry_initial_seconds=0.01)
    sink.add(MESSAGES, ("e1",))
    task = asyncio.create_task(sink.flush())
    await asyncio.sleep(0.1)
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    assert writer.batches == []
    sink.close()
