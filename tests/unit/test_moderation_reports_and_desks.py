"""Stop-24 mechanisms, each from a family of false alarms in blind holdouts 85-92 (the authors'
own lines) with the look-alikes that must still be flagged: a scammer's id or number passed on
to warn the group, someone else's private message told, a public desk's landline, strangers
adding you as the subject of a warning, a victim's own loss, and the cues that make a contact
beside scam-warning words an ad again (a recovery service, a seller vouching for itself)."""

from __future__ import annotations

import pytest
from moderation_cases import MODEL_MISSES, assert_flagged, assert_flags, assert_passes


@pytest.mark.parametrize("text", [
    "已举报。那个卖'盆景大师私教课'的，vx是 pjds_888，群里好几个人都被他私聊过，见到直接拉黑",
    "已举报，刚才拉进群那个发'高返点找货代'的，vx是 hd_fandian666，骗子一个，大家别加",
    "昨天那个'低价甩卖法拍车'的，加了微信就让交定金，我已经举报了，他微信号是 fapai_che007，大家别上当",
    "群里那个说加V日结500的是骗子，大家别信，已经举报了，他微信 xjgy2688 我截图了",
    "骗子又来了，自称环保局的说咱场子要罚款，让加微信交罚款，我直接挂了。号码17088641234，大家留意",
])
def test_a_scammers_contact_passed_on_as_a_warning_is_no_ad(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "骗子太多了，认准我的微信 zhenpin_888，假一赔十",  # the sender's own channel
    "别信那些骗子，正规渠道加我 vx: licai_666",
    "防骗指南：认准官方客服微信 kefu_888，其他都是骗子",  # a scam's own warning
    "不是骗子！真实有效，微信 hz_8888 随时联系",
    "大家别加群里那些乱七八糟的，有货找我，微信 tea_lao8",
    "举报有奖！出售各类账号，价格便宜，QQ 2450983716",  # selling
    "被骗了别慌，专业追回损失，联系微信 zhuihui_88",  # a recovery "service"
])
def test_a_contact_beside_scam_words_that_claims_a_channel_stays_an_ad(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize("text", [
    "有个人私信我说是XX婚庆的，让我下个app登记档期还要交99会员费，这是不是骗人的？",
    "刚有人私信我，说给他两百能帮我刷业绩多拿三千提成，这是骗子吧？",
    "有个阿伯私信我话佢系文化局嘅，要我哋交5000“演出备案费”，系咪真㗎？",
    "群里那个发'兼职浇花日结300'的是机器人吗？私聊我好几次了，我没敢回",
    "群主，刚才有人私聊我推销保险，能不能管管",
])
def test_someone_elses_private_message_told_is_no_ad(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "需要的私聊我",
    "有人私聊我买了，还剩两个，要的私我",  # a "message me" left once the DM told is out
    "好多人私信我问价，统一回复：九十九包邮，要的私",
    "有人私聊我说想要，我这还有三盒，价格私",  # the seller's own wording
])
def test_a_private_message_invited_stays_an_ad(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize("text", [
    "各位老师，教育局退管中心的咨询电话是 0731-84455621，工资和医保问题可以直接打去问",
    "县水产技术推广站的电话是0715-8123456，鱼病可以直接打过去问，他们免费上门看",
    "馆里的咨询电话是公开的 020-83123456，读者问开馆时间就让他们打这个",
    "抄经班的字帖还剩二十份，需要的明天到客堂领，客堂座机027-88123456",
])
def test_a_public_desks_landline_is_no_ad(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "英语培训中心咨询电话0731-84455621，报名立减200",
    "美容服务中心电话 0731-84455621，开业大酬宾，到店送面膜",
    "文化馆旁边新开的琴行，电话 0731-84455621，试听免费",
    "县农技推广站的电话是 13907151234，化肥农药批发价",  # a mobile, and selling
])
def test_a_desk_that_sells_stays_an_ad(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize("text", [
    "上次那个发红包拉人进群的已经踢了，以后陌生人加好友先问问群主",
    "群主已移除刚才发广告的人，大家注意，陌生人加好友一律不要通过",
])
def test_strangers_adding_you_as_the_warnings_subject_pass(text: str) -> None:
    assert_passes(text)


def test_a_stranger_who_adds_you_for_an_offer_stays_an_ad() -> None:
    assert_flags("陌生人加好友送红包，扫码进群领取", "ad")


@pytest.mark.parametrize("text", [
    "我自己就被“客服”骗过，说我京东金条要注销不然影响征信，转了1.2万才回过神，所以现在见老人转账我都特别上心",
    "俺表姐被冒充民政局发丧葬补贴的骗了三千，人家让她先交手续费，大家跟家里老人说说",
])
def test_a_victims_own_or_kins_loss_told_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), [
    ("我之前也被骗过，后来跟着导师把钱都追回来了，想了解的私我", "ad"),  # a recovery pitch
    ("我以前被平台骗过，现在跟着老师做单稳赚，有兴趣加微信 wen_88", "fraud"),
])
def test_a_loss_told_to_pitch_stays_flagged(text: str, category: str) -> None:
    assert_flags(text, category)


