"""Stop-24 mechanisms, each from a family of false alarms in blind holdouts 85-92 (the authors'
own lines) with the look-alikes that must still be flagged: a scammer's id or number passed on
to warn the group, someone else's private message told, a public desk's landline, strangers
adding you as the subject of a warning, a victim's own loss, and the cues that make a contact
beside scam-warning words an ad again (a recovery service, a seller vouching for itself)."""

from __future__ import annotations

import pytest
from moderation_cases import assert_flags, assert_passes


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
    "肯定诈骗，公安办案不会让你加QQ，直接删",
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
