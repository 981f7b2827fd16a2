"""Stop 28: a risky word that names a work or a price, not what the member says or does (the
benign lines of holdouts 9, 16, 23, 52, 182 and 184: a word inside a 《title》, a film's shot
judged, a price falling like a leap), and a report that speaks only of what it reports."""

from __future__ import annotations

import pytest
from moderation_cases import assert_flagged, assert_flags, assert_passes


@pytest.mark.parametrize("text", [
    "看《滚蛋吧！肿瘤君》哭成狗，熊顿真的太勇敢了",
    "《滚蛋吧！肿瘤君》你们看过吗，我看一次哭一次",
    "《我想死，但我想吃辣炒年糕》这本店里有吗？朋友推荐的",
    "《鸟人》那部电影看过没，最后那段跳楼的镜头好震撼",
    "这两天核桃价跌得跟跳楼一样，三块都不到了",
])
def test_titles_shots_and_falling_prices_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "你给我滚蛋《滚蛋》",  # the word said outside the title too
    "我今晚就去跳楼，《遗书》写好了",
    "《杀了你》这本书私聊我买",  # a title beside a "message me"
    "电影里那个跳楼的镜头让我也想跳",  # the reader's own wish
    "我真想像跳楼一样从这里跳下去",  # the allowlisted phrase beside the act
])
def test_a_title_a_shot_or_a_price_does_not_cover_what_is_said_beside_it(text: str) -> None:
    assert_flagged(text)


# Stop 28's white-box review of the three rules: abuse, threats and a member's own plan put in
# 《》, dressed as a film's shot or as "like a leap", each flagged before the rules and let
# through by their first version.
REVIEW_28 = [
    "@王磊 你就是个《傻逼》，群里谁不知道",
    "张伟你这种人就该去读读《你个废物》，好好照照镜子",
    "@刘芳 《贱人》说的就是你，别装了",
    "李强，《我知道你住哪》，明晚等着",
    "姓陈的你给我等着，《砍死你》不是说着玩的",
    "@赵敏 《去死吧》送给你，全群都烦你",
    "老周你个《狗东西》，欠钱不还还有脸在群里说话",
    "《不想活了》，今晚就去天台，谢谢大家这些年",
    "最后一条了，《活不下去了》，别来找",
    "刘总你记住，《血债血偿》，你家孩子几点放学我都知道",
    "@孙浩 《你死定了》，下班别走",
    "王八……不，给你推荐本书《你就是个王八蛋》",
    "《想死》，这个月房贷又还不上了，药都准备好了",
    "姓刘的欠钱不还，下周带人去他店里，演一出电影里拿刀砍的镜头",
    "各位别劝了，今晚天台上就是电影最后跳楼的镜头，谢谢这一年大家的照顾",
    "明早八点公司楼顶见，给老板拍一个跳楼的镜头，跟电影一样，谁也别拦",
    "这日子过不下去了，今晚就去江边，跳河的镜头电影里看过很多次了",
    "王强你等着，那部电影捅死人的镜头，下周就在你身上来一遍",
    "老板再不发工资就去他办公室拍个放火烧的镜头，电影里那种",
    "高清无码岛国电影，镜头全程不打码，老司机上车",
    "岛国电影高清无码，每个镜头都很顶，五块一部",
    "岛国电影全集高清无码，镜头近到毛孔都看得清，老司机速度上车",
    "高清无码岛国电影，女演员镜头全程无遮挡，老司机上车",
    "岛国电影高清无码，每部都是特写镜头，需要的上车",
    "欠了八十万还不上，今晚就去公司顶楼，跟跳楼一样干脆，大家保重",
    "王磊你个骗子，我要把你推下天台，让你像跳楼一样摔死",
    "跟跳楼一样，十八楼，一秒钟的事，今晚就做个了断",
    "兄弟们别劝了，明天去三十层像跳楼一样飞一次，下辈子再做兄弟",
    "都别找了，十九楼，像跳楼一样一下就好，替我照顾好妈",
    "工资三个月没发，房租也交不起，明早去工地塔吊上，跟跳楼一样，让老板看看",
    "@小王 建议你去看看《你算什么东西》，说的就是你这种人",
    "群主赶紧把这个《人渣》踢了，看见他就恶心",
    "楼上的，《傻逼》《脑残》《废物一个》三连送给你",
    "给爸妈写好了《遗书》，放在床头柜第二个抽屉里，明天以后就不麻烦大家了",
    "陈老板，你家门牌号都查到了，《等着收尸》吧",
    "@周丽 你这个《绿茶婊》，勾引别人老公还有脸发朋友圈",
    "那个《死肥猪》又在群里带节奏了，大家别理他",
    "《滚出这个群》，说的就是你刘畅，没人欢迎你",
    "今晚把这些年的《遗书》都写完，楼顶风挺大的",
    "张总，你女儿在实验小学三年级二班吧，《撕票》这种事我干得出来",
    "今晚江边风大，跳河的镜头跟电影里一样，不用打捞了，谢谢大家",
    "天台门已经撬开了，跳楼的镜头电影里看过几十遍，今晚自己来一次",
    "药已经备齐了，电影结尾上吊的镜头也就几秒钟，妈对不起",
    "催收的天天打电话，明天在他们公司门口上演电影里泼汽油的镜头",
    "隔壁那家人再吵，找几个兄弟上门，演一个电影里打死他的镜头",
    "三楼那个《贱货》天天穿成那样在楼道晃，谁家的管管",
    "@王涛 你妈《不得好死》，你也一样",
    "今天是最后一天了，《一了百了》，卡里的钱留给女儿",
    "《割腕》其实没那么疼，刀片已经放在浴室了",
    "今晚江边风大，跳河的镜头好震撼，不用打捞了",  # a verdict word beside the plan
]