# What a review of the first version of these rules (fifteen ads borrowing 骗子勿扰 / 拒绝骗子,
# "好多人私信我问…" popularity, 管理中心 landlines, 陌生人加好友 in an ad, a loss told to pitch
# the next scheme, a calm opening before 分分彩) let through: each is flagged again.
@pytest.mark.parametrize(("text", "category"), [
    ("市面上骗子太多，正品飞天茅台原价出，vx：mt2024jiu", "ad"),  # contact_reported
    ("遭遇网络诈骗别慌，专业团队帮你把钱要回来，vx：hui8899kf", "ad"),  # contact_reported
    ("不回复的直接拉黑，要货的加v：hy20240808", "ad"),  # contact_reported
    ("兼职打字员日结，骗子勿扰，vx：dz2024ok", "ad"),  # contact_reported
    ("网上骗子太多了，我们实体店，需要装修的可以打13812345678", "ad"),  # contact_reported
    ("被网贷诈骗的朋友别着急，这边帮你处理，wx：jiejue668", "ad"),  # contact_reported
    ("高仿AJ一比一，拒绝骗子，货到付款，vx：aj_shoes88", "ad"),  # contact_reported
    ("别加群里那些乱七八糟的，要靠谱兼职的联系：vx ssjz6699", "ad"),  # contact_reported
    ("举报有奖！高价回收旧手机旧电脑，上门回收，电话 15912345678", "ad"),  # contact_reported
    ("代孕代怀，包成功，骗子勿扰，v：dy_baby2024", "ad"),  # contact_reported
    ("千万别转账给陌生人！需要办信用卡提额的找 vx：tiee_668", "ad"),  # contact_reported
    ("冒充我的都是骗子，新微信：xiaoyu_2025，老客户加一下", "ad"),  # contact_reported
    ("网上卖茶叶的骗子多，我们自家茶园直发，明前龙井，电话 13588886666", "ad"),  # contact_reported
    ("别信那些网上的大师，真正灵验的风水调理，QQ：928374651", "ad"),  # contact_reported
    ("别加那些乱七八糟的群，想学剪辑做自媒体的进这个QQ群：738291046", "ad"),  # contact_reported
    ("好多人私信我问兼职的事，统一回复：在家手机操作，日结两三百，宝妈学生都行，详情看我朋友圈", "ad"),  # dm_received
    ("有人私信我问怎么在家赚钱，手机做任务一天三五百，联系方式在主页", "ad"),  # dm_received
    ("好几个人私聊我要链接，免费领福利的点我头像", "ad"),  # dm_received
    ("有个宝妈私信我说跟着我做了一个月赚了八千，想加入团队的速度，名额不多", "ad"),  # dm_received
    ("好多人私信我说想学炒股，免费直播课今晚八点，VX群满了的来这个群", "ad"),  # dm_received
    ("好多人私信我问减肥茶，一个月瘦二十斤，不反弹，要的朋友圈自取", "ad"),  # dm_received
    ("最近好多人私聊我问怎么开通花呗提额，内部通道，秒批", "ad"),  # dm_received
    ("好多人私信我要那个免费领鸡蛋的小程序，搜索“天天领蛋”就行", "ad"),  # dm_received
    ("好多人私信我问做微商的事，零门槛零囤货，一件代发，宝妈在家就能做", "ad"),  # dm_received
    ("有个姐妹私信我说用了我们的祛斑霜一周就见效了，想变白的抓紧，库存不多", "ad"),  # dm_received
    ("好多人私聊我问游戏代练，王者上星耀三十块，包上分，主页有联系方式", "ad"),  # dm_received
    ("好多人私聊我问怎么进高端交友群，今晚再开放十个名额，看简介", "ad"),  # dm_received
    ("好几个人私信我要那个兼职打字员的活，还差三个人，宝妈学生都可以，看我朋友圈", "ad"),  # dm_received
    ("有人私信我问上次的减肥神药还有没有，厂家刚补货，一个疗程瘦十五斤，朋友圈自取", "ad"),  # dm_received
    ("好多人私信我要那个免费领皮肤的链接，我放在朋友圈了，自己去领", "ad"),  # dm_received
    ("反诈中心的电话是 010-65432178，被冻结资金的请尽快拨打办理解冻", "ad"),  # public_desk
    ("文化传媒管理中心的电话是 021-61234567，招募网络主播，高薪日结，无经验可", "ad"),  # public_desk
    ("恒通商贸管理站的电话是 0311-85123456，烟酒回收，高价上门", "ad"),  # public_desk
    ("XX人力资源管理中心的电话是 0755-27781234，电子厂急招普工，日结工资，包吃住", "ad"),  # public_desk
    ("网络主播经纪管理中心的电话：028-86543219，招募女主播，日结高薪，不露脸也可", "ad"),  # public_desk
    ("网络主播管理中心的电话是 0571-86661234，招募女主播，日结，时间自由", "ad"),  # public_desk
    ("招聘协会电话：0755-25551234，工厂急招男女普工，日结，包吃住", "ad"),  # public_desk
    ("想赚钱的陌生人加好友，带你做副业，一天几百不是梦", "ad"),  # allowlist
    ("官方客服不会让你加微信，认准群内唯一客服号，退款找她", "ad"),  # allowlist
    ("朋友圈卖茶叶的，陌生人加好友直接给报价，一斤只要八十", "ad"),  # allowlist
    ("天天在家带娃的宝妈，欢迎陌生人加好友，一起做点副业补贴家用", "ad"),  # allowlist
    ("做外贸尾单的，陌生人加好友也通过，质量杠杠的", "ad"),  # allowlist
    ("俺也被刷单的骗过，当时垫了三千，现在做这个正规的，一天稳稳两百，想做的问俺", "fraud"),  # victim
    ("我被刷单的骗过五千，这次这个是真的，做一单返一单，佣金当场结，想做的问我", "fraud"),  # victim
    pytest.param("我被几个平台骗过，这个是真的能提现，充一百返一百五，已经提了三次了，有兴趣的问我",
                 "fraud", marks=MODEL_MISSES),  # victim
    ("俺被杀猪盘骗了不少，现在这个理财是国企背景，保本保息，年化百分之三十，想了解的问俺", "fraud"),  # victim
    ("我被网贷中介骗过，这家不一样，无视黑白户，不看征信，当天放款，要的问我", "fraud"),  # victim
    ("我以前也被假客服骗了，这个是真的内部渠道，花呗套现秒到，需要的问我", "fraud"),  # victim
    ("我表妹被刷单的骗了两万，我给她介绍了这个正规兼职，点赞关注一单三元，当天结算，需要的问我", "fraud"),  # victim
    ("我也被那种投资群骗走过钱，这个群不一样，老师每天免费推荐牛股，已经赚了十几万，问我要群号", "fraud"),  # victim
    ("我被刷单平台骗了三千，现在换的这个任务平台真靠谱，做满十单返本金加佣金", "fraud"),  # victim
    ("我被杀猪盘骗了十万，现在做虚拟币搬砖套利，一天收益百分之五，没有风险", "fraud"),  # victim
    ("我被中介骗过押金，所以自己做了这个租房群，房东直租，信用卡套现也能帮忙，需要的问我", "fraud"),  # victim
    ("我被那种代办信用卡的骗了两千，这个是真的银行内部渠道，黑户也能办，额度五万起", "fraud"),  # victim
    ("我被P2P骗了三十多万，后悔莫及。现在用的这个外汇平台有监管，日收益稳稳的，问我要注册码", "fraud"),  # victim
    ("今天陪孩子写作业到十点，真累，放松的时候来口叶子挺舒服的，第二天也不难受", "drugs"),  # innocent
    ("孩子放暑假了在家陪他，闲的时候研究了一下分分彩，感觉有规律可循，每天玩两期当副业", "gambling"),  # innocent
    ("孩子上学去了，在家闲着，研究了下极速赛车，找到了规律，每天跟着玩几期当副业，有兴趣的问我", "gambling"),  # innocent
    ("刚带孩子打完疫苗回来，累瘫了，晚上在家玩玩幸运28，每天小赚一点，感觉比上班轻松", "gambling"),  # innocent
])
def test_the_reviews_borrowed_framings_stay_flagged(text: str, category: str) -> None:
    assert_flags(text, category)


