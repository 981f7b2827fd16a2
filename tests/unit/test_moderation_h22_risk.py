"""Risk families found by holdout 22's first run (risk recall 0.872, fraud 0.74): a frozen
WeChat that needs a friend to vouch, game currency far below price, credit lines cashed out,
a medical-insurance card turned into cash, gambling losses 'recovered' by a crew, real-name
payment accounts bought, zero-cost shops, a new payment code for fees, a ransom demand;
salary lost and a plan to win it back, a fixed match with everything staked; banned diet
drugs; hostess jobs, adult screenings, private photos and an ex's photos passed on; a bank
insider's customer data, a phone account's owner looked up; contempt without swear words.
Each family's positives are in our own wording, next to ordinary chat that shares its words."""

from __future__ import annotations

import pytest
from moderation_cases import assert_flags, assert_passes


# --- fraud
@pytest.mark.parametrize("text", [
    "我的号被封了，要一个好友辅助解封，你帮我扫一下码好吗",
    "兄弟帮个忙，微信需要辅助解封，就点一下",
    "点券低价代充，比官方便宜一半，秒到",
    "信用卡京东白条额度套现，当天到账",
    "赌输的钱我们能帮你黑吃黑拿回来，事成分成",
    "高价收实名支付宝和实名微信，一个三百",
    "零成本开网店，国家扶持，报名就送流量",
    "社保卡里的余额清零前找我，能帮你套现九折",
    "这是我新的收款码，班费直接扫这个，别转到以前那个了",
    "你女儿在我们这，拿三十万来，否则撕票",
    "老人福利金开始发了，打客服电话报上银行卡号就能到账",
    "高龄补贴今年涨了，拨打热线报身份证号码即可领取",
    "【法院】你有一起欠款纠纷待执行，请于24小时内缴纳诉讼保全费",
    "【车管所】您的驾驶证记满12分，需立即缴纳罚款解除限制",
])
def test_fraud_flags(text: str) -> None:
    assert_flags(text, "fraud")


@pytest.mark.parametrize("text", [
    "游戏充值还是走官方吧，便宜的来路不明",
    "这个月白条额度提高了，买了个洗衣机",
    "医保卡套现是违法的，会被追回还要罚款",
    "店里的收款码换了新的，老的那张不要再扫了",
    "不然就来不及了，赶紧把票订了",
    "开网店要准备什么，有没有做过的分享下经验",
    "高龄补贴要本人带身份证去社区窗口办，别信电话",
    "老年福利卡办好了，下周去街道领",
    "【交警提醒】周末查酒驾，有违章的记得在12123上尽快缴纳",
    "交警说罚款在手机上就能交，不用跑窗口",
])
def test_fraud_lookalikes_pass(text: str) -> None:
    assert_passes(text)


# --- gambling: chasing losses, staking everything on a fixed match
@pytest.mark.parametrize("text", [
    "上个月输光了存款，今晚一定要翻盘",
    "前天输掉了八万，明天再去把它赢回来",
    "周末那场比赛有内幕，我全押了",
])
def test_gambling_flags(text: str) -> None:
    assert_flags(text, "gambling")


@pytest.mark.parametrize("text", [
    "昨天比赛输了，下一场一定要翻盘",
    "上半场输了两个球，下半场完成翻盘，太燃了",
    "这部剧讲的是娱乐圈内幕，挺好看",
])
def test_gambling_lookalikes_pass(text: str) -> None:
    assert_passes(text)


# --- drugs, porn, privacy, abuse
@pytest.mark.parametrize(("text", "category"), [
    ("瘦身胶囊加了芬氟拉明，效果猛，正规渠道没有", "drugs"),
    ("夜总会招女公关，只陪聊陪酒，日结", "porn"),
    ("包间放成人版电影，来之前先订", "porn"),
    ("刚拍的一组私房照，想看的转账", "porn"),
    ("把我前任的裸照发你们看看，别往外传", "privacy"),
    ("我在营业厅有人，能查到任何号码的手机机主", "privacy"),
    ("我能从系统里拿到客户存款信息，按条卖", "privacy"),
    ("那个女的已经被人肉出来了，公司和家都有", "privacy"),
    ("你这人脸皮比城墙还厚，真不要脸", "abuse"),
    ("你这水平还上台，以后别再来了，丢人", "abuse"),
    ("就你这身材还穿泳衣，别在泳池丢人现眼", "abuse"),
])
def test_other_risk_flags(text: str, category: str) -> None:
    assert_flags(text, category)


@pytest.mark.parametrize("text", [
    "我表哥玩那种网站输了几十万，千万别碰",
    "减肥还是管住嘴迈开腿，别乱吃药",
    "公司年会请了公关公司来策划",
    "这个游戏出了成人向的皮肤，好看",
    "银行卡存款利息又降了",
    "你别来了，丢人的是我，唱跑调了",
    "昨天在台上忘词了，太丢人了",
])
def test_other_lookalikes_pass(text: str) -> None:
    assert_passes(text)
