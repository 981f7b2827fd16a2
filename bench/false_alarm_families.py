"""How far each family of benign false alarms stands between the blind sets and the < 3 % target.

    .venv/bin/python bench/false_alarm_families.py [FIRST LAST]     # default: 234 401

Reads every benign line of holdouts FIRST-LAST (the harder brief starts at 234) with what ships,
sorts each one flagged into a family by its categories, its rules and a few cue words, and prints
per family the lines and their share of the benign lines, then the rate left if the families
named in the product decisions passed (an oracle: every line of the family freed, none of the
attacks a reading of it would let through counted).  The families are a heuristic sort, good to a
few lines; the point is the order of magnitude each decision is worth.  Stop 46: on 234-401 no
single family brings 5.3 % under 3 %, and freeing the warnings that name a contact and the scams
told without one, both perfectly, still leaves 3.1 %.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from streams.detect.evaluate import line_verdict, load_rows
from streams.detect.lexicon import Lexicon
from streams.detect.moderation import Moderator

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
# someone else's scam warned about or asked after (a verdict, a question, a received message told)
_WARNING = re.compile(
    r"骗|假|小心|注意|警惕|当心|别信|别加|别点|别转|别上当|拉黑|举报|是真的吗|真的假的|是不是真|靠谱吗|"
    r"有人收到|有人接到|收到.{0,6}(?:短信|消息|电话|邮件)|接到.{0,4}电话|冒充|钓鱼|避雷|曝光")
_HEARSAY = re.compile(r"听说|新闻|据说|刷到|看到|报道|有个|有人")
_DESK = re.compile(r"(?<!\d)0\d{2,3}-?\d{7,8}|400-?\d{3}-?\d{4}|热线|电话|前台|客服")
WARNINGS = "a warning or a question naming a scam's contact"
SCAM_TOLD = "a scam told without a contact"
OWN_CONTACT = "a member's own contact"
RETOLD = "someone else's self-harm retold"
DESK = "a desk's or a public number"
NEWS = "a crime heard of or in the news"
OTHER = "other (jokes, hyperbole, single opinions of the model)"
# the families the product decisions of stops 35-46 are about, in the order they were weighed
DECISIONS = (WARNINGS, SCAM_TOLD, RETOLD, OWN_CONTACT, DESK)


def family(text: str, categories: set[str], rules: list[str]) -> str:
    by_contact = any(rule.startswith("contact:") for rule in rules)
    if categories == {"self_harm"} and _HEARSAY.search(text):
        return RETOLD
    if "ad" in categories and by_contact:
        if _WARNING.search(text):
            return WARNINGS
        return DESK if _DESK.search(text) else OWN_CONTACT
    if categories <= {"fraud", "ad"} and _WARNING.search(text):
        return SCAM_TOLD
    if categories & {"gambling", "drugs", "violence", "porn", "politics"} and _HEARSAY.search(text):
        return NEWS
    return OTHER


def main() -> None:
    first, last = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else (234, 401)
    lexicon = Lexicon.load()
    benign = 0
    families: Counter[str] = Counter()
    for number in range(first, last + 1):
        for row in load_rows(DATA / f"moderation_holdout{number}.jsonl"):
            if row["categories"]:
                continue
            benign += 1
            text = str(row["text"])
            verdict = line_verdict(Moderator(lexicon), text)
            if verdict.verdict != "pass":
                families[family(text, set(verdict.categories),
                                [hit.rule for hit in verdict.hits])] += 1
        print(f"\rholdout {number}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    flagged = sum(families.values())
    print(f"holdouts {first}-{last}: {flagged:,} of {benign:,} benign lines flagged "
          f"({flagged / benign:.2%}); under 3 % means at most {int(0.03 * benign - 1e-9):,}")
    for name, count in families.most_common():
        print(f"  {name:56s} {count:5,}  {count / benign:6.2%}")
    print("if these families passed, every line of them (an oracle), in turn:")
    left = flagged
    for name in DECISIONS:
        left -= families[name]
        print(f"  + {name:54s} -> {left / benign:6.2%}")


if __name__ == "__main__":
    main()
