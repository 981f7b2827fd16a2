"""Stop-25 mechanism, from a family of false alarms in blind holdouts 117-132 (and 22 benign
lines over all the labelled sets): a pitch's own words quoted and judged or asked about by the
one who quotes them, with the look-alikes that must still be flagged (a second quotation, a
"message me", selling wording or praise outside the quotes, a quotation nobody introduced)."""

from __future__ import annotations

import pytest
from moderation_cases import assert_flags, assert_passes


@pytest.mark.parametrize("text", [
    "问一下，有人给我发'扫码领小米，只需填手机号'，这是不是骗子啊",
    "有家长收到'钢琴考级证书已出，点击链接领取'的短信吗？我感觉是假的",
    "刚才那条'进群领猫粮'的是广告吧？群主能不能踢一下",
    "村里有人发“加V领化肥补贴”，我已经举报了，大家别加",
    "网上那些“无抵押当天放款”的都是坑，大家千万别信",
    "这个「扫码领电饭锅」的二维码是不是假的？看着不像超市发的",
    "收到短信说'您的医保卡需重新认证'，我打12393问了，说是假的",
    # the pitch's link is inside the quotation: asked about, not offered
    "请问有人收到过短信吗？说'会员积分即将清零，点击 jf-cake.cc 兑换'，是真的吗",
])
def test_a_pitch_quoted_and_judged_is_no_ad_or_scam(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), [
    # a second quotation holds the real call to action
    ("已举报！那个“加v看片”的是假的，真的“扣1”进", "ad"),
    # the words outside offer something themselves
    ("收到'稳赚不赔的投资'，真的假的？私聊我细说", "ad"),
    ("群里发'刷单日结'的那个是我，想做的私我", "ad"),
    ("别信群里那些'刷单'的，来我这里做正规兼职，日结300，加微信 zhengui888", "ad"),
    # praise outside the quotes: a testimonial, not a warning
    ("看到'百家乐包赢'的广告，我试了，真赚了，不是骗子", "gambling"),
    # a quotation nobody introduced: the sender's own words in quotes
    ("'加V领红包 vx: abc12345' 是真的吗？", "ad"),
    # a threat quoted stays a threat
    ("他在群里留言说“明天就砍死你全家”，我已经报警了", "violence"),
])
def test_what_a_quotation_does_not_excuse(text: str, category: str) -> None:
    assert_flags(text, category)
