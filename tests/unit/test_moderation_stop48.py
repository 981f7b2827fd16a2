"""Stop 48: stop 47's decision on warned contacts, mended where the fresh blind batch (holdouts
410-417, first run 4.7 % benign) showed it missing its own shape.

- Quotations are found in the text as sent as well as in the view: the view drops a plain ' or "
  between two hanzi as an inserted separator, so a scam's text quoted with them was read as the
  sender's own words (请加微信… read as the sender's offer).
- 电话说 is a report ("said on the phone"), not the splice opener 话说; 还有 opens a spliced second
  pitch only at the start of a clause (银行卡号还有密码 is a list).
- 是不是钓鱼 · 钓鱼网站 · 真假 · 中招 are warnings or genuineness questions; 是假的 is not taken (a
  pitch's own dare: 是假的你来打我 · 说是假的？我已提现三次).
- A gain told after the question vouches for the offer: 领到 · 打过来 · 进卡 · 到手 · 赢了 · 置顶.

Over the blind sets 25-417 this frees 51 benign lines and loses no labelled risky line; of the
reviews' attacks 19 more are caught and 5 more pass (quoted with plain quotes and asked about:
the decision's shape, as they already passed with curly quotes).

A second round, from the false alarms of 410-425: 感觉 · 肯定 · 估计是假的 and 靠谱不 are
warnings too (靠谱吗 already was); a courier's slip number (EMS单号 · UPS单号 · POS单) holds s单,
how 刷单 is typed (allowlist 2027.01.04); 博物院 is a public desk, and a clinic's 24小时 ·
育儿咨询 line or 热线 its desk, unless a cure is promised (见效 · 根治 · 疗程 · 调理). Over
25-417: 16 more benign lines freed, no risky line lost; 4 of stop 37's clinic ads that got
through are caught, and one review pitch more passes (这个靠谱不？有人在卖…，微信 …, the
decision's shape).
"""

from __future__ import annotations

import pytest
from moderation_cases import LEXICON, assert_flagged, assert_passes

from streams.detect.moderation import Message, Moderator, _scam_contact_warned
from streams.detect.normalize import normalize


@pytest.mark.parametrize("text", [
    "收到短信说'您的医保账户已冻结，请加微信 yb_jd01 解冻'，这是真的吗？",
    "群里有人转'恭喜您获得社区周年庆大奖，请添加客服微信 zq_kefu01 领取'，是不是骗子",
    "有人打电话说我中了抽奖，要先交两千税费，号码17712345678，这是骗局吧？",
    "昨天有人在群里发链接 http://bt-lq.cc 说能领补贴，点进去要填银行卡号还有密码，千万别点",
    "有人发我这个链接 sb-rz.top 说社保要重新认证，是不是钓鱼？",
    "有人知道这种短信真假吗：您的ETC已失效，请点击 etc-rz.top 认证",
    "小心！有个“收藏家刘老师”私加好友说高价收古钱币，先收鉴定费，微信 liu_shoucang，已经有人中招了",
])
def test_a_warning_the_decision_missed_passes_and_is_watched(text: str) -> None:
    assert_passes(text)
    verdict = Moderator(LEXICON).classify(Message("e1", 0, "g1", "u1", "text", text))
    assert verdict.watched, text


@pytest.mark.parametrize("text", [
    # a dare of the pitch's, not a warning
    "收到“兼职 V:jz8899 日结”的短信，是假的你来打我",
    "有人说“刷单 一单30 扣扣 55667788”是假的？我已经提现五次了",
    # a gain told after the question vouches for the offer
    "收到短信'刷单返利，加QQ 2233445566 领任务'，是真的吗？我邻居弄过，钱打过来了",
    "有人说加这个微信 hb_888 能领红包，真的假的？我刚领到50",
    "这个“网投平台 wt88.vip”大家说是钓鱼？我一晚上赢了两千",
    "收到“免费领取空气炸锅 http://lq-zg.cn ”的短信，是真的吗？我的已经到手了",
    # a second pitch spliced at the start of a clause
    "收到短信说积分要清零，是真的吗？还有，我家新到的茶叶，一斤99，v cha_99",
])
def test_a_pitch_in_the_shapes_the_mend_reads_stays_flagged(text: str) -> None:
    assert_flagged(text)


@pytest.mark.parametrize(("text", "warned"), [
    ("有人打电话说我中了抽奖，要先交两千税费，号码17712345678，这是骗局吧？", True),  # 电话说
    ("有人发链接 http://bt-lq.cc 说能领补贴，要填银行卡号还有密码，千万别点", True),  # a list
    ("收到短信说积分要清零，是真的吗？还有，我家新到的茶叶，v cha_99", False),  # a splice
    ("收到短信说积分要清零，是真的吗？话说我家新到的茶叶，v cha_99", False),
    ("有人知道这种短信真假吗：您的ETC已失效，请点击 etc-rz.top 认证", True),  # colon quote
    ("收到“兼职 V:jz8899 日结”的短信，是假的你来打我", False),
])
def test_the_senders_own_words_are_read_as_a_warning_or_not(text: str, warned: bool) -> None:
    assert _scam_contact_warned(normalize(text)) is warned, text


# The second round (holdouts 410-425's false alarms): a courier's slip number, hedged verdicts
# and 靠谱不, a clinic's 24-hour line named as its desk; and a cure promised keeps a clinic's
# number an ad wherever it stands.
@pytest.mark.parametrize("text", [
    "EMS单号 EA118822334CN 寄出三天了还没动，有人知道怎么查吗",
    "UPS单号 1Z999AA10123456784 显示已清关",
    "有人知道这个号码吗 0898-6612 3345 ，打给我说收购要先交订金，靠谱不？",
    "刚有人发我“社保卡年审通知”，让加 QQ 3302918845 办理，感觉是假的，大家收到没",
    "妇幼保健院24小时咨询热线 020-61118001，宝宝半夜发烧可以先打这个问",
    "故宫博物院咨询电话 010-85007422，想看展的可以先问问",
])
def test_a_slip_number_a_hedged_verdict_or_a_desks_line_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "刷单返利日结，s单一单30，加QQ 2233445566",
    "仁和医院咨询电话 0571-86331190，牛皮癣湿疹，专家坐诊，一次根治",
    "妇幼医院24小时咨询热线 0571-86331189，不孕不育，一次根治",
])
def test_a_task_scam_or_a_clinics_cure_stays_flagged(text: str) -> None:
    assert_flagged(text)
