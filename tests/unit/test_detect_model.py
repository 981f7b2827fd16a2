"""The learned moderation model (streams/detect/model.py) and how the moderator uses it."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from moderation_cases import stub_model

from streams.detect import model as model_module
from streams.detect.evaluate import load_rows
from streams.detect.lexicon import Lexicon
from streams.detect.model import RISK_CATEGORIES, ModerationModel, load_model, model_if
from streams.detect.moderation import Message, Moderator
from streams.detect.normalize import normalize
from streams.settings import Settings


@pytest.fixture(scope="module")
def model() -> ModerationModel:
    return load_model()


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


def scores(model: ModerationModel, text: str) -> dict[str, float]:
    return model.scores(normalize(text).text)


def test_model_file_loads_with_version_and_thresholds(model: ModerationModel) -> None:
    raw = resources.files("streams.detect").joinpath(model_module.MODEL_FILE)
    data = json.loads(model_module.model_file_text())
    assert model.version == data["version"] and model.version.startswith("20")
    assert set(model.categories) == set(RISK_CATEGORIES)
    assert 0.2 <= model.ad.threshold < 1 and 0.2 <= model.risk.threshold < 1
    # gzipped since 2026.12.04-2 (121 sets: 5.76 MB of JSON, 1.17 MB shipped; 2.25 MB of JSON on
    # 25 sets): it grows with the sets, slowly
    assert len(raw.read_bytes()) < 3_000_000


@pytest.mark.parametrize(("text", "category"), [
    ("加我微信看更多优惠，日赚三百不是梦，名额有限", "ad"),
    ("兼职招聘，在家动动手指，每天结算，有意者私聊", "ad"),
    ("出售冰毒麻古，量大从优，同城配送", "drugs"),
    ("澳门新葡京线上娱乐，百家乐真人荷官，首充送彩金", "gambling"),
    ("同城上门服务，学生妹兼职，包夜价格优惠", "porn"),
    ("明天我就带人去砍死那个王八蛋", "violence"),
    ("你个傻逼，脑子有病吧", "abuse"),
    ("把他身份证号和家庭住址发群里，人肉他", "privacy"),
    ("我不想活了，药都买好了，大家再见", "self_harm"),
])
def test_unmistakable_lines_score_above_threshold(model: ModerationModel, text: str,
                                                  category: str) -> None:
    s = scores(model, text)
    if category == "ad":
        assert s["ad"] >= model.ad.threshold, s
    else:
        assert s["risk"] >= model.risk.threshold, s
        assert max(RISK_CATEGORIES, key=s.__getitem__) == category, s


@pytest.mark.parametrize("text", [
    "大麻烦了，我家水管又爆了，谁认识靠谱的师傅",
    "我老伴跟我赌气，一天没跟我说话",
    "明天下午第三节是政治课，别忘了带课本",
    "这个操作系统更新完手机卡得要命",
    "物业费可以用微信支付了，不用跑办公室了",
    "国足加油！！今晚必须拿下",
    "医生说我血压偏高，降压药每天早上一片",
])
def test_benign_lookalikes_score_below_threshold(model: ModerationModel, text: str) -> None:
    s = scores(model, text)
    assert s["ad"] < model.ad.threshold and s["risk"] < model.risk.threshold, s


def classify(moderator: Moderator, text: str, user: str = "u") -> tuple[str, list[str]]:
    v = moderator.classify(Message("e", 0, "g", user, "text", text))
    return v.verdict, [h.rule for h in v.hits]


# worded so that no lexicon term or rule catches them (asserted below), only the model
MODEL_ONLY = {"这批货纯度很高，老客户懂的，量大从优": "drugs",
              "老哥们，今晚球赛下一注，赢了翻倍": "gambling"}


@pytest.mark.parametrize(("text", "category"), MODEL_ONLY.items())
def test_model_only_hits_are_review_never_reject(lexicon: Lexicon, text: str,
                                                 category: str) -> None:
    assert classify(Moderator(lexicon, model=None), text) == ("pass", [])
    moderator = Moderator(lexicon, model=load_model())
    v = moderator.classify(Message("e", 0, "g", "u", "text", text))
    assert v.verdict == "review" and v.categories == (category,)
    (hit,) = v.hits
    assert hit.rule == f"model:{category}" and hit.severity == "review"
    assert hit.match == text and hit.normalized_by == ()
    # a brand-new member's model-only hit is not escalated, a repeat stays a review
    moderator.member_joined("g", "fresh", 0)
    for _ in range(4):
        verdict, rules = classify(moderator, text, "fresh")
        assert verdict == "review" and f"model:{category}" in rules


def test_the_model_only_adds_what_the_rules_did_not_find(lexicon: Lexicon) -> None:
    with_model = Moderator(lexicon, model=load_model())
    without = Moderator(lexicon, model=None)
    for text in ("兼职招聘，在家动动手指，每天结算，有意者私聊",
                 "澳门新葡京线上娱乐，百家乐真人荷官，首充送彩金", "我今晚就去砍死他，刀都准备好了"):
        assert classify(with_model, text) == classify(without, text)
    # a drugs sale the rules reject keeps its verdict and its hits; the model may only add the
    # ad the rules did not name (model 2026.12.06-1 reads 出售…同城配送 as an offer)
    text = "出售冰毒麻古，量大从优，同城配送"
    verdict, rules = classify(with_model, text)
    assert (verdict, [r for r in rules if not r.startswith("model:")]) == classify(without, text)
    assert all(r == "model:ad" for r in rules if r.startswith("model:"))


def test_the_ad_head_reviews_offers_the_rules_missed_never_rejects(lexicon: Lexicon) -> None:
    text = "想赚点零花钱的姐妹看过来，每天两小时，不收任何费用"  # recruiting, no contact, no term
    assert classify(Moderator(lexicon, model=None), text) == ("pass", [])
    moderator = Moderator(lexicon, model=load_model())
    assert classify(moderator, text) == ("review", ["model:ad"])
    moderator.member_joined("g", "fresh", 0)  # a newcomer's ad is escalated, the model's not
    for _ in range(4):  # nor does a repeat make it a flood reject (a duplicate: review)
        verdict, rules = classify(moderator, text, "fresh")
        assert verdict == "review" and "model:ad" in rules


@pytest.mark.parametrize("text", [
    "想吃的私我，我多做了一锅",  # short drainage-shaped chat: the ad head scores it 0.69
    "看我头像，新拍的全家福",
    "奶茶拼单，要的扣1",
    "物业电话换了，新号码 0731-8423 7766",  # a number-change notice (0.84)
    "老张微信换新号了 zhang_lh1958 大家重新加一下",
    "微信支付就行，取件码 8-2-3015",  # how to pay
    "他们都说那个平台是杀猪盘，别碰",  # a warning: the rules decide alone
])
def test_no_model_opinion_on_short_chat_notices_and_warnings(lexicon: Lexicon,
                                                              text: str) -> None:
    _, rules = classify(Moderator(lexicon, model=load_model()), text)
    assert not any(r.startswith("model:") for r in rules)


def test_setting_turns_the_model_off(lexicon: Lexicon) -> None:
    assert Settings().moderation_model is True
    assert Moderator(lexicon, model=model_if(Settings().moderation_model)).model is not None
    off = Moderator(lexicon, model=model_if(Settings(moderation_model=False).moderation_model))
    assert off.model is None
    for text in MODEL_ONLY:
        assert classify(off, text) == ("pass", [])


SHORT = "今晚有空吗"  # under LONG_TEXT_CHARS
LONG = "周末带孩子去公园玩了一天，晚上回来大家一起吃了顿火锅，挺开心"
assert len(SHORT) < model_module.LONG_TEXT_CHARS <= len(LONG)


def predicted(model: ModerationModel, text: str) -> list[str]:
    return [h.category for h in model.predict(text)]


def test_risk_head_without_an_agreeing_category_adds_nothing() -> None:
    """The risk head names no category; most benign lines it alone fired on had no category
    head above 0.2 (那个主家最后一桌酒钱赖着不结，真是大麻烦: risk 0.80, abuse 0.04)."""
    just_under = model_module.SHORT_AGREEMENT - 0.01
    assert predicted(stub_model(0.80, abuse=just_under), SHORT) == []
    assert predicted(stub_model(0.80, abuse=model_module.SHORT_AGREEMENT + 0.01), SHORT) == ["abuse"]
    long_under = model_module.LONG_AGREEMENT - 0.01
    assert predicted(stub_model(0.80, abuse=long_under), LONG) == []
    assert predicted(stub_model(0.80, abuse=model_module.LONG_AGREEMENT + 0.01), LONG) == ["abuse"]


def test_a_sure_risk_head_stands_without_agreement() -> None:
    """A veiled threat spreads its probability over violence, privacy and self-harm (钱准备
    好了没有，明天我们几个兄弟去你家里坐坐): a risk head this sure names its best category."""
    sure = model_module.RISK_ALONE + 0.01
    assert predicted(stub_model(sure, violence=0.05, privacy=0.03), LONG) == ["violence"]
    assert predicted(stub_model(model_module.RISK_ALONE - 0.01, violence=0.05), LONG) == []


def test_a_long_text_needs_even_odds_and_an_agreeing_category() -> None:
    between = (model_module.LONG_RISK_THRESHOLD + 0.70) / 2  # over even odds, under the file's
    assert predicted(stub_model(between, fraud=0.5), LONG) == ["fraud"]
    assert predicted(stub_model(model_module.LONG_RISK_THRESHOLD - 0.01, fraud=0.9), LONG) == []


def test_a_short_text_keeps_the_files_threshold() -> None:
    """A short text has too few n-grams to be read at even odds (喝了杯咖啡，精神一整晚 was a
    trap: risk 0.54, drugs 0.59 on an earlier file)."""
    between = (model_module.LONG_RISK_THRESHOLD + 0.70) / 2
    assert predicted(stub_model(between, drugs=0.6), SHORT) == []
    assert predicted(stub_model(0.71, drugs=0.6), SHORT) == ["drugs"]
    assert predicted(stub_model(0.71, 0.75, drugs=0.6), SHORT) == []  # the file's threshold rules


def test_wechat_emoticon_codes_are_no_evidence(lexicon: Lexicon) -> None:
    """A typed emoticon is an emoji like 😂 (which the normaliser drops): no n-gram of it reaches
    the model, so a complaint with [呲牙] reads as the same complaint (simulated traffic
    flagged it as self-harm), and a real risk line keeps its hits."""
    assert model_module.grams("下次不想再等这么久了[呲牙]") == model_module.grams("下次不想再等这么久了")
    assert model_module.grams("[ok]收到[捂脸][666]") == model_module.grams("收到")
    assert "[" in model_module.grams("加[微信]领券")  # a bracketed word is no emoticon
    model = load_model()
    for code in ("[呲牙]", "[捂脸]", "[破涕为笑]", "[ok]"):  # a fresh moderator each: no repeats
        assert (classify(Moderator(lexicon, model=model), f"下次不想再等这么久了{code}")
                == classify(Moderator(lexicon, model=model), "下次不想再等这么久了"))
        assert classify(Moderator(lexicon, model=model), f"收到，周六见{code}") == ("pass", [])
    assert classify(Moderator(lexicon, model=model), "不想活了[捂脸]")[0] == "review"


@pytest.mark.parametrize("text", ["下次不想再等这么久了", "再也不想排这么久的队了"])
def test_a_complaint_about_waiting_passes(lexicon: Lexicon, text: str) -> None:
    # model 2026.12.06-1 reads the first as self-harm (0.71): a complained-of wait stands it down
    assert classify(Moderator(lexicon, model=load_model()), text) == ("pass", [])


@pytest.mark.parametrize("text", ["666666666666666666", "8888888888888888888888"])
def test_a_cheer_typed_long_is_no_ad(lexicon: Lexicon, text: str) -> None:
    # model 2026.12.06-1's ad head scores the first 0.68: a run of one character offers nothing
    assert classify(Moderator(lexicon, model=load_model()), text) == ("pass", [])


@pytest.mark.parametrize("text", [
    "不想再等这么久了，活着太累", "不想再等这么久了，今晚就解脱", "不想再熬这么久了，真的撑不下去",
    # the review of the first version (which read the wait anywhere in the message)
    "化疗又推迟了，不想再等那么久了，我想放弃了", "配型还没消息，不想再等那么久了，想早点走",
    "不想再等这么久了，绳子买好了", "不想再等这么久了，我先走了，照顾好孩子",
    "催收天天打电话，不想再耗这么久了，想找个地方安静地走", "不想再等一小时，我想吞完这些安眠片",
])
def test_despair_beside_a_wait_keeps_the_models_self_harm(lexicon: Lexicon, text: str) -> None:
    verdict, rules = classify(Moderator(lexicon, model=load_model()), text)
    assert verdict == "review" and any(r.endswith("self_harm") for r in rules), (text, rules)


def test_classify_command_follows_the_setting() -> None:
    """``grouppulse classify`` builds its moderator from the settings of its environment."""
    line = orjson.dumps({"event_id": "e1", "type": "message", "ts": 1793592001500,
                         "group_id": "g", "user_id": "u", "text": next(iter(MODEL_ONLY))})
    verdicts = {}
    for flag in ("true", "false"):
        done = subprocess.run([sys.executable, "-m", "streams.cli", "classify"], input=line,
                              capture_output=True, timeout=120, check=True,
                              env={**os.environ, "GROUPPULSE_MODERATION_MODEL": flag})
        verdicts[flag] = orjson.loads(done.stdout)["verdict"]
    assert verdicts == {"true": "review", "false": "pass"}


def _scored_from_strings(bias: float, by_gram: dict[str, float], feats: set[str]) -> float:
    """A head's probability the trainer's way: its weights named by the file's gram strings."""
    z = bias + sum(filter(None, map(by_gram.get, feats))) / math.sqrt(len(feats))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def test_the_heads_read_the_files_grams_as_numbers(model: ModerationModel) -> None:
    """The file and the trainer name grams as strings; scoring looks them up by ``gram_code``.
    Every labelled line (a sample of each set) and hostile texts score as the strings say:
    a code mixed up would change a probability, a code shared by two grams too."""
    data: dict[str, Any] = json.loads(model_module.model_file_text())
    by_string = {name: (data["heads"][name]["bias"],
                        {g: w / 100 for g, w in zip(data["grams"], data["heads"][name]["weights"],
                                                    strict=True) if w})
                 for name in ("ad", "risk", "drugs")}
    texts = ["", "[呲牙]", "0123456789", "\x00\U0010ffff\ud800", "^$", "a" * 400, "😂" * 5]
    for path in sorted(Path(__file__).parents[1].joinpath("data").glob("moderation_*.jsonl")):
        texts += [normalize(str(row["text"])).text for row in load_rows(path)[::40]]
    assert len(texts) > 2_000
    for text in texts:
        feats = model_module.features(text)
        strings = model_module.grams(text)
        assert feats == {model_module.gram_code(g) for g in strings} and len(feats) == len(strings)
        read = model_module.read_grams(model.table, text)
        assert read.count == len(feats)
        for name, head in (("ad", model.ad), ("risk", model.risk),
                           ("drugs", model.categories["drugs"])):
            assert head.prob(read) == pytest.approx(
                _scored_from_strings(*by_string[name], strings), abs=1e-12)