# Stop 24's second round, from blind holdouts 93-100: a link, a number or a text asked about
# ("is this phishing?"), the report done in other words (投诉了, 直接挂了, 截图发给群主), a DM
# told without its object, a museum's or a maternity hospital's desk, money told to go through
# the official channel, a game said to be for no money, paying at a counter (窗口交).
@pytest.mark.parametrize("text", [
    "这个「免费领取小提琴教材」是不是钓鱼网站？ http://qinpu-free.cn/get 我点进去就要填手机号和验证码",
    "群里这个'免费领跑鞋'的链接 https://paoxie-free.cc 是不是钓鱼？要填身份证号",
    "刚收到短信说'您的医保卡已冻结，点击链接解冻' http://ybk-js.cn/j ，是诈骗吧？",
    "刚接个电话17082937461说是海关缉私局的，说我进口冻品涉案要配合调查，我直接挂了",
    "这个号 Q:583920174 在群里到处加人卖盗版桌游，截图已经发管理员了",
    "提醒大家：有人私聊说能帮忙申请“免费手术名额”，要先交2000保证金，千万别信，我已经截图发给群主了",
    "天文馆咨询电话 010-5158 3311，周一闭馆，要预约参观的打这个",
    "看病一定要去正规医院，我们这儿市妇幼的咨询电话是 0371-65978120，周末也有人接",
    "午托每月380，在学校缴费平台统一交，不要转给个人",
    "市少年足球联赛报名费600/人，含保险，交到学校财务室，不要转给任何个人",
    "斗地主三缺一，晚上下班宿舍来，不来钱的，输了脸上贴条",
    "暖气费都交了没？今年每平26，我家87平交了2262，在供热公司窗口交的",
])
def test_a_scam_asked_about_a_report_a_desk_or_an_official_channel_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), [
    ("免費領取遊戲機！轉發此消息到三個群，截圖發給我即可，扣扣 591028374", "ad"),  # to me
    ("我是区市场监管局的，你们店被投诉了，要罚款2万，现在交一半可以免于处罚", "fraud"),
    ("联赛报名费统一交到我这，每人200，我是新来的联赛组委会工作人员", "fraud"),
    ("保安员工作群通知：公司统一办理工资卡，请各位把身份证正反面和银行卡密码发给财务小李", "fraud"),
    ("你好，我是住建局的，你们项目农民工实名制没登记，每人要交100元登记费，转给我统一办", "fraud"),
    ("是不是骗子你试试就知道，日结三百，加v：rj300_job", "ad"),  # the asking is the pitch's own
    ("天文馆旁边新开的私教馆，咨询电话 010-5158 3311，首课免费", "ad"),
    ("今晚斗地主，一块一炮，不来钱的别来", "gambling"),
    # 不用交钱 is the task scam's own hook (holdout 103, after the round)
    ("有人要兼职吗？帮我们拉人注册APP，拉一个给30，不用交钱，先做后结", "fraud"),
])
def test_the_same_shapes_with_a_scams_or_sellers_signs_stay_flagged(text: str,
                                                                    category: str) -> None:
    assert_flags(text, category)


