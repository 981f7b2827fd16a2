"""Delivering pages: a bounded queue in front of the receivers, so none can block the pipeline.

The route agent offers each alert the router decided to page; ``Dispatcher`` sends it to every
receiver with retries (exponential backoff with jitter) on its own task. A full queue drops the
page (counted and logged) rather than slowing ingestion; the alert itself is already in the
``alerts`` table and topic. Receiver URLs carry tokens: only their host is ever logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import orjson

from streams import metrics

log = logging.getLogger(__name__)


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


class WebhookNotifier:
    """Generic JSON webhook: POSTs the alert document; 2xx is success."""

    def __init__(self, url: str, *, timeout: float = 5.0, attempts: int = 3,
                 backoff: float = 0.5) -> None:
        self.url = url
        self.name = receiver_name(url)
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self.attempts = attempts
        self.backoff = backoff

    async def send(self, session: aiohttp.ClientSession, alert: dict[str, Any]) -> Delivery:
        started = time.monotonic()
        error, status = "", 0
        for attempt in range(1, self.attempts + 1):
            try:
                async with session.post(self.url, data=orjson.dumps(alert, default=str),
                                        headers={"Content-Type": "application/json"},
                                        timeout=self.timeout) as response:
                    status = response.status
                    if 200 <= status < 300:
                        return Delivery(alert, self.name, True, status, attempt, "",
                                        time.monotonic() - started)
                    error = f"HTTP {status}"
            except (aiohttp.ClientError, TimeoutError) as exc:
                error = f"{type(exc).__name__}: {exc}"[:200].replace(self.url, self.name)
            if attempt < self.attempts:
                await asyncio.sleep(self.backoff * 2 ** (attempt - 1) * random.uniform(0.5, 1.5))
        return Delivery(alert, self.name, False, status, self.attempts, error,
                        time.monotonic() - started)


class Dispatcher:
    def __init__(self, notifiers: list[WebhookNotifier], *, queue_size: int = 1000,
                 on_delivery: Callable[[Delivery], Awaitable[None]] | None = None) -> None:
        self.notifiers = notifiers
        self.queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(maxsize=queue_size)
        self.on_delivery = on_delivery

    def offer(self, alert: dict[str, Any]) -> bool:
        """Queue a page without waiting; False (and counted) when the queue is full."""
        if not self.notifiers:
            return False
        try:
            self.queue.put_nowait(alert)
        except asyncio.QueueFull:
            metrics.PAGES_DROPPED.inc()
            log.error("page dropped, receivers too slow: %s", alert.get("dedup_key"))
            return False
        return True

    async def run(self) -> None:
        """Send queued pages to every receiver, forever (one task per worker)."""
        async with aiohttp.ClientSession() as session:
            while True:
                alert = await self.queue.get()
                results = await asyncio.gather(
                    *(n.send(session, alert) for n in self.notifiers), return_exceptions=True
                )
                for result in results:
                    if isinstance(result, BaseException):
                        log.error("notifier crashed: %r", result)
                        continue
                    outcome = "ok" if result.ok else "failed"
                    metrics.DELIVERIES.labels(result.receiver, outcome).inc()
                    if not result.ok:
                        log.warning("page %s to %s failed after %d attempts: %s",
                                    alert.get("dedup_key"), result.receiver, result.attempts,
                                    result.error)
                    if self.on_delivery is not None:
                        with contextlib.suppress(Exception):
                            await self.on_delivery(result)
