"""Stop 28's rules, written so the retrained model could ship without losing what only the old
one caught: two ``confirm`` terms of one category stand together, a rate of pay beside a porn
term stands, one-to-one tutoring and pest control are sold wording beside a contact, and
compensation promised to the reader beside a customer-service line is a scam."""

from __future__ import annotations

import pytest
from moderation_cases import assert_flagged, assert_flags, assert_passes, classify


@pytest.mark.parametrize("text", [
    "赌徒的快乐你们不懂，梭哈就完事了",  # 赌徒 and 梭哈, each a mention alone
    "听说隔壁班有人当sugar baby，一个月三万",  # a monthly income beside the term
    "我们这边留学生圈有个姐妹做sugar baby，一晚两千镑，真的赚钱",
])
def test_a_second_term_or_a_rate_of_pay_keeps_the_risk(text: str) -> None:
    assert_flagged(text)


@pytest.mark.parametrize("text", [
    # one word, not two: 我想死 holds 想死, and a word said twice is still one word
    "我想死在这个会议室里了，开了三个小时会还没结论",
    "别老说想死想死的，找不到工作就先摆摊，饿不死的",
    # 梭哈 is the markets' slang too
    "这波行情梭哈的都被埋了，还好我一直定投",
    "奶茶第二杯半价 梭哈了",
])
def test_one_confirm_word_alone_stays_a_mention(text: str) -> None:
    assert_passes(text)


def test_a_plain_price_beside_a_porn_term_is_no_rate_of_pay() -> None:
    _, categories = classify("新开的电竞酒店，包夜88，配置顶级，地址在二七广场，扫码预订")
    assert "porn" not in categories, categories


@pytest.mark.parametrize("text", [
    "想学观星的，天文馆的电话是 021-5433 8812，私教一对一，手把手教",
    "除四害灭蟑螂疾控认证，疾控备案电话 0394-8221363",
    "专业灭蚊灭鼠灭蟑，工厂小区餐饮都接，包效果，联系 137 2468 9915",
    "接高中数学一对一家教，985毕业，带过三个130+，微信 shuxue_wang985",
])
def test_tutoring_and_pest_control_with_a_contact_are_ads(text: str) -> None:
    verdict, categories = classify(text)
    assert verdict == "reject" and "ad" in categories, (text, verdict, categories)


@pytest.mark.parametrize("text", [
    "预约私教打前台电话 0755-2639 4870，别信私下加你的",  # the gym's desk passed on
    "提醒下大家：12栋那边绿化带物业昨天撒了灭鼠药，别让狗乱舔乱吃！！",
    "物业通知：本周六统一灭鼠投药，有问题打物业服务中心电话 0755-26671122",
])
def test_the_same_words_without_a_sale_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "您的微信支付分可以提现，官方客服热线400-670-0700，直接打过去问",
    "您在某宝购买的商品出现问题，商家申请三倍赔偿，客服热线400-860-1133，打过去问就行",
    "您好，您乘坐的航班因机械故障取消，航空公司客服热线400-860-2271，乘客打这个办改签，"
    "每人有三百补偿",
    "您的快递在运输中丢失，可获得双倍赔付，售后电话 0571-86543210",
])
def test_compensation_promised_to_the_reader_beside_a_hotline_is_fraud(text: str) -> None:
    assert_flags(text, "fraud")


@pytest.mark.parametrize("text", [
    # a member passing on a real hotline says 你 and promises nothing
    "快递丢了可以打快递公司客服热线要赔偿，你直接打过去问",
    "航班取消了，航空公司客服热线说每人补偿200，你可以打过去问问",
    # asking about, or warning of, the scam that promises it
    "有人收到“您的支付分可以提现，请联系客服热线”的短信吗？是骗子吧",
])
def test_a_hotline_passed_on_or_a_scam_warned_of_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    # a word of a title names the work (holdouts 9, 16, 23, 182)
    "看《滚蛋吧！肿瘤君》哭成狗，熊顿真的太勇敢了",
    "《我想死，但我想吃辣炒年糕》这本店里有吗？朋友推荐的",
    # a film's shot judged (holdout 184)
    "《鸟人》那部电影看过没，最后那段跳楼的镜头好震撼",
    # a price falling like a leap (holdout 184)
    "这两天核桃价跌得跟跳楼一样，三块都不到了",
])
def test_titles_shots_and_falling_prices_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "你给我滚蛋《滚蛋》",  # the word said outside the title too
    "我今晚就去跳楼，《遗书》写好了",
    "《杀了你》这本书私聊我买",  # a title beside a "message me"
    "电影里那个跳楼的镜头让我也想跳",  # the reader's own wish
])
def test_a_title_or_a_shot_does_not_cover_what_is_said_beside_it(text: str) -> None:
    assert_flagged(text)
