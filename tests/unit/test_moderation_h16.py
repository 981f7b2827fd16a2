"""Families found by holdout 16's first run: ordinary member chat that shares words with
offers (anti-fraud tips, victims' stories, a bet for a drink, opening a card pack, a swap or a
sublet with 有意私我, a clinic's landline), each next to the offer it must still catch."""

from __future__ import annotations

import pytest
from moderation_cases import assert_flags, assert_passes, classify


@pytest.mark.parametrize("text", [
    "反诈提醒：凡是叫你把钱转进所谓安全账户的，都是诈骗，公检法从不电话办案",
    "凡是自称理赔客服要你开屏幕共享的都是骗子，大家转告家里老人",
    "又有个人打电话说自己是快递理赔客服，让我开共享屏幕，我直接挂了",
    "我被朋友拉进一个炒股群，天天有老师喊单，现在钱取不出来了，怎么办",
    "我在闲鱼上被骗了八百，买的游戏账号，付完款对方就把我拉黑了",
])
def test_fraud_warnings_and_victims_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "公检法办案，你的账户涉嫌洗钱，马上把资金转到安全账户配合调查",
    "我是理赔客服，你的快递丢了，按三倍赔付，把验证码发我",
    "跟着老师喊单，每天稳赚百分之十，名额有限",
    "我以前也被骗过，现在跟着导师喊单，每天稳赚",
])
def test_fraud_offers_still_flag(text: str) -> None:
    assert_flags(text, "fraud")


@pytest.mark.parametrize("text", [
    "下午羽毛球赌一把？输了的请大家吃冰棍",
    "现在买币跟赌博一样，涨跌全看运气",
    "这鞋的炒价真离谱，简直就是赌博",
])
def test_friendly_bets_and_comparisons_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "赌一把吗，一局一百，输了转账",
    "今晚去澳门赌博，谁一起",
])
def test_money_bets_still_flag(text: str) -> None:
    assert_flags(text, "gambling")


@pytest.mark.parametrize("text", [
    "昨晚开盒抽到一张金卡，激动得睡不着",
    "新到的卡包开盒视频发B站了，欢迎来看",
])
def test_card_pack_opening_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "这个喷子我开盒了，真名和住址都在这，大家冲",
    "谁会开盒，把这个主播的户籍扒出来",
])
def test_doxxing_box_still_flags(text: str) -> None:
    assert_flags(text, "privacy")


@pytest.mark.parametrize("text", [
    "宿舍门缝正对着浴室，好怕被偷拍，能装个帘子吗",
    "群里有人发黄色图片，群主快删一下，有小孩在",
    "这张表格身份证号这栏要填家长的还是孩子的？",
])
def test_worries_and_forms_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text,category", [
    ("女生宿舍偷拍的视频，高清无码，要的私", "porn"),
    ("出售学生身份证号，一万条起", "privacy"),
])
def test_offers_of_the_same_words_still_flag(text: str, category: str) -> None:
    assert_flags(text, category)


@pytest.mark.parametrize("text", [
    "我这本东野圭吾换你的三体第二部，有意私我",
    "次卧转租，押一付一，月底可入住，有意私聊",
    "家人们帮我砍一刀吧，还差一点点",
])
def test_swaps_sublets_and_favours_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "公寓房源多套转租，拎包入住，有意私聊",
    "卡牌批发，量大从优，有意私我",
    "帮我砍一刀，点链接就行",
])
def test_commercial_versions_still_flag(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize("text", [
    # a free clinic day beside a hospital's number is what the hospital ad says too (免费义诊,
    # 免费体检: the lure of private hospitals' elderly sales); since stop 37 a hospital's
    # landline is excused only with nothing sold beside it (test_moderation_clinic_phones.py)
    pytest.param("人民医院的预约电话是0571-87236000，周五有免费义诊", marks=pytest.mark.xfail(
        strict=True, reason="免费 beside a hospital's number reads as its ad")),
    "镇卫生院座机 0577 6512 3300，打过去问疫苗还有没有",
    "官网 support.apple.com 可以免费查保修，别信别的",
    "维基百科 zh.wikipedia.org 上有这段历史，免费看",
    "野生罂粟长什么样？我在山里拍到一种红花，怕是它",
])
def test_clinic_landlines_reference_sites_and_questions_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text,category", [
    ("男科医院专家电话13912345678，免费咨询，包治好", "ad"),
    ("免费领取会员，点击 google-vip.top 马上到账", "ad"),
    ("有罂粟壳，火锅店专用，要的私", "drugs"),
])
def test_touts_and_offers_still_flag(text: str, category: str) -> None:
    assert_flags(text, category)


@pytest.mark.parametrize("text", [
    "医保卡换新了，请把身份证号、医保卡号和短信验证码发给社区网格员统一办理",
    "您好，学生平安险今天截止，家长直接回复学生姓名和身份证号，我们帮您代交",
    "客服这边给您退款，麻烦提供一下银行卡号和验证码",
])
def test_an_ask_for_the_readers_own_data_is_fraud_not_doxxing(text: str) -> None:
    assert_flags(text, "fraud")
    assert "privacy" not in classify(text)[1]


@pytest.mark.parametrize("text", [
    "那个骗子的身份证号我查到了，410102199001011234，发给大家转发",
    "出售实名手机卡和身份证号，一套八十",
])
def test_exposed_or_sold_data_stays_privacy(text: str) -> None:
    assert_flags(text, "privacy")


def test_a_class_roster_asking_for_ids_passes() -> None:
    assert_passes("班委收一下大家的身份证号，学校统一买保险，私发我别发群里")


def test_a_named_dossier_with_a_street_address_flags() -> None:
    assert_flags("偷我电动车的叫周小军，在二中读高一，家住城东街道，大家去他家门口等着", "privacy")


@pytest.mark.parametrize("text", [
    "我表妹叫王小雨，家住城南街道，大家周末去她家玩吧",
    "新来的社工叫刘敏，在我们街道办上班，人挺好",
])
def test_a_named_person_without_a_call_to_go_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "哥们，上回那单结了吧？这次你先垫三千，完成后本金加佣金一并打给你",
    "做任务的姐妹注意，先自己付款下单，本金加佣金当天返",
])
def test_principal_plus_commission_is_the_task_scam(text: str) -> None:
    assert_flags(text, "fraud")


def test_a_loan_repaid_with_interest_passes() -> None:
    assert_passes("定期存款到期了，本金加利息一起取出来给孩子交学费")
