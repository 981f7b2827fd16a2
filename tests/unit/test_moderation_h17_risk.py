"""Risk families found by holdout 17's first run (risk recall 0.749): scams told as an office's
notice or an insider's favour, stakes told as done, oblique drugs and porn, conditional threats,
slurs about a member's body or mind, records held on members, a farewell after ruin.  Each
family's positives are in our own wording, next to the ordinary chat that shares its words."""

from __future__ import annotations

import pytest
from moderation_cases import assert_flags, assert_passes, classify


# --- fraud: a fee notice that ends in "pay me", or the same fee asked again
@pytest.mark.parametrize("text", [
    "物业通知：每户需更换新水表，每户交350，今天之内转给我统一登记",
    "各位家长，下学期的书本费每人230元，请扫描下面的二维码缴纳，明早截止",
    "家长们，秋游费每人120，直接发红包给我，我来统一交",
    "系统出了点问题，上周交的报名费需要重新缴纳，之前的会原路退回",
    "因为银行通道升级，大家的押金要重新支付一次，已付的月底退",
])
def test_fee_to_sender_flags(text: str) -> None:
    assert_flags(text, "fraud")


@pytest.mark.parametrize("text", [
    "提醒：有人冒充班主任在群里收资料费，让转给他个人，大家别信",
    "昨天的饭钱我先垫了，一人八十，回头转我就行",
    "本月伙食费请家长通过学校公众号缴纳，不要私下转账",
    "物业费可以在小程序上交，也可以去物业前台刷卡",
    "订单超时没付成功，我又重新下了一单",
])
def test_fee_look_alikes_pass(text: str) -> None:
    assert_passes(text)


# --- fraud: a result arranged through "connections", for money
@pytest.mark.parametrize("text", [
    "公务员面试我认识人，十万保过，先交一半定金",
    "驾照分数能改，内部关系，有需要的说",
    "我有关系，孩子进重点中学的名额能弄到，费用二十万，先付定金",
    "职称评审找人打招呼就行，三万包过",
])
def test_insider_fix_flags(text: str) -> None:
    assert_flags(text, "fraud")


@pytest.mark.parametrize("text", [
    "我有关系很好的朋友在医院，明天帮你问问挂号的事",
    "成绩可以改吗？我觉得阅卷有问题，想申请复核",
    "面试前记得跟导师打个招呼，礼貌一点",
])
def test_insider_look_alikes_pass(text: str) -> None:
    assert_passes(text)


# --- fraud: a job abroad paid for first; a multiple back; goods prepaid to a "channel";
# a donation or a pet's freight to a private card
@pytest.mark.parametrize("text", [
    "想去国外工作的联系我，包签证包住宿，先交两万押金",
    "投两万到我这个项目，明年分红十万，名额不多",
    "我有门路拿到演唱会内场票，先付全款，开票前发你",
    "新款手机预订，定金300锁单，下周统一发货",
    "救助站的狗狗急需手术费，爱心人士请转到我个人账户，谢谢大家",
    "领养这只金毛只收托运费600，狗在外省，钱到就发",
])
def test_prepaid_scams_flag(text: str) -> None:
    assert_flags(text, "fraud")


@pytest.mark.parametrize("text", [
    "出国工作的手续太麻烦了，光体检就跑了三趟",
    "去年投了两万买基金，现在还亏着",
    "官方渠道买的，发票都在，放心",
    "流浪猫救助的账目每月公示在群公告，大家可以监督",
    "领养不收任何费用，只要你能好好对它，定期回访",
])
def test_prepaid_look_alikes_pass(text: str) -> None:
    assert_passes(text)


# --- fraud: an account "about to lapse" with an order to log in or call
@pytest.mark.parametrize("text", [
    "尊敬的客户，您的医保卡即将失效，请尽快登录 yb-renzheng.top 完成认证",
    "您的账号将被冻结，请立即联系官方客服处理",
    "高龄补贴已到账，请点击 gl-bt.cc 领取，逾期作废",
])
def test_lapse_order_flags(text: str) -> None:
    assert_flags(text, "fraud")


@pytest.mark.parametrize("text", [
    "收到短信说医保卡即将失效让点链接，这是不是诈骗？",
    "我的会员下个月就失效了，要不要续费呢",
])
def test_lapse_look_alikes_pass(text: str) -> None:
    assert_passes(text)


