"""Rule gaps left open when the learned model was retrained: two co-occurrence rules whose
patterns were right but whose cue words never woke them.

- abuse: a member named (老王, 小刘) or pointed at in the group (群里, 楼上, 别理他) called mad
  (疯子, 神经病, 精神病, 智障 ...); the slur must follow its 是个 at once and be aimed at
  someone else, so a hobby's 'madman', oneself, 玩疯了 and 疯狂 pass.
- privacy: a wrongdoer's mobile (also in spaced or dashed groups) with one more identifier,
  woken by any 偷/骗 stem; a member's own number or a shop's number is no dossier."""

from __future__ import annotations

import pytest
from moderation_cases import assert_flags, assert_passes, classify


# --- abuse: a named or pointed-at member called mad
@pytest.mark.parametrize("text", [
    "那个老张就是个神经病，每次开会都在那胡扯",
    "小刘是个精神病吧，半夜还在群里发语音",
    "群里这位简直是个疯子，谁劝都不听",
    "大家别搭理老周，他就是个智障",
    "楼上那个纯粹是个疯婆子，天天往下倒水",
])
def test_member_called_mad_flags(text: str) -> None:
    assert_flags(text, "abuse")


@pytest.mark.parametrize("text", [
    "我就是个疯子，下着雨还去跑了十公里",
    "周末带娃去游乐场，孩子们都玩疯了",
    "我是这个乐队的疯狂粉丝，演唱会一场不落",
    "老孙就是个健身疯子，每天早上五点去练",
    "老黄说我是个疯子，大冬天去冬泳",
    "老师说这孩子学习起来就是个疯子哈哈",
])
def test_mad_look_alikes_pass(text: str) -> None:
    assert_passes(text)


# --- privacy: a wrongdoer's mobile in groups, with a building or a name
@pytest.mark.parametrize("text", [
    "偷我家门口快递的就是这个人，住9栋，电话139 0011 2233，认准他",
    "骗走我两万块钱的那个女的，真名李某，手机 186-5544-3322，大家小心",
    "偷他们家自行车的被监控拍到了，3号楼的，手机号137 6655 4433",
])
def test_wrongdoer_phone_in_groups_flags(text: str) -> None:
    assert_flags(text, "privacy")


@pytest.mark.parametrize("text", [
    "我的快递昨天被人偷了，我住4栋，谁看见了打我电话138 2222 3333",
    "电瓶被偷了，本人住7号楼，有线索请联系我13566667777",
    "网上买到假货了，那家店就在12栋底商，店家电话 139 4444 5555，去退货的可以一起",
    "骗子又在冒充物业了，咱们物业的电话是13800001234，在2号楼一楼办公",
])
def test_own_or_shop_number_passes(text: str) -> None:
    _, categories = classify(text)
    assert "privacy" not in categories, (text, categories)
