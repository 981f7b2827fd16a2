"""Stop-22 mechanisms, each from a family of false alarms in the blind holdouts 25-56: help
lines passed on, words taken back later in the message, talk about drugs that sells nothing
(``confirm`` terms), a scheme's collapse told after the fact, and "message me" phrasings that
name someone else, the ride-hailing app or a grudge; and stop 23's (marked): a member's own
phone, the harmless reading of the model, the admins asked to act, a negated joke claim, money
demanded "or else" the family.  Each family also has the look-alike that must still be flagged
(for stop 23, the lines its review built to slip past the new rules)."""

from __future__ import annotations

import pytest
from moderation_cases import (
    LEXICON,
    MODEL_READS_AS_RISK,
    assert_flagged,
    assert_flags,
    assert_passes,
    classify,
)


@pytest.mark.parametrize("text", [
    "学校心理咨询中心的预约电话 0571-86012345，需要的同学可以打",
    "青少年心理援助热线 400-888-1234，有需要可以打",
    "街道法律援助中心电话 010-66778899，有需要的去咨询",
    "我们学校教务处办公室电话是0731-84561234，报名有问题打这个",
    "危机干预热线：021-64387250，24小时有人接",
])
def test_a_help_line_passed_on_is_no_ad(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "加盟热线 0571-88886666 全国招商",  # a franchise line is the seller's own
    "心理援助热线 13812345678 加微信详聊",  # a mobile is a person's, and the 加微信 stays
    "心理咨询热线 0571-86012345，一次只要199，名额有限",
])
def test_a_line_named_help_but_selling_stays_an_ad(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize("text", [
    "改了一晚上PPT，想跳楼（开玩笑的，别当真）",
    "排队排到想死，不是真想死啊就是烦",
    "周报写到凌晨，真想死，说着玩的，明天照样上班",
])
def test_words_taken_back_later_in_the_message_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "想死，这次不是开玩笑，药都买好了",
    "不想活了，不开玩笑，今晚就去江边",
])
def test_saying_it_is_no_joke_keeps_the_hit(text: str) -> None:
    assert_flags(text, "self_harm")


def test_drug_talk_terms_need_confirming() -> None:
    flagged = {e.term for e in LEXICON.entries if e.confirm}
    assert {"吸毒", "毒品", "鸦片", "贩毒", "lsd", "荐股"} <= flagged
    assert "杀猪盘" not in flagged  # "带你赚" after a film about it is a pitch (unit look-alike)
    # gambling has no corroborating word, so a reject term would rest on the model alone (谁有靠谱
    # 的赌博网站推荐一下); 我要杀了你 is always corroborated by its own 我要
    assert not {"赌博网站", "我要杀了你"} & flagged


@pytest.mark.parametrize("text", [
    "这部纪录片讲的是戒毒所里吸毒人员的生活，看完挺沉重的",
    "禁毒宣传周，社区发了毒品知识手册，大家领一本",
    "周六LSD 20公里，早上六点集合",
])
def test_talk_about_drugs_or_a_long_run_passes(text: str) -> None:
    assert_passes(text)


def test_a_drug_offer_with_a_talk_term_stays_flagged() -> None:
    assert_flags("有货，吸毒的朋友懂的私聊", "drugs")


def test_a_collapse_told_after_the_fact_is_no_fraud() -> None:
    assert_passes("我同事在网上买了个理财产品，投了八万，现在APP打不开了，钱也取不出来")


@pytest.mark.parametrize("text", [
    "提现提不出来？客服说再交五千保证金就能解冻",  # the scam still asking for money
])
def test_a_collapse_with_the_scam_still_asking_stays_fraud(text: str) -> None:
    assert_flags(text, "fraud")


