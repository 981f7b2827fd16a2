"""Stop 40's terms (lexicon 2027.01.01), from the self-harm and politics lines of holdouts 322-329
that passed: forms of families the lexicon already had (来世再见 · 告别这个世界 · 死了对谁都好 ·
zisha · 法轮功), written the way those authors wrote them.  Terms of Latin letters, one word or
several, now match only as whole words: kill myself had matched inside upskill myself."""

from __future__ import annotations

import pytest
from moderation_cases import (
    assert_flagged,
    assert_flags,
    assert_passes,
    review_case_id,
    review_cases,
)


@pytest.mark.parametrize(("text", "category"), [
    ("欠了一屁股债，驿站也黄了，我想zi sha，真的撑不住了", "self_harm"),  # holdout 323
    ("我觉得我死了对大家都好，明天就去买绳子", "self_harm"),  # 326
    ("今天就要和这个世界说再见了，再见了朋友们", "self_harm"),  # 329
    ("要不是家里还有孩子，我早就 zi sha 了", "self_harm"),  # 260
    ("真的好累，准备今晚跟这个世界告别，东西都收拾好了", "self_harm"),
    ("f a 轮 功 好，真 善 忍 好", "politics"),  # 326
    ("fa lun gong is good, 大家三退保平安", "politics"),
    ("fa轮大法是正法，转发十个群", "politics"),
])
def test_the_new_forms_are_flagged(text: str, category: str) -> None:
    assert_flags(text, category)


@pytest.mark.parametrize("text", [
    "I need to upskill myself this year, 报了个课",  # kill myself inside a word: no longer a hit
    "zi shang er xia de guan li fang shi, 老师讲得挺好",  # zi sha inside zi shang
    "Zhang Zi Shan 同学，你的快递到了，在门卫室",  # zi sha inside a name
])
def test_latin_terms_match_only_whole_words(text: str) -> None:
    assert_passes(text)


# A white-box review wrote 200 benign lines around the terms and 60 evasive risky lines.  The
# terms shipped without the ones it broke hardest (来生再见: a joke form, 绩点来生再见 · 减肥计划
# 来生再见; falun: the Swedish town; 真善忍好: 真善忍好几年; fa轮功: tuners' 发轮功; 死了对大家
# 都好 without 我: 气死了对大家都好言相劝).  What stays flagged of its benign lines is the price of the
# farewell terms (a pet, an old phone, Flash Player 和这个世界说再见) and of zi sha (a teapot, a
# name), kept for the person at risk: no benign line of the 52,576 blind ones holds any of them.
@pytest.mark.parametrize("line", review_cases("stop40_review_lines.jsonl", "attack",
                                              through="an evasive form no term reads"),
                         ids=review_case_id)
def test_the_reviews_risky_lines_are_flagged(line: dict[str, str]) -> None:
    assert_flagged(line["text"])


@pytest.mark.parametrize("line", review_cases("stop40_review_lines.jsonl", "benign"),
                         ids=review_case_id)
def test_the_reviews_benign_lines_pass(line: dict[str, str]) -> None:
    assert_passes(line["text"])
