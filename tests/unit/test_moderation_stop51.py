"""Stop 51: a third reading of someone else's suicide heard of, measured and withdrawn.

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
"""

from __future__ import annotations

import pytest
from moderation_cases import assert_flagged, assert_passes, review_case_id, review_cases


@pytest.mark.parametrize("line", review_cases("stop51_review_lines.jsonl", "attack"),
                         ids=review_case_id)
def test_the_reviews_at_risk_lines_behind_a_retold_suicide_stay_flagged(
        line: dict[str, str]) -> None:
    assert_flagged(line["text"])


@pytest.mark.parametrize("line", review_cases("stop51_review_lines.jsonl", "benign"),
                         ids=review_case_id)
def test_the_reviews_retold_suicides_pass(line: dict[str, str]) -> None:
    assert_passes(line["text"])
