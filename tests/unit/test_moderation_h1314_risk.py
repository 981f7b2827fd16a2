"""Risk wording families seen in holdouts 13 and 14 and the two training sets (a fee to a
teacher's own account or a "new payment group", an office's odd fee with a threat, fake customer
service, fixed monthly returns, click-and-screenshot task scams, card secrets asked for,
documents made to order; self-harm told as done or planned; doxxing with a call to act; sex
bought at a foot bath or a salon; gore shared, indiscriminate and home-made-weapon threats;
group slurs; sedatives without a prescription and drug slang; everyday stakes; dissent), in
wording of our own, next to benign lines that share their words."""

from __future__ import annotations

import pytest
from moderation_cases import assert_flags, assert_passes


@pytest.mark.parametrize(("text", "category"), [
    # fees to a staff member's own account, a new payment group, money from a "new number"
    ("春游费用请各位家长转到张老师的个人银行卡，转好后在群里接龙", "fraud"),
    ("学校收费系统维护，这学期书本费先交到班主任私人微信", "fraud"),
    ("通知：以后请进新的缴费群交费，这个群下周作废", "fraud"),
    ("原来的群马上解散了，大家的资料费统一扫新群里的码", "fraud"),
    ("妈，我换号了，这个是新的，先借我两千应急", "fraud"),
    ("王姐，我是陈总，这是我新号，你先转五万过去给供应商", "fraud"),
    ("您好，我是新来的英语老师，本学期的练习册费用请扫这个收款码", "fraud"),
    ("你儿子在操场摔伤了，医生说要马上手术，赶紧转三万过来", "fraud"),
    ("老客户请注意，我司更换了新的收款账户，货款请打到新账户", "fraud"),
    # an office's odd fee, with a threat or a deadline
    ("镇政府发放养殖补贴，每户需先交800元审核费，逾期不候", "fraud"),
    ("系统检测您违规接单，缴纳500元保证金后恢复派单，否则永久封号", "fraud"),
    ("交管通知：请缴纳违章罚款300元到以下账户，否则吊销驾照", "fraud"),
    ("这位家长，孩子需要做入学评估，请先缴纳评估费600元", "fraud"),
    # fake customer service, points, parcels, refunds, loans, a boss in a meeting
    ("【某某证券】您的账户存在异常交易，请立即联系风控专员处理", "fraud"),
    ("您的话费积分下月清零，现在可兑换现金120元，点击领取", "fraud"),
    ("您的国际包裹被海关扣留了，请尽快联系海关专员补税", "fraud"),
    ("买家已付款，请完成实名认证后才能提现到银行卡", "fraud"),
    ("课程不满意可以走退费通道，添加退费专员微信办理", "fraud"),
    ("炒股亏了的朋友看过来，我们是专业追损团队，损失都能追回", "fraud"),
    ("刘总在开会，让你把这笔货款先打过去，回头他再跟你说", "fraud"),
    ("个体户专享贷款，免抵押免征信，最高五十万当天放款", "fraud"),
    ("您的百万医疗保障明天开始自动扣费，不需要的请联系客服取消", "fraud"),
    # fixed returns, promised multiples
    ("这个康养基地项目，投两万每月返两千，一年回本", "fraud"),
    ("合伙开奶茶店，入股三万保底年分红，稳稳的", "fraud"),
    ("这个币下周上所，至少十倍，现在不上车就晚了", "fraud"),
    ("新股申购我们团队中签率百分百，带你一起打新", "fraud"),
    # task scams: clicks, follows and screenshots paid per order (ad + fraud)
    ("在家刷刷手机，给店铺点赞收藏，一单4元，下班就能做", "fraud"),
    ("帮主播关注一下截图发我，每个给你返2块，做完还有大任务", "fraud"),
    ("找点赞员，在家兼职，每天几十单，日结", "fraud"),
    ("商家补单，本金当场返还，另加佣金，名额有限", "fraud"),
    # card secrets and ID numbers asked for
    ("为了给您办理升级，请把信用卡卡背面的三位数字发给我核对", "fraud"),
    ("退款需要核实身份，请回复您的身份证号和短信验证码", "fraud"),
    ("报名链接点开以后填学生姓名、家长银行卡号和密码", "fraud"),
    # documents made to order, fees before work
    ("本科毕业证学位证都能做，学信网可查，价格好商量", "fraud"),
    ("专业做假流水、假收入证明，房贷车贷包过", "fraud"),
    ("征信花了没关系，征信可以改，当天出报告", "fraud"),
    ("叉车证不用考试，三天拿证，全国通用", "fraud"),
    ("你面试通过了，入职前要先交800元培训费和工服押金", "fraud"),
    ("房东说他在外地回不来，押金转过去后他会把钥匙快递过来，寄钥匙那种靠谱吗", "fraud"),
    ("英短免费送养，你只要付一下托运费就行", "fraud"),
    ("这款特效药包好，糖尿病吃三个月就能根治", "fraud"),
    ("祛斑神药，擦一个月斑全没，无效全额退款", "fraud"),
    ("收实名的支付宝账号，一个三百，长期收", "fraud"),
    ("王者点券便宜出，比官方低三成，先付款后发卡密", "fraud"),
    ("你们的下线越多，每个月拿的分成就越多", "fraud"),
])
def test_fraud_families_flag(text: str, category: str) -> None:
    assert_flags(text, category)


