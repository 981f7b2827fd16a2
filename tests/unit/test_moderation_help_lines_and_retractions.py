"""Stop-22 mechanisms, each from a family of false alarms in the blind holdouts 25-56: help
lines passed on, words taken back later in the message, talk about drugs that sells nothing
(``confirm`` terms), a scheme's collapse told after the fact, and "message me" phrasings that
name someone else, the ride-hailing app or a grudge; and stop 23's (marked): a member's own
phone, the harmless reading of the model, the admins asked to act, a negated joke claim, money
demanded "or else" the family.  Each family also has the look-alike that must still be flagged
(for stop 23, the lines its review built to slip past the new rules)."""

from __future__ import annotations

import pytest
from moderation_cases import LEXICON, MODEL_READS_AS_RISK, assert_flags, assert_passes, classify


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
    "没跟你开玩笑，明天就带人去你店里砸了",
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
