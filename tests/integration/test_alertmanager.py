"""A page reaches a real Alertmanager (Debian's prometheus-alertmanager) through its v2 API and
can be listed back with its labels and Chinese annotations."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import aiohttp
import orjson
import pytest

from sinks.rows import ALERTS
from streams.analysis import alert_row
from streams.notify import AlertmanagerNotifier, build_notifiers
from streams.settings import Settings

BINARY = "prometheus-alertmanager"
CONFIG = """\
route:
  receiver: nobody
  group_by: [alertname, group_id]
receivers:
  - name: nobody
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def alertmanager(tmp_path: Path) -> Iterator[str]:
    binary = shutil.which(BINARY)
    if binary is None:  # .ci/run installs it: CI must never skip this test
        message = f"{BINARY} not installed (apt-get install -y prometheus-alertmanager)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    (tmp_path / "alertmanager.yml").write_text(CONFIG, encoding="utf-8")
    port = free_port()
    log = (tmp_path / "alertmanager.log").open("wb")
    process = subprocess.Popen(
        [binary, f"--config.file={tmp_path / 'alertmanager.yml'}",
         f"--storage.path={tmp_path / 'data'}", f"--web.listen-address=127.0.0.1:{port}",
         "--cluster.listen-address=", "--log.level=warn"],
        stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail("alertmanager did not start:\n" +
                                (tmp_path / "alertmanager.log").read_text(errors="replace"))
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


async def test_a_page_is_listed_back_by_alertmanager(alertmanager: str) -> None:
    ts_ms = int(time.time() * 1000) - 60_000
    row = alert_row(
        ts_ms=ts_ms, kind="blacklist", severity="critical", group_id="g42", group_ids=["g42"],
        user_id="u9", title="黑名单用户 u9 发言了群 g42",
        detail={"event_id": "e1", "event": "message", "text": "加我微信领红包",
                "blacklisted_for": "strike ladder: ad", "blacklisted_by": "ladder",
                "recent_messages": [{"ts_ms": ts_ms - 5000, "user_id": "u1", "text": "早上好"}]},
        dedup_key="blacklist:u9:g42:1", trigger="t")
    alert = orjson.loads(orjson.dumps(dict(zip(ALERTS.columns, row, strict=True)), default=str))
    settings = Settings(grafana_link_url="https://grafana.example.com", receivers=orjson.dumps(
        [{"type": "alertmanager", "url": alertmanager, "name": "am"}]).decode())
    [notifier] = build_notifiers(settings, backoff=0.1)
    assert isinstance(notifier, AlertmanagerNotifier)

    async with aiohttp.ClientSession() as session:
        delivery = await notifier.send(session, alert)
        assert delivery.ok and delivery.status == 200, delivery
        async with session.get(f"{alertmanager}/api/v2/alerts",
                               params={"filter": 'dedup_key="blacklist:u9:g42:1"'}) as response:
            assert response.status == 200
            listed = await response.json()

    [back] = listed
    assert back["labels"] == {"alertname": "blacklist", "severity": "critical",
                              "group_id": "g42", "dedup_key": "blacklist:u9:g42:1",
                              "source": "grouppulse"}
    assert back["annotations"]["title"] == "【紧急】黑名单用户"
    assert back["annotations"]["summary"] == "黑名单用户 u9 发言了群 g42"
    description = back["annotations"]["description"]
    assert "拉黑原因：strike ladder: ad" in description and "u1：「早上好」" in description
    assert back["generatorURL"].startswith(
        "https://grafana.example.com/d/grouppulse-group?var-group=g42")
    assert back["status"]["state"] == "active"
    started = back["startsAt"].replace("Z", "+00:00")
    assert abs(datetime.fromisoformat(started).timestamp() * 1000 - ts_ms) < 1000