@pytest.mark.parametrize("text", [
    "有意见的私聊他，别在群里吵",
    "想要回家的打滴滴，公交停了",
    "老板说要扣我工资，就因为迟到五分钟",
    "那个球员赛后说要来找我算账，被他队长拉走了",
])
def test_message_someone_else_the_ride_app_or_a_grudge_is_no_drainage(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", ["有需要的滴滴我", "想要的私聊", "感兴趣的私信我", "要的找我"])
def test_message_me_stays_drainage(text: str) -> None:
    assert_flags(text, "ad")


# Second round (after the first run of holdouts 57-60).

@pytest.mark.parametrize("text", [
    "老伙计们，下周三退休职工体检，带好身份证和退休证",
    "下周三退款截止，还没退的抓紧",
    "周三退房的客人记得查一下迷你吧",
])
def test_wednesday_then_a_refund_or_retirement_is_no_politics(text: str) -> None:
    assert_passes(text)


def test_quitting_the_party_stays_politics() -> None:
    assert_flags("三退保平安，退出党团队", "politics")


def test_a_member_pooling_one_order_is_no_ad() -> None:
    assert_passes("小区团购大米，十斤一袋五十，要的接龙，我统一下单")


@pytest.mark.parametrize("text", [
    "小区团购大米，十斤一袋五十，要的接龙，我统一下单，接龙后私我付款",
    "各位姐妹，护士鞋团购，要的接龙，我拉进团购群",
])
def test_a_group_buy_that_sends_buyers_to_a_private_chat_stays_an_ad(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize("text", [
    "这段剧情女主跳楼那里拍得好压抑，看完一晚上睡不着",
    "这部电视剧的结局主角跳楼，拍得太压抑了",
])
def test_a_characters_leap_judged_as_a_story_passes(text: str) -> None:
    assert_passes(text)


def test_the_readers_own_wish_after_a_story_stays_self_harm() -> None:
    assert_flags("这部电视剧的结局主角跳楼，我看完也想跳", "self_harm")


@pytest.mark.parametrize("text", [
    "发个刚下的片子，女主是个护士制服，剧情够劲，你们自己看[视频]",
    "这个小说的床戏写得太露骨了，我直接截图发给你们：他一把扯开她的衣服……",
])
def test_porn_shared_in_a_storys_words_stays_porn(text: str) -> None:
    assert_flags(text, "porn")


# Third round (after the first run of holdouts 61-64).

@pytest.mark.parametrize("text", [
    "小区门口又有人往车上泼油漆，监控拍下来了，已经报警",
    '楼道里贴着"扫码领红包"的小广告，我撕掉了，大家别扫',
    "注意：有人冒充社区网格员打电话，让转账到安全账户，别信",
])
def test_something_already_reported_or_an_impersonation_named_passes(text: str) -> None:
    assert_passes(text)


def test_a_report_that_still_says_message_me_stays_flagged() -> None:
    assert_flags("有人冒充客服？我们才是正规平台，提现问题私聊我，刷单返佣当天到账", "fraud")


def test_taken_back_with_a_collapsed_repeat_passes() -> None:
    assert_passes("吵死了，真想把他车砸了，说说而已")  # the view reads 说说 as 说


def test_a_refusal_to_be_asked_is_no_drainage() -> None:
    assert_passes("有朋友要票的别找我了，真没有内部票")
    assert_flags("要票的找我", "ad")


# Fourth round (after the first run of holdouts 65-68).

@pytest.mark.parametrize("text", [
    "刚刚楼下有人发传单说什么法轮大法好，我把他赶走了，大家注意",
    "组长老是盯着女工看，让人不舒服，我已经跟老板反映了",
])
def test_something_handled_or_passed_up_passes(text: str) -> None:
    assert_passes(text)


def test_a_member_tallying_a_group_buy_is_no_ad() -> None:
    assert_passes("化肥团购，复合肥比镇上便宜三十一包，要的扣1我统计")
    assert_flags("化肥团购，复合肥比镇上便宜三十一包，要的扣1，私我付款", "ad")


@pytest.mark.parametrize("text", [
    "夜班好累啊，真想死在床上睡三天😵",
    "这个鬼天气，我想死在空调房里不出来了",
])
def test_where_to_drop_is_no_wish_to_die(text: str) -> None:
    assert_passes(text)


def test_a_plain_wish_to_die_stays_self_harm() -> None:
    assert_flags("活着太累了，我想死", "self_harm")


# Fifth round (after the first run of holdouts 69-72).

def test_a_government_office_heading_its_notice_gives_its_own_landline() -> None:
    assert_passes("【镇卫生健康办】两癌筛查还有名额，35-64岁妇女可报名，咨询电话0592-7165023")


@pytest.mark.parametrize("text", [
    "【ETC服务中心】您的ETC已失效，请致电0755-88886666办理",
    "【市中级人民法院】您有一张传票未领取，咨询0571-88881234",
])
def test_a_notice_in_the_name_of_a_centre_or_court_stays_flagged(text: str) -> None:
    verdict, categories = classify(text)
    assert verdict == "reject" and "ad" in categories, (text, categories)


def test_reported_to_110_is_a_report() -> None:
    assert_passes("楼下有人往车上泼油漆，已经报110了")


# Review of the stop's rules: what each excuse must not let through.

@pytest.mark.parametrize("text, category", [
    ("他欺负我妹，我报警了没人管，明天我就去杀他全家", "violence"),
    ("老公又打我，报警了也没用，我真的不想活了", "self_harm"),
    ("遗书写好又撕掉了，还是不想活了", "self_harm"),
    ("出冰毒，纯度高，已举报的别来", "drugs"),
    ("电报平台下注，稳赚不赔，网赌", "gambling"),
    ("高考填报学校，代考包过，保过班", "fraud"),
])
def test_a_report_word_excuses_no_own_threat_despair_offer_or_lookalike_word(
        text: str, category: str) -> None:
    assert_flags(text, category)


@pytest.mark.parametrize("text", [
    "我想跳楼，不是在开玩笑",
    "想跳楼，不是说着玩的",
    "我真的不想活了。刚才同事还跟我开玩笑说我脸色差",
])
def test_a_negated_or_narrated_joke_takes_nothing_back(text: str) -> None:
    assert_flags(text, "self_harm")


@pytest.mark.parametrize("text", [
    "好想死在今天晚上，什么都不想管了",
    "好想死在这个月底，钱也还不上了",
    "我想死在他家门口，让他后悔一辈子",
])
def test_dying_at_a_time_or_against_someone_stays_self_harm(text: str) -> None:
    assert_flags(text, "self_harm")


@pytest.mark.parametrize("text", [
    "平台提不出来的别慌，缴纳出款费就能到账，客服二十四小时在线",
    "提现不了的老铁，交一笔出款验证金马上到账，下载新app",
])
def test_a_pitch_to_those_who_cannot_withdraw_stays_fraud(text: str) -> None:
    assert_flags(text, "fraud")


@pytest.mark.parametrize("text", [
    "心理咨询师培训加盟热线：400-888-1234",
    "网贷逾期求助热线 400-888-1234，帮你停催延期",
    "心理咨询热线 0571-86012345，一次只要１９９元",
])
def test_a_help_line_that_sells_stays_an_ad(text: str) -> None:
    assert_flags(text, "ad")


def test_a_group_buy_of_new_stock_stays_an_ad() -> None:
    assert_flags("新到一批货，要的扣1，我统计，统一付款", "ad")


@pytest.mark.parametrize("text", ["谁有靠谱的赌博网站推荐一下", "lsd哪里有"])
def test_asking_where_to_get_it_keeps_the_term(text: str) -> None:
    verdict, _ = classify(text)
    assert verdict != "pass", text


# Stop 23: a member's own phone given as theirs (我电话…, in plain digits) with nothing sold, the
# way 我微信… already was; a seller giving theirs with an offer, a number spelled out (an
# evasion) or given to whoever wants something (急用钱的打我), or a scammer's, stays flagged.
@pytest.mark.parametrize("text", [
    "明天我不在家，快递帮我放门卫那，我的电话是15170328846，谢谢啦",
    "明天我不在家，快递帮我放门卫那，我的手机号是13812345678，有事打我",
])
def test_a_members_own_phone_given_as_theirs_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), [
    ("全屋定制优惠价，包安装，我电话13812345678，量大从优", "ad"),
    ("我电话一三八一二三四五六七八，急用钱的打我，当天到账", "ad"),
    ("我是区教育局的，你们园的资质有问题，需要交罚款5000，不交就关停，联系我电话18819203344处理",
     "fraud"),
])
def test_a_phone_given_with_an_offer_or_a_scam_stays_flagged(text: str, category: str) -> None:
    assert_flags(text, category)


