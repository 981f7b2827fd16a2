"""A worker killed mid-stream and restarted from its saved state produces exactly the rows and
alerts of a worker that never stopped: moderation's member windows (new members, floods) and
the recent-message context travel with each group's health state, and redelivered events the
restored state already holds are skipped."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from typing import Any

import pytest
from memory_sink import MemoryWriter

from sinks.batching import BatchingSink
from sinks.rows import Row, Table
from streams.analysis import Analyser, HealthMonitor
from streams.detect.lexicon import Lexicon
from streams.detect.moderation import Moderator
from streams.detect.sentiment import score
from streams.pipeline import DeadLetter, IngestPipeline, PreparedBatch, Record
from streams.simulate import SimulationConfig, generate

LEXICON = Lexicon.load()
PARTITIONS = 4
BATCH = 150


async def _no_dead_letters(letter: DeadLetter) -> None:
    return None


async def _no_save(states: list[tuple[int, bytes, bytes]]) -> None:
    return None


def _pipeline() -> IngestPipeline:
    analyser = Analyser(Moderator(LEXICON), score)
    return IngestPipeline(BatchingSink(MemoryWriter()), _no_dead_letters, analyser=analyser,
                          health=HealthMonitor(companion=analyser), save_states=_no_save)


def _records() -> list[Record]:
    config = SimulationConfig(groups=40, hours=30, seed=11, floods=30, campaigns=2,
                              risk_share=0.03)
    offsets = [0] * PARTITIONS
    out = []
    for sim in generate(config):
        partition = zlib.crc32(sim.group_id.encode()) % PARTITIONS
        out.append(Record("group-events", partition, offsets[partition], 0,
                          sim.group_id.encode(), sim.raw))
        offsets[partition] += 1
    return out


def _collect(batch: PreparedBatch, rows: dict[str, dict[str, Row]], alerts: set[str]) -> None:
    table: Table
    for table, table_rows in batch.rows.items():
        for row in table_rows:
            # the sink keeps the first row of an id (a bucketed alert is raised again by
            # each message of its bucket, with that message as evidence)
            seen = rows.setdefault(table.name, {}).setdefault(str(row[0]), row)
            assert seen == row or table.name == "alerts", f"{table.name} {row[0]} differs"
    for name, key, _ in batch.outbox:
        if name == "alerts" and key is not None:
            alerts.add(key.decode())


def _run(pipeline: IngestPipeline, records: Sequence[Record],
         rows: dict[str, dict[str, Row]], alerts: set[str]) -> None:
    for start in range(0, len(records), BATCH):
        _collect(pipeline.prepare(records[start:start + BATCH]), rows, alerts)


RECORDS = _records()


@pytest.mark.parametrize("cut_share", [0.3, 0.55, 0.8])
def test_a_restart_from_saved_state_gives_the_rows_and_alerts_of_an_uninterrupted_run(
    cut_share: float,
) -> None:
    records = RECORDS
    calm_rows: dict[str, dict[str, Row]] = {}
    calm_alerts: set[str] = set()
    _run(_pipeline(), records, calm_rows, calm_alerts)
    assert any(key.startswith("flood") for key in calm_alerts), "the data must hold floods"

    # First life: every batch is a write that saves the touched groups' state; offsets are
    # committed one save behind (what Faust commits lags what was written).
    first = _pipeline()
    rows: dict[str, dict[str, Row]] = {}
    alerts: set[str] = set()
    saved: list[tuple[int, bytes, bytes]] = []
    committed = [0] * PARTITIONS
    next_commit = [0] * PARTITIONS
    cut = int(len(records) * cut_share)
    for start in range(0, cut, BATCH):
        chunk = records[start:start + BATCH]
        batch = first.prepare(chunk)  # with the touched groups' states
        _collect(batch, rows, alerts)
        saved += batch.states
        committed = list(next_commit)
        for record in chunk:
            next_commit[record.partition] = record.offset + 1
    # killed here; a batch analysed after the last save, whose rows never got written:
    first.prepare(records[cut:cut + BATCH])

    second = _pipeline()
    assert second.health is not None
    for partition in range(PARTITIONS):
        restored = second.health.restore(partition, [(k, v) for p, k, v in saved
                                                     if p == partition])
        assert restored > 0
    redelivered = [r for r in records if r.offset >= committed[r.partition]]
    assert len(redelivered) > len(records) - cut  # some events come again
    _run(second, redelivered, rows, alerts)

    assert rows.keys() == calm_rows.keys()
    for table, table_rows in calm_rows.items():
        assert rows[table] == table_rows, table
    assert alerts == calm_alerts


def test_a_group_state_round_trip_keeps_new_members_and_flood_windows() -> None:
    from streams.detect.moderation import Message

    def feed(moderator: Moderator, start: int, n: int) -> list[Any]:
        return [moderator.classify(Message(f"e{i}", 1_000_000 + i * 2_000, "g", "spammer",
                                           "text", "同一句话发很多遍啊", None)).verdict
                for i in range(start, start + n)]

    one = Moderator(LEXICON)
    one.member_joined("g", "newbie", 999_000)
    feed(one, 0, 2)
    two = Moderator(LEXICON)
    two.import_group("g", one.export_group("g"))
    assert two.is_new_member("g", "newbie", 1_005_000)
    assert feed(two, 2, 6) == feed(one, 2, 6)
    assert "review" in feed(two, 8, 1)
    two.drop_group("g")
    assert two.state_size() == 0
