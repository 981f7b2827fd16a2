"""Stop 41: a warning that tells someone else's post second-hand (有人在群里发"…"链接 · 群里有人说… ·
有人私聊说… · 收到"…"的短信 · 那个自称…的私聊我 · 有个"…"的网站) is read as an approach told
(``_HEARSAY_APPROACH_RE`` in ``streams/detect/moderation.py``) only when it also tells what came
of it (``_HEARSAY_OUTCOME_RE``): money paid and then the harm, an account stolen, a form left
unfilled, a denial, the post reported or removed.  With a judgment that closes the message, its
contacts and ad words are a warning's.  A seeder's bare shape — the pitch quoted with a question
or a "don't click" and nothing that happened — stays an ad (stop 36's reviews).

The reviews' lines are in ``tests/data/stop41_review_lines.jsonl``:
- the first review of the hearsay reading got 25 more of its 100 pitches through the first
  version (问了 · 核实 · 付完 alone · 被骗 inside 别被骗 carried them); those were taken out, and
  none of its pitches passes now that did not pass before (55 did and do);
- the second, against that version, got 16 more of its 80 through: sellers rebutting what is
  said about them (有人说我们不发货，没这回事，vx …), ids inside the quoted post (also in ASCII
  quotes, which the view drops: read on the message as sent), and plants that
  read exactly like a member's warning (有人私聊说低价转让球鞋，我转了之后就被删了，他qq …，大家
  别加).  The first two were closed; the 8 plants pass (44 through, 36 before), as a real warning
  of the same words does, and stay ``watched``: the same id in five groups is a campaign;
- a review of a reading of members' own contacts (我微信 …，要搭车的加我), withdrawn: 76 more of
  its 100 ads went through (82, against 6 before) on seller logistics words (统计 · 我发你 · 顺路 ·
  报名).
Lines the detector still gets wrong are strict xfails ("through": a pitch that passes;
"known_false_alarm": a benign line flagged)."""

from __future__ import annotations

import pytest
from moderation_cases import assert_flags, assert_passes, review_case_id, review_cases


@pytest.mark.parametrize("text", [
    # blind holdouts 338-345, which the reading was written from
    "有人在群里发“合唱团演出补贴领取”链接 http://hcq-bt.cn ，我问了团长，根本没这个补贴，别点",
    "群里有人说能'内部补录'马拉松名额，收我1500，我转了之后就被删了，对方微信 bulu_guanfang，大家小心",
    "提醒：最近有人发'马拉松完赛奖牌定制'链接 https://jiangpai-dz.shop ，付了钱不发货，别点",
    "大家小心，有人私聊说低价转让乐高，让先付款，他QQ 1928374650，我已经被骗了300",
    "说一下，有个“潜水装备清仓”的网站 divesale-outlet.shop，我下单两千多，付完款网站就打不开了，大家别上当",
    # and earlier sets'
    "前两天有人在群里发“加群领免费凉皮券”的链接，我点了要填身份证号，幸亏没填，大家别点",
    "⚠️骗子提醒：有人私聊说转让九成新推车，要先付定金，付完就拉黑，对方微信 mama_zhuanrang01，大家小心",
])
def test_a_warning_that_tells_what_happened_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    # the seeder's bare shape: a question or a "don't click", nothing that happened
    "群里有人发“您有一笔5万元备用金待领取，今日失效，联系李经理 13862957140 办理”，是不是骗子啊？",
    "注意！群里有人发「新人注册送100元话费，点击 http://hf100.vip 领取」，别点",
    # what the first review got through the first version: an asker's 问了 or 核实 carrying the
    # pitch, 被骗 inside the closing warning, a form filled "and then it was fine"
    "群里有人发“宝妈兼职 手机打字 日结200”微信 bm_dazi88 ，我问了，说根本没押金，大家别上当",
    "有人在群里发“信用卡代还 额度提升”微信 daihuan_777 ，付完手续费额度真涨了，大家注意别被骗",
    "有人在群里说会员卡转让，健身房年卡，微信 jsf_nianka ，我核实了，还有半年，是骗子吧 大家小心",
    "收到一条“ETC认证失效”的短信 etc-rz.top ，点进去要我填卡号，填完就好了，大家别被骗 etc-rz.top",
    # what the second got through it: a seller's rebuttal, an id inside the quoted post (in
    # ASCII quotes too, which the view drops: the message as sent is read for them)
    "有人说我们的减肥茶没效果，根本没这回事，wx jianfei_cha",
    "有人说“内部渠道考驾照包过，微信 jiaxiao_518”，我同事交了钱之后联系不上，大家别信",
    '有人说"内部渠道考驾照包过，微信 jiakao_88"，我同事交了钱之后联系不上，大家小心是骗子',
    "有人说'内部渠道考驾照包过，微信 jiakao_88'，我同事交了钱之后联系不上，大家小心是骗子",
])
def test_a_pitch_dressed_as_hearsay_stays_an_ad(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize("line", review_cases("stop41_review_lines.jsonl", "attack",
                                              through="a pitch the detector lets through"),
                         ids=review_case_id)
def test_the_reviews_pitches_stay_ads(line: dict[str, str]) -> None:
    assert_flags(line["text"], "ad")


@pytest.mark.parametrize("line", review_cases("stop41_review_lines.jsonl", "benign"),
                         ids=review_case_id)
def test_the_reviews_benign_lines_pass(line: dict[str, str]) -> None:
    assert_passes(line["text"])