@pytest.mark.parametrize("text", REVIEW_28)
def test_the_reviews_attacks_through_titles_shots_and_leaps_stay_flagged(text: str) -> None:
    assert_flagged(text)


# Withdrawn at stop 28: the admins' removal words (已经踢了 · 已经被我移出去了 · 快踢掉) read as a
# report would have freed four benign lines over 30,000 (刚才那个发赌场的号是谁拉进来的？已经踢了),
# and its white-box review wrote these 51 that such a door lets through — a fresh offer, abuse of
# a named member, doxxing or a threat beside the removal, and football's 踢.
REVIEW_28_KICK = [
    "刚才发广告的已经踢了，今晚百家乐照常开，老地方九点，带现金",
    "已经踢了那个捣乱的，今晚老地方炸金花，底注五十，输赢现结",
    "发链接那个已经被我移出去了，周末六合彩特码还是老规矩，想跟的明早前报号",
    "那个号已经踢了，笑气到了，还是老地方拿，一瓶一百",
    "刚才那个已经被我移出了，k粉还剩两包，晚上宿舍楼下见",
    "那个骗子已经踢了，今晚上门按摩，全套服务，酒店房号发群里",
    "已经踢了，新来的学生妹，包夜一千五，万达公寓",
    "楼凤新到两个，刚才捣乱的那个已经踢了",
    "已经踢了那个发广告的，高收益理财日息百分之二，稳赚不赔，链接 www.theta-fi.cc",
    "刚踢掉一个骗子，真正的带单老师在这，明天九点开盘跟着买",
    "群主踢一下王芳那个贱人，臭不要脸的婊子",
    "王芳这个傻逼要不要踢，婊子一个，全家死光",
    "已经踢了张伟，他家地址是幸福小区3栋2单元501，手机13812345678，大家去问候他",
    "已经踢了那个女的，她的私密照在群文件，自己看",
    "要不要踢刘洋，他家住址我发群里了，明天去堵他",
    "那个已经踢了，明天去堵他，带上刀，打断他的腿",
    "已经踢了赵磊，今晚门口堵人，带上家伙，弄死他",
    "已经踢了刚才那个，你们谁要止咳水批发，老地方",
    "刚才那个已经踢掉了，真钱棋牌平台注册送体验金 www.qp777.cc",
    "已经踢了那个，今晚德扑局，现金局，南山那边",
    "那个人踢咗啦，今晚赌场开台，百家乐老虎机都有，地址老地方",
    "已经踢了，征信修复、黑户贷款，快速放款，电话13912345678",
    "周六下午能踢吗？踢完老地方炸金花，底注一百，输赢现结",
    "今天球已经踢完了，晚上老地方百家乐，九点开台",
    "周末去球场踢一下，完事了溜k，带劲的粉都备好了",
    "明天下午能不能踢？踢完带你们去大保健，全套服务",
    "周日能踢的报名，赛后聚餐，顺便把六合彩特码押了，一码中特",
    "已移出，大家放心，明晚老地方德扑局，带够现金",
    "已经踢了，下周一市政府门口集合，集体上访，一起去讨说法",
    "刚才那个已经踢了，周五统一罢工，全市罢工，谁上班谁是叛徒",
    "王芳这个绿茶婊要不要踢，下贱的骚货，不得好死",
    "能踢了刘洋吗，这个人渣，狗杂种，全家暴毙",
    "群主快把张伟踢出群，这个死变态，狗杂碎，断子绝孙",
    "张伟这种垃圾人早该踢掉，蠢猪一个，活着浪费空气",
    "已经踢了李娜，她家住址是阳光花园5栋1203，身份证号也有，大家有空去坐坐",
    "已经踢了那个欠钱的，他的住址在锦绣华庭8栋，大家去门口堵人",
    "那个老赖踢掉了，开他的盒，家庭住址和户籍信息都查到了，挂到网上去",
    "已经踢了陈静，她的裸照已经发群文件了，前女友的私房照，自己下",
    "刚踢掉一个，来点邮票吗，叶子新到，老地方",
    "已经踢了，春药迷情药，无色无味，下在饮料里就行",
    "那个发广告的踢咗，今晚上门按摩，同城约，酒店小卡片上有",
    "已经踢了，约炮的兄弟看这里，同城约，一夜情，附近就有",
    "那个人已经踢了，今晚弄死他，带上刀，门口堵他",
    "已经被我移出去了，下次再见到他，拖出去打死，见一次打一次",
    "要不要踢他？他欠钱不还，今晚去堵他，打断他的腿",
    "已经踢了，征信花了无视征信，黑户秒下，低息贷款，电话13912345678",
    "已经踢了，数字货币平台，usdt搬砖，稳赚不赔，日收益百分之三",
    "已经踢了那个骗子，股票内部消息，牛股推荐，明早九点半全仓",
    "已经踢了，招代理，零投资，躺赚，月入过万，详情看群公告",
    "刚才发广告的已经被我移出去了，内部优惠券，隐藏优惠券，返利群每天更新",
    "已经踢了，宝妈副业，打字兼职，日赚三百，手机就能做",
]


