"""Every labelled text's full verdict, written once and compared after a change: how "identical
verdicts on N texts" is checked before a speed-up or a narrow rule lands.

    .venv/bin/python bench/moderation_snapshot.py write OUT [--skip=330-337]
    .venv/bin/python bench/moderation_snapshot.py diff OLD NEW

``write`` reads every line of ``tests/data/**/*.jsonl`` that has a ``text`` and the texts of the
simulated traffic of ``bench/moderation_eval.py 20000 3``, once each in that order, and writes one
JSON line per text: verdict, categories, every hit (category, rule, severity, match, span),
contacts, the lexicon view and whether the message stays watched. ``--skip`` leaves holdouts out
by number (a blind batch kept for a clean test is not run before it). ``diff`` prints the texts
whose line differs (the first ten in full) and exits 1 when any does. Old code is snapshotted from
a worktree: ``PYTHONPATH=/tmp/wt .venv/bin/python bench/moderation_snapshot.py write /tmp/old``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from streams.detect.evaluate import line_verdict
from streams.detect.lexicon import Lexicon
from streams.detect.moderation import Moderator
from streams.events import InvalidEvent, parse_event
from streams.simulate import SimulationConfig, generate

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def skipped_holdouts(arg: str) -> set[str]:
    """``330-337,340`` -> the file names of those holdouts."""
    names: set[str] = set()
    for part in filter(None, arg.split(",")):
        low, _, high = part.partition("-")
        for n in range(int(low), int(high or low) + 1):
            names.add(f"moderation_holdout{n}.jsonl")
    return names


def labelled_texts(root: Path, skip: set[str]) -> Iterator[str]:
    for path in sorted(root.rglob("*.jsonl")):
        if path.name in skip:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if isinstance(row, dict) and isinstance(row.get("text"), str):
                yield row["text"]


def simulated_texts(events: int = 20_000, seed: int = 3) -> Iterator[str]:
    for sim in generate(SimulationConfig(events=events, seed=seed, groups=500)):
        try:
            event = parse_event(sim.raw)
        except InvalidEvent:
            continue
        if event.type == "message" and event.text:
            yield event.text


def verdict_line(lexicon: Lexicon, text: str) -> str:
    """One text's verdict as a JSON line (a fresh moderator: no flood or duplicate state)."""
    v = line_verdict(Moderator(lexicon), text)
    return json.dumps([
        text, v.verdict, list(v.categories),
        [[h.category, h.rule, h.severity, h.match, h.start, h.end] for h in v.hits],
        [[c.kind, c.value] for c in v.contacts], v.normalized_text, v.watched,
    ], ensure_ascii=False)


def write(out: Path, texts: Iterable[str]) -> int:
    lexicon = Lexicon.load()
    unique = list(dict.fromkeys(texts))
    with out.open("w", encoding="utf-8") as f:
        for i, text in enumerate(unique, 1):
            f.write(verdict_line(lexicon, text) + "\n")
            if i % 20_000 == 0:
                print(f"  {i:,} of {len(unique):,} texts", file=sys.stderr, flush=True)
    return len(unique)


def differing(old: Path, new: Path) -> tuple[int, list[tuple[str, str]]]:
    """How many lines the snapshots hold, and the pairs of lines that differ. Two snapshots of
    different texts (another data set, another --skip) are refused rather than compared."""
    a = old.read_text(encoding="utf-8").splitlines()
    b = new.read_text(encoding="utf-8").splitlines()
    if [json.loads(x)[0] for x in a] != [json.loads(y)[0] for y in b]:
        raise SystemExit(f"{old} and {new} hold different texts: write both with the same data")
    return len(a), [(x, y) for x, y in zip(a, b, strict=True) if x != y]


def main() -> None:
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "write":
        skip = set()
        for arg in args[2:]:
            if arg.startswith("--skip="):
                skip = skipped_holdouts(arg.split("=", 1)[1])
        texts = [*labelled_texts(DATA, skip), *simulated_texts()]
        n = write(Path(args[1]), texts)
        print(f"{n:,} texts written to {args[1]}")
    elif len(args) == 3 and args[0] == "diff":
        total, changed = differing(Path(args[1]), Path(args[2]))
        for old, new in changed[:10]:
            print(f"- {old}\n+ {new}")
        print(f"{len(changed):,} of {total:,} texts differ")
        sys.exit(1 if changed else 0)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
