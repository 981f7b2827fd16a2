"""Accuracy of the grouppulse sentiment scorer vs SnowNLP on the labelled chat set, same run.

    .venv/bin/python bench/sentiment_compare.py [path.jsonl] [--errors]

Accuracy is positive vs negative with neutral-labelled messages excluded. For our scorer a
score of exactly 0 counts as wrong (it abstained); SnowNLP's probability is mapped with a 0.5
threshold. Also prints three-way accuracy (with neutral) for our scorer. SnowNLP is a
bench-only dependency (`pip install snownlp`), never imported by the product.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

from streams.detect.sentiment import analyse

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "sentiment_chat.jsonl"


def load(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def polar_accuracy(rows: list[dict[str, str]], predicted: list[str]) -> float:
    pairs = [
        (r["label"], p) for r, p in zip(rows, predicted, strict=True) if r["label"] != "neutral"
    ]
    return sum(gold == guess for gold, guess in pairs) / len(pairs)


def ours(rows: list[dict[str, str]]) -> tuple[list[str], list[str]]:
    """(sign labels for the binary task, three-way labels)."""
    signs, labels = [], []
    for row in rows:
        result = analyse(row["text"])
        signs.append("positive" if result.score > 0 else "negative" if result.score < 0 else "none")
        labels.append(result.label)
    return signs, labels


def snownlp_labels(rows: list[dict[str, str]]) -> list[str]:
    from snownlp import SnowNLP

    return ["positive" if SnowNLP(r["text"]).sentiments >= 0.5 else "negative" for r in rows]


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    rows = load(Path(args[0]) if args else DEFAULT)
    counts = Counter(r["label"] for r in rows)
    print(f"set: {len(rows)} messages {dict(counts)}")

    start = time.perf_counter()
    signs, labels = ours(rows)
    ours_s = time.perf_counter() - start
    start = time.perf_counter()
    snow = snownlp_labels(rows)
    snow_s = time.perf_counter() - start

    acc = polar_accuracy(rows, signs)
    snow_acc = polar_accuracy(rows, snow)
    three = sum(r["label"] == p for r, p in zip(rows, labels, strict=True)) / len(rows)
    print(f"grouppulse pos/neg accuracy: {acc:.3f}   ({ours_s * 1000:.0f} ms)")
    print(f"snownlp    pos/neg accuracy: {snow_acc:.3f}   ({snow_s * 1000:.0f} ms)")
    print(f"grouppulse 3-way accuracy (with neutral): {three:.3f}")
    for kind in sorted({r.get("kind", "") for r in rows}):
        idx = [
            i for i, r in enumerate(rows) if r.get("kind", "") == kind and r["label"] != "neutral"
        ]
        if idx:
            a = sum(rows[i]["label"] == signs[i] for i in idx) / len(idx)
            b = sum(rows[i]["label"] == snow[i] for i in idx) / len(idx)
            print(f"  {kind or '-'}: n={len(idx)} grouppulse {a:.3f} snownlp {b:.3f}")
    if "--errors" in sys.argv:
        for row, sign, label in zip(rows, signs, labels, strict=True):
            if row["label"] != "neutral" and row["label"] != sign or row["label"] != label:
                print(f"  gold={row['label']:8} sign={sign:8} label={label:8} {row['text']}")


if __name__ == "__main__":
    main()