@pytest.mark.parametrize("text", REVIEW_28_KICK)
def test_a_removal_beside_an_offer_a_threat_or_abuse_is_no_report(text: str) -> None:
    assert_flagged(text)


# A KNOWN HOLE (stop 28): a report word excuses every review hit of the message and an offer
# word up to 16 characters after it, so 已举报 put before (or after) a fresh offer, a threat,
# doxxing or a protest call lets the whole message through (the removal review's lines with 已举报
# for 已经踢了).  Scoping the report to what it describes (a poster's verb or quotes in the hit's
# clause, or the report's own clause) caught these and 14 more labelled risky lines for 3 benign,
# but its review flagged 36 of 57 realistic reports (举报了，隔壁宿舍那哥们在组织赌球 · 撕掉了，上面
# 写着无抵押贷款) and still passed 51 attacks (已举报。今晚… · 有人冒充群主，已举报，…): not shipped.
# strict: the day these are flagged, the mark goes.
REPORT_PREFIXED = [
    "刚才发广告的已举报，今晚百家乐照常开，老地方九点，带现金",
    "已举报那个捣乱的，今晚老地方炸金花，底注五十，输赢现结",
    "发链接那个已举报，周末六合彩特码还是老规矩，想跟的明早前报号",
    "那个号已举报，笑气到了，还是老地方拿，一瓶一百",
    "那个骗子已举报，今晚上门按摩，全套服务，酒店房号发群里",
    "已举报，新来的学生妹，包夜一千五，万达公寓",
    "楼凤新到两个，刚才捣乱的那个已举报",
    "已举报那个发广告的，高收益理财日息百分之二，稳赚不赔，链接 www.theta-fi.cc",
    "已举报张伟，他家地址是幸福小区3栋2单元501，手机13812345678，大家去问候他",
    "已举报那个女的，她的私密照在群文件，自己看",
    "那个已举报，明天去堵他，带上刀，打断他的腿",
    "已举报赵磊，今晚门口堵人，带上家伙，弄死他",
    "已举报刚才那个，你们谁要止咳水批发，老地方",
    "已举报那个，今晚德扑局，现金局，南山那边",
    "已举报，征信修复、黑户贷款，快速放款，电话13912345678",
    "已举报，下周一市政府门口集合，集体上访，一起去讨说法",
    "刚才那个已举报，周五统一罢工，全市罢工，谁上班谁是叛徒",
    "已举报李娜，她家住址是阳光花园5栋1203，身份证号也有，大家有空去坐坐",
    "已举报那个欠钱的，他的住址在锦绣华庭8栋，大家去门口堵人",
    "已举报陈静，她的裸照已经发群文件了，前女友的私房照，自己下",
    "已举报，春药迷情药，无色无味，下在饮料里就行",
    "已举报，约炮的兄弟看这里，同城约，一夜情，附近就有",
    "那个人已举报，今晚弄死他，带上刀，门口堵他",
    "已举报，下次再见到他，拖出去打死，见一次打一次",
    "已举报，征信花了无视征信，黑户秒下，低息贷款，电话13912345678",
    "已举报，数字货币平台，usdt搬砖，稳赚不赔，日收益百分之三",
    "已举报那个骗子，股票内部消息，牛股推荐，明早九点半全仓",
    "已举报，招代理，零投资，躺赚，月入过万，详情看群公告",
    "刚才发广告的已举报，内部优惠券，隐藏优惠券，返利群每天更新",
    "已举报，宝妈副业，打字兼职，日赚三百，手机就能做",
]


