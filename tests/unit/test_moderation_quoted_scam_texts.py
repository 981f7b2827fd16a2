"""A scam's text received, quoted and questioned (stop 36, ``_quoted_and_questioned`` in
``streams/detect/moderation.py``).

Members paste the text they got and ask whether it is real, or warn the group about it; the
scammer's link is inside the quotation, so the rules read an ad and the model's
ad head, reading the quoted lure, has no doubt of it.  When every contact is inside a quotation
that lures (click, claim, verify…) and the short words around it name its source, question or
warn, and read no offer, the rules' ad is dropped (other categories stay: a phishing notice
pasted is still a fraud review) and the message stays watched for campaigns.  Links only: a
phone, WeChat or QQ in the quoted "scam" is what a seeder wants called.

Three white-box reviews are kept in ``tests/data/stop36_quote_review_lines.jsonl``: the pitches
each wrote to slip through (only those the previous code read as ads; "through" marks a strict
xfail), and the benign lines of the family each wrote (those still flagged, mostly as a fraud
review or for a lure the rule does not take as a scam's notice, are strict xfails).  The
first two reviews shaped the rule (169 of 196 and then 123 of 188 pitches the previous code
read as ads through earlier versions, none through stop 36's code); the third, fresh, got 87 of
160 through the version before links only, 23 through stop 36's code (a phishing link asked
about, 11 of them still a fraud or porn review; 22 since model 2026.12.07-1 of stop 42, which
reads one as an ad again); see docs/quality.md, Stop 36.  Later models' trades are listed in
``tests/data/stop38_model_traded.jsonl`` and after (``conftest.py``).
"""

from __future__ import annotations

import pytest
from moderation_cases import (
    LEXICON,
    assert_flags,
    assert_passes,
    excused_by_decision,
    review_case_id,
    review_cases,
)

import streams.detect.moderation as moderation
from streams.detect.moderation import Message, Moderator

# Written for these tests (the blind sets' lines of the family are in the holdouts).
ASKED = [
    "刚收到一条短信说“您的社保卡已冻结，请点击 http://sbk-jd.cc 解冻”，这是真的吗？",
    "我妈收到这个：“您的医保补贴已到账，点击 http://yb-butie.cc/lq 领取”，问我是不是真的",
    "有人收到过这种短信吗？「您的快递理赔已到账，点击 t.cn/Rk82Ma 领取」感觉不太对",
    "群里有人发'恭喜您获得店庆大奖，请点击 dq-jiang.cc 领取'，是不是骗子啊",
]
# Pitches the rule must leave to the rules: a trader's pitch quoted (no lure to click or
# claim), a contact outside the quotation, an invitation or an offer around it, no question
# or warning, words around it too long, a contact written evasively.
STILL_ADS = [
    "收到短信“家电维修上门，空调加氟清洗，电话13812345678”，是真的吗？",
    # a WeChat or QQ in the quoted "scam" is what a seeder wants called
    "群里有人发'恭喜您获得店庆大奖，请添加客服微信 dq_kefu888 领取'，是不是骗子啊",
    "这条是真的假的：“恭喜您被抽中幸运会员，添加客服QQ 2837461950 领取奖金”",
    "收到短信“您的积分即将清零，点击兑换”，是真的吗？兑换找我，微信 jf_duihuan88",
    "收到短信“恭喜中奖，添加客服微信 zj_kefu66 领取”，是真的吗？想要的私我",
    "收到短信“恭喜中奖，添加客服微信 zj_kefu66 领取”，是真的，我已经领了，大家快去",
    "我们店周年庆“恭喜您获得大奖，添加客服微信 zj_kefu66 领取”，名额有限",
    ("收到短信“恭喜中奖，添加客服微信 zj_kefu66 领取”，我们群里好几个人都去问过了，说是"
     "商场周年庆真送东西，人家客服态度也好，下午还有名额，你们也问问，是真的吗"),
    "收到短信“恭喜中奖，添加客服薇信 zj_kefu66 领取”，是真的吗？",
    # the same with a link: only the evasion is out of the reading's scope here, the rest is
    # what the words around the quotation say
    "收到短信“恭喜中奖，点击 zj-lq.cc 领取”，是真的吗？想要的私我",
    "收到短信“恭喜中奖，点击 zj-lq.cc 领取”，是真的，我已经领了，大家快去",
    "收到短信“恭喜中奖，点击 zj-lq.cc 领取”，是真的吗？我表姐已经领了",
    "收到短信“恭喜中奖，点击 zj-lq.cc 领取”，别怀疑，冲就完事",
    "我们店周年庆“恭喜您获得大奖，点击 zj-lq.cc 领取”，名额有限",
    "收到短信“家电维修上门，点击 http://jdwx-sm.cc 预约领取优惠”，是真的吗？",
    ("收到短信“恭喜中奖，点击 zj-lq.cc 领取”，我们群里好几个人都去问过了，说是商场周年庆"
     "真送东西，人家客服态度也好，下午还有名额，你们也问问，是真的吗"),
    "收到短信“恭喜中奖，点击 zj-lq.cc 领取”“另有礼品，点击 zj-lp.cc”，是真的吗？",
]


def verdict(text: str, *, joined_ms: int | None = None) -> moderation.Verdict:
    moderator = Moderator(LEXICON)
    if joined_ms is not None:
        moderator.member_joined("g1", "u1", joined_ms)
    return moderator.classify(Message("e1", 60_000, "g1", "u1", "text", text))


@pytest.mark.parametrize("text", ASKED)
def test_a_scam_text_quoted_and_questioned_loses_the_rules_ad(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as rules_alone:  # what the rules alone read (and before stop 47)
        rules_alone.setattr(moderation, "AD_DOUBT", 0.0)
        rules_alone.setattr(moderation, "_scam_contact_warned", lambda _text: False)
        assert "ad" in verdict(text).categories
    result = verdict(text)
    assert "ad" not in result.categories and result.verdict != moderation.REJECT
    assert result.is_ad_like  # still fed to campaign detection


@pytest.mark.parametrize("text", STILL_ADS)
def test_a_pitch_dressed_as_a_quoted_text_stays_an_ad(text: str) -> None:
    if not excused_by_decision(text):  # stop 47's cost: it passes, watched
        assert "ad" in verdict(text).categories


@pytest.mark.parametrize("text", ASKED[:2])
def test_a_newcomers_quoted_text_stays_an_ad(text: str) -> None:
    assert "ad" in verdict(text, joined_ms=0).categories


def test_a_phishing_notice_pasted_and_asked_about_passes_watched() -> None:
    # a fraud review until stop 47: the link stands in the quoted notice, asked about
    result = verdict("收到短信说“您的ETC已失效，请点击 etc-rz.cc 重新认证”，这是真的吗？")
    assert result.verdict == moderation.PASS and result.watched


@pytest.mark.parametrize("line", review_cases("stop36_quote_review_lines.jsonl", "attack",
                                              through="a pitch the quoted-text reading lets through"),
                         ids=review_case_id)
def test_the_reviews_pitches_stay_ads(line: dict[str, str]) -> None:
    assert_flags(line["text"], "ad")


@pytest.mark.parametrize("line", review_cases("stop36_quote_review_lines.jsonl", "benign"),
                         ids=review_case_id)
def test_the_reviews_benign_lines_pass(line: dict[str, str]) -> None:
    assert_passes(line["text"])
