"""Stop 49: two commercial cues that are also everyday words, measured and withdrawn.

接送 (parents' own school run: 家长接送 · 接送娃 · 拼车接送) and 收购 (a co-op's buying point or
number: 收购点 · 收购站 · 收购电话) were made no cues in those shapes.  Over every labelled line
they freed 16 blind benign lines (holdouts 25-433) and changed no labelled ad and no review line.
A white-box review then wrote 80 ads in those shapes and got all 80 through (the code before
rejected every one): a trade's 收购电话 with its number (金店收购电话 138…，老金旧首饰当面称重),
收购点 read as "buy some" (想收购点老银元), 包接送孩子 and 机场接送日夜 slipping past the
look-arounds, an official-looking grain station (农业局指定收购点…登记 135…) — the model alone
was left to read them, and it says nothing when a payment phrase is in the text (微信转账 ·
扫码付款).  Withdrawn; the review's 120 lines are kept here (``tests/data/stop49_review_lines
.jsonl``): its attacks stay flagged, its benign lines still flagged are strict xfails.
"""

from __future__ import annotations

import pytest
from moderation_cases import assert_flagged, assert_passes, review_case_id, review_cases

from streams.detect.drainage import has_commercial_cue
from streams.detect.normalize import normalize


@pytest.mark.parametrize("line", review_cases("stop49_review_lines.jsonl", "attack"),
                         ids=review_case_id)
def test_the_reviews_buyers_and_shuttles_stay_flagged(line: dict[str, str]) -> None:
    assert_flagged(line["text"])


@pytest.mark.parametrize("line", review_cases("stop49_review_lines.jsonl", "benign"),
                         ids=review_case_id)
def test_the_reviews_buying_points_and_school_runs_pass(line: dict[str, str]) -> None:
    assert_passes(line["text"])


@pytest.mark.parametrize("text", ["合作社收购电话 0851-84126677", "明天接送娃", "包接送孩子",
                                  "想收购点老银元"])
def test_the_words_stay_cues_in_every_shape(text: str) -> None:
    assert has_commercial_cue(normalize(text).text)
