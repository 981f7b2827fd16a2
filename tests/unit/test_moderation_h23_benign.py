"""Benign families and ad misfires of holdouts 23 and 24 (helper benign23).  Each family is
checked both ways: the everyday frame passes, an offer or a real risk wearing the same frame
stays flagged.  Own wording."""

from __future__ import annotations

import pytest
from moderation_cases import assert_flags, assert_passes, classify

from streams.detect.drainage import has_commercial_cue
from streams.detect.moderation import Hit, _model_excused
from streams.detect.normalize import normalize_views


def _model_hit_excused(text: str, category: str) -> bool:
    view, _ = normalize_views(text)
    hit = Hit(category, f"model:{category}", "review", text, view.text, ())
    return category in _model_excused(view.text, (hit,), ())


def _lexicon_view(text: str) -> str:
    return normalize_views(text)[0].text


# --- a hospital pharmacy's or ward's landline passed on to colleagues ------------------------
@pytest.mark.parametrize("text", [
    "住院部药房的电话是0731-8852 6610，家属问取药的事就让他们打这个",
    "药剂科座机 021-6432 7781，夜班有问题可以先打过去问",
    "住院处电话0571-8690 1123，出院结算的事问他们",
])
def test_ward_landline_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "益康大药房开业酬宾，全场八折，咨询电话0731-8852 6610",
    "药房直供进口降压药，价格优惠，联系我 13907316621",
])
def test_pharmacy_selling_stays_ad(text: str) -> None:
    assert_flags(text, "ad")


# --- a member vouching for a tradesman or a shop ----------------------------------------------
@pytest.mark.parametrize("text", [
    "汽修厂在环城北路12号，电话0571-8661 2290，老板人很厚道，报我名字就行",
    "上次给我家换锁的师傅人挺实在，不宰客，要电话的我回头发群里",
])
def test_vouching_for_a_trade_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "装修队的李工人很靠谱，电话 13588821467，有需要的自己打",
    "帮我搬家的王师傅人挺实在，不宰客，电话13588821467，需要的可以联系他",
])
def test_vouching_with_a_number_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "本店汽车改装，价格实在，电话0571-8661 2290，欢迎进店咨询",
    "我是装修队李工，人很靠谱，有需要的找我，电话 13588821467",
    "专业开锁换锁，价格实在，24小时上门，电话13857112290",
])
def test_shop_selling_itself_stays_ad(text: str) -> None:
    assert_flags(text, "ad")


# --- members swapping lessons ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Anyone here want to swap languages? I'm in the group, just ping me",
    "想找个语伴，我教中文你教西语，周末图书馆见",
])
def test_swapping_lessons_passes(text: str) -> None:
    assert_passes(text)


def test_language_group_by_link_stays_ad() -> None:
    assert_flags("Our language exchange club moved, join the new group: https://chat.whatsapp.com/Ab12Cd34",
                 "ad")


# --- a neighbour's relative scammed, told by the one helping -----------------------------------
@pytest.mark.parametrize("text", [
    "楼下王阿姨说她儿子被骗了，网上办贷款先交了两千保证金，我们陪她去派出所报警了",
    "隔壁大爷讲他家闺女上当了，说是解冻账户要先交手续费，钱打过去人就联系不上了",
])
def test_neighbours_kin_scammed_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "网上贷款秒批，放款前先交2000保证金，不查征信",
    "他女儿上当了没关系，后来跟着导师全追回了，贷款前先交两千保证金就行，找我",
])
def test_fee_first_pitch_stays_fraud(text: str) -> None:
    assert_flags(text, "fraud")


# --- a sleeping pill and alcohol: the patient's safety question --------------------------------
@pytest.mark.parametrize("text", [
    "有病人问我地西泮可不可以和酒一起吃，我跟他说千万不行",
    "安定片能和酒一起吃吗？医生说不能，我还是问问大家",
])
def test_pill_and_alcohol_question_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "三唑仑和酒一起，那感觉飘得不行",
    "阿普唑仑和酒一起吃才嗨，试过的都懂",
])
def test_pill_for_the_high_stays_drugs(text: str) -> None:
    assert_flags(text, "drugs")


