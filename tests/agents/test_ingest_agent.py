"""The ingest agent in Faust's test context: no broker, a recording sink."""

from __future__ import annotations

import asyncio

import orjson
import pytest
from memory_sink import MemoryWriter

from sinks.batching import BatchingSink
from streams.app import create_app
from streams.settings import Settings


def event(i: int, **changes: object) -> bytes:
    doc = {"event_id": f"e{i}", "type": "message", "ts": 1793592001500 + i, "group_id": f"g{i % 4}",
           "user_id": "u1", "text": "早上好"}
    doc.update(changes)
    return orjson.dumps(doc)


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch, tmp_path):
    return _build(monkeypatch, tmp_path)


def _build(monkeypatch: pytest.MonkeyPatch, tmp_path, state_save_seconds: float = 0.2):
    monkeypatch.setenv("GROUPPULSE_DATA_DIR", str(tmp_path))
    settings = Settings(sink_batch_size=10, sink_flush_seconds=0.05, dead_letter_window=10,
                        state_save_seconds=state_save_seconds)
    writer = MemoryWriter()
    sent: list[tuple[bytes | None, bytes, dict]] = []
    built = create_app(settings, BatchingSink(writer))

    async def fake_send(*, key, value, headers):  # the dead-letter producer
        sent.append((key, value, headers))

    monkeypatch.setattr(built.dead_letter_topic, "send", fake_send)
    published: list[tuple[str, bytes | None, bytes]] = []

    async def fake_publish(name: str, key: bytes | None, value: bytes) -> None:
        published.append((name, key, value))

    built.pipeline.publish = fake_publish
    built.pipeline.save_states = built.pipeline.load_states = None  # no broker here
    built.published = published  # type: ignore[attr-defined]
    built.app.finalize()
    built.app.conf.store = "memory://"
    return built, writer, sent


async def wait_for(predicate, timeout: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.01)


async def test_valid_events_become_rows_and_bad_ones_dead_letters(built) -> None:
    app, writer, sent = built
    async with app.ingest.test_context() as agent:
        for i in range(25):
            await agent.put(event(i), key=f"g{i % 4}".encode())
        await agent.put(b"{oops", key=b"g1")
        await agent.put(event(99, ts="yesterday"), key=b"g2")
        await wait_for(lambda: len(writer.rows.get("messages", [])) == 25
                       and len(writer.rows.get("dead_letters", [])) == 2)
    assert sorted(r[0] for r in writer.rows["messages"]) == sorted(f"e{i}" for i in range(25))
    reasons = sorted(r[7] for r in writer.rows["dead_letters"])
    assert reasons == ["bad_json", "bad_value"]
    assert sorted(value for _, value, _ in sent) == sorted([b"{oops", event(99, ts="yesterday")])
    headers = next(h for _, v, h in sent if v == b"{oops")
    assert headers["reason_code"] == b"bad_json" and "source_offset" in headers


async def test_membership_and_snapshots_go_to_their_tables(built) -> None:
    app, writer, _ = built
    async with app.ingest.test_context() as agent:
        await agent.put(event(1, type="member_join"), key=b"g1")
        await agent.put(event(2, type="member_leave"), key=b"g1")
        await agent.put(event(3, type="group_snapshot", member_count=120, group_name="读书会"), key=b"g1")
        await wait_for(lambda: len(writer.rows.get("membership_events", [])) == 2
                       and len(writer.rows.get("group_snapshots", [])) == 1)
    assert [r[5] for r in writer.rows["membership_events"]] == ["join", "leave"]


async def test_a_flood_of_garbage_halts_instead_of_dead_lettering_everything(built) -> None:
    app, writer, sent = built
    halted: list[str] = []

    async def on_halt(reason: str) -> None:
        halted.append(reason)

    app.pipeline.on_halt = on_halt
    async with app.ingest.test_context() as agent:
        for i in range(20):
            await agent.put(b"not json" if i % 5 < 3 else event(i), key=b"g1")
        await wait_for(lambda: bool(halted))
    assert "of the last 10 events were unreadable" in halted[0]
    # Processing stopped at the trip point (the 10th event): the 4 valid events before it are
    # written, the rest of the batch is left for a restarted worker.
    assert len(writer.rows.get("messages", [])) == 4
    assert len(writer.rows.get("dead_letters", [])) == 6


async def test_messages_are_moderated_and_hits_published(built) -> None:
    app, writer, _ = built
    ad = "兼职刷单，日结200+，加薇信：kpw32258详聊"
    async with app.ingest.test_context() as agent:
        await agent.put(event(1, text="今天天气真好，大家早上好"), key=b"g1")
        await agent.put(event(2, text=ad), key=b"g1")
        await wait_for(lambda: len(writer.rows.get("messages", [])) == 2
                       and "moderation_hits" in writer.rows and len(app.published) >= 2)
    verdicts = {r[0]: (r[8], r[9]) for r in writer.rows["messages"]}
    assert verdicts["e1"] == ("pass", [])
    assert verdicts["e2"][0] == "reject" and "ad" in verdicts["e2"][1]
    hits = writer.rows["moderation_hits"]
    assert {h[2] for h in hits} == {"e2"}
    assert any(h[6] == "contact:wechat" and h[8] == "kpw32258" for h in hits)
    names = [name for name, _, _ in app.published]
    assert "moderation_hits" in names and "sightings" in names