@pytest.mark.parametrize(("text", "category"), [
    # self-harm told as done or planned
    ("昨晚又划了手腕三道，流了好多血才睡着", "self_harm"),
    ("左手手腕上已经割了好几道了，长袖都不敢脱", "self_harm"),
    ("心情一差就拿美工刀划了好几下，现在已经习惯了", "self_harm"),
    ("忍不住又拿刀在手臂上划，只有这样才舒服点", "self_harm"),
    ("压力大的时候我会用烟头烫自己", "self_harm"),
    ("上周吞了一整瓶安眠药，被送去洗胃，没死成", "self_harm"),
    ("木炭已经买好了，就差把门窗封死", "self_harm"),
    ("有没有人知道割哪里最快，不想再疼了", "self_harm"),
    ("有没有zs的方法，想找个无痛离开的办法", "self_harm"),
    ("每天都在楼顶待着，站在天台往下看，好像也不算高", "self_harm"),
    ("真的撑不下去了，明天就去江边，这辈子够了", "self_harm"),
    ("我的狗已经托付给邻居了，该做的事都做完了", "self_harm"),
    ("号上的装备都送给你们了，我不会再上线了，别找我", "self_harm"),
    ("我就是个累赘，死了对谁都好", "self_harm"),
    ("催吐成习惯了，今天又催吐了两次", "self_harm"),
    # doxxing: a grievance, their number, plate or address, and a call to act
    ("欠钱不还的周某，电话139 1234 5678，家在幸福小区6栋，大家看着办", "privacy"),
    ("就是他骂人，车牌粤B·5X2K8，住阳光花园3栋2单元，想找他的直接去", "privacy"),
    ("这个黑粉我已经查到了，学校和宿舍都知道，明天公布", "privacy"),
    ("业主群所有人的电话我都导出来了，有需要的私聊", "privacy"),
    ("全市楼盘业主名单，带电话，三万条打包", "privacy"),
    ("她每天几点下班走哪条路我都摸清了", "privacy"),
    # sex bought at a venue
    ("昨晚去洗浴中心点了个全套，那个小妹真不错", "porn"),
    ("城中村有家发廊，一百块快餐，懂的都懂", "porn"),
    ("那家足疗店新来的妹子，可以加钟，你懂的", "porn"),
    ("出差的时候叫小姐被抓了，罚款还通知单位", "porn"),
    ("火车站后面站街的挺多，便宜", "porn"),
    ("谁有那个H文资源，未删减的", "porn"),
    ("女主播私房照，一丝不挂，三十块打包", "porn"),
    # violence: gore, indiscriminate threats, home-made weapons, threats
    ("发个高速车祸视频，脑浆都流出来了，胆小别看", "violence"),
    ("再敢别我车，我下次开车直接撞过去", "violence"),
    ("谁再偷我的菜，我就在地里撒农药，毒死一个算一个", "violence"),
    ("教你们做弩，材料五金店都有，打人很疼", "violence"),
    ("自制的土炮能打穿铁皮，防身用", "violence"),
    ("欠我工钱不给，迟早在他仓库放把火", "violence"),
    ("我知道你家住哪，出门小心点", "violence"),
    ("这个月保护费不交就砸你的摊", "violence"),
    # abuse: group slurs, filth comparisons, names to the face
    ("东北来的都是骗子，别跟他们做生意", "abuse"),
    ("那个黑鬼天天在楼道里大声打电话", "abuse"),
    ("她家做的饭跟猪食一样还好意思开店，臭", "abuse"),
    ("你这个长舌妇，到处说人闲话", "abuse"),
    ("技术这么烂，菜狗就别出来丢人了", "abuse"),
    ("我要骂到他退群为止", "abuse"),
    # drugs: sedatives without a prescription, slang
    ("三唑仑有现货，不需要处方，快递到家", "drugs"),
    ("托人从黑市买了点芬太尼", "drugs"),
    ("下班整两口k，啥烦恼都没了", "drugs"),
    ("锡纸烤着吸，劲比直接抽大多了", "drugs"),
    ("尿检测不出来的那种，比赛前用", "drugs"),
    ("叶子两百一克，老客户优惠", "drugs"),
    ("有提神的白色小药片，熬夜必备", "drugs"),
    ("抽一口就像飞起来一样，你试试", "drugs"),
    # gambling: everyday stakes
    ("周末斗地主，一局两百，谁输谁付现金", "gambling"),
    ("那个捕鱼游戏我充了两千，一分没回来", "gambling"),
    ("把房子抵押了去赌，现在啥都没了", "gambling"),
    ("今晚皇马让1.5，上多少都接", "gambling"),
    ("鱼塘比赛每人押五百，钓最多的全拿走", "gambling"),
    ("上分一比五，下分秒到", "gambling"),
    ("十块钱一炮太没意思，今晚玩大的", "gambling"),
    # politics
    ("每年六四都在家里点蜡烛悼念", "politics"),
    ("厂里拖欠工资，明天全体罢工去厂门口抗议", "politics"),
    ("下周一大家一起到市政府门口静坐", "politics"),
    ("我们不承认现在的政府", "politics"),
    ("这个国家早该变天了", "politics"),
    # second round: relatives of the same families in the older holdouts and the training sets
    ("这学期又划了四道，血止不住，也不觉得疼", "self_harm"),
    ("欠了一屁股债，明天就从公司楼顶跳下去", "self_harm"),
    ("我今晚就下线了，永远的那种，游戏账号给我表弟", "self_harm"),
    ("胳膊上的疤越来越多，天热也只能穿长袖", "self_harm"),
    ("宿舍那个打小报告的，熄灯后套麻袋揍一顿", "violence"),
    ("谁认识社会上的人，出钱买他一条腿", "violence"),
    ("欠钱不还是吧，你女儿在三小四年级，放学我都看得到", "violence"),
    ("那个明星车祸的尸体照片流出了，要看的留言", "violence"),
    ("曝光一下这个骗子的真面目，本名李某某，老家河南，电话在下面", "privacy"),
    ("他儿子在哪个学校上学？我要去找到他", "privacy"),
    ("老板娘的私密照谁有，我出钱", "porn"),
    ("洗浴城三楼有个套餐，你懂的，全套", "porn"),
    ("约么？周末酒店等你", "porn"),
    ("工作室私拍，模特可以全脱", "porn"),
    ("骰子一点五十，输了直接转账", "gambling"),
    ("家里存款全梭了，一把都没中", "gambling"),
    ("这只票下周必拉五个板，亏了算老师的", "fraud"),
    ("收u收u，价格比交易所高一点", "fraud"),
    ("一份五千，每天分红八十，拉一个人再奖五百", "fraud"),
    ("车管所有熟人帮消分，一分一百五", "fraud"),
    ("小妹说她家里出事了，让我先转她两千", "fraud"),
    ("免费送手机，填写手机号和身份证号就能参与抽奖领取", "fraud"),
    ("宠物救助站领养免费，只需要付运费和疫苗费", "fraud"),
    ("您的医保余额月底清零，点击链接立即办理转存", "fraud"),
    ("司机们明天集体停运，全部开到客运站门口", "politics"),
    ("不给个说法不走，大家都来", "politics"),
    # third round: the same families in wording probed by hand
    ("我是李总，换了个新号，你先把预付款转给客户", "fraud"),
    ("您开通的会员每月自动扣费，如需取消请加客服办理", "fraud"),
    ("麻烦提供一下银行卡号和手机收到的验证码，我这边给您退款", "fraud"),
    ("驾照扣分能找人代扣，一分两百", "fraud"),
    ("胳膊上这些疤都是我自己划的", "self_harm"),
    ("一个人坐在江边，这辈子够了", "self_harm"),
    ("烟头按在手背上，一点都不觉得疼", "self_harm"),
    ("昨晚吞了一瓶安眠药，现在浑身没力气", "self_harm"),
    ("欠我钱的那个人，他女儿在二中，大家去校门口等她", "privacy"),
    ("出差的时候叫了个小姐，一次五百", "porn"),
    ("桑拿那边的小妹，三百一次", "porn"),
    ("谁敢碰我家孩子一下，我让他全家陪葬", "violence"),
    ("决赛我下了三千押巴西赢", "gambling"),
    # lonely-hearts lures and paid "welfare" groups
    ("空虚寂寞的哥哥，同城交友，真实可见面", "porn"),
    ("午夜福利，懂的私，不懂别问", "porn"),
    ("私拍福利群，进群88，天天更新", "porn"),
    ("大二女生，寻找干爹，长期", "porn"),
])
def test_risk_families_flag(text: str, category: str) -> None:
    assert_flags(text, category)


