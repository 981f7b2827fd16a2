"""Stop 46: an idiom for making a scene is no hanging; a reading of a scam told as received and
judged, with no contact in the message, measured and withdrawn.

- 一哭二闹三上吊 is an idiom (allowlist 2027.01.03).
- A member telling a scam call or text they got and refusing it (昨天有人打电话说我的医保卡异常
  要配合调查，还让我把钱转到安全账户，我直接挂了) stays a fraud review: its scam words are the
  scam's.  A reading that excused them where the message names no contact and ends in a verdict
  freed 10 benign lines over the blind sets 25-393 with a question as the verdict, 6 without,
  and no labelled risky line, but three white-box reviews got 54 of 123, 85 of 188 and 63 of
  177 scams through its successive versions (an outcome before the verdict, a crew's rhetorical
  是骗子, others who paid, readers told where and when to pay, the sender the caller and the
  refusal the victim's, a hang-up taught as a rule, a refusal regretted).  Withdrawn; the
  reviews' 631 lines are kept in ``tests/data/stop46_review_lines.jsonl``: their attacks stay
  flagged, those passing already ("through", strict xfails) pass through older readings or no
  rule at all, and the benign lines still flagged are known false alarms.
- Those attacks showed a door in the judged approach itself (``_approach_judged``, stop 32): it
  reads what came of the approach only after its verdict, so a gain told before a closing
  question passes (有人加我说荐股，先交3000会员费，我抱着试试的心态交了，结果翻了一倍，是骗子吗？).
  Reading it from the telling on caught 11 of the reviews' attacks and changed no labelled line,
  but a fourth review newly flagged 39 of its 126 members' warnings (a victim's first small
  payout before the trap: 第一单真给了20块，第二单让我垫付3000就提现不了了; 提现的时候要交…;
  确实 · 还行 · 中了招) for 8 of its 83 testimonials caught: withdrawn too, its 207 lines kept in
  the same file.
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


def test_the_idiom_for_making_a_scene_passes() -> None:
    assert_passes("孩子写作业一哭二闹三上吊，我真是服了")


@pytest.mark.parametrize("text", [
    "我真想一死了之，上吊算了",
    "再逼我我就上吊给你们看",
])
def test_a_hanging_outside_the_idiom_stays_self_harm(text: str) -> None:
    assert_flags(text, "self_harm")


@pytest.mark.parametrize("text", [
    "昨天有人打电话说我的医保卡异常要配合调查，还让我把钱转到安全账户，我直接挂了",
    "今天接到个电话说我买的电饭煲要退款给我，让我下载会议软件共享屏幕，我直接挂了",
    "我爸接到电话说他医保卡被盗刷了，让把钱转到安全账户，还好我在家拦下了，大家小心",
])
@pytest.mark.xfail(strict=True, reason="a known false alarm: its reading was withdrawn (stop 46)")
def test_a_scam_told_and_refused_without_a_contact(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("line", review_cases("stop46_review_lines.jsonl", "attack",
                                              through="an attack no reading of stop 46 let "
                                                      "through: it passes without one"),
                         ids=review_case_id)
def test_the_reviews_attacks_stay_flagged(line: dict[str, str]) -> None:
    assert_flagged(line["text"])


@pytest.mark.parametrize("line", review_cases("stop46_review_lines.jsonl", "benign"),
                         ids=review_case_id)
def test_the_reviews_benign_lines_pass(line: dict[str, str]) -> None:
    assert_passes(line["text"])
