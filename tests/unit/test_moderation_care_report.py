"""Someone else's words of self-harm handed on to the people who care for them (a nurse to the
ward, a teacher after talking with a pupil, neighbours going to look in): the sender reports and
asks for care, it is not their own intent.  A plan or means made ready, or the sender's own 想死,
keeps the line flagged (the care-report frame in ``lexicon._FRAMES``)."""

from __future__ import annotations

import pytest
from moderation_cases import assert_flags, assert_passes


@pytest.mark.parametrize("text", [
    "3床的阿姨说不想活了，已经告诉护士站和她女儿",
    "班里有个学生说想死，我陪他聊了一下午，也跟家长说了",
    "那个老说想死的大爷还好吗？我们明天去看看他",
    "随访的王伯说活着太累了，我转给心理科了，大家也留意下",
])
def test_a_reported_wish_to_die_passed_on_to_carers_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "我女儿说她想死，已经写好遗书了，我该告诉谁",  # a plan made ready
    "我跟医生说我不想活了，他只给我开了药",  # the sender's own
    "我不想活了，社工也帮不了我",
    "他说想死，安眠药攒了一瓶，我已经通知家属了",  # means at hand
])
def test_a_plan_means_or_the_senders_own_wish_stays_flagged(text: str) -> None:
    assert_flags(text, "self_harm")
