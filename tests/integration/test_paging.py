"""Alerts page a webhook once per dedup key; a hanging receiver does not slow ingestion."""

from __future__ import annotations

import asyncio
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import orjson
from helpers import run_cli

from streams.runner import EmbeddedPipeline, produce
from streams.settings import Settings


class Receiver:
    """A local webhook that records the JSON it gets (and can hang)."""

    def __init__(self, hang_seconds: float = 0.0) -> None:
        self.received: list[dict] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers["Content-Length"]))
                owner.received.append(orjson.loads(body))
                time.sleep(hang_seconds)
                answer = b'{"errcode":0,"errmsg":"ok"}'  # what the chat robots say
                self.send_response(200)
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


def test_a_hanging_receiver_does_not_hold_up_ingestion(tmp_path: Path) -> None:
    receiver = Receiver(hang_seconds=30)
    try:
        elapsed = run(tmp_path, receiver, [risky(i, f"g{i}") for i in range(20)])
    finally:
        receiver.close()
    assert elapsed < 25  # 20 pages to a receiver that takes 30 s each: ingestion did not wait
    assert receiver.received  # the first page did reach it


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