@pytest.mark.xfail(strict=True, reason="a report word excuses the whole message (stop 28)")
@pytest.mark.parametrize("text", REPORT_PREFIXED)
def test_a_report_beside_a_fresh_offer_threat_or_doxxing_covers_nothing(text: str) -> None:
    assert_flagged(text)


@pytest.mark.parametrize("text", [
    # the one who reported the sender, threatened or doxxed (56 labelled risky lines the 举报 cue
    # let through until stop 28, no benign one)
    "谁再敢举报我拉木头，我让他走不出这片林子",
    "把举报我的那个邻居叫出来，今晚我们一伙人去他家砸玻璃",
    "看一下这个举报我们的患者家属，手机 15956782310，QQ 847362915，住址我也有，大家轮流打电话骂他",
    "这是举报我的那个人，张某，身份证120105198507213318，他家楼下开小卖部的，谁认识",
    "那个举报我们摊位的女人，叫林小芳，在城南小学当老师，家住南湖花园12栋，大家去学校找她",
])
def test_a_threat_to_whoever_reported_the_sender_is_no_report(text: str) -> None:
    assert_flagged(text)


@pytest.mark.parametrize("text", [
    # ... but a place of ours reported, a report the reader made, and 举报我也没用 stay reports
    # (the review of the cue: 49 such lines written, 48 pass)
    "有人举报我们小区有人卖冰毒，派出所今天来走访了",
    "举报您放心，都是匿名的，看到卖冰毒的广告直接点",
    "你们举报我也没用，我转的冰毒新闻是派出所发的禁毒宣传",
])
def test_our_place_reported_or_the_readers_report_is_still_a_report(text: str) -> None:
    assert_passes(text)


# "You were reported, pay" (你的直播间被举报了，交2000保证金就能解封): 被举报 stays a report cue,
# because members say it of themselves far more (我的店被举报卖冰毒，请问怎么申诉 · 被举报发赌博
# 链接，其实是反诈文章: 29 of the cue review's 49 lines); the shakedown is caught by its lever
# instead — pay, or else (否则封店 · 不交的一律踢出群 · 不交永久封号), whose 踢出 / 封号 / 禁止 read
# as a warning's words until stop 28 (17 labelled scams).
@pytest.mark.parametrize("text", [
    "我是教育局的，你们机构违规补课被举报了，交两万罚款私了，否则封店",
    "您好，您的微信账号被举报涉嫌诈骗，需要缴纳3000元认证费进行解封，否则永久封号",
    "我是群主，群里统一交年度会员费50元，不交的一律踢出群，转到下面的收款码",
    "注意 本群即将升级为官方认证司机群 每人缴纳认证费99元 不交的移出群聊 转给管理员",
])
def test_pay_or_else_is_a_scams_lever_not_a_warning(text: str) -> None:
    assert_flags(text, "fraud")


@pytest.mark.parametrize("text", [
    # a game with its stake named is an invitation, whatever 输光了别哭 says after it (10 labelled)
    "下雨天没活干，晚上老地方扎金花，底注五十，输光了别哭",
    "夜班下班别走，后面仓库开了桌，斗牛，一把两百",
    "后厨几个今晚收工打麻将，一百块一炮，输光了别找我借",
    # a scam's or a host's 别 is no warning (别告诉别人 · 别告诉我爸 · 考完驾照的别走，买车找我)
    "别告诉别人，我带了点粉，晚上包厢一起嗨",
    "妈，我换新号了，老号停了，你先别告诉我爸，帮我转两千交房租，明天还你",
    "考完驾照的别走，买车找我，4S店内部价，加卫 chexiaoge_1",
])
def test_a_stake_or_a_hosts_word_is_no_warning(text: str) -> None:
    assert_flagged(text)


