"""Ingestion rate with a hanging or failing alert receiver, beside the same run with none.

    .venv/bin/python bench/receiver_failure.py [--events 20000] [--rounds 2]

One simulated event file (its risk messages, ads and blacklisted users page) is replayed into a
fresh embedded pipeline once per receiver setting, the settings alternated for ``--rounds``:
- no receiver at all,
- a generic webhook on a local server that answers each call after 30 s (the notifier gives up
  after its 5 s timeout, three times per page),
- a generic webhook that answers every call with HTTP 500.
Rates are first event processed → last ClickHouse write (as ``bench/throughput.py``), every run
checked row by row. Pages and delivery failures come from the worker's own metrics. Issues #6
and #8 ask that a failing receiver leave the rate unchanged within noise: compare the ratios.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import tempfile
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from throughput import grouppulse_run  # bench/, next to this script

from streams.runner import EmbeddedPipeline
from streams.settings import Settings
from streams.simulate import SimulationConfig, write_jsonl


@contextlib.contextmanager
def receiver(hang_seconds: float, status: int) -> Iterator[str]:
    """A local webhook answering ``status`` after ``hang_seconds``; yields its URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            self.rfile.read(int(self.headers["Content-Length"]))
            time.sleep(hang_seconds)
            with contextlib.suppress(OSError):  # the notifier gave up waiting
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook"
    finally:
        server.shutdown()
        server.server_close()


SETUPS = {
    "no receiver": None,
    "receiver hangs 30 s": (30.0, 200),
    "receiver answers 500": (0.0, 500),
}


def page_counts(pipe: EmbeddedPipeline) -> tuple[int, int]:
    """(pages routed to receivers, delivery failures), from the worker's metrics once the route
    agent has caught up with the alerts topic (its decision count steady for 2 s)."""
    def counts() -> tuple[int, int, int]:
        scraped = pipe.scrape()
        routed = paged = failed = 0.0
        for key, value in scraped.items():
            if key.startswith("grouppulse_alert_routes_total"):
                routed += value
                paged += value if 'route="page"' in key else 0
            elif key.startswith("grouppulse_alert_deliveries_total") and 'outcome="failed"' in key:
                failed += value
        return int(routed), int(paged), int(failed)

    last = now = counts()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        time.sleep(2)
        now = counts()
        if now[0] == last[0]:
            break
        last = now
    return now[1], now[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--groups", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="grouppulse-receivers-"))
    events_file = work / "events.jsonl"
    write_jsonl(SimulationConfig(groups=args.groups, events=args.events), events_file,
                work / "truth.jsonl")
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"{args.events:,} events, {args.groups:,} groups, {args.rounds} rounds; "
          f"{os.cpu_count()} cores, load average {load}; work dir {work}", flush=True)

    rates: dict[str, list[float]] = {name: [] for name in SETUPS}
    pages: dict[str, tuple[int, int]] = {}
    for round_ in range(args.rounds):
        for index, (name, setup) in enumerate(SETUPS.items()):
            run_dir = work / f"round{round_ + 1}-setup{index + 1}"
            with contextlib.ExitStack() as stack:
                urls = "" if setup is None else stack.enter_context(receiver(*setup))
                settings = Settings(data_dir=run_dir, webhook_urls=urls or None)

                def count_pages(pipe: EmbeddedPipeline, produced: int, key: str = name) -> None:
                    pages[key] = page_counts(pipe)

                run = grouppulse_run(settings, events_file, run_dir / "logs", 1, count_pages)
            rates[name].append(run.rate)
            paged, failed = pages[name]
            print(f"round {round_ + 1}: {name:22} {run.rate:8,.0f} events/s; "
                  f"{paged} pages, {failed} delivery failures", flush=True)

    base = statistics.median(rates["no receiver"])
    print(f"\n{'receiver':24} {'events/s (median)':>18} {'x no receiver':>14}")
    for name, values in rates.items():
        median = statistics.median(values)
        print(f"{name:24} {median:18,.0f} {median / base:14.2f}")


if __name__ == "__main__":
    main()
