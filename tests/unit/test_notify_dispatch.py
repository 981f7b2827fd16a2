"""Every robot format end to end through the Dispatcher, against a local aiohttp receiver that
checks signatures the way the vendors' servers do and answers the way they answer."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import orjson
import pytest
from aiohttp import web
from prometheus_client import REGISTRY
from test_notify_formats import risk_alert

from streams import metrics
from streams.notify import Delivery, Dispatcher, Notifier, build_notifiers
from streams.settings import Settings

TOKEN = "tok-5a5a5a"
SECRET = "SECrobot-secret"


@dataclass
class Robots:
    """Fake WeCom, DingTalk, Feishu, Slack and Alertmanager endpoints on one local server."""

    url: str = ""
    received: dict[str, list[Any]] = field(default_factory=dict)
    flaky_failures: int = 2

    def record(self, name: str, body: Any) -> None:
        self.received.setdefault(name, []).append(body)

    async def wecom(self, request: web.Request) -> web.Response:
        if request.query.get("key") != TOKEN:
            return web.json_response({"errcode": 93000, "errmsg": "invalid webhook url"})
        self.record("wecom", await request.json())
        return web.json_response({"errcode": 0, "errmsg": "ok"})

    async def dingtalk(self, request: web.Request) -> web.Response:
        timestamp, sign = request.query.get("timestamp", ""), request.query.get("sign", "")
        expected = base64.b64encode(hmac.new(SECRET.encode(), f"{timestamp}\n{SECRET}".encode(),
                                             hashlib.sha256).digest()).decode()
        fresh = abs(int(timestamp or 0) - time.time() * 1000) < 3_600_000
        if sign != expected or not fresh:  # aiohttp has already URL-decoded the query
            return web.json_response({"errcode": 310000, "errmsg": "sign not match"})
        self.record("dingtalk", await request.json())
        return web.json_response({"errcode": 0, "errmsg": "ok"})

    async def feishu(self, request: web.Request) -> web.Response:
        body = await request.json()
        key = f"{body.get('timestamp')}\n{SECRET}".encode()
        if body.get("sign") != base64.b64encode(hmac.new(key, b"", hashlib.sha256).digest()
                                                ).decode():
            return web.json_response({"code": 19021, "msg": "sign match fail or timestamp is "
                                      "not within one hour from current time"})
        self.record("feishu", body)
        return web.json_response({"code": 0, "msg": "success", "data": {}})

    async def slack(self, request: web.Request) -> web.Response:
        body = await request.json()
        if "blocks" not in body:
            return web.Response(status=400, text="invalid_blocks")
        self.record("slack", body)
        return web.Response(text="ok")

    async def alertmanager(self, request: web.Request) -> web.Response:
        self.record("alertmanager", await request.json())
        return web.json_response({})

    async def refusing(self, request: web.Request) -> web.Response:
        self.record("refusing", await request.json())
        return web.json_response({"errcode": 45009, "errmsg": "api freq out of limit"})

    async def flaky(self, request: web.Request) -> web.Response:
        self.record("flaky", await request.json())
        if len(self.received["flaky"]) <= self.flaky_failures:
            return web.Response(status=500, text="upstream busy")
        return web.json_response({"errcode": 0, "errmsg": "ok"})

    async def hanging(self, request: web.Request) -> web.Response:
        self.record("hanging", await request.read())
        await asyncio.sleep(1.5)  # longer than the 0.3 s timeout
        return web.json_response({"errcode": 0, "errmsg": "ok"})

    async def forbidden(self, request: web.Request) -> web.Response:
        self.record("forbidden", await request.read())
        return web.Response(status=403, text="invalid_token")


@pytest.fixture
async def robots() -> AsyncIterator[Robots]:
    robots = Robots()
    app = web.Application()
    app.add_routes([
        web.post("/cgi-bin/webhook/send", robots.wecom),
        web.post("/robot/send", robots.dingtalk),
        web.post(f"/open-apis/bot/v2/hook/{TOKEN}", robots.feishu),
        web.post(f"/services/{TOKEN}", robots.slack),
        web.post("/api/v2/alerts", robots.alertmanager),
        web.post("/refusing", robots.refusing),
        web.post("/flaky", robots.flaky),
        web.post("/hanging", robots.hanging),
        web.post("/forbidden/{token}", robots.forbidden),
    ])
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    robots.url = f"http://127.0.0.1:{port}"
    try:
        yield robots
    finally:
        await runner.cleanup()


async def deliver(settings: Settings, alerts: list[dict[str, Any]], expected: int,
                  **options: Any) -> list[Delivery]:
    """Run a Dispatcher until ``expected`` deliveries are reported."""
    return await deliver_to(build_notifiers(settings, **options), alerts, expected)


async def deliver_to(notifiers: list[Notifier], alerts: list[dict[str, Any]],
                     expected: int) -> list[Delivery]:
    deliveries: list[Delivery] = []

    async def on_delivery(delivery: Delivery) -> None:
        deliveries.append(delivery)

    dispatcher = Dispatcher(notifiers, on_delivery=on_delivery)
    for alert in alerts:
        dispatcher.offer(alert)
    task = asyncio.create_task(dispatcher.run())
    try:
        deadline = time.monotonic() + 10
        while len(deliveries) < expected and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
    finally:
        task.cancel()
    assert len(deliveries) == expected, deliveries
    return deliveries


def delivered(name: str, outcome: str) -> float:
    return metrics.DELIVERIES.labels(name, outcome)._value.get()  # type: ignore[attr-defined]


async def test_each_robot_format_end_to_end(robots: Robots) -> None:
    base = robots.url
    settings = Settings(grafana_link_url="https://grafana.example.com", receivers=orjson.dumps([
        {"type": "wecom", "url": f"{base}/cgi-bin/webhook/send?key={TOKEN}", "name": "wecom-e2e"},
        {"type": "dingtalk", "url": f"{base}/robot/send?access_token={TOKEN}", "secret": SECRET},
        {"type": "feishu", "url": f"{base}/open-apis/bot/v2/hook/{TOKEN}", "secret": SECRET},
        {"type": "slack", "url": f"{base}/services/{TOKEN}"},
        {"type": "alertmanager", "url": base},
        {"type": "slack", "url": f"{base}/services/{TOKEN}", "kinds": ["dying_group"]},
    ]).decode())
    before = delivered("wecom-e2e", "ok")
    deliveries = await deliver(settings, [risk_alert()], expected=5, backoff=0.01)
    assert all(d.ok and d.attempts == 1 and d.status == 200 for d in deliveries), deliveries
    assert sorted(robots.received) == ["alertmanager", "dingtalk", "feishu", "slack", "wecom"]
    assert len(robots.received["slack"]) == 1  # the dying_group-only receiver was not paged
    assert "【紧急】风险内容" in robots.received["wecom"][0]["markdown"]["content"]
    assert robots.received["dingtalk"][0]["markdown"]["title"].startswith("【紧急】风险内容")
    assert robots.received["feishu"][0]["msg_type"] == "post"
    assert robots.received["alertmanager"][0][0]["labels"]["alertname"] == "risk"
    assert all(TOKEN not in d.receiver for d in deliveries)
    assert delivered("wecom-e2e", "ok") == before + 1


async def test_wrong_secret_and_error_codes_are_failures(robots: Robots) -> None:
    base = robots.url
    settings = Settings(receivers=orjson.dumps([
        {"type": "dingtalk", "url": f"{base}/robot/send?access_token={TOKEN}",
         "secret": "SECwrong", "name": "ding-wrong"},
        {"type": "feishu", "url": f"{base}/open-apis/bot/v2/hook/{TOKEN}", "secret": "wrong"},
        {"type": "wecom", "url": f"{base}/refusing?key={TOKEN}", "name": "wecom-refusing"},
    ]).decode())
    before = delivered("ding-wrong", "failed")
    deliveries = {d.receiver: d for d in await deliver(settings, [risk_alert()], expected=3,
                                                       backoff=0.01)}
    assert not any(d.ok for d in deliveries.values())
    assert deliveries["ding-wrong"].error == "errcode 310000: sign not match"
    assert deliveries["feishu-1@127.0.0.1"].error.startswith("code 19021: sign match fail")
    assert deliveries["wecom-refusing"].error == "errcode 45009: api freq out of limit"
    assert deliveries["wecom-refusing"].status == 200
    assert deliveries["wecom-refusing"].attempts == 3  # rate limits pass: retried
    assert delivered("ding-wrong", "failed") == before + 1
    assert "dingtalk" not in robots.received and "feishu" not in robots.received


async def test_server_errors_and_timeouts_are_retried_and_recorded(robots: Robots) -> None:
    base = robots.url
    settings = Settings(receivers=orjson.dumps([
        {"type": "wecom", "url": f"{base}/flaky?key={TOKEN}", "name": "flaky"},
        {"type": "wecom", "url": f"{base}/hanging?key={TOKEN}", "name": "hanging"},
        {"type": "slack", "url": f"{base}/forbidden/{TOKEN}", "name": "forbidden"},
    ]).decode())
    started = time.monotonic()
    deliveries = {d.receiver: d for d in await deliver(
        settings, [risk_alert()], expected=3, backoff=0.01, timeout=0.3)}
    assert time.monotonic() - started < 5
    flaky, hanging, forbidden = (deliveries[n] for n in ("flaky", "hanging", "forbidden"))
    assert flaky.ok and flaky.attempts == 3 and len(robots.received["flaky"]) == 3
    assert not hanging.ok and hanging.attempts == 3 and hanging.error.startswith("TimeoutError")
    assert len(robots.received["hanging"]) == 3
    assert not forbidden.ok and forbidden.attempts == 1  # a refusal is not retried
    assert forbidden.error == "HTTP 403: invalid_token" and forbidden.status == 403
    assert all(TOKEN not in d.error for d in deliveries.values())


async def test_connection_errors_never_show_the_url(robots: Robots) -> None:
    settings = Settings(receivers=orjson.dumps([
        {"type": "wecom", "url": f"http://127.0.0.1:9/cgi-bin/webhook/send?key={TOKEN}"},
    ]).decode())
    [delivery] = await deliver(settings, [risk_alert()], expected=1, backoff=0.01, attempts=2)
    assert not delivery.ok and delivery.attempts == 2 and delivery.status == 0
    assert delivery.error.startswith("ClientConnectorError") and TOKEN not in delivery.error


async def test_a_hanging_receiver_holds_up_only_its_own_pages(robots: Robots) -> None:
    base = robots.url
    hanging, beside = build_notifiers(Settings(receivers=orjson.dumps([
        {"type": "wecom", "url": f"{base}/hanging?key={TOKEN}", "name": "hanging"},
        {"type": "wecom", "url": f"{base}/cgi-bin/webhook/send?key={TOKEN}", "name": "beside"},
    ]).decode()), backoff=0.01)
    hanging.timeout = aiohttp.ClientTimeout(total=1.0)  # it answers after 1.5 s
    beside.timeout = aiohttp.ClientTimeout(total=5.0)
    alerts = [risk_alert() | {"dedup_key": f"risk:g1:p{i}"} for i in range(5)]
    # the hanging receiver's first page fails after 3 attempts of 1 s; the other's five pages
    # must not wait for it (with one queue for both, each of them waited for a hanging page)
    deliveries = await deliver_to([hanging, beside], alerts, expected=6)
    assert [(d.receiver, d.ok) for d in deliveries] == [("beside", True)] * 5 + [
        ("hanging", False)]
    assert len(robots.received["wecom"]) == 5


def dropped(name: str) -> float:
    return REGISTRY.get_sample_value("grouppulse_pages_dropped_total", {"receiver": name}) or 0


def test_a_full_queue_drops_the_page_for_that_receiver_only() -> None:
    settings = Settings(receivers=orjson.dumps([
        {"type": "slack", "url": "https://h.example/T", "name": "slow-slack"},
        {"type": "slack", "url": "https://h.example/U", "name": "other-slack"},
    ]).decode())
    dispatcher = Dispatcher(build_notifiers(settings), queue_size=3)
    for _ in range(3):  # the slow one still holds three earlier pages
        dispatcher.queues["slow-slack"].put_nowait((0.0, risk_alert()))
    before = dropped("slow-slack")
    assert dispatcher.offer(risk_alert() | {"dedup_key": "risk:g1:p9"})
    assert dropped("slow-slack") == before + 1
    assert dispatcher.queues["slow-slack"].qsize() == 3
    assert dispatcher.queues["other-slack"].qsize() == 1  # the other still gets it


def test_every_receivers_series_exists_before_its_first_drop_or_delivery() -> None:
    """A labelled counter has no series until its first increment, and Prometheus'
    increase() cannot count the first step of a series that appears at 5: the drop alert
    would stay silent on a receiver's first burst of drops."""
    Dispatcher(build_notifiers(Settings(receivers=orjson.dumps([
        {"type": "slack", "url": "https://h.example/T", "name": "fresh-slack"}]).decode())))
    assert REGISTRY.get_sample_value("grouppulse_pages_dropped_total",
                                     {"receiver": "fresh-slack"}) == 0
    for outcome in ("ok", "failed"):
        assert REGISTRY.get_sample_value("grouppulse_alert_deliveries_total",
                                         {"receiver": "fresh-slack", "outcome": outcome}) == 0


