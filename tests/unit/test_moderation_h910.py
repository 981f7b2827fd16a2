"""Benign false-alarm families seen in holdouts 9 and 10 (hyperbole, warnings and news, work
context, friends sharing their own contact), each with lines of our own wording that must pass
and offers or threats of the same family that must still be flagged."""

from __future__ import annotations

import pytest
from moderation_cases import MODEL_READS_AS_RISK, assert_flags, assert_passes, classify

# --- hyperbole ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "周报改了八遍，想死的心都有了",
    "排位连跪十把 想死的心都有了😂",
    "早上没吃饭，开会开到中午，饿到想死",
    "这天气热到想死，空调还坏了",
    "甲方又改需求，我真的要砍人了",
    "堵车两小时，气得想砍人",
    "这周天天加班，忙到想死",
])
def test_hyperbole_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), [
    ("活着太累了，我真的想死，药都准备好了", "self_harm"),
    ("明天带刀去他公司砍人，说到做到", "violence"),
])
def test_real_distress_and_threats_still_flag(text: str, category: str) -> None:
    assert_flags(text, category)


# --- warnings, news, opinions ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "看新闻了吗，警方破获一个网络赌博团伙，涉案上亿",
    "据说侦破了一起网络赌博案，抓了好几十人",
    "收到“您的快递丢失，点击链接领取理赔”这类短信都是诈骗，千万别点",
    "孩子想找个暑假兼职，刷单的就别提了",
    "开盲盒本质就是赌博，我再也不买了",
    "有人私下问怎么查开房记录，这是违法的，别理他",
])
def test_warnings_news_and_opinions_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), [
    ("网络赌博平台，注册就送，稳赚不赔", "gambling"),
    ("暑假兼职刷单，一单一结，日入三百", "fraud"),
    ("专业查开房记录，当天出结果，价格好说", "privacy"),
    ("曝光一下这个人，身份证号和住址都在这，大家认准他", "privacy"),
    ("这是她的开房记录，大家看看她是什么人", "privacy"),
])
def test_offers_and_doxxing_still_flag(text: str, category: str) -> None:
    assert_flags(text, category)


# --- professional context --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "今晚交接班记得把芬太尼和吗啡的余量双人核对",
    "3床病人说不想活了想跳楼，已经告诉值班医生，家属今晚陪护",
    "上线前把测试库里的身份证号手机号都脱敏一下",
    "买保险用的身份证号大家私发给我，别发群里",
    "群里别发身份证号，私发给我就行",
])
def test_work_context_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), [
    ("吗啡有货，医院渠道，要的私聊", "drugs"),
    ("芬太尼贴片便宜出，量大价优", "drugs"),
    ("我不想活了，今晚就去跳楼", "self_harm"),
    ("出售身份证号，别发群里，要的私我", "privacy"),
])
def test_work_lookalike_offers_still_flag(text: str, category: str) -> None:
    assert_flags(text, category)


# --- friends sharing their own contact, notices with an office number --------------------------

@pytest.mark.parametrize("text", [
    "周日去徒步的加我微信 hike_wang88，我拉个小群",
    "明天一起去烧烤的加我微信 bbq_zhou2000，回头我发定位",
    "图片太大了发不了，你发我邮箱吧 lin.xiao@163.com",
    "【居委会通知】下周一开始统一更换燃气表，有问题请打居委会电话 0571-8765432",
    "养老保险可以在微信里搜“国家社会保险公共服务平台”自己交",
])
def test_friends_and_notices_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "周末一起赚钱，日结三百，加我微信 money_go88",
    "招聘打字员，在家就能做，加我微信 dazi_2025",
    "加盟热线 0571-8765432，零加盟费，当月回本",
    "微信搜“好物优选铺”，全场包邮",
])
def test_lookalike_ads_still_flag(text: str) -> None:
    assert_flags(text, "ad")


def test_shared_article_link_and_card_from_a_member_pass() -> None:
    assert_passes("分享一篇文章", "link", "https://mp.weixin.qq.com/s/Xy12abCD")
    assert_passes("代码在这 https://github.com/someone/tool 大家自己拉下来跑")
    assert_passes("[个人名片] 小芳2024", "card")


# --- risk phrasing families (lexicon 2026.12.8): slang, code words, scripts -------------------

