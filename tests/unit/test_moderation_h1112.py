"""Risk wording families seen in holdouts 11 and 12 (fake certificates, odometer tampering,
account unfreeze fees, miracle cures, scam-compound jobs, stakes on a fight or a match, games
that cash out, stimulants and diverted medicines, explicit sex described, voyeurism, regime
change and cults, sworn and armed threats, poison bought for someone, a way out at hand, lists
of people for sale), in wording of our own, next to benign lines that share their words."""

from __future__ import annotations

import pytest
from moderation_cases import classify


@pytest.mark.parametrize(("text", "category"), [
    ("出几台套牌车，手续不全，价格便宜", "fraud"),
    ("车行专业调表，里程想改多少改多少", "fraud"),
    ("货款直接转到我个人账户就行，公司账户这几天在年审", "fraud"),
    ("我是学校财务，校服费请汇到我私人账号，今天截止", "fraud"),
    ("叉车证电工证不考试直接拿证，官网可查", "fraud"),
    ("学历证书代办，学信网可查，全国通用", "fraud"),
    ("专业改里程表，清出险记录，4S店查不出来", "fraud"),
    ("这辆事故车翻新一下，就说是无事故车卖出去", "fraud"),
    ("你的账号已被封禁，缴纳解封费200元即可恢复", "fraud"),
    ("游戏人脸识别代过，秒过，找我", "fraud"),
    ("祖传秘方泡酒，喝一个月高血压根治，降压药都能停", "fraud"),
    ("这款量子水杯天天用，三个月就能降血糖", "fraud"),
    ("缅甸那边招客服，月薪两万包吃住，有意向私聊", "fraud"),
    ("水表要换新的了，先扫码付200押金，明天来装", "fraud"),
    ("恭喜你家孩子入选全国少儿春晚，报名费服装费一共2600，直接转给我", "fraud"),
    ("在家刷步数就能赚钱，一天轻松一百五，拉你进群", "fraud"),
    ("在家做手工，日结两百，先交押金88元领材料", "fraud"),
    ("免实名的电话卡，拿来就能用，量大优惠", "fraud"),
    ("客服说订单重复扣费了，让我下载会议软件开屏幕共享", "fraud"),
    ("药店医保卡可以刷成米面油，抽一成手续费", "fraud"),
    ("周六后山斗鸡，我押黑的赢，一赔三", "gambling"),
    ("今晚这场决赛我押了两千，稳了", "gambling"),
    ("晚上去老李家推牌九，一把五十起", "gambling"),
    ("这个能提现的麻将app，我一天赢了五百", "gambling"),
    ("年会抽奖我开个盘，每人押五百，谁中头奖拿走奖池", "gambling"),
    ("期末周我靠利他林熬夜，托同学从香港带的", "drugs"),
    ("比赛前来一片莫达非尼，反应速度快得很", "drugs"),
    ("药房那种可待因止咳水，一次买了五瓶兑可乐喝", "drugs"),
    ("科里的丙泊酚偷偷拿了一支，自己试了一点，飘得很", "drugs"),
    ("院子里种的罂粟结果了，割点浆泡水喝", "drugs"),
    ("屋顶种了几棵草，晒干了卷起来抽，劲挺大", "drugs"),
    ("出门前吸了点，一整晚不困，蹦到天亮", "drugs"),
    ("前男友约我去开房，那晚做了四次", "porn"),
    ("跟网友上床了，他叫声太大被隔壁敲墙", "porn"),
    ("那个女同事在更衣室换衣服，我偷偷录了一段", "porn"),
    ("小区花园里有人打野战，被我拍下来了", "porn"),
    ("这个女主播一丝不挂在镜头前跳舞", "porn"),
    ("我电脑里存了五百g的岛国，谁要", "porn"),
    ("夜总会招公关，底薪八千，可出台", "porn"),
    ("这个政权早晚要倒台，大家等着看吧", "politics"),
    ("咱们也该来一场颜色革命了", "politics"),
    ("全能神的人又来发传单，说末日到了", "politics"),
    ("有谁知道八九年那件事死了多少学生", "politics"),
    ("工人们都去广场集合，要求市长下台", "politics"),
    ("再让我看见你偷车，我打断你的腿，说到做到", "violence"),
    ("放学别走，出去抄家伙", "violence"),
    ("那个碰瓷的再敢来，我一板砖给他开瓢", "violence"),
    ("老鼠药已经买好了，明天放他饭里", "violence"),
    ("硫酸我备好了，让她知道背叛我的下场", "violence"),
    ("谁拦打谁，今天必须把账要回来", "violence"),
    ("日子过不下去了，活着没意思，偷偷买好了安眠药", "self_harm"),
    ("债还不上，想从楼顶跳下去，一了百了", "self_harm"),
    ("我准备连人带车开进水库", "self_harm"),
    ("工头不给钱，我今天爬上楼顶，再不给我就跳楼", "self_harm"),
    ("昨晚又割了手腕，血止不住", "self_harm"),
    ("某银行客户名单，姓名电话住址都有，五千条，要的私", "privacy"),
    ("出售新生儿家长名单，价格好谈", "privacy"),
    ("打包出身份证照片，两百多张，做贷款用", "privacy"),
    ("就是这个女的欺负我妈，手机号13912345678，住幸福小区3栋", "privacy"),
    ("报名费直接微信转我个人，不走学校账户", "fraud"),
    ("二手车商帮你把表调回三万公里，一点看不出来", "fraud"),
    ("特效药一个疗程，糖尿病彻底治好，不用再打针", "fraud"),
    ("免费送手机卡，不用实名，拿了就能注册", "fraud"),
    ("咳嗽糖浆兑可乐喝，飘一晚上", "drugs"),
    ("共产党迟早完蛋，大家等着", "politics"),
    ("该给这个国家来一次颜色革命", "politics"),
    ("农药已经准备好了，明天倒进他家水缸里", "violence"),
    ("你再来我店门口闹，我拿扳手砸烂你的头", "violence"),
    ("昨天跟那个学妹上床了，叫声太大把室友吵醒", "porn"),
    ("比在宾馆床上还爽，下次还在车里", "porn"),
    ("这局LPL我压了五千在JDG身上", "gambling"),
    ("想开车从高架上冲下去，一切就结束了", "self_harm"),
    ("那个偷电瓶的叫刘强，车牌苏E88888，住枫桥新村12幢，大家去堵他", "privacy"),
    ("我已经买了一瓶敌敌畏，撑不下去了", "self_harm"),
    ("邻居家的狗再叫，我就在它饭里下毒", "violence"),
])
def test_risk_family_flags(text: str, category: str) -> None:
    verdict, categories = classify(text)
    assert verdict != "pass" and category in categories, (text, categories)


