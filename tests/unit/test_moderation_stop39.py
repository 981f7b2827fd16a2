"""Stop 39's round on holdouts 306-313 (blind sets written to ``bench/holdout_brief.md``).

Kept: allowlist 2027.01.01, everyday words that hold a term written with a repeat.  The lexicon
view collapses repeats, so 手机机主 is 手机主 there and matched 旧手机主板 (holdout 309, benign);
牛牛局, 时时彩 and 分分彩 matched 牛局长, 同时彩排 and 部分彩色 the same way.

Withdrawn after a white-box review, whose 200 attack lines (all flagged by the older code) are
kept here and must stay flagged:
- a hit of such a term needing a run in the message: the short forms are real variants (五分彩 ·
  斗牛局 · 重庆时彩 · 牛红包 · 这期包中 · 下毒死), 45 of 51 got through;
- allowlist phrases for a rescue (跳河救人 · 跳河救了落水): one's own attempt told (前年跳河救出来，
  现在又撑不下去了) and spaces taken out (今晚就去跳江 救人的别来了), 34 of 49;
- 手机掉水里 as a ``confirm`` term (完了完了，手机掉水里了，今天接不了单): the scam's first message
  gives the new number and asks nothing yet, 27 of 50;
- 参加 / 增加 before 卫星 or 企鹅 (参加企鹅馆): allowlist phrases are normalised like messages, so
  they cleared every spelling (炒股的参加威信群 · 有需要的增加薇信), 39 of 50.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from moderation_cases import assert_flagged, assert_flags, assert_passes

REVIEW_LINES = [json.loads(line) for line in (
    Path(__file__).resolve().parents[1] / "data" / "stop39_review_lines.jsonl"
).read_text("utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("text", [
    "旧手机主板有人收吗，含金量高不高？",  # holdout 309
    "我手机主题换了个新的，你们看好看不",
    "牛局长明天来检查，大家把卫生搞好",
    "晚会同时彩排两个节目，大家早点到",
    "部分彩色打印，部分黑白，一共四十页",
])
def test_everyday_words_holding_a_repeated_term_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), [
    ("查手机机主信息，姓名住址都有", "privacy"),
    ("重庆时时彩计划群，稳赚不赔，跟着下就完事", "gambling"),
    ("兄弟们三分彩这把买大还是买小", "gambling"),
    ("今天斗牛局谁组，老地方", "gambling"),
])
def test_the_terms_and_their_short_forms_still_flag(text: str, category: str) -> None:
    assert_flags(text, category)


@pytest.mark.parametrize("line", REVIEW_LINES, ids=lambda line: line["text"][:24])
def test_the_reviews_attacks_stay_flagged(line: dict[str, str]) -> None:
    assert_flagged(line["text"])
