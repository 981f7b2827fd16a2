"""Families found by holdout 17's first run on the benign side and in ads precision: fiction
retold, words talked about, a friendly game's loss laughed off, an organiser naming its only
channel for money, a near miss told by the victim, a government link with 名额有限, a sublet
with 有意向的私聊我; lures with only a place to come to (a free check with gifts, a fishing pond
at a day's price); a pass-guaranteed class or a bulk review service sold as a plain ad; 刷单 as
an accusation.  Each is next to the offer or threat it must still catch."""

from __future__ import annotations

import pytest
from moderation_cases import assert_flags, assert_passes, classify

from streams.detect.contacts import extract_contacts


@pytest.mark.parametrize("text", [
    "最近在追一部悬疑剧，凶手在雨夜杀人，每集都吊着人",
    "那本侦探小说里杀手为了灭口杀人，结局反转得厉害",
    "电影里反派最后杀人灭迹，主角才查到线索",
])
def test_fiction_retold_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "看完那部电影我真想杀人，隔壁天天装修",
    "小说写不下去了，谁再催更我就杀人",
    "我要杀人，那个骗子害我倾家荡产",
])
def test_threats_near_fiction_still_flag(text: str) -> None:
    assert_flags(text, "violence")


@pytest.mark.parametrize("text", [
    "中文里“死”字用法很多，像“笑死”“杀人”这些不能只看字面",
    "学汉语的朋友问“杀人”和“杀价”的杀是不是一个意思",
])
def test_words_quoted_as_words_pass(text: str) -> None:
    assert_passes(text)


def test_quoted_threat_without_word_talk_still_flags() -> None:
    assert_flags("他昨天在楼道里冲我喊“我要杀人”，我报警了没人管", "violence")


@pytest.mark.parametrize("text", [
    "老李斗地主连输五把，嚷着明天要翻本哈哈",
    "打掼蛋输了就不服气，说下周翻本😂",
])
def test_friendly_game_loss_laughed_off_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "牌九输了两万，明天一定翻本哈哈",
    "赌场输了一晚上，明天再去翻本",
])
def test_real_win_back_still_flags(text: str) -> None:
    assert_flags(text, "gambling")


@pytest.mark.parametrize("text", [
    "活动费只交到协会对公账户，其他人找你收钱的都不是我们的人",
    "提醒各位：本群从不私下收费，有人私聊要钱请直接截图给群主",
    "房东说要先交押金才能看房，还让我点链接，我差点就信了",
    "有个自称客服的说要交解冻费，幸好我没转",
])
def test_own_channel_and_near_misses_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "你的账户被冻结了，先交两千保证金才能解冻，逾期不退",
    "我差点就信了别人，现在跟着导师做单，先交保证金才能提现",
    "无抵押贷款当天放款，前期不会收费，先交一千保证金走流程",
])
def test_fee_scams_still_flag(text: str) -> None:
    assert_flags(text, "fraud")


def test_link_loses_the_sentence_punctuation() -> None:
    (link,) = extract_contacts("官网 www.example.gov.cn，欢迎查看")
    assert link.value == "www.example.gov.cn" and not link.normalized_by


