"""Contact evasions from holdouts 8-10 and their generalisations, with look-alikes that must stay
clean: dash and dot look-alikes between characters, an emoji or symbol typed for 信 between the
cue and the id, English digit words in a number, pinyin cues, a blank before the colon."""

from __future__ import annotations

import pytest

from streams.detect.contacts import Contact, extract_contacts
from streams.detect.normalize import DASHES, DOTS, normalize_contacts, normalize_views


def _found(text: str) -> list[tuple[str, str, str]]:
    """(kind, value, original span) of every contact, read the way the moderator reads them."""
    _, contact_view = normalize_views(text)
    contacts = extract_contacts(contact_view)
    assert contacts == extract_contacts(normalize_contacts(text))  # both views agree
    return [(c.kind, c.value, text[c.start : c.end]) for c in contacts]


def _of(text: str, kind: str) -> list[Contact]:
    return [c for c in extract_contacts(normalize_views(text)[1]) if c.kind == kind]


# --- dash and dot look-alikes --------------------------------------------------------------------


def test_an_id_spelled_with_en_dashes() -> None:
    assert _found("VX：y–u–e–8–8–2") == [("wechat", "yue882", "y–u–e–8–8–2")]


@pytest.mark.parametrize("sep", list(DASHES + DOTS))
def test_every_dash_and_dot_look_alike_separates_an_id(sep: str) -> None:
    spaced = sep.join("yue882")
    assert _found(f"微信：{spaced} 备注") == [("wechat", "yue882", spaced)]


@pytest.mark.parametrize("sep", list(DASHES + DOTS))
def test_every_dash_and_dot_look_alike_separates_a_mobile(sep: str) -> None:
    number = f"138{sep}1234{sep}5678"
    assert _found(f"有事打电话 {number}") == [("phone", "13812345678", number)]


def test_a_landline_with_an_en_dash() -> None:
    text = "暑假钢琴班开始报名了，地址在文化宫二楼，电话：0512–6829 3351"
    assert _found(text) == [("phone", "051268293351", "0512–6829 3351")]
    assert _found("咨询热线 021—6543—2109") == [("phone", "02165432109", "021—6543—2109")]


def test_a_qq_number_with_en_dashes() -> None:
    assert _found("扣扣：8726–4391–0") == [("qq", "872643910", "8726–4391–0")]


@pytest.mark.parametrize("text", [
    "活动时间 2026–11–02 至 2026–11–05，欢迎参加",
    "营业时间 10:00–22:00 周一休息",
    "房间号 1208—1210 都订好了",
    "订单号：138–1234–5678 请核对",
    "快递单号 SF1234–5678–9012 已发出",
    "价格 ¥138–1234–5678 不对吧",
    "这批货 138–1234–5678 元",
    "版本 v2.3–2.5 都有这个问题",
    "第1–3–5排的座位留给家长",
    "他说——好的——明天见",
    "2024‧2025 赛季回顾",
])
def test_dash_and_dot_look_alikes_make_no_contact_of_dates_orders_and_prices(text: str) -> None:
    assert _found(text) == []


def test_em_dashes_between_hanzi_stay_in_the_lexicon_view() -> None:
    lexicon_view, _ = normalize_views("他说——好的——明天见")
    assert lexicon_view.text == "他说——好的——明天见"


# --- an emoji or symbol between the cue and the id -------------------------------------------


