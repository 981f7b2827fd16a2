"""Everyday look-alikes the learned model reads as risk (model 2026.12.03-1): a farewell with an
ordinary reason, a trip being prepared, a split bill, a deposit question, a parent talking to
their baby, market talk, a relative's home given for a visit, an angler's report, replica goods
sold as replicas (ad alone in the sets; fake papers stay fraud); with model 2026.12.03-2 a member's
own paperwork at an office, a medicine bought over the counter and a public work's author, and a
frame excusing the neighbouring category the newer model reads into it (a trip or market talk as
violence, an angler's report as porn).  The excuses live in
``moderation._model_excused``; each needs the everyday frame and the absence of the category's
own signs, so the model's right hits in the same frames stay."""

from __future__ import annotations

import pytest
from moderation_cases import LEXICON, assert_flags, assert_passes

from streams.detect.moderation import Hit, Message, Moderator, _model_excused


@pytest.mark.parametrize("text", [
    # farewells with an ordinary reason, trips being prepared
    "搬家去外地了，这是我在群里最后一条消息，感谢大家照顾",
    "下个月换工作去深圳了，以后常回来看大家，谢谢这几年的照顾",
    "汽油备好了，周末自驾去大理",
    "油箱加满了，明早五点出发去川西，路线我发群里",
    # a shared bill, a deposit question
    "KTV的钱我先垫了，每人一百二，回头转我就行",
    "午饭钱我先垫了，一人五十，回头转我",
    "上周聚餐AA，一人一百二，我先垫了，大家回头转我",
    "房东押金不退，可以告他赔三倍吗",
    "定金交了能退吗？店家说不退",
    # a parent and their baby
    "闺女会翻身了，妈妈抱你去晒太阳",
    "宝宝腿长得真快，今晚妈妈陪你睡",
    # market talk
    "盯着盘口挂单就能看出主力在出货",
    "今天大盘缩量，主力在洗盘，K线还没走坏",
    # a relative's home for a visit
    "我表姐叫李小红，住在东湖小区，周末大家去她家玩",
    "我姑住在河西新村，周末大家去她家吃饭，她做的菜可好吃了",
    # an angler's report
    "昨天去的那个鱼塘一天一百，放鱼还可以，就是人太多",
    "黑坑今天爆护，一个上午上了三十斤，老板放鱼实在",
    # (model 2026.12.03-2) a member's own paperwork, a medicine sold over the counter, a
    # public work's author
    "入职材料里要交身份证复印件，周一前给人事",
    "医保卡丢了补办要去窗口，带上户口本原件",
    "养老金资格认证现在手机上就能办，不用跑社保局了",
    "这款感冒药是非处方的，药店随便买，按说明书吃",
    "那个网文作者的真名原来叫刘洋，笔名倒是挺好听",
    "三年定期今天到期，连本带息取出来准备装修",
])
def test_everyday_lookalikes_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), [
    # the same frames with the category's own signs: the model's hit stays
    ("辞职了，也不想再撑了，这是最后一次在群里说话，大家保重", "self_harm"),
    ("这是我在群里说的最后一句话了，活着太累，谢谢大家这些年的照顾", "self_harm"),
    ("汽油准备好了，今晚一个人开车出发，不打算回来了，下辈子再见", "self_harm"),
    ("饭钱一人八十，先交到我的收款码，再返你们十块", "fraud"),
    ("昨晚打麻将我先垫了，一人输两百，回头转我", "gambling"),
    ("妈妈陪你睡一晚八百，私聊我", "porn"),
    ("看盘口的那个主力操盘手叫张伟，住在锦绣花园3栋，电话我有", "privacy"),
    ("钓场老板就是个骗子，放鱼全是死鱼，你个老东西", "abuse"),
])
def test_same_frames_with_risk_signs_flag(text: str, category: str) -> None:
    assert_flags(text, category)


def _excused(text: str, category: str) -> bool:
    """Whether a model hit of ``category`` would be excused (independent of the model's
    scores, so the guards are tested even when a retrained model stops flagging a line)."""
    view = Moderator(LEXICON).read(text).view
    hit = Hit(category, f"model:{category}", "review", text, view.text, ())
    return category in _model_excused(view.text, (hit,), ())


