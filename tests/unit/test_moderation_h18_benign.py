"""Families found by holdout 18's first run on the benign side and in ads recall: 想死 closing a
grumble about a small mishap, news retold, a dream retold with the sleeper's words, a threat
quoted from someone else and laughed at, a flyer reported to someone in charge, fights inside
a game, a person's number in an exposure post, a member asking to buy; and drainage: a bare 私
(or 价格私, 地址私, 要的留邮箱 …) after a risk offer, a pitch closed by 找我 (找我就行, 找我拿
体验价), course and price wording next to a bare domain, 砍一刀 with a pasted mini-program.
Each is next to the offer, threat or confession it must still catch."""

from __future__ import annotations

import pytest
from moderation_cases import MODEL_READS_AS_RISK, assert_flags, assert_passes, classify


@pytest.mark.parametrize("text", [
    "排位连跪五把，全是队友送的，我想死",
    "电脑又蓝屏了，做了一下午的表没保存，想死",
    "外卖堵在高架上四十分钟，商家还给我差评，想死",
    "抢了半天演唱会门票还是没抢到，我想死",
])
def test_want_to_die_after_a_small_mishap_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "游戏输了也好，钱也欠着，活着没意思，想死",
    "加班到半夜又被骂，每天都想死",
    "外卖送完了，我想死，不是开玩笑",
    "好累，想死",
])
def test_want_to_die_with_despair_still_flags(text: str) -> None:
    assert_flags(text, "self_harm")


@pytest.mark.parametrize("text", [
    "看新闻说隔壁市有个男的网上赌博欠了一百多万，老婆孩子都走了",
    "昨天看到新闻，有人在群里卖迷药被判了五年",
    "新闻里说那个刷单平台卷钱跑路了，好多宝妈被坑",
])
def test_news_retold_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "网上赌博真香，这个月赢了两万，新平台谁要",
    "新到的迷药，无色无味，要的私",
])
def test_offers_without_news_still_flag(text: str) -> None:
    verdict, categories = classify(text)
    assert verdict != "pass" and categories, (text, categories)


@pytest.mark.parametrize("text", [
    "我弟说梦话喊着要砍死老师，早上问他说是梦到考试",
    "室友昨晚梦里嚷嚷要炸了食堂，醒来啥都不记得",
])
def test_dream_retold_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "我梦到自己炸了学校，今天就去买材料",
    "梦醒了我就去砍死他",
])
def test_dreamer_threat_still_flags(text: str) -> None:
    assert_flags(text, "violence")


@pytest.mark.parametrize("text", [
    "有个买家留言写“再不发货我就杀了你”，哈哈哈笑死我了",
    "隔壁小孩作文里写着“考不好我就杀了你”😂",
])
def test_someone_elses_threat_quoted_and_laughed_at_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "他留言说“明天就杀了你全家”，我已经报警了",
    "我跟他说“再这样我就杀了你”，哈哈",
])
def test_quoted_threat_without_laugh_or_own_still_flags(text: str) -> None:
    assert_flags(text, "violence")


@pytest.mark.parametrize("text", [
    "楼道里有人塞了代考小卡片，我拍下来交给保安了",
    "群里刚有人发兼职刷单的，我截图发给群主了",
])
def test_flyer_reported_to_someone_in_charge_passes(text: str) -> None:
    assert_passes(text)


def test_screenshot_to_claim_a_reward_still_flags() -> None:
    assert_flags("刷单返佣，做完截图发给群主领佣金", "ad")


@pytest.mark.parametrize("text", [
    "帮派被隔壁服那群人抢了矿，今晚组队过去干死他们",
    "副本里那个boss太恶心了，今晚开黑一定要弄死它",
])
def test_fights_in_a_game_pass(text: str) -> None:
    assert_passes(text)


def test_fight_moved_offline_still_flags() -> None:
    assert_flags("公会那个叛徒，线下约出来打一顿，谁一起", "violence")


def test_exposed_persons_number_is_no_ad() -> None:
    verdict, categories = classify(
        "大家认准这个微商就是她，真名刘芳，手机13677778888，住在幸福小区3栋，去她家问个说法")
    assert verdict != "pass" and "privacy" in categories and "ad" not in categories