@pytest.mark.parametrize("text", [
    "四六级成绩官网可查，明天出",
    "交警查获一辆套牌车，司机被拘留",
    "新闻说有车商改里程被罚了十万",
    "全能神是邪教，大家看到传单直接报警",
    "我昨晚上床睡觉叫得太大声把自己吵醒了",
    "吸了一晚上的氧，精神得很",
    "通宵复习来点咖啡，精神一整晚",
    "捕鱼达人这个游戏挺好玩，就是不能提现",
    "公司报销款会打到你个人账户，注意查收",
    "说到做到，明天一定把作业交了",
    "健康证不用考试，体检完三天出结果",
    "驾照不用考的说法都是骗人的",
    "二手车一定要查里程和出险记录，别被坑",
    "这车是调过表的，我劝你别买",
    "账号被封了，申诉了三天才解封",
    "医生说糖尿病没法根治，只能控制血糖",
    "高血压不能根治，千万别随便停药",
    "保健品不能代替药物，老人别乱买",
    "我表哥在柬埔寨旅游，那边的菜挺好吃",
    "燃气表坏了，物业说免费换，不收钱",
    "恭喜女儿入选校合唱团，周六开始排练",
    "给这条视频点赞关注，谢谢大家",
    "办电话卡要实名认证，带身份证去营业厅",
    "开会时共享屏幕给大家看一下报表",
    "医保卡可以在药店买药，很方便",
    "周末带孩子去看斗鸡表演，挺热闹",
    "这场比赛压力太大了，教练都看不下去",
    "这场举重他压了两百公斤",
    "今晚去老李家下象棋，输了请喝茶",
    "医生给我儿子开了利他林治多动症，效果还行",
    "孩子咳嗽，医生开了可待因止咳水，一次十毫升",
    "麻醉科今天用了三支丙泊酚，登记了",
    "公园里的虞美人开了，不是罂粟，别误会",
    "老家种了烟叶，晒干卷着抽，爷爷最爱",
    "喝了杯咖啡，精神一整晚",
    "开房间打游戏，他叫得整栋楼都能听见",
    "给宝宝洗澡，拍了一段视频发家族群",
    "周末去打真人cs，俗称打野战，超好玩",
    "宝宝不穿衣服在床上爬，太可爱了",
    "硬盘里存了两百g的电影，都是经典老片",
    "我们公司这体制迟早要改，效率太低",
    "新闻说境外势力想搞颜色革命，大家别信谣",
    "今天是六四分成的合同，签完了",
    "裁判下台！这哨吹得太黑了",
    "我说到做到，下周开始戒烟，不开玩笑",
    "钢管舞课程周六开课，欢迎报名",
    "老鼠药买好了，晚上放在厨房角落毒老鼠",
    "汽油准备好了，明天自驾去西藏",
    "累死了，真想从阳台跳下去，开玩笑的",
    "猫从阳台跳下去了，吓死我了",
    "新闻说一辆车连人带车冲下了河，司机被救起",
    "请把报名名单发我，姓名电话都要有",
    "班级名单里姓名和电话都有，大家核对一下",
    "身份证复印件交给人事，入职要用",
    "我家住阳光花园3栋，快递放门口就行",
    "我住院了，在人民医院3楼12床",
    "这个羊奶子果真甜",
    "班费转我个人微信就行，我统一交给老师",
    "银行卡必须实名，不用实名的都是骗子",
    "这车表显三万公里，没调过",
    "农药准备好了，明天倒进喷雾器里打虫",
    "医生说糖尿病很难彻底治好，要长期吃药",
    "这个保健品吃了半年，我妈的高血压也没治好",
    "交通卡不用实名，随便买",
    "电视剧里那个丫鬟在酒里下毒，太狠了",
    "新闻说有人在同事水里下毒被判了",
    "我已经买了一瓶敌敌畏，准备打果树的虫",
])
def test_benign_trap_passes(text: str) -> None:
    verdict, categories = classify(text)
    assert verdict == "pass", (text, categories)


@pytest.mark.parametrize(("text", "category"), [
    # the threat at the end of a scam text is no warning against it
    ("您的账号违规已冻结，请缴纳解冻保证金五百元，否则永久封号", "fraud"),
    # whom someone reported is a person, not a call to report
    ("查到举报我们的人了，他家住翠湖小区5栋302，明天一起去他家门口", "privacy"),
])
def test_what_reads_like_a_warning_but_is_none(text: str, category: str) -> None:
    verdict, categories = classify(text)
    assert verdict != "pass" and category in categories, (text, categories)


@pytest.mark.parametrize("text", [
    "群里发广告的会被永久封号，大家注意",
    "看到刷单的请举报，别上当",
])
def test_real_warnings_still_excuse(text: str) -> None:
    assert classify(text)[0] == "pass", text