@given(st.text(min_size=1, max_size=3), st.text(min_size=1, max_size=3))
def test_two_grams_share_a_code_only_when_they_are_the_same(a: str, b: str) -> None:
    assert (model_module.gram_code(a) == model_module.gram_code(b)) == (a == b)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_scores_without_error(lexicon: Lexicon, text: str) -> None:
    m = load_model()
    s = m.scores(text)
    assert all(0.0 <= v <= 1.0 for v in s.values())
    m.predict(text)
    # the module's lexicon, not one loaded per example (300 loads were 20 s of CI)
    Moderator(lexicon, model=m).classify(Message("e", 0, "g", "u", "text", text))


# The look-alike traps of earlier rounds that model 2026.12.04-1 reads as risk (marked
# MODEL_READS_AS_RISK where they are listed): a model opinion is a review, never more.
# (Model 2026.12.06-2, stop 38, passes 班费转我个人微信就行 and 周末想一起去爬山的私我: their
# tests assert that now.)
@pytest.mark.parametrize("text", [
    "基金定投一千，每月收益也就几十块",
    "我是协会的会计，年费300请大家交一下，不交的话就不能参加年会了",
    "打开小程序「粤省事」就能预约",
    "我从缅甸带了些玉石回来，懂的都懂，价格公道",
    "你真蠢萌",
    "我是你们新来的班主任，下周一开家长会",
    "钱我已经转给你了，不然你家孩子的学费交不上",
    "我是店铺客服，衣服有质量问题可以退款，直接联系我处理",
    "周末搬家缺人手，管饭，找我",  # its ad head (2026.12.04-2)
])
def test_a_trap_the_model_reads_as_risk_is_only_its_review(lexicon: Lexicon, text: str) -> None:
    moderator = Moderator(lexicon, model=load_model())
    moderator.member_joined("g", "fresh", 0)  # not even for a newcomer, nor repeated
    for user in ("u", "fresh", "fresh", "fresh"):
        v = moderator.classify(Message("e", 0, "g", user, "text", text))
        assert v.verdict == "review", (text, v)
        assert all(h.rule.startswith(("model:", "flood")) for h in v.hits), (text, v.hits)


