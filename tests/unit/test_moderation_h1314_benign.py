"""Benign families that holdouts 13 and 14 and the two training sets flagged: hyperbole and
jokes, words explained or quoted, members reporting or refusing spam, the state lottery,
official and course links, a sender accused of 偷拍, ad words naming whose goods, workplace
groups, lost-and-found and bureau landlines.  Each excuse must sit next to the term it
excuses: the risk lines below, with a laugh, a negation or a link elsewhere, are still caught.
All wording is our own."""

from __future__ import annotations

import pytest
from moderation_cases import assert_flags, assert_passes

# --- hyperbole and jokes (self-harm words said in jest, next to the laugh or the degree) ----


@pytest.mark.parametrize("text", [
    "排版改了一下午又被打回来，气得我都想死",
    "这周末加了两天班，烦得想跳楼",
    "理财亏了一半，心疼得想跳楼，算了不看了",
    "双十一抢不到券，想死哈哈哈",
    "又长胖三斤，想死😂",
    "期末绩点出来了，我真想死😭",
    "考驾照科二又挂了，我想死🤣 下周再约",
    "房贷又涨了，想跳楼😂 开玩笑的，日子还得过",
    "这家奶茶排了两小时，不如死了算了哈哈",
])
def test_hyperbole_next_to_a_laugh_or_a_degree_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    # a laugh elsewhere in the message excuses nothing
    "哈哈，你们别笑，我是真的想死，药都准备好了",
    "今天没人理我，想死。哈哈都是假的",
    # 不是开玩笑 says the opposite of a joke
    "想死，不是开玩笑，这次是真的",
    # 觉得 is no degree: the feeling itself
    "爸妈天天吵架，我觉得没必要活着了",
    # 到 a place is a plan, not hyperbole
    "欠的钱还不上，今晚开车到江边就不回来了",
    # a strong term is never a joke, whatever follows it
    "我要自杀哈哈",
    # lasting or insisted on: no emoji or laugh makes it a grumble
    "产后这半年每天都想死😭",
    "我天天想跳楼😂",
    "真的好想死哈哈，没人懂",
])
def test_self_harm_with_an_unrelated_or_negated_joke_is_still_flagged(text: str) -> None:
    assert_flags(text, "self_harm")


@pytest.mark.parametrize("text", [
    "3号床的阿姨疼得整夜喊“不想活了”，护士打了止痛针才安静",
    "隔壁床老爷子半夜直说死了算了，护士来打了一针",
])
def test_a_patient_in_pain_quoted_by_a_ward_visitor_passes(text: str) -> None:
    assert_passes(text)


# --- a word explained, a likeness, an accusation, family banter ------------------------------


@pytest.mark.parametrize("text", [
    "日语里“殺す”有时候只是夸张，不是杀人的意思",
    "今天翻译课讲到这个俚语，原来是累坏了，不是毒品",
    "法语词drogue在这个语境里不一定指毒品，也可以是药",
    "套路贷这个词是什么意思？新闻里老看到",
    "刷单这个说法我一直没弄懂",
    "我家那棵看着像大麻的其实是野生艾草，邻居别误会",
    "在公园拍花，被一个大姐说我偷拍，只好把相机给她看",
    "大叔以为我在偷拍他，其实我在拍鸽子",
    "姥爷过寿，我们给他订的蛋糕写“老不死的福寿双全”，他就爱这么闹着玩😂",
    "我外婆一辈子喊外公老不死的，喊得可亲了哈哈",
    "粤语这句只是“累到不行”的意思，不是真的想死",
    "“飞起来”这个说法在这里不是说毒品，是说开心",
    "在景区拍风景，游客骂我们偷拍他，其实镜头对着山",
    "举着手机拍晚霞，被楼下阿姨误会成偷拍，解释了好久",
])
def test_a_word_mentioned_not_meant_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), [
    # a negation without any talk of words or languages is no explanation
    ("这不是毒品，是纯天然的助眠草，想试的私我", "drugs"),
    ("他家那片地种的不是玉米是大麻，晚上一起去摘", "drugs"),
    # 偷拍 sold or boasted about, not thrown at the sender
    ("更衣室偷拍的合集，一套三十，要的私", "porn"),
    ("女生宿舍楼下被我偷拍了好几张，身材真好", "porn"),
    # abuse in quotes with no banter is still abuse
    ("你这个“老不死的”赶紧滚出我们小区", "abuse"),
    # a name-calling with no family and no laugh is still abuse
    ("楼下那个叫老不死的，天天占车位", "abuse"),
    # a negation with no talk of words is no explanation
    ("我不是真的想死，只是每天都撑不下去了", "self_harm"),
])
def test_risk_lines_with_a_look_alike_word_are_still_flagged(text: str, category: str) -> None:
    assert_flags(text, category)


# --- members reporting, clearing or refusing spam; anti-fraud talks; news --------------------


