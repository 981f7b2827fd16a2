"""The test lines stop 47's product decision lets through, written to
``tests/data/stop47_decision_through.txt``.

    .venv/bin/python bench/decision_through.py

Reads every text of the reviews' data files and every string of the unit and agent tests,
classifies it with and without ``moderation._scam_contact_warned`` (a long-standing member's
warning or question naming a contact in someone else's words), and lists those flagged without
it and passed (watched) with it.  The family tests then assert those pass and are watched
(``moderation_cases.excused_by_decision``) instead of their old verdict: the list is the decision's
cost in the reviews' attacks, and its gain in their benign lines, kept where a change shows.
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

import streams.detect.moderation as moderation
from streams.detect.lexicon import Lexicon

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data" / "stop47_decision_through.txt"
HEADER = """\
# Stop 47: the lines of the tests (the reviews' data files and the family tests' own lists)
# flagged before the product decision of moderation._scam_contact_warned that pass with it or lose
# their ad, watched: a long-standing member's warning or question naming a contact in someone
# else's words.  moderation_cases.excused_by_decision asserts each has no ad and is watched; by
# bench/decision_through.py (one text per line).
"""


def test_texts() -> set[str]:
    texts: set[str] = set()
    data = ROOT / "tests" / "data"
    for path in [*data.glob("stop*_review_lines.jsonl"), *data.glob("stop*_traded.jsonl"),
                 data / "innocent_head_attacks.jsonl"]:
        texts.update(json.loads(line)["text"]
                     for line in path.read_text("utf-8").splitlines() if line.strip())
    for path in [*ROOT.glob("tests/unit/*.py"), *ROOT.glob("tests/agents/*.py")]:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                texts.add(node.value)
            elif isinstance(node, ast.BinOp):  # "…" + "是的" * 40 + "…"
                try:
                    value = eval(compile(ast.Expression(node), str(path), "eval"), {})
                except Exception:  # noqa: BLE001 - any expression that is no constant string
                    continue
                if isinstance(value, str):
                    texts.add(value)
    return {text for text in texts if 4 <= len(text) <= 2000 and "\n" not in text}


def main() -> None:
    lexicon = Lexicon.load()
    decision = moderation._scam_contact_warned
    through = []
    for text in sorted(test_texts()):
        message = moderation.Message("e1", 0, "g1", "u1", "text", text)
        moderation._scam_contact_warned = lambda _text: False  # type: ignore[assignment]
        before = moderation.Moderator(lexicon).classify(message)
        moderation._scam_contact_warned = decision
        after = moderation.Moderator(lexicon).classify(message)
        if before.verdict != "pass" and (after.verdict == "pass" or (
                "ad" in before.categories and "ad" not in after.categories)):
            if not after.watched:
                sys.exit(f"excused but not watched: {text}")
            through.append(text)
    OUT.write_text(HEADER + "".join(f"{text}\n" for text in through), "utf-8")
    print(f"{len(through)} lines through the decision -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
