"""Holdout 19/20 round, benign false positives and ads (helper benign19): each family in our own
wording, with the everyday look-alikes that must still pass."""

from __future__ import annotations

import pytest
from moderation_cases import assert_flags, assert_passes, classify

# --- ads the drainage shapes now read ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "宠物上门洗护，首单八折，打开小程序『毛孩子之家』下单",
    "儿童写真套餐限时特价，点小程序「小童星摄影」预约档期",
])
def test_miniprogram_booking_with_offer_is_ad(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize("text", [
    "打开小程序「粤省事」预约就行，不用排队",
    "医院挂号要点小程序「健康云」预约，别跑窗口了",
])
def test_miniprogram_notice_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "赣南脐橙产地直发，果农自家的，要的在下面接龙",
    "海南芒果一手货，五斤一箱，需要的接龙",
])
def test_produce_chain_sale_is_ad(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize("text", [
    "周六聚餐，要去的接龙",
    "明天体检要的接龙，我统一报给社区",
])
def test_chain_signup_among_members_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "跑长途的兄弟，附近有妹子陪聊，扣1发你联系方式",
    "想要资源的扣666，发你链接",
])
def test_reply_then_sent_contact_is_ad(text: str) -> None:
    assert_flags(text, "ad")


def test_reply_to_send_everyone_the_form_passes() -> None:
    assert_passes("同意春游方案的扣1，我晚点发你们报名表")


def test_cantonese_find_me_after_offer_is_ad() -> None:
    assert_flags("今晚包房有靓女陪酒，想要嘅揾我", "ad")


def test_cantonese_find_me_for_help_passes() -> None:
    assert_passes("听日搬屋，有咩唔识嘅揾我啦")


@pytest.mark.parametrize("text", [
    "多谢支持我嘅网店，手工香薰，淘宝搜「阿May小屋」就有",
    "自己开的网店卖手织围巾，淘宝搜“织女阿婷”",
])
def test_own_shop_searched_by_name_is_ad(text: str) -> None:
    assert_flags(text, "ad")


def test_shop_search_to_warn_passes() -> None:
    assert_passes("上次淘宝买的那个锅太差了，质量不行")


@pytest.mark.parametrize("text", [
    "记账APP注册就送会员 https://www.jizhang-app.cn/signup",
    "新开的生鲜平台，注册即送20元券 https://fresh-now.cn/r",
])
def test_signup_gift_with_link_is_ad(text: str) -> None:
    assert_flags(text, "ad")


def test_plain_link_passes() -> None:
    assert_passes("这个教程写得清楚 https://www.runoob.com/python3/python3-tutorial.html")


@pytest.mark.parametrize("text", [
    "中老年养生仪免费体验，每天下午两点老年活动中心，到场就送挂面",
    "磁疗床垫免费试用，周三上午社区会议室，来的都送一桶油",
])
def test_free_trial_with_gifts_lure_is_ad(text: str) -> None:
    assert_flags(text, "ad")


def test_free_trial_without_gifts_passes() -> None:
    assert_passes("健身房新开了，听说第一节课可以免费体验")


@pytest.mark.parametrize("text", [
    "群里不让打广告，但是我这有款好用的面膜，想了解的私我",
    "本群禁止推销，不过我手上有个赚钱门路，感兴趣的私聊",
])
def test_rule_quoted_then_offer_is_ad(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize("text", [
    "本群禁止广告，想了解的私我的那种一律踢",
    "群规：禁止发广告和私聊拉人，违者移出",
])
def test_group_rule_alone_passes(text: str) -> None:
    assert_passes(text)


# --- benign look-alikes ---------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "今晚直播卖橙子，粉丝们记得来捧场，点赞到一万抽两箱",
    "明晚八点开播卖土鸡蛋，姐妹们记得来打卡",
])
def test_streamer_telling_own_fans_passes(text: str) -> None:
    assert_passes(text)


def test_livestream_sale_with_price_is_ad() -> None:
    assert_flags("今晚直播卖蜂蜜，原价168，直播间只要59", "ad")


def test_club_officer_phone_for_signup_passes() -> None:
    assert_passes("同乡会秘书长老陈的电话13812345678，报名中秋包车的直接打他，别在群里问了")


