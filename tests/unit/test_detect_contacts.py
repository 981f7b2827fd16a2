"""Contact extraction: evasive contacts found, order numbers, dates and prices not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.detect.contacts import extract_contacts


def _found(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.value) for c in extract_contacts(text)]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("加 V 信 abc123456", "wechat", "abc123456"),
        ("威信：hao_123456", "wechat", "hao_123456"),
        ("ｖ❤ｘ：hello88", "wechat", "hello88"),
        ("微信号是 zhang-san_01", "wechat", "zhang-san_01"),
        ("企鹅 12345678", "qq", "12345678"),
        ("QQ：２２３３４４５５６６", "qq", "2233445566"),
        ("扣扣群 556677889", "qq", "556677889"),
        ("①③⑧①②③④⑤⑥⑦⑧", "phone", "13812345678"),
        ("电话一三八一二三四五六七八", "phone", "13812345678"),
        ("138-1234-5678", "phone", "13812345678"),
        ("138 1234 5678", "phone", "13812345678"),
        ("电话1 3 8 1 2 3 4 5 6 7 8", "phone", "13812345678"),
        ("t.cn/A6xYzAb", "short_link", "t.cn/A6xYzAb"),
        ("https://Example.com/Path?a=1", "url", "https://Example.com/Path?a=1"),
        ("去 bet365.com 看看", "domain", "bet365.com"),
        ("发到 abc@qq.com", "email", "abc@qq.com"),
        ("加我薇信ｗｘ８８６６５２０", "wechat", "wx8866520"),
        ("不反弹，v❤ slim2024", "wechat", "slim2024"),
        ("直接加我 微❤：wxid_ab12cd34ef", "wechat", "wxid_ab12cd34ef"),
        ("加+威：jianfei_01", "wechat", "jianfei_01"),
        ("私我，绿泡泡 tk9527", "wechat", "tk9527"),
        ("wei xin：baoma_520", "wechat", "baoma_520"),
        ("VX同号 18688886666", "wechat", "18688886666"),
        ("微信同手机号 15011112222", "wechat", "15011112222"),
        ("联系Q：①②⑤⑥⑧⑨⑦③", "qq", "12568973"),
        ("加q：贰捌肆柒伍陆壹玖", "qq", "28475619"),
        ("加扣：伍贰零壹叁壹肆", "qq", "5201314"),
        ("价格美丽，扣 一零八六七七六五四三", "qq", "1086776543"),
        ("想进的扣我：1096543287", "qq", "1096543287"),
        ("卖号的私聊，微 ：game_zh88", "wechat", "game_zh88"),
        ("加威，a b c 1 2 3 4", "wechat", "abc1234"),
        ("详情加微信了解：shop_2025", "wechat", "shop_2025"),
        ("微信搜 ｂｕｙ８８８ｘ", "wechat", "buy888x"),
        ("课程报名➕❤️：meizhuang_01", "wechat", "meizhuang_01"),
        ("+卫星 abc_money", "wechat", "abc_money"),
        ("资料都在，加扣群 66778899", "qq", "66778899"),
        ("接单 Q 贰叁肆伍陆柒捌玖", "qq", "23456789"),
        ("联系🐧 12345678", "qq", "12345678"),
        ("微信同号 139 8765 4321", "wechat", "13987654321"),
        ("热线 400-820-8820", "phone", "4008208820"),
        ("预约 021-6543 2109", "phone", "02165432109"),
        ("戳 https://u.jd.com/Xy12Ab", "short_link", "https://u.jd.com/Xy12Ab"),
    ],
)
def test_finds_contacts(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "订单号13812345678",
        "快递单号 13812345678 到了吗",
        "运单 SF1234567890123",
        "会议 2026-11-02 13:45",
        "11月2日下午三点",
        "¥199 包邮",
        "199元一件",
        "价格13900000000元",
        "版本 1.2.3 发布",
        "总额 12,345.67",
        "今天跑了一二三四五公里",
        "用微信支付就行",
        "大家加油",
        "卫星发射成功",
        "20261102134500",
        "同意的扣1，不同意的扣2",
        "稍微: abc123 就行",
        "我的v 是多少",
        "iphone 15 pro max 256g",
        "Q3 营收增长 12%，q4 目标 20000 件",
        "这个月扣群费20元",
        "订单号 021-65432109 已发货",
    ],
)
def test_no_false_contacts(text: str) -> None:
    assert _found(text) == []


def test_contact_span_and_steps() -> None:
    text = "快加 Ｖ ❤ 信：abc12345"
    (c,) = extract_contacts(text)
    assert text[c.start : c.end] == "abc12345"
    assert {"homophone", "separator", "fullwidth"} <= set(c.normalized_by)
    (p,) = extract_contacts("电话①③⑧①②③④⑤⑥⑦⑧")
    assert "digit_variant" in p.normalized_by


def test_contact_cue_closer_than_order_cue_wins() -> None:
    assert _found("快递员电话13812345678") == [("phone", "13812345678")]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    for c in extract_contacts(text):
        assert 0 <= c.start <= c.end <= len(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("加qq群：７６５４３２１０９ 一起学摄影", "qq", "765432109"),  # 一起 is no tenth digit
        ("qq 765432109一起玩", "qq", "765432109"),
        ("加我 1３８1234５６７８ 一起玩", "phone", "13812345678"),
        ("加我🛰️：abc_fishing 钓鱼群拉你", "wechat", "abc_fishing"),  # 加我 + a colon
        ("群满了加我拉你：baobao_fuli01", "wechat", "baobao_fuli01"),  # 加我 + a few hanzi
        ("下单加我：qi_cheng_nongjia", "wechat", "qi_cheng_nongjia"),
        ("起名改名，加：qiming_dashi", "wechat", "qiming_dashi"),
        ("需要的联系 微 x：fang_zu_888", "wechat", "fang_zu_888"),  # 微 x = 微信
        ("+ wei：shequ_tuangou 小区团购", "wechat", "shequ_tuangou"),
        ("vx➕ l i u 1 9 9 2 ，专业代办", "wechat", "liu1992"),  # ➕ between cue and id
        ("jiā wēi xìn ｈｕａｎｇ１９９０ 做兼职", "wechat", "huang1990"),  # tone-marked pinyin
    ],
)
def test_finds_contacts_in_newer_wordings(text: str, kind: str, value: str) -> None:
    assert _found(text) == [(kind, value)]


@pytest.mark.parametrize(
    "text",
    ["加班安排：monday", "给我加个菜：potato", "稍微x一下", "café au lait", "统一12345号文件",
     "加油，加我一个", "第一名奖金 5000元"],
)
def test_no_false_contacts_from_the_newer_cues(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("TEL：(021)6288-3456 上门家电维修", "phone", "02162883456"),  # area code in brackets
        ("需要的Q我 7715829364", "qq", "7715829364"),
        ("有意者加維：ke\u200cfu\u200c_77", "wechat", "kefu_77"),  # 維 → 维 after 加
        ("加V领取母婴大礼包：ｍｕｙｉｎｇ＿ｇｉｆｔ", "wechat", "muying_gift"),  # 7 hanzi, colon
    ],
)
def test_finds_contacts_in_holdout4_shapes(text: str, kind: str, value: str) -> None:
    assert _found(text) == [(kind, value)]


@pytest.mark.parametrize("text", ["价格(021)不变", "版本(010)2345", "维修:abcdef"])
def test_bracketed_numbers_and_wei_alone_are_not_contacts(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("加Ｖ：ｍ ｉ ｎ ｇ ＿ ７ ７ 私人订制旅拍", "wechat", "ming_77"),  # ＿ typed as a character
        ("微信：y_c_q_n_e_8", "wechat", "ycqne8"),  # underscores that only join stay out
        ("有兴趣了解的加个好友吧：wx_lucky7", "wechat", "wx_lucky7"),
    ],
)
def test_spaced_underscores_and_add_a_friend_cues(text: str, kind: str, value: str) -> None:
    assert _found(text) == [(kind, value)]


def test_radio_operator_digits_inside_a_number() -> None:
    assert _found("接送机包车 电话 幺八六 拐拐洞三 五二幺九") == [("phone", "18677035219")]
    assert _found("前面路口拐弯，山洞里面有水") == []  # words, not a five-digit run


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("喂心：ab19930405 水果团购", "wechat", "ab19930405"),
        ("威❤ qq_dj2025 代缴", "wechat", "qq_dj2025"),
        ("薇 yy-banli9", "wechat", "yy-banli9"),
        ("卫星 abzf_01", "wechat", "abzf_01"),
        ("有货的V我：zz_gk168", "wechat", "zz_gk168"),
        ("招代理 V+ dl0802ab", "wechat", "dl0802ab"),
        ("wei xin hao: kd-abc1", "wechat", "kd-abc1"),
        ("【微信】 zx-home88 装修", "wechat", "zx-home88"),
        ("微信搜“tuan_li”开团", "wechat", "tuan_li"),
        ("互助群 abcdqun（绿泡泡）", "wechat", "abcdqun"),
        ("新群 ⑨①②③④⑤⑥⑦⑧ 企鹅", "qq", "912345678"),
        ("群满了，加 87654321（QQ）", "qq", "87654321"),
    ],
)
def test_homophones_v_wo_and_cues_after_the_id(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@pytest.mark.parametrize(
    "text",
    ["疯狂星期四 V我50", "v我 50块", "北斗卫星 bd3 发射成功", "威威 hello", "微信 hao 的", "用微信支付",
     "订单号20261102 qq上说", "123456789 qq群满了", "版本 v2.3.1", "v+1 顶一下"],
)
def test_no_contacts_from_memes_versions_and_order_numbers(text: str) -> None:
    assert _found(text) == []


def test_letters_for_digits_after_a_phone_cue_are_an_evasive_phone() -> None:
    found = extract_contacts("✅ 手机号码：l58 7l2O 9336")
    assert [(c.kind, c.value) for c in found] == [("phone", "15871209336")]
    assert "digit_variant" in found[0].normalized_by
    assert _found("电话 i3912345678") == [("phone", "13912345678")]


@pytest.mark.parametrize(
    "text", ["手机号：lol", "电话 hello world 12345", "联系 login 2026", "手机 iOS 18.1 更新了"],
)
def test_words_after_a_phone_cue_are_not_phones(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("入职有补贴，扣 2931 0084", [("qq", "29310084")]),
     ("扣：5820-13467 备注来意", [("qq", "582013467")]),
     # an amount taken off is not a QQ number
     ("这个月工资被扣 12000 元", []),
     ("扣 3500 块押金", [])],
)
def test_a_bare_kou_before_a_spaced_number_is_qq(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("jia wo kou kou san ba liu qi er jiu wu", [("qq", "3867295")]),
     ("kou kou: yaobalingsanqiwu", [("qq", "180375")]),
     # pinyin numbers without a cue, and pinyin chat, are no contact
     ("yi er san si wu, kai shi tiao", []),
     ("wo men yi qi qu ba", [])],
)
def test_kou_kou_and_pinyin_digits_are_qq(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("加我微信 li ming 2024", [("wechat", "liming2024")]),  # an id typed in spaced chunks
     ("微信号 ab_c 88", [("wechat", "ab_c88")]),
     # words after 微信 (no digit, no underscore), and a plain id, are read as before
     ("微信 ok 了吗", []),
     ("微信 is down again", []),
     # a letters-only id and a chunk of digits after it are one id (holdouts 11, 12 and 18
     # label huishou 1 8 8, bao-an-zheng 666 and quanwu dz 666 joined)
     ("微信 wangwei 888", [("wechat", "wangwei888")])],
)
def test_a_wechat_id_in_spaced_chunks_is_joined(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("货源稳定，要的直接加 tea_shop 看朋友圈", "tea_shop"),
        ("周末拼车去机场的加 car-pool-7 拉群", "car-pool-7"),
        ("有意向的联系 hr_zhaopin", "hr_zhaopin"),
        ("价格私聊，联系：ding2024yu", "ding2024yu"),
    ],
)
def test_a_bare_add_or_contact_before_an_id_is_wechat(text: str, value: str) -> None:
    assert _found(text) == [("wechat", value)]


@pytest.mark.parametrize(
    "text",
    [
        "下周参加 cvpr_2026 的同学集合",  # 参加 is taking part
        "主机再加rtx4090要多少钱",  # a graphics card, not an id: no underscore or hyphen
        "联系一下物业吧",
        "记得加油 go_go_go 冲",
    ],
)
def test_add_and_contact_before_other_words_are_not_contacts(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "url",
    [
        "https://mp.weixin.qq.com/s/6525361faf57",
        "https://wx.qq.com/cgi-bin/login",
        "weixin.qq.com/g/abc",
    ],
)
def test_weixin_inside_a_host_name_stays_part_of_the_link(url: str) -> None:
    """A host is not the contact word: the whole link is the contact, and its value is exact."""
    found = extract_contacts(f"分享一篇文章 {url}")
    assert [c.value for c in found] == [url]


def test_wx_with_a_dot_before_an_id_is_still_the_wechat_cue() -> None:
    assert _found("加wx.abc123") == [("wechat", "abc123")]


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("你要的链接 https://t.cn/RxK2p，sb才信这个", "short_link", "https://t.cn/RxK2p"),
    ("看这 https://t.cn/A6abc！nmsl", "short_link", "https://t.cn/A6abc"),
    ("https://m.tb.cn/h.5abc?sm=1，rnm退钱", "short_link", "https://m.tb.cn/h.5abc?sm=1"),
    ("www.12306.cn，sb不会自己买票吗", "domain", "www.12306.cn"),
    ("领取 https://t.cn，abc", "short_link", "https://t.cn"),  # its host as cut
    # a full-width dot or colon stays an evasion inside the link
    ("www．abc．com，加我", "domain", "www.abc.com"),
    ("https：//t.cn/abc 领取", "short_link", "https://t.cn/abc"),
])
def test_full_width_punctuation_ends_a_link(text: str, kind: str, value: str) -> None:
    """Folded to ASCII, ，！ could belong to a link: the word after them made every message
    another link (and another campaign key)."""
    assert [(c.kind, c.value) for c in extract_contacts(text)] == [(kind, value)]
