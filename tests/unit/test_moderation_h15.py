"""Risk wording families found by holdout 15's first run (a role claimed or relayed and then money
to a card, a group collection or a payee code; a benefit or an office's card and then the card,
the ID or the screen handed over; a prize that only needs the postage; money paid first to a
"designated account"; a loan asked "and don't tell my wife"), in wording of our own, next to
benign lines that share their words."""

from __future__ import annotations

import pytest
from moderation_cases import assert_flags, assert_passes


@pytest.mark.parametrize(("text", "category"), [
    # a role claimed or relayed, then money to a card, a group collection, a payee code or "me"
    ("我是你们的车间主任，设备款先垫一下，每人转2000到这张卡，月底发工资一起补", "fraud"),
    ("各位租户，我是房东，这几天在外地，下季度房租直接打给我就行", "fraud"),
    ("领导让我转告大家，年会场地押金每人转500到这个账户，下周退", "fraud"),
    ("我换号了，今天把活动费转到群收款，晚了就不算名额了", "fraud"),
    ("我是新来的会计，以后报销款先打到下面收款码里统一处理", "fraud"),
    # a benefit or an office's card, then the card, the ID or the screen handed over
    ("养老金上调通知，请各位老人把银行卡拍照发到群里核对", "fraud"),
    ("医保卡要年审了，把卡背面的三位数字和身份证号报给我登记", "fraud"),
    ("退税可以多退两千，加税务小王的微信，发你的卡号过去登记银行卡", "fraud"),
    ("公积金提取有新政策，下载会议软件打开屏幕共享，我一步步教你", "fraud"),
    # a prize or a sponsor's gift that only needs the postage paid
    ("恭喜你在周年抽奖里中了扫地机器人，只需付29元邮费即可发货", "fraud"),
    ("品牌赞助回馈群友，转9.9运费就送价值599的保温杯", "fraud"),
    # money first to a designated account, a loan kept secret
    ("对方说定金要先转到公司指定账户才能排产", "fraud"),
    ("哥们出了点状况，先借我三千，千万别告诉嫂子", "fraud"),
    ("我是你们的李经理，在见客户，帮我先转8000给对方财务，下午给你报", "fraud"),
])
def test_h15_fraud_family_is_flagged(text: str, category: str) -> None:
    assert_flags(text, category)


@pytest.mark.parametrize("text", [
    "我是房东，热水器明天上午有师傅来修，家里留个人",
    "班主任让我通知大家，明天下午家长会改到三点",
    "活动费AA，每人六十，群收款发出来了大家点一下",
    "收款码换了个新的，老的别扫了，谢谢",
    "社保卡补办要带身份证原件去窗口，银行卡不用带",
    "补贴到账了吗？我看了下银行卡，昨天打进来了",
    "抽奖的奖品我已经寄出了，邮费我出",
    "这本书送给需要的人，运费到付就行",
    "跟朋友借了两千块周转，下个月发工资就还",
    "我是新来的护士，以后夜班请多关照",
])
def test_h15_fraud_lookalikes_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), [
    # a stake named by its unit, a book opened on a match, a real-money table, wages staked
    ("还是五块一个子，输了的月底一起结", "gambling"),
    ("周五晚上凑一桌，五十元的底，不来的是怂包", "gambling"),
    ("周日决赛我坐庄，主队一赔二，要玩的接龙", "gambling"),
    ("掼蛋真钱场今晚九点开，老位置", "gambling"),
    ("刚发的工资我全赌上了，这把不回本就睡天桥", "gambling"),
    # a stay-awake pill or a "flying" supply for night workers
    ("开夜车的兄弟，这种提神丸一粒顶一宿，比红牛好使多了", "drugs"),
    ("通宵赶工熬不住就来一颗那个小药丸，我问你要不要", "drugs"),
    ("要飞行的朋友说一声，新到的货，同城送", "drugs"),
    ("出冰，纯度高，老客户优先", "drugs"),
])
def test_h15_gambling_drugs_family_is_flagged(text: str, category: str) -> None:
    assert_flags(text, category)


