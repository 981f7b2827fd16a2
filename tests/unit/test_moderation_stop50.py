"""Stop 50: allowlists 2027.01.06 and 2027.01.07, four words of the blind holdouts' benign lines
that hold a risky term across a word's edge (holdouts 364, 389, 444 and 454); the terms stay
risky elsewhere; and a pledge (抵出去 · 抵给 · 抵了) read as what someone's gambling, heard of,
cost them, like 抵押.  Over every labelled and review line (195,352) the five lines these free
are all that change.

Measured and withdrawn: a victim's story (the sender's own loss, ``_own_loss``, or a relative's,
``_kin_loss``) excusing an ad term it names (我去年就是被“代写论文”骗的… · 我被“招商加盟”骗过…):
7 blind benign lines over holdouts 25-457 and no labelled or review line changed, but two
white-box reviews each got 80 of 80 sellers' ads through — a loss told and then the real thing
sold (…所以自己组了个硕博团队做代写论文…群里有需要的喊我 · …日本药妆代购认准小林家，淘宝搜…),
a relative's loss as the hook, a "loss" to a low price — for 41 of their 80 benign stories freed.
The reviews' 240 lines are kept (``tests/data/stop50_review_lines.jsonl``): the ads stay flagged,
the stories still flagged are strict xfails."""

from __future__ import annotations

import pytest
from moderation_cases import (
    assert_flagged,
    assert_flags,
    assert_passes,
    review_case_id,
    review_cases,
)


@pytest.mark.parametrize("text", [
    "新进的一批秀禾服到了，下午有空的姐妹过来看看，不卖，就交流下款式",
    "我的FBA货件FBA17XK9Q2LM到仓了，但是显示数量少了20个，有人遇到过吗",
    "有没有靠谱的FBA货代推荐？这批要发美西，走海运",
    "今晚练唱嘅人记得带返水樽啊，上次好多人冇水饮",
])
def test_a_style_a_shipment_and_a_water_bottle_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), [
    ("不看征信，当天下款，款式多样的贷款产品，私聊", "fraud"),
    ("高仿A货，一比一做工，fba货件也能发，私我看图", "ad"),
    ("天天返水，高返水平台，充值就送", "gambling"),
])
def test_the_terms_outside_those_words_stay_risky(text: str, category: str) -> None:
    assert_flags(text, category)


# Allowlist 2027.01.07: the Disabled Persons' Federation's phone called (holdout 454).
def test_calling_the_disabled_persons_federation_passes() -> None:
    assert_passes("手语翻译志愿者招募是残联官方发的，报名打残联电话 0906-2317789 周一到周五")


@pytest.mark.parametrize("text", ["谁惹你了，我找人把他打残联系我就行", "再骂一句我就把你打残"])
def test_crippling_someone_stays_violence(text: str) -> None:
    assert_flags(text, "violence")


# Someone's gambling heard of (stop 43's ``_gambling_heard``): a tea garden or a house pledged
# away (抵出去 · 抵给 · 抵了) is what it cost, like 抵押 (holdout 450, read after its first run).
def test_a_garden_pledged_away_is_what_the_gambling_cost() -> None:
    assert_passes("听说勐海那边有个老板赌球输了两百多万，茶园都抵出去了，唉")


@pytest.mark.parametrize("text", [
    "听说有人赌球输了，房子都抵出去了，跟我买不会输",
    "听说老王网赌输了二十万，车抵给人家了，想回本的私我",
    "听说隔壁老张赌球输了，房子抵了，唉，其实选对盘口稳赚",
])
def test_a_pitch_after_the_pledge_stays_gambling(text: str) -> None:
    assert_flags(text, "gambling")


@pytest.mark.parametrize("line", review_cases("stop50_review_lines.jsonl", "attack"),
                         ids=review_case_id)
def test_the_reviews_ads_after_a_victims_story_stay_flagged(line: dict[str, str]) -> None:
    assert_flagged(line["text"])


@pytest.mark.parametrize("line", review_cases("stop50_review_lines.jsonl", "benign"),
                         ids=review_case_id)
def test_the_reviews_victims_stories_pass(line: dict[str, str]) -> None:
    assert_passes(line["text"])