@pytest.mark.parametrize(("text", "value", "span"), [
    ("专业搬家 长短途 价格透明 薇❤ ban_jia_lao_li", "ban_jia_lao_li", "ban_jia_lao_li"),
    ("斗地主 一块一分 每晚开 够人就打 微❤ ddz_laoli", "ddz_laoli", "ddz_laoli"),
    ("宝妈在家也能赚 手机就能操作 V ❤ x i a o y u 6 6 8", "xiaoyu668", "x i a o y u 6 6 8"),
    ("专业相亲照拍摄，99元三套造型，预约ｖ💬 xq_foto", "xq_foto", "xq_foto"),
    ("美甲学员招生，包教包会，咨询薇 ↓ nail＿school＿sh", "nail_school_sh", "nail＿school＿sh"),
    ("装修报价 威➡️ zx_laowang", "zx_laowang", "zx_laowang"),
    ("私房烘焙 徽🌸🌸 tianpin_88", "tianpin_88", "tianpin_88"),
    ("代购 v👉 daigou_hk", "daigou_hk", "daigou_hk"),
])
def test_a_symbol_typed_for_xin_between_cue_and_id(text: str, value: str, span: str) -> None:
    assert _found(text) == [("wechat", value, span)]
    contact = _of(text, "wechat")[0]
    assert "homophone" in contact.normalized_by


def test_a_symbol_for_xin_before_tonghao_makes_the_number_the_wechat_id() -> None:
    text = "草莓现摘现发，微❤同号：15837296601"
    assert _found(text) == [("phone", "15837296601", "15837296601"),
                            ("wechat", "15837296601", "15837296601")]


@pytest.mark.parametrize(("text", "value"), [
    ("进口奶粉代购，v💗x：naifen_hk", "naifen_hk"),  # v❤x is vx: the heart is not 信
    ("V❤X：l o v e 5 2 1", "love521"),
    ("【薇♥ｘｉｎ】 lx-zhuangxiu88 全屋装修", "lx-zhuangxiu88"),  # 薇♥xin is 薇信
    ("加 ❤ 微 ❤ 信，带你上岸 微信 shangan_01", "shangan_01"),
])
def test_symbols_inside_a_cue_still_read_as_the_cue(text: str, value: str) -> None:
    assert [c.value for c in _of(text, "wechat")] == [value]


@pytest.mark.parametrize("text", [
    "稍微😊 happy_day 大家",  # 稍微 is "slightly"
    "小薇❤ hello 早上好",  # a name and a five-letter word: no id
    "I love u ❤ forever",
    "lv ❤ bag 好看吗",  # v inside a word
    "微❤ 今天天气真好",  # no Latin after the symbol
    "加❤微❤信",
    "ⓥⓧ 开头的符号",
    "威❶❷❸ abc",  # digit dingbats are digits, not decoration
])
def test_no_symbol_cue_without_a_cue_and_an_id(text: str) -> None:
    assert _of(text, "wechat") == []


def test_a_symbol_after_a_cue_does_not_change_ordinary_text() -> None:
    lexicon_view, contact_view = normalize_views("稍微😊 happy_day 大家")
    assert "微信" not in lexicon_view.text and "微信" not in contact_view.text


# --- English digit words ---------------------------------------------------------------------


def test_english_digit_words_mixed_with_hanzi_numerals_and_digits() -> None:
    text = "自家大棚草莓现摘现发，微❤同号：one five eight 三七二九 6601"
    assert _found(text) == [("phone", "15837296601", "one five eight 三七二九 6601"),
                            ("wechat", "15837296601", "one five eight 三七二九 6601")]
    assert "digit_variant" in _of(text, "wechat")[0].normalized_by


@pytest.mark.parametrize(("text", "kind", "value", "span"), [
    ("手机 one three eight one two three four five six seven eight", "phone", "13812345678",
     "one three eight one two three four five six seven eight"),
    ("电话 one-three-eight 1234 5678", "phone", "13812345678", "one-three-eight 1234 5678"),
    ("qq: nine eight seven six five four three", "qq", "9876543",
     "nine eight seven six five four three"),
    ("扣扣 eight seven 2643910", "qq", "872643910", "eight seven 2643910"),  # two words + digits
    ("电话 one five zero oh oh one one two two three three", "phone", "15000112233",
     "one five zero oh oh one one two two three three"),
])
def test_english_digit_words_in_a_run(text: str, kind: str, value: str, span: str) -> None:
    assert _found(text) == [(kind, value, span)]