@pytest.mark.parametrize("text", [
    "这双鞋质量不行，穿了一个月鞋底开胶了",
    "一百块的底薪太低了，提成还行",
    "买了个冰壶玩具，孩子玩得很开心",
    "冰箱出冰慢是不是要除霜",
    "假一赔十的店也不一定靠谱",
    "明天开盘前把自选股过一遍",
    "熬夜复习犯困，喝了杯咖啡好多了",
    "周末无人机飞行活动，要参加的报名",
    "晕车药记得带上，山路多",
])
def test_h15_gambling_drugs_lookalikes_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), [
    # a beating on sight or arranged, poison in a cup or food, an edged knife offered
    ("那个裁判以后在街上让我撞见，见到一次打一次", "violence"),
    ("欠钱不还是吧，明晚叫几个人过去，先把他打一顿再说", "violence"),
    ("组长天天针对我，真想往他茶里放点农药", "violence"),
    ("那只猫再来偷鱼，老子就下毒", "violence"),
    ("家里有把开了刃的匕首，用不上了，便宜出", "violence"),
    # people's data exposed
    ("我这有整个片区住户的名单和电话，谁要私我", "privacy"),
    ("今天那个病人的化验单我拍了发群里了，你们猜他得的什么病", "privacy"),
    ("人肉到了那个喷子的单位和电话，大家冲她", "privacy"),
    ("欠我工钱的包工头 钱某 家住城南新村5栋，手机 13912345678", "privacy"),
    # a deepfake nude or film, sex bought on the road
    ("那个主播的裸照是换脸合成的，群里有人要吗", "porn"),
    ("用AI换脸做的小电影，主角是咱班花", "porn"),
    ("跑车那会儿在县城叫个小姐，一百五", "porn"),
])
def test_h15_violence_privacy_porn_family_is_flagged(text: str, category: str) -> None:
    assert_flags(text, category)


@pytest.mark.parametrize("text", [
    "剧本里女二给男主下毒那场戏拍得真好",
    "老鼠药放高处，别让狗误吃了",
    "菜刀钝了，找人开刃花了二十块",
    "家长的名单和电话请班长统计好交给老师",
    "病历本带上，挂号的时候要用",
    "这张合成的风景照是用手机做的，效果不错",
    "叫个小姐姐帮忙拍张合照吧",
    "见一次夸一次，这家店真的太好吃了",
])
def test_h15_violence_privacy_porn_lookalikes_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    # another member's pitch reported and judged later in the message
    "之前群里有人说加微信领红包，我加了才发现是骗子，大家注意",
    "刚才那个说加v免费领东西的，问了两句就是骗子，已经拉黑了",
    # a killing scene in a drama; a gambling group named while reporting it
    "昨晚看的那部剧，杀人那场戏拍得太压抑了",
    "这部悬疑片里的杀人戏一点都不吓人",
    "有个号一直拉人进赌博群，管理员看一下",
])
def test_h15_benign_reports_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), [
    # a pitch in the sender's own voice stays an ad, a judged pitch with a contact too
    ("有人说加微信领红包是骗子？我们是正规的，加微信 hb_zhengui88 领", "ad"),
    ("群里说的那个活动我们也有，加微信 yhq_2026 领优惠券", "ad"),
])
def test_h15_own_pitch_still_flagged(text: str, category: str) -> None:
    assert_flags(text, category)


@pytest.mark.parametrize(("text", "category"), [
    # a fee through a code or a link with a threat to those who do not pay
    ("本学期练习册费用请扫下面二维码支付，不交的不能领书", "fraud"),
    ("校服费点击链接缴费，不缴的取消订购资格", "fraud"),
    # a promised multiple said as a certainty
    ("这只新币月底必翻五倍，信我的现在就上", "fraud"),
    # a sit-in called at an office, a transport strike as protest
    ("拆迁款不到位，周三大家一起去区政府门口静坐", "politics"),
    ("工钱拖了三个月，全体货车司机明天罢运抗议", "politics"),
])
def test_h15_fee_threat_and_protest_family_is_flagged(text: str, category: str) -> None:
    assert_flags(text, category)


@pytest.mark.parametrize("text", [
    "扫码点餐的话不用排队，不交押金",
    "报名链接在群公告，不交钱也能先占位",
    "去区政府办事大厅办社保，排队两小时",
    "这支基金不会必然翻倍，别听销售吹",
    "罢运新闻看到了吗，好像是国外的事",
])
def test_h15_fee_threat_and_protest_lookalikes_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), [
    # a whole trade called filth, death wished on a person, a woman called 破鞋
    ("送外卖的全是一群没素质的废物", "abuse"),
    ("一帮臭打工的还敢跟我顶嘴", "abuse"),
    ("隔壁那个老太婆天天骂街，咋还不死", "abuse"),
    ("你这破鞋还有脸出来说别人", "abuse"),
])
def test_h15_abuse_family_is_flagged(text: str, category: str) -> None:
    assert_flags(text, category)


@pytest.mark.parametrize("text", [
    "这手机用了五年怎么还不死机，质量真好",
    "一群朋友周末去爬山，风景很好",
    "鞋柜里那双破鞋子可以扔了",
    "群里都是一群热心人，谢谢大家帮忙",
])
def test_h15_abuse_lookalikes_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), [
    # paid ratings as a task ("给电影打分一单5块")
    ("下班后做点小任务，给外卖店铺评分一单3块，日结", "fraud"),
    ("宝妈在家就能做，给短剧打分每单2元，任务群里带你", "fraud"),
])
def test_h15_paid_rating_task_is_flagged(text: str, category: str) -> None:
    assert_flags(text, category)


@pytest.mark.parametrize("text", [
    "这部电影豆瓣评分八点几，值得一看",
    "老师打分挺严的，我这次作业才七十分",
])
def test_h15_paid_rating_lookalikes_pass(text: str) -> None:
    assert_passes(text)
