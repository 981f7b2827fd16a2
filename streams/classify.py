"""``grouppulse classify``: JSONL events on stdin → one JSONL verdict per line on stdout.

Stateless per message except for what moderation keeps across the input (flooding, repeated
text, recent joins), exactly as the worker does. A line that cannot be read yields
``{"line": N, "error": "..."}`` and the run goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import orjson

from streams.detect.moderation import Message, Moderator, Verdict
from streams.detect.sentiment import score
from streams.events import Event, InvalidEvent, parse_event

MAX_LINE_BYTES = 2 * 1024 * 1024


def verdict_document(verdict: Verdict, sentiment: float) -> dict[str, Any]:
    """The DESIGN.md shape of one verdict."""
    return {
        "event_id": verdict.event_id,
        "verdict": verdict.verdict,
        "categories": list(verdict.categories),
        "hits": [
            {
                "category": hit.category,
                "rule": hit.rule,
                "match": hit.match,
                "normalized_by": list(hit.normalized_by),
            }
            for hit in verdict.hits
        ],
        "sentiment": round(sentiment, 4),
    }


def message_of(event: Event) -> Message:
    return Message(
        event_id=event.event_id,
        ts_ms=event.ts_ms,
        group_id=event.group_id,
        user_id=event.user_id,
        msg_type=event.msg_type,
        text=event.text,
        url=event.url,
    )


EVICT_EVERY = 10_000  # lines between evictions of moderation state older than its windows


def classify_lines(lines: Iterable[bytes], moderator: Moderator) -> Iterator[bytes]:
    """One output line (with newline) per input line, same order."""
    clock_ms = 0
    for number, raw in enumerate(lines, start=1):
        if number % EVICT_EVERY == 0:
            moderator.evict(clock_ms)
        line = raw.rstrip(b"\r\n")
        try:
            event = parse_event(line, max_bytes=MAX_LINE_BYTES)
        except InvalidEvent as exc:
            yield orjson.dumps({"line": number, "error": f"{exc.code}: {exc.reason}"}) + b"\n"
            continue
        clock_ms = max(clock_ms, event.ts_ms)
        if event.type == "member_join":
            moderator.member_joined(event.group_id, event.user_id, event.ts_ms)
        if event.type != "message":
            document = {"event_id": event.event_id, "verdict": "pass", "categories": [],
                        "hits": [], "sentiment": 0.0}
        else:
            verdict = moderator.classify(message_of(event))
            document = verdict_document(verdict, score(event.text))
        yield orjson.dumps(document) + b"\n"