# --- the model's opinions: papers asked about, prescribed sleeping pills -----------------------
@pytest.mark.parametrize("text", [
    "请问在深圳办暂住证需要什么材料？我是外籍",
    "护照快过期了，补办要带什么证件啊",
])
def test_papers_question_excuses_model_politics(text: str) -> None:
    assert _model_hit_excused(text, "politics")


def test_protest_with_papers_keeps_model_politics() -> None:
    assert not _model_hit_excused("办不了居住证的明天都去政府门口抗议，拉横幅", "politics")


@pytest.mark.parametrize("text", [
    "我帮外婆去医院取药，里面有安眠药，医生开的处方都带着",
    "医生开了安眠药，说一次半片，睡前吃",
])
def test_prescribed_sleeping_pill_excuses_model_self_harm(text: str) -> None:
    assert _model_hit_excused(text, "self_harm")


@pytest.mark.parametrize("text", [
    "医生开的安眠药我一直没吃，攒了一瓶，哪天撑不住了就全吃了",
    "拿着处方多开了几盒安眠药，不想活了",
])
def test_hoarded_pills_keep_model_self_harm(text: str) -> None:
    assert not _model_hit_excused(text, "self_harm")


# --- asking to be sent something, in private if need be: porn alone, no ad ---------------------
@pytest.mark.parametrize("text", [
    "谁有那种小黄片发我一部，私聊也可以",
    "有没有兄弟发点成人视频，无码的，私发给我也行",
])
def test_asking_to_be_sent_is_porn_without_ad(text: str) -> None:
    verdict, categories = classify(text)
    assert verdict != "pass" and "porn" in categories and "ad" not in categories, (text,
                                                                                    categories)


@pytest.mark.parametrize("text", [
    "有福利视频要的私发，一部五块",
    "我有无码资源，想看的私聊",
])
def test_offering_in_private_stays_ad(text: str) -> None:
    assert_flags(text, "ad")


# --- "who wants to see" shows off; "who wants to buy" sells -------------------------------------
def test_who_wants_to_see_is_no_ad() -> None:
    verdict, categories = classify("群里有人要看我前任的裸照吗，偷偷拍的")
    assert verdict != "pass" and "porn" in categories and "ad" not in categories, categories


def test_who_wants_to_buy_stays_ad() -> None:
    assert_flags("有人要学生家长信息吗，一手的", "ad")


# --- a resource group for bloggers, films or study files is an ad, not porn --------------------
@pytest.mark.parametrize("text", [
    "探店博主资源群，品牌通告对接，进群费88，加Q：⑦⑧⑥⑤①②③④⑨",
    "考研资料资源群，各科网课齐全，入群费30，微信 kaoyan_zl88",
])
def test_trade_resource_group_is_ad_without_porn(text: str) -> None:
    verdict, categories = classify(text)
    assert "ad" in categories and "porn" not in categories, (text, categories)


def test_adult_resource_group_stays_porn() -> None:
    assert_flags("福利资源群，成人视频日更，进群费99，加Q：⑦⑧⑥⑤①②③④⑨", "porn")


# --- 出租屋 is where someone lives, 出租 a room let -------------------------------------------
def test_rented_room_is_no_commercial_cue() -> None:
    assert not has_commercial_cue(_lexicon_view("他住在菜场后面的出租屋二楼"))
    assert has_commercial_cue(_lexicon_view("地下车位出租，月租三百"))
    assert has_commercial_cue(_lexicon_view("出租车位一个，靠电梯"))