async def test_a_saved_state_never_holds_an_event_whose_row_is_not_written(built) -> None:
    """A restarted worker skips the events a saved state holds, so every save must come after
    the rows of those events: here sending each output takes long enough for the quiet
    flusher to run in the middle of a batch."""
    from streams.analysis import _unpack

    app, writer, _ = built
    saves: list[tuple[dict[str, int], set[str]]] = []

    async def slow_publish(name: str, key: bytes | None, value: bytes) -> None:
        await asyncio.sleep(0.02)

    async def save(states: list[tuple[int, bytes, bytes]]) -> None:
        stamps = {key.decode(): _unpack(value)["offset"]
                  for _, key, value in states if not key.startswith(b"\x00")}
        saves.append((stamps, {row[0] for row in writer.rows.get("messages", [])}))

    app.pipeline.publish = slow_publish
    app.pipeline.save_states = save
    ad = "兼职刷单，日结200+，加薇信：kpw{}详聊"
    async with app.ingest.test_context() as agent:
        for i in range(40):
            await agent.put(event(i, text=ad.format(10000 + i)), key=f"g{i % 4}".encode())
        await wait_for(lambda: len(writer.rows.get("messages", [])) == 40, timeout=20)
        await wait_for(lambda: bool(saves) and max(max(s.values()) for s, _ in saves) >= 39,
                       timeout=10)
    offsets = {row[0]: (row[2], row[-1]) for row in writer.rows["messages"]}  # group, offset
    assert len(saves) >= 2
    for stamps, written in saves:
        for group_id, stamp in stamps.items():
            held = {e for e, (g, offset) in offsets.items() if g == group_id and offset <= stamp}
            assert held <= written, f"state of {group_id} saved before rows {held - written}"


async def test_a_rebalance_saves_the_state_at_once(monkeypatch, tmp_path) -> None:
    """Faust hands partitions over only when every event is acknowledged, and events are
    acknowledged at a state save: in a rebalance the save cannot wait for its timer."""
    app, writer, _ = _build(monkeypatch, tmp_path, state_save_seconds=60)
    saves: list[int] = []

    async def save(states: list[tuple[int, bytes, bytes]]) -> None:
        saves.append(len(states))

    app.pipeline.save_states = save
    async with app.ingest.test_context() as agent:
        for i in range(8):
            await agent.put(event(i), key=f"g{i % 4}".encode())
        await wait_for(lambda: len(writer.rows.get("messages", [])) == 8)
        await wait_for(lambda: len(saves) == 1)  # the first write saves at once
        for i in range(8, 16):
            await agent.put(event(i), key=f"g{i % 4}".encode())
        await wait_for(lambda: len(writer.rows.get("messages", [])) == 16)
        await asyncio.sleep(0.3)
        assert len(saves) == 1  # the next save is a minute away
        app.app.rebalancing = True
        try:
            await wait_for(lambda: len(saves) == 2, timeout=1.0)
        finally:
            app.app.rebalancing = False


async def test_events_are_analysed_while_a_write_is_in_flight_and_a_save_is_due(
        monkeypatch, tmp_path) -> None:
    """A save that falls due during a slow ClickHouse write waits for that write, but must
    not keep the agent from analysing (and alerting on) the next events meanwhile."""
    app, writer, _ = _build(monkeypatch, tmp_path, state_save_seconds=0.5)
    gate = asyncio.Event()
    gate.set()
    write_all = app.pipeline.sink.write_all

    async def gated_write(batch):  # type: ignore[no-untyped-def]
        await gate.wait()
        return await write_all(batch)

    monkeypatch.setattr(app.pipeline.sink, "write_all", gated_write)
    ad = "兼职刷单，日结200+，加薇信：kpw{}详聊"

    def hits_published() -> int:
        return len({orjson.loads(value)["event_id"] for name, _, value in app.published
                    if name == "moderation_hits"})

    async with app.ingest.test_context() as agent:
        for i in range(8):  # written, the state saved at once (the first write)
            await agent.put(event(i, text=ad.format(10000 + i)), key=f"g{i % 4}".encode())
        await wait_for(lambda: len(writer.rows.get("messages", [])) == 8)
        for i in range(8, 16):  # written; its state waits for the next save
            await agent.put(event(i, text=ad.format(10000 + i)), key=f"g{i % 4}".encode())
        await wait_for(lambda: len(writer.rows.get("messages", [])) == 16)
        gate.clear()  # ClickHouse hangs from now on
        for i in range(16, 24):
            await agent.put(event(i, text=ad.format(10000 + i)), key=f"g{i % 4}".encode())
        await wait_for(lambda: hits_published() == 24)
        await asyncio.sleep(0.7)  # the save falls due while that write hangs
        for i in range(24, 32):
            await agent.put(event(i, text=ad.format(10000 + i)), key=f"g{i % 4}".encode())
        try:
            await wait_for(lambda: hits_published() == 32, timeout=1.0)
        finally:
            gate.set()
        await wait_for(lambda: len(writer.rows.get("messages", [])) == 32)
