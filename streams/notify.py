"""Delivering pages: a bounded queue in front of each receiver, so none can block the pipeline
or another receiver.

The route agent offers each alert the router decided to page; ``Dispatcher`` queues it for every
receiver whose kinds and lowest severity match, and each receiver's own task sends its pages in
order, with retries (exponential backoff with jitter). A full queue drops that receiver's page
(counted and logged) rather than slowing ingestion; the alert itself is already in the
``alerts`` table and topic.

Receiver URLs carry tokens (WeCom and DingTalk in the query string, Feishu and Slack in the
path) and some receivers have signing secrets: a receiver is only ever named by its configured
name or ``type-index@host``, and error texts have URLs and secrets replaced before they are
logged or stored.
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import orjson

from streams import metrics, page
from streams.page import Page
from streams.receivers import SEVERITY_RANK, ReceiverConfig
from streams.settings import Settings

log = logging.getLogger(__name__)
_URL = re.compile(r"\w+://\S+")


def receiver_name(url: str) -> str:
    """What may be logged of a receiver URL: scheme and host (the path holds the token)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname}" + (f":{parts.port}" if parts.port else "")


@dataclass(frozen=True)
class Delivery:
    alert: dict[str, Any]
    receiver: str
    ok: bool
    status: int
    attempts: int
    error: str
    seconds: float


class Notifier:
    """One receiver: which alerts it takes, how it wants them, what counts as delivered.

    Subclasses override ``request`` (URL and body, built per attempt because signatures carry
    a timestamp) and ``failure`` (the receiver's own way of saying no).
    """

    type = "webhook"

    def __init__(self, url: str, *, name: str | None = None, secret: str | None = None,
                 kinds: Iterable[str] = (), min_severity: str = "warning",
                 grafana_url: str = "", timeout: float = 5.0, attempts: int = 3,
                 backoff: float = 0.5, clock: Callable[[], float] = time.time) -> None:
        self.url = url
        self.name = name or receiver_name(url)
        self.secret = secret
        self.kinds = frozenset(kinds)
        self.min_rank = SEVERITY_RANK[min_severity]
        self.grafana_url = grafana_url
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self.attempts = attempts
        self.backoff = backoff
        self.clock = clock

    def accepts(self, alert: dict[str, Any]) -> bool:
        if self.kinds and str(alert.get("kind")) not in self.kinds:
            return False
        return SEVERITY_RANK.get(str(alert.get("severity")), 0) >= self.min_rank

    def request(self, alert: dict[str, Any]) -> tuple[str, dict[str, str], bytes]:
        """URL, extra headers and JSON body of one attempt."""
        body = orjson.dumps(page.webhook_payload(self.page(alert), alert), default=str)
        headers = {}
        if self.secret:
            now = int(self.clock())
            headers = {"X-Grouppulse-Timestamp": str(now),
                       "X-Grouppulse-Signature": "sha256=" + page.webhook_signature(
                           self.secret, now, body)}
        return self.url, headers, body

    def page(self, alert: dict[str, Any]) -> Page:
        return Page.from_alert(alert, self.grafana_url)

    def failure(self, status: int, body: bytes) -> str:
        """Why a response is not a delivery ("" when it is one). Plain receivers: non-2xx."""
        return "" if 200 <= status < 300 else f"HTTP {status}"

    def redact(self, text: str) -> str:
        """An error text fit for logs and the alert_deliveries table."""
        text = _URL.sub(self.name, text)
        if self.secret:
            text = text.replace(self.secret, "***")
        return text[:200]

    async def send(self, session: aiohttp.ClientSession, alert: dict[str, Any]) -> Delivery:
        started = time.monotonic()
        error, status = "", 0
        for attempt in range(1, self.attempts + 1):
            permanent = False
            try:
                url, headers, body = self.request(alert)
                async with session.post(url, data=body, timeout=self.timeout, headers={
                        "Content-Type": "application/json; charset=utf-8", **headers},
                        ) as response:
                    status = response.status
                    error = self.failure(status, await response.content.read(65536))
                    if not error:
                        return Delivery(alert, self.name, True, status, attempt, "",
                                        time.monotonic() - started)
                    # a refused request (bad payload, bad token) fails the same way again
                    permanent = 400 <= status < 500 and status not in (408, 429)
            except TimeoutError:
                error = f"TimeoutError: no answer within {self.timeout.total} s"
            except aiohttp.ClientError as exc:
                error = f"{type(exc).__name__}: {exc}"
            error = self.redact(error)
            if permanent:
                return Delivery(alert, self.name, False, status, attempt, error,
                                time.monotonic() - started)
            if attempt < self.attempts:
                await asyncio.sleep(self.backoff * 2 ** (attempt - 1) * random.uniform(0.5, 1.5))
        return Delivery(alert, self.name, False, status, self.attempts, error,
                        time.monotonic() - started)


