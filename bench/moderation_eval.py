"""Moderation quality on simulated traffic with ground truth (precision / recall per class).

    .venv/bin/python bench/moderation_eval.py [EVENTS] [SEED]

Ground truth is multi-label: the simulator's ``categories`` of an ad or risk message (a scam ad
with a contact is ``ad`` + ``fraud``; a drugs offer with "私聊" is ``drugs`` + ``ad``). Ads: "ad"
in the truth vs "ad" among the predicted categories. Risk: any risk category in the truth vs any
predicted (fraud, gambling, drugs, porn, politics, violence, abuse, privacy, self_harm). Benign:
ordinary messages and look-alike traps that must not be flagged (verdict != pass).
Also prints messages/s of the whole per-message analysis (normalise + lexicon + rules): of the
first pass, timed around each message's analysis (its conversion from the event included) and
with the scoring of its verdict against the truth, then the best of three CPU-timed passes
with texts read once as shipped and with every text read afresh.
"""

from __future__ import annotations

import sys
import time
from collections import Counter

import orjson

from streams.analysis import RISK_CATEGORIES
from streams.classify import message_of
from streams.detect import moderation
from streams.detect.compiled import is_compiled
from streams.detect.lexicon import Lexicon
from streams.detect.moderation import Moderator
from streams.events import Event, InvalidEvent, parse_event
from streams.simulate import SimulationConfig, generate

RISK = RISK_CATEGORIES


def _cpu_seconds(events: list[Event]) -> float:
    """CPU seconds of one pass over ``events`` with a fresh moderator (less noisy than wall
    time on a shared machine)."""
    moderator = Moderator(Lexicon.load())
    batch = [message_of(event) for event in events]
    started = time.process_time()
    for message in batch:
        moderator.classify(message)
    return time.process_time() - started


def main() -> None:
    events = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    moderator = Moderator(Lexicon.load())
    counts: Counter[str] = Counter()
    misses: dict[str, list[str]] = {"ad_fn": [], "ad_fp": [], "risk_fn": [], "risk_fp": [],
                                    "benign_fp": []}
    messages = []
    for sim in generate(SimulationConfig(events=events, seed=seed, groups=500)):
        try:
            event = parse_event(sim.raw)
        except InvalidEvent:
            continue
        messages.append((event, sim.label or {}))
    started = time.perf_counter()
    analysing = 0.0  # wall seconds in the moderator alone, without the scoring around it
    analysed = 0
    for event, truth in messages:
        label = truth.get("label")
        true_categories = set(truth.get("categories", ()))
        true_ad = "ad" in true_categories
        true_risk = bool(RISK & true_categories)
        if event.type == "member_join":
            began = time.perf_counter()
            moderator.member_joined(event.group_id, event.user_id, event.ts_ms)
            analysing += time.perf_counter() - began
            continue
        if event.type != "message":
            continue
        analysed += 1
        began = time.perf_counter()
        verdict = moderator.classify(message_of(event))
        analysing += time.perf_counter() - began
        flagged = verdict.verdict != "pass"
        predicted_ad = "ad" in verdict.categories
        predicted_risk = bool(RISK & set(verdict.categories))
        counts["ad_tp"] += true_ad and predicted_ad
        counts["ad_fn"] += true_ad and not predicted_ad
        counts["ad_fp"] += not true_ad and predicted_ad
        counts["risk_tp"] += true_risk and predicted_risk
        counts["risk_fn"] += true_risk and not predicted_risk
        counts["risk_fp"] += not true_risk and predicted_risk
        if label in (None, "benign_lookalike", "complaint_storm"):
            counts["benign"] += 1
            counts["benign_flagged"] += flagged and "flood" not in verdict.categories
        for name, bad in (("ad_fn", true_ad and not predicted_ad),
                          ("ad_fp", not true_ad and predicted_ad),
                          ("risk_fn", true_risk and not predicted_risk),
                          ("risk_fp", not true_risk and predicted_risk),
                          ("benign_fp", label in (None, "benign_lookalike") and flagged
                           and "flood" not in verdict.categories)):
            if bad and len(misses[name]) < 8:
                misses[name].append(f"{event.msg_type}: {event.text[:60]} -> {verdict.categories}")
    seconds = time.perf_counter() - started

    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    print(f"{analysed:,} messages analysed at {analysed / analysing:,.0f} messages/s (one core, "
          f"{'compiled' if is_compiled() else 'interpreted'}; {analysed / seconds:,.0f} with "
          "this script's scoring of each verdict)")
    texts = [event for event, _ in messages if event.type == "message"]
    print(f"  distinct texts: {len({e.text for e in texts}):,} of {len(texts):,}")
    for label, limit in (("texts read once (as shipped)", moderation.READING_MAX_CHARS),
                         ("every text read afresh", -1)):
        moderation.READING_MAX_CHARS = limit
        best = min(_cpu_seconds(texts) for _ in range(3))
        print(f"  CPU time, {label}: {len(texts) / best:,.0f} messages/s")
    print(f"ads:  precision {ratio(counts['ad_tp'], counts['ad_tp'] + counts['ad_fp']):.3f}  "
          f"recall {ratio(counts['ad_tp'], counts['ad_tp'] + counts['ad_fn']):.3f}  "
          f"({counts['ad_tp'] + counts['ad_fn']} ads)")
    print(f"risk: precision {ratio(counts['risk_tp'], counts['risk_tp'] + counts['risk_fp']):.3f}  "
          f"recall {ratio(counts['risk_tp'], counts['risk_tp'] + counts['risk_fn']):.3f}  "
          f"({counts['risk_tp'] + counts['risk_fn']} risk)")
    print(f"benign flagged: {ratio(counts['benign_flagged'], counts['benign']):.2%} "
          f"of {counts['benign']:,}")
    for name, lines in misses.items():
        for line in lines:
            print(f"  {name}: {line}")
    print(orjson.dumps(dict(counts)).decode())


if __name__ == "__main__":
    main()
