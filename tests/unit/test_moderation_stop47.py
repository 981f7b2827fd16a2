"""Stop 47: a member's warning about a contact, or question whether it is genuine, passes; the
contact is watched instead (a product decision, ``_scam_contact_warned`` in ``moderation.py``).

The narrow warning readings of stops 26-46 left about 400 such warnings flagged over the blind
sets 234-401; each reading that freed more was met by a white-box review's pitches in warning
words.  The decision: a long-standing member naming a contact in a warning or an "is this
real?" is not flagged for the scam's ad or fraud words when the contact stands in someone
else's words (after 收到短信说 · 他微信是 · a quotation, in its own sentence) and the sender
neither speaks for the offer nor vouches for it.  The message feeds campaign detection, so a
contact seeded this way in five groups is a campaign, and a newcomer's message keeps its
contact's ad hit.  The white-box pitches the reviews wrote in exactly that shape in one group
now pass, watched: ``tests/data/stop47_decision_through.txt`` lists the family tests' lines it
excuses, and their tests assert that (``moderation_cases.excused_by_decision``).

Two white-box reviews of the decision (``tests/data/stop47_review_lines.jsonl``) wrote 240
pitches a seeder would post that a reader takes as the sender's own offer, not a warning, and 160
members' warnings.  Through the first version went all 240 (骗子勿扰 · 这个是我vx · 其他渠道都是
骗子，认准… · 那些…是骗子，这个老师…); the guards written for them (the sender's own contact,
sales taglines, others warned against so that this one is endorsed, urging, vouching, a sold
service) leave 66 through and still pass 142 of the 160 warnings; over the blind sets 25-409 the
guarded version frees 436 benign lines (the version reviewed, 431) and no labelled risky line.
The 66 are the decision's cost; the attacks caught stay caught.  Stop 48 reads a plain-quoted
text received in the text as sent (the view drops a plain ' between two hanzi), 电话说 as no
splice, and 领到 · 打过来 · 进卡 · 到手 · 赢了 as vouching (``test_moderation_stop48.py``): 4
of the 66 are caught since, 62 through.
"""

from __future__ import annotations

import pytest
from moderation_cases import (
    LEXICON,
    assert_flagged,
    assert_flags,
    assert_passes,
    review_case_id,
    review_cases,
)

from streams.detect.moderation import Message, Moderator

MIN = 60_000

WARNINGS = [
    "大家小心，有人冒充物业加业主微信，说要交水电押金，微信号 wuye_shoufei88，千万别转",
    "收到条短信说我的宽带欠费要停机，让点 http://kd-jiaofei.top 缴费，这是真的吗？",
    "这是真的假的？群发的消息说免费领钓鱼竿，让加QQ 2837164950 登记地址",
    "注意了，那个说低价出二手摩托的，他电话 13712345678，收了定金就不见人，已经举报了",
    "有人收到过“您的快递已理赔，请联系客服领取”这种短信吗？上面留的电话 0755-88123456，我觉得不对劲",
    "别加那个vx：qiche_peijian666，说是厂家直销配件，我同事付了钱就被拉黑了",
]


@pytest.mark.parametrize("text", WARNINGS)
def test_a_members_warning_naming_the_scams_contact_passes_and_is_watched(text: str) -> None:
    assert_passes(text)
    verdict = Moderator(LEXICON).classify(Message("e1", 0, "g1", "u1", "text", text))
    assert verdict.watched and verdict.is_ad_like, text


def test_a_newcomers_warning_keeps_its_contacts_ad_hit() -> None:
    moderator = Moderator(LEXICON)
    moderator.member_joined("g1", "u9", 0)
    verdict = moderator.classify(Message("e1", 2 * MIN, "g1", "u9", "text", WARNINGS[0]))
    assert verdict.verdict != "pass" and "ad" in verdict.categories


@pytest.mark.parametrize("text", [
    # a pitch of the sender's with a warning tacked on: the contact is in no one else's words
    "二手车收购置换，当天过户，价格透明，电话 13956042187，大家别被骗了",
    "这是真的吗？承接婚礼跟拍，价格优惠，作品看微信 sheying_dawei888",
    # the sender speaks for the offer or vouches for it
    "有人发“减肥茶一个月瘦十斤，加微信 shoushen_mm 领试用装”是真的吗？我喝了一周瘦了三斤",
    "收到短信说积分要清零，是真的吗？另外我家新到的车厘子，一斤49，v clz_4949",
    "别信那些刷单的骗子，有需要的加我微信 zhengui_jianzhi 正规兼职",
    "国家反诈中心提醒：您被骗的资金可以全额追回，请添加追损专员微信 zhuisun_110",
])
def test_a_pitch_in_warning_words_of_the_senders_own_stays_flagged(text: str) -> None:
    assert_flagged(text)


@pytest.mark.parametrize(("text", "category"), [
    ("大家小心，有人私聊卖冰毒，说找他拿货，他微信 bing_laozhou888，别被骗了", "drugs"),
    ("这是真的吗？有人发网址 bc-365.top 说百家乐充一百送一百，能提现", "gambling"),
])
def test_other_risks_in_warning_words_stay_flagged(text: str, category: str) -> None:
    assert_flags(text, category)


@pytest.mark.parametrize("line", review_cases("stop47_review_lines.jsonl", "attack",
                                              through="a pitch in a warning's words the decision "
                                                      "lets through, watched (its cost)"),
                         ids=review_case_id)
def test_the_reviews_pitches_stay_flagged(line: dict[str, str]) -> None:
    assert_flagged(line["text"])


@pytest.mark.parametrize("line", review_cases("stop47_review_lines.jsonl", "benign"),
                         ids=review_case_id)
def test_the_reviews_warnings_pass(line: dict[str, str]) -> None:
    assert_passes(line["text"])
