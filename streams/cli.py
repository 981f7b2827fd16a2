"""The ``grouppulse`` command line. User mistakes print one line and exit 2, no traceback."""

from __future__ import annotations

import asyncio
import csv
import dataclasses
import io
import logging
import re
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO, TypeVar

import click
import orjson
from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from streams.errors import UserError
from streams.settings import Settings

console = Console(stderr=True, soft_wrap=True)  # whole lines: logs and tests grep them
F = TypeVar("F", bound=Callable[..., Any])


def load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        problems = "; ".join(
            f"GROUPPULSE_{'_'.join(str(p) for p in err['loc']).upper()}: {err['msg']}"
            for err in exc.errors()
        )
        raise UserError(f"bad settings: {problems}") from None


def setup_logging(level: str) -> None:
    numeric = {"crit": 50, "error": 40, "warn": 30, "info": 20, "debug": 10}[level]
    logging.basicConfig(
        level=numeric, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """grouppulse: real-time monitor for community chat groups."""


@cli.command()
def worker() -> None:
    """Run one Faust worker against the configured Kafka and ClickHouse."""
    from streams.worker import run_worker

    settings = load_settings()
    setup_logging(settings.log_level)
    sys.exit(run_worker(settings))


@cli.command("clickhouse-server")
def clickhouse_server() -> None:
    """Own the configured ClickHouse (an embedded chDB directory) and let several workers write
    and query through it on GROUPPULSE_CLICKHOUSE_SERVER (host:port), with the shared key
    GROUPPULSE_CLICKHOUSE_SERVER_KEY. Applies the schema first; stops on SIGTERM or Ctrl-C."""
    from sinks.clickhouse_server import serve

    settings = load_settings()
    setup_logging(settings.log_level)
    if not settings.clickhouse_server or settings.clickhouse_server_key is None:
        raise UserError("set GROUPPULSE_CLICKHOUSE_SERVER (host:port) and "
                        "GROUPPULSE_CLICKHOUSE_SERVER_KEY (the key workers share)")
    try:
        serve(settings.clickhouse_server,
              settings.clickhouse_server_key.get_secret_value().encode(),
              settings.dsn, settings.dsn_for_display, settings.clickhouse_database)
    except OSError as exc:
        raise UserError(f"cannot listen on {settings.clickhouse_server}: "
                        f"{exc.strerror or exc}") from None


@cli.command()
def migrate() -> None:
    """Apply the ClickHouse schema (numbered migrations; safe to run again)."""
    from sinks.clickhouse import connect
    from sinks.clickhouse import migrate as apply

    settings = load_settings()
    client = connect(settings.dsn, settings.dsn_for_display)
    try:
        applied = apply(client, settings.clickhouse_database)
    finally:
        client.close()
    if applied:
        for m in applied:
            click.echo(f"applied {m.version:03d}_{m.name}")
    else:
        click.echo(f"schema of {settings.clickhouse_database} is up to date")


@cli.command()
@click.argument("query", required=False)
@click.option(
    "--file", "file", type=click.File("r", encoding="utf-8"),
    help="Run the statements of FILE ('-' for stdin) in order, on one connection; statements "
    "end with ';' at the end of a line.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "jsonl", "json"]), default="table",
    show_default=True,
    help="json: one line per statement, {statement, columns: [[name, type]], rows}.",
)
@click.option(
    "--worker-url",
    help="Query through a running worker's web port (http://127.0.0.1:6066) instead of "
    "opening ClickHouse; needed while a worker or demo owns an embedded chDB directory.",
)
def sql(query: str | None, file: TextIO | None, fmt: str, worker_url: str | None) -> None:
    """Run QUERY (or the statements of --file) on the configured ClickHouse and print rows."""
    if file is not None and query is None:
        statements = split_statements(file.read())
    elif query is not None and file is None:
        statements = [query]
    else:
        raise UserError("give either QUERY or --file FILE")
    settings = load_settings()
    if worker_url:
        for number, statement in enumerate(statements, start=1):
            columns, rows = _query_worker(worker_url, statement)
            _print_result(number, [(c, "") for c in columns], rows, fmt)
        return
    if settings.clickhouse_server and settings.clickhouse_server_key is not None:
        _sql_through_access_point(settings, statements, fmt)
        return
    from sinks.clickhouse import connect

    client = connect(settings.dsn, settings.dsn_for_display)
    try:
        for number, statement in enumerate(statements, start=1):
            try:
                typed, rows = _run_statement(client, statement)
            except Exception as exc:
                where = f"statement {number} " if len(statements) > 1 else ""
                raise UserError(
                    f"{where}query failed: {' '.join(str(exc).split())[:500]}"
                ) from None
            _print_result(number, typed, rows, fmt)
    finally:
        client.close()


def _sql_through_access_point(settings: Settings, statements: list[str], fmt: str) -> None:
    """Read-only queries through ``grouppulse clickhouse-server``, which owns ClickHouse."""
    from sinks.clickhouse_server import SharedWriter
    from sinks.process_writer import ClickHouseProcessError

    assert settings.clickhouse_server_key is not None
    access = SharedWriter(settings.clickhouse_server,
                          settings.clickhouse_server_key.get_secret_value().encode(),
                          connect_wait=5)
    try:
        for number, statement in enumerate(statements, start=1):
            try:
                result = access.query(statement)
            except ClickHouseProcessError as exc:
                where = f"statement {number} " if len(statements) > 1 else ""
                raise UserError(f"{where}query failed: {' '.join(str(exc).split())[:500]}"
                                ) from None
            _print_result(number, [(c, "") for c in result["columns"]], result["rows"], fmt)
    finally:
        access.close()


def split_statements(text: str) -> list[str]:
    """Statements of a SQL file: each ends with ';' at the end of a line; comment-only
    chunks are dropped. (One connection for a whole file: chDB starts in seconds.)"""
    chunks = re.split(r";[ \t]*$", text, flags=re.M)
    return [
        chunk.strip() for chunk in chunks
        if any(line.strip() and not line.strip().startswith("--") for line in chunk.splitlines())
    ]


def _run_statement(client: Any, statement: str) -> tuple[list[tuple[str, str]], list[list[Any]]]:
    """Rows and (name, type) columns; an empty result still gets its columns (chDB sends
    none), asked with DESCRIBE for statements that return rows."""
    result = client.query(statement)
    typed = [(name, t.name) for name, t in zip(result.column_names, result.column_types,
                                                 strict=True)]
    if not typed and re.match(r"\s*(SELECT|WITH|\()", _strip_comments(statement), re.I):
        described = client.query(f"DESCRIBE ({statement})")
        typed = [(str(row[0]), str(row[1])) for row in described.result_rows]
    return typed, [list(r) for r in result.result_rows]


def _strip_comments(statement: str) -> str:
    return "\n".join(line for line in statement.splitlines()
                     if not line.strip().startswith("--"))


def _print_result(number: int, typed: list[tuple[str, str]], rows: list[list[Any]],
                  fmt: str) -> None:
    if not typed and not rows and fmt != "json":
        return  # a statement without a result (INSERT, TRUNCATE ...)
    if fmt == "json":
        line = {"statement": number, "columns": [list(c) for c in typed], "rows": rows}
        sys.stdout.buffer.write(orjson.dumps(line, default=str) + b"\n")
        sys.stdout.buffer.flush()
    else:
        _print_rows([name for name, _type in typed], rows, fmt)


def _query_worker(url: str, query: str) -> tuple[list[str], list[list[Any]]]:
    if not url.startswith(("http://", "https://")):
        raise UserError(f"--worker-url must be http(s)://host:port, got {url!r}")
    request = urllib.request.Request(  # noqa: S310 - scheme checked above
        url.rstrip("/") + "/query", data=query.encode(), method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 - http(s) only
            doc = orjson.loads(response.read())
    except urllib.error.HTTPError as exc:
        body = exc.read()
        try:
            reason = orjson.loads(body).get("error", body.decode(errors="replace"))
        except (orjson.JSONDecodeError, AttributeError):
            reason = body.decode(errors="replace")[:500] or str(exc)
        raise UserError(f"query failed: {' '.join(str(reason).split())}") from None
    except OSError as exc:
        raise UserError(f"cannot reach the worker at {url}: {exc}") from None
    return list(doc["columns"]), doc["rows"]


def _print_rows(columns: list[str], rows: list[list[Any]], fmt: str) -> None:
    if fmt == "jsonl":
        out = sys.stdout.buffer
        for row in rows:
            out.write(orjson.dumps(dict(zip(columns, row, strict=True)), default=str) + b"\n")
        out.flush()
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        writer.writerows(rows)
        sys.stdout.write(buffer.getvalue())
    else:
        table = Table(*columns)
        for row in rows:
            table.add_row(*(_cell(v) for v in row))
        Console().print(table)
        Console(stderr=True).print(f"{len(rows)} rows")


def _cell(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--show-alerts", default=20, show_default=True, help="How many alerts to print.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 16),
              help="Workers sharing the partitions (more than one: they write through one "
              "ClickHouse access point that owns the chDB directory).")
def replay(file: Path, show_alerts: int, workers: int) -> None:
    """Run the whole pipeline (embedded broker + worker) over a JSONL FILE of events.

    Exits when every event is in ClickHouse, then prints the alerts and a summary line.
    """
    from streams.runner import EmbeddedPipeline, count_lines, produce, read_jsonl

    # A replay is event time only: the live clock would add wall-clock time to a backlog.
    settings = load_settings().model_copy(update={"live_clock": False})
    total = count_lines(file)
    if total == 0:
        raise UserError(f"{file} has no events")
    started = time.time()
    with EmbeddedPipeline(settings, workers=workers) as pipe, _progress() as progress:
        sending = progress.add_task("sending", total=total)
        processing = progress.add_task("in ClickHouse", total=total)
        produced = asyncio.run(
            produce(
                pipe.broker.bootstrap,
                pipe.settings.topic_events,
                read_jsonl(file),
                on_sent=lambda n: progress.advance(sending, n),
            )
        )
        final = asyncio.run(
            pipe.wait_processed(
                produced, on_progress=lambda p: progress.update(processing, completed=p.processed)
            )
        )
    _replay_summary(settings, final.worker_metrics, total, time.time() - started, show_alerts,
                    since=started)


def _replay_summary(
    settings: Settings,
    metrics: dict[str, float],
    total: int,
    seconds: float,
    show_alerts: int,
    since: float,
) -> None:
    from streams.runner import events_per_second, processed_counts

    counts = processed_counts(metrics)
    alerts = _alerts_since(settings, since, show_alerts)
    for alert in alerts:
        click.echo(" ".join(str(v) for v in alert))
    rate = events_per_second(metrics, counts["events"] + counts["dead_letters"])
    click.echo(
        f"replayed {total} events: {counts['events']} valid, {counts['dead_letters']} dead "
        f"letters, {counts['alerts_raised']} alerts, {counts['groups']} groups, {seconds:.1f} s, "
        f"{rate:,.0f} events/s"
    )
    click.echo(f"data: {settings.dsn_for_display} (database {settings.clickhouse_database})")


def _alerts_since(settings: Settings, since: float, limit: int) -> list[tuple[Any, ...]]:
    """The alerts this run wrote (by write time), in event-time order."""
    from sinks.clickhouse import connect

    client = connect(settings.dsn, settings.dsn_for_display)
    db = settings.clickhouse_database  # validated identifier
    try:
        result = client.query(
            f"SELECT ts, severity, kind, group_id, title FROM {db}.alerts "  # noqa: S608
            "WHERE ingested_at >= fromUnixTimestamp64Milli(%(since)s) ORDER BY ts LIMIT %(limit)s",
            parameters={"limit": limit, "since": int(since * 1000)},
        )
        return [tuple(r) for r in result.result_rows]
    finally:
        client.close()


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description:>14}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    )