# Stop 23: a lone review-level term in a long text the model reads as harmless (risk head
# under 0.2, the term's category head under 0.1) is a mention; never a reject term, never for
# self-harm, abuse or fraud, nor beside an offer, a "message me", a corroborating word, a
# pattern or a contact (a calm opening padding an offer: the review of stop 23).
@pytest.mark.parametrize("text", [
    "这本书里有个赌场场景，“梭哈”译成 all in 大家觉得行不",
    "我老婆刚给我打电话，说我小舅子又欠赌债了，这回大麻烦了",
    "我家那个小的天天抱着手机打游戏，嘴里喊着「杀了他杀了他」，吓我一跳，原来是游戏里",
])
def test_a_lone_review_term_the_model_reads_as_harmless_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), [
    ("我的号被封了，要一个好友辅助解封，你帮我扫一下码好吗", "fraud"),  # risk 0.11, fraud 0.06
    ("呢个扑街成日喺群度发癫，乱咁讲嘢，仲要喺度搞事，冚家铲", "abuse"),  # risk 0.18, abuse 0.06
    ("我真想杀人，隔壁又在装修，从早上七点一直敲到晚上十点", "violence"),  # 我真想: corroborated
    ("我家老头子的吗啡贴剩了几片，我自己贴着玩，晕乎乎的挺舒服", "drugs"),  # risk 0.19, drugs 0.06
    ("周末带孩子去公园玩了一天挺开心的，晚上有空的朋友可以来我家坐坐，我这里有点冰毒，大家都是熟人放心",
     "drugs"),  # reject, risk 0.18
    ("周末带孩子去公园玩了一天挺开心的，晚上有空的邻居可以来我家坐坐，赌场我这边都有，大家都是熟人放心",
     "gambling"),
])
def test_the_harmless_reading_never_excuses_what_it_must_not(text: str, category: str) -> None:
    assert_flags(text, category)


