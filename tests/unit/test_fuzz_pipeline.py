"""Fuzzing the whole per-batch path (parse → analyse → health → row mapping): whatever comes in,
no exception escapes, every record ends as exactly one row or one dead letter, and every valid
event keeps its id, group and text."""

from __future__ import annotations

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from memory_sink import MemoryWriter

from sinks.batching import BatchingSink
from sinks.rows import DEAD_LETTERS, GROUP_SNAPSHOTS, MEMBERSHIP_EVENTS, MESSAGES
from streams.analysis import Analyser, HealthMonitor
from streams.detect.dead_letter_ratio import DeadLetterRatioGuard
from streams.detect.lexicon import Lexicon
from streams.detect.moderation import Moderator
from streams.detect.sentiment import score
from streams.events import PROCESSING_ERROR
from streams.pipeline import DeadLetter, IngestPipeline, Record

LEXICON = Lexicon.load()
EVENT_TABLES = (MESSAGES, MEMBERSHIP_EVENTS, GROUP_SNAPSHOTS)
# Chat-like text: CJK, evasion characters, emoji, controls, plus anything hypothesis likes
# (no lone surrogates: a producer cannot JSON-encode them either).
chat_text = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),
    st.text(alphabet="加微信vxVX１３８①②③ \u200b❤😂刷单网赌冰毒大麻烦，。！?http://t.cn/", max_size=60),
)
ids = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_:", min_size=1, max_size=20)


@st.composite
def valid_events(draw: st.DrawFn) -> dict[str, object]:
    kind = draw(st.sampled_from(["message", "member_join", "member_leave", "group_snapshot"]))
    doc: dict[str, object] = {
        "event_id": draw(ids),
        "type": kind,
        "ts": draw(st.integers(1_700_000_000_000, 1_700_000_000_000 + 2 * 86_400_000)),
        "group_id": draw(ids),
        "user_id": draw(ids),
    }
    if kind == "message":
        doc["msg_type"] = draw(st.sampled_from(["text", "card", "miniprogram", "red_packet",
                                                 "link", "image"]))
        doc["text"] = draw(chat_text)
    if kind == "group_snapshot":
        doc["member_count"] = draw(st.integers(0, 500))
    if draw(st.booleans()):
        doc[draw(st.sampled_from(["client", "source", "x"]))] = draw(chat_text)
    return doc


inputs = st.lists(
    st.one_of(
        valid_events().map(lambda doc: orjson.dumps(doc)),
        st.binary(max_size=120),
        st.just(b'{"type": "message"}'),
        st.just(b"null"),
    ),
    max_size=40,
)


async def _no_dead_letters(letter: DeadLetter) -> None:
    return None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(inputs)
def test_nothing_escapes_and_nothing_is_dropped(values: list[bytes]) -> None:
    sink = BatchingSink(MemoryWriter())
    pipeline = IngestPipeline(
        sink, _no_dead_letters,
        guard=DeadLetterRatioGuard(window=10_000),  # this test is about mapping, not halting
        analyser=Analyser(Moderator(LEXICON), score), health=HealthMonitor(),
    )
    records = [Record("group-events", i % 4, i, 1_700_000_000_000, None, value)
               for i, value in enumerate(values)]
    batch = pipeline.prepare(records)
    assert not batch.halt
    rows = batch.rows
    dead = rows.get(DEAD_LETTERS, [])
    events = [row for table in EVENT_TABLES for row in rows.get(table, [])]
    assert len(events) + len(dead) == len(records)  # one outcome per record, none dropped
    assert all(letter.reason_code != PROCESSING_ERROR for letter in batch.dead_letters)
    for table in rows:
        assert all(len(row) == len(table.columns) for row in rows[table])
    by_offset = {row[-1]: row for row in events}  # kafka_offset is the last column
    for record in records:
        try:
            doc = orjson.loads(record.value or b"")
        except orjson.JSONDecodeError:
            continue
        if not (isinstance(doc, dict) and {"event_id", "type", "ts", "group_id"} <= doc.keys()):
            continue
        row = by_offset.get(record.offset)
        if row is None:
            continue  # rejected by the contract: it is one of the dead letters counted above
        assert row[0] == doc["event_id"] and row[2] == doc["group_id"]
        if doc["type"] == "message" and isinstance(doc.get("text"), str):
            assert row[MESSAGES.columns.index("text")] == doc["text"]


@settings(max_examples=60, deadline=None)
@given(st.lists(valid_events(), min_size=1, max_size=30))
def test_valid_events_are_never_dead_lettered(docs: list[dict[str, object]]) -> None:
    pipeline = IngestPipeline(BatchingSink(MemoryWriter()), _no_dead_letters,
                              analyser=Analyser(Moderator(LEXICON), score),
                              health=HealthMonitor())
    records = [Record("group-events", 0, i, 1_700_000_000_000, None, orjson.dumps(doc))
               for i, doc in enumerate(docs)]
    batch = pipeline.prepare(records)
    assert batch.dead_letters == []
    assert sum(len(batch.rows.get(t, [])) for t in EVENT_TABLES) == len(docs)