# --- gambling told as done
@pytest.mark.parametrize("text", [
    "湖人这场赔率二点一，我已经下了五千",
    "上个月工资全送给外围了",
    "捕鱼机这几天爆率很高，昨晚进账三千",
    "楼下那几个老头打的是两百一炮，输赢挺大",
    "足彩串关又黑了，就差最后一场",
])
def test_stake_told_flags(text: str) -> None:
    assert_flags(text, "gambling")


@pytest.mark.parametrize("text", [
    "今晚这场比赛谁赢？我猜主队",
    "小时候在游戏厅玩过打鱼机，现在都没了",
    "这赔率是怎么算的，看不懂",
])
def test_stake_look_alikes_pass(text: str) -> None:
    assert_passes(text)


# --- drugs told obliquely
@pytest.mark.parametrize("text", [
    "上周那批货纯度很高，大家少放点",
    "冰壶那东西溜了一次两天没睡着",
])
def test_oblique_drugs_flag(text: str) -> None:
    assert_flags(text, "drugs")


@pytest.mark.parametrize("text", [
    "这批黄金货的纯度很高，做首饰很合适",
    "冬奥会的冰壶比赛看得我好上头",
])
def test_drug_look_alikes_pass(text: str) -> None:
    assert_passes(text)


# --- porn told obliquely
@pytest.mark.parametrize("text", [
    "那个女主播说加钱可以全裸出镜",
    "街角那家按摩店能打飞机，懂的都懂",
    "昨晚跟网友视频，让她脱衣服给我看了",
    "深夜福利来了，分享个小视频，懂的都懂",
])
def test_oblique_porn_flags(text: str) -> None:
    assert_flags(text, "porn")


@pytest.mark.parametrize("text", [
    "宝宝洗完澡不穿衣服的样子太可爱了",
    "加钱可以加急发货吗",
    "小时候最爱玩打飞机的游戏",
])
def test_porn_look_alikes_pass(text: str) -> None:
    assert_passes(text)


# --- violence: a threat on a condition or a chance meeting
@pytest.mark.parametrize("text", [
    "谁再往我车上贴小广告，我拿砖头砸他",
    "那个插队的我记住了，下回见到直接弄死他",
    "邻居再敢半夜装修，我让他出门就被车撞",
    "谁再占我车位，我一桶开水泼他身上",
])
def test_threat_if_flags(text: str) -> None:
    assert_flags(text, "violence")


@pytest.mark.parametrize("text", [
    "谁再提减肥我就不理他了哈哈",
    "下次碰到他记得打个招呼",
])
def test_threat_look_alikes_pass(text: str) -> None:
    assert_passes(text)


# --- abuse: a member called crippled or mad
@pytest.mark.parametrize("text", [
    "群里那个老王就是个疯子，说话没一句正常",
    "楼下那个瘸子每天霸着车位，真丢人",
    "别搭理她了，她脑子有病",
])
def test_slur_member_flags(text: str) -> None:
    assert_flags(text, "abuse")


@pytest.mark.parametrize("text", [
    "我最近记性差，感觉脑子有点不够用",
    "残疾人专用车位请大家不要占用",
])
def test_slur_look_alikes_pass(text: str) -> None:
    assert_passes(text)


# --- privacy: records held on members or a person
@pytest.mark.parametrize("text", [
    "全体家长的姓名和手机号我这都有，谁要私我",
    "那个保安住哪、在哪上班我都打听清楚了",
    "幼儿园家长名单一手资源，早教机构抢着要",
])
def test_records_held_flags(text: str) -> None:
    assert_flags(text, "privacy")


@pytest.mark.parametrize("text", [
    "请全体家长把孩子的姓名和过敏情况填到接龙里",
    "考场在哪个学校我已经查清楚了，明天直接去",
])
def test_records_look_alikes_pass(text: str) -> None:
    assert_passes(text)


# --- self-harm: a farewell after ruin, the wind on the roof, cutting as relief
@pytest.mark.parametrize("text", [
    "生意赔光了，欠了一身债，今晚去河边，再见了兄弟们",
    "天台风好大，站在这里反而不怕了",
    "又拿刀划了几道口子，看着血流出来才平静",
])
def test_farewell_flags(text: str) -> None:
    assert_flags(text, "self_harm")


@pytest.mark.parametrize("text", [
    "周末去江边钓鱼，再见了各位，晚上回来发照片",
    "切菜不小心划了道口子，贴了创可贴好受多了",
])
def test_farewell_look_alikes_pass(text: str) -> None:
    assert_passes(text)