# What a review of the second round let through (ads copy 是真是假，一试便知 and 不满意直接删,
# 集赞截图发给店长, 投诉了没用…追回, 他私聊说…真的假的, a tout beside a clinic's number, a fee
# notice with its own 收款码 or link, 不带彩 rooms with 上下分): each is flagged again.
@pytest.mark.parametrize(("text", "category"), [
    ("是真是假试一下就知道，日结200，vx: tb_jianzhi66", "ad"),
    ("是真是假，一试便知！减肥茶7天瘦10斤，V：slim_tea520", "ad"),
    ("男人必备，持久不射，是不是真的？试过才知道 vx：nanren_jia9", "ad"),
    ("朋友推荐了个刷单平台，是真是假自己试，一单返15%，QQ 2837465019", "fraud"),
    ("同事介绍了个兼职，是真是假做了才知道，刷单垫付秒返，扣扣 3948572610", "fraud"),
    ("有人推荐了个跑分项目，是真是假你们自己判断，日入800 V：paofen_888", "fraud"),
    ("棋牌群不带彩，是真是假进来看看 https://qun.qp-yule.top 上下分秒到", "gambling"),
    ("是真是假，提现到账说话！网赚项目日结 http://wz-rijie.top/r", "ad"),
    ("是真是假，看效果说话！祛斑一个疗程见效，V：qb_meirong88", "ad"),
    ("是真的假的？亲测有效！加微信 zhuan_qian_99 带你日赚500", "ad"),
    ("真人真照，不是骗子吧你见了就知道 上门服务 Q：2837465190", "ad"),
    ("我是市公安局的，你涉嫌一起洗钱案，要把资金转到安全账户核查，是真是假你可以打电话给我核实", "fraud"),
    ("您好，您的医保卡已被冻结，需要缴纳解冻费才能继续使用，是真是假您可以打电话给我们客服查询", "fraud"),
    ("接到电话说能帮你提额度是真是假？我们专业办理，先交500押金包下款", "fraud"),
    ("有人找我做刷单，垫付100返130，做了三单都到账了，是真的假的你们自己判断", "fraud"),
    ("集赞38个截图发给店长，免费领取价值198元的护肤套装，微信 mei_dianzhang", "ad"),
    ("不满意直接删，看看我们的新款 V：nvzhuang_2024", "ad"),
    ("网购被骗在平台投诉了没用？专业团队帮你追回损失 V: zhuihui_law", "ad"),
    ("被骗的钱能追回！投诉了平台不管的来 Q：938475610", "ad"),
    ("体验过的都说好，不信的直接删 足疗上门 15876543210", "ad"),
    ("他私聊说我卖的是假货，真的假的你们自己来店里看，高仿包包一比一", "ad"),
    ("想学观星的，天文馆的电话是 021-5433 8812，私教一对一，手把手教", "ad"),
    ("天文馆预约电话 010-5158 3311，帮忙代约免排队，带你看星空，VIP通道", "ad"),
    ("市妇幼的咨询电话是 0371-6597 8120，供卵试管包男孩，成功率98%", "ad"),
    ("妇幼保健院预约电话 0571-8706 1234，专家号黄牛代挂，加急当天能看", "ad"),
    ("各位家长，本学期资料费每生168元，统一交到班主任办公室，不要转给个人，班主任收款码见群文件", "fraud"),
    ("【学校财务室通知】本学期校服费每人280元，交到学校财务室对公账户 6217 0031 2000 4567 890 户名王芳，不要转给个人", "fraud"),
    ("各位家长好，课后服务费每月380元请在学校缴费平台统一交，不要转给个人，缴费平台网址 http://jx-jiaofei.cn", "fraud"),
    ("家长们注意，不要转钱给个人，今年的研学费1280元请交到学校办公室刘老师那里，也可以微信转刘老师", "fraud"),
    ("ETC年审通知：不需要交钱，车主只需在缴费平台登记信息 http://etc-nianshen.cn 过期将停用", "fraud"),
    ("医保卡年度清算，不用交钱，交到社区办公室登记即可，需携带医保卡和存折，工作人员会帮您操作", "fraud"),
    ("不要转给任何个人！本次征兵体检费统一交到武装部财务，每人500元，交给联络员小陈代收", "fraud"),
    ("红中麻将群，不带彩纯娱乐，上下分找群主，24小时有人", "gambling"),
    ("跑得快 不来钱的 房卡模式 上分下分秒到 缺人速来", "gambling"),
    ("斗牛炸金花，不来钱，输了贴条，赢了积分找群主换东西", "gambling"),
    ("百家乐每天晚上八点开局，不带彩，分数可以回收", "gambling"),
    ("六合彩特码 不来钱 纯交流 每期准确率90% 跟着买就完事", "gambling"),
    ("不赌钱，纯竞猜，世界杯竞猜积分可兑现，群里等你", "gambling"),
    pytest.param("老规矩 不带彩 就是娱乐 今晚十点 三公牛牛 积分结算 懂的都懂", "gambling", marks=MODEL_MISSES),
    ("德州扑克局，不来钱的，筹码局后结算，周五晚上老地方", "gambling"),
    ("赌球不带彩？那有什么意思！今晚欧冠让球盘，一起下", "gambling"),
    ("时时彩计划群 不带彩 跟计划就能稳 下一期开大", "gambling"),
    ("炸金花房间号 8812，不带彩纯娱乐，分数群里结算", "gambling"),
    ("正宗香港口交服务，上门不收定金", "porn"),
    ("你投诉了是吧？行，下班别走，我在门口等你", "violence"),
    ("物业说有人投诉了，我知道是楼上那家，改天找人把他腿打断", "violence"),
    ("就因为这点事你投诉了我？你给我等着，我弄不死你", "violence"),
    ("您好，您的订单已投诉了，理赔专员为您办理双倍赔付，请提供银行卡号和验证码", "fraud"),
    ("您在抖音的投诉已受理，已经投诉成功，退款需要您配合开通备用金账户，按提示操作即可", "fraud"),
    ("投诉了也没用，澳门新葡京线上开户，首充送88，大家懂的", "gambling"),
    ("已经投诉过了，今晚足球竞彩跟我下，稳赚不赔", "fraud"),
    ("投诉了也没用，不如来做兼职，手机打字日结300，宝妈学生都可以", "fraud"),
    ("别人的推销我直接删，我这个你一定要看：减肥不反弹 V：shou_shen168", "ad"),
    ("不喜欢的直接删，新到的货，高仿AJ一比一，微信 aj_gaofang", "ad"),
    ("怕被骗的直接删好友，信任的来，代办驾照不用考 V：jz_daiban", "ad"),
    ("他私信说这是骗人的，真的假的做了才知道，日赚三百，不需要押金", "ad"),
    ("老乡们过年回家打牌不带彩，输了贴条，大家都是亲戚，线上代理一起赚", "gambling"),
    ("以为是钓鱼吧？其实是真实福利 http://fuli-vip.top 注册就送会员", "ad"),
    ("空气净化器工厂直发，是真的假的到货验了再付，微信 jinghua_ch", "ad"),
    ("你会发这种好东西给朋友吗？我会！福利群 https://t.me/fulifree88", "ad"),
    ("有人知道这个兼职群是真是假吗 加v：jz_rijie588 说日结300", "ad"),
    ("免费领取iPhone15活动 http://apple-free.top 是不是真的？已经有人领到了", "ad"),
    ("这个app https://cp168.app 是真是假？听说每天跟单能赚几百", "ad"),
    ("有人用过 www.kuaisu-hb.vip 吗 是真的假的 说充100送50", "ad"),
    ("有人私信说兼职打字日结200，真的假的？我已经做了两天了，挺好的", "ad"),
    ("斗地主不来钱，赢了就行，微信群里玩，群主发分", "gambling"),
])
def test_the_second_reviews_borrowed_framings_stay_flagged(text: str, category: str) -> None:
    assert_flags(text, category)