@pytest.mark.parametrize(("text", "category"), [
    ("表哥去年戒了，上个月又复吸了", "drugs"),
    ("有k吗，周末聚会要用", "drugs"),
    ("加州草新货到了，要的老地方", "drugs"),
    ("上回那批糖劲太大，有人吃完直接倒了", "drugs"),
    ("跟我的计划，昨晚又连红六场", "gambling"),
    ("前天在菠菜上输了两万，想回血", "gambling"),
    ("今晚西甲这场我全押了客队", "gambling"),
    ("澳门首家线上娱乐城，注册就送", "gambling"),
    ("我在河边坐了一晚上，别劝我了", "self_harm"),
    ("美工刀藏在抽屉里，昨晚又划了", "self_harm"),
    ("这学期把老师的话当耳旁风，我是你们班主任，先加下我新微信，有急事", "fraud"),
    ("孩子在外地，说手机坏了用朋友的号，让我先帮我转两千过去", "fraud"),
    ("你儿子几点放学我都知道，识相的赶紧还钱", "violence"),
    ("找人打他一顿让他躺医院，钱好说", "violence"),
    ("给个手机号就能出机主名字和住址", "privacy"),
    ("通话记录和开房信息都能调，三天出", "privacy"),
    ("做一单返一单，本金当天退", "fraud"),
    ("包子下台，自由万岁", "politics"),
])
def test_risk_phrasing_families_flag(text: str, category: str) -> None:
    assert_flags(text, category)


@pytest.mark.parametrize("text", [
    "期末复习到凌晨两点，困死了",
    "菠菜炒鸡蛋，再来个番茄汤",
    "这场比赛太精彩了，主队最后绝杀",
    pytest.param("我是你们新来的班主任，下周一开家长会", marks=MODEL_READS_AS_RISK),
    "周末去江边骑车，风景很好",
    "天台上种了好多花，晒被子也方便",
    "美工刀借我用下，拆个快递",
    "你儿子几点放学啊，我顺路一起接了",
    "空调温度都能调，遥控器在抽屉里",
    "股票连红三天了，今天终于绿了",
    "电脑又罢工了，重启一下",
])
def test_risk_family_lookalikes_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), [
    ("谁要业主信息，整栋楼的，电话姓名都有", "privacy"),
    ("某学校家长名单，电话全在这，一条两毛", "privacy"),
    ("小心你的店，哪天着火了可别怪我", "violence"),
    ("群主每天推两只牛股，上周带大家吃了三个涨停", "fraud"),
    ("新人先充五十激活账户，每天签到领钱", "fraud"),
    ("附近的小哥哥寂寞吗，来找我聊聊", "porn"),
    ("谁手上有草，周末要", "drugs"),
    ("她电话13912345678，住哪也知道了，随便你们", "privacy"),
    ("同城上门，学生妹，包夜", "porn"),
])
def test_more_risk_families_flag(text: str, category: str) -> None:
    assert_flags(text, category)


@pytest.mark.parametrize("text", [
    "请各位家长把家长信息表填好交给班长",
    "物业在更新业主信息，电话有变动的说一下",
    "小心你的车，停在树下容易被砸",
    "这个基金每天推送净值，挺方便",
    "我手上有草莓，谁要",
    "小哥哥你好，请问地铁站怎么走",
])
def test_more_family_lookalikes_pass(text: str) -> None:
    assert_passes(text)


def test_household_visit_is_an_ad_not_porn() -> None:
    verdict, categories = classify("空调清洗 油烟机拆洗 同城上门 电话 13912345678")
    assert verdict != "pass" and categories == ("ad",), categories


def test_a_file_shared_by_netdisk_link_passes_and_a_set_on_offer_does_not() -> None:
    assert_passes("聚会的照片都在这，网盘链接 https://pan.baidu.com/s/1qWeRtY 提取码 k3m9")
    assert_passes("会议纪要网盘链接：https://pan.baidu.com/s/1ZxCvBn 提取码 7p2q")
    assert_flags("全套教师资格证资料，网盘 https://pan.baidu.com/s/1AsDfGh 提取码 9k8j", "ad")
    assert_flags("资料合集网盘链接 https://pan.baidu.com/s/1AsDfGh 提取码 9k8j，需要的加我", "ad")