@pytest.mark.parametrize("text", [
    "又有人在群里发刷单的，我已经举报给管理员了，大家别理",
    "@管理员 有人发网赌链接，麻烦清理一下",
    "本群只聊钓鱼，谁发赌博广告直接踢",
    "同学拉我去玩网赌，我拒了，这种东西碰不得",
    "社区民警来讲防诈骗课，说安全账户都是假的",
    "帮我看看这条是不是诈骗：您的医保卡异常即将冻结",
    "新闻：城郊一家棋牌室被查出开设赌场，老板被带走了",
    "听说邻村有人吸冰毒被抓了，判了三年，大家千万别碰",
    "以后谁在群里发博彩网站，管理员直接移出",
    "听说有人在群里推荐网贷，大家千万别借",
    "伴娘团闹洞房太狠，新郎说再闹就杀了你们哈哈",
])
def test_reporting_refusing_and_warning_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), [
    # 不怕举报 is a seller's boast, not a report
    ("高仿证件什么都能做，不怕举报，要的私我", "fraud"),
    # 查出 by a fake customs officer is the scam itself
    ("您的包裹被海关查出违禁品，请配合转账到安全账户", "fraud"),
    ("网赌回血群，带你翻本，进群私聊", "gambling"),
    # the sender's own use, even closed with a warning
    ("我溜冰溜了三年，牙都掉了，大家千万别碰", "drugs"),
    # the sender's own threat, laugh or not
    ("我说到做到，再惹我就杀了你们哈哈", "violence"),
    ("再逼我一次我就杀了你们哈哈哈", "violence"),
])
def test_look_alike_warnings_still_flag_the_offer(text: str, category: str) -> None:
    assert_flags(text, category)


# --- the state lottery and games for nothing -------------------------------------------------


@pytest.mark.parametrize("text", [
    "下班顺路买了张体彩，想着赌一把运气，结果啥也没中",
    "我妈每周买两注双色球，说是赌一把，中了请大家吃饭",
    "今晚小区活动室打麻将，不赌钱纯娱乐，来凑个角",
    "周末去冰场溜冰，孩子摔了好几次还不肯走",
])
def test_state_lottery_and_play_for_nothing_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "福彩3D内部计划，跟着下注稳赚，赌一把翻身",
    "体彩不过瘾？来我们平台赌一把，充值秒到",
])
def test_lottery_tips_and_platforms_are_still_gambling(text: str) -> None:
    assert_flags(text, "gambling")


# --- official, exam and course links ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "英语四六级报名入口 cet.neea.edu.cn ，名额有限早点报",
    "市老年大学网上报名 https://www.lndx.bj.gov.cn/bm 课程很多",
    "这门课在中国大学MOOC免费学：https://www.icourse163.org/course/PKU-1002 ，推荐",
    "行里的合规培训在这里报名考试：https://study.icbc.com.cn/exam ，周五前完成",
    "证监会网站说了，荐股的都是骗子，大家看 http://www.csrc.gov.cn",
    "录播课放在腾讯课堂了，链接 https://ke.qq.com/course/778899 ，自己补",
    # academic sites (stop 21): the Academy of Sciences' institutes and *.ac.cn
    "紫金山天文台开放日报名链接：https://www.pmo.cas.cn/openday 名额有限",
    "植物所的科普页面写得很好 http://www.ibcas.ac.cn/kp 大家看看",
])
def test_official_and_course_links_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "四六级保过班，内部渠道，报名点 cet-baoguo.top",
    "医保卡异常即将冻结，请登录 ybj-gov.cc 认证",
    "工行积分兑换现金，点 icbc.com.cn.jifen-vip.top 领取",
    "社保卡已冻结，请登录 12333-jiedong.cn 认证",
    "中科院内部科研基金认购，年化18%，点 cas.cn.licai-vip.top 登记",
])
def test_look_alike_official_links_are_still_ads(text: str) -> None:
    assert_flags(text, "ad")


# --- ad words naming whose goods; workplace groups; lost and found; bureau landlines ----------


@pytest.mark.parametrize("text", [
    "朋友找代购的奶粉被扣在海关了，好几千块呢",
    "听说微商的护肤品好多没有批号，大家买之前查一下",
    "新来的两个同事加一下我企业微信，我拉你们进项目群",
    "捡到一个钱包，里面有身份证，失主联系我 13912345678",
    "师傅我在南门等，白色羽绒服，手机尾号6612",
    "医保报销材料周三前交到区医保局待遇科，电话 021-6543 2100",
    "人社局提醒：退休认证在手机上就能办，不懂的打 12333 问问",
])
def test_everyday_lines_with_ad_like_words_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "需要代购的私我，日韩美妆一手货源",
    "做微商的宝妈看过来，加我 vx：ws_mama88",
    "想赚钱的加我，拉你进带单群",
    "进福利群的扣1，我拉你进内部群",
])
def test_real_ads_with_the_same_words_are_still_ads(text: str) -> None:
    assert_flags(text, "ad")
