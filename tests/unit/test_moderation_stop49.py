"""Stop 49: two commercial cues that are also everyday words, measured and withdrawn; what a
review of them found in what shipped, measured and withdrawn too; a victim's 骗的; allowlist
2027.01.05.

接送 (parents' own school run: 家长接送 · 接送娃 · 拼车接送) and 收购 (a co-op's buying point or
number: 收购点 · 收购站 · 收购电话) were made no cues in those shapes.  Over every labelled line
they freed 16 blind benign lines (holdouts 25-433) and changed no labelled ad and no review line.
A white-box review then wrote 80 ads in those shapes and got all 80 through (the code before
rejected every one): a trade's 收购电话 with its number (金店收购电话 138…，老金旧首饰当面称重),
收购点 read as "buy some" (想收购点老银元), 包接送孩子 and 机场接送日夜 slipping past the
look-arounds, an official-looking grain station (农业局指定收购点…登记 135…) — the model alone
was left to read them, and it says nothing when a payment phrase is in the text (微信转账 ·
扫码付款).  Withdrawn; the review's 120 lines are kept here
(``tests/data/stop49_review_lines.jsonl``): its attacks stay flagged, its benign lines still
flagged are strict xfails.

Also measured and withdrawn: that review found the model's ad head silent beside any payment
phrase (微信转账 · 收款码), so a sale told with its price, a phone and how it is paid passes
when no cue word is in it (自家种的砂糖橘，十斤八十，微信转账，电话 138…).  Letting the head read
such a text when a number is given with it changed no labelled line, but a second review's 70
members' lines and 30 sellers' ads showed the shape shared: 18 notices newly flagged (a co-op's,
a school's or a property office's collection at a unit price: 合作社统一订的地膜，一卷九十五，
要的登记，微信转账给会计，电话…) against 9 ads newly caught.  Its 100 lines are kept here too.
"""

from __future__ import annotations

import pytest
from moderation_cases import (
    assert_flagged,
    assert_flags,
    assert_passes,
    review_case_id,
    review_cases,
)

from streams.detect.drainage import has_commercial_cue
from streams.detect.normalize import normalize


@pytest.mark.parametrize("line", review_cases("stop49_review_lines.jsonl", "attack"),
                         ids=review_case_id)
def test_the_reviews_ads_stay_flagged(line: dict[str, str]) -> None:
    assert_flagged(line["text"])


@pytest.mark.parametrize("line", review_cases("stop49_review_lines.jsonl", "benign"),
                         ids=review_case_id)
def test_the_reviews_members_lines_pass(line: dict[str, str]) -> None:
    assert_passes(line["text"])


@pytest.mark.parametrize("text", ["合作社收购电话 0851-84126677", "明天接送娃", "包接送孩子",
                                  "想收购点老银元"])
def test_the_words_stay_cues_in_every_shape(text: str) -> None:
    assert has_commercial_cue(normalize(text).text)


# A victim's own story told with 骗的 (我是去年被“考研内部押题”骗的，交了1680…: holdout 426) reads as
# one told with 骗了 · 骗过 (two blind lines, no other labelled line changes); a pitch after it
# keeps its flags.
@pytest.mark.parametrize("text", [
    "我是去年被“考研内部押题”骗的，交了1680，拿到的就是网上随便能下的资料，退款找不到人",
    "我姐就是被那种“征信修复”骗的，说交三千就能把逾期记录删掉，结果人直接拉黑",
])
def test_a_victims_story_told_with_pian_de_passes(text: str) -> None:
    assert_passes(text)


def test_a_task_pitch_after_a_victims_story_stays_flagged() -> None:
    assert_flagged("我是被“刷单返利”骗的，现在做正规的了，日结两百，想做的私我")


# Allowlist 2027.01.05: mahjong played big and Japan's police boxes (holdouts 438 and 440); the
# words stay risky elsewhere.
@pytest.mark.parametrize("text", [
    "听说5栋那几个打大麻将的被派出所端了，一晚上几万的输赢，咱们就图个乐呵哈",
    "有人在池袋丢钱包了吗？我在西口交番看到有人送了一个红色的，你们去问问",
])
def test_big_mahjong_and_a_police_box_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), [
    ("大麻到货了，要的私我", "drugs"),
    ("口交视频合集，私我发你", "porn"),
])
def test_the_words_outside_those_phrases_stay_risky(text: str, category: str) -> None:
    assert_flags(text, category)
