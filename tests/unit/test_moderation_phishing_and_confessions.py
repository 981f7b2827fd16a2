"""Stop 33's round on holdouts 234-249 (blind sets written to ``bench/holdout_brief.md``).

Kept:
- Cheating told by the one who does it — the cheat named (假冒 · 过期 · 改日期 · 多报), or
  someone cheated and a deception told — with the gain and the boast that nobody can tell
  (``pattern:cheat_undetected``), is fraud; a victim's story, a warning, a household secret or
  honest trade is not.
- Lexicon 2026.12.30: evasions of 242-249's risk lines (nine of the first thirty candidates and
  six narrower ones), allowlist 2026.12.30.

Withdrawn after white-box reviews, their benign lines left as known false alarms (strict xfail):
- a phishing text received and asked about (收到条短信说我ETC失效要点链接认证 …，这是真的吗？):
  three versions, 75 of 177, 145 of 222 and 106 of 186 pitches through;
- a public body's notice ending with its desk's landline (社区卫生服务中心明天上午免费量血压…，
  咨询电话 0571-…): two versions, 76 of 100 and 62 of 91 ads through;
- 赌一把 as a figure of speech (赌一把，今晚熬夜刷完这套卷子): two versions, 88 of 115 and 81
  more bets through.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from moderation_cases import (
    DECISION_THROUGH,
    MODEL_1206_FLAGS,
    MODEL_1206_MISSES,
    assert_flagged,
    assert_flags,
    assert_passes,
    classify,
    excused_by_decision,
)

PHISHING_ASKED = [
    "收到条短信说我ETC失效要点链接认证 etc-rz.cc/k8 ，这是真的吗？",
    "请问这个短信是真的吗？说我医保卡异常要冻结，让我回拨 0898-65231478",
    "问一下，平台发短信说我账户异常要我点链接重新认证，didi-verify.net，这是官方的吗？",
    "收到一条短信说“您的ETC已失效，请点击 http://etc-renew.cn/x9 认证”，这是真的吗？我骑摩托的哪来的ETC😂",
    "有人收到这个短信吗“您的包裹因地址不详被退回，请点击 http://sf-express-cn.top/ref 重新填写”，"
    "是真的吗？我最近没寄东西啊",
    "有人转发说国家要给老兵补发二十年工资，先交500手续费，这是真的吗？我咋觉得不对劲",
    "刚收到封邮件，发件人amazon-security@amaz0n-verify.com，说账户异常要重新验证，这是钓鱼吧？",
    "这条消息是真是假？'退休人员每人补发工龄补贴8000元，点击链接填写银行卡 https://rs-butie.cc/apply'",
    "有冇人知这条信息系咪真嘅？话我中咗汕头乡亲会抽奖，要先交手续费",
    # a quotation in plain marks, a prize in the phisher's words, a judgment instead of a question
    '收到一条短信："您的摊位卫生检查不合格，请加QQ 1592038476 缴纳罚款"，这是市场发的吗？',
    "有人收到'游戏官方'短信说账号违规要点 https://t.cn/A6xyz12k 解封吗？我觉得是钓鱼，别点",
]


@pytest.mark.parametrize("text", [
    # the older readings pass these (a link with no offer; a judged approach and its number)
    "我妈收到短信说她的养老金账户被冻结了，要点 http://ylj-jd.cc 解冻，这是真的假的？",
    "刚接到个电话说我快递丢了要理赔，让我共享屏幕操作，这是骗子吗？号码 17012345678",
])
def test_a_phishing_text_the_older_readings_hold_passes(text: str) -> None:
    assert_passes(text)


PHISHING_WITHDRAWN = pytest.mark.xfail(strict=True,
                                      reason="phishing-question reading withdrawn (stop 33)")
# the two model 2026.12.06-1 passes (stop 34: its ad and fraud opinions) and the one model
# 2026.12.07-1 passes (stop 42: the doubt clears its QQ), unmarked
PASSED_BY_THE_MODEL = {
    '收到一条短信："您的摊位卫生检查不合格，请加QQ 1592038476 缴纳罚款"，这是市场发的吗？',
    "有人收到这个短信吗“您的包裹因地址不详被退回，请点击 http://sf-express-cn.top/ref 重新填写”，"
    "是真的吗？我最近没寄东西啊",
    "有人转发说国家要给老兵补发二十年工资，先交500手续费，这是真的吗？我咋觉得不对劲",
}


@pytest.mark.parametrize("text", [
    text if text in PASSED_BY_THE_MODEL or text in DECISION_THROUGH  # (stop 47)
    else pytest.param(text, marks=PHISHING_WITHDRAWN)
    for text in PHISHING_ASKED])
def test_a_phishing_text_asked_about_is_a_known_false_alarm(text: str) -> None:
    assert_passes(text)


SEEDED_OR_TAKEN_UP = [
    # a prize handed out through a QQ id: a seeded pitch reads the same (holdout 244 has one
    # honest asker writing it; it stays flagged)
    "求问，这条消息是不是骗子：“恭喜您获得万龙季卡一张，请添加客服QQ 2309887165 领取”",
    # an offer in the received text: a seeded pitch
    "收到短信说可以低息贷款，账户异常也能下款，vx dk_8899，是真的吗？",
    "收到一条短信说兼职日结三百，先交100押金，vx jz_300，是真的吗",
    "收到短信说“在家打字日结，加我详谈”，要先交培训费，正常吗",
    # someone took it up, or the sender did
    "收到短信说积分要清零了，加客服 vx jf_dh88 兑换，是真的吗？我同事已经兑了一个电饭煲",
    "收到短信说ETC失效要认证，vx etc_rz01 ，是真的吗？我认证完还送了50话费，你们也试试",
    "收到短信说社保卡异常，加 vx sbk_rz 认证，真的假的？好多人都领到补贴了",
    # the sender's own channel beside it
    "收到短信说账户异常要认证，是真的吗？不会弄的加我微信 help_9988 我教你",
    "收到短信说医保卡冻结了要解冻，真的假的？私聊我，我有内部渠道帮你办",
]


@pytest.mark.parametrize("text", SEEDED_OR_TAKEN_UP)
def test_a_pitch_dressed_as_a_phishing_question_stays_flagged(text: str) -> None:
    assert_flagged(text)


# 赌一把 as a figure of speech: an excuse for it (a gamble named, no stake) was reviewed twice and
# withdrawn — 88 and then 81 more bets got through (去葡京赌一把 · 熬夜看球，全压主胜赌一把).
# These stay known false alarms (strict: a reading that passes them must come with the bets).
BET_WITHDRAWN = pytest.mark.xfail(strict=True, reason="赌一把 excuse withdrawn (stop 33)")


@pytest.mark.parametrize("text", [
    "赌一把，今晚熬夜刷完这套卷子",  # model 2026.12.07-1 (stop 42) no longer confirms it
    pytest.param("这次考试就当赌一把吧，反正题我是一道也看不懂😂", marks=BET_WITHDRAWN),
    "赌一把，今晚要是下雨明天就不放蜂了",  # the model (2026.12.06-1) no longer confirms the term
    "兄弟们赌一把，今晚去火车站接夜车，看看能不能多跑几单",  # model 2026.12.06-2 (stop 38)
])
def test_a_gamble_on_the_weather_or_an_exam_is_a_known_false_alarm(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "今晚世界杯谁跟我赌一把，一千块赌阿根廷赢，微信转账",
    "谁想赌一把大小？骰子在俺这，输赢现结，凑够四个人就开",
    "孩子移植钱不够，想去澳门赌一把，赢了就够了，谁有路子带我去",
    "赌一把大的，房子抵押了全押在那个平台上，这回翻身就指望它了",
    "赌一把，明天决赛我押法国，赔率2.8，已经下了两万",
])
def test_a_bet_with_a_stake_stays_gambling(text: str) -> None:
    assert_flags(text, "gambling")


@pytest.mark.parametrize("text", [
    "教你们一招：小杯做了按大杯收钱，差价写进备注，平台看不出来",
    "我们店一直用过期奶粉做奶茶，顾客喝不出来，一个月能省好几千",
    "假冒大红袍其实最好卖，贴个武夷山原产地的标，成本二十卖两百，谁查得出来",
    "我把房子挂了好几个平台，同一间收了三家定金，收完就换号，谁找得到我",
    "在闲鱼上收了钱就删号，平台根本查不到，我去年靠这个赚了两万多",
    "教你们个办法，给客户报价多报五万，差价我们私下分，业主根本不知道",
])
def test_cheating_boasted_as_undetectable_is_fraud(text: str) -> None:
    assert_flags(text, "fraud")


@pytest.mark.parametrize("text", [
    "楼下老太太被\"保健品返利\"骗了二十万养老钱，儿子都不知道，大家跟家里老人多说说",
    "304和201的合页一眼看不出来，拿磁铁吸一下，吸得死死的基本就是201",
    "我家娃不吃胡萝卜，我剁碎了包饺子，他根本吃不出来哈哈",
    "新闻说有人把过期奶粉改日期卖，顾客喝不出来，已经被查了",
])
def test_a_victim_a_tip_or_the_news_is_not_a_confession(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), [
    ("他们就是某党的走狗，大家一起站出来抵制", "politics"),
    ("谁敢在群里说我蛋糕不好吃，我拿刀上门", "violence"),
    ("嗨 草 一 根，飞 一 会儿", "drugs"),
    ("卖手机那点钱全拿去买 hai luo yin 了，说实话挺上头的", "drugs"),
    ("你瞅啥？再瞅削你，信不信我把你门给踹了", "violence"),
    ("我在公司电脑上装了键盘记录器，老板的网银密码已经拿到了", "privacy"),
])
def test_the_new_terms_catch_their_evasions(text: str, category: str) -> None:
    assert_flags(text, category)


@pytest.mark.xfail(strict=True, reason="public-body desk reading withdrawn (stop 33)")
@pytest.mark.parametrize("text", [
    "社区卫生服务中心明天上午免费量血压测血糖，地点幸福里3号楼一层，咨询电话0571-86001234",
    "各位果农，县农业局技术员周三下乡讲病虫害，咨询电话 0791-8865 2210",
    "市残联的辅具补贴可以申请，轮椅、助行器都能报，咨询电话0571-85062345",
])
def test_a_public_bodys_notice_with_its_desk_is_a_known_false_alarm(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "社区医院合作体检套餐，加急出报告，咨询电话 0571-86001235",
    "县农业局推荐的进口化肥，量大从优，咨询电话 0791-88652211",
    "残联指定助听器，免费试戴，咨询电话 0371-65123461",
    "街道办内部名额，公租房快速审批，咨询电话 0571-86001236",
    "社区卫生服务中心免费体检，咨询电话 13812345678",  # a mobile is a person's
])
def test_a_public_bodys_name_borrowed_for_a_sale_stays_an_ad(text: str) -> None:
    assert_flags(text, "ad")


# Stop 33's white-box reviews (tests/data/stop33_review_lines.jsonl): every attack on the
# withdrawn readings that the code before them flagged stays flagged (phishing questions 474,
# desk ads 183, bets 188 as gambling); the honest lines the first versions of cheat_undetected
# flagged stay clear of fraud (180; 手工皂 sold as shop-bought is left out); and the sentences
# using the first 30 new terms innocently that pass keep passing (61; 21 terms were withdrawn).
REVIEW_LINES = [json.loads(line) for line in
                (Path(__file__).resolve().parents[1] / "data" / "stop33_review_lines.jsonl")
                .read_text(encoding="utf-8").splitlines()]


# "model": what model 2026.12.06-1 gave up (stop 34; moderation_cases.MODEL_1206_*): bets it no
# longer confirms, a desk ad, and honest trade lines its fraud opinion now reads as cheating
MODEL_MARKS = {"misses": MODEL_1206_MISSES, "flags": MODEL_1206_FLAGS}


@pytest.mark.parametrize("line", [
    pytest.param(line, marks=MODEL_MARKS[line["model"]]) if "model" in line else line
    for line in REVIEW_LINES], ids=lambda line: line["family"])
def test_the_reviews_lines_keep_their_verdicts(line: dict[str, str]) -> None:
    verdict, categories = classify(line["text"])
    expected = line["expect"]
    if expected == "flagged" and excused_by_decision(line["text"]):
        return  # stop 47's cost: it passes, watched
    if expected == "flagged":
        assert verdict != "pass", (line["text"], categories)
    elif expected == "gambling":
        assert "gambling" in categories, (line["text"], categories)
    elif expected == "no_fraud":
        assert "fraud" not in categories, (line["text"], categories)
    else:
        assert verdict == "pass", (line["text"], categories)
