"""The model's doubt of the rules' ad (stop 35, ``AD_DOUBT`` in ``streams/detect/moderation.py``).

The rules read an ad from a plainly written contact; when the model's ad head reads no offer in
the message (under ``AD_DOUBT`` for the whole text, for it without its first clause and without
its last, and for every run of three or more clauses holding the contact; spaces beside a hanzi
and emoji cut clauses too), the ad is dropped and the message stays watched for campaigns.

Stop 35's five reviews are kept in ``tests/data/stop35_review_lines.jsonl``:
- ads the previous code read as ads: plain ads (259, none through); pitches dressed as
  warnings, questions, victims' stories, reports and testimonials written before looking at
  the model (244, 1 through) and while probing it (235, 12 through); ordinary ads with a tag at
  one end (…，别被骗了 · …，我说的是真的 · 我昨天问了，… : 402, none through) and with generic
  wrappers (chat clauses at each end, a fixed phrase in the middle, spaces or emoji for commas,
  a chat tail: 1,821, 6 through); those through are strict xfails;
- 220 benign lines with a contact (warnings, "is this real?", victims' stories, members' own
  contacts, desks, giving and asking, news): 144 pass (6 of them cleared by the doubt), 76
  are known false alarms.
Model 2026.12.06-2 (stop 38) passes 5 more benign lines (149 and 71) and lets 15 more of the
ads through; those are listed in ``tests/data/stop38_model_traded.jsonl`` (``conftest.py``).
Model 2026.12.06-4 (stop 39) passes 2 more (151 and 69) and lets 6 more ads through: four at
the ad head's threshold (月嫂育儿嫂家政服务 持证上岗 电话…: 0.651 before, 0.650 now), two where
the doubt now clears the rules' ad; listed in ``tests/data/stop39_model_traded.jsonl``.
Model 2026.12.07-1 (stop 42) passes 3 more (154 and 66: a victim's hotel-booking story, a
victim's QQ, a tent to borrow) and lets 3 more ads through: two wrapped sellers' ads its ad head
now reads under its threshold (私房菜外卖预订…订餐微信 …: 0.654 → 0.621 · 电脑组装维修…微信 …:
0.690 → 0.628), which the rules alone never flagged, and a seller's warning-shaped pitch whose
contact the doubt now clears (…有人冒充我们店…下单只有这一个微信 …); listed in
``tests/data/stop42_model_traded.jsonl``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from moderation_cases import LEXICON, assert_flags, assert_passes

import streams.detect.moderation as moderation
from streams.detect.moderation import Message, Moderator

REVIEW_LINES = [json.loads(line) for line in (
    Path(__file__).resolve().parents[1] / "data" / "stop35_review_lines.jsonl"
).read_text("utf-8").splitlines() if line.strip()]
THROUGH = pytest.mark.xfail(strict=True, reason="a pitch the model's doubt lets through")
KNOWN_FALSE_ALARM = pytest.mark.xfail(strict=True, reason="a benign line still flagged")

# Written for these tests: the rules read each as an ad (a plainly written number beside 上门,
# 预约 …), the model reads no offer in it.
DOUBTED = [
    "3号楼的邻居注意，13866102547 冒充自来水公司打电话说要上门换水表，收了押金人就不见了",
    "大家注意这个号 17729384051 自称是体检中心的，让加微信预约，预约要先交钱，医院说根本没这回事",
    "看新闻说那个 4008172635 退订会员的电话是诈骗团伙，已经被警方打掉了",
]


def verdict(text: str, *, doubt: float = moderation.AD_DOUBT, msg_type: str = "text",
            joined_ms: int | None = None) -> tuple[str, tuple[str, ...], bool]:
    saved, moderation.AD_DOUBT = moderation.AD_DOUBT, doubt
    try:
        moderator = Moderator(LEXICON)
        if joined_ms is not None:
            moderator.member_joined("g1", "u1", joined_ms)
        result = moderator.classify(Message("e1", 60_000, "g1", "u1", msg_type, text))
    finally:
        moderation.AD_DOUBT = saved
    return result.verdict, result.categories, result.is_ad_like


@pytest.mark.parametrize("text", DOUBTED)
def test_a_report_naming_the_scammers_contact_loses_the_rules_ad(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as before_stop_47:  # what the rules alone read
        before_stop_47.setattr(moderation, "_scam_contact_warned", lambda _text: False)
        assert "ad" in verdict(text, doubt=0.0)[1]
    _, categories, watched = verdict(text)
    assert "ad" not in categories and watched  # still fed to campaign detection


@pytest.mark.parametrize("text", DOUBTED)
def test_the_doubt_never_excuses_a_newcomers_message(text: str) -> None:
    assert "ad" in verdict(text, joined_ms=0)[1]


@pytest.mark.parametrize("number", ["①③⑧⑥⑥①⓪②⑤④⑦", "138 6610 2547", "１３８６６１０２５４７"])
def test_the_doubt_never_excuses_a_contact_written_evasively(number: str) -> None:
    text = f"3号楼的邻居注意，{number} 冒充自来水公司打电话说要上门换水表，收了押金人就不见了"
    assert "ad" in verdict(text)[1]


def test_a_full_width_comma_beside_the_id_is_no_evasion() -> None:
    hit = moderation.Hit("ad", "contact:wechat", moderation.REJECT, "微信，kd_lipei520",
                         "kd_lipei520", ("fullwidth",))
    assert not moderation._written_evasively(hit)
    assert moderation._written_evasively(moderation.Hit(
        "ad", "contact:qq", moderation.REJECT, "８８２７１６５４３", "882716543", ("fullwidth",)))


def test_a_tag_at_either_end_does_not_win_the_doubt() -> None:
    ad = "健身房开业，前一百名年卡只要599，电话18668912253，名额不多"
    for dressed in (ad, f"{ad}，别被骗了", f"{ad}，我说的是真的", f"{ad}，有人去过吗？",
                    f"我昨天问了，{ad}"):
        assert_flags(dressed, "ad")


def test_ad_words_without_a_contact_stay_the_rules_call() -> None:
    assert_flags("我在卖自家种的大米，要的说一声", "ad")


def test_a_shared_card_keeps_its_ad() -> None:
    assert "ad" in verdict(DOUBTED[0], msg_type="card")[1]


def test_a_doubted_message_in_five_groups_is_a_campaign() -> None:
    """What the doubt clears, a spammer could seed: each message passes, and together they
    raise one ``spam_campaign`` alert."""
    import orjson

    from sinks.rows import ALERTS
    from streams.analysis import Analyser, CampaignTracker
    from streams.events import parse_event

    pitch = DOUBTED[0]
    analyser = Analyser(Moderator(LEXICON), lambda text: 0.0)
    tracker = CampaignTracker()
    alerts = []
    for g in range(1, 6):
        result = analyser.on_event(parse_event(orjson.dumps(
            {"event_id": f"e{g}", "type": "message", "ts": 1_793_000_000_000 + g * 60_000,
             "group_id": f"g{g}", "user_id": f"u{g}", "text": pitch})))
        assert result is not None and result.analysis.verdict == "pass"
        assert result.sighting is not None
        alerts += [dict(zip(ALERTS.columns, row, strict=True))
                   for row in tracker.on_sighting(result.sighting)]
    assert [a["kind"] for a in alerts] == ["spam_campaign"]
    assert alerts[0]["group_ids"] == ["g1", "g2", "g3", "g4", "g5"]


def _marked(line: dict[str, str]) -> object:
    marks = {"through": THROUGH, "known_false_alarm": KNOWN_FALSE_ALARM}.get(line["expect"])
    return line if marks is None else pytest.param(line, marks=marks)


@pytest.mark.parametrize("line", [_marked(line) for line in REVIEW_LINES
                                  if line["expect"] in ("ad", "through")],
                         ids=lambda line: line["text"][:12])
def test_the_reviews_ads_stay_ads(line: dict[str, str]) -> None:
    assert_flags(line["text"], "ad")


@pytest.mark.parametrize("line", [_marked(line) for line in REVIEW_LINES
                                  if line["expect"] in ("pass", "known_false_alarm")],
                         ids=lambda line: line["text"][:12])
def test_the_reviews_benign_lines_pass(line: dict[str, str]) -> None:
    assert_passes(line["text"])


def test_the_review_counts_are_what_the_docstring_says() -> None:
    def count(review: str, expect: str) -> int:
        return sum(1 for line in REVIEW_LINES
                   if line["review"].startswith(review) and line["expect"] == expect)
    assert (count("plain ad", "ad"), count("plain ad", "through")) == (259, 0)
    assert (count("dressed pitch, written blind", "ad"),
            count("dressed pitch, written blind", "through")) == (243, 1)
    assert (count("dressed pitch, tuned", "ad"), count("dressed pitch, tuned", "through")) == (223, 12)
    assert (count("ad with a tag", "ad"), count("ad with a tag", "through")) == (402, 0)
    assert (count("ad with a generic", "ad"), count("ad with a generic", "through")) == (1815, 6)
    # stop 47: 19 benign lines pass through the decision on warned contacts (173 and 47)
    assert (count("benign", "pass"), count("benign", "known_false_alarm")) == (173, 47)
    assert sum(1 for line in REVIEW_LINES if line.get("cleared_by_the_doubt")) == 6
