"""Benign families and ad misses of holdout 22 (helper benign22).  Each family is checked both
ways: the everyday frame passes, an offer wearing the same frame stays flagged.  Own wording."""

from __future__ import annotations

import pytest
from moderation_cases import MODEL_READS_AS_RISK, assert_flags, assert_passes

from streams.detect.moderation import Hit, _model_excused
from streams.detect.normalize import normalize_views


def _model_hit_excused(text: str, category: str) -> bool:
    view, _ = normalize_views(text)
    hit = Hit(category, f"model:{category}", "review", text, view.text, ())
    return category in _model_excused(view.text, (hit,), ())


# --- a member giving their own things away: adoption, own photos -----------------------------
@pytest.mark.parametrize("text", [
    "小区捡到一只橘猫崽，打过疫苗了，求领养，有意私我",
    "家里狗狗生了四只，打算送养，有意的私聊",
    "上周爬山我拍的照片都传群相册了，想要原片的私我",
    "婚礼那天我拍的视频剪好了，谁想要高清版的私我",
])
def test_giving_away_own_things_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "英短蓝猫幼崽出售，疫苗齐全，一只1500，有意私聊",
    "专业约拍写真，原片全送，精修一张50，想要的私我",
    "求领养布偶，只要付运费600，有意私聊",
])
def test_selling_with_a_giveaway_word_stays_ad(text: str) -> None:
    assert_flags(text, "ad")


# --- a relative's or a friend's scam loss told as a warning ----------------------------------
@pytest.mark.parametrize("text", [
    "群里那个说点赞赚钱的就是刷单，我表姐信了，垫了两千进去，钱全没了",
    "别碰那种刷单返利，我同事前后投了五千，现在要不回来",
])
def test_kin_loss_story_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "刷单兼职，我表妹做了一个月赚了三千，想做的私我",
    "手机刷单日结，垫付返佣，我朋友跟着做了，后来回本还赚了",
])
def test_task_scam_with_a_kin_story_stays_fraud(text: str) -> None:
    assert_flags(text, "fraud")


def test_kin_loss_excuses_the_models_fraud() -> None:
    assert _model_hit_excused("那家说包分配工作的学校其实是套路贷，我表哥背了两万网贷", "fraud")
    assert not _model_hit_excused("我表哥背了两万网贷，后来跟着导师做任务回本了", "fraud")
    assert not _model_hit_excused("我朋友被骗了，你加我微信我帮你追回", "fraud")


# --- a day hauling goods is no drug trade ---------------------------------------------------
def test_hauling_excuses_the_models_drugs() -> None:
    assert _model_hit_excused("今天卸了三车货，腰都直不起来了", "drugs")
    assert _model_hit_excused("跑了一天货运，拉货拉到半夜", "drugs")
    assert not _model_hit_excused("同城送货，冰和叶子都有", "drugs")
    assert not _model_hit_excused("夜里拉货提神就靠这个，吃了不困", "drugs")


# --- ads missed: a mini-program to insure or join by, a channel to follow, a new shop's perk ----
@pytest.mark.parametrize("text", [
    "外卖小哥专属保险，每天五毛，打开小程序「安心骑」投保",
    "砂糖橘产地直发，十斤48，点这里参团 #小程序://果园直供/Hk29x",
    "#小程序://多多农场/Zq81 帮我点一下，差一点就领到了",
    "战队招新，关注我们的B站号「夜雨电竞」，每周抽皮肤",
    "我在东门开了家烘焙店，群友第一单八折，地址在菜市场旁边",
])
def test_missed_ads_flagged(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize("text", [
    "我在东门开了家烘焙店，累是累，但挺开心的",
    "B站上那个做菜的up主挺好看的",
    pytest.param("打开小程序「粤省事」就能预约", marks=MODEL_READS_AS_RISK),
])
def test_look_alikes_of_missed_ads_pass(text: str) -> None:
    assert_passes(text)


# --- the model's neighbouring readings: a game cheat, a rider platform, a relative's gambling --
@pytest.mark.parametrize(("text", "category"), [
    ("王者荣耀自瞄脚本，防封半年，需要的私", "porn"),
    ("外卖平台站点直招骑手，底薪四千加提成，新人有补贴", "fraud"),
    ("跑网约车的兄弟，新平台注册就送油卡，抽成只要百分之十", "fraud"),
    ("我舅年轻时候打牌输掉了半个厂子，现在提都不让提", "gambling"),
])
def test_model_readings_excused(text: str, category: str) -> None:
    assert _model_hit_excused(text, category)


@pytest.mark.parametrize(("text", "category"), [
    ("游戏外挂加成人福利视频，美女主播一对一", "porn"),
    ("骑手兄弟们，平台要求补缴保证金500，转到站长个人卡", "fraud"),
    ("新人骑手跑单刷单一起做，垫付返佣日结", "fraud"),
    ("我哥以前在这个平台输了，现在跟着导师回本了，一起来玩", "gambling"),
])
def test_model_readings_kept_with_the_categorys_signs(text: str, category: str) -> None:
    assert not _model_hit_excused(text, category)


# --- an extortioner's dare to call the police is no warning ----------------------------------
@pytest.mark.parametrize("text", [
    "你儿子在我们手上，准备三十万赎金，不然撕票，敢报警试试",
    "人在我们这，拿二十万来换，否则撕票，别报警",
])
def test_ransom_with_a_police_dare_stays_fraud(text: str) -> None:
    assert_flags(text, "fraud")


def test_reporting_a_scam_to_the_police_still_passes() -> None:
    assert_passes("群里有人发刷单兼职，我已经报警了")
