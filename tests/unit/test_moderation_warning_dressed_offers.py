"""Offers written in a warning's words stay flagged.

``tests/data/innocent_head_attacks.jsonl``: 800 ads, scams and other risk lines that three
reviews wrote on 2026-12-05 to get a learned "innocent" head past the rules (有人问冰毒哪里能
搞到，说一下，…报“老周”就给，别被骗了哈哈 · 大家小心骗子！我们才是正规渠道，要办的加我vx…);
the head was not shipped (``bench/innocent_head.py``).  What ships flags 714 of them; the rest
are in words no rule reads (q我, 报暗号 beside slang, a place and a password).  A change that
lets the rules themselves be bought by warning words fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

from streams.detect.lexicon import Lexicon
from streams.detect.moderation import Message, Moderator

ATTACKS = Path(__file__).resolve().parents[1] / "data" / "innocent_head_attacks.jsonl"
MIN_FLAGGED = 690  # of 800; 714 on 2026-12-05; 707 with the model's doubt (stop 35, AD_DOUBT);
# 691 with the decision on warned contacts (stop 47: 16 more pass, watched)


def test_offers_in_warning_words_stay_flagged() -> None:
    lexicon = Lexicon.load()
    rows = [json.loads(line) for line in ATTACKS.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 800 and all(row["categories"] for row in rows)
    passed = [row["text"] for row in rows
              if Moderator(lexicon).classify(
                  Message("e", 0, "g", "u", "text", row["text"])).verdict == "pass"]
    assert len(rows) - len(passed) >= MIN_FLAGGED, passed[:20]
