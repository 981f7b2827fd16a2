"""``grouppulse worker``: one Faust worker against the configured Kafka and ClickHouse."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys

import faust

from sinks.batching import BatchingSink, FaultInjectingWriter
from sinks.clickhouse_server import SharedWriter
from sinks.process_writer import ProcessWriter
from streams.app import create_app
from streams.errors import UserError
from streams.metrics import SinkMetrics
from streams.settings import Settings

log = logging.getLogger(__name__)

HALTED_EXIT_CODE = 3


def open_writer(settings: Settings) -> ProcessWriter | SharedWriter:
    """Where this worker's rows go.

    By default ClickHouse (connect, migrate, inserts, /query reads) lives in a child process
    of the worker: its CPU work must not hold the GIL of the event loop that analyses and
    alerts. With ``clickhouse_server`` set, the worker calls a shared access point instead
    (``grouppulse clickhouse-server``), which owns ClickHouse and has applied the schema.
    """
    if settings.clickhouse_server:
        if settings.clickhouse_server_key is None:
            raise UserError("GROUPPULSE_CLICKHOUSE_SERVER is set but "
                            "GROUPPULSE_CLICKHOUSE_SERVER_KEY is not")
        return SharedWriter(settings.clickhouse_server,
                            settings.clickhouse_server_key.get_secret_value().encode())
    return ProcessWriter(settings.dsn, settings.dsn_for_display, settings.clickhouse_database)


def run_worker(settings: Settings) -> int:
    """Apply the schema, then consume until stopped; returns the process exit code."""
    writer = open_writer(settings)
    sink = BatchingSink(
        writer if settings.sink_fault_file is None
        else FaultInjectingWriter(writer, settings.sink_fault_file),
        observer=SinkMetrics(), retry_max_seconds=settings.sink_retry_max_seconds,
    )
    if settings.sink_fault_file is not None:
        log.warning("fault injection on: inserts fail while %s exists", settings.sink_fault_file)

    async def on_halt(reason: str) -> None:
        """Leave like a crash, after the dead letters are out: the batch that tripped the
        guard is not committed, so nothing after the trip point is lost."""
        with contextlib.suppress(Exception):
            await asyncio.wait_for(built.app.producer.flush(), timeout=10)
        print(f"grouppulse worker halted: {reason}", file=sys.stderr, flush=True)
        os._exit(HALTED_EXIT_CODE)

    built = create_app(settings, sink, on_halt=on_halt, query=writer.query)
    worker = faust.Worker(built.app, loglevel=settings.log_level, quiet=True)
    log.info(
        "worker %s: broker %s, ClickHouse %s, web http://%s:%d",
        settings.app_id,
        settings.broker_url,
        (f"via {settings.clickhouse_server}" if settings.clickhouse_server
         else settings.dsn_for_display),
        settings.web_host,
        settings.web_port,
    )
    code = 0
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        code = int(exc.code or 0)
    finally:
        sink.close()
        writer.close()
    return code

