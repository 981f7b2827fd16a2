"""jieba against its Rust port: identical tokens, and how much faster.

    .venv/bin/pip install -e '.[bench]' && .venv/bin/python bench/tokenizers.py [MESSAGES]

Cuts the texts of simulated chat messages (and the hand-written chat set) with jieba and with
rjieba (jieba-rs), both in their default precise mode with the default dictionary, and reports
how many messages are cut differently and the messages/s of each, in one run.
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

import orjson

from streams.events import InvalidEvent, parse_event
from streams.simulate import SimulationConfig, generate


def texts(count: int) -> list[str]:
    found = []
    for sim in generate(SimulationConfig(events=count * 2, groups=500, seed=4)):
        try:
            event = parse_event(sim.raw)
        except InvalidEvent:
            continue
        if event.text:
            found.append(event.text)
    chat = Path(__file__).resolve().parents[1] / "tests" / "data" / "sentiment_chat.jsonl"
    found += [orjson.loads(line)["text"] for line in chat.read_bytes().splitlines() if line]
    return found[: count + 411]


def main() -> None:
    import jieba
    import rjieba

    jieba.setLogLevel(logging.WARNING)
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    corpus = texts(count)
    reference = jieba.Tokenizer()
    reference.initialize()
    rust = rjieba.Jieba()
    rust.cut("预热")
    rates = {}
    cuts = {}
    for name, cut in (("jieba", lambda t: list(reference.cut(t))), ("rjieba", rust.cut)):
        started = time.perf_counter()
        cuts[name] = [cut(text) for text in corpus]
        rates[name] = len(corpus) / (time.perf_counter() - started)
    different = [t for t, a, b in zip(corpus, cuts["jieba"], cuts["rjieba"], strict=True) if a != b]
    print(f"{len(corpus):,} messages; cut differently: {len(different)}")
    for text in different[:5]:
        print("  ", text)
    for name, rate in rates.items():
        print(f"{name:8} {rate:12,.0f} messages/s  {rate / rates['jieba']:6.1f}x jieba")


if __name__ == "__main__":
    main()