@pytest.mark.parametrize(("text", "category"), [
    ("退群了，搬到外地去上班，有事私聊", "self_harm"),
    ("车加满油了，周末露营去", "self_harm"),
    ("烧烤的钱我付了，人均六十，记得转我", "fraud"),
    ("烧烤的钱我付了，人均六十，记得转我", "gambling"),
    ("订金不给退怎么办？", "fraud"),
    ("爸爸今晚哄你睡觉，宝贝", "porn"),
    ("主力在拉升，筹码很集中", "privacy"),
    ("主力在拉升，筹码很集中", "drugs"),
    ("我舅家在镇上，国庆大家去他家烧烤", "privacy"),
    ("新开的钓场鱼情不错，打窝半小时就上鱼", "abuse"),
    ("莆田鞋一比一做工，支持验货，要的看朋友圈", "fraud"),
    ("精仿大牌手表，原单尾货，走量价", "fraud"),
    # a frame excuses the category the next model may read into it, with that one's signs absent
    ("加满油明天出发去青海湖", "violence"),
    ("主力在拉升，筹码很集中", "violence"),
    ("新开的钓场鱼情不错，打窝半小时就上鱼", "porn"),
    ("公积金提取去柜台办，带身份证原件", "fraud"),
    ("布洛芬药店就能买，非处方药", "drugs"),
    ("存单到期了，去银行取出来给儿子买车", "fraud"),
    ("这部电视剧的编剧真名叫王磊", "privacy"),
    ("这部电视剧的编剧真名叫王磊", "abuse"),
])
def test_excused_frames(text: str, category: str) -> None:
    assert _excused(text, category)


@pytest.mark.parametrize(("text", "category"), [
    ("搬家前把安眠药都攒好了，以后不用找我", "self_harm"),
    ("汽油准备好了，明天出发，再见了各位", "self_harm"),
    ("亏光了，换工作也没用，活着没意思", "self_harm"),
    ("聚餐AA，我先垫了，一人两百，先交保证金再返你们", "fraud"),
    ("押金不退？加客服，先交手续费就能退", "fraud"),
    ("斗地主输了，一人三百，我先垫了回头转我", "gambling"),
    ("妈妈今晚陪你，一晚八百，来酒店", "porn"),
    ("主力庄家叫王强，住址和电话都在这", "privacy"),
    ("看盘口，主力出货，冰和叶子都有", "drugs"),
    ("我表妹的前男友骗了她钱，周末大家去他家闹", "privacy"),
    ("钓场那个傻子老板，放鱼全是死鱼", "abuse"),
    ("高仿毕业证学位证，学信网可查，加我", "fraud"),
    ("高仿名牌包，先交保证金再发货", "fraud"),
    ("一比一复刻的驾驶证，查不出来", "fraud"),
    ("汽油加满了，明天开车去他家放火", "violence"),
    ("盘口那个庄家，明天带刀去堵他", "violence"),
    ("钓场老板娘，寂寞的私我，一晚三百", "porn"),
    ("社保卡异常已冻结，请到窗口旁找警官转账到安全账户", "fraud"),
    ("复印件交给人事之前先把银行卡号和验证码发我", "fraud"),
    ("比定期存款利息高十倍，内部理财名额有限", "fraud"),
    ("国债到期先别取，转到我说的账户收益翻倍", "fraud"),
    ("药店买不到的安眠药，找我拿，一板两百", "drugs"),
    ("那个小说作者的真名叫李娜，住址和手机号都扒到了", "privacy"),
    ("那个小说作者真是个脑残，写的什么垃圾", "abuse"),
])
def test_risk_signs_keep_the_model_hit(text: str, category: str) -> None:
    assert not _excused(text, category)


def test_a_replica_ad_is_an_ad_not_a_scam() -> None:
    """The simulator's replica-bag ad (seed 11): the model read it as fraud, its label is ad."""
    text = "高仿名牌包包，一手货源，支持验货，QQ np4918"
    verdict = Moderator(LEXICON).classify(Message("e1", 0, "g1", "u1", "text", text, ""))
    assert verdict.categories == ("ad",), verdict.categories
