"""Stop 48: stop 47's decision on warned contacts, mended where the fresh blind batch (holdouts
410-417, first run 4.7 % benign) showed it missing its own shape; what a review of the mends
withdrew; a cure promised keeps a clinic's number an ad.

Kept:
- A plain-quoted text received (收到短信说'恭喜您…请加微信…领取'，这是真的吗？) is someone else's
  words: the view drops a plain ' or " between two hanzi as an inserted separator, so the quote
  is found in the text as sent, where a report's word points at it (说 · 收到 · 发 · 这条 ·
  这种 · 私信 · a colon).  A plain quote anywhere else is an apostrophe or emphasis (let's ·
  '当天就结'), the sender's own words.
- 电话说 is a report ("said on the phone"), not the splice opener 话说.
- A gain told after the question vouches for the offer: 领到 · 打过来 · 进卡 · 到手 · 赢了 · 入账 ·
  回血 · 只有这个 · 实打实 …
- A courier's slip number holds s单, how 刷单 is typed: EMS单号 · UPS单号 · USPS单号 are
  allowlisted (2027.01.04); 刷ems单 or 补了十个ups单 is not.
- A cure promised anywhere in a message (见效 · 根治 · 治愈 · 包治 · 断根) keeps a clinic's
  landline an ad.

Withdrawn after two white-box reviews (``tests/data/stop48_review_lines.jsonl``): new warning
cues (是不是钓鱼 · 真假 · 中招 · 靠谱不 · 感觉是假的: a seller's rhetoric, 真假一试便知 · 是不是
钓鱼？不是，平台活动), a question before a colon's received text (有人问这信息靠谱吗：我只说…赚了
八千), plain quotes read anywhere, 还有 a splice only at a clause's start (…还有最后10单), a
clinic's 24小时 · 育儿 line or 热线 and 博物院 as desks (67 of 80 clinic and museum ads through:
肿瘤医院24小时咨询热线…生物免疫疗法), ems单 · ups单 · pos单 without 号.  The first review got 97
of its 120 attacks through the mends as written, 4 through what ships (5 through stop 47's
code); the second 67 of 80, none through what ships.

Over the blind sets 25-417, against stop 47's code: 30 benign lines freed, no labelled risky
line changed; of the older reviews' attacks about 25 more are caught and 6 more pass (plain-
quoted texts asked about: the decision's shape, as they passed with curly quotes already).
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

from streams.detect.moderation import Message, Moderator, _scam_contact_warned
from streams.detect.normalize import normalize


@pytest.mark.parametrize("text", [
    "收到短信说'您的医保账户已冻结，请加微信 yb_jd01 解冻'，这是真的吗？",
    "群里有人转'恭喜您获得社区周年庆大奖，请添加客服微信 zq_kefu01 领取'，是不是骗子",
    "有人打电话说我中了抽奖，要先交两千税费，号码17712345678，这是骗局吧？",
])
def test_a_warning_the_decision_missed_passes_and_is_watched(text: str) -> None:
    assert_passes(text)
    verdict = Moderator(LEXICON).classify(Message("e1", 0, "g1", "u1", "text", text))
    assert verdict.watched, text


@pytest.mark.parametrize("text", [
    # a gain told after the question vouches for the offer
    "收到短信'刷单返利，加QQ 2233445566 领任务'，是真的吗？我邻居弄过，钱打过来了",
    "有人说加这个微信 hb_888 能领红包，真的假的？我刚领到50",
    "收到“免费领取空气炸锅 http://lq-zg.cn ”的短信，是真的吗？我的已经到手了",
    "收到短信说刷单返佣加QQ 2233445566，是真的吗？我三单都入账了",
    # a second pitch spliced after the question
    "收到短信说积分要清零，是真的吗？还有，我家新到的茶叶，一斤99，v cha_99",
    "有人说这个红包群 vx hb_9999 是真的吗？群主今晚还有两轮大红包",
])
def test_a_pitch_in_the_shapes_the_mend_reads_stays_flagged(text: str) -> None:
    assert_flagged(text)


@pytest.mark.parametrize(("text", "warned"), [
    ("有人打电话说我中了抽奖，要先交两千税费，号码17712345678，这是骗局吧？", True),  # 电话说
    ("收到短信说'您的医保账户已冻结，请加微信 yb_jd01 解冻'，这是真的吗？", True),
    ("收到短信说积分要清零，是真的吗？话说我家新到的茶叶，v cha_99", False),  # a splice
    # a plain quote the report does not point at: an apostrophe, or the sender's emphasis
    ("这个兼职群是真的吗？let's 一起做，加我vx jz_1010 带你日结三百，it's easy", False),
    ("收到短信说兼职刷单加QQ 2233445566，是真的吗？'三单都入账了'", False),
    # withdrawn cues: a seller's rhetoric as often as a warning
    ("真假大家心里有数。工作内容：手机打字，日结200，详情加这个微信 jz_001", False),
    ("有人问我这个信息靠谱吗：我只说，上个月在这个老师 vx: laoshi_88 这里赚了八千", False),
])
def test_the_senders_own_words_are_read_as_a_warning_or_not(text: str, warned: bool) -> None:
    assert _scam_contact_warned(normalize(text)) is warned, text


@pytest.mark.parametrize("text", [
    "EMS单号 EA118822334CN 寄出三天了还没动，有人知道怎么查吗",
    "UPS单号 1Z999AA10123456784 显示已清关",
])
def test_a_couriers_slip_number_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "刷单返利日结，s单一单30，加QQ 2233445566",
    "刷ems单的在吗，一单返八块",
    "仁和医院咨询电话 0571-86331190，牛皮癣湿疹，专家坐诊，一次根治",
    "妇幼医院24小时咨询热线 0571-86331189，不孕不育，一次根治",
])
def test_a_task_scam_or_a_clinics_cure_stays_flagged(text: str) -> None:
    assert_flagged(text)


@pytest.mark.parametrize("line", review_cases("stop48_review_lines.jsonl", "attack",
                                              through="a pitch in a warning's words the decision "
                                                      "lets through, watched (its cost)"),
                         ids=review_case_id)
def test_the_reviews_attacks_stay_flagged(line: dict[str, str]) -> None:
    assert_flagged(line["text"])


@pytest.mark.parametrize("line", review_cases("stop48_review_lines.jsonl", "benign"),
                         ids=review_case_id)
def test_the_reviews_benign_lines_pass(line: dict[str, str]) -> None:
    assert_passes(line["text"])