WebhookNotifier = Notifier


class RobotNotifier(Notifier):
    """Chat robots answer HTTP 200 with an error code in the body when they refuse a message
    (bad signature, keyword missing, rate limit): only code 0 is a delivery."""

    def failure(self, status: int, body: bytes) -> str:
        if not 200 <= status < 300:
            return f"HTTP {status}"
        try:
            answer = orjson.loads(body)
        except orjson.JSONDecodeError:
            return "unreadable answer (expected JSON with an error code)"
        if not isinstance(answer, dict):
            return "unreadable answer (expected JSON with an error code)"
        for key, message in (("errcode", "errmsg"), ("code", "msg"),
                             ("StatusCode", "StatusMessage")):
            if key in answer:
                if answer[key] in (0, "0"):
                    return ""
                return f"{key} {answer[key]}: {str(answer.get(message, ''))[:100]}"
        return "answer without an error code"


class WeComNotifier(RobotNotifier):
    """WeCom (企业微信) group robot; the token is the ``key`` query parameter."""

    type = "wecom"

    def request(self, alert: dict[str, Any]) -> tuple[str, dict[str, str], bytes]:
        return self.url, {}, orjson.dumps(page.wecom_payload(self.page(alert)))


class DingTalkNotifier(RobotNotifier):
    """DingTalk (钉钉) custom robot; signed robots get ``timestamp`` (ms) and ``sign`` added
    to the query string."""

    type = "dingtalk"

    def request(self, alert: dict[str, Any]) -> tuple[str, dict[str, str], bytes]:
        url = self.url
        if self.secret:
            url = page.dingtalk_url(url, self.secret, int(self.clock() * 1000))
        return url, {}, orjson.dumps(page.dingtalk_payload(self.page(alert)))


class FeishuNotifier(RobotNotifier):
    """Feishu/Lark (飞书) custom bot; signed bots get ``timestamp`` (s) and ``sign`` in the
    body."""

    type = "feishu"

    def request(self, alert: dict[str, Any]) -> tuple[str, dict[str, str], bytes]:
        body = page.feishu_payload(self.page(alert))
        if self.secret:
            now = int(self.clock())
            body = {"timestamp": str(now), "sign": page.feishu_sign(self.secret, now), **body}
        return self.url, {}, orjson.dumps(body)


class SlackNotifier(Notifier):
    """Slack incoming webhook: answers 200 "ok", or a 4xx with the reason as text."""

    type = "slack"

    def request(self, alert: dict[str, Any]) -> tuple[str, dict[str, str], bytes]:
        return self.url, {}, orjson.dumps(page.slack_payload(self.page(alert)))

    def failure(self, status: int, body: bytes) -> str:
        if 200 <= status < 300:
            return ""
        return f"HTTP {status}: {body[:80].decode(errors='replace')}"


class AlertmanagerNotifier(Notifier):
    """Prometheus Alertmanager API v2; ``url`` is the server (``/api/v2/alerts`` is added).
    Alertmanager then groups, silences, inhibits and routes to its own receivers."""

    type = "alertmanager"

    def __init__(self, url: str, **options: Any) -> None:
        if not url.rstrip("/").endswith("/api/v2/alerts"):
            url = url.rstrip("/") + "/api/v2/alerts"
        super().__init__(url, **options)

    def request(self, alert: dict[str, Any]) -> tuple[str, dict[str, str], bytes]:
        return self.url, {}, orjson.dumps(page.alertmanager_payload(self.page(alert), alert))


NOTIFIERS: dict[str, type[Notifier]] = {
    cls.type: cls for cls in (Notifier, WeComNotifier, DingTalkNotifier, FeishuNotifier,
                              SlackNotifier, AlertmanagerNotifier)
}


def notifier_for(config: ReceiverConfig, index: int, *, min_severity: str,
                 grafana_url: str = "", **options: Any) -> Notifier:
    """A notifier for one configured receiver; unnamed ones are ``type-index@host``."""
    url = config.url.get_secret_value()
    return NOTIFIERS[config.type](
        url,
        name=config.name or f"{config.type}-{index}@{urlsplit(url).hostname}",
        secret=config.secret.get_secret_value() if config.secret else None,
        kinds=config.kinds,
        min_severity=config.min_severity or min_severity,
        grafana_url=grafana_url,
        **options,
    )


