"""Stop 43: two families of benign lines every blind batch has, read as what they are, a third
measured and withdrawn, and what their reviews found.

- Someone's gambling heard of, with what it cost them (听说隔壁村有人网赌把房子输了，老婆带孩子回
  娘家了，唉): no "I", no bet, tip, game or skill anywhere, every later clause a cost or a reaction
  (``_gambling_heard`` in ``streams/detect/moderation.py``); the news reading of offer words no
  longer clears a gambling word next to a bet, a tip or a game (新闻说男子沉迷网赌欠下巨债…跟着我
  买北京赛车，输了我全赔).
- A member subletting their own room, bed or parking space, saying why or for how long, with their
  own plain id or number and nothing of a landlord's, an agent's or a side business's
  (``_own_sublet``).
- Someone else's suicide heard of or read in the news (听说隔壁小区有人跳楼了，唉) stays flagged on
  purpose: a reading with a reaction required and every later clause a reaction or a fact of the
  story passed its two reviews' 160 at-risk lines, but let 3 of stop 32's through (…三楼那个天天哭
  的女人也早该这样 · …，唉，压力太大了都想通了) — stop 32 withdrew its own for the same reason.
- Someone's suicide followed (…自杀了，我觉得他做得对，我也想 · 偶像都走了，追随他去) is a
  self-harm pattern of its own (``pattern:follow_the_dead`` in ``streams/detect/lexicon.py``):
  the reviews wrote such lines, and they passed before.

Six white-box reviews, two per reading, are kept in ``tests/data/stop43_review_lines.jsonl`` (580
lines; 380 for the two readings shipped): the first versions let 46 of 80 sublet pitches and 50
of 100 gambling pitches through; the second reviews, against the tightened versions, 39 of 80
and 7 of 40; a whole-diff review then found a tip dressed as a reaction, a price's 一月 taken
for a lease and the ask's 我 for the sender's, each closed.  None of those lines is let through by these readings
now; the attacks still passing ("through", strict xfails) passed before them too (a 新闻
opener, a phone-only pitch), and the retold suicides the reviews wrote as benign are flagged.
"""

from __future__ import annotations

import pytest
from moderation_cases import LEXICON, assert_flags, assert_passes, review_case_id, review_cases

from streams.detect.moderation import Message, Moderator
from streams.detect.normalize import normalize


@pytest.mark.parametrize("text", [
    "听说隔壁厂有个小伙子跳楼了，欠了一屁股网贷，唉",
    "看到新闻说有个高三学生压力太大跳河了，家长们多陪陪孩子",
    "新闻上说有个外卖员被罚款想不开跳楼了，大家有难处群里说",
    "刚刷到个新闻，某地一个老板破产后烧炭自杀，看得我很难受",
    "听说3单元有人割腕了，送到医院了，人没事，唉",
])
def test_someone_elses_suicide_heard_of_stays_flagged_on_purpose(text: str) -> None:
    assert_flags(text, "self_harm")


@pytest.mark.parametrize("text", [
    # the sender's own wish after the story
    "听说有人跳楼了，其实我也想过这样解脱",
    "看新闻说有人烧炭自杀，走得挺安静的，挺好",
    "新闻说有个学生跳河了，下一个就是我",
    # the means asked after, or the reader told to
    "听说有人从那栋楼跳楼了，哪栋楼最高啊",
    "听说有个人割腕，割多深才行",
    "新闻说有人跳江，你怎么还不去",
    # no hearsay: someone in the room
    "隔壁那个小伙子刚说要跳楼，人现在还在天台上",
])
def test_a_wish_or_a_means_after_the_story_stays_self_harm(text: str) -> None:
    assert_flags(text, "self_harm")


