"""A phone number in a post that exposes a person is that person's, not the sender's drainage,
even when a trade word describes the person (保险经理, 装修老板, 上门找他): ads cue words there
name who is exposed, not an offer.  Selling the data or a "message me" still makes it an ad."""

from __future__ import annotations

import pytest
from moderation_cases import classify


@pytest.mark.parametrize("text", [
    "那个卷款跑路的装修老板李强，家住城南花园3栋402，电话13912345678，大家去他家堵他",
    "那个欠钱不还的保险经理王芳，老家在柳河镇，她妈的电话是13811112222，去她家要钱",
])
def test_an_exposed_persons_number_is_no_ad(text: str) -> None:
    verdict, categories = classify(text)
    assert verdict != "pass" and categories == ("privacy",), (text, categories)


@pytest.mark.parametrize("text", [
    "出售车主信息，姓名电话住址都有，一条五毛，要的联系13955556666",
    "装修业主名单，电话地址都有，要的私我 13977778888",
])
def test_selling_the_data_or_a_message_me_stays_an_ad(text: str) -> None:
    verdict, categories = classify(text)
    assert verdict == "reject" and "ad" in categories and "privacy" in categories, (
        text, categories)
