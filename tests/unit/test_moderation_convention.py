"""Labelling convention: a risk offer that solicits contact (an id, a link or only "message me")
is ``ad`` + its risk category; a 刷单 / task-scam job offer is ``ad`` + ``fraud``."""

from __future__ import annotations

import orjson
import pytest

from sinks.rows import ALERTS
from streams.analysis import Analyser
from streams.detect.lexicon import Lexicon
from streams.detect.moderation import Message, Moderator
from streams.events import Event

LEXICON = Lexicon.load()


def classify(text: str) -> tuple[str, tuple[str, ...]]:
    verdict = Moderator(LEXICON).classify(Message("e1", 0, "g1", "u1", "text", text))
    return verdict.verdict, verdict.categories


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        ("有冰毒的私聊", "drugs"),  # a bare "message me" next to the offer
        ("出售K粉，安全快递，懂的来", "drugs"),
        ("炸金花真钱的，来的私聊", "gambling"),
        ("一夜情交友，私聊", "porn"),
        ("查户籍、查名下房产，价格私聊", "privacy"),
        ("上分下分找我，秒到账", "gambling"),
        ("贷款找我，下款快，不查征信", "fraud"),
        ("气枪钢珠枪都有货，能打穿铁皮，私聊", "violence"),  # a weapon for sale
        ("弓弩出售，射程八十米，打猎用，看我头像", "violence"),
        ("一对一裸聊，十块钱五分钟，扫码付款", "porn"),
    ],
)
def test_a_risk_offer_with_only_a_dm_cue_is_ad_and_its_risk(text: str, risk: str) -> None:
    verdict, categories = classify(text)
    assert verdict != "pass" and categories == tuple(sorted(("ad", risk)))


@pytest.mark.parametrize(
    "text",
    ["刷单返利，一单一结", "网上兼职刷好评，先垫资后返款，当天结", "做任务先垫付后返现，本金秒退"],
)
def test_a_task_scam_job_is_ad_and_fraud_without_a_contact(text: str) -> None:
    assert classify(text)[1] == ("ad", "fraud")


def test_a_scam_with_a_contact_keeps_fraud_next_to_ad() -> None:
    assert classify("私人借款，无需抵押，当天下款，V：jie_qian88")[1] == ("ad", "fraud")


@pytest.mark.parametrize(
    "text",
    [
        "今晚就从楼上跳下去，别来找我",  # self-harm is never an offer
        "狗东西，有本事私聊别在群里装",  # abuse
        "有种私聊，看我不弄死你",  # a threat that says 私聊 is no offer
        "看到新闻说有人被刷单骗了十几万，大家注意啊",  # a warning told as news
        "这个理财项目稳赚不赔，一个月翻倍",  # fraud talk, no job, no contact: fraud alone
    ],
)
def test_non_offers_and_fraud_talk_do_not_become_ads(text: str) -> None:
    assert "ad" not in classify(text)[1]


@pytest.mark.parametrize(
    "text",
    ["微信支付的订单有问题的私聊我", "明天聚餐要去的扣1", "加油，有事找我", "这个优惠券大家需要的私我"],
)
def test_benign_dm_cues_without_a_risk_term_are_not_this_rule(text: str) -> None:
    verdict, categories = classify(text)
    assert not set(categories) - {"ad"}  # no risk category appears from a DM cue


def test_a_drugs_offer_with_only_a_dm_cue_still_pages_risk() -> None:
    analyser = Analyser(Moderator(LEXICON), lambda text: 0.0, "test", None)
    event = Event("e1", "message", 1_700_000_000_000, "g1", "seller", "text", "有冰毒的私聊")
    result = analyser.on_event(event)
    kinds = [row[2] for table, row in getattr(result, "rows", []) if table is ALERTS]
    assert "risk" in kinds
    detail = [orjson.loads(row[8]) for table, row in result.rows if table is ALERTS][0]
    assert detail["categories"] == ["drugs"]