# The review of the three narrowings: warnings, rules and comfort in the same words, written
# against their first version (37 flagged by it; the pay-or-else lever is read in its own sentence
# and not after a ban, a quote or a victim's loss, a stake only in a game called, and 别 only
# where it keeps a secret or stops a buyer).
REVIEW_28_LEVERS = [
    "有人加我说我是群主，让交200保证金，不交的一律踢出群，千万别信",
    "提醒大家，冒充快递理赔的说不提供验证码否则报警，都是骗子",
    "注意：有骗子冒充银行，说账户异常不处理否则冻结，别点链接",
    "别玩了，炸金花一把两百谁输得起，赌博害人",
    "听说隔壁老王炸金花一把一千，输光为止，家都没了，赌博真害人",
    "百家乐不封顶，那都是骗人的，赌博沾不得",
    "群规：严禁发荐股带单信息，不然直接踢出群",
    "千万不要出租银行卡，否则账户冻结还要坐牢",
    "不要帮人走流水，不然银行卡被冻结，哭都没地方哭",
    "收到ETC失效短信别点，否则卡被盗刷只能报警",
    "骗子说不交解冻费就起诉我，我直接拉黑了",
    "物业通知：物业费未交的请尽快交，否则门禁卡冻结；另外谨防快递理赔诈骗，物业不会打电话",
    "阿姨别慌，账户冻结这种短信不用管，银行没通知你",
    "兄弟别走账了，跑分平台迟早出事",
    "身份证别外借，不然被拿去办校园贷",
    "别哭了，杀猪盘的钱咱们一起想办法",
    "别怀疑，杀猪盘就是这样先让你赚点甜头",
    "别急着交钱，先交保证金的贷款都不靠谱",
    "别急，先交手续费才能贷款的都不是正规的",
    "爸你别怕，涉嫌洗钱的电话都是假的",
    "别慌，中奖通知那个短信是假的，不用理",
    "别担心，你的医保卡冻结短信是群发的，删了就行",
    "别说我没提醒你们，杀猪盘专骗单身的",
    "别告诉陌生人验证码，把验证码给别人等于把钱给别人",
    "炸金花一把两百，我表哥输了几十万，老婆跟他离了",
    "网上百家乐说不封顶，都是骗局，十赌九输",
    "我爸年轻时候打牌带够钱就出门，炸金花输光了房子，我们家吃了好多苦",
    "赌博害人，我同学玩百家乐一把一千，输光了还借网贷",
    "群公告：会费本月底前交，未交的移出群。提醒：有人冒充群主私聊收保证金，先交保证金的都是骗子",
    "公司通知：严禁员工兼职刷单，否则一律开除",
    "银行提醒：不要出借、出租银行卡，否则将被冻结账户并列入黑名单",
    "有人私信我说是公检法，让我配合调查，不然就冻结我的卡，我没理",
    "群主提醒：谨防刷单诈骗，发刷单广告的不然直接踢",
    "别外传，杀猪盘这事我姐还不想让家里人知道",
    "别走，等我把中奖通知那条短信给你看看，一看就是假的",
    "别怕，账户冻结的短信我也收到过，是假的",
    "别去那个棋牌室，炸金花底注一百，我同事输了半年工资",
]


@pytest.mark.parametrize("text", REVIEW_28_LEVERS)
def test_warnings_rules_and_comfort_in_the_levers_words_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "群规：不准赌钱，一把五十也不行，抓到直接踢",  # the warning in the game's own clause
    "鞋子真假看鞋标和走线，别光看图，现在高仿做得太好了",
    "有人在群里发“不交会费就踢出群”的消息，是骗子，群主从来不收会费",
])
def test_warnings_beside_those_words_still_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    # a report of someone else's post or scam
    "举报一下，群里那个“李医生”刚私信我卖药，我查了执业证是假的，群主处理下",
    "跟你们说，上个月有人冒充快递客服打电话说我包裹丢了要理赔，差点把验证码报给他，还好我媳妇拦住了",
    '楼道里贴着"扫码领红包"的小广告，我撕掉了，大家别扫',
    "看到有人在群里发赌博链接，已举报",
])
def test_a_report_of_the_post_it_reports_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), [
    # a loss word is also why a member means to end it: it no longer silences the model's
    # self-harm opinion when the sender's own end is said (28 labelled lines)
    ("欠了一屁股债，车也被拖走了，今晚开到桥上，一脚油门下去就解脱了", "self_harm"),
    ("生意赔光了，欠了四十多万，今晚我就在仓库里烧一盆炭，关上门睡过去算了", "self_harm"),
    # 曝光 and 举报 are how doxxing calls the crowd (16 labelled lines)
    ("曝光一下，群里骗钱的刘某，他女儿在市三中高二(5)班，家住军干所2号楼301", "privacy"),
    ("曝光：3床家属赵某某，家住和平路88号2单元502，老公在税务局上班，天天在病房吵", "privacy"),
])
def test_a_loss_word_or_an_exposure_keeps_the_models_opinion(text: str, category: str) -> None:
    assert_flags(text, category)