@pytest.mark.parametrize("text", [
    "求购一台二手跑步机，能用就行，有的私我",
    "求购闲置的儿童安全座椅，有的联系我",
    "求购二手电动车一辆，能骑就行，价格私聊",
])
def test_member_asking_to_buy_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "长期高价回收二手手机，上门收，有的私我",
    "二手空调回收，价格公道，有需要的私我",
])
def test_dealer_buying_up_still_flags(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize(("text", "category"), [
    ("安眠药不用处方，一板八十，私", "drugs"),
    ("百家乐包赢打法，跟着下就行，私", "gambling"),
    ("K粉现货，懂行的来", "drugs"),
    ("明星不雅视频全集，要的留个邮箱", "porn"),
    ("小姐姐上门服务，全套八百，地址私", "porn"),
])
def test_bare_private_after_a_risk_offer_is_drainage(text: str, category: str) -> None:
    verdict, categories = classify(text)
    assert verdict != "pass" and {"ad", category} <= set(categories), (text, categories)


def test_lending_to_a_gambler_is_no_drainage() -> None:
    _, categories = classify("表哥玩时时彩输红了眼，昨天又找我借两万说要翻本")
    assert "ad" not in categories and "gambling" in categories, categories


@pytest.mark.parametrize("text", [
    "婚礼跟拍，全程高清出片，找我就行",
    "远红外理疗护膝，老寒腿一戴就暖，叔叔阿姨们找我拿体验价",
    "家电清洗上门，油烟机空调都能做，找我预约",
])
def test_pitch_closed_by_find_me_is_an_ad(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize("text", [
    "课程表发群里了，有问题找我就行",
    "培训资料没收到的直接找我",
    "有事找我，我今天都在",
    "快递放错了，失主找我拿",
    pytest.param("周末搬家缺人手，管饭，找我", marks=MODEL_READS_AS_RISK),
])
def test_help_offered_with_find_me_passes(text: str) -> None:
    assert_passes(text)


def test_exam_course_with_bare_domain_is_an_ad() -> None:
    assert_flags("教资面试押题课，去年学员命中率很高 www.jiaozi-yati.cn", "ad")


def test_bargain_cut_with_pasted_mini_program_is_an_ad() -> None:
    assert_flags("姐妹们帮我砍一刀，还差一点点 #小程序://拼多多/kj88", "ad")


def test_bargain_cut_asked_of_friends_still_passes() -> None:
    assert_passes("拼多多砍一刀真的砍不完，谁成功过")


@pytest.mark.parametrize("text", [
    "羽毛球队队长：新来的队员请加我微信 ymq_dz01 登记保险信息，比赛前统一上保险",
    "幼儿园园长：校车接送还没登记的家长请加我微信 yy_yz2024 登记",
])
def test_organiser_registering_what_a_cue_names_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "群主：团购大米，每袋80元，要的加我微信 tg_dami 登记",
    "管理员：新学期课程资料费每人交50，加我微信 zl_2024 登记",
    "管理员：代理招募，加我微信 dl_2024 报名，价格优惠",
])
def test_organiser_heading_a_sale_or_a_fee_still_flags(text: str) -> None:
    assert_flags(text, "ad")


def test_number_given_to_be_called_to_death_is_no_ad() -> None:
    _, categories = classify("那个老赖的老婆电话一三八零零一二三四五六，大家一起打爆她")
    assert "ad" not in categories, categories


def test_hidden_number_in_a_pitch_still_flags() -> None:
    assert_flags("急用钱的打我电话一三九零零一二三四五六，秒批", "ad")


@pytest.mark.parametrize("text", [
    "这个币圈项目稳赚不赔，跟着老师操作日赚几千",
    "新出的资金盘拉人头有奖励，投一万返三千",
])
def test_earnings_claim_inside_a_scam_pitch_is_fraud_alone(text: str) -> None:
    verdict, categories = classify(text)
    assert verdict != "pass" and "fraud" in categories and "ad" not in categories, categories


@pytest.mark.parametrize("text", [
    "这个币圈项目稳赚不赔，日赚几千，想上车的私我",
    "点赞就能赚钱，日赚三百，先交会费",
    "这个币圈项目稳赚不赔，日赚几千，加v coin_8866",
])
def test_earnings_claim_with_a_channel_or_a_task_job_stays_drainage(text: str) -> None:
    verdict, categories = classify(text)
    assert {"ad", "fraud"} <= set(categories), categories


