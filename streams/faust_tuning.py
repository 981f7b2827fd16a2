"""Faust defaults that cost the worker: the fetch wait, per-event sensors, a start-up pause.

Fetch wait. Faust builds its aiokafka consumer with ``fetch_max_wait_ms=1500``, hard-coded.
Kafka answers such a fetch as soon as a record arrives, so the value only bounds idle polling
there. Tansu, the embedded broker, holds the fetch for its whole wait (measured: a record
produced into an idle topic reached a consumer after 438 ms at the median with 1,500 ms, 32 ms
with 100 ms), so every event reaching an idle worker waited that long before it was even
read: most of the alert latency of the embedded stack. ``install_fetch_wait`` makes the wait
follow a setting.

Sensors. Faust's monitor does bookkeeping for every message in, every stream event in and out
and every send; with the Prometheus monitor these were about 9 % of the worker's busy time.
``QuietMonitor`` keeps what Faust itself needs (offsets, commits) and skips the per-event parts
(grouppulse's own metrics count events, lag and outputs); ``GROUPPULSE_FAUST_SENSORS=true``
brings back Faust's full ``faust_*`` metrics.

Start-up pause. Faust's table manager sleeps 1 s at start so that tables can still be declared;
grouppulse declares none (group state lives in the ``health-state`` topic), so the pause only
delayed every start, and every restart after a crash, by a second: ``NoPauseTableManager``.
"""

from __future__ import annotations

from typing import Any

from faust.sensors import Monitor
from faust.tables import TableManager
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


def install_fetch_wait(app: Any, wait_ms: int) -> None:
    """Fetches of ``app``'s worker consumer wait at most ``wait_ms`` for new records."""
    setattr(app, _ATTRIBUTE, wait_ms)
    faust_aiokafka.AIOKafkaConsumerThread._create_worker_consumer = (  # type: ignore[method-assign]
        _create_worker_consumer)


class QuietMonitor(Monitor):
    """Faust's monitor without its per-event bookkeeping."""

    def on_message_in(self, tp: Any, offset: int, message: Any) -> None:
        return None

    def on_stream_event_in(self, tp: Any, offset: int, stream: Any, event: Any) -> None:
        return None

    def on_stream_event_out(self, tp: Any, offset: int, stream: Any, event: Any,
                            state: Any = None) -> None:
        return None

    def on_message_out(self, tp: Any, offset: int, message: Any) -> None:
        return None

    def on_send_initiated(self, producer: Any, topic: str, message: Any, keysize: int,
                          valsize: int) -> None:
        return None

    def on_send_completed(self, producer: Any, state: Any, metadata: Any) -> None:
        return None


class NoPauseTableManager(TableManager):
    """Faust's table manager without the one-second pause at start."""

    async def on_start(self) -> None:
        if not self.should_stop:
            await self._update_channels()
            await self.recovery.start()
