"""Someone else who messaged or added the sender (有人私聊我…, 有陌生人加我…) is told about, not
asked for: 私聊我 / 加我 there is narrative, never the sender's "message me".  In every labelled
set such lines were benign (19 of 19).  The sender's own offer beside it keeps the ad."""

from __future__ import annotations

import pytest
from moderation_cases import assert_flags, assert_passes


@pytest.mark.parametrize("text", [
    "刚才有个陌生人私聊我说是群里的，问我借两千块，大家别上当",
    "有人私信我说能帮忙办信用卡，我没理，已经截图给群主了",
    "昨天有人加我说是小区物业的，要收什么维修基金，谁知道真假",
    "店里那个男的私聊我说要请我吃饭，我没理他",
])
def test_being_approached_is_no_ad(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "好多人私聊我问，我这里还有三个名额，需要的私聊我",
    "有人私信我问价格，统一回复：一套两百，包邮，要的私聊我",
])
def test_the_senders_own_offer_beside_it_stays_an_ad(text: str) -> None:
    assert_flags(text, "ad")
