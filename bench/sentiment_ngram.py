"""Measure a small trained model against the lexicon scorer before choosing (issue 4).

    .venv/bin/python bench/sentiment_ngram.py

Fits a multinomial naive Bayes on character 1-2-grams on ``tests/data/sentiment_train.jsonl``
(messages written by the team for this purpose) and evaluates on the held-out chat set
``tests/data/sentiment_chat.jsonl``: alone, and as a fallback where the lexicon abstains
(score 0). Pure Python, no extra packages.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

from streams.detect.sentiment import label_of, score

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def load(name: str, polar_only: bool = True) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [r for r in rows if r["label"] != "neutral" or not polar_only]


def grams(text: str) -> list[str]:
    chars = [c for c in text.lower() if not c.isspace()]
    return chars + [a + b for a, b in zip(chars, chars[1:], strict=False)]


class NaiveBayes:
    def __init__(self, rows: list[dict[str, str]]) -> None:
        self.counts = {"positive": Counter[str](), "negative": Counter[str]()}
        self.docs = Counter(r["label"] for r in rows)
        for row in rows:
            self.counts[row["label"]].update(grams(row["text"]))
        self.vocab = set(self.counts["positive"]) | set(self.counts["negative"])
        self.totals = {k: sum(v.values()) for k, v in self.counts.items()}

    def log_odds(self, text: str) -> float:
        v = len(self.vocab)
        odds = math.log(self.docs["positive"] / self.docs["negative"])
        for g in grams(text):
            if g in self.vocab:
                p = (self.counts["positive"][g] + 1) / (self.totals["positive"] + v)
                n = (self.counts["negative"][g] + 1) / (self.totals["negative"] + v)
                odds += math.log(p / n)
        return odds


def main() -> None:
    train, test = load("sentiment_train.jsonl"), load("sentiment_chat.jsonl")
    model = NaiveBayes(train)
    gold = [r["label"] for r in test]
    nb = ["positive" if model.log_odds(r["text"]) > 0 else "negative" for r in test]
    lex_scores = [score(r["text"]) for r in test]
    lex = ["positive" if s > 0 else "negative" if s < 0 else "none" for s in lex_scores]
    combo = [n if lx == "none" else lx for lx, n in zip(lex, nb, strict=True)]

    def acc(pred: list[str]) -> float:
        return sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)

    print(f"train {len(train)} polar messages, test {len(test)} polar messages")
    print(f"char 1-2-gram naive Bayes alone:       {acc(nb):.3f}")
    print(
        f"lexicon scorer alone:                  {acc(lex):.3f}  (abstains on {lex.count('none')})"
    )
    print(f"lexicon, naive Bayes where it abstains: {acc(combo):.3f}")
    # The catch: a binary model has no "neutral", and most real chat is neutral.
    neutral = [r for r in load("sentiment_chat.jsonl", polar_only=False) if r["label"] == "neutral"]
    lex_polar = sum(label_of(score(r["text"])) != "neutral" for r in neutral)
    fallback_polar = sum(score(r["text"]) == 0 for r in neutral)
    print(
        f"neutral messages given a polar label: lexicon {lex_polar}/{len(neutral)}, "
        f"with the fallback {lex_polar + fallback_polar}/{len(neutral)}"
    )


if __name__ == "__main__":
    main()
