"""A risky word that names a work or a price, not what the member says or does (stop 28, the
benign lines of holdouts 9, 16, 23, 52, 182 and 184): a word inside a 《title》, a film's shot
judged, a price falling like a leap."""

from __future__ import annotations

import pytest
from moderation_cases import assert_flagged, assert_passes


@pytest.mark.parametrize("text", [
    "看《滚蛋吧！肿瘤君》哭成狗，熊顿真的太勇敢了",
    "《滚蛋吧！肿瘤君》你们看过吗，我看一次哭一次",
    "《我想死，但我想吃辣炒年糕》这本店里有吗？朋友推荐的",
    "《鸟人》那部电影看过没，最后那段跳楼的镜头好震撼",
    "这两天核桃价跌得跟跳楼一样，三块都不到了",
])
def test_titles_shots_and_falling_prices_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "你给我滚蛋《滚蛋》",  # the word said outside the title too
    "我今晚就去跳楼，《遗书》写好了",
    "《杀了你》这本书私聊我买",  # a title beside a "message me"
    "电影里那个跳楼的镜头让我也想跳",  # the reader's own wish
    "我真想像跳楼一样从这里跳下去",  # the allowlisted phrase beside the act
])
def test_a_title_a_shot_or_a_price_does_not_cover_what_is_said_beside_it(text: str) -> None:
    assert_flagged(text)