def test_course_teacher_phone_for_signup_stays_ad() -> None:
    assert_flags("暑期书法班招生，报名打张老师电话13812345678", "ad")


@pytest.mark.parametrize("text", [
    "这部推理小说结局太烂了，凶手的杀人手法一点都不可信",
    "追完那部悬疑剧，杀人动机写得太随意了",
])
def test_fiction_craft_criticised_passes(text: str) -> None:
    assert_passes(text)


def test_real_threat_next_to_a_novel_stays_violence() -> None:
    assert_flags("别看小说了，我今晚就去杀了他", "violence")


@pytest.mark.parametrize("text", [
    "论文又被导师打回来了，我要杀人了（不是）",
    "甲方第八次改需求，想把他砍了(bushi)",
])
def test_bracketed_not_really_passes(text: str) -> None:
    assert_passes(text)


def test_threat_without_retraction_stays_violence() -> None:
    assert_flags("再改需求我就去把他砍了", "violence")


@pytest.mark.parametrize("text", [
    "去年我也被拉进一个理财群，说稳赚不赔，幸好没投，后来听说那个平台跑路了",
    "同事拉我进荐股群，说稳赚，还好我没买，后来才知道是骗局",
])
def test_near_miss_told_to_the_end_passes(text: str) -> None:
    assert_passes(text)


def test_testimonial_pitch_stays_fraud() -> None:
    verdict, categories = classify("我之前也被骗过，后来跟着导师操作，现在稳赚，想了解的私我")
    assert verdict != "pass" and "ad" in categories


def test_reseller_pitch_is_ad_without_fraud() -> None:
    verdict, categories = classify("做微商的姐妹来，我带你，两个月回本，懂的来")
    assert "ad" in categories and "fraud" not in categories, categories


def test_driving_school_pass_guarantee_is_ad_without_fraud() -> None:
    verdict, categories = classify("学车考驾照包过，一费到底，报名电话 13700001111")
    assert "ad" in categories and "fraud" not in categories, categories


def test_licence_without_exam_stays_fraud() -> None:
    assert_flags("驾照包过，不用考，内部名额，电话 13700001111", "fraud")


# --- the model's second opinion excused in everyday frames ----------------------------------


@pytest.mark.parametrize("text", [
    "上夜班最烦那个呼叫铃，一晚上响了三十多回",
    "值班到凌晨三点，12床的病人按了一晚上铃",
])
def test_night_shift_on_a_ward_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "阿姨们明天早上六点半体育公园集合，带上红扇子，电视台要来拍视频",
    "周六早上八点文化广场彩排，舞队的姐妹穿红色队服",
])
def test_dance_troupe_called_together_passes(text: str) -> None:
    assert_passes(text)


def test_grafting_course_is_ad_without_porn() -> None:
    verdict, categories = classify("苹果树嫁接修剪视频教程全套，八十块，加企鹅 2233445566")
    assert "ad" in categories and "porn" not in categories, categories


def test_night_shift_pill_pitch_stays_drugs() -> None:
    assert_flags("值夜班的兄弟看过来，提神神器，吃了通宵不困，你懂的，加Q 12345678", "drugs")


# --- risk categories that belong to the story, not to the sender ----------------------------


@pytest.mark.parametrize("text", [
    "我外公说他年轻时候打牌赌钱，输掉过一头牛，被外婆骂了半辈子",
    "租的房子原房主欠了赌债，催债的还上门贴过纸条",
    "拉了个客人说要去赌场，到了才知道是家叫“赌场”的烧烤店",
])
def test_someone_elses_gambling_story_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "办公室几个同事合买私彩，一注两百，想跟的中午前转我",
    "我哥在那边赌场上班，说能带我们去玩两把",
])
def test_gambling_with_the_reader_invited_stays(text: str) -> None:
    assert_flags(text, "gambling")


def test_insider_channel_of_a_data_sale_is_privacy_not_fraud() -> None:
    verdict, categories = classify("内部渠道能查全区小学生家长的电话和家庭住址，需要的私我")
    assert "privacy" in categories and "fraud" not in categories, categories


def test_insider_channel_of_a_loan_stays_fraud() -> None:
    assert_flags("银行内部渠道，黑户也能下卡，先交包装费，私我", "fraud")


