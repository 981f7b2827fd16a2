"""The speed-ups in normalisation and contact extraction give exactly what the plain forms do.

Each test keeps the plain, slower form of one rewritten piece (as it was before the rewrite)
and compares it with the shipped one on random and evasion-heavy text.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from streams.detect import normalize as n
from streams.detect.contacts import extract_contacts
from streams.detect.normalize import STEPS, Normalized, normalize_contacts, normalize_views

EVASIVE = st.text(
    alphabet="今天天气好哈谢群主加微信威薇徽v心xVXwW卫星绿泡企鹅扣口q我：: ,.-_|/@❤😂🐧➕+"
             "①一二三四五六七八九零两拐洞壹贰叁〇１３８0123456789\u200b網賭博大麻烦abcz（）()[]【】点。ⓥ🅱",
    max_size=50,
)
TEXTS = st.one_of(st.text(max_size=60), EVASIVE)

# The patterns as they were before each gained a look-ahead on its branches' first characters.
_PLAIN = {
    "_SEPARATOR_RE": (
        rf"(?<=[{n._CJK}]){n._SEP}+(?=[{n._CJK}])|(?<=[{n._CJK}]){n._SEP_LATIN}+(?=[a-z0-9])"
        rf"|(?<=[a-z0-9]){n._SEP_LATIN}+(?=[{n._CJK}])"
        rf"|(?<=(?<![a-z])[a-z]){n._SEP_LATIN}+(?=[a-z](?![a-z]))"
    ),
    "_WEIXIN_RE": (
        r"(?:威|薇|徽|维|唯|危|溦|嶶|胃|微)(?:信|心|芯|xin(?![a-z0-9]))(?<!微信)"
        r"|(?<=加)(?:威|薇|徽|溦|嶶|微|维)(?=[,:]?\s*[a-z0-9])"
        r"|(?<![a-z])(?:v|w|wei)(?:信|心|芯)|(?<![a-z])wei\s+xin(?![a-z])"
        r"|(?<![a-z信./])(?:vx|wx)(?![a-z_]|\.[a-z0-9-]+\.)"
        r"|(?<![a-z./])(?:weixin|wechat|vchat)(?![a-z]|\.[a-z0-9-]+\.)"
        r"|(?<![a-z0-9])v(?=[:：]|\s+[a-z][a-z0-9_-]{3,18}[0-9](?![a-z0-9_-]))"
        r"|(?:威|薇|徽|溦|嶶|(?<!稍)微)"
        r"(?=\s*[:：]\s*(?:[a-z0-9]|[〇零一二三四五六七八九壹贰叁肆伍陆柒捌玖幺]{5}))"
        r"|绿泡泡|绿色软件|(?<![a-z])wei\s*星"
        r"|(?<=加)卫星|卫星(?=同?号|[:：])|(?<=加)v(?![a-z])|(?<=加我)v(?![a-z])"
        rf"|(?:威|薇|徽|溦|嶶|卫星|(?<![a-z0-9])v(?=我|\s*[+➕]))(?={n._ID_AHEAD})"
        r"|(?<![a-z])[vw][.\s·•*~|_\-]+x(?![a-z])|(?<![a-z])wei(?=\s*[:：])|(?<!稍)微x(?![a-z0-9])"
    ),
    "_QQ_RE": (
        r"企鹅|扣扣|口口|抠抠|蔻蔻|叩叩|(?<![a-z])q{1}(?=群)|(?<![a-z0-9])q(?=[:：])|(?<=加)q(?![a-z])"
        r"|扣我?(?=[:：]?\s*[0-9〇零一二三四五六七八九壹贰叁肆伍陆柒捌玖幺]{5})"
        r"|(?<![a-z0-9])q(?=我?\s*[0-9〇零一二三四五六七八九壹贰叁肆伍陆柒捌玖幺]{5})|扣(?=群)|🐧"
    ),
    # the screen of every word-level step, before it gained the same look-ahead
    "_ANY_STEP_RE": "|".join(
        f"(?:{p.pattern})" for p in (n._BRACKETED_RE, n._SPACED_ID_RE, n._SEPARATOR_RE,
                                     n._NUMERAL_RE, n._SPELLED_DOT_RE, n._PINYIN_DIGITS_RE,
                                     n._EN_DIGITS_RE)),
}
# Five digit-like characters or more, a single blank allowed between two of them (柒捌⑨0 1 2 3 4 5).
_PLAIN_NUMERAL = re.compile(
    r"[0-9〇零一二三四五六七八九壹贰叁肆伍陆柒捌玖幺两拐洞](?: ?[0-9〇零一二三四五六七八九壹贰叁肆伍陆柒捌玖幺两拐洞]){4,}"
)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
@example("加 v 信：abc123 微-信 企鹅 扣我 12345")
@example("qq yao er san si wu liu, zero one two three 〔微〕 z.b.c.1.2.3 x点y")
def test_look_ahead_prefixed_patterns_find_the_same_matches(raw: str) -> None:
    text = n._char_level(raw).text
    for name, plain in _PLAIN.items():
        fast = getattr(n, name)
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in re.finditer(plain, text)], name


@settings(max_examples=500, deadline=None)
@given(st.one_of(TEXTS, st.text(alphabet="0123一二三两壹〇a ", max_size=30)))
@example("电话12345一二三")
@example("123456")
def test_numeral_runs_change_exactly_what_the_plain_run_pattern_changed(raw: str) -> None:
    text = n._char_level(raw).text
    plain = [(m.span(), m.group().translate(n._NUMERALS)) for m in _PLAIN_NUMERAL.finditer(text)]
    fast = [(m.span(), m.group().translate(n._NUMERALS)) for m in n._NUMERAL_RE.finditer(text)]
    assert fast == [(span, new) for span, new in plain if new != text[span[0]:span[1]]]


def _plain_steps_in(view: Normalized, start: int, end: int) -> tuple[str, ...]:
    mask = 0
    for i in range(max(start, 0), min(end, len(view.text))):
        mask |= view.applied[i]
        if i > start:
            mask |= view.gaps[i]
    return tuple(name for bit, name in enumerate(STEPS) if mask & (1 << bit))


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.integers(-3, 60), st.integers(-3, 60))
def test_steps_in_matches_the_per_character_loop(raw: str, start: int, end: int) -> None:
    for view in normalize_views(raw):
        assert view.steps_in(start, end) == _plain_steps_in(view, start, end)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
@example("加威信：abc12345")
@example("Q：一二三四五六七八")
def test_contacts_from_the_shared_view_equal_the_reference_view(raw: str) -> None:
    """normalize_views skips steps (and the contact view's repeat step) when they cannot act;
    extraction from it must equal extraction from the full contact normalisation."""
    _, contact_view = normalize_views(raw)
    assert extract_contacts(contact_view) == extract_contacts(normalize_contacts(raw))


@settings(max_examples=400, deadline=None)
@given(TEXTS)
@example("加威信 扣扣 一三八一二三四五六七八 ❤徽❤信")
def test_same_length_replacements_in_place_equal_a_rebuild(raw: str) -> None:
    """Every replacement step, applied to the state the pipeline gives it, in place and rebuilt."""
    state = n._char_level(raw)
    steps = [
        (n._BRACKETED_RE, n._unbracket, n.SEPARATOR), (n._SPACED_ID_RE, n._join_spaced, n.SEPARATOR),
        (n._SEPARATOR_RE, "", n.SEPARATOR), (n._PLUS_RE, "加", n.HOMOPHONE),
        (n._WEIXIN_RE, "微信", n.HOMOPHONE), (n._QQ_RE, "qq", n.HOMOPHONE),
        (n._NUMERAL_RE, n._map_digits, n.DIGIT_VARIANT), (n._SPELLED_DOT_RE, ".", n.SEPARATOR),
        (n._REPEAT_RE, n._first_of_run, n.REPEAT),
    ]
    for pattern, repl, bit in steps:
        matches = [(m, repl if isinstance(repl, str) else repl(m)) for m in pattern.finditer(state.text)]
        matches = [(m, new) for m, new in matches if new != m.group()]
        if matches:
            rebuilt = n._rebuild(state, matches, bit)
            shipped = n._apply(state, pattern, repl, bit)
            assert (shipped.text, list(shipped.source), list(shipped.ends), list(shipped.applied),
                    list(shipped.gaps)) == (rebuilt.text, rebuilt.source, rebuilt.ends,
                                            rebuilt.applied, rebuilt.gaps)
            state = shipped
