"""Every labelled line, the simulated traffic and the hostile inputs classified, one verdict
per line, into a file: run interpreted and compiled (``test_compiled.py``), the files must be
the same.  Then the simulated events replayed in order through one moderator, as a worker
sees them (joins, cards, links, floods and repeats from the same members), each group's state
saved and restored every 2,000 events and old state evicted.

    python compiled_snapshot.py OUT    # first line: compiled or interpreted
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TextIO

from streams.classify import message_of
from streams.detect.compiled import is_compiled
from streams.detect.evaluate import load_rows
from streams.detect.lexicon import Lexicon
from streams.detect.moderation import Message, Moderator, Verdict
from streams.events import InvalidEvent, parse_event
from streams.simulate import SimulationConfig, generate

DATA = Path(__file__).resolve().parents[1] / "data"
HOSTILE = ["", " ", "a" * 1_000_000, "加微\ud800信 abc123\udfff", "😀" * 500, "\x00\x01\x1f\x7f",
           "\u200b加\u200b微\u200b信\u200b", "１３８００１３８０００", "ＶＸ：ａｂｃ１２３４５６"]


def texts() -> list[str]:
    found = list(HOSTILE)
    for path in sorted(DATA.glob("*.jsonl")):
        found += [row["text"] for row in load_rows(path) if isinstance(row.get("text"), str)]
    for sim in generate(SimulationConfig(events=20_000, seed=3, groups=500)):
        try:
            event = parse_event(sim.raw)
        except InvalidEvent:
            continue
        if event.type == "message":
            found.append(event.text or "")
    return list(dict.fromkeys(found))


def _line(text: str, verdict: Verdict) -> str:
    hits = [(h.category, h.rule, h.severity, h.start, h.end, h.match, h.normalized,
             list(h.normalized_by)) for h in verdict.hits]
    contacts = [(c.kind, c.value, c.start, c.end, list(c.normalized_by))
                for c in verdict.contacts]
    # (json, not orjson: a lone surrogate is written escaped, not refused)
    return json.dumps([text[:60], verdict.verdict, verdict.categories, hits, contacts,
                       verdict.normalized_text[:200]]) + "\n"


def replayed(out: TextIO, lexicon: Lexicon) -> None:
    moderator = Moderator(lexicon)
    groups: set[str] = set()
    for n, sim in enumerate(generate(SimulationConfig(events=20_000, seed=5, groups=60))):
        try:
            event = parse_event(sim.raw)
        except InvalidEvent:
            continue
        groups.add(event.group_id)
        if event.type == "member_join":
            moderator.member_joined(event.group_id, event.user_id, event.ts_ms)
        elif event.type == "message":
            out.write(_line(event.text or "", moderator.classify(message_of(event))))
        if n % 2_000 == 1_999:  # a restart: every group's state through JSON and back
            for group_id in sorted(groups):
                saved = json.loads(json.dumps(moderator.export_group(group_id)))
                moderator.drop_group(group_id)
                moderator.import_group(group_id, saved)
            moderator.evict(event.ts_ms)
            out.write(f"state {moderator.state_size()}\n")


def main() -> None:
    lexicon = Lexicon.load()
    moderator = Moderator(lexicon)
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        out.write(("compiled" if is_compiled() else "interpreted") + "\n")
        for i, text in enumerate(texts()):
            # one member per line, far apart in time: no flood or newcomer state between lines
            verdict = moderator.classify(Message(f"e{i}", i * 10**7, "g", f"u{i}", "text", text))
            out.write(_line(text, verdict))
        replayed(out, lexicon)


if __name__ == "__main__":
    main()