@pytest.mark.parametrize("text", [
    "羽毛球新群建好了，想来的加我微信 ymq_xq88",
    "这群快不行了，大家移步新群吧，二维码在相册",
    "进我的新群天天有红包",
])
def test_new_group_with_a_way_in_is_an_ad(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize("text", [
    "欢迎新群友，我微信 lily_2020，有事找我",
    "大家去新群主那里登记一下",
    "新建了个班级群，家长们明天统一拉进去",
])
def test_new_members_and_owners_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "手工皂清仓，三块包邮，淘宝搜店铺「小满皂坊」",
    "瘦身奶昔，一个月瘦十斤，不反弹，私我",
    "【小程序】农家土鸡蛋，30枚包邮，点进来下单",
])
def test_shop_search_slimming_pitch_and_shop_mini_program_are_ads(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize("text", [
    "这家店东西不错，淘宝搜店铺就能找到",
    "最近在瘦身，晚饭不吃了，有空私我聊",
    "【小程序】班级接龙 | 周五春游报名",
])
def test_shop_talk_diet_chat_and_class_mini_program_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), [
    ("冰糖到货，老规矩电报联系", "drugs"),
    ("K粉到了，TG上聊", "drugs"),
    ("业主手机号数据出售，做装修的老板私聊", "privacy"),
])
def test_telegram_or_a_trade_called_after_a_risk_offer_is_drainage(text: str,
                                                                    category: str) -> None:
    verdict, categories = classify(text)
    assert {"ad", category} <= set(categories), (text, categories)


def test_a_trade_asked_for_advice_is_no_drainage() -> None:
    _, categories = classify("做过胃镜的朋友来说说，麻醉是不是用的丙泊酚")
    assert "ad" not in categories, categories


def test_vote_canvassed_with_a_link_is_an_ad() -> None:
    assert_flags("宝宝参加萌娃大赛了，大家帮忙投个票呀 https://vote.mengwa.cn/x9", "ad")


def test_owners_vote_notice_passes() -> None:
    assert_passes("业委会投票下周在会所进行，请业主带身份证")


def test_an_unanswered_message_is_no_drainage() -> None:
    verdict, categories = classify("要是他还不回我私信，我就去他公司闹")
    assert verdict != "pass" and "ad" not in categories, categories


def test_those_who_want_it_message_me_is_still_drainage() -> None:
    assert_flags("想要的私信我，价格好说", "ad")


def test_news_hook_on_a_pitch_still_flags() -> None:
    assert_flags("看新闻说金价要涨，稳赚不赔的内部渠道，想跟单的私我", "ad")


def test_bosses_gambling_in_private_is_no_drainage() -> None:
    _, categories = classify("那几个老板们私下都在赌球，一场输赢几十万")
    assert "gambling" in categories and "ad" not in categories, categories


def test_news_hook_without_an_event_still_flags() -> None:
    assert_flags("看新闻说黄金还要涨，这个平台稳赚不赔", "fraud")


@pytest.mark.parametrize("text", [
    "借了高利贷去赌，已经欠了五万，今晚再搏一把肯定能捞回来",
    "别上班了，来玩这个时时彩，一天能翻两倍",
])
def test_loss_chased_or_offer_after_a_pivot_is_gambling(text: str) -> None:
    assert_flags(text, "gambling")


@pytest.mark.parametrize("text", [
    "他网上赌博欠了一屁股债，大家千万别碰",
    "别玩时时彩了，都是骗人的",
    "别再想着翻本了，网赌欠了的钱慢慢还",
])
def test_gambling_warnings_still_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "足球外围盘口，稳赚不赔，私我",
    "百家乐网站首充送八十，提现秒到",
])
def test_sure_win_claim_in_a_betting_offer_is_gambling_not_fraud(text: str) -> None:
    verdict, categories = classify(text)
    assert "gambling" in categories and "fraud" not in categories, (text, categories)


@pytest.mark.parametrize("text", [
    "这个博彩网站有漏洞，稳赚，先交五百保证金我带你",
    "我这有个理财项目，稳赚不赔",
])
def test_trick_or_investment_with_a_sure_win_stays_fraud(text: str) -> None:
    assert_flags(text, "fraud")


def test_scammer_named_in_a_victims_threat_is_no_fraud() -> None:
    verdict, categories = classify("被骗了三十万，那个带单老师住哪我查到了，今晚就去砍死他")
    assert "violence" in categories and "fraud" not in categories, categories


def test_stock_tip_pitch_stays_fraud() -> None:
    assert_flags("荐股老师带单，稳赚不赔，加群", "fraud")