# A third round (这是骗子吧 after a received link, strangers who keep adding you, near misses,
# removal from the group as a report, quoted words stripped, more public desks) was tried on
# holdouts 101-108 and withdrawn: on the blind holdouts 109-116 it moved one benign line of
# 1,352, and a review found 82 real ads, scams, gambling rooms and threats it let through (这是骗子
# 吧？不是的！…v：… · 已拉黑骗子，货在这 q… · 我直接挂了…想赚钱的跟我做 · 已经移出群了，今晚…外围盘口 ·
# 书协名家字画出售…书协电话).  What ships flags every one; these keep it so.
@pytest.mark.parametrize("text", [
    "很多人问这是骗子吧？实力说话，手机兼职日结300，vx：jz_6688",
    "这是骗子吧？不是的！一单一结当天到账，名额不多 v：jzrj889",
    "你们肯定觉得这是骗子吧，其实就是打字员，在家就能做，日结两百，扣扣 2938475612",
    "看到这里你心里想这是骗子吧？先别划走，点开看看 http://jz-rj.cc/a8 免费领取",
    "群友们，这个码我没扫，听说扫了能领50元话费，大家试试 http://hf50.top/q",
    "医保补贴领取入口 http://ybbt.cn/lq 我没扫，家里有老人的可以看看",
    "新人都问这是骗人的吧，不是的，正经投资项目 http://tzlc.vip/x 收益看得见",
    "我没扫，我朋友扫了拿了两百，加微信 hb_2233 领",
    "这个是骗子吧？来个人试试 https://t.cn/A6xYz 注册送38元",
    "扫码进群领鸡蛋，我没扫的也能领，直接点 http://jd-lq.cn/egg",
    "很多宝妈私信问这个是骗子吧，真不是，宝妈在家带娃也能做，v：bm_jz666",
    "这个是骗子吧？我刚开始也怀疑，后来提现了三次，感兴趣的看 http://t.cn/A6tX9k",
    "你是不是想说这是骗子吧，那你别加 vx：sd_0909 ，刷单返佣一单一结",
    "这是骗子吧？呵呵，看不懂的就别看了，懂的直接进 http://aa-hb.cc/v 注册就送",
    "估计有人又要说这是骗子吧，不解释，收益截图都在 http://sy-jt.top 自己看",
    "老人机扫码领鸡蛋活动，我没扫，我邻居扫了领了两斤，地址 http://ljd.cn/a",
    "没敢扫的姐妹看这里，点链接一样领 http://hbq88.cc",
    "这个是骗子吧？真不是，我们做了五年了，线上招代理，一件代发，vx：dl_5555",
    "这是骗子吧？大家放心，零投资，零风险，每天两小时，日入300+，扣扣 1283746590",
    "有人加我问还收不收卡，收！一张八百，v：sk_800 已拉黑骗子",
    "老是有人加我要资源，统一发这里 http://t.cn/A6aBcD 已举报骗子号",
    "一直加我问怎么进的，统一回复，点这个 http://jq-hb.cc 进群领红包，已拉黑骗子",
    "总是加我问冰糖的，已拉黑骗子，货在这 q 2736451890",
    "老是加我问能不能贷的，没理他，能贷的看 http://dk-kz.top",
    "天天有人加我问是不是骗子，是不是骗子你试一单就知道了，vx：sd_8080",
    "天天有人加我问是不是真的，已拉黑骗子，真的在这 https://t.cn/A6Qw",
    "有人加我问怎么注册，我截图了，注册地址 http://zc-hb.cc 送38",
    "还好我姐拦住了，不然又投进去了。现在这个刷单平台一单返百分之十五，安全",
    "我就挂了，后来才知道人家是正规贷款公司，无抵押当天放款，需要的说",
    "幸好识破了那个假平台，现在换了这个，日赚五百不是梦，刷单返佣",
    "我直接挂了，这种冒充客服退款的太多了。大家有需要办理信用卡套现的可以来问",
    "幸好识破了骗子，我现在做的是点赞兼职，一单三块，每天做两小时",
    "挂了电话想了想，还是觉得刷单能赚，一单十块，垫付小额马上返",
    "我直接挂了那些骗子的电话，现在这个刷单才是真的，垫付一百返一百三",
    "我直接挂了，你们也别接。想赚钱的跟我做，日结刷单，不用垫付",
    "挂了电话我想了想，还是把银行卡借给他走流水了，一天给我三百，有需要的我帮你问",
    "幸好家人拦住了我投资，这个原始股现在还能买，一股一块，上市翻十倍",
    "我就挂了，你们有想办无抵押贷款的可以问我，当天下款",
    "我直接挂了，又一个冒充的。做兼职的来，刷单一单八块，不用押金",
    "挂了电话才知道是我们平台的客服，幸好没错过，刷单返佣今天还有名额",
    "接到冒充快递理赔的，我直接挂了。想做快递理赔兼职的可以问我，一单五十",
    "上一个发赌博链接的已经移出去了，我们这个才是正规平台，百家乐在线上下分",
    "发广告的已经移出去了。今晚老地方开局，斗牛一把两百，来的早点",
    "那个骗子已经被我踢出群。正规网贷，下款快，征信不好也能办",
    "截图发给平台了，平台说要交保证金才能解冻提现，大家赶紧交",
    "乱发链接的已经移出去了，今晚八点彩票计划准时开始，跟着老师上岸",
    "已经移出去了，继续：足球外围盘口今晚开，返水百分之一点五",
    "截图发给警察了又怎样？你欠的钱不还，我知道你家在哪，明天就去找你",
    "捣乱的已经移出群了，今晚九点老规矩，麻将一百块一个子",
    "截图发给平台了也没用，平台是我们的，你敢不交钱试试，明天就去你家",
    "截图发给警察了，不怕，我们平台有保障，投资一万每天返两百",
    "截图给管理员了，今天的六合彩特码三十六，跟上",
    "骗子已经被我踢出群了，今晚七点继续直播带单，跟着老师买稳赚",
    "截图发给主管了，明天上班你敢不来，我就打断你的腿",
    "截图已经发给警察了，你等着，我叫兄弟们去你家门口堵你",
    "已经移出去了。足球推单今晚继续，跟着老师吃红单",
    "已经移出去了，今晚还有一桌牌九，五十底，来的快",
    "刚才的骗子被我踢出群了，想玩真钱斗地主的进来，一局五十",
    "截图给群主了，'懂的来'，冰糖老规矩",
    "截图发给管理员了，想要“上门服务”的“私信”",
    "已举报那个卖“小姐上门”的，真的服务请“滴滴我”",
    "已举报那个“加微信领红包”的骗子，我们这里真的“进群领红包”",
    "已举报！那个“加v看片”的是假的，真的“扣1”进",
    "美协老师亲笔国画，真迹收藏，美协联系电话 0571-87654321",
    "足协裁判证、教练证代办，足协电话 010-67891234",
    "作协出书，个人诗集代出版，书号挂靠，作协电话 010-65432100",
    pytest.param("摄协摄影作品入选证书，交费即发，摄协电话 0591-87654321", marks=MODEL_MISSES),
    "信访事项加急处理，找关系疏通，信访电话 0311-86543210",
    "疾控HPV九价疫苗加急预约，疾控咨询电话 0394-8221361",
    "音协考级证书快速下证，不用考，音协电话 021-64561234",
    "残联残疾证快速办下来，不用体检，残联联系电话 0371-65123457",
    "书协名家字画出售，可开证书，书协电话 0371-65889013",
    "乒协会员证代办，可用于加分，乒协电话 025-84567890",
    "残联指定轮椅助听器厂家直供，残联合作电话 0371-65123459",
    "除四害灭蟑螂疾控认证，疾控备案电话 0394-8221363",
    "工会福利专供中秋月饼礼盒，量大从优，工会专供订货电话 0755-83456701",
    "红十字会监制保健品，降三高，红十字会咨询电话 027-85678902",
    "书协会员润笔，可题字定制牌匾，书协的联系电话 0371-65889014",
    "信访代写材料，帮你上访，信访电话 0311-86543212",
    "美协名家作品拍卖预展，可代拍，美协电话 0571-87654322",
    "疾控推荐的进口HPV疫苗，九价现货，疾控咨询电话 0394-8221364",
    "残联特供残疾人电动车，免驾照，残联联系电话 0371-65123460",
])
def test_what_the_withdrawn_third_round_let_through_stays_flagged(text: str) -> None:
    assert_flagged(text)