def test_exposed_persons_phone_near_rented_room_is_no_ad() -> None:
    verdict, categories = classify(
        "那个天天来催高利贷的叫刀疤，手机号13912345678，住在村口出租屋，大家当心")
    assert "ad" not in categories, categories


# --- credit at the card table is the table's rule, not a warning (notes of helper risk23) -----
@pytest.mark.parametrize("text", [
    "今晚老地方炸金花，一把五百，输光了可以先赊着",
    "牌九局老规矩，底注两百，输光了可以赊账",
])
def test_table_credit_stays_gambling(text: str) -> None:
    assert_flags(text, "gambling")


def test_a_loss_told_by_the_gamblers_wife_passes() -> None:
    assert_passes("他又去赌了，这个月工资全被他输光了，我该怎么办")


# --- a spammer's opener asking the admins to spare it is no warning ----------------------------
@pytest.mark.parametrize("text", [
    "群主别踢我，博彩平台日赚千元，加我",
    "管理员不要删，最后一条：网赌平台充值返利，私我",
])
def test_spare_me_opener_keeps_the_offer(text: str) -> None:
    verdict, categories = classify(text)
    assert verdict != "pass" and "gambling" in categories, (text, categories)


@pytest.mark.parametrize("text", [
    "别踢我啊，我就是来问问作业的",
    "群规说了禁止网赌广告，发了直接踢",
])
def test_spare_me_and_rules_without_an_offer_pass(text: str) -> None:
    assert_passes(text)


# --- told to come in person with the card: the model's fraud is excused ------------------------
@pytest.mark.parametrize("text", [
    "社保卡换代了，请本人带身份证到银行网点办理",
    "医保卡到期的，带上身份证原件去营业网点换新卡",
])
def test_in_person_card_renewal_excuses_model_fraud(text: str) -> None:
    assert _model_hit_excused(text, "fraud")


@pytest.mark.parametrize("text", [
    "社保卡升级，先交50手续费，带身份证到网点领取",
    "您的医保卡异常即将冻结，请本人带身份证来核实，并转账验证",
])
def test_in_person_with_scam_money_keeps_model_fraud(text: str) -> None:
    assert not _model_hit_excused(text, "fraud")


# --- the model's porn on an ask to be sent gets no ad either -------------------------------------
def test_ask_to_be_sent_adds_no_model_ad() -> None:
    verdict, categories = classify("哪位大哥有那个主播的视频，发我一份，私聊也行")
    assert "ad" not in categories, categories


# --- a witness or a victim who has already gone to the police ----------------------------------
@pytest.mark.parametrize("text", [
    "公园门口有人兜售笑气，好几个中学生围着买，我报了警",
    "隔壁棋牌室天天有人赌钱，输赢上万，我已经报警了",
    "那个发福利视频的账号又来加人，我们截图报警了",
])
def test_reported_to_police_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "你敢报警试试，笑气我照卖",
    "网赌平台输的钱能追回，我们团队已报案，先交300服务费，找我",
    "笑气我这有货，报了警也查不到，私我",
])
def test_police_named_beside_an_offer_stays_flagged(text: str) -> None:
    verdict, _ = classify(text)
    assert verdict != "pass", text


# --- approached with an offer, asking the group whether it is legit ---------------------------
@pytest.mark.parametrize("text", [
    "有人找我租银行卡，说帮忙跑流水一个月给两千，这正规吗",
    "网友让我先交三百保证金才能接单打字，是不是骗子啊",
    "同事给我介绍了个刷单兼职，说垫付后返佣金，靠谱吗？",
])
def test_asking_if_an_offer_is_legit_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "刷单兼职日赚三百，正规靠谱吗？私我了解",
    "收银行卡，一张五百，帮忙走流水，安全可靠，私聊",
    "有朋友推荐了个带单老师，后来跟着他回本了，靠谱吗？你们也试试",
])
def test_pitch_with_a_legit_word_stays_fraud(text: str) -> None:
    assert_flags(text, "fraud")
