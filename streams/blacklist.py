"""The global blacklist: a compacted topic is the source of truth, every worker holds all of it.

Key = user_id, value = JSON ``{"user_id", "reason", "source", "ts_ms"}``; a tombstone (no
value) removes the user. Spammers move between groups, so each worker reads *every* partition
(no consumer group) into memory and checks joins and messages against it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

log = logging.getLogger(__name__)


@dataclass
class Blacklist:
    """The current entries, from applying the topic's records in order."""

    entries: dict[str, dict[str, Any]] = field(default_factory=dict)

    def apply(self, key: bytes | None, value: bytes | None) -> None:
        if not key:
            return
        user_id = key.decode("utf-8", errors="replace")
        if value is None:
            self.entries.pop(user_id, None)
            return
        try:
            entry = orjson.loads(value)
        except orjson.JSONDecodeError:
            log.warning("ignoring an unreadable blacklist record for %s", user_id)
            return
        if isinstance(entry, dict):
            self.entries[user_id] = entry

    def get(self, user_id: str) -> dict[str, Any] | None:
        return self.entries.get(user_id)

    def __contains__(self, user_id: object) -> bool:
        return user_id in self.entries

    def __len__(self) -> int:
        return len(self.entries)


def entry_value(user_id: str, reason: str, source: str, since_ms: int | None = None) -> bytes:
    """A blacklist entry. ``since_ms`` (event time; default now) is when the ban starts:
    events from before it never raise a blacklist alert, so a replayed backlog or a restarted
    worker does not page for messages the user sent before being listed."""
    now_ms = int(time.time() * 1000)
    return orjson.dumps({"user_id": user_id, "reason": reason, "source": source,
                         "ts_ms": now_ms, "since_ms": now_ms if since_ms is None else since_ms})


async def follow(bootstrap: str, topic: str, blacklist: Blacklist,
                 stop: asyncio.Event | None = None,
                 on_change: Callable[[int], None] | None = None) -> None:
    """Keep ``blacklist`` current from the whole topic, until cancelled (or ``stop``).
    ``on_change`` gets the number of entries after each batch of records (a gauge, so an
    operator can see that a new entry has reached the worker)."""
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest",
        enable_auto_commit=False, fetch_max_wait_ms=100,  # Tansu holds fetches to the end
    )
    await consumer.start()
    try:
        while stop is None or not stop.is_set():
            batches = await consumer.getmany(timeout_ms=500)
            for records in batches.values():
                for record in records:
                    blacklist.apply(record.key, record.value)
            if batches and on_change is not None:
                on_change(len(blacklist))
    finally:
        with contextlib.suppress(Exception):
            await consumer.stop()


async def read_all(bootstrap: str, topic: str, idle_seconds: float = 2.0) -> Blacklist:
    """The whole topic, read until nothing new arrives for ``idle_seconds``."""
    blacklist = Blacklist()
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    await consumer.start()
    try:
        idle_since = time.monotonic()
        while time.monotonic() - idle_since < idle_seconds:
            batches = await consumer.getmany(timeout_ms=300)
            for records in batches.values():
                for record in records:
                    blacklist.apply(record.key, record.value)
                    idle_since = time.monotonic()
    finally:
        await consumer.stop()
    return blacklist


async def publish(bootstrap: str, topic: str,
                  records: Iterable[tuple[str, bytes | None]]) -> None:
    """Send (user_id, value or None for removal) records and wait for the broker's ack."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for user_id, value in records:
            await producer.send_and_wait(topic, key=user_id.encode(), value=value)
    finally:
        await producer.stop()