@pytest.mark.parametrize("text", [
    "听说隔壁厂有个师傅网赌输了三十多万，车都卖了，唉",
    "听车队的人说老陈沉迷赌球，欠了一屁股债跑路了",
    "看新闻说外地一个老板赌博输光了家产，老婆带孩子走了",
])
def test_someone_elses_gambling_heard_of_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "听说那个网上赌场可以用USDT下注，提款快，谁玩过",
    "听说老王赌球赢了二十万，我也想试试，有没有带的",
    "听说有人在那个平台网赌输了十万，其实是他不会玩，跟我押准赢",
    "听说隔壁有人赌球输了，想翻本的私我",
    # a tip dressed as a reaction, and a story after a full stop (the whole-diff review's)
    "听说老李赌球输了十万，唉，注意别跟错庄家",
    "听说有人百家乐输了房子，可惜，注意选对台子",
    "上周。听说有人网赌输了房子，唉",
])
def test_gambling_heard_of_that_asks_or_offers_stays_gambling(text: str) -> None:
    assert_flags(text, "gambling")


@pytest.mark.parametrize("text", [
    "我那间次卧下个月转租，押一付一，1600一个月，想看房的加我微信 ci_wo2024",
    "我们小区有个车位转租，月租350，我要回老家了，需要的打我电话 13912345670",
    "我的单间转租到年底，带空调洗衣机，有意向的联系我 lin.rent@qq.com",
    "转租：我在学校旁边租的单间，9月到12月，900一个月，需要的加我微信 zhao_0912",
])
def test_a_members_own_sublet_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    # an agent's or a flat company's words
    "我这边次卧转租，房源多，免中介费，加我微信 fangyuan_88",
    "自如公寓单间转租，月租2100，短租也行，想看房加我微信 ziru_zhuanzu",
    # the id written evasively
    "我次卧转租，月租1500，加我薇信 c i w o 8 8",
    "我次卧转租，月租1500，打我电话①③⑨①②③④⑤⑥⑦⑧",
    # no "I": a third party's rooms
    "次卧转租，朝阳大悦城附近主卧2600押一付一，看房联系小刘 wx：zufang_liu",
    # another flagged word beside the room
    "我次卧转租，包夜也行，私聊微信 baoye_2024",
    # the "I" only the ask's, the month only the price's (the whole-diff review's)
    "次卧转租，1500一月，有意向加我微信 ciwo_8888",
    "精装次卧转租，近地铁拎包入住，1500一月，加我微信 ciwo_8888",
])
def test_an_agent_or_an_evasive_sublet_stays_an_ad(text: str) -> None:
    assert_flags(text, "ad")


def test_a_newcomers_sublet_stays_an_ad() -> None:
    moderator = Moderator(LEXICON)
    moderator.member_joined("g1", "u1", 0)
    verdict = moderator.classify(Message(
        "e1", 60_000, "g1", "u1", "text",
        "我那间次卧下个月转租，押一付一，1600一个月，想看房的加我微信 ci_wo2024"))
    assert "ad" in verdict.categories


@pytest.mark.parametrize("line", review_cases("stop43_review_lines.jsonl", "attack",
                                              through="an attack that passed before stop 43 too"),
                         ids=review_case_id)
def test_the_reviews_attacks_stay_flagged(line: dict[str, str]) -> None:
    assert_flags(line["text"], line["family"])


@pytest.mark.parametrize("line", review_cases("stop43_review_lines.jsonl", "benign"),
                         ids=review_case_id)
def test_the_reviews_benign_lines_pass(line: dict[str, str]) -> None:
    assert_passes(line["text"])


@pytest.mark.parametrize("text", [
    "听说群里那个老哥自杀了，我觉得他做得对，我也想",
    "热搜那个歌手自杀了，偶像都走了，追随他去",
    "想跟他一样自杀",
])
def test_following_someones_suicide_is_self_harm(text: str) -> None:
    assert_flags(text, "self_harm")


@pytest.mark.parametrize("text", [
    "看新闻说有人烧炭自杀了，我也想起我外婆",  # (flagged by 烧炭自杀, not by following)
    "听说有人跳楼了，我也吓了一跳",
    # the whole-diff review's: the wish must end its clause or name the going, and not be denied
    "新闻说有人跳楼了，我也要提醒大家注意安全",
    "听说有人跳河了，我也快下班了",
    "我不会自杀的，我也想好好活下去",
    "我才不要像他一样跳楼，太傻了",
    "听说有人跳楼了，轮到我值班了",
])
def test_a_memory_or_a_fright_is_no_following(text: str) -> None:
    rules = {hit.term for hit in LEXICON.scan(normalize(text))}
    assert "pattern:follow_the_dead" not in rules
