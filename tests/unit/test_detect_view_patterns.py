"""Rule patterns run on the normalised view, where every run of one hanzi is that hanzi once
(怪怪的 → 怪的, 敌敌畏 → 敌畏, 天天 → 天): a doubled hanzi written in a pattern can never match
there, so the alternative that holds it is dead.  Stop 29 found 46 such words in the rules
(counted per module); the four whose single form means the same (敌敌畏, 时时彩, 刮刮乐, 老太太)
now read the view (敌敌畏喝了死得快吗 is a self-harm question again).  The rest are listed here: each needs its own
reading (谢谢 → 谢 would also match 谢绝, 个个 → 个 every 一个, 管管 → 管 群主管理), and the list
must shrink as they get one, never grow."""

from __future__ import annotations

import re
from collections.abc import Iterator
from types import ModuleType

from moderation_cases import assert_flags

from streams.detect import drainage, lexicon, moderation
from streams.detect.normalize import normalize

# a doubled hanzi not made optional (天天? reads 天 and is alive)
DOUBLED = re.compile(r"([\u4e00-\u9fff])\1(?![?*])")


def _words(spaced: str) -> set[str]:
    return set(spaced.split())


KNOWN_DEAD = {
    "moderation": _words("偷偷 刚刚 叔叔 坐坐 天天 好好 妈妈 慢慢 扣扣 拉拉 滴滴 爸爸 玩玩 稳稳 管管 认认 "
                         "试试 说说 谢谢 飘飘"),
    "lexicon": _words("个个 偷偷 吹吹 哈哈 哥哥 坐坐 天天 妈妈 妹妹 姐姐 宝宝 星星 涩涩 滴滴 爸爸 牛牛 "
                      "看看 聊聊 飘飘"),
    "drainage": _words("加加 宝宝 点点"),
}


def _view_patterns(module: ModuleType) -> Iterator[str]:
    for value in vars(module).values():
        if isinstance(value, re.Pattern):
            yield value.pattern
    if module is lexicon:
        for _, _, _, pattern in lexicon._RULES:
            yield pattern.pattern


def test_the_view_has_no_hanzi_run() -> None:
    assert normalize("敌敌畏").text == "敌畏"
    assert normalize("怪怪的").text == "怪的"


def test_no_new_pattern_holds_a_doubled_hanzi() -> None:
    for module in (moderation, lexicon, drainage):
        name = module.__name__.rsplit(".", 1)[1]
        found = {m.group() for p in _view_patterns(module) for m in DOUBLED.finditer(p)}
        assert found - KNOWN_DEAD[name] == set(), (name, "dead on the view: write it once")
        assert KNOWN_DEAD[name] - found == set(), (name, "no longer in the rules: drop it here")


def test_a_pesticide_written_once_is_read() -> None:
    """敌敌畏 in the self-harm and poison rules was dead until written as the view reads it."""
    assert_flags("敌敌畏喝了死得快吗", "self_harm")
    assert_flags("我在他水杯里加点敌敌畏，看他还敢不敢", "violence")
