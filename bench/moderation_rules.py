"""Which rules flag benign lines, counted over the blind sets on the final verdicts of what ships.

    .venv/bin/python bench/moderation_rules.py [--sets=25-329] [--top=40]

For every flagged line, each rule among its hits (``contact:phone``, ``lexicon:self_harm:跳楼``,
``pattern:ad:selling_private``, ``model:fraud`` …) is counted once: against a benign line, or
for a line that carries the rule's category. "alone" counts the lines where it is the message's
only rule, what taking that rule away would change. ``bench/lexicon_term_stats.py`` counts raw
lexicon hits before any context rule instead; this counts what reaches an operator.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from streams.detect.evaluate import line_verdict
from streams.detect.lexicon import Lexicon
from streams.detect.moderation import Moderator

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
Rule = tuple[str, str]  # (category, rule)


def rules_of(categories: Iterable[tuple[str, str]]) -> set[Rule]:
    """The hits' rules, a model hit named by its category alone (its match is the whole text)."""
    return {(category, "model" if rule.startswith("model") else rule)
            for category, rule in categories}


def attribute(rows: Iterable[dict[str, object]], lexicon: Lexicon | None = None
              ) -> dict[str, Counter[Rule]]:
    """Counters ``benign`` / ``right`` (every rule of a flagged line) and ``benign_alone`` /
    ``right_alone`` (the line's only rule); "right" means the line carries the rule's category."""
    lexicon = Lexicon.load() if lexicon is None else lexicon
    counts: dict[str, Counter[Rule]] = {name: Counter() for name in
                                        ("benign", "right", "benign_alone", "right_alone")}
    for row in rows:
        want = set(row["categories"])  # type: ignore[call-overload]
        verdict = line_verdict(Moderator(lexicon), str(row["text"]))
        if verdict.verdict == "pass":
            continue
        rules = rules_of((h.category, h.rule) for h in verdict.hits)
        for rule in rules:
            if not want:
                counts["benign"][rule] += 1
                counts["benign_alone"][rule] += len(rules) == 1
            elif rule[0] in want:
                counts["right"][rule] += 1
                counts["right_alone"][rule] += len(rules) == 1
    return counts


def table(counts: dict[str, Counter[Rule]], top: int) -> list[str]:
    ranked = sorted(counts["benign"], key=lambda r: (-counts["benign_alone"][r],
                                                     -counts["benign"][r], r))
    lines = [f"{'alone: benign':>13} {'right':>6} | {'any: benign':>11} {'right':>6}  rule"]
    for rule in ranked[:top]:
        lines.append(f"{counts['benign_alone'][rule]:13,} {counts['right_alone'][rule]:6,} | "
                     f"{counts['benign'][rule]:11,} {counts['right'][rule]:6,}  "
                     f"{rule[0]} {rule[1]}")
    return lines


def main() -> None:
    first, last, top = 25, None, 40
    for arg in sys.argv[1:]:
        if arg.startswith("--sets="):
            low, _, high = arg.split("=", 1)[1].partition("-")
            first, last = int(low), int(high or low)
        elif arg.startswith("--top="):
            top = int(arg.split("=", 1)[1])
        else:
            sys.exit(__doc__)
    paths = []
    n = first
    while (last is None or n <= last) and (DATA / f"moderation_holdout{n}.jsonl").exists():
        paths.append(DATA / f"moderation_holdout{n}.jsonl")
        n += 1
    rows = [json.loads(line) for path in paths
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    print(f"holdouts {first}-{n - 1}: {len(rows):,} lines")
    print("\n".join(table(attribute(rows), top)))


if __name__ == "__main__":
    main()