def test_a_head_reads_only_grams_read_the_way_its_weights_are_kept() -> None:
    """A head whose weights sit in a gram table (``column``) cannot add up codes it holds no
    dict for, nor a dict head sums it has no column in: both are a clear error, not a 0."""
    by_codes = model_module.read_grams(None, "加我微信")
    by_table = model_module.Grams(by_codes.count, (250, -40), None)
    in_table = model_module.Head(bias=0.0, weights={}, column=1)
    with_dict = model_module.Head(bias=0.0, weights={next(iter(by_codes.codes or ())): 250})
    assert in_table.prob(by_table) == pytest.approx(
        1 / (1 + math.exp(0.40 / math.sqrt(by_codes.count))))
    assert with_dict.prob(by_codes) == pytest.approx(
        1 / (1 + math.exp(-2.50 / math.sqrt(by_codes.count))))
    with pytest.raises(ValueError, match="read through the table"):
        in_table.prob(by_codes)
    with pytest.raises(ValueError, match="read by their codes"):
        with_dict.prob(by_table)


def test_the_model_file_fits_the_compiled_builds_gram_table() -> None:
    """The C table (``_grams.c``, compiled build only) refuses a gram given twice, a weight
    that is no int or outside int16; the dicts the interpreted code reads would take them
    silently, so a bad file is caught here, before a compiled worker fails to start."""
    data: dict[str, Any] = json.loads(model_module.model_file_text())
    codes = [model_module.gram_code(g) for g in data["grams"]]
    assert len(set(codes)) == len(codes) == len(data["grams"]) and 0 not in codes
    for name, head in data["heads"].items():
        assert len(head["weights"]) == len(codes), name
        assert all(type(w) is int and -32768 <= w <= 32767 for w in head["weights"]), name