@pytest.mark.parametrize("text", [
    "犬只免疫补贴在区农业局网站申请 www.qnyj.gov.cn，名额有限，先到先得",
    "宿舍那个单间转租，押一付一，月租900，有意向的私聊我",
])
def test_notice_link_and_sublet_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "补贴申领点这里 www.butie-ling.top，名额有限",
    "公寓多套转租，中介直租，有意向的私聊我",
])
def test_lookalike_offers_still_flag(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize("text", [
    "各位大爷大妈，康养中心开业，免费量血压测血脂，每人领两个鸡蛋，地点在建设路12号",
    "老年朋友们周六来体验，免费体检，到场就送挂面，幸福街3号",
    "野钓塘口开放啦，刚放了一千斤草鱼，一天80块，导航搜河湾钓场",
    "采摘园开园，一人一天五十元，欢迎带孩子来",
])
def test_place_lures_flag_as_ads(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize("text", [
    "社区医院周四免费测血糖，送了个小药盒，记得带医保卡",
    "街道反诈讲座下午开，听完送鸡蛋，大家陪老人去",
    "有人去过北郊那个钓场吗？一天多少钱",
    "上周末去钓场坐了一天，一条没上",
    "楼下新开的面馆不错，一碗牛肉面十八",
])
def test_neighbours_mentions_pass(text: str) -> None:
    assert_passes(text)


def test_free_check_with_a_cure_pitch_stays_fraud_alone() -> None:
    verdict, categories = classify("阿姨们来，免费体检还领鸡蛋，特效药能根治高血压，三千一疗程")
    assert verdict != "pass" and "fraud" in categories and "ad" not in categories


@pytest.mark.parametrize("text", [
    "日语N2包过班，不过退款，报名加微信 jp_n2ban",
    "小红书刷好评，真人号，一条三块，量大优惠，私我",
])
def test_courses_and_services_are_ads_not_scams(text: str) -> None:
    verdict, categories = classify(text)
    assert verdict != "pass" and categories == ("ad",), (text, categories)


@pytest.mark.parametrize("text", [
    "教资代考包过，不过全额退款，加微信 jz_daikao",
    "帮商家刷好评，一单佣金六块，量大从优，私我",
    "英语包过班，内部答案，先交定金，私聊",
])
def test_cheating_and_task_jobs_keep_fraud(text: str) -> None:
    verdict, categories = classify(text)
    assert "fraud" in categories and "ad" in categories, (text, categories)


def test_accused_of_brushing_is_no_job_offer() -> None:
    verdict, categories = classify("客服通知：您的网店存在刷单嫌疑，请把短信验证码发我核实")
    assert "fraud" in categories and "ad" not in categories, categories


def test_brushing_job_still_ad_and_fraud() -> None:
    verdict, categories = classify("兼职刷单，一单返佣二十，在家就能做")
    assert "fraud" in categories and "ad" in categories, categories


@pytest.mark.parametrize("text", [
    "儿子半夜说梦话喊着要砍人，原来梦里在打怪",
    "昨晚梦见自己砍人了，吓醒一身汗",
])
def test_dreams_told_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "梦里都想砍人，这破单位",
    "我做梦都想砍人，那个包工头欠钱不还",
])
def test_dream_as_an_intensifier_still_flags(text: str) -> None:
    assert_flags(text, "violence")


@pytest.mark.parametrize("text", [
    "有个男的在公园非要加我微信，我没加",
    "玩网赌的别来找我借钱，一分都没有",
    "镇上的中心卫生院，电话 0571-8765 4321，晚上也有人值班",
])
def test_refusals_and_a_clinic_landline_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "想玩网赌的来找我，上分秒到",
    "想赚钱的加我微信，带你做单",
])
def test_offers_next_to_refusal_words_still_flag(text: str) -> None:
    verdict, categories = classify(text)
    assert verdict != "pass", (text, categories)


@pytest.mark.parametrize("text", [
    "兄弟，你上次那单返佣收到了吧，这回量大，你先垫付五千，完了本金佣金一起结给你",
    "您好，后台显示您的账户开通了会员自动续费，每月扣费599，要取消请联系我",
    "老板，你们店的好评返现我这边帮你办，把手机收到的验证码发给我就行",
])
def test_scam_written_to_one_person_is_fraud_alone(text: str) -> None:
    verdict, categories = classify(text)
    assert categories == ("fraud",), (text, categories)


@pytest.mark.parametrize("text", [
    "宝妈们，在家刷单返佣，一单一结，先垫付后返还",
    "亲，您的包裹丢了，我们三倍理赔，请加我企业微信办理",
])
def test_broadcast_jobs_and_explicit_channels_stay_ads(text: str) -> None:
    verdict, categories = classify(text)
    assert "ad" in categories and "fraud" in categories, (text, categories)


@pytest.mark.parametrize("text", [
    "昨天去的那个钓场一天两百，放鱼还行，就是人多",
    "我妈去社区免费测了血压，领了两个鸡蛋回来",
    "免费测血压还送鸡蛋的都是骗老人买保健品的，别去",
])
def test_reports_and_warnings_about_lures_pass(text: str) -> None:
    assert_passes(text)
