"""Scoring the Moderator on a hand-labelled JSONL set (shared by the eval test and bench/).

Each line is ``{"text", "categories": [...], "contacts": [{"kind", "value"}]}``; ``[]`` means
benign.  Each text is classified on its own, as a text message from a long-standing member, by
the same ``Moderator.classify`` the workers run.  Its categories are the prediction; any verdict
other than ``pass`` on a benign line counts as a false alarm.  Contacts are scored for the
drainage kinds (WeChat, QQ) only.  "Risk" is any category other than ``ad``/``custom``/``flood``
at line level (predicted risk vs labelled risk, whichever category).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from streams.detect.lexicon import CATEGORIES, Lexicon
from streams.detect.moderation import Message, Moderator, Verdict

DRAINAGE = frozenset({"wechat", "qq"})
RISK = CATEGORIES - {"ad", "custom"}


@dataclass
class Scores:
    per_cat: dict[str, Counter[str]] = field(default_factory=dict)
    risk: Counter[str] = field(default_factory=Counter)  # line level, any risk category
    benign: int = 0
    flagged_benign: int = 0
    contacts: Counter[str] = field(default_factory=Counter)
    # (text, wanted categories, got categories, contacts wanted xor got)
    mistakes: list[tuple[str, list[str], list[str], list[tuple[str, str]]]] = field(
        default_factory=list
    )

    def category(self, cat: str) -> tuple[float, float]:
        c = self.per_cat.get(cat, Counter())
        return prf(c["tp"], c["fp"], c["fn"])

    def micro(self) -> tuple[float, float]:
        tot = Counter[str]()
        for c in self.per_cat.values():
            tot.update(c)
        return prf(tot["tp"], tot["fp"], tot["fn"])

    def risk_pr(self) -> tuple[float, float]:
        return prf(self.risk["tp"], self.risk["fp"], self.risk["fn"])

    def contacts_pr(self) -> tuple[float, float]:
        return prf(self.contacts["tp"], self.contacts["fp"], self.contacts["fn"])

    @property
    def benign_rate(self) -> float:
        return self.flagged_benign / self.benign if self.benign else 0.0


def prf(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)


def load_rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def line_verdict(moderator: Moderator, text: str) -> Verdict:
    """A labelled line's verdict: the line as a text message from a long-standing member (the
    eval test, the holdout bench and the tools in ``bench/`` all read lines so)."""
    return moderator.classify(Message("e", 0, "g", "u", "text", text))


def predict(moderator: Moderator, text: str) -> tuple[set[str], set[tuple[str, str]], bool]:
    verdict = line_verdict(moderator, text)
    contacts = {(c.kind, c.value) for c in verdict.contacts if c.kind in DRAINAGE}
    return set(verdict.categories), contacts, verdict.verdict != "pass"


def score(rows: list[dict[str, object]], lexicon: Lexicon | None = None) -> Scores:
    lexicon = Lexicon.load() if lexicon is None else lexicon
    s = Scores()
    for row in rows:
        text = str(row["text"])
        want = set(row["categories"])  # type: ignore[call-overload]
        want_c = {(c["kind"], c["value"]) for c in row["contacts"]  # type: ignore[attr-defined]
                  if c["kind"] in DRAINAGE}
        # a fresh Moderator per line: no flood/duplicate state leaks between lines
        got, got_c, flagged = predict(Moderator(lexicon), text)
        for cat in want | got:
            c = s.per_cat.setdefault(cat, Counter())
            c["tp" if cat in want and cat in got else "fp" if cat in got else "fn"] += 1
        want_r, got_r = bool(want & RISK), bool(got & RISK)
        if want_r or got_r:
            s.risk["tp" if want_r and got_r else "fp" if got_r else "fn"] += 1
        if not want:
            s.benign += 1
            s.flagged_benign += flagged
        s.contacts["tp"] += len(want_c & got_c)
        s.contacts["fp"] += len(got_c - want_c)
        s.contacts["fn"] += len(want_c - got_c)
        if want != got or want_c != got_c:
            s.mistakes.append((text, sorted(want), sorted(got), sorted(want_c ^ got_c)))
    return s


def report(s: Scores) -> list[str]:
    """The table printed by the eval test and the holdout bench."""
    lines = [f"{'category':10} {'prec':>5} {'rec':>5}  tp fp fn"]
    for cat, c in sorted(s.per_cat.items()):
        p, r = prf(c["tp"], c["fp"], c["fn"])
        lines.append(f"{cat:10} {p:5.2f} {r:5.2f} {c['tp']:3} {c['fp']:2} {c['fn']:2}")
    p, r = s.micro()
    cp, cr = s.contacts_pr()
    ap, ar = s.category("ad")
    rp, rr = s.risk_pr()
    lines.append(f"{'micro':10} {p:5.2f} {r:5.2f}   contacts {cp:.2f}/{cr:.2f}")
    lines.append(f"ads  P {ap:.3f} R {ar:.3f}   risk P {rp:.3f} R {rr:.3f}   "
                 f"benign flagged {s.benign_rate:.1%} ({s.flagged_benign}/{s.benign})")
    lines += [f"  miss: {m}" for m in s.mistakes]
    return lines
