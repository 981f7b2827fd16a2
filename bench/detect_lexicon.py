"""Text-side detection speed: Aho-Corasick candidates, then normalise + scan + contacts.

Run: .venv/bin/python bench/detect_lexicon.py [--messages 100000]

Messages come from the project's simulator (its chat, ads, risk and look-alike texts) when it
can be imported, else from tests/data/moderation_eval.jsonl repeated.  One core, one run; read
the ratios (house rule 6), the absolute figures depend on the shared machine.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

from streams.detect.contacts import extract_contacts
from streams.detect.lexicon import Lexicon
from streams.detect.normalize import normalize, normalize_views

ROOT = Path(__file__).resolve().parents[1]


def _messages(n: int) -> list[str]:
    """~n short chat texts, simulator first."""
    texts: list[str] = []
    try:
        from streams.simulate import SimulationConfig, generate

        for ev in generate(SimulationConfig(groups=200, events=n * 2, seed=11)):
            try:
                text = json.loads(ev.raw).get("text")
            except (ValueError, AttributeError):
                continue
            if isinstance(text, str) and text:
                texts.append(text)
            if len(texts) >= n:
                break
    except Exception as exc:  # the simulator is optional for this bench
        print("simulator unavailable, using the eval set:", exc)
    if len(texts) < n:
        rows = (ROOT / "tests/data/moderation_eval.jsonl").read_text("utf-8").splitlines()
        pool = [json.loads(r)["text"] for r in rows if r.strip()]
        texts += [pool[i % len(pool)] for i in range(n - len(texts))]
    return texts[:n]


def _rate(fn: Callable[[str], object], texts: list[str]) -> float:
    start = time.perf_counter()
    for t in texts:
        fn(t)
    return len(texts) / (time.perf_counter() - start)


def _full(lexicon: Lexicon) -> Callable[[str], object]:
    """What the analyser does per message: both views once, scan, contacts."""

    def run(text: str) -> object:
        lex_view, contact_view = normalize_views(text)
        return lexicon.scan(lex_view), extract_contacts(contact_view)

    return run


def _matchers(keys: list[str]) -> dict[str, Callable[[str], object]]:
    """Overlapping all-matches search with each installed candidate."""
    found: dict[str, Callable[[str], object]] = {}
    try:
        import ahocorasick_rs

        ac = ahocorasick_rs.AhoCorasick(keys)
        found["ahocorasick-rs"] = lambda t: ac.find_matches_as_indexes(t, overlapping=True)
    except ImportError:
        pass
    try:
        import ahocorasick

        auto = ahocorasick.Automaton()
        for i, k in enumerate(keys):
            auto.add_word(k, i)
        auto.make_automaton()
        found["pyahocorasick"] = lambda t: list(auto.iter(t))
    except ImportError:
        pass
    try:
        import daachorse

        pma = daachorse.CharwiseDoubleArrayAhoCorasick(keys)
        found["daachorse (charwise)"] = lambda t: pma.find_overlapping(t)
    except (ImportError, AttributeError, TypeError) as exc:
        print("daachorse skipped:", exc)
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=100_000)
    args = parser.parse_args()
    texts = _messages(args.messages)
    print(f"{len(texts)} messages, mean {sum(map(len, texts)) / len(texts):.1f} chars")
    lexicon = Lexicon.load()
    views = [normalize(t).text for t in texts]
    keys = [e.term for e in lexicon.entries]
    keys = [normalize(k).text for k in keys]

    rates = {name: _rate(fn, views) for name, fn in _matchers(keys).items()}
    slowest = min(rates.values())
    print("\nmatching only (pre-normalised text, overlapping):")
    for name, rate in sorted(rates.items(), key=lambda kv: -kv[1]):
        print(f"  {name:22} {rate:12,.0f} msg/s   {rate / slowest:5.2f}x")

    pipeline = {
        "normalize": normalize,
        "normalize + scan": lambda t: lexicon.scan(normalize(t)),
        "contacts (own view)": extract_contacts,
        "normalize + scan + contacts": _full(lexicon),
    }
    print("\nper message, one core:")
    for name, fn in pipeline.items():
        print(f"  {name:30} {_rate(fn, texts):10,.0f} msg/s")


if __name__ == "__main__":
    main()