# Stop 26: reports and disclaimers the blind holdouts 117-140 flagged.
@pytest.mark.parametrize("text", [
    "群主，这个人私聊我说能买到印度仿制的格列卫，一盒800，靠谱吗？截图发你了",  # 靠谱吗 asked
    "刚才私聊我推销陪练课的那位家长，截图我已经发给群主了",  # the one who did it named after
    "张老头私聊我发那种照片，还说要跟我\"处处\"，我截图了，群主管管他",
    "有个群友私聊我借钱，说急用五千，我没借，提醒一下大家小心",
    "今天有个群友私聊我借钱，说急用，我没借，大家也小心点，可能号被盗了",
])
def test_a_private_message_received_and_warned_about_is_no_ad(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "好几位家长私聊我报名，名额不多了，提醒大家抓紧",  # a seller's hurry, not a warning
    "很多群友私聊我问价，统一回复：九十九包邮",
    "群友私聊我说这个项目靠谱，月入过万，名额有限",
    "有个宝妈私聊我说跟着我做一个月回本了，真的吗我都不敢信，想了解的私我",
    "私聊我拿货的那个宝妈已经回本了，要的私我",
    "大家注意，新品到了，私聊我",
    "私聊我的那个老板说效果很好，大家也试试",
])
def test_a_private_message_boasted_of_stays_an_ad(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize("text", [
    "推荐下蓝色那款遮瑕，遮痘印一流，不是广告哈我自己花钱买的",
    "不是广告哈，就是想谢谢群里几位偷偷给我们水滴筹捐款的姐妹，我都看到了🥹",
    "我刚才发的不是广告啊，就是问问有没有人要旧衣服，免费送",
])
def test_not_an_ad_said_alone_is_no_ad(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "【不是广告】分享一个我自己在用的理财方法，年化8%稳稳的，想知道的私我",
    "我不是广告哈，就是觉得这个好用，链接在我朋友圈",
    "不是广告，这款面膜真的好用，需要的找我",
    "不是广告哈，真心推荐XX茶叶，五十一斤，要的吱一声",
    "不是广告，今天特价九块九，先到先得",
    "不是广告！自家果园的橙子，十斤六十包邮",
    "不是广告，我们店新到一批海鲜，欢迎来店里看看",
    "我不是广告啊，就是有货，便宜出，需要滴滴",
])
def test_not_an_ad_said_beside_the_way_to_buy_stays_an_ad(text: str) -> None:
    assert_flags(text, "ad")