@cli.command()
@click.option("--groups", default=300, show_default=True, help="Number of groups.")
@click.option("--hours", default=24.0, show_default=True, help="Simulated event-time span.")
@click.option("--events", type=int, help="Emit exactly this many events over --hours.")
@click.option("--seed", default=7, show_default=True)
@click.option("--start", help="Simulated start time, ISO-8601 with zone (default: a Monday).")
@click.option("--malformed", default=0.0, show_default=True, help="Share of bad input lines.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="JSONL output.")
@click.option("--truth", type=click.Path(dir_okay=False, path_type=Path),
              help="Ground-truth labels (JSONL); default: <out>.truth.jsonl.")
@click.option("--to-kafka", is_flag=True, help="Send to GROUPPULSE_BROKER_URL instead of a file.")
@click.option("--speed", default=0.0, show_default=True,
              help="Simulated seconds per wall second when sending to Kafka (0 = flat out).")
def simulate(
    groups: int, hours: float, events: int | None, seed: int, start: str | None,
    malformed: float, out: Path | None, truth: Path | None, to_kafka: bool, speed: float,
) -> None:
    """Synthetic traffic with ground truth: to a JSONL file or to Kafka."""
    from streams.simulate import SimulationConfig, write_jsonl

    if not (out or to_kafka):
        raise UserError("say where to: --out FILE or --to-kafka")
    if not 0 <= malformed < 1:
        raise UserError("--malformed is a share between 0 and 1")
    config = SimulationConfig(
        groups=groups, hours=hours, seed=seed, events=events, malformed_ratio=malformed
    )
    if start:
        config = dataclasses.replace(config, start=_parse_start(start))
    if out is not None:
        truth_path = truth or out.with_suffix(".truth.jsonl")
        with _progress() as progress:
            task = progress.add_task("simulating", total=events)
            summary = write_jsonl(config, out, truth_path, lambda n: progress.advance(task, n))
        click.echo(f"wrote {summary.get('events')} events to {out}, labels to {truth_path}")
        return
    settings = load_settings()
    sent = asyncio.run(_simulate_to_kafka(settings, config, speed))
    click.echo(f"sent {sent} events to {settings.topic_events} at {settings.broker_url}")


def _parse_start(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise UserError(f"--start {text!r} is not ISO-8601") from None
    if value.tzinfo is None:
        raise UserError("--start needs a time zone, e.g. 2026-11-02T00:00+08:00")
    return value


async def _simulate_to_kafka(settings: Settings, config: Any, speed: float) -> int:
    from streams.kafka import ensure_topics
    from streams.runner import produce

    bootstrap = ",".join(settings.bootstrap_servers)
    await ensure_topics(bootstrap, {settings.topic_events: settings.topic_partitions})
    produced = await produce(bootstrap, settings.topic_events, paced_events(config, speed))
    return produced.records


async def paced_events(config: Any, speed: float, stop: asyncio.Event | None = None) -> Any:
    """Simulated (key, value) pairs, released at ``speed`` simulated seconds per second, and
    never before their own event time."""
    from streams.simulate import generate

    wall_start = time.monotonic()
    sim_start_ms: int | None = None
    for event in generate(config):
        if stop is not None and stop.is_set():
            return
        if speed > 0:
            if sim_start_ms is None:
                sim_start_ms = event.ts_ms
            due = wall_start + (event.ts_ms - sim_start_ms) / 1000 / speed
            # never ahead of the real clock: once simulated time reaches now it runs at 1×
            # (workers dead-letter events more than a day in the future)
            due = max(due, time.monotonic() + event.ts_ms / 1000 - time.time())
            delay = due - time.monotonic()
            if delay > 0.005:
                await asyncio.sleep(delay)
        yield (event.group_id.encode() or None), event.raw


@cli.command()
def classify() -> None:
    """Per-message verdicts: JSONL events on stdin → JSONL verdicts on stdout, same order."""
    from streams.classify import classify_lines
    from streams.detect.lexicon import Lexicon, LexiconError
    from streams.detect.model import model_if
    from streams.detect.moderation import Moderator

    settings = load_settings()
    try:
        lexicon = Lexicon.load(*settings.custom_lexicon_paths)
    except LexiconError as exc:
        raise UserError(f"cannot load the lexicon: {exc}") from None
    out = sys.stdout.buffer
    moderator = Moderator(lexicon, model=model_if(settings.moderation_model))
    for line in classify_lines(sys.stdin.buffer, moderator):
        out.write(line)
    out.flush()


@cli.command()
@click.option("--date", "day", required=True, help="The day to report, YYYY-MM-DD (in --tz).")
@click.option("--tz", default="Asia/Shanghai", show_default=True,
              help="Time zone whose calendar day is reported (the operators' day).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="HTML file to write (default: grouppulse-report-DATE.html).")
@click.option("--top", default=30, show_default=True, type=click.IntRange(1, 1000),
              help="Groups in the per-group table by messages (flagged groups come on top).")
def report(day: str, tz: str, out: Path | None, top: int) -> None:
    """Daily report: one self-contained HTML file, the day vs the day before; exit 1 if no data."""
    from streams.report import NoDataError, run_report, summary_line

    settings = load_settings()
    try:
        path, built = run_report(settings, day, tz, out, top, lambda line: console.print(
            line, highlight=False, markup=False))
    except NoDataError as exc:
        console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        sys.exit(1)
    click.echo(f"wrote {path}: {summary_line(built)}")


@cli.command()
@click.option("--groups", default=300, show_default=True, help="Simulated groups.")
@click.option("--speed", default=120.0, show_default=True,
              help="Simulated seconds per wall second (120 = a day in 12 minutes).")
@click.option("--seed", default=7, show_default=True)
@click.option("--refresh", default=2.0, show_default=True, help="Seconds between summaries.")
@click.option("--duration", type=float, help="Stop by itself after this many seconds.")
def demo(groups: int, speed: float, seed: int, refresh: float, duration: float | None) -> None:
    """The main job: embedded broker + worker + chDB + simulated traffic, live summary."""
    from streams.demo import run_demo

    settings = load_settings()
    # Yesterday 08:00 China time: the simulated day starts with its morning, not a quiet night.
    today = datetime.now(tz=UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    run_demo(
        settings, console, groups=groups, speed=speed, seed=seed, refresh=refresh,
        duration=duration, start=today - timedelta(days=1),
    )


@cli.group()
def blacklist() -> None:
    """The global blacklist: a compacted topic on GROUPPULSE_BROKER_URL."""


@blacklist.command("add")
@click.argument("user_id")
@click.option("--reason", required=True, help="Why: shown in every blacklist alert.")
def blacklist_add(user_id: str, reason: str) -> None:
    """Put USER_ID on the blacklist of every worker."""
    from streams.blacklist import entry_value

    settings = load_settings()
    asyncio.run(_blacklist_publish(settings, [(user_id, entry_value(user_id, reason, "manual"))]))
    click.echo(f"blacklisted {user_id}: {reason}")


@blacklist.command("remove")
@click.argument("user_id")
def blacklist_remove(user_id: str) -> None:
    """Take USER_ID off the blacklist."""
    settings = load_settings()
    asyncio.run(_blacklist_publish(settings, [(user_id, None)]))
    click.echo(f"removed {user_id} from the blacklist")


@blacklist.command("list")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl"]), default="table",
              show_default=True)
def blacklist_list(fmt: str) -> None:
    """Everyone on the blacklist, with the reason and who put them there."""
    from streams.blacklist import read_all

    settings = load_settings()
    bootstrap = ",".join(settings.bootstrap_servers)
    try:
        current = asyncio.run(read_all(bootstrap, settings.topic_blacklist))
    except Exception as exc:
        raise UserError(f"cannot read the blacklist from {bootstrap}: {exc}") from None
    rows = [[user, e.get("reason", ""), e.get("source", ""), e.get("ts_ms", "")]
            for user, e in sorted(current.entries.items())]
    _print_rows(["user_id", "reason", "source", "ts_ms"], rows, fmt)


async def _blacklist_publish(settings: Settings, records: list[tuple[str, bytes | None]]) -> None:
    from streams.blacklist import publish
    from streams.kafka import ensure_topics

    bootstrap = ",".join(settings.bootstrap_servers)
    await ensure_topics(bootstrap, {settings.topic_blacklist: settings.topic_partitions})
    try:
        await publish(bootstrap, settings.topic_blacklist, records)
    except Exception as exc:
        raise UserError(f"cannot write the blacklist on {bootstrap}: {exc}") from None


@cli.group()
def dashboards() -> None:
    """Grafana dashboards generated from code (deploy/grafana/dashboards)."""


@dashboards.command("build")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Output folder (default: deploy/grafana/dashboards of this checkout).")
def dashboards_build(out: Path | None) -> None:
    """Write the dashboard JSON files."""
    from dashboards.build import DEFAULT_OUT_DIR, write_all

    for path in write_all(out or DEFAULT_OUT_DIR):
        click.echo(f"wrote {path}")


@dashboards.command("push")
@click.option("--dir", "folder", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="Dashboard JSON folder (default: deploy/grafana/dashboards of this checkout).")
@click.option("--grafana-folder", default="grouppulse", show_default=True,
              help="Grafana folder title, created if missing.")
@click.option("--message", default="grouppulse dashboards push", show_default=True,
              help="Version-history note stored with each dashboard.")
@click.option("--timeout", default=10.0, show_default=True, help="Seconds per API call.")
def dashboards_push(folder: Path | None, grafana_folder: str, message: str,
                    timeout: float) -> None:
    """Publish the dashboard JSON to GROUPPULSE_GRAFANA_URL (overwrites what is there)."""
    from rich.markup import escape

    from dashboards.build import DEFAULT_OUT_DIR
    from dashboards.push import PushError, connect, load_dashboards, push_all

    settings = load_settings()
    if settings.grafana_token is None:
        raise UserError("set GROUPPULSE_GRAFANA_TOKEN to a Grafana service-account token "
                        "(Editor role)")
    where = settings.grafana_url
    try:
        boards = load_dashboards(folder or DEFAULT_OUT_DIR)
        api = connect(where, settings.grafana_token.get_secret_value(), timeout=timeout)
        failed = push_all(
            api, boards, where=where, folder=grafana_folder, message=message,
            on_pushed=lambda p: click.echo(f"pushed {p.uid} (version {p.version}): {p.url}"),
            on_failed=lambda uid, exc: console.print(
                f"[red]failed:[/red] {escape(f'{uid}: {exc}')}", highlight=False,
                soft_wrap=True),
        )
    except PushError as exc:
        raise UserError(str(exc)) from None
    if failed:
        console.print(f"[red]error:[/red] {failed} of {len(boards)} dashboards were not pushed",
                      highlight=False, soft_wrap=True)
        sys.exit(1)
    click.echo(f"pushed {len(boards)} dashboards to {where} (folder {grafana_folder})")


def main() -> None:
    try:
        cli(standalone_mode=False)
    except click.exceptions.Abort:
        console.print("aborted")
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except UserError as exc:
        console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        sys.exit(2)
    except KeyboardInterrupt:
        console.print("interrupted")
        sys.exit(130)
    except Exception as exc:
        from sinks.clickhouse import ClickHouseUnavailable

        if isinstance(exc, ClickHouseUnavailable):
            console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
            sys.exit(2)
        raise


if __name__ == "__main__":
    main()
