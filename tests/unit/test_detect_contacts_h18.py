"""Contact extraction, holdout-18 round: group numbers in circled digits, WeChat ids and mobiles
typed in chunks after their cue, 400 lines with the letter o, card and ID numbers that are no
phone, ids spelled in hanzi after a homophone, bare www hosts and spelled dots.  Every family
has look-alikes that must stay contact-free (amounts, head counts, dates, codes, order
numbers)."""

from __future__ import annotations

import pytest
from moderation_cases import assert_flags, assert_passes

from streams.detect.contacts import extract_contacts
from streams.detect.normalize import normalize_contacts


def _found(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.value) for c in extract_contacts(text)]


# --- QQ group numbers: 群 + number, Q号, a few words between qq and a colon ---------------------


@pytest.mark.parametrize(("text", "value"), [
    ("剧本杀同好群⑦⑦⑤②⓪①⑨⑧，周末约本", "77520198"),  # circled digits right after 群
    ("桌游交流群 ❸❹⓿❺❻❼❽❾ 欢迎新人", "34056789"),  # negative circled, ⓿ for zero
    ("吃瓜群：6②8⑤⑤①", "628551"),  # plain and circled digits mixed
    ("报名加群：7 3 5 1 9 2 4 0", "73519240"),
    ("入会加群拿：481 937 206", "481937206"),
    ("接单 Q号：⑤⑨④⑧⑦①③", "5948713"),
    ("代练的q号码 ⑨③②④⑤⑥⑦", "9324567"),
    ("想一起的加我扣扣然后聊：六三九 二八一 四五七", "639281457"),
    ("有货，加Q私聊 8 2 7 4 6 1 9 3", "82746193"),
])
def test_a_group_or_qq_number_after_its_cue_is_a_qq(text: str, value: str) -> None:
    assert ("qq", value) in _found(text)


@pytest.mark.parametrize("text", [
    "我们群⑫个人都到齐了",  # ⑫ alone: a count, not a number
    "本群 20000 人了，感谢大家",  # a head count
    "这个群10000元的奖金池谁出的",  # an amount
    "群 20261203 年会照片",  # a date-shaped number with 年 after it
    "年会群 2026-01-18 发通知",  # a date in chunks
    "群 2026 12 03 聚会",
    "QQ验证码：583920，五分钟内有效",  # a code, not an account
    "qq动态密码:904718",
    "进群验证码 661204",
    "加群费：36000元一年",  # a fee
    "订单群 48213977 已发货",  # an order cue before it
    "群主电话 13812345678",  # 群主 is a person: the number is a phone
])
def test_no_qq_from_counts_codes_fees_and_orders(text: str) -> None:
    assert not any(kind == "qq" for kind, _ in _found(text))


def test_a_mobile_right_after_qun_stays_a_phone() -> None:
    assert _found("资料发群13912345678") == [("phone", "13912345678")]


# --- WeChat ids typed in spaced chunks ------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("瑜伽私教，v 信：ygj 6 6 0 3", "ygj6603"),  # spaced digits after a short prefix
    ("团购预定 vx：tuanzhang hz 818", "tuanzhanghz818"),  # a word-like first chunk is extended
    ("接急单，加威信 kuaixiu 5 2 0", "kuaixiu520"),
    ("航模配件，微信：feiji_ 2025", "feiji_2025"),  # a trailing joiner continues
    ("微信搜 m q _ 3 3 8", "mq_338"),
])
def test_a_wechat_id_in_chunks_after_the_cue_is_joined(text: str, value: str) -> None:
    assert [v for k, v in _found(text) if k == "wechat"] == [value]


@pytest.mark.parametrize("text", [
    "wechat pay is ok 2",  # three chunks of plain words: prose
    "微信 红包 88",  # no Latin at all
    "微信 is fine 2 me",
])
def test_words_after_the_cue_are_no_joined_id(text: str) -> None:
    assert not any(kind == "wechat" for kind, _ in _found(text))


# --- a mobile after its cue, digits chunked any way --------------------------------------------


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("加微信：15 8 22 71 09 36 拉你进群", "wechat", "15822710936"),  # after 微信: the id
    ("薇❤：壹伍玖捌捌柒陆伍肆叁贰 看朋友圈", "wechat", "15988765432"),  # hanzi digits after 薇
    ("联系我 ① ③ ⑦ 二 四 六 八 零 一 三 五", "phone", "13724680135"),
    ("电话：一五九 三三七一 〇二八六", "phone", "15933710286"),  # 〇 after a blank
    ("手机一⑧⑦六二三四七零九一", "phone", "18762347091"),  # hanzi and circled mixed
])
def test_a_chunked_mobile_after_a_cue(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


def test_phone_and_wechat_named_together_give_both() -> None:
    found = _found("电话/微信：139-2288-4617")
    assert ("phone", "13922884617") in found and ("wechat", "13922884617") in found


def test_a_wechat_homophone_before_tonghao_names_the_wechat_id() -> None:
    assert ("wechat", "18923456710") in _found("拉货搬家，卫星同号 18923456710")


def test_the_green_app_cue_reads_as_wechat() -> None:
    assert _found("绿色软件搜 c h a y e 6 6 8") == [("wechat", "chaye668")]


@pytest.mark.parametrize("text", [
    "手机 15 30 45 60 75 9点",  # a timetable after 手机
    "微信 138 1234 5678 元",  # an amount
    "统一12345678号",  # 一 belongs to 统一
    "订单号 1 3 8 2 2 4 6 7 0 9 5",
])
def test_no_chunked_mobile_from_times_amounts_and_orders(text: str) -> None:
    assert not any(kind in ("phone", "wechat") for kind, _ in _found(text))


def test_a_lone_hanzi_numeral_next_to_ascii_digits_stays_a_word() -> None:
    assert normalize_contacts("７６５４３２１０９ 一起").text == "765432109一起"


# --- 400 lines with the letter o, cards and IDs -------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("售后请拨4OO-915-3380", "4009153380"),
    ("客服 8o0 7712 049", "8007712049"),
    ("热线 400-6120-3388 咨询", "40061203388"),  # one digit too many, still a 400 line
])
def test_service_lines_with_letter_o_or_an_extra_digit(text: str, value: str) -> None:
    assert ("phone", value) in _found(text)


