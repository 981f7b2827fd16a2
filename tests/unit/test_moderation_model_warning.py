"""Warning wording and the learned model's opinion.  Warning words cancel the model's opinion
(it names a warning's category at random), except the few that are also how a scam demands
secrecy, a threat is made or despair is said — 别, 不要, 不得, 小心, 挂了 (别跟家里说 · 别想活着
走 · 下班别走 · 大家别找我 · 考研又挂了) — which do not cancel a risk opinion.  Until 2026-12-03
they did, and the blind sets' plainest suicide plans, threats and secrecy scams passed."""

from __future__ import annotations

import pytest
from moderation_cases import assert_flags, assert_passes, classify_with, stub_model

from streams.detect.moderation import model_warning
from streams.detect.normalize import normalize


@pytest.mark.parametrize(("text", "category"), [
    ("考研又挂了，对不起爸妈，药已经准备好了，今晚就解脱", "self_harm"),
    ("我撑不下去了，今晚就从江边走下去，大家别找我", "self_harm"),
    ("明天我就去你公司门口等你，不还钱就别想走着回去", "violence"),
    ("车间那个多嘴的，下班别走，我在门口等你", "violence"),
    ("表哥，我在外地出了车祸，手机被扣了，用朋友的号，赶紧打两万到这个卡上，别跟姑妈说", "fraud"),
    ("有个内部消息，城东那块地明年要开发，现在入股一股五千，年底翻三倍，别外传", "fraud"),
])
def test_a_threat_despair_or_secrecy_said_with_a_warning_word_keeps_the_models_opinion(
        text: str, category: str) -> None:
    # the wording the model's opinion used to yield to (别走 and 别外传 are no warning at all since
    # stop 28: a host's and a scam's 别)
    assert model_warning(normalize(text).text) or any(w in text for w in ("别走", "别外传"))
    # a model that names the category (whatever a trained file scores on this line) is heard
    sure = stub_model(0.95, **{category: 0.9})
    assert category in classify_with(sure, text)[1]
    assert_flags(text, category)  # and what ships flags it


@pytest.mark.parametrize("text", [
    "我二姨上个月信了个什么「国家透析救助基金」，先交三百手续费，交完就被拉黑了，大家别信这种",
    "客房部那个新来的，手脚不干净，偷客人东西，大家提防点",
])
def test_a_warning_to_everyone_still_cancels_the_models_opinion(text: str) -> None:
    for category in ("fraud", "abuse", "violence"):  # the model reads the warned-of thing as risk
        assert classify_with(stub_model(0.95, **{category: 0.9}), text) == ("pass", ())
    assert_passes(text)


def test_a_person_praised_is_no_abuse_to_the_model() -> None:
    text = "那个保安人挺热心的，一点都不恶心"
    assert classify_with(stub_model(0.95, abuse=0.9), text) == ("pass", ())
    assert_passes(text)