def build_notifiers(settings: Settings, **options: Any) -> list[Notifier]:
    """Every receiver of the settings: ``GROUPPULSE_WEBHOOK_URLS`` (generic JSON, all kinds)
    then ``GROUPPULSE_RECEIVERS``. Names are made unique (they key alert_deliveries rows)."""
    common = {"min_severity": settings.notify_min_severity,
              "grafana_url": settings.dashboard_link_base, **options}
    notifiers = [Notifier(url, **common) for url in settings.webhook_list]
    notifiers += [notifier_for(config, index, **common)
                  for index, config in enumerate(settings.receiver_list)]
    taken: set[str] = set()
    for notifier in notifiers:
        name, count = notifier.name, 1
        while name in taken:  # (a configured name may look like a suffixed one)
            count += 1
            name = f"{notifier.name}#{count}"
        notifier.name = name
        taken.add(name)
    return notifiers


class Dispatcher:
    """Pages leave through one bounded queue and one task per receiver: a receiver that hangs
    or fails holds up only its own pages, never ingestion and never the other receivers (a
    dead Slack must not delay the on-call WeCom robot by its timeouts and retries). A page
    that waited longer than ``max_age_seconds`` for its receiver is dropped, not sent: a
    receiver back after hours must not page on-call with hours-old alerts (they are all in
    the ``alerts`` table)."""

    def __init__(self, notifiers: list[Notifier], *, queue_size: int = 1000,
                 max_age_seconds: float = 900.0,
                 on_delivery: Callable[[Delivery], Awaitable[None]] | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        names = [n.name for n in notifiers]
        if len(set(names)) < len(names):  # build_notifiers makes them unique
            raise ValueError(f"receiver names must be unique, got {names}")
        self.notifiers = notifiers
        self.queues: dict[str, asyncio.Queue[tuple[float, dict[str, Any]]]] = {
            name: asyncio.Queue(maxsize=queue_size) for name in names}
        self._lanes = [(n, self.queues[n.name]) for n in notifiers]
        self.max_age_seconds = max_age_seconds
        self.on_delivery = on_delivery
        self.clock = clock
        self.dropped: dict[str, int] = dict.fromkeys(names, 0)
        for name in names:  # every series exists from the start: increase() sees a first drop
            metrics.PAGES_DROPPED.labels(name)
            for outcome in ("ok", "failed"):
                metrics.DELIVERIES.labels(name, outcome)

    def offer(self, alert: dict[str, Any]) -> bool:
        """Queue a page for each receiver that wants it, without waiting; False when none
        does. A receiver whose queue is full loses this page (counted, logged): the alert
        itself is already in the ``alerts`` table and topic."""
        offered = False
        for notifier, queue in self._lanes:
            if not notifier.accepts(alert):
                continue
            offered = True
            try:
                queue.put_nowait((self.clock(), alert))
            except asyncio.QueueFull:
                self._drop(notifier.name, alert, f"its {queue.qsize()} pages still wait")
        return offered

    def _drop(self, name: str, alert: dict[str, Any], why: str) -> None:
        """Count a page not sent; log the first and every hundredth per receiver, so a dead
        receiver cannot flood the log."""
        metrics.PAGES_DROPPED.labels(name).inc()
        self.dropped[name] += 1
        if self.dropped[name] % 100 == 1:
            log.error("page %s dropped for %s (%s); %d dropped for it so far",
                      alert.get("dedup_key"), name, why, self.dropped[name])

    async def run(self) -> None:
        """Deliver every receiver's pages, in order, until cancelled (one task per receiver);
        pages still queued then are logged per receiver."""
        try:
            async with aiohttp.ClientSession() as session:
                await asyncio.gather(*(self._deliver(session, n, q) for n, q in self._lanes))
        finally:
            for name, queue in self.queues.items():
                if queue.qsize():
                    log.warning("%d pages for %s not sent: the worker is stopping",
                                queue.qsize(), name)

    async def _deliver(self, session: aiohttp.ClientSession, notifier: Notifier,
                       queue: asyncio.Queue[tuple[float, dict[str, Any]]]) -> None:
        while True:
            offered_at, alert = await queue.get()
            waited = self.clock() - offered_at
            if waited > self.max_age_seconds:
                self._drop(notifier.name, alert, f"waited {waited:.0f} s")
                continue
            try:
                result = await notifier.send(session, alert)
            except Exception as exc:  # a bug, not the receiver
                log.error("notifier %s crashed: %s", notifier.name, notifier.redact(repr(exc)))
                result = Delivery(alert, notifier.name, False, 0, 0,
                                  notifier.redact(f"crashed: {exc!r}"), 0.0)
            outcome = "ok" if result.ok else "failed"
            metrics.DELIVERIES.labels(result.receiver, outcome).inc()
            if not result.ok:
                log.warning("page %s to %s failed after %d attempts: %s",
                            alert.get("dedup_key"), result.receiver, result.attempts,
                            result.error)
            if self.on_delivery is not None:
                try:
                    await self.on_delivery(result)
                except Exception:
                    log.exception("delivery of page %s to %s not recorded",
                                  alert.get("dedup_key"), result.receiver)