# --- a member's own debt is not fraud; a lender ringing the contacts is
def test_own_debt_is_not_fraud() -> None:
    _, categories = classify("借了网贷一直还不上，每天都睡不着，好焦虑")
    assert "fraud" not in categories


def test_contacts_threat_flags() -> None:
    assert_flags("你再不还款，我们就把你通讯录里的人挨个打一遍", "fraud")


# --- fraud: "you were selected", then a fee for the favour
@pytest.mark.parametrize("text", [
    "恭喜您的店铺被选中参加平台扶持计划，缴纳2000保证金即可获得首页推荐",
    "您已入选年度优秀商家，需支付1500服务费领取流量券",
])
def test_selected_pay_flags(text: str) -> None:
    assert_flags(text, "fraud")


def test_support_without_fee_passes() -> None:
    assert_passes("国家扶持小微企业的政策出来了，社保可以缓缴，大家看看")


# --- politics: a trade told to stop work together, a number spelt out when a person is exposed
def test_strike_call_flags() -> None:
    assert_flags("后天全市的货车司机统一罢运，都去物流园门口集合", "politics")


def test_exposed_phone_in_hanzi_flags() -> None:
    assert_flags("曝光这个偷电瓶的，叫赵刚，手机号一三八六六九九二二五七，住在后街", "privacy")


# --- second pass: the same families as holdouts 15, 16 and train 2 tell them
@pytest.mark.parametrize("text, category", [
    ("这套公寓好多人在看，你先转一千定金锁房，我帮你留着", "fraud"),
    ("社区组织老人游，交两百报名费就能免费去云南一周", "fraud"),
    ("泰迪托运过去了，到了还得再交五百的检疫费才能提", "fraud"),
    ("低价出冰壶配件，懂的来", "drugs"),
    ("有没有冰啊，急要，价格好说", "drugs"),
    ("谁有货，这两天断了，难受死了", "drugs"),
    ("偷拍的邻居洗澡照片，身材绝了，兄弟们看", "porn"),
    ("他要是再来闹事，我让他躺着出去", "violence"),
    ("我已经查到你女儿在哪上学了，自己掂量", "violence"),
    ("那个差评的买家我查了，车牌和家住哪个小区都查到了", "privacy"),
    ("公司倒了，房子也抵押了，我现在站在桥上，不知道跳不跳", "self_harm"),
])
def test_second_pass_flags(text: str, category: str) -> None:
    assert_flags(text, category)


@pytest.mark.parametrize("text", [
    "交了定金锁房了，下周就能搬进去，开心",
    "夏天到了，有没有冰镇西瓜卖的摊子推荐",
    "这款奶粉断货了，谁有货源推荐一下",
    "站在桥上看江景，晚风好舒服",
    "孩子洗澡的时候不肯脱衣服，怎么哄",
])
def test_second_pass_look_alikes_pass(text: str) -> None:
    assert_passes(text)


# --- third pass: the gas cut unless you buy, a bill "overdue" with a site, a person marked
@pytest.mark.parametrize("text, category", [
    ("天然气公司入户安检，阀门必须换新的，每个450，不换就停气", "fraud"),
    ("您家水费欠费，今晚将停水，请立即访问 sf-pay.cc 补缴", "fraud"),
    ("骂我的那个邻居我记住他家了，改天去堵他", "violence"),
])
def test_third_pass_flags(text: str, category: str) -> None:
    assert_flags(text, category)


@pytest.mark.parametrize("text", [
    "有人冒充燃气公司上门卖报警器，说不装就停气，都是骗人的",
    "明天小区停电检修，请大家提前给手机充好电",
    "老师讲的重点我都记住了，下次考试应该没问题",
])
def test_third_pass_look_alikes_pass(text: str) -> None:
    assert_passes(text)


# --- a bet placed and its result; a drug's damage told as use
@pytest.mark.parametrize("text, category", [
    ("昨天下了注，结果又黑了，这个月白干", "gambling"),
    ("K粉吸多了鼻子都烂了，还是忍不住", "drugs"),
])
def test_fourth_pass_flags(text: str, category: str) -> None:
    assert_flags(text, category)


@pytest.mark.parametrize("text", [
    "护士说胰岛素要皮下注射，打完了记得按压",
    "这几天晒黑了好多，防晒霜白涂了",
])
def test_fourth_pass_look_alikes_pass(text: str) -> None:
    assert_passes(text)
