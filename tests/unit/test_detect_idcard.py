"""Resident ID numbers: full ones need a valid check character, masked ones count."""

from __future__ import annotations

import pytest

from streams.detect.idcard import id_number_hits
from streams.detect.lexicon import Lexicon
from streams.detect.moderation import Message, Moderator
from streams.detect.normalize import normalize_views


def ids(text: str) -> int:
    return len(id_number_hits(normalize_views(text)[1].text))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("身份证号 11010519491231002X", 1),  # valid check character
        ("他的身份证 44010619900101****，住三栋", 1),  # masked
        ("身份证 43012219880512xxxx", 1),
        ("订单号 110105194912310021 已发货", 0),  # check character wrong: not an ID
        ("运单 4301221988051212345", 0),  # 19 digits
        ("2026年12月2日 20261202", 0),
    ],
)
def test_id_numbers(text: str, found: int) -> None:
    assert ids(text) == found


def test_an_id_number_in_chat_is_a_privacy_review() -> None:
    verdict = Moderator(Lexicon.load()).classify(
        Message("e1", 0, "g1", "u1", "text", "这个人叫王某，身份证 44010619900101****"))
    assert verdict.verdict == "review" and verdict.categories == ("privacy",)
    hit = verdict.hits[0]
    assert hit.rule == "pattern:privacy:id_number" and hit.match == "44010619900101****"
