"""Stop 49: two commercial cues that are also everyday words of the groups that flag them.

- 接送: parents arranging their own school run (家长接送 · 接送娃 · 换一下接送日 · 拼车接送) with
  their number are no shuttle service; 机场接送 · 包接送 · 接送加辅导 stay cues.
- 收购: a co-op's or a grain station's buying point, its price or its number (收购点 · 收购站 ·
  收购价 · 收购电话 · 收购商 · 收购单) is what farmers talk about; 收购X (收购玉米小麦 · 高价收购 ·
  长期收购 · 上门收购) is a buyer's offer and stays a cue.

Over every labelled line (holdouts 1-433, the eval and training sets, every review file) these
free 20 blind benign lines and change no labelled ad and no review line; one doxxing line that
only its ad flagged (发一下那个收购商的个人信息：…QQ…) now passes, as a privacy miss it was.
"""

from __future__ import annotations

import pytest
from moderation_cases import assert_flags, assert_passes

from streams.detect.drainage import has_commercial_cue
from streams.detect.normalize import normalize


@pytest.mark.parametrize("text", [
    "我电话13917284460，明天接送娃有变动的话直接打我",
    "我和小雨妈妈换一下接送日吧，周二我来，周四你来，我电话 13588092751",
    "想找住城东的家长拼车接送，我电话 15807361234",
    "家长接送请走侧门，正门在修，保安室电话 021-50847712",
    "粮站收购电话 0391-7236580，有问题直接问",
    "今年晚稻收购价一块四一斤，粮站电话0731-84561230，大家可以先问问",
    "收购站老板说明天来码头收蚝，要卖的直接打他 138 2245 6701",
])
def test_a_members_school_run_or_a_buying_points_number_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "专车机场接送，一口价，电话13858093316",
    "小学全科托管 接送加辅导 一个月1500 微信tuoguan_mama",
    "驾校暑假学生价两千八，包接送，教练电话15857126642",
    "收购玉米小麦，价格高于市场价，上门收现结，电话 15837260412",
    "高价收购老版象棋书 电话 13520087746",
    "常年收购淘汰母羊、残羊，价高现结，电话 13805346627",
])
def test_a_shuttle_or_a_buyers_offer_with_a_number_stays_an_ad(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize(("text", "cue"), [
    ("家长接送请走侧门", False),
    ("明天接送娃", False),
    ("机场接送", True),
    ("包接送", True),
    ("合作社收购点", False),
    ("收购价会涨", False),
    ("高价收购土鸡", True),
    ("收购二手车", True),
])
def test_which_uses_of_the_words_are_cues(text: str, cue: bool) -> None:
    assert has_commercial_cue(normalize(text).text) is cue
