"""``grouppulse demo``: the whole system on the embedded default, with a live summary."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import time
from datetime import datetime

from rich.console import Console
from rich.live import Live
from rich.table import Table

from streams.embedded import metric_sum
from streams.runner import EmbeddedPipeline, Produced, groups_by_state, processed_counts
from streams.settings import Settings


def run_demo(
    settings: Settings,
    console: Console,
    *,
    groups: int,
    speed: float,
    seed: int,
    refresh: float,
    duration: float | None,
    start: datetime,
) -> None:
    from streams.simulate import SimulationConfig

    console.print("starting the embedded broker and a worker…")
    with EmbeddedPipeline(settings) as pipe:
        config = SimulationConfig(groups=groups, hours=24 * 365, seed=seed, start=start)
        console.print(
            f"broker {pipe.broker.url} · worker metrics http://127.0.0.1:"
            f"{pipe.settings.web_port}/metrics · ClickHouse {settings.dsn_for_display}"
        )
        assert pipe.worker is not None and pipe.worker.process is not None
        assert pipe.broker.process is not None
        console.print(
            f"broker pid {pipe.broker.process.pid}, worker pid {pipe.worker.process.pid}; "
            "Ctrl-C stops everything."
        )
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(_live(pipe, config, console, speed, refresh, duration))
        console.print("stopping…")
    db = settings.clickhouse_database
    example = (
        f"SELECT group_id, count() AS messages FROM {db}.messages "  # noqa: S608 - printed only
        "GROUP BY group_id ORDER BY messages DESC LIMIT 10"
    )
    console.print(
        f"stopped. Data: {settings.dsn_for_display} (database {db}).\n"
        f"Query it, e.g.:\n  grouppulse sql \"{example}\""
    )


async def _live(
    pipe: EmbeddedPipeline,
    config: object,
    console: Console,
    speed: float,
    refresh: float,
    duration: float | None,
) -> None:
    from streams.cli import paced_events
    from streams.runner import produce

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGINT, stop.set)
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    sent = Produced()

    def count_sent(n: int) -> None:
        sent.records += n

    feeder = asyncio.create_task(
        produce(
            pipe.broker.bootstrap,
            pipe.settings.topic_events,
            paced_events(config, speed, stop),
            on_sent=count_sent,
        )
    )
    started = time.monotonic()
    previous = (started, 0)
    worker = pipe.worker
    assert worker is not None
    # On a terminal the summary redraws in place; elsewhere (logs, CI) it prints one line per tick.
    with Live(console=console, auto_refresh=False, transient=False) if console.is_terminal else (
        contextlib.nullcontext()
    ) as live:
        while not stop.is_set():
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=refresh)
            if feeder.done() and feeder.exception() is not None:
                console.print(f"[red]the simulator stopped: {feeder.exception()}[/red]")
                break
            if not worker.alive():
                console.print(f"[red]{worker.exit_message()}[/red]")
                break
            metrics = await asyncio.to_thread(worker.scrape)
            counts = processed_counts(metrics)
            now = time.monotonic()
            done = counts["events"] + counts["dead_letters"]
            rate = (done - previous[1]) / max(now - previous[0], 1e-6)
            previous = (now, done)
            summary = _summary(now - started, sent.records, done, rate, counts, metrics)
            if live is not None:
                live.update(summary, refresh=True)
            else:
                console.print(_summary_line(summary), highlight=False, soft_wrap=True)
            if duration is not None and now - started >= duration:
                break
    stop.set()
    with contextlib.suppress(Exception):
        await asyncio.wait_for(feeder, timeout=10)


def _summary(
    elapsed: float,
    sent: int,
    done: int,
    rate: float,
    counts: dict[str, int],
    metrics: dict[str, float],
) -> Table:
    table = Table(title=f"grouppulse demo · {elapsed:,.0f} s", show_header=False)
    table.add_column(justify="right")
    table.add_column()
    rows = metric_sum(metrics, "grouppulse_sink_rows_total")
    table.add_row("events/s", f"{rate:,.0f}")
    table.add_row("events sent", f"{sent:,}")
    table.add_row("events processed", f"{done:,}")
    table.add_row("rows in ClickHouse", f"{rows:,.0f}")
    table.add_row("groups seen", f"{counts['groups']:,}")
    states = groups_by_state(metrics)
    table.add_row("groups by state", " ".join(f"{name} {n}" for name, n in states.items()))
    table.add_row("alerts", f"{counts['alerts_raised']:,}")
    table.add_row("dead letters", f"{counts['dead_letters']:,}")
    return table


def _summary_line(table: Table) -> str:
    """The summary table as one ``name=value`` line, for non-terminal output."""
    cells = [list(column.cells) for column in table.columns]
    pairs = [f"{name.replace(' ', '_')}={value}" for name, value in zip(*cells, strict=True)]
    return f"{table.title}: " + " ".join(pairs)
