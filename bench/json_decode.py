"""Which JSON decoder for the hot path: json vs orjson vs msgspec, on simulated events.

    .venv/bin/python bench/json_decode.py [EVENTS]

Prints decode-only and decode+validate rates and their ratio to the standard library.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable

import msgspec
import orjson

from streams.events import InvalidEvent, parse_event
from streams.simulate import SimulationConfig, generate


class Message(msgspec.Struct):
    event_id: str
    type: str
    ts: str | int
    group_id: str
    user_id: str = ""
    msg_type: str = "text"
    text: str = ""


def rate(label: str, func: Callable[[bytes], object], lines: list[bytes]) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for line in lines:
            try:
                func(line)
            except (ValueError, InvalidEvent, msgspec.ValidationError):
                pass
        best = min(best, time.perf_counter() - started)
    return len(lines) / best


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    lines = [e.raw for e in generate(SimulationConfig(events=count, groups=1000))]
    decoder = msgspec.json.Decoder(Message)
    results = [
        ("json.loads", rate("json", json.loads, lines)),
        ("orjson.loads", rate("orjson", orjson.loads, lines)),
        ("msgspec typed decode", rate("msgspec", decoder.decode, lines)),
        ("parse_event (orjson + checks)", rate("parse_event", parse_event, lines)),
    ]
    base = results[0][1]
    print(f"{'decoder':32} {'events/s':>12} {'x json':>8}")
    for name, value in results:
        print(f"{name:32} {value:12,.0f} {value / base:8.2f}")


if __name__ == "__main__":
    main()
