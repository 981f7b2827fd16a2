"""Drainage without an id, offers next to a contact, shared items rendered as text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.detect.lexicon import Lexicon
from streams.detect.moderation import Message, Moderator

LEXICON = Lexicon.load()


def classify(text: str, msg_type: str = "text") -> tuple[str, tuple[str, ...]]:
    verdict = Moderator(LEXICON).classify(Message("e1", 0, "g1", "u1", msg_type, text))
    return verdict.verdict, verdict.categories


@pytest.mark.parametrize(
    "text",
    [
        "想了解的姐妹看我签名",  # a profile pointer next to "those who want"
        "链接在我朋友圈，需要的自取",
        "私房菜外卖，感兴趣的戳我",
        "有要一起做的吗？私我",
        "觉得不错的扣1，我拉你",
        "想进的，我拉你们进二群",
        "有需要的宝宝滴滴",
        "家政保洁上门服务，电话 13912345678",  # service wording + a phone: an offer
        "暑假编程培训班，试听课 9.9 元，链接 https://example-edu.cn/a",
    ],
)
def test_drainage_and_offers_with_a_contact_are_ads(text: str) -> None:
    verdict, categories = classify(text)
    assert verdict != "pass" and "ad" in categories, (text, categories)


@pytest.mark.parametrize(
    "text",
    [
        "看我头像，新拍的全家福",  # a pointer without any offer
        "我换了头像，好看吗",
        "同意周六聚餐的扣1，我统计人数",  # a vote, not a pull into a group
        "照片都在我朋友圈",
        "物业电话换了，新号码 0731-8423 7766",  # a service number shared by a neighbour
        "活动报名表在这 https://docs.qq.com/form/abc",
        "我要的私房菜到了",
        "有问题可以私聊我",
    ],
)
def test_ordinary_lines_that_look_like_drainage_pass(text: str) -> None:
    assert classify(text) == ("pass", ())


def test_a_risk_offer_with_a_private_channel_is_drainage_and_keeps_its_own_category() -> None:
    verdict, categories = classify("有冰毒，想要的宝子戳我")
    assert verdict == "reject" and categories == ("ad", "drugs")


@pytest.mark.parametrize(
    ("text", "is_ad"),
    [("[小程序] 外卖红包 | 点击领取无门槛券", True), ("[名片] 福利官小助手", True),
     ("[名片] 李老师", False), ("[小程序] 群接龙：周日爬山", False)],
)
def test_shared_items_rendered_as_text_are_judged_like_the_items(text: str, is_ad: bool) -> None:
    verdict, categories = classify(text)
    assert ("ad" in categories) is is_ad and (verdict != "pass") is is_ad


@pytest.mark.parametrize(
    "text",
    [
        "警方捣毁了一个网络赌博窝点，大快人心",  # news of a bust
        "小区反诈讲座说刷单返利都是诈骗",
        "他网赌欠了一屁股债，老婆都走了",  # a consequence told as a story
        "孩子问我大麻是什么，我该怎么解释",  # asking what a word means
        "医生给我开了曲马多，说疼得厉害再吃",
        "那部讲赌场的纪录片挺好看",
        "学校在讲鸦片战争",
        "这部剧的反派真是杀人不见血",
    ],
)
def test_news_stories_questions_and_idioms_pass(text: str) -> None:
    assert classify(text) == ("pass", ())


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("群里有人玩pc蛋蛋吗，大小单双都能下", "gambling"),
        ("出仿真枪，全国包邮", "violence"),
        ("真的不想活了，想紫砂", "self_harm"),
        ("谁会开盒，帮我查个人", "privacy"),
        ("恭喜中奖！领奖需先支付手续费", "fraud"),
        ("rnm，还钱", "abuse"),
    ],
)
def test_slang_and_scam_scripts_are_caught(text: str, category: str) -> None:
    verdict, categories = classify(text)
    assert verdict != "pass" and category in categories, categories


def test_a_teapot_is_not_self_harm() -> None:
    assert classify("新买的紫砂壶，泡茶很香") == ("pass", ())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="看点戳见号码在我的头像主页昵称有需要想要感兴趣私聊滴dsx扣1拉你进群带懂来吗?,",
               max_size=30))
def test_the_one_pass_screen_passes_every_text_a_pattern_matches(text: str) -> None:
    from streams.detect.drainage import _ANY_RE, PATTERNS

    if _ANY_RE.search(text) is None:
        assert not any(pattern.search(text) for _, pattern in PATTERNS)


@pytest.mark.parametrize(
    "text",
    [
        "想学画画的妈妈们看过来，周末开课，报名找我，私信",  # 想 + verb + 的 … private, later
        "有没有想学瑜伽的？我瘦了二十斤，方法分享给你，私我",
        "这款奶粉可以帮大家拼，有要的小窗",
        "在家也能做的副业，了解的➕➕",
        "新建了个交换群，想进的回复1",
        "快手搜“好物小铺”关注我，天天上新",
        "关注公众号【育儿百科】，回复“入群”",
        "我是做理财的，有需要的可以找我聊聊",
        "我是做保险的，给孩子买教育金的可以找我聊聊",
        "每天9.9包邮，扫码进群",
        "少儿美术班报名中，半价，私信",
        "联系方式见头像",
        "懂的上车，货好",
    ],
)
def test_newer_id_less_drainage_shapes(text: str) -> None:
    verdict, categories = classify(text)
    assert "ad" in categories and verdict != "pass"


@pytest.mark.parametrize(
    "text",
    [
        "明天聚餐要去的扣1",  # a vote
        "同意的扣1",
        "扫码付款就行，微信支付也可以",  # scanning to pay, no selling wording
        "有问题私信群主",
        "孩子的作业有不会的私我",
        "我在抖音搜了个菜谱，做出来还行",  # no quoted name to look up
        "我是做会计的，月底忙死了",  # an introduction without a private channel
        "我是做老师的，孩子作业不会的可以私我",  # help, no selling wording
        "想吃的私我，我多做了一锅",  # friends sharing
        "群里有想学游泳的吗？我家孩子也想学",
        "看我头像，这是我家的猫",
        "加油，有事找我",
        "我想你的时候私信你",
    ],
)
def test_newer_shapes_leave_everyday_chat_alone(text: str) -> None:
    verdict, categories = classify(text)
    assert verdict == "pass", categories


def test_a_number_posted_to_expose_someone_is_not_drainage() -> None:
    _, categories = classify("那个撞了人就跑的车主，电话 13567829104，住在锦绣花园6幢301，大家去堵他")
    assert "ad" not in categories
    _, offered = classify("出售业主信息，需要的电话 13567829104")
    assert "ad" in offered


@pytest.mark.parametrize(
    ("text", "is_ad"),
    [
        ("进我主页看置顶，有你想要的", True),
        ("扫描我头像的二维码，进群有惊喜", True),
        ("有个不错的项目想跟大家聊聊，方便的私聊", True),
        ("你方便的时候私信一下班主任，问问孩子作业", False),
        ("网址：www点haoyou365点vip 记得收藏", True),  # a link written to slip past filters
        ("这篇文章不错 www.example.com/news/1", False),  # an article link as it is
        ("社区医院周六有专家门诊，预约电话是 0731-8856 2301", False),  # 预约 is no selling cue
    ],
)
def test_pointers_solicitations_and_hidden_links(text: str, is_ad: bool) -> None:
    verdict, categories = classify(text)
    assert ("ad" in categories) is is_ad and (verdict != "pass") is is_ad


@pytest.mark.parametrize(
    "text",
    [
        "扫描图中二维码关注，领20元无门槛券",  # scan the code + a coupon
        "海边客栈直订，比平台便宜，扫码加我",
        "二手扫码枪出了，买新的送赠品，扫码进群领",  # the device named, then the lure
        "品牌鞋服员工价，dd wo",  # pinyin "wo" after dd
        "宝妈群拉人，进群就送洗衣液",  # a gift for joining
        "进群免费领资料",
        "这个群太冷了，来我群吧，每天发福利",  # poaching with a jab
        "本群没啥干货，来我们那边吧",
        "来我的新群，每天分享干货",
        "做微商代理，零门槛，想赚零花钱的宝妈来",  # who-come with selling wording
        "奶茶店招人，包吃住，想打工的朋友们来",
        "网贷逾期停催，客服 400-820-1234",  # a 400 line with selling wording
    ],
)
def test_scan_join_gift_poaching_and_who_come_are_ads(text: str) -> None:
    verdict, categories = classify(text)
    assert "ad" in categories and verdict != "pass", categories


@pytest.mark.parametrize(
    "text",
    [
        "扫码付款打五折，微信支付也行",  # scan to pay, a discount among friends
        "扫码点餐，今天半价",
        "扫二维码下载app，打五折",  # scan to download
        # a barcode scanner, the device (holdout 323): no code to scan
        "二手扫码枪出了，我换新的了，旧的免费送给刚开店的，谁要？",
        "想吃火锅的来",  # friends
        "想去爬山的朋友们来",
        "新人进群发红包，老规矩",  # a custom, not a lure
        "进群就送的那个礼品是群主自掏腰包的，谢谢群主",  # talking about one
        "周末来我们这边玩，人多热闹",  # an invitation
        "这个群真好，来我们这边吃饭吧",
        "欢迎来我们群，大家好",
        "群主来我们群里发过红包",
        "顺丰客服 400-811-1111 打不通",  # a hotline without an offer
        "茅台 600519 今天涨了，版本 v2.3.1 也更新了",
        "超市鸡蛋五折，大家去抢",  # a deal shared among friends, no contact
    ],
)
def test_scan_join_poach_and_who_come_leave_chat_alone(text: str) -> None:
    verdict, categories = classify(text)
    assert verdict == "pass", categories


@pytest.mark.parametrize(
    "text",
    ["健身卡低价转让，要的扣1", "sx我 有惊喜", "会员账号特价，sx wo"],
)
def test_want_votes_and_sx_with_selling_wording_are_ads(text: str) -> None:
    verdict, categories = classify(text)
    assert "ad" in categories and verdict != "pass", categories


@pytest.mark.parametrize("text", ["奶茶拼单，要的扣1", "sx我 明天见", "周六爬山，要去的扣1"])
def test_want_votes_among_friends_pass(text: str) -> None:
    verdict, categories = classify(text)
    assert verdict == "pass", categories


def test_a_risk_offer_answered_in_the_comments_is_drainage() -> None:
    _, categories = classify("全是无码的资源，想要的评论区留言")
    assert "ad" in categories and "porn" in categories


def test_asking_for_the_victims_card_details_is_fraud_not_drainage() -> None:
    _, categories = classify("中奖的请把银行卡号和密码私发给我核实")
    assert "fraud" in categories and "ad" not in categories


def test_a_wechat_id_posted_with_someone_else_s_address_is_not_drainage() -> None:
    _, categories = classify("那个骗子的微信 lz_pianzi 和她家地址我都发出来了，大家去骂她")
    assert "ad" not in categories and "privacy" in categories


@pytest.mark.parametrize(
    ("text", "msg_type", "is_ad"),
    [
        ("微信搜一搜：好物小站 每天特价", "text", True),
        ("微信里搜「优选铺子」，包邮", "text", True),
        ("微信搜一下就有，挺方便", "text", False),
        ("微信搜索：天气预报 就能看", "text", False),  # no selling wording
        ("王老师 | 股票实盘指导", "card", True),
        ("张医生 推荐给你", "card", False),
    ],
)
def test_wechat_search_and_stock_tip_cards(text: str, msg_type: str, is_ad: bool) -> None:
    _, categories = classify(text, msg_type)
    assert ("ad" in categories) == is_ad, categories


@pytest.mark.parametrize(
    "text",
    [
        "小店报群号打八折，欢迎来坐坐",  # group_code_perk
        "自家腌的咸鸭蛋，工友价一箱60",  # member_price
        "转发这条到两个群，截图来领小礼品",  # share_for_reward
        "每邀请3个人进群奖励五块",  # pay_per_invite
        "我在卖自家种的大米，要的说一声",  # self_seller
        "游泳班报名即送泳镜",  # signup_perk
        "ks搜 修车老李，天天讲保养",  # platform_search
        "有需要装宽带的朋友找我，当天上门",  # need_then_find + selling wording
        "想学剪辑的扣1，免费带",  # who_wants_vote + selling wording
        "工厂直招普工，感兴趣的留言",  # who_leave_word + hiring wording
        "包吃住的厂，加我带你进",  # take_you_in + hiring wording
        "出两张演唱会门票，原价，有要的吗",  # anyone_want + selling wording
        "二手冰箱上门回收，价格好商量",  # negotiable + service wording
    ],
)
def test_perks_member_prices_and_selling_asks_are_ads(text: str) -> None:
    assert "ad" in classify(text)[1]


@pytest.mark.parametrize(
    "text",
    [
        "报名了，周六见",
        "群友们新年快乐",
        "转发一下，寻找走失老人",
        "我在卖萌呢别理我",
        "有需要的吗？我多买了两斤橘子",  # no selling wording
        "想去吃火锅的扣1",
        "感兴趣的留言，周末一起爬山",
        "有要一起拼车的吗",
        "价格好商量吗？我问问老板",
        "这药一次两片，一天三次",
        "微信支付就行，取件码 8-2-3015",
        "加油！明天比赛必胜",
    ],
)
def test_perks_and_selling_asks_leave_chat_alone(text: str) -> None:
    assert classify(text)[0] == "pass", classify(text)


@pytest.mark.parametrize(
    ("text", "is_ad"),
    [("烧烤店开业全场买一送一，地址幸福路8号", True),
     ("周年庆全场七折，本店新到一批货", True),
     # a friend passing on a deal, and a neighbour asking the way
     ("楼下奶茶店开业半价，我刚喝了一杯", False),
     ("会员日是哪天？超市地址我忘了", False)],
)
def test_a_shops_own_promotion_is_an_ad(text: str, is_ad: bool) -> None:
    assert ("ad" in classify(text)[1]) is is_ad, classify(text)


# --- seventh round (2026.12.7): livestream pushes, room codes, shop searches, perks for turning
# up, "详询", group buys with a price pitch, 私发 / a closing 私; each with chat that stays benign
@pytest.mark.parametrize(
    ("text", "is_ad"),
    [("我的直播间点个关注，每晚十点开播", True),  # livestream_push
     ("求关注，主播天天在直播间等你们", True),
     ("明晚直播带货，福利多多", True),
     ("进房码私我，今晚有惊喜", True),  # room_code
     ("戳主页", True),  # bare_profile: the whole message
     ("库存清仓，拼多多搜「阿强家纺」", True),  # shop_search (with selling wording)
     ("新店开业，到店即享八折", True),  # signup_perk: a perk for turning up
     ("办卡立减两百，只限本周", True),
     ("备注小区名字立减十元", True),  # group_code_perk with any group's name
     ("进群每天发红包，手慢无", True),  # join_gift
     ("钢琴陪练课程，详询王老师", True),  # ask_details with selling wording elsewhere
     ("小区团购净水器，比市场价便宜三百", True),  # group_buy
     ("电子教材全套，网盘链接私发", True),  # selling_private: 私发
     ("祛痘面膜，一周见效，宝妈都在用，私", True),  # selling_private: a closing 私
     # a viewer, a game room, a friend, an event, a question: chat
     ("昨晚那个直播间好热闹，主播唱歌真好听", False),
     ("游戏房间码找我要", False),
     ("看我头像，我家的猫可爱吧", False),
     ("淘宝搜一下就有", False),
     ("每天签到的话能拿积分吗", False),
     ("新人进群发红包是规矩", False),
     ("有问题详细问问物业", False),
     ("团购的菜到了，大家下楼拿", False),
     ("照片我私发给你了", False)],
)
def test_seventh_round_drainage_families(text: str, is_ad: bool) -> None:
    assert ("ad" in classify(text)[1]) is is_ad, classify(text)
