"""``confirm`` terms: words said innocently more often than not in the labelled sets (想死 after
a hard day, 赌博 in the news, 杀人 as a gym joke).  Alone in a message such a hit stands only
when the model's risk head agrees; beside any other hit, without a model, or in a text too
short to score, it stands as written."""

from __future__ import annotations

from pathlib import Path

import pytest
from moderation_cases import LEXICON, assert_flags, assert_passes, classify_with, stub_model

from streams.detect.lexicon import Lexicon, LexiconError
from streams.detect.model import load_model
from streams.detect.moderation import CONFIRM_MIN_PROBABILITY, Message, Moderator
from streams.detect.normalize import normalize


def test_bundled_confirm_terms_are_flagged_in_the_lexicon() -> None:
    flagged = {e.term for e in LEXICON.entries if e.confirm}
    assert {"想死", "赌博", "杀人", "公检法", "吗啡", "赌一把"} <= flagged
    assert not any(e.confirm for e in LEXICON.entries if e.term in {"跳楼", "冰毒", "加微信"})


@pytest.mark.parametrize("text", [
    "夜班连上三个，凌晨四点真的想死，眼睛都睁不开了哈哈",
    "刷题刷到第三套了，导数那块还是老错，想死",
    "热死了想死，今天跑了三十单，一身汗",
    "有个买家非说我这台车是赌博输掉抵押来的，无语",
    "腿练完下楼梯都发抖，深蹲真是杀人于无形",
    "护士站的吗啡使用登记本放在第二个抽屉，交班记得核对",
    "周末球赛赌一把吗？输的请喝奶茶",
])
def test_a_lone_confirm_term_the_model_reads_as_everyday_passes(text: str) -> None:
    assert load_model().risk_probability(normalize(text).text) < CONFIRM_MIN_PROBABILITY
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), [
    ("产后三个月，每天都想死，感觉自己是个多余的人", "self_harm"),
    ("想死就别犹豫了，活着才是最痛苦的，早点解脱", "self_harm"),
    ("我想在学校里杀人，他们都欺负我", "violence"),
])
def test_a_lone_confirm_term_the_model_agrees_with_is_flagged(text: str, category: str) -> None:
    agreeing = stub_model(CONFIRM_MIN_PROBABILITY + 0.05, **{category: 0.9})
    assert category in classify_with(agreeing, text)[1]  # the model's agreement keeps the term
    assert_flags(text, category)  # what ships flags it (the model, or a corroborating word)


def test_a_confirm_term_beside_another_hit_stands_without_asking_the_model() -> None:
    assert_flags("想死，准备好安眠药了", "self_harm")


@pytest.mark.parametrize(("text", "category"), [
    ("好累，想死", "self_harm"),  # despair: the words that keep a grumble's 想死 flagged
    ("加班到半夜又被骂，每天都想死", "self_harm"),  # a lasting state
    ("外卖送完了，我想死，不是开玩笑", "self_harm"),
    ("我真想杀人，隔壁又在装修", "violence"),  # the first person before 杀人
    ("他冲我喊“我要杀人”，我报警了", "violence"),
    ("群里那人留言：迟早杀了你", "violence"),  # a date set
    ("吗啡我这有货，价格好说", "drugs"),  # a word of selling
    ("我爸的吗啡贴还剩两片，我自己贴着玩，晕乎乎的", "drugs"),  # taken for the feeling
    ("吗啡针剂我私自留了两支", "drugs"),  # taken out of the ward
    ("那个吗啡针剂我偷偷留了几支，病人用不了那么多", "drugs"),  # ... even on a ward
])
def test_a_corroborating_word_keeps_a_confirm_term_whatever_the_model_says(
        text: str, category: str) -> None:
    assert_flags(text, category)


def test_without_a_model_a_confirm_term_stands() -> None:
    verdict = Moderator(LEXICON, model=None).classify(
        Message("e1", 0, "g1", "u1", "text", "热死了想死，今天跑了三十单，一身汗"))
    assert verdict.verdict == "review" and verdict.categories == ("self_harm",)


def test_a_text_too_short_to_score_keeps_its_confirm_term() -> None:
    assert_flags("我想死", "self_harm")


def test_custom_lexicon_confirm_column(tmp_path: Path) -> None:
    custom = tmp_path / "custom.tsv"
    custom.write_text("竞品群\tcustom\treview\tconfirm\n百家乐\tgambling\treview\n",
                      encoding="utf-8")
    hits = Lexicon.load(custom, include_default=False).scan(normalize("来竞品群玩百家乐"))
    assert {(h.term, h.confirm) for h in hits} == {("竞品群", True), ("百家乐", False)}


def test_an_unknown_flag_after_the_severity_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("百家乐\tgambling\treview\tconfrim\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="bad.tsv:1: after the severity only 'confirm'"):
        Lexicon.load(bad)
