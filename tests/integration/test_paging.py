"""Alerts page a webhook once per dedup key; a hanging or failing receiver slows neither
ingestion nor the other receivers, and its failures are recorded."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import orjson
from helpers import run_cli

from streams.detect.compiled import build_name
from streams.runner import EmbeddedPipeline, produce
from streams.settings import Settings


class Receiver:
    """A local webhook that records the JSON it gets (and can hang)."""

    def __init__(self, hang_seconds: float = 0.0, status: int = 200) -> None:
        self.received: list[dict] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers["Content-Length"]))
                owner.received.append(orjson.loads(body))
                time.sleep(hang_seconds)
                answer = (b'{"errcode":0,"errmsg":"ok"}'  # what the chat robots say
                          if status == 200 else b"upstream busy")
                # OSError: the notifier gave up waiting (hang_seconds)
                with contextlib.suppress(OSError):
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(answer)))
                    self.end_headers()
                    self.wfile.write(answer)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook/secret-token"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()


def risky(i: int, group: str = "g1") -> tuple[bytes, bytes]:
    doc = {"event_id": f"p{i}", "type": "message", "ts": 1793592001500 + i * 1000,
           "group_id": group, "user_id": f"u{i}", "text": "教你怎么自杀，割腕最快"}
    return group.encode(), orjson.dumps(doc)


def run(tmp_path: Path, receiver: Receiver, events: list[tuple[bytes, bytes]],
        **options: str) -> float:
    settings = Settings(data_dir=tmp_path, **({"webhook_urls": receiver.url} | options))
    with EmbeddedPipeline(settings) as pipe:
        produced = asyncio.run(produce(pipe.broker.bootstrap, settings.topic_events, events))
        started = time.monotonic()
        asyncio.run(pipe.wait_processed(produced))
        elapsed = time.monotonic() - started
        deadline = time.monotonic() + 15
        while not receiver.received and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(1)
    return elapsed


def test_each_alert_pages_once_and_the_token_is_never_logged(tmp_path: Path) -> None:
    receiver = Receiver()
    try:
        run(tmp_path, receiver, [risky(1), risky(2, "g2")])
    finally:
        receiver.close()
    kinds = sorted(page["kind"] for page in receiver.received)
    assert kinds == ["risk", "risk"], receiver.received
    assert {page["group_id"] for page in receiver.received} == {"g1", "g2"}
    rows = run_cli(tmp_path, "sql", "--format", "jsonl",
                   "SELECT receiver, ok FROM grouppulse.alert_deliveries")
    deliveries = [orjson.loads(x) for x in rows.stdout.splitlines()]
    assert len(deliveries) == 2 and all(d["ok"] for d in deliveries)
    assert all("secret-token" not in d["receiver"] for d in deliveries)
    log = (tmp_path / "logs" / "worker.log").read_text(encoding="utf-8")
    assert "secret-token" not in log
    # the worker says how it reads messages (a checkout runs interpreted) and with what
    assert f"moderator: {build_name()}; model 20" in log, log[-3000:]


def test_failing_receivers_hold_up_neither_ingestion_nor_the_other_receivers(
        tmp_path: Path) -> None:
    hanging, failing, healthy = Receiver(hang_seconds=30), Receiver(status=500), Receiver()
    receivers = (hanging, failing, healthy)
    settings = Settings(data_dir=tmp_path, webhook_urls=",".join(r.url for r in receivers))
    name = {r: f"http://127.0.0.1:{r.server.server_address[1]}" for r in receivers}

    def failures(receiver: Receiver, metrics: dict[str, float]) -> float:
        return sum(value for key, value in metrics.items()
                   if key.startswith("grouppulse_alert_deliveries_total")
                   and f'receiver="{name[receiver]}"' in key and 'outcome="failed"' in key)

    try:
        with EmbeddedPipeline(settings) as pipe:
            events = [risky(i, f"g{i}") for i in range(20)]
            produced = asyncio.run(produce(pipe.broker.bootstrap, settings.topic_events, events))
            started = time.monotonic()
            asyncio.run(pipe.wait_processed(produced))
            ingested_in = time.monotonic() - started
            # from here: the healthy receiver's 20 pages must all come before the hanging one
            # has failed its first page (3 timeouts of 5 s); with one queue for all receivers
            # its second page would already wait for that failure
            all_paged_at = hanging_failed_at = failing_failed_at = None
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and (
                    all_paged_at is None or hanging_failed_at is None or failing_failed_at is None):
                now, scraped = time.monotonic(), pipe.scrape()
                if all_paged_at is None and len(healthy.received) == 20:
                    all_paged_at = now
                if hanging_failed_at is None and failures(hanging, scraped):
                    hanging_failed_at = now
                if failing_failed_at is None and failures(failing, scraped):
                    failing_failed_at = now
                time.sleep(0.2)
            time.sleep(1.5)  # delivery rows are written every half second
    finally:
        for receiver in receivers:
            receiver.close()
    # 20 pages to a receiver that takes 30 s a call and one that keeps answering 500
    assert ingested_in < 25
    assert all_paged_at is not None, f"the healthy receiver got {len(healthy.received)} of 20"
    assert hanging_failed_at is not None and failing_failed_at is not None
    assert all_paged_at <= hanging_failed_at
    rows = run_cli(tmp_path, "sql", "--format", "jsonl",
                   "SELECT receiver, ok, status, attempts, error "
                   "FROM grouppulse.alert_deliveries WHERE NOT ok")
    failed: dict[str, dict[str, object]] = {}
    for row in map(orjson.loads, rows.stdout.splitlines()):
        failed.setdefault(row["receiver"], row)
    assert name[failing] in failed and name[hanging] in failed, failed
    assert failed[name[failing]]["status"] == 500 and failed[name[failing]]["attempts"] == 3
    assert str(failed[name[failing]]["error"]).startswith("HTTP 500")
    assert failed[name[hanging]]["attempts"] == 3
    assert str(failed[name[hanging]]["error"]).startswith("TimeoutError")
    assert name[healthy] not in failed
    log = (tmp_path / "logs" / "worker.log").read_text(encoding="utf-8")
    assert "secret-token" not in log and "secret-token" not in rows.stdout


def test_configured_receivers_get_their_own_format_and_only_their_kinds(tmp_path: Path) -> None:
    receiver = Receiver()
    wecom = receiver.url.replace("/hook/secret-token", "/cgi-bin/webhook/send?key=secret-token")
    receivers = orjson.dumps([
        {"type": "wecom", "url": wecom, "name": "ops-wecom", "kinds": ["risk"]},
        {"type": "slack", "url": receiver.url, "kinds": ["dying_group"]},
    ]).decode()
    try:
        run(tmp_path, receiver, [risky(1)], webhook_urls="", receivers=receivers,
            grafana_link_url="https://grafana.example.com")
    finally:
        receiver.close()
    [page] = receiver.received  # the slack receiver takes dying_group only
    content = page["markdown"]["content"]
    assert "【紧急】风险内容" in content and "教你怎么自杀" in content
    assert "https://grafana.example.com/d/grouppulse-group?var-group=g1" in content
    rows = run_cli(tmp_path, "sql", "--format", "jsonl",
                   "SELECT receiver, ok, attempts FROM grouppulse.alert_deliveries")
    assert [orjson.loads(x) for x in rows.stdout.splitlines()] == [
        {"receiver": "ops-wecom", "ok": True, "attempts": 1}]
    log = (tmp_path / "logs" / "worker.log").read_text(encoding="utf-8")
    assert "secret-token" not in log


def test_pages_keep_going_while_clickhouse_is_down(tmp_path: Path) -> None:
    """On-call needs pages most when something is down: with every ClickHouse insert failing,
    the alerts still reach the receiver (the delivery rows wait and are written afterwards)."""
    receiver = Receiver()
    switch = tmp_path / "clickhouse-down"
    settings = Settings(data_dir=tmp_path, webhook_urls=receiver.url, sink_fault_file=switch,
                        sink_retry_max_seconds=1)
    try:
        with EmbeddedPipeline(settings) as pipe:
            switch.touch()  # ClickHouse "goes down" before the first event
            events = [risky(i, f"g{i}") for i in range(5)]
            produced = asyncio.run(produce(pipe.broker.bootstrap, settings.topic_events, events))
            deadline = time.monotonic() + 60
            while len(receiver.received) < 5 and time.monotonic() < deadline:
                time.sleep(0.2)
            paged_while_down = len(receiver.received)
            switch.unlink()
            asyncio.run(pipe.wait_processed(produced))
            time.sleep(1.5)  # delivery rows are written every half second
    finally:
        receiver.close()
    assert paged_while_down == 5
    rows = run_cli(tmp_path, "sql", "--format", "jsonl",
                   "SELECT count() AS n, countIf(ok) AS ok FROM grouppulse.alert_deliveries")
    assert orjson.loads(rows.stdout) == {"n": 5, "ok": 5}
