"""Normalisation: every evasion from DOMAIN.md undone, position map exact, never raises."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from streams.detect.normalize import (
    Normalized,
    normalize,
    normalize_contacts,
    normalize_term,
    normalize_views,
)


@pytest.mark.parametrize(
    ("raw", "text", "step"),
    [
        ("加 V 信", "加微信", "separator"),
        ("微-信", "微信", "separator"),
        ("加❤微信", "加微信", "separator"),
        ("➕V", "加微信", "homophone"),
        ("加威信", "加微信", "homophone"),
        ("加薇信", "加微信", "homophone"),
        ("加徽信", "加微信", "homophone"),
        ("加卫星", "加微信", "homophone"),
        ("加vx", "加微信", "homophone"),
        ("加wx", "加微信", "homophone"),
        ("加ｖ❤ｘ", "加微信", "fullwidth"),
        ("企鹅号", "qq号", "homophone"),
        ("扣扣", "qq", "homophone"),
        ("加\u200b微\u200d信", "加微信", "zero_width"),
        ("ＡＢＣ１２３", "abc123", "fullwidth"),
        ("網路賭博", "网路赌博", "traditional"),
        ("加加加微微信信", "加微信", "repeat"),
        ("①②③", "123", "digit_variant"),
    ],
)
def test_lexicon_view_undoes_evasion(raw: str, text: str, step: str) -> None:
    n = normalize(raw)
    assert n.text == text
    assert step in n.steps_in(0, len(n.text))


@pytest.mark.parametrize(
    ("raw", "digits"),
    [
        ("①③⑧①②③④⑤⑥⑦⑧", "13812345678"),
        ("❶❸❽", "138"),
        ("⒈⒊⒏", "138"),
        ("１３８", "138"),
        ("一三八一二三四五六七八", "13812345678"),
        ("壹叁捌壹贰叁肆伍陆柒捌", "13812345678"),
        ("一三八〇〇一三八零零零", "13800138000"),
    ],
)
def test_contact_view_maps_digit_variants(raw: str, digits: str) -> None:
    assert normalize_contacts(raw).text == digits
    assert "digit_variant" in normalize_contacts(raw).steps_in(0, len(digits))


def test_hanzi_numerals_stay_in_lexicon_view() -> None:
    assert normalize("一起吃饭").text == "一起吃饭"
    assert normalize_contacts("一起吃饭，三五个人").text == "一起吃饭,三五个人"


def test_benign_words_are_not_rewritten() -> None:
    assert normalize("大家加油").text == "大家加油"
    assert normalize("微信支付").text == "微信支付"
    assert normalize("卫星发射").text == "卫星发射"
    assert normalize("hello world").text == "hello world"


def test_original_span_points_at_original_text() -> None:
    raw = "快来 加 Ｖ ❤ 信 吧"
    n = normalize(raw)
    start = n.text.index("加微信")
    s, e = n.original_span(start, start + 3)
    assert raw[s:e] == "加 Ｖ ❤ 信"


def test_steps_in_ignores_deletions_outside_span() -> None:
    n = normalize("你\u200b好赌博")
    start = n.text.index("赌博")
    assert n.steps_in(start, start + 2) == ()
    assert n.steps_in(0, 2) == ("zero_width",)


def test_normalize_term_matches_message_view() -> None:
    assert normalize_term("加 V 信") == normalize("加V信").text


def _check_map(n: Normalized) -> None:
    assert len(n.source) == len(n.text) == len(n.applied) == len(n.ends) == len(n.gaps)
    assert all(0 <= s < len(n.original) for s in n.source)
    assert all(s < e <= len(n.original) for s, e in zip(n.source, n.ends, strict=True))
    assert list(n.source) == sorted(n.source)
    if n.text:
        s, e = n.original_span(0, len(n.text))
        assert 0 <= s <= e <= len(n.original)


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_never_raises_and_map_is_exact(raw: str) -> None:
    for n in (normalize(raw), normalize_contacts(raw)):
        _check_map(n)
        n.steps_in(-3, len(n.text) + 3)


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet="加微信威vxVX ❤➕-_.①一二三四五六七八九零１３８\u200b網賭博大麻烦qQ企鹅",
        max_size=60,
    )
)
def test_never_raises_on_evasion_alphabet(raw: str) -> None:
    for n in (normalize(raw), normalize_contacts(raw)):
        _check_map(n)


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "\ud800\udfff 加\udc00微信",
        "😀" * 50,
        "\x00\x01\x1f\x7f",
        "a" * 1_000_000,
        "\u202e\u2066",
    ],
)
def test_bad_input_gives_a_view(raw: str) -> None:
    for n in (normalize(raw), normalize_contacts(raw)):
        _check_map(n)


def _maps(n: Normalized) -> tuple[object, ...]:
    return (n.text, list(n.source), list(n.ends), list(n.applied), list(n.gaps))


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.text(),
        st.text(alphabet="今天天气好哈谢群主加微信威vxVX ❤😂？，！①一二三四五六七八九零１３８"
                         "\u200b網賭博大麻烦qQ企鹅abc123.-", max_size=40),
    )
)
@example("加威信")
@example("谢谢群主")
@example("楼上说得对😂")
@example("电话一三八零零")
@example("ＡＢＣ，好的")
@example("企鹅群")
@example("加微abc123")
@example("威A0000")  # a homophone alone before an id with a digit
@example("卫星 ab_01")
@example("需要的💬我")
def test_the_fast_paths_give_exactly_what_every_step_would(raw: str) -> None:
    """normalize_views skips steps that cannot match; the views must not change because of it."""
    from streams.detect.normalize import _common, _contact_view, _lexicon_view

    lexicon_view, contact_view = normalize_views(raw)
    common = _common(raw)
    assert _maps(lexicon_view) == _maps(_lexicon_view(raw, common))
    assert _maps(contact_view) == _maps(_contact_view(raw, common))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("👀我的签名", "看我的签名"), ("需要的💬我", "需要的私我"), ("㊙️聊", "私聊"),
     ("我🉑以", "我可以"), ("🈶意者", "有意者"), ("我👀了一下", "我看了一下")],
)
def test_emoji_written_for_a_word_read_as_the_word(text: str, expected: str) -> None:
    view = normalize(text)
    assert view.text == expected
    assert "homophone" in view.steps_in(0, len(view.text))