async def test_a_page_that_waited_too_long_is_dropped_not_sent(robots: Robots) -> None:
    now = [1000.0]
    [wecom] = build_notifiers(Settings(receivers=orjson.dumps([
        {"type": "wecom", "url": f"{robots.url}/cgi-bin/webhook/send?key={TOKEN}",
         "name": "wecom-late"}]).decode()))
    sent: list[Delivery] = []

    async def on_delivery(delivery: Delivery) -> None:
        sent.append(delivery)

    dispatcher = Dispatcher([wecom], max_age_seconds=600, on_delivery=on_delivery,
                            clock=lambda: now[0])
    dispatcher.offer(risk_alert() | {"dedup_key": "risk:g1:old"})
    now[0] += 601  # the receiver was away for ten minutes
    dispatcher.offer(risk_alert() | {"dedup_key": "risk:g1:new"})
    before = dropped("wecom-late")
    task = asyncio.create_task(dispatcher.run())
    try:
        deadline = time.monotonic() + 5
        while not sent and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
    finally:
        task.cancel()
    assert [d.alert["dedup_key"] for d in sent] == ["risk:g1:new"]
    assert dropped("wecom-late") == before + 1


def test_receivers_with_one_name_would_share_a_queue_and_are_refused() -> None:
    notifiers = build_notifiers(Settings(webhook_urls="https://h.example/a,https://h.example/b"))
    assert len({n.name for n in notifiers}) == 2  # the settings' receivers: made unique
    notifiers[1].name = notifiers[0].name
    with pytest.raises(ValueError, match="unique"):
        Dispatcher(notifiers)


def test_a_configured_name_that_looks_suffixed_still_gets_a_name_of_its_own() -> None:
    notifiers = build_notifiers(Settings(receivers=orjson.dumps([
        {"type": "slack", "url": "https://h.example/T"},
        {"type": "slack", "url": "https://h.example/U", "name": "slack-0@h.example"},
        {"type": "slack", "url": "https://h.example/V", "name": "slack-0@h.example#2"},
    ]).decode()))
    names = [n.name for n in notifiers]
    assert len(set(names)) == 3 and names[0] == "slack-0@h.example", names
    Dispatcher(notifiers)


def test_offer_skips_pages_that_no_receiver_wants() -> None:
    settings = Settings(receivers=orjson.dumps([
        {"type": "slack", "url": "https://h.example/T", "kinds": ["dying_group"]}]).decode())
    dispatcher = Dispatcher(build_notifiers(settings))
    assert not dispatcher.offer(risk_alert())
    assert all(queue.empty() for queue in dispatcher.queues.values())
