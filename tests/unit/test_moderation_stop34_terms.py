"""Stop 34's round on holdouts 234-257 (blind sets written to ``bench/holdout_brief.md``).

Kept: lexicon 2026.12.31, spellings of those batches' risk lines that no term had — a request
for porn pictures (发张黄图 and its four forms), 全luo, 全裸跳舞, Cantonese ketamine (k仔, with
the model's agreement) and football betting (赌波, like 赌球).

Withdrawn after two white-box reviews, whose 600 benign lines (all passed by the older code)
are kept here:
- a reading of drugs named by emoji (🍃 🌿 ❄️ 🧊 🍬 💊 🍄 with a word of taking, effect or trade):
  its first version flagged 279 of 318 benign emoji lines (🍃 今年的碧螺春到货了 · 🍬 孩子们玩嗨了),
  its narrowing (the emoji right after a verb of taking it, or all that is needed) 161 of 249
  (溜了🍃 the sign-off · 溜🧊 skating · 嗑了两颗💊 a prescription · 需要🍁的宝子留言);
- the terms 三串一 · 四串一 · 五串一 (三串一共多少钱), 溜bing · 吸bing (skating), 看a片 (an X-ray's film
  A), luo照 (Luo's photo), 扎金花 (a family's card game), 全裸写真 · 全裸拍摄 (a rumour denied),
  可全裸 · 拍到全裸, 萝莉御姐, 大小球, 3p视频.

Eight review lines the kept terms flag are known false alarms (strict xfail): warnings against
赌波 (as the older 赌球 flags them), 黄图片 for a yellow picture, 全luo as the Luo family; six more
are read as risk or an ad by model 2026.12.06-1, which this stop ships (🍬 孩子们玩得嗨 ·
我先溜了🍃，你们继续嗨: ``moderation_cases.MODEL_1206_FLAGS``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from moderation_cases import MODEL_1206_FLAGS, assert_flags, assert_passes, classify

REVIEW_LINES = [json.loads(line) for line in (
    Path(__file__).resolve().parents[1] / "data" / "stop34_review_lines.jsonl"
).read_text("utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize(("text", "category"), [
    ("发点黄图来，群里太冷清了", "porn"),
    ("夜班太寂寞，谁发点黄图提提神", "porn"),
    ("发几张黄图提提神，今天太困了（图）", "porn"),
    ("群里发个黄图，太刺激了，女的全脱了👙", "porn"),
    ("约拍私房，可以全luo，价格另议，滴滴我", "porn"),
    ("刚发了个视频，美女全裸跳舞，太刺激了", "porn"),
    ("今晚又想啪啲K仔，好耐冇high过", "drugs"),
    ("咁多K仔喺度派嘢，你哋要唔要试下", "drugs"),
    ("赌波赌到冇晒钱，但系今晚法国对西班牙我一定要买", "gambling"),
    ("有冇兄弟想玩下赌波？我有个庄家嘅线，私我", "gambling"),
])
def test_a_term_of_the_round_flags_its_line(text: str, category: str) -> None:
    assert_flags(text, category)


@pytest.mark.parametrize("text", [
    # the allowlist's words around the kept and the withdrawn terms
    "能帮我发张黄图层的截图吗",
    "设计稿发张黄图案的看看",
    "我个仔上年俾人带去食K仔，而家仲喺戒毒所，大家睇实自己啲细路",
    "羊肉串三串一共多少钱",
    "周末带孩子去溜bing场，冰场人不多",
    "下午去看A片区的那套房子，学区还行",
    "给Luo照一张证件照，明天要交",
    "春节回家亲戚又拉着扎金花，我只负责嗑瓜子",
    "溜了溜了🍃明天还要上班",
    "头疼得厉害，嗑了两颗💊躺下了",
])
def test_a_word_the_reviews_used_passes(text: str) -> None:
    assert_passes(text)


def test_pukzai_is_an_insult_not_ketamine() -> None:
    # 仆街仔 spelt in letters (holdout 237): abuse, as before, and no drugs from k仔
    assert classify("你个 p u k 仔，冚家铲，出街小心啲")[1] == ("abuse",)


@pytest.mark.parametrize("line", [
    line if line["expect"] == "pass" else pytest.param(line, marks=MODEL_1206_FLAGS)
    for line in REVIEW_LINES if line["expect"] in ("pass", "model_flags")],
    ids=lambda line: line["text"][:12])
def test_the_reviews_benign_lines_pass(line: dict[str, str]) -> None:
    assert_passes(line["text"])


@pytest.mark.xfail(strict=True, reason="a kept term in a benign line (stop 34's review)")
@pytest.mark.parametrize("line", [r for r in REVIEW_LINES if r["expect"] == "known_false_alarm"],
                         ids=lambda line: line["text"][:12])
def test_a_kept_term_in_a_benign_review_line_is_a_known_false_alarm(
        line: dict[str, str]) -> None:
    assert_passes(line["text"])