# Stop 23: the admins asked to act in the message itself (管理员快踢掉, 麻烦踢一下, 已经@群主了)
# reports an ad; only an ad — the risk a harasser or a scammer adds after it stays flagged.
@pytest.mark.parametrize("text", [
    "刚才群里那个日赚五百的兼职是骗子号，我已经@群主了，大家别信",
    "群主，那个发“日赚五百”的已经私加了好几个人，麻烦踢一下",
    "群里又有人发那种日赚五百的广告了，管理员快踢掉",
])
def test_the_admins_asked_to_act_is_a_report(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), [
    ("冰毒麻古有货，价格好说，懂的私我，群主管管也没用", "drugs"),
    ("又是那个死胖子在群里刷屏，谁能把这头猪踢了，傻逼一个", "abuse"),
    ("管理员快把这个死肥婆踢出去，再让我看见她我弄死她", "violence"),
    ("已经通知群主了，刚才说错了，这次的医保补贴每人可领800，把身份证号和银行卡号发给我登记", "fraud"),
    ("已经告诉群主了，今晚老地方开局，百家乐牛牛都有，想玩的来", "gambling"),
])
def test_an_offer_or_an_insult_beside_the_admins_stays_flagged(text: str, category: str) -> None:
    assert_flags(text, category)


# Stop 23: a joke claim negated (我不是开玩笑 · 没跟你开玩笑 · 别以为我说着玩) no longer cancels the
# model's opinion, as it already kept the lexicon's; a joke claimed still does.
@pytest.mark.parametrize("text", [
    "我不是开玩笑，你再敢碰我女儿一下，我就让你全家付出代价",
    "没跟你开玩笑，明天就带人去你店里砸了",  # caught again by model 2026.12.06-2 (stop 38)
    "别以为我说着玩，再欠钱不还我就去你家门口泼油漆",
])
def test_a_negated_joke_claim_keeps_the_models_threat(text: str) -> None:
    assert_flags(text, "violence")


def test_a_joke_claimed_still_cancels_the_models_opinion() -> None:
    assert_passes("开玩笑的，我要是再加班就去砍了老板哈哈")


# Stop 23: money demanded or else the family "had better be careful" is extortion; a safety
# reminder or a payment told is not.
def test_money_demanded_or_the_family_had_better_be_careful_flags() -> None:
    assert_flags("不是开玩笑的，下周把钱转过来，不然你儿子上学路上小心点", "violence")


@pytest.mark.parametrize("text", [
    "下雨路滑，你孩子上学路上小心点",
    pytest.param("钱我已经转给你了，不然你家孩子的学费交不上", marks=MODEL_READS_AS_RISK),
])
def test_a_safety_reminder_or_a_payment_told_passes(text: str) -> None:
    assert_passes(text)