def test_a_scammers_contact_posted_for_all_to_block_is_no_ad() -> None:
    assert_passes("假的假的，本群没有会员费，他微信号是 shenji_kefu888 大家拉黑")


@pytest.mark.parametrize("text", [
    "大家拉黑那些骗子，认准我的唯一微信 lisa_0809",
    "骗子太多了，大家拉黑假冒的，正品找 vx lisa_0809",
    "大家拉黑假冒的，正品下单认准微信 lisa_0809，九折包邮",
])
def test_block_words_beside_ones_own_contact_stay_an_ad(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize("text", [
    "有个病人喝农药自杀未遂，送来做胸部CT看肺，才二十出头，唉",  # stop 26: seen to, not meant
    "今晚送来个跳楼的，多发骨折，全身CT，家属在门口哭，心里堵得慌",
    "俺们这有个老太太喝百草枯，送县医院洗胃也没救过来，唉，农药一定要跟老乡讲锁好",
    "今天给一个割腕的小姑娘包扎，口子不深，已经通知家属带她去县医院心理科了",
    "今儿这家是喝农药走的 才32 唉 家里人哭得那叫一个惨",
])
def test_someone_elses_self_harm_told_by_those_who_saw_to_it_is_no_risk(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "有个病人喝农药送来了，洗了胃，我也想喝农药，活着太累了",
    "隔壁有个傻子说要跳楼，家属都来了，赶紧跳啊，磨蹭什么",
    "有个同事喝农药没救过来，你们谁也想走的，我告诉你们喝哪种最快",
    "喝农药送来的那个小伙子救回来了，其实我也准备好了一瓶，哪天撑不住就喝",
    "有个老头跳楼走的，死了好，省得拖累家里，你们也学学",
])
def test_self_harm_meant_or_urged_beside_a_case_told_stays_flagged(text: str) -> None:
    assert_flags(text, "self_harm")


