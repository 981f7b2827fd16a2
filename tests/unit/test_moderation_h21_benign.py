"""Benign families of holdout 21 and training sets 3-4 (helper benign21): risk words told,
asked about, reported, taught or disclaimed.  Each family is checked both ways: the everyday
frame passes, a real offer or threat wearing the same frame stays flagged.  Own wording."""

from __future__ import annotations

import pytest
from moderation_cases import assert_flags, assert_passes


# --- the sender asks whether to report what they saw, or says they will ---------------------
@pytest.mark.parametrize("text", [
    "邻居阳台上摆了好几盆像大麻的东西，要不要报警啊",
    "儿子说他同桌的爸爸在家开赌局，我该不该告诉老师",
    "有人把我的自拍P成裸照发到色情网站上，我要报案",
    "楼下棋牌室好像在赌博，能不能向派出所举报",
])
def test_report_asked_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text,category", [
    ("冰毒K粉都有货，要的私我，别想着报警", "drugs"),
    ("网络赌博平台注册就送彩金，要不要报名，加微信详聊", "gambling"),
    ("有货，大麻叶子便宜出，要不要来点", "drugs"),
])
def test_report_word_next_to_an_offer_stays_flagged(text: str, category: str) -> None:
    assert_flags(text, category)


# --- a bet among friends for a treat ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "敢不敢跟我赌杯奶茶，明天肯定下雨",
    "咱俩赌一顿火锅，这次考试我比你高",
])
def test_treat_bet_passes(text: str) -> None:
    assert_passes(text)


def test_money_bet_stays_gambling() -> None:
    assert_flags("赌一顿宵夜太小了，今晚球赛外围下注五千，赢了分你", "gambling")


# --- a story, a lesson text or a show retold -------------------------------------------------
@pytest.mark.parametrize("text", [
    "语文课文里那个杀手最后为什么要杀人，女儿问我我也答不上来",
    "昨晚追的《漫长的季节》，凶手砍人那段戏拍得太压抑了",
    "这个故事里反派为了报仇杀人，孩子问我他是不是坏人",
])
def test_story_violence_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "看完电影我就想去砍人，那个骗我钱的明天别让我碰到",
    "我要像故事里那个杀手一样去杀人",
])
def test_own_threat_next_to_a_story_stays_flagged(text: str) -> None:
    assert_flags(text, "violence")


# --- a drug lesson or an exam note ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "下周班会要讲毒品的危害，谁有禁毒宣传的课件",
    "药理考点：吗啡过量会引起呼吸抑制，解救用纳洛酮",
])
def test_drug_lesson_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "药理课说吗啡会成瘾，我试过一次真的爽，还有货",
    "吗啡副作用小得很，我这有货，价格好说",
])
def test_drug_offer_in_lesson_words_stays_flagged(text: str) -> None:
    assert_flags(text, "drugs")


# --- a disclaimer of what the sender does not do ----------------------------------------------
def test_disclaimer_passes() -> None:
    assert_passes("本群不荐股，大家自己判断")


def test_stock_tips_offered_stay_flagged() -> None:
    assert_flags("每天免费荐股，跟着老师喊单，私我进群", "fraud")


# --- news of a scam told as a warning; an unlawful practice named as such ----------------------
@pytest.mark.parametrize("text", [
    "看新闻说现在杀猪盘专盯单身女性，大家提醒一下家里的姑娘",
    "证监会又查了几个非法荐股的团伙，大家别信那些老师",
])
def test_scam_news_passes(text: str) -> None:
    assert_passes(text)


def test_news_hook_pitch_stays_flagged() -> None:
    assert_flags("看新闻说股市要涨了，内部荐股群稳赚不赔，私我拉你", "fraud")


# --- a near miss and a victim reporting what the other side told them ---------------------------
@pytest.mark.parametrize("text", [
    "收到个短信说医保卡被冻结要点链接解冻，我差点点了，还好先问了我女儿",
    "网购退货，客服叫我加QQ说走退款流程，又让我开共享屏幕，这正常吗",
])
def test_victim_story_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "客服让我加QQ办理退款，真的退了三倍，你们也去试试",
    "您好，您的快递丢失，请加QQ办理退款，并下载会议软件共享屏幕",
])
def test_refund_scam_pitched_stays_flagged(text: str) -> None:
    assert_flags(text, "fraud")


# --- a worker turning a request down -----------------------------------------------------------
def test_refusal_passes() -> None:
    assert_passes("有个客人喝多了非要找小姐，我说我们店里不搞这种")


def test_sex_offer_stays_flagged() -> None:
    assert_flags("想找小姐的来我这，服务好，有意私聊", "porn")


# --- a missing-person appeal with the family's number ------------------------------------------
def test_missing_person_appeal_passes() -> None:
    assert_passes("扩散！小区一位阿姨走失了，穿灰色外套，有线索请联系她女儿 13566667777")


def test_dox_with_missing_word_stays_privacy() -> None:
    assert_flags("那个走失老人的儿子欠我钱，他住在阳光花园3栋，电话13566667777，大家去堵他",
                 "privacy")


# --- ads: a seller's terms of sale with no contact; consignment and lookup services -----------
@pytest.mark.parametrize("text", [
    "汉服出租，一件39，颜色齐全，多订更便宜",
    "自家腌的咸鸭蛋，每箱80元，量大从优",
    "端午粽子开订啦，群里下单满两盒包邮",
])
def test_seller_terms_are_ads(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize("text", [
    "超市那个洗衣液满两件包邮，挺划算的",
    "我在菜场买的一斤12块，批量买的话不知道便不便宜",
    "食堂的饭量大，一份12还挺值",
])
def test_deal_talk_is_no_ad(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "二手相机寄售，成色九新，链接 https://shop.example.com/cam",
    "代查物流单号收件信息，电话 13900001111",
])
def test_consignment_and_lookup_services_with_contact_are_ads(text: str) -> None:
    assert_flags(text, "ad")


def test_consignment_told_without_contact_passes() -> None:
    assert_passes("我的旧相机放店里寄售了，还没人买")


# --- "simply murderous": how harsh or how good something is ------------------------------------
@pytest.mark.parametrize("text", [
    "这道川菜辣得简直要杀人",
    "期末这套卷子简直杀人，最后一题没人做出来",
])
def test_murderous_simile_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "隔壁老王简直要砍人，明天带刀去公司找他",
    "那个人渣简直要杀人，等着，我去他家砍人",
])
def test_simile_next_to_a_plan_stays_violence(text: str) -> None:
    assert_flags(text, "violence")


# --- 想死 over a paper loss, said while weighing the next trade ---------------------------------
@pytest.mark.parametrize("text", [
    "基金又跌停了，该不该加仓，想死",
    "这只股套牢半年了，继续拿着吧，好想死",
])
def test_trading_grumble_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "股票亏光了，借的钱还不上，要不要跟家里说，好想死",
    "基金腰斩了要不要补仓，好想死，每天都睡不着",
    "股票全没了，老婆要离婚，好想死",
])
def test_market_ruin_stays_self_harm(text: str) -> None:
    assert_flags(text, "self_harm")