@pytest.mark.parametrize("text", [
    "one two tickets please",
    "I have one or two questions",
    "oh oh oh oh oh 笑死",
    "Top five songs: one love, two of us",
    "seven eleven 门口见",
    "someone gave me nine",
    "phone one five eight",  # three words: digits, but no contact's shape
    "五点见 one two three go",
])
def test_english_words_that_are_not_a_number_make_no_contact(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text", ["one two tickets please", "oh oh oh", "nine lives", "two 人"])
def test_single_or_paired_digit_words_stay_words(text: str) -> None:
    _, contact_view = normalize_views(text)
    assert not any(ch.isdigit() for ch in contact_view.text)


def test_digit_words_stay_words_in_the_lexicon_view() -> None:
    lexicon_view, contact_view = normalize_views("电话 one three eight 1234 5678")
    assert "one three eight" in lexicon_view.text
    assert "13812345678" in contact_view.text.replace(" ", "")


# --- pinyin cues, a blank before the colon, 电话同微信 ------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("tuan gou jia wo: zhuli_2024", "zhuli_2024"),
    ("jia hao you: hy_kefu01 拉你进群", "hy_kefu01"),
    ("xiang zhuan qian jia ge hao you：zq_2025", "zq_2025"),
])
def test_a_pinyin_add_me_cue_before_a_colon(text: str, value: str) -> None:
    assert [(c.value, text[c.start : c.end]) for c in _of(text, "wechat")] == [(value, value)]


@pytest.mark.parametrize("text", [
    "jia you: fighting_2024",  # 加油, a cheer
    "jia wo hao you a",  # no colon, no id
    "ninja wo: abcdef_1",  # jia inside a word
])
def test_pinyin_look_alikes_are_no_cue(text: str) -> None:
    assert _of(text, "wechat") == []


def test_a_blank_before_the_colon_after_a_qq_cue() -> None:
    text = "Steam游戏低价代购，全区都能买，加我 扣 扣 ： 八 七 二 六 四 三 九 一 零"
    assert _found(text) == [("qq", "872643910", "八 七 二 六 四 三 九 一 零")]
    assert _found("QQ ：12345678 备注") == [("qq", "12345678", "12345678")]


def test_the_phone_is_the_wechat_id_written_the_other_way_round() -> None:
    text = "搬家拉货，金杯面包车，市内一百起，电话同微信 17708213365"
    assert _found(text) == [("phone", "17708213365", "17708213365"),  # both kinds
                            ("wechat", "17708213365", "17708213365")]
    assert _found("手机号同微信：13912345678") == [("phone", "13912345678", "13912345678"),
                                             ("wechat", "13912345678", "13912345678")]


def test_a_phone_next_to_wechat_without_tong_stays_a_phone() -> None:
    assert _found("电话 17708213365 微信不常看") == [("phone", "17708213365", "17708213365")]


# --- 加我 right before an id; V as the cue before a spaced id ----------------------------------


@pytest.mark.parametrize(("text", "value", "span"), [
    ("刷到就是缘分 免费看八字 算姻缘 加我 suanming_dashi", "suanming_dashi", "suanming_dashi"),
    ("需要的加我 hy2024kefu 备注来意", "hy2024kefu", "hy2024kefu"),
    ("加好友 xiaoli_88 拉你", "xiaoli_88", "xiaoli_88"),
    ("有没有想一起做副业的？我带，➕我V x i a o y u 6 6", "xiaoyu66", "x i a o y u 6 6"),
    ("加V x i a o y u 6 6", "xiaoyu66", "x i a o y u 6 6"),
    ("加我 v i c k y 8 8", "vicky88", "v i c k y 8 8"),  # a blank first: the v is the id's
])
def test_add_me_right_before_an_id(text: str, value: str, span: str) -> None:
    assert _found(text) == [("wechat", value, span)]


@pytest.mark.parametrize("text", [
    "加我 hello 一起玩",  # a word: no digit, no underscore
    "加我 steam 好友",
    "有空加我 一起打球",
    "加我qq 12345678",  # the QQ cue, not a WeChat id
])
def test_add_me_before_a_word_is_no_wechat(text: str) -> None:
    assert _of(text, "wechat") == []