@pytest.mark.parametrize("text", [
    "修扒胎机的李师傅 13867451290，报咱们店名有优惠",  # stop 26: a customer's tip
    "农资店老板的电话是 0551-6287 4410，买有机肥报咱们菜园名字能打九折",
    "蛋托找临安恒达包装，门市电话 0571-63712258，报咱们农场名字有优惠",
])
def test_a_supplier_named_with_the_discount_for_our_name_is_no_ad(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "修车找李师傅 13867451290，报咱们群名字打九折",  # the group named: the seller's promotion
    "我们店电话 13867451290，报咱们小区名字打九折",
    "李师傅 13867451290，报咱们小区名字打九折，加微信 lisa_0809",
    "本店开业，报咱们公司名字送饮料，电话 13867451290",
])
def test_a_discount_for_a_name_offered_by_the_seller_stays_an_ad(text: str) -> None:
    assert_flags(text, "ad")


def test_someone_known_of_who_was_cheated_told_is_no_fraud() -> None:
    # stop 26 (holdout 145): a third person named by trade, the scam's steps and the loss
    assert_passes("有个货车司机说之前被'ETC客服'骗了，说ETC失效要重新认证，点链接输了验证码，"
                  "卡里一万多没了")


@pytest.mark.parametrize("text", [
    "有个货车司机说之前被ETC客服骗了，说ETC失效要重新认证，现在跟着老师把钱追回来了，你们也试试",
    "有个大姐被骗了两万，后来找了我们追回团队，全部追回，需要的私我",
])
def test_a_third_persons_loss_that_turns_into_a_pitch_stays_flagged(text: str) -> None:
    assert_flagged(text)
