"""A risky term whose tail is the head of an allowlisted word (出大麻 + 烦 = 出大麻烦): the
innocent word wins, as it does for a term inside one (大麻 in 大麻烦).  Holdout 22's first run
flagged 上次有个队员中暑差点出大麻烦 as drugs (reject): the very trap the issue names."""

from __future__ import annotations

import pytest
from moderation_cases import assert_flags, assert_passes


@pytest.mark.parametrize("text", [
    "记得带够水，上次有个队员中暑差点出大麻烦",
    "这事要是传出去可就惹出大麻烦了",
    "楼下卖大麻花的大爷今天没出摊",
    "去镇上买大麻袋装玉米",
    "他家种大麻子榨油，说是老品种",
])
def test_an_innocent_word_that_a_term_runs_into_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "出大麻，量大从优，私聊",
    "卖大麻，同城当面交易",
    "谁有大麻出售，价格好说",
    "种大麻的种子到了，要的私我",
])
def test_the_term_itself_still_flags(text: str) -> None:
    assert_flags(text, "drugs")
