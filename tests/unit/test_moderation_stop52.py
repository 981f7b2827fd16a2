"""Stop 52: stop 47's decision read in the other everyday spellings of its questions and
refusals, and more public desks by name.

Stop 47 decided that a long-standing member's warning or "is this real?" question naming a
scam's contact in someone else's words passes, watched (``_scam_contact_warned``).  Its cue list
held 靠谱吗, 是真的吗, 别加 …, and the blind authors keep writing the same questions otherwise:
这靠谱不？ · 有人收到这种短信吗 · 是咱厂的活动吗 · 我没理 · 没敢点.  Each spelling is read only
where it ends its clause or opens it, so the seller's phrases that share its words stay what they
were (质量靠谱不贵 · 运费我没加 · 别扫码了，直接加… · 有谁收到货了吗).

The claim, checked line by line: the spellings add no door.  Every attack of the reviews that
passes through one of them has a twin in a listed spelling (靠谱吗 · 是真的吗 · 有人也收到 · 别加)
that passed before; they are the decision's stated cost, listed in
``tests/data/stop47_decision_through.txt`` and watched like the rest
(``tests/data/stop52_review_lines.jsonl`` holds the two reviews' lines).

The public desks (``_PUBLIC_DESK_RE``): a landline after 血站 · 防疫站 · 保健站 · 气象站 … is
passed on like one after 卫生站, with the same guards: a mobile number, a price or a sale beside
it keeps the ad, and a trade's service sold under the name (上门灭鼠，随叫随到 · 代办 · 开班 ·
补贴) is a sale too.  The bodies a withdrawn reading lent to sellers (残联 · 工会 · 车管所) stay
out.
"""

from __future__ import annotations

import pytest
from moderation_cases import (
    LEXICON,
    assert_flagged,
    assert_passes,
    review_case_id,
    review_cases,
)

from streams.detect.moderation import Message, Moderator


def _watched_without_ad(text: str) -> None:
    verdict = Moderator(LEXICON).classify(Message("e1", 0, "g1", "u1", "text", text))
    assert verdict.verdict == "pass" and verdict.watched, (text, verdict.categories)


@pytest.mark.parametrize("text", [
    # blind authors' lines (holdouts 245, 256, 163, 98, 244, 506, 507, 513)
    "有人知道这个号码吗 0898-6612 3345 ，打给我说是果品收购商要先交订金，靠谱不？",
    "有人收到“ETC认证失效”短信没？链接是 etc-gxrz.com，我差点点进去",
    "刚刚有个自称医保局的打电话，让我加QQ核实报销，我没加，号码0755-66583201，大家注意",
    "有人收到过'医保局'短信说医保卡冻结吗？让点 http://ybj-gov.top 解冻，我没敢点",
    "群友们，刚有人加我说是“雪场官方”要我扫码领保险，码上写的是 http://xcbx.top/claim ，我没扫，大家看到别扫",
    "问下，那个“阿胶溯源码扫码领红包”的 ejiao-hb.cn 是咱厂的活动吗？没听说过啊",
    "这个短信说「您的ETC已失效，请点击 etc-gx.top 认证」，有人收到过吗？",
    "快帮我查查这个网址 jxsuanjia.com 是不是官方报价网站？朋友发我的",
])
def test_the_decisions_questions_and_refusals_in_other_spellings_pass_watched(text: str) -> None:
    _watched_without_ad(text)


@pytest.mark.parametrize("text", [
    # the words of a question or a refusal, not ending or opening their clause
    "质量靠谱不贵，老客都回购，微信 chaye_laodian 订货",
    "运费我没加，一分钱不赚，团购群加我vx tuangou_88",
    "别扫码了，直接加这个vx：quan_fuli 领满减券",
    "有谁收到货了吗？第二批团购今晚截单，要的加我微信 tuan_zhang01",
    "谁接过这种活谁知道多轻松，打字录入日结，这个qq 2233445566",
    "没敢转钱的姐妹放心，货到付款，这个vx: hdfk_001",
    "有人收过旧手机吗？高价回收旧手机旧电脑，这个vx hs_shouji 上门",
    # a listed question with the sender's own offer stays flagged as before
    "这个靠谱不？我们公司专做代还信用卡，他vx dh_777",
])
def test_a_sellers_words_that_share_a_spelling_stay_flagged(text: str) -> None:
    assert_flagged(text)


@pytest.mark.parametrize("text", [
    "血站咨询电话 0755-83352211 周一到周五都有人接",
    "新生儿疫苗接种改到周四了，家长有问题让他们打保健站咨询电话 0514-84512120",
    "区动物防疫站电话0571-87063321，狂犬疫苗下周六集中免费打，记得带狗证",
    "都说今年要下冰雹，保险买了没？农保站电话0917-4512008",
])
def test_a_public_desks_landline_passed_on_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "保健站咨询电话 13591287654，工作日上班时间打",  # a mobile is a person's
    "血站咨询电话 0755-83352211，献血送500元购物卡",  # something given for it
    "防疫站的电话 0571-86654321，上门灭鼠灭蟑，随叫随到",  # a trade's service
    "气象站咨询电话 0571-86012345，防雷检测报名立减200",  # a sale
])
def test_a_desks_name_beside_a_mobile_or_a_sale_keeps_the_ad(text: str) -> None:
    assert_flagged(text)


@pytest.mark.parametrize("line", review_cases("stop52_review_lines.jsonl", "attack",
                                              through="a pitch in a question's or a refusal's "
                                                      "words that passed before this stop"),
                         ids=review_case_id)
def test_the_reviews_pitches_stay_flagged_or_are_the_decisions_cost(line: dict[str, str]) -> None:
    assert_flagged(line["text"])


@pytest.mark.parametrize("line", review_cases("stop52_review_lines.jsonl", "benign"),
                         ids=review_case_id)
def test_the_reviews_members_lines_pass(line: dict[str, str]) -> None:
    assert_passes(line["text"])
