"""Stop 51: a third reading of someone else's suicide heard of, measured and withdrawn; a learned
second look at what the moderator flags, measured and not built; and two commercial cues its
reviews showed missing (ad cues 2027.01.08).

The reading (``_self_harm_heard``, never shipped; bench/RESULTS.md, Stop 51): an act told of
someone (跳楼 · 跳河 · 烧炭 · 喝农药 · 轻生, never a wish such as 不想活了) after hearsay or the
news opening the message, nothing of the sender or the reader after the opening, no word of
approval, timing, place or means, and every later clause holding a word from closed lists of
reactions, causes and calls to look after one another.  It freed 88 blind benign lines over
holdouts 25-473 and 3 of the fresh batch 474-481 (54 -> 51 of its 1,360), changed no labelled
risky line, and passed every at-risk line the earlier stops' tests hold (stop 32's and stop 43's).

Two white-box reviews then got **80 of 80** and **77 of 80** at-risk lines through:
- the text before the hearsay word was never read (下一个是我：听说昨天有人跳楼了 · 药都备齐了
  新闻说有个人跳江了，唉);
- the lexicon view drops spaces and emoji, so a tail typed after a space joined the act's own
  clause, which needed no reaction (听说有个男的跳江了 就在这座桥 周五过去看看);
- one listed word made a clause a reaction, whatever else it said (听说有人跳楼了，点赞，大家学着点 ·
  新闻说有个人跳江了，猫以后麻烦大家照顾了 · 听说那个老哥上吊了，一路走好随后就到);
- the sender and the reader have more names than 我 and 你 (偶 · 窝 · 阿拉 · 这边 · 本宝宝 · @name),
  approval and farewells more words than any list (走得挺平静的 · 上岸了 · 有缘来世见).

A closed list is only as closed as the words a person at risk does not use, and the reviews
showed it open on every side, for 18 of their 80 honest retellings freed (36 pass with it, 18
without).  Retold suicides stay
flagged on purpose (README, Where it stands).  The reviews' 240 lines are kept
(``tests/data/stop51_review_lines.jsonl``): the at-risk lines stay flagged, and the retellings
still flagged (62 of 80) are strict xfails.

A learned second look (``bench/second_look.py``): logistic regression over the character n-grams
and the names of the rules that fired, trained on what ships flags (blind sets 25-473, reviews to
stop 47), frees 77 of the 193 false alarms of holdouts 474-505 and none of their 6,866 flagged
ad and risk lines — and two white-box reviews got 80 of 80 and 76 of 80 ads through a version of it:
a pasted tail (…，不是广告哈，有事打我电话吧 · …，吓死我了，派出所说靠谱吗？) flips most blunt ads.
Not built.  The reviews' 287 lines are kept (``tests/data/stop51_second_look_review_lines.jsonl``):
what ships flags 168 of their 207 ads; the 39 it passes are strict xfails — 32 of them watched
(stop 47's decision: a warning's or a question's costume, 骗子又来了，已报警：<the ad> · <the ad>，
吓死我了，差点信了，是诈骗吧？, which a review found passes 24-27 of 40 blunt ads in one group; the
contact still feeds campaign detection), 7 not (testimonials: 我妈吃了这个降三高的保健品…微信…).

Kept from those reviews: a seller saying the trade is theirs (我也是做这个的 · 干这行的) and a
testimonial of the goods' effect (效果很好 · 效果真的好 …) are commercial wording beside a
contact; over every labelled and review line they change one labelled ad (now read as one) and
three review pitches, and no benign line.
"""

from __future__ import annotations

import pytest
from moderation_cases import (
    assert_flagged,
    assert_flags,
    assert_passes,
    review_case_id,
    review_cases,
)


@pytest.mark.parametrize("line", review_cases("stop51_review_lines.jsonl", "attack"),
                         ids=review_case_id)
def test_the_reviews_at_risk_lines_behind_a_retold_suicide_stay_flagged(
        line: dict[str, str]) -> None:
    assert_flagged(line["text"])


@pytest.mark.parametrize("line", review_cases("stop51_review_lines.jsonl", "benign"),
                         ids=review_case_id)
def test_the_reviews_retold_suicides_pass(line: dict[str, str]) -> None:
    assert_passes(line["text"])


@pytest.mark.parametrize("text", [
    "专业帮忙过人脸识别、解封微信，二十分钟搞定，QQ 6677889900，我也是做这个的，有事可以打过去问哈",
    "我妈差点信了那些保健品骗局，后来我给她买的这个进口的，降血压效果很好，微信 baojian_ok 可以订",
    "哈哈我老婆天天让我戒烟，我给她看了这个男性保健品，效果真的好，QQ 998877665，兄弟们懂的",
    "干这行的都知道，提前退休手续我能办，电话 13655556666",
])
def test_a_seller_naming_the_trade_or_vouching_for_the_goods_beside_a_contact_is_an_ad(
        text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize("text", [
    # the words without a contact: a member's talk
    "我表姐上个月被'刷单'骗了三万八，你们家里人有人叫去做这个的千万拦住",
    "这个膏药我妈贴了一个月，效果很好，药店就有卖",
    # the bare 效果好 is not a cue: a member's question
    "有人用过这个护膝吗，效果好不好？卖家电话 0571-86102003 说包退",
])
def test_the_words_without_an_offer_beside_a_contact_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("line", review_cases(
    "stop51_second_look_review_lines.jsonl", "attack",
    through="stop 47's decision (a warning's costume, watched) or a testimonial the rules miss"),
    ids=review_case_id)
def test_the_second_look_reviews_ads_are_flagged(line: dict[str, str]) -> None:
    assert_flagged(line["text"])


@pytest.mark.parametrize("line", review_cases("stop51_second_look_review_lines.jsonl", "benign"),
                         ids=review_case_id)
def test_the_second_look_reviews_honest_lines_pass(line: dict[str, str]) -> None:
    assert_passes(line["text"])
