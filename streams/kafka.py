"""Thin aiokafka helpers for producers and progress tracking (topics, offsets)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterable

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError

from streams.errors import UserError


async def ensure_topics(bootstrap: str, topics: dict[str, int], replication: int = 1) -> None:
    """Create the topics that do not exist yet, with the given partition counts."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=15000)
    try:
        await admin.start()
    except KafkaError as exc:
        raise UserError(f"cannot reach Kafka at {bootstrap}: {exc}") from None
    try:
        existing = set(await admin.list_topics())
        missing = [
            NewTopic(name, num_partitions=partitions, replication_factor=replication)
            for name, partitions in topics.items()
            if name not in existing
        ]
        if missing:
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(missing)
    finally:
        await admin.close()


def make_producer(bootstrap: str) -> AIOKafkaProducer:
    """A producer tuned for bulk sends: batches of up to 256 KiB, lz4-free (no extra deps)."""
    return AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        acks=1,
        linger_ms=20,
        max_batch_size=262144,
        max_request_size=2_097_152,
        request_timeout_ms=30000,
    )


async def end_offsets(bootstrap: str, topic: str) -> dict[int, int]:
    """High watermark per partition of ``topic``."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        partitions = consumer.partitions_for_topic(topic)
        for _ in range(50):
            if partitions:
                break
            await asyncio.sleep(0.1)
            await consumer._client.force_metadata_update()  # metadata can lag a new topic
            partitions = consumer.partitions_for_topic(topic)
        tps = [TopicPartition(topic, p) for p in sorted(partitions or ())]
        ends = await consumer.end_offsets(tps) if tps else {}
        return {tp.partition: offset for tp, offset in ends.items()}
    finally:
        await consumer.stop()


class CommitWatcher:
    """Reads a consumer group's committed offsets, to tell how far a worker has got."""

    def __init__(self, bootstrap: str, group_id: str) -> None:
        self.bootstrap = bootstrap
        self.group_id = group_id
        self._admin: AIOKafkaAdminClient | None = None

    async def start(self) -> None:
        self._admin = AIOKafkaAdminClient(bootstrap_servers=self.bootstrap)
        await self._admin.start()

    async def committed(self, topic: str, partitions: Iterable[int]) -> dict[int, int]:
        assert self._admin is not None
        wanted = [TopicPartition(topic, p) for p in partitions]
        try:
            offsets = await self._admin.list_consumer_group_offsets(
                self.group_id, partitions=wanted
            )
        except KafkaError:
            return {}
        return {tp.partition: meta.offset for tp, meta in offsets.items() if meta.offset >= 0}

    async def close(self) -> None:
        if self._admin is not None:
            await self._admin.close()
            self._admin = None


async def read_partition(
    bootstrap: str, topic: str, partition: int, end_offset: int, timeout: float = 120.0
) -> list[tuple[bytes | None, bytes | None]]:
    """(key, value) of every record of one partition below ``end_offset``, from the start.

    The caller gets ``end_offset`` from a producer acknowledgement (a fence record it wrote),
    not from the broker's high watermark: Tansu reports wrong ones.
    """
    tp = TopicPartition(topic, partition)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None,
                                enable_auto_commit=False, auto_offset_reset="earliest",
                                fetch_max_wait_ms=100)  # Tansu holds fetches to the end
    await consumer.start()
    records: list[tuple[bytes | None, bytes | None]] = []
    try:
        consumer.assign([tp])
        await consumer.seek_to_beginning(tp)
        deadline = asyncio.get_running_loop().time() + timeout
        position = 0
        while position < end_offset:
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError(f"{topic}[{partition}] stuck at {position}/{end_offset}")
            batches = await consumer.getmany(tp, timeout_ms=500)
            for record in batches.get(tp, []):
                if record.offset < end_offset:
                    records.append((record.key, record.value))
                position = max(position, record.offset + 1)
    finally:
        with contextlib.suppress(Exception):
            await consumer.stop()
    return records