@pytest.mark.parametrize("text", [
    "订单号 4OO8206617",  # an order number
    "look 4oo times",
    "4OO元一位",
])
def test_no_service_line_from_orders_words_and_prices(text: str) -> None:
    assert not any(kind == "phone" for kind, _ in _found(text))


@pytest.mark.parametrize("text", [
    "捐款账户 6217 0035 2468 1357 902",  # a bank card in chunks of four
    "身份证 3301 0619 9211 0528 47",  # an ID number in chunks
    "卡号尾段 6228 0219 8877 6655",
])
def test_card_and_id_numbers_hold_no_phone(text: str) -> None:
    assert not any(kind == "phone" for kind, _ in _found(text))


def test_two_phones_in_a_row_and_a_chunked_landline_are_still_phones() -> None:
    assert _found("值班 13511112222 15633334444") == [
        ("phone", "13511112222"), ("phone", "15633334444")]
    assert _found("前台 0571-8876 5432") == [("phone", "057188765432")]


# --- links --------------------------------------------------------------------------------------


def test_a_bare_www_host_is_a_domain_and_a_path_makes_it_a_url() -> None:
    assert _found("刷题去 www.tiku-xia.cn 看") == [("domain", "www.tiku-xia.cn")]
    assert _found("刷题去 www.tiku-xia.cn/list 看") == [("url", "www.tiku-xia.cn/list")]
    assert _found("https://www.tiku-xia.cn") == [("url", "https://www.tiku-xia.cn")]


@pytest.mark.parametrize(("text", "value"), [
    ("彩金网址 ying365点cc", "ying365.cc"),
    ("批发网 xiaoshangpin。com", "xiaoshangpin.com"),
    ("www点yule88点vip 收藏", "www.yule88.vip"),
])
def test_a_spelled_dot_is_a_dot_in_the_value(text: str, value: str) -> None:
    assert [v for _, v in _found(text)] == [value]


# --- the verdicts ------------------------------------------------------------------------------


def test_a_group_number_in_circled_digits_is_drainage() -> None:
    assert_flags("副业资源群⑤⑧③①⑦⑨②⑥，进来领教程", "ad")


def test_a_chunked_wechat_id_sells() -> None:
    assert_flags("私房蛋糕接单，v 信：dg 7 3 1 5", "ad")


@pytest.mark.parametrize("text", [
    "我们群已经 20000 人了，大家注意言行",
    "今天群里抢到 88888 积分，开心",
    "社保卡号 6217 0035 2468 1357 902 丢了怎么补",
])
def test_counts_and_own_numbers_pass(text: str) -> None:
    assert_passes(text)


# --- an add-me ask, what you get, then the id ---------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("加微信送试吃装 nuomi2024", "nuomi2024"),
    ("想要的加我微信一起拼单 pindan_88", "pindan_88"),
    ("加V领取课件 → kejian_01", "kejian_01"),
])
def test_an_id_after_an_add_me_ask_and_what_it_gets_you(text: str, value: str) -> None:
    assert ("wechat", value) in _found(text)


@pytest.mark.parametrize("text", [
    "加微信看看 mate60 的价格",  # a product name inside the sentence, not ending it
    "加我微信发你 iphone 的图",  # no digit
    "加微信领红包 88 个",  # a count
])
def test_no_id_from_product_names_and_counts_after_an_add_me_ask(text: str) -> None:
    assert not any(kind == "wechat" for kind, _ in _found(text))


# --- five-character ids after 微信 and a colon --------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("加ⓥⓧ：ⓚⓜ⓪⓪⑤ 速来", "km005"),
    ("资料 vx：Ｌ Ｗ ５ ２ ０", "lw520"),
])
def test_a_five_character_id_after_a_colon_cue(text: str, value: str) -> None:
    assert ("wechat", value) in _found(text)


@pytest.mark.parametrize("text", [
    "微信：mp3",  # too short
    "微信：hello",  # a word, no digit
    "微信 ab 12 c",  # no colon: six characters are needed
])
def test_no_short_id_from_words_or_without_a_colon(text: str) -> None:
    assert not any(kind == "wechat" for kind, _ in _found(text))