def test_someone_elses_loss_told_as_a_story_still_passes() -> None:
    assert_passes("他网赌欠了一屁股债，老婆都走了")


# The review of that change's first version: coping, asking for help, comforting a friend, a
# doxxing's victim fighting it (flagged by it; 我欠了十几万网贷，今晚又被催收骂了…撑不下去了 is left
# flagged: a night and despair, a person should look).
REVIEW_28_MODEL_WORDS = [
    "俺欠了一屁股债，这辈子就这样了吧，好好干活慢慢还",
    "俺欠了一身债，真的撑不下去了，找个工地干活去，先把债还了",
    "兄弟，你欠了那么多钱撑不下去了就跟我说，别一个人扛",
    "兄弟，我知道你欠了很多钱撑不住了，但你还有我们，明天一起想办法",
    "大家知道怎么举报那个把我家地址和电话发到网上的人吗，好怕",
    "姐妹们，我欠了十几万网贷，真的撑不下去了，有没有协商还款的经验",
    "我家因为赌博倾家荡产，那几年我真的撑不下去，现在总算熬过来了",
    "我欠了一身债，可我还得活着，还得撑下去，为了我妈",
    "我欠了一身债，好几次觉得撑不下去，还好有你们陪我聊天",
    "我欠了一身债，有时候真觉得撑不住，但想到孩子我还是会好好活着的",
    "我欠了一身债，真的撑不下去了，想找个人说说话",
    "我欠了三十万网贷，好几次都觉得撑不下去了，还好老婆一直陪着我",
    "我欠了几十万，好几次都撑不下去了，是我老婆把我拉回来的",
    "我知道你欠了很多钱撑不下去了，明天我请假陪你去银行协商",
    "我要举报那个把我家地址和电话到处乱发的人，该去哪个部门",
    "我要曝光那个在网上发我妹妹家地址和电话的人，大家帮帮忙",
    "我要曝光那个把我家地址和电话发到网上的人，太恶心了",
    "我输了几十万，好几次都觉得撑不下去了，现在戒了，在慢慢还",
    "明天就要还款了，我欠了五万还差三万，真的撑不住了，愁死了",
    "欠了一屁股债，我真的好想逃离这一切，去一个没人认识我的地方重新开始",
    "算了，我欠了一身债，这辈子就这样吧，先把孩子养大",
    "老公欠了一屁股债，我真的撑不下去了，明天带孩子回娘家住几天",
    "请问怎么举报那个把我家地址和电话发到群里的人，急，在线等",
]


@pytest.mark.parametrize("text", REVIEW_28_MODEL_WORDS)
def test_coping_help_comfort_and_a_victims_report_pass(text: str) -> None:
    assert_passes(text)


# The whole-diff review of stop 28: a ban one sentence earlier is not the game's clause; a
# warning after the game in its own clause still counts; 别告诉他人 stays a warning; 他们 is someone
# else; 举报了咱们厂 is the reporter, not a report.
@pytest.mark.parametrize("text", [
    "严禁赌博。晚上老地方炸金花，一把两百",
    "这就是那个举报了咱们厂的人，电话 13645871209，家住东关街17号，大家轮流打电话问问她",
])
def test_the_code_reviews_risky_lines_are_flagged(text: str) -> None:
    assert_flagged(text)


@pytest.mark.parametrize("text", [
    "炸金花都是骗局，一把两百也能输光，今晚别去",
    "别告诉他人,网赌害人",
    "他们网赌欠了一屁股债,今晚就解脱",
    "今天去看了那部电影，最后跳楼的镜头好压抑",
])
def test_the_code_reviews_benign_lines_pass(text: str) -> None:
    assert_passes(text)
