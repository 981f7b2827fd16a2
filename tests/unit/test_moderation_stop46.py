"""Stop 46: a scam told as received and judged, with no contact in the message, passes; an
idiom for making a scene is no hanging.

- 有人打电话说我的医保卡异常要配合调查，还让我把钱转到安全账户，我直接挂了 — the scam's fraud
  words after the telling are excused when the message names nobody to reach and ends in the
  sender's refusal, a warning or a firm judgment (``_scam_told_judged`` in
  ``streams/detect/moderation.py``); beside a contact the judged-approach reading still excuses
  only the ad.  A question (…，这是骗子吧？) is no verdict here.
- 一哭二闹三上吊 is an idiom (allowlist 2027.01.03).

Two white-box reviews are kept in ``tests/data/stop46_review_lines.jsonl``: the first got 54 of
its 123 scams through a version that took the judged-approach reading alone (an outcome before
the verdict, a crew's rhetorical 是骗子, others who paid, readers urged to comply, a place or a
name to go to, a question answered, a handle the contact reader does not take); the second got
85 of 188 through the guards written for those, nearly all ending in a question, which is no
verdict since.  None of their attacks is let through by this reading now; those still passing
("through", strict xfails) passed before it too.
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


@pytest.mark.parametrize("text", [
    "昨天有人打电话说我的医保卡异常要配合调查，还让我把钱转到安全账户，我直接挂了",
    "有人打电话说我的快递丢了要理赔，让我下个会议软件，我没下，大家小心",
    "今天接到个电话说我买的电饭煲要退款给我，让我下载会议软件共享屏幕，我直接挂了",
    "我爸接到电话说他医保卡被盗刷了，让把钱转到安全账户，还好我在家拦下了，大家小心",
])
def test_a_scam_told_and_refused_without_a_contact_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    # a question leaves the sender's stance open: the reviews dressed scams as questions
    "刚才接到个电话说我网购的台灯有质量问题要理赔，让我下个会议软件共享屏幕，是骗子吧？",
    "医保局打电话说医保卡冻结，先交手续费解冻，每户八十交给网格员，这是真的吗？",
    # paid, urged or sent somewhere, even with a refusal or a warning at the end
    "医保局打电话说医保卡冻结要先交手续费解冻，我们小区大多缴清了，我没理他",
    "医保局打电话说医保卡冻结，先交手续费，名额不多了，大家小心",
    "医保局打电话说医保卡冻结，先交手续费，下午去卫生院窗口交，我没理他",
])
def test_a_scam_told_and_only_asked_about_or_urged_stays_fraud(text: str) -> None:
    assert_flags(text, "fraud")


@pytest.mark.parametrize("text", [
    # what came of it, before the verdict
    "有人打电话说快递理赔，让我下载会议软件共享屏幕，我照做了，钱真的退回来了，是骗子吗？",
    "同事接到电话说中奖要先交个税，她交了两千，奖金真打过来了，是骗子吧？",
    # a crew's plan, its 是骗子 rhetorical; a word for easy prey
    "教你们一招，打电话说对方医保卡冻结了，要配合调查，十个老人九个不会怀疑是骗子",
    "冒充社保局打电话说要重新认证社保卡，老人最好骗了",
    # a place to go, a question answered, a handle the contact reader does not take
    "有人打电话说中奖要先交税，周六到人民路18号二楼领奖，是骗子吗？",
    "社区打电话说社保卡异常，要先交手续费重新认证，这是真的吗？是的",
    "收到短信说账户冻结要先交解冻费，tg @jd_help88，是骗人的吧？",
])
def test_a_scam_dressed_as_told_and_judged_stays_fraud(text: str) -> None:
    assert_flags(text, "fraud")


def test_an_illicit_service_told_stays_flagged() -> None:
    # (洗钱 names a crime sold or done, not only a scam's script: its term is not excused)
    assert_flagged("有人打电话说我涉嫌洗钱要配合调查，把钱转到安全账户，我直接挂了")


def test_the_idiom_for_making_a_scene_passes() -> None:
    assert_passes("孩子写作业一哭二闹三上吊，我真是服了")


def test_a_hanging_outside_the_idiom_stays_self_harm() -> None:
    assert_flags("我真想一死了之，上吊算了", "self_harm")


@pytest.mark.parametrize("line", review_cases("stop46_review_lines.jsonl", "attack",
                                              through="an attack that passed before stop 46 too"),
                         ids=review_case_id)
def test_the_reviews_attacks_stay_flagged(line: dict[str, str]) -> None:
    assert_flagged(line["text"])


@pytest.mark.parametrize("line", review_cases("stop46_review_lines.jsonl", "benign"),
                         ids=review_case_id)
def test_the_reviews_benign_lines_pass(line: dict[str, str]) -> None:
    assert_passes(line["text"])