def test_livestream_new_stock_with_discount_is_ad() -> None:
    assert_flags("明晚直播间上新，羽绒服低至三折，记得来", "ad")


def test_viewer_on_new_stock_passes() -> None:
    assert_passes("直播间上新了好几款，可惜都太贵了")


# --- a risk offer that solicits contact is drainage too ------------------------------------


@pytest.mark.parametrize("text", [
    "麻将五块一番，微信群里结账，周末缺两个，想打的吱一声",
    "今晚私彩开奖，跟我买的上回中了，要的把号码报给我",
])
def test_risk_offer_with_say_so_cue_is_ad(text: str) -> None:
    assert_flags(text, "ad")


def test_meal_signup_say_so_passes() -> None:
    assert_passes("周五部门聚餐，想去的吱一声，我好订位子")


def test_gore_passed_round_on_request_is_ad() -> None:
    verdict, categories = classify("车祸现场的尸体照片流出来了，太惨了，要看的扣1")
    assert "ad" in categories and "violence" in categories, categories


@pytest.mark.parametrize("text", [
    "银行卡出租，一天两百，进账秒转出去，懂得私",
    "收款码出租，一天五百，钱进来马上转走，不用你管，懂的私",
])
def test_model_risk_offer_with_dm_is_ad(text: str) -> None:
    assert_flags(text, "ad")


def test_dm_without_any_risk_passes() -> None:
    assert_passes("周末想一起去爬山的私我，我拉个小群")


@pytest.mark.parametrize("text", [
    "姐妹们，那款美白精华的链接我挂主页了，自己拿",
    "接代运营，案例都在签名置顶，看完再聊",
])
def test_offer_left_on_the_profile_is_ad(text: str) -> None:
    assert_flags(text, "ad")


def test_new_profile_picture_passes() -> None:
    assert_passes("把去海边拍的照片放头像了，大家看看好不好看")


def test_game_boosting_sure_win_is_ad_without_gambling() -> None:
    verdict, categories = classify("王者代练，钻石到星耀包赢，扣扣 2345678901")
    assert "ad" in categories and "gambling" not in categories, categories


@pytest.mark.parametrize("text", [
    "时时彩包赢计划，跟着下注就行",
    "代练群里还有六合彩包赢资料，要的私我",
])
def test_sure_win_on_a_bet_stays_gambling(text: str) -> None:
    assert_flags(text, "gambling")


@pytest.mark.parametrize("text", [
    "有人要本市小区业主名单吗，带电话，整栋楼的都有",
    "全省考生的家庭住址和电话，有人收么",
])
def test_data_offered_as_a_question_is_ad(text: str) -> None:
    verdict, categories = classify(text)
    assert "ad" in categories and "privacy" in categories, categories


def test_scam_offered_as_a_question_stays_fraud_alone() -> None:
    verdict, categories = classify("有人要代办毕业证吗，学信网可查，先交定金")
    assert "fraud" in categories and "ad" not in categories, categories


def test_anyone_want_among_neighbours_passes() -> None:
    assert_passes("家里多了两箱苹果，有人要吗，免费送")


def test_data_sale_inviting_the_trade_is_ad() -> None:
    verdict, categories = classify("出售本地新生儿家长电话，精准到小区，欢迎同行合作")
    assert "ad" in categories and "privacy" in categories, categories


@pytest.mark.parametrize("text", [
    "二手显卡高价回收，现金结算，电报@gpu_huishou",
    "出各种游戏点卡，九折，TG: @card_cheap88",
])
def test_telegram_handle_as_the_way_in_is_ad(text: str) -> None:
    assert_flags(text, "ad")


def test_plane_and_a_mention_passes() -> None:
    assert_passes("明天坐飞机@王姐 你几点到机场")


def test_slang_in_quotes_with_goods_stays_drugs() -> None:
    assert_flags("有个叫“冰”的好东西，有货，懂的私我", "ad")


@pytest.mark.parametrize("text", [
    "我哥们的场子百家乐，日提不限，随时开桌",
    "我朋友开了个网上赌场，返水比别家高",
])
def test_a_friends_gambling_venue_pitched_stays(text: str) -> None:
    assert_flags(text, "gambling")
