"""How long the broker may hold a fetch that finds no new record: Faust's setting is missing.

Faust builds its aiokafka consumer with ``fetch_max_wait_ms=1500``, hard-coded. Kafka answers
such a fetch as soon as a record arrives, so the value only bounds idle polling there. Tansu,
the embedded broker, holds the fetch for its whole wait (measured: a record produced into an
idle topic reached a consumer after 438 ms at the median with 1,500 ms, 32 ms with 100 ms), so
every event reaching an idle worker waited that long before it was even read: most of the
alert latency of the embedded stack. ``install`` makes the wait follow the app's setting.
"""

from __future__ import annotations

from typing import Any

from faust.transport.drivers import aiokafka as faust_aiokafka

_ATTRIBUTE = "grouppulse_fetch_wait_ms"
_original = faust_aiokafka.AIOKafkaConsumerThread._create_worker_consumer


def _create_worker_consumer(self: Any, transport: Any) -> Any:
    consumer = _original(self, transport)
    wait_ms = getattr(self.app, _ATTRIBUTE, None)
    if wait_ms is not None:
        # read by AIOKafkaConsumer.start() when it builds its fetcher
        consumer._fetch_max_wait_ms = int(wait_ms)
    return consumer


def install(app: Any, wait_ms: int) -> None:
    """Fetches of ``app``'s worker consumer wait at most ``wait_ms`` for new records."""
    setattr(app, _ATTRIBUTE, wait_ms)
    faust_aiokafka.AIOKafkaConsumerThread._create_worker_consumer = (  # type: ignore[method-assign]
        _create_worker_consumer)