@pytest.mark.parametrize("text", [
    # school and office money, said the ordinary way
    "班费的账目我整理好了，下周家长会公布",
    "这个群下周解散，以后有事在新群里说",
    "我换号了，以后打这个号",
    "装修押金物业说完工验收后退还",
    "违章罚款在交管12123上交就行，别信短信",
    "孩子在学校摔了一下，擦破点皮，老师已经处理了",
    "公司账户变更的通知财务已经发邮件了，以邮件为准",
    # investments and jobs talked about, not offered
    "基金定投一千，每月收益也就几十块",
    "这只股票今年已经翻倍了，可惜我没拿住",
    "入职体检在哪家医院做比较快？",
    "面试通过了，下周一入职，好紧张",
    "点赞关注一下我们的公众号，谢谢大家支持",
    "帮我朋友圈点个赞吧",
    "积分快过期了，赶紧去兑换了两桶油",
    "银行app的积分可以换话费，挺方便",
    "报名表上填姓名和学号，别填错",
    "毕业证丢了可以去学校补办证明",
    "这个减肥茶喝了一个月，没什么效果",
    "宠物托运要办检疫证明，提前问好航空公司",
    "老板在开会，等他开完会再找他签字",
    # self-harm look-alikes
    "切鱼的时候在鱼身上划几刀，方便入味",
    "手腕上划了一道口子，被猫抓的",
    "小孩被烟头烫了一下，抹点烫伤膏",
    "木炭买好了，周末去河边烧烤",
    "站在阳台往下看，夜景真美",
    "天台的门没锁，小孩上去玩很危险，物业管一下",
    "今晚去江边散步，风很舒服",
    "装备送给队友了，我换区重新玩",
    "这次考砸了，累死了，先去睡一觉",
    "孩子误吃了几粒维生素，医生说不用洗胃",
    # doxxing look-alikes
    "谁的车挡住消防通道了，车牌沪A12345，麻烦挪一下",
    "修空调的王师傅手艺好，住我们小区5栋，有需要找他",
    "群通讯录更新了，谁需要我发一份",
    "孩子每天几点放学？我想接送一下",
    # sex-venue look-alikes
    "这家足疗店手法很好，我又加了个钟",
    "足浴店的全套足疗套餐98元，包括泡脚和按摩",
    "发廊旁边新开了一家快餐店，味道还行",
    "叫小姐姐帮忙拍张合照",
    "按摩完肩膀松快多了",
    # violence look-alikes
    "车祸现场好惨，希望人没事",
    "前车急刹，我差点撞上去",
    "弹弓打鸟是违法的，别让孩子玩",
    "今晚出门小心点，路上结冰了",
    "老鼠药放在墙角，毒老鼠挺管用",
    # abuse look-alikes
    "这些旧衣服都是垃圾，扔了吧",
    "累得跟狗一样，终于下班了",
    "湖南人都爱吃辣，我们聚餐点辣锅",
    # drug look-alikes
    "安定医院的号很难挂",
    "这个布洛芬不需要处方，药店就能买",
    "锡纸烫发型挺好看的",
    "来一口冰淇淋，解暑",
    "提神的咖啡粉买哪个牌子好",
    "黄瓜叶子上有白粉病，怎么治",
    # gambling look-alikes
    "过年打麻将输了两百块，就图个乐",
    "打鱼回来充了电瓶车",
    "水库水位高，这几天别去钓鱼",
    "押金不退的话可以赔三倍吗",
    # politics look-alikes
    "这个月六四分成，你六我四",
    "我们小区门口有人抗议装修噪音",
    # second-round look-alikes
    "关注我们公众号，截图给前台可以领一瓶水",
    "我爸在楼顶种菜，每天都上去看过",
    "弹弓打穿易拉罐的视频太夸张了，肯定是剪辑的",
    "毒死一个算一个这种话别乱说，会被抓的",
    "捕鱼达人这个游戏我充了六块钱去广告",
    "随便砍几个价，老板就松口了",
    "蛋白粉还有货吗？",
    "这家按摩店师傅活好，腰不疼了",
    "做饭时刀划了几下手指，贴了创可贴",
    "装备都送给徒弟了，我要去考研了，以后少上线",
    "对不起妈妈，今年过年回不去了，等我放假",
    "骰子游戏输了的人唱首歌",
    "我走了啊，明天见",
    "这种领导也配当？开玩笑的，他人挺好",
    # third-round look-alikes
    "足疗店的技师两百一次，手法不错",
    "吞了两片感冒药，睡一觉就好了",
    "我自己划的线，歪了一点",
    "视频会员自动扣费了，记得去设置里关掉",
    "下了三千字的作业，写到半夜",
    "叫了个外卖，一次点了三份",
    "我爸吃了一把降压药，吓得赶紧送医院洗胃，幸好没事",
    "这支基金至少翻倍的说法不可信",
    "医生说手术费要先交押金，出院多退少补",
    "网课退费要在平台申请，别加私人客服",
    "深夜福利：奶茶第二杯半价",
    "周末一个人好寂寞，有没有人约饭",
])
def test_family_look_alikes_pass(text: str) -> None:
    assert_passes(text)