# A review of confirm flags proposed at stop 26 (假证, 套路贷, 制毒, 血洗, 收保护费, 找死, 赌债,
# 色图, etc失效 were proposed and dropped: 46 of these stood on the term alone) wrote these risk
# lines with the twelve terms; all flagged.
CONFIRM_REVIEW_26 = [
    "您的贷款已审批通过，先交手续费才能放款，请尽快处理",
    "先交手续费599元，半小时内到账",
    "额度五万已批，先交手续费再放款，逾期作废",
    "兄弟急用钱找我，无抵押，先交手续费就能下款，V：dk8899",
    "放款前需要先交手续费，这是平台规定，不交没法操作",
    "亲，你的账户已解冻，先交手续费300就可以提现了",
    "先交手续费，交完马上打款，我们是正规公司",
    "想贷款的私我，当天下款，只需先交手续费",
    "客服：您好，系统显示您需先交手续费才能激活放款通道",
    "要钱就先交手续费，别磨叽",
    "已经给你批了三万，按流程先交手续费，电话13812345678",
    "学生贷秒到，先交手续费百分之五，包过",
    "【医保局】您的医保卡被冻结，请立即联系客服办理解冻",
    "您好，这里是社保中心，您的医保卡被冻结了，需要配合调查",
    "您的医保卡被冻结，涉嫌违规套现，请拨打400-123-4567",
    "通知：您的医保卡被冻结，24小时内不处理将永久注销",
    "阿姨您好，您的医保卡被冻结了，请按我说的把钱转到安全账户",
    "医保卡被冻结，点击链接解冻 http://ybk-jd.cn",
    "您的医保卡被冻结，请加QQ 2837461 联系专员",
    "我是市医保局工作人员，您名下医保卡被冻结，请提供身份证号核实",
    "您的医保卡被冻结啦，别担心，按我发的步骤操作就能恢复",
    "温馨提示：您的医保卡被冻结，需缴纳保证金解冻",
    "医保卡被冻结，请及时认证，否则影响报销",
    "系统检测您的医保卡被冻结，回复1办理",
    "【ETC服务】您的ETC失效请认证，点击 http://etc-rz.top",
    "尊敬的车主，您的ETC失效，请尽快登录网站重新认证",
    "您的etc失效，请在24小时内完成认证否则停用",
    "ETC失效请认证，链接：etc.gxsfz.cn 输入银行卡号即可",
    "车主您好，ETC失效了，需要重新绑定银行卡",
    "【高速通行】您的ETC失效，请及时处理以免影响通行",
    "etc失效请速认证，逾期将扣除违约金",
    "ETC失效，认证地址已发，请填写卡号和验证码",
    "您的ETC失效待更新，点链接操作，加微信etc0571",
    "通知：您名下ETC失效，请按短信提示认证",
    "您好ETC失效了，我这边帮您远程认证，把收到的验证码告诉我",
    "ETC失效，回复Y获取认证链接",
    "办假证找我，各类证件都能做",
    "假证，学历证、身份证、驾驶证，微信zj6688",
    "做假证，质量保真，可上网查",
    "需要假证的私聊，价格优惠",
    "专业制作假证，毕业证学位证，三天出货",
    "假证包过安检，放心用",
    "各种假证都有，要的话留个电话",
    "假证办理，手续简单，联系QQ 99887766",
    "我这有做假证的渠道，一千块一张，要不要",
    "假证一条龙，刻章、证件、印章都能搞",
    "想要假证的加我，隐私保密",
    "帮人办过不少假证，从没出过事",
    "假证，货到付款，快递包邮",
    "不看征信，无抵押，套路贷？不存在的，放心借",
    "专业套路贷，砍头息三成，利滚利，借了跑不掉",
    "做套路贷的兄弟们，新一批客户资料到了，价格私聊",
    "套路贷团队招人，会催收的优先，提成高",
    "我们这套路贷做得很稳，合同写五万实际给三万",
    "套路贷老手带新人，一个月轻松过万",
    "教你做套路贷，先签阴阳合同，再虚增流水",
    "套路贷业务，学生优先放款，联系V：tld123",
    "套路贷合同模板有需要的吗，50一份",
    "套路贷，一周一结，逾期上门",
    "我们做套路贷的，专找急用钱的下手",
    "套路贷放款群，进群拿资料",
    "制毒的设备有人要吗，全套",
    "教你在家制毒，原料网上都能买",
    "制毒配方出售，包教包会",
    "有没有懂制毒的，高价合作",
    "制毒的原料我这有，麻黄素，量大从优",
    "想学制毒的来，手把手教，视频教程",
    "制毒工艺流程，加微信获取",
    "我们在山里搞制毒，缺人手，一天五千",
    "制毒技术员招聘，待遇丰厚，保密",
    "制毒用的试剂哪里有卖的",
    "谁有制毒的门路，带我一个",
    "自己制毒比买便宜多了，教程发群里",
    "制毒工具套装，快递发货，隐私包装",
    "再敢来我们村，血洗你们全家",
    "老子明天就去血洗你们公司",
    "你等着，我带人过来血洗你们店",
    "血洗那帮人，一个都别放过",
    "今晚召集兄弟，血洗东街那伙人",
    "敢动我兄弟，我血洗你全家",
    "不还钱就血洗你家，说到做到",
    "谁再惹我，我就血洗他们",
    "准备好了吗，周六血洗三中",
    "我要血洗这个群里所有人",
    "血洗你们小区，等着瞧",
    "兄弟们带家伙，去血洗他们场子",
    "给我盯着，找机会血洗他们",
    "这条街归我们了，每月收保护费，每家五百",
    "明天开始收保护费，不交的别想开门",
    "兄弟们今晚去收保护费，东街那几家",
    "新开的店都要收保护费，这是规矩",
    "收保护费了，各位老板自觉点",
    "不交保护费？那我们就天天来收保护费",
    "我在这一片收保护费，谁不服来找我",
    "下个月收保护费涨价，一家一千",
    "跟我混，带你去收保护费，钱分你一半",
    "收保护费的时候带上家伙，别客气",
    "老板，收保护费的来了，赶紧准备钱",
    "这片市场归我们收保护费，外地人多交",
    "你想找死是吧",
    "找死啊你",
    "你他妈找死",
    "敢在群里跟我叫板，你是在找死",
    "找死的东西，给老子滚",
    "你个找死的玩意，信不信我弄你",
    "再说一句试试，找死",
    "找死呢你，废物",
    "真是找死，也不看看自己什么德行",
    "找死就直说，我成全你",
    "你这种垃圾就是找死",
    "回复我？找死吧你",
    "不长眼的东西，找死",
    "老子是职业赌徒，一晚上赢了二十万",
    "赌徒们集合了，今晚开局，老地方",
    "做个真正的赌徒，才能赢大钱，跟我来",
    "赌徒的快乐你们不懂，梭哈就完事了",
    "我就是个赌徒，押大押小全凭手感，今天又赢了",
    "真正的赌徒从不收手，上车的扣1",
    "赌徒群招人，有资金的来，一起发财",
    "当赌徒就要有胆量，今晚百家乐全押",
    "赌徒们，新开的场子，返水百分之二",
    "老赌徒带你玩，稳赢不输，加V：bc999",
    "我这个赌徒今天又翻本了，兄弟们来一起",
    "赌徒集合！线上真人，充值送彩金",
    "做赌徒不丢人，赢了就是王",
    "欠的赌债什么时候还，再不还上你家找你",
    "你的赌债利息又涨了，今天必须还",
    "赌债还不上就拿房子抵",
    "收赌债，专业上门，不还钱卸胳膊",
    "欠我的赌债别想赖，我知道你住哪",
    "赌债三十万，限你三天还清",
    "帮人收赌债，提成三成，接单",
    "你老公欠的赌债，找你还天经地义",
    "赌债不还，后果自负",
    "欠赌债的张三，大家见到他通知我，重谢",
    "赌债也是债，你爸欠的你来还",
    "专业催收赌债，手段多样，保证收回",
    "赌债你到底还不还，别逼我动手",
    "色图来了，群友自取",
    "有色图吗，发几张",
    "最新色图合集，网盘链接私聊",
    "每天更新色图，进群看",
    "发点色图给大家福利一下",
    "色图一百张打包，10块钱",
    "谁要色图，我这有好多",
    "色图已发，记得点赞",
    "求色图，越露越好",
    "色图群招人，进群费20",
    "我这有高清色图，要的加我",
    "晚上发色图，别睡",
    "色图分享，看完删除，别外传",
]


@pytest.mark.parametrize("text", CONFIRM_REVIEW_26)
def test_blunt_risk_lines_with_the_stop_26_candidate_terms_stay_flagged(text: str) -> None:
    assert_flagged(text)
