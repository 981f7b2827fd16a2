"""Group health in event time: hourly activity, a baseline that knows each group's rhythm,
states with hysteresis, a 0-100 health score.

Pure code: ``GroupHealthTracker.observe(...)`` per event and ``advance(clock_ms)`` when the
event-time clock moves; ``advance`` closes finished hours and returns snapshots and state
changes, so silence is noticed without any event from the silent group.

Baseline: for each hour of the day (China time; weekdays and weekends apart), the mean of
the slot's first observations, then an exponentially weighted mean (``alpha``), so quiet
nights and weekend dips are expected, and a small group that is always quiet is judged
against its own quiet. A flood or campaign hour raises it by a capped step only.

Judgement (every closed hour, over the last ``judge_hours`` hours), in evidence, not ratios
alone: ``ratio = messages / expected`` (E) and ``z = (E - messages) / sqrt(phi (E + U))``,
where ``phi`` is the group's burstiness (chat comes in bursts: an hour's count varies
``phi`` times more than a Poisson count; learned from hours above the rhythm only, so a
decline does not teach it) and ``U = sum(mu / n)`` the baseline's own uncertainty (a slot
seen once is a rough guess; a weekend slot never seen borrows the weekday's, worth a quarter
observation). No verdict while less than ``min_expected`` messages are expected.
- ``new`` for the first ``new_hours`` of a group created under our eyes (a join burst);
- ``cooling`` at ratio < ``cooling_below`` and z >= ``cooling_z``; ``dying`` at ratio <
  ``dying_below`` and z >= ``dying_z``, or when the silence since the last message is that
  unlikely: -ln P(no message in its hours | rhythm, phi) >= ``silence_evidence``, each hour
  adding at most a quarter of it (counts even where six hours expect too little);
  ``dead`` after ``dead_hours`` without a message through hours that used to have some;
- going down needs the condition for ``confirm_hours`` consecutive closed hours (no
  flapping); going back up from dying or dead needs messages at ratio >= ``revive_above``
  (a `group_revived` alert), never a rhythm that has merely learned the silence.

Health score (0-100, documented in the README):
  35 × min(1, ratio) + 20 × min(1, activity rate / 0.5) + 15 × speaker breadth
  + 10 × (1 - min(1, leaves / max(1, joins + 1) / 3)) + 10 × (1 - ad share)
  + 10 × (1 - min(1, max(0, negative share - the group's usual negative share) / 0.3)),
with activity rate = distinct speakers / members over the judged hours and speaker breadth =
min(1, speakers / 5) (a group carried by one or two people is fragile).

Windows (event time, per group): 1-minute tumbling message counts (the hour's busiest minute),
the closed hour, the judged hours and the last 24 hours, each with messages, distinct speakers,
joins, leaves, ad share, negative share and mean sentiment. Distinct speakers are counted with
a 256-register HyperLogLog per hour (``SpeakerSketch``): ~300 bytes per group-hour whatever
the group's size, unions by register-wise max, so 24-hour counts need no member lists; exact
below ~10 speakers, ~5 % off at 500 (bench/health_memory.py measures both).

State of one group exports to plain JSON-able data (``export_group``/``import_group``) so the
worker can persist it and recover it after a crash or a partition move.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from typing import Any

HOUR_MS = 3_600_000
CHINA_OFFSET_MS = 8 * HOUR_MS
STATES = ("new", "active", "cooling", "dying", "dead")
NEGATIVE_BELOW = -0.15  # the sentiment scorer's own "negative" label
WORST_KEPT = 5
_RANK = {"active": 0, "new": 0, "cooling": 1, "dying": 2, "dead": 3}


SLOTS = 48
MAX_CATCH_UP_MS = 14 * 24 * HOUR_MS  # longer silences are judged over their last two weeks
MINUTE_MS = 60_000
DAY_MS = 24 * HOUR_MS
NEGATIVE_SPEAKERS_KEPT = 8  # a storm needs only a few distinct negative speakers

# HyperLogLog with 2**8 one-byte registers packed in a Python int (lane i = bits 8i..8i+7):
# a union is a few big-int operations (SWAR max) instead of a loop over 256 registers.
_P = 8
_M = 1 << _P
_HIGH = int.from_bytes(b"\x80" * _M, "little")
_INV_POW = [2.0 ** -r for r in range(256)]
_ALPHA = 0.7213 / (1 + 1.079 / _M)


def sketch_add(sketch: int, user_id: str) -> int:
    """The sketch with ``user_id`` added; a stable hash, so a sketch restored in another
    process keeps counting the same members once."""
    h = int.from_bytes(hashlib.blake2b(user_id.encode(), digest_size=8).digest(), "little")
    shift = 8 * (h & (_M - 1))
    rank = 64 - _P - (h >> _P).bit_length() + 1
    lane = (sketch >> shift) & 0xFF
    return sketch + ((rank - lane) << shift) if rank > lane else sketch


def sketch_union(a: int, b: int) -> int:
    """Register-wise max of two sketches (lanes < 128, so no borrow crosses a lane)."""
    a_ge_b = (((a | _HIGH) - b) & _HIGH) >> 7
    mask = a_ge_b * 0xFF
    return (a & mask) | (b & ~mask)


def sketch_count(sketch: int) -> int:
    """Estimated distinct members: linear counting while registers are empty, else HLL."""
    if sketch == 0:
        return 0
    registers = sketch.to_bytes(_M, "little")
    zeros = registers.count(0)
    if zeros:
        small = _M * math.log(_M / zeros)
        if small <= 2.5 * _M:
            return round(small)
    return round(_ALPHA * _M * _M / sum(map(_INV_POW.__getitem__, registers)))


def rhythm_slot(hour_start_ms: int) -> int:
    """Hour of day (China time), weekdays 0-23 and weekends 24-47: learnable in days, not
    weeks, and still knows that Saturday afternoon is not Tuesday afternoon."""
    days_since_epoch = (hour_start_ms + CHINA_OFFSET_MS) // (24 * HOUR_MS)
    weekday = (days_since_epoch + 3) % 7  # 1970-01-01 was a Thursday; 0 = Monday
    hour = (hour_start_ms + CHINA_OFFSET_MS) // HOUR_MS % 24
    return int(hour + (24 if weekday >= 5 else 0))


@dataclass
class HourBucket:
    start_ms: int
    messages: int = 0
    speakers: int = 0  # HyperLogLog sketch (sketch_add / sketch_count)
    joins: int = 0
    leaves: int = 0
    ads: int = 0
    negative: int = 0
    sentiment_sum: float = 0.0
    # Tuples, not a set and a list: a tuple of strings and floats is left out of Python's
    # cyclic collector, and with a day of hours per group these were two thirds of the
    # objects a full collection walked (each one a stall of the worker's loop).
    negative_speakers: tuple[str, ...] = ()
    # the most negative messages of the hour: (score, user, text), at most WORST_KEPT
    worst: tuple[tuple[float, str, str], ...] = ()
    # 1-minute tumbling counts: the current minute and the busiest minute of the hour
    minute_ms: int = -1
    minute_count: int = 0
    peak_minute: int = 0


_NO_HOUR = HourBucket(-1)  # an hour without events (read only)


@dataclass(frozen=True)
class HealthSnapshot:
    group_id: str
    hour_start_ms: int
    state: str
    previous_state: str
    health_score: float
    messages: int  # in the judged hours
    expected_messages: float
    speakers: int
    members: int
    activity_rate: float
    joins: int
    leaves: int
    ad_share: float
    negative_share: float
    mean_sentiment: float
    silent_since_ms: int | None
    # mood of the closed hour and of the last 24 hours
    negative_share_1h: float = 0.0
    mean_sentiment_1h: float = 0.0
    negative_share_24h: float = 0.0
    mean_sentiment_24h: float = 0.0
    negative_baseline: float = 0.0  # the group's usual hourly negative share
    complaint_storm: bool = False
    worst_messages: tuple[tuple[float, str, str], ...] = ()
    # windows: the closed hour and the last 24 hours (ending with the closed hour)
    messages_1h: int = 0
    speakers_1h: int = 0
    joins_1h: int = 0
    leaves_1h: int = 0
    ad_share_1h: float = 0.0
    peak_messages_1m: int = 0
    messages_24h: int = 0
    speakers_24h: int = 0
    joins_24h: int = 0
    leaves_24h: int = 0
    ad_share_24h: float = 0.0
    activity_rate_24h: float = 0.0

    @property
    def changed(self) -> bool:
        return self.state != self.previous_state


@dataclass
class _Group:
    first_seen_ms: int
    open_hour_ms: int  # the next hour to close
    buckets: dict[int, HourBucket] = field(default_factory=dict)  # hour start → bucket
    baseline: list[float] = field(default_factory=lambda: [-1.0] * SLOTS)
    baseline_speakers: list[float] = field(default_factory=lambda: [-1.0] * SLOTS)
    # observations behind each slot's baseline (capped at 255): a running mean while few
    baseline_n: bytearray = field(default_factory=lambda: bytearray(SLOTS))
    # the group's burstiness: EWMA of squared upside residuals / expected (see _learn)
    upside: float = 1.0
    # evidence of the silence since the last message: sum of -ln P(no message in the hour)
    # for a Poisson rate estimated from the slot's n observations, n * mu * ln(1 + 1/n)
    silent_expected: float = 0.0
    joins_first_hour: int = 0
    hours_seen: int = 0
    mean_messages: float = 0.0
    members: int = 0
    last_message_ms: int | None = None
    state: str = "new"  # until the first judgement
    negative_baseline: float = -1.0
    mood_hours: int = 0
    storm_hour_ms: int = -1
    pending: str | None = None
    pending_hours: int = 0
    # the closed hours and the rhythm, encoded for a state save: they change only when an
    # hour closes or a late event lands in a closed hour, not at every save (see export_parts)
    settled: bytes | None = field(default=None, compare=False, repr=False)


@dataclass
class GroupHealthTracker:
    judge_hours: int = 6
    min_expected: float = 6.0
    # complaint storm: an hour with at least this many messages and negative speakers whose
    # negative share is well above the group's own usual share
    storm_min_messages: int = 6
    storm_min_speakers: int = 3
    storm_min_share: float = 0.4
    storm_factor: float = 3.0
    cooling_below: float = 0.5
    dying_below: float = 0.2
    revive_above: float = 0.6
    dead_hours: int = 72
    new_hours: int = 72
    confirm_hours: int = 2
    # evidence: how many standard deviations the judged hours must fall short of the
    # rhythm (counting the group's burstiness and the baseline's own uncertainty)
    dying_z: float = 3.0
    cooling_z: float = 2.0
    # a silence this unlikely (-ln P(no message)) is dying even when 6 hours say too little
    silence_evidence: float = 12.0
    alpha: float = 0.2
    keep_hours: int = 24
    _groups: dict[str, _Group] = field(default_factory=dict)

    def _group(self, group_id: str, ts_ms: int) -> _Group:
        group = self._groups.get(group_id)
        if group is None:
            hour = ts_ms - ts_ms % HOUR_MS
            group = self._groups[group_id] = _Group(first_seen_ms=ts_ms, open_hour_ms=hour)
        return group

    def _bucket(self, group: _Group, ts_ms: int) -> HourBucket:
        """The event's own hour: events ahead of the clock wait in future hours; late ones
        still count in the recent hours they belong to (their hour's snapshot is out)."""
        hour = ts_ms - ts_ms % HOUR_MS
        if hour < group.open_hour_ms:
            group.settled = None
        bucket = group.buckets.get(hour)
        if bucket is None:
            bucket = group.buckets[hour] = HourBucket(hour)
            if len(group.buckets) > 1 and hour < max(group.buckets):
                # hours stay in time order (sums run in that order, and a restored state
                # must sum them in the same order)
                group.buckets = dict(sorted(group.buckets.items()))
        return bucket

    def observe_message(self, group_id: str, user_id: str, ts_ms: int, *, is_ad: bool = False,
                        sentiment: float = 0.0, text: str = "") -> None:
        group = self._group(group_id, ts_ms)
        bucket = self._bucket(group, ts_ms)
        bucket.messages += 1
        bucket.speakers = sketch_add(bucket.speakers, user_id)
        bucket.ads += is_ad
        bucket.sentiment_sum += sentiment
        minute = ts_ms - ts_ms % MINUTE_MS
        if minute == bucket.minute_ms:
            bucket.minute_count += 1
        else:
            bucket.minute_ms, bucket.minute_count = minute, 1
        if bucket.minute_count > bucket.peak_minute:
            bucket.peak_minute = bucket.minute_count
        if sentiment <= NEGATIVE_BELOW:
            bucket.negative += 1
            speakers = bucket.negative_speakers
            if len(speakers) < NEGATIVE_SPEAKERS_KEPT and user_id not in speakers:
                bucket.negative_speakers = (*speakers, user_id)
            bucket.worst = tuple(sorted((*bucket.worst, (sentiment, user_id, text[:200]))))[
                :WORST_KEPT]
        group.last_message_ms = max(group.last_message_ms or ts_ms, ts_ms)

    def observe_membership(self, group_id: str, ts_ms: int, *, joined: bool) -> None:
        group = self._group(group_id, ts_ms)
        bucket = self._bucket(group, ts_ms)
        if joined:
            bucket.joins += 1
            group.members += 1
            if ts_ms - group.first_seen_ms < HOUR_MS:
                group.joins_first_hour += 1
        else:
            bucket.leaves += 1
            group.members = max(0, group.members - 1)

    def observe_snapshot(self, group_id: str, ts_ms: int, member_count: int) -> None:
        self._group(group_id, ts_ms).members = member_count

    def advance(
        self, clock_ms: int, group_ids: Iterable[str] | None = None
    ) -> list[HealthSnapshot]:
        """Close every hour that ended before ``clock_ms`` (for ``group_ids``, default all);
        one snapshot per group and closed hour."""
        snapshots = []
        for group_id in self._groups if group_ids is None else group_ids:
            group = self._groups.get(group_id)
            while group is not None and group.open_hour_ms + HOUR_MS <= clock_ms:
                if clock_ms - group.open_hour_ms > MAX_CATCH_UP_MS:
                    self._skip_silence(group, clock_ms)
                snapshots.append(self._close_hour(group_id, group))
        return snapshots

    def _skip_silence(self, group: _Group, clock_ms: int) -> None:
        """A group silent for weeks (or a clock that jumped) is judged hour by hour over the
        last ``MAX_CATCH_UP_MS`` only: closing every empty hour of a long silence costs time
        and says nothing new (the group is dead by then)."""
        resume = clock_ms - MAX_CATCH_UP_MS
        resume -= resume % HOUR_MS
        if any(group.open_hour_ms <= hour < resume for hour in group.buckets):
            return  # data still to judge before the silence: close it hour by hour
        group.open_hour_ms = max(group.open_hour_ms, resume)
        group.settled = None

    def due_ms(self, group_id: str) -> int:
        """When the group's open hour can be closed (its end): lets callers skip sweeps."""
        return self._groups[group_id].open_hour_ms + HOUR_MS

    def group_ids(self) -> list[str]:
        return list(self._groups)

    def drop_group(self, group_id: str) -> None:
        self._groups.pop(group_id, None)

    def export_group(self, group_id: str) -> dict[str, Any]:
        """The group's whole state as JSON-able data (floats round-trip exactly in JSON)."""
        g = self._groups[group_id]
        doc = self._settled_doc(g)
        doc.update(self._moving_doc(g))
        doc["buckets"] = [_bucket_row(b) for b in g.buckets.values()]
        return doc

    def export_parts(self, group_id: str,
                     encode: Callable[[dict[str, Any]], bytes]) -> tuple[bytes, dict[str, Any]]:
        """The group's state in two parts: the closed hours and the rhythm, ``encode``d and
        kept until an hour closes or a late event changes a closed hour, and the rest (open
        hours, counters), which changes with every event. Saving a thousand groups every few
        seconds re-encoded a day of hours each time; ``join_parts`` puts them back together."""
        g = self._groups[group_id]
        if g.settled is None:
            settled = self._settled_doc(g)
            settled["buckets"] = [_bucket_row(b) for b in g.buckets.values()
                                  if b.start_ms < g.open_hour_ms]
            g.settled = encode(settled)
        moving = self._moving_doc(g)
        moving["buckets"] = [_bucket_row(b) for b in g.buckets.values()
                             if b.start_ms >= g.open_hour_ms]
        return g.settled, moving

    @staticmethod
    def _settled_doc(g: _Group) -> dict[str, Any]:
        return {"baseline": g.baseline, "baseline_speakers": g.baseline_speakers,
                "baseline_n": list(g.baseline_n)}

    @staticmethod
    def _moving_doc(g: _Group) -> dict[str, Any]:
        return {
            "first_seen_ms": g.first_seen_ms, "open_hour_ms": g.open_hour_ms,
            "joins_first_hour": g.joins_first_hour, "hours_seen": g.hours_seen,
            "mean_messages": g.mean_messages, "members": g.members,
            "last_message_ms": g.last_message_ms, "state": g.state,
            "negative_baseline": g.negative_baseline, "mood_hours": g.mood_hours,
            "storm_hour_ms": g.storm_hour_ms, "pending": g.pending,
            "pending_hours": g.pending_hours, "upside": g.upside,
            "silent_expected": g.silent_expected,
        }

    def import_group(self, group_id: str, doc: dict[str, Any]) -> None:
        """Replace the group's state with an ``export_group`` document."""
        buckets = {}
        for (start, messages, speakers, joins, leaves, ads, negative, sentiment_sum, neg,
             worst, minute_ms, minute_count, peak) in sorted(doc["buckets"],
                                                             key=lambda row: row[0]):
            buckets[start] = HourBucket(
                start, messages, int(speakers, 16), joins, leaves, ads, negative,
                sentiment_sum, tuple(neg), tuple((w[0], w[1], w[2]) for w in worst), minute_ms,
                minute_count, peak)
        self._groups[group_id] = _Group(
            first_seen_ms=doc["first_seen_ms"], open_hour_ms=doc["open_hour_ms"],
            buckets=buckets, baseline=list(doc["baseline"]),
            baseline_speakers=list(doc["baseline_speakers"]),
            joins_first_hour=doc["joins_first_hour"], hours_seen=doc["hours_seen"],
            mean_messages=doc["mean_messages"], members=doc["members"],
            last_message_ms=doc["last_message_ms"], state=doc["state"],
            negative_baseline=doc["negative_baseline"], mood_hours=doc["mood_hours"],
            storm_hour_ms=doc["storm_hour_ms"], pending=doc["pending"],
            pending_hours=doc["pending_hours"],
            # states saved before these existed: every learned slot counts as settled
            baseline_n=bytearray(doc.get("baseline_n") or [
                9 if v >= 0 else 0 for v in doc["baseline"]]),
            upside=doc.get("upside", 1.0), silent_expected=doc.get("silent_expected", 0.0),
        )

    def states(self) -> dict[str, int]:
        counts = dict.fromkeys(STATES, 0)
        for group in self._groups.values():
            counts[group.state] += 1
        return counts

    def _close_hour(self, group_id: str, group: _Group) -> HealthSnapshot:
        closed = self._bucket(group, group.open_hour_ms)
        # The baseline learns this hour of the week after judging it, so a sudden death is
        # measured against the old rhythm.
        snapshot = self._judge(group_id, group, closed.start_ms)
        self._learn(group, closed, snapshot.speakers_1h)
        # The hour before the closed one is never read for the mood again (a storm is judged
        # over the closed hour and the one before): its worst messages and negative speakers
        # would only weigh on memory and on every state save.
        before = group.buckets.get(closed.start_ms - HOUR_MS)
        if before is not None:
            before.worst = before.negative_speakers = ()
        group.open_hour_ms += HOUR_MS
        group.settled = None
        horizon = group.open_hour_ms - self.keep_hours * HOUR_MS
        for hour in [h for h in group.buckets if h < horizon]:
            del group.buckets[hour]
        return snapshot

    def _expected(self, group: _Group, hour_ms: int) -> float:
        return self._expected_n(group, rhythm_slot(hour_ms))[0]

    def _expected_n(self, group: _Group, slot: int) -> tuple[float, float]:
        """Expected messages in an hour of this slot, and how many observations that
        estimate is worth (an EWMA settles at (2 - alpha) / alpha). A slot never seen borrows
        the same hour on weekdays, else the group's mean, worth a quarter observation: a
        first weekend, or a work group's first quiet Saturday, is no evidence of decline."""
        value = group.baseline[slot]
        if value >= 0:
            return value, min(group.baseline_n[slot] or 1, (2 - self.alpha) / self.alpha)
        value = group.baseline[(slot + 24) % SLOTS]
        return (group.mean_messages if value < 0 else value), 0.25

    def _learn(self, group: _Group, bucket: HourBucket, speakers: int) -> None:
        slot = rhythm_slot(bucket.start_ms)
        messages = bucket.messages
        if group.hours_seen >= 6:  # from a few hours on, something to compare with
            mu, n = self._expected_n(group, slot)
            if mu >= 1.0 and group.hours_seen >= 24:
                # burstiness from the upside only: a decline must not teach the group that
                # silence is normal noise
                r = (messages - mu) ** 2 / (mu * (1 + 1 / n)) if messages > mu else 0.0
                group.upside += 0.05 * (min(r, 25.0) - group.upside)
            # a flood or a campaign hour raises the expectation by a capped step only
            phi = max(1.0, 2 * group.upside)
            messages = min(messages, int(mu + 5 * math.sqrt(phi * max(mu, 1.0))) + 1)
        group.hours_seen += 1
        group.mean_messages += (messages - group.mean_messages) / min(group.hours_seen, 48)
        old = group.baseline[slot]
        n = group.baseline_n[slot] = min(255, group.baseline_n[slot] + 1)
        # a running mean while the slot has few observations, then the EWMA
        rate = max(self.alpha, 1 / n)
        group.baseline[slot] = float(messages) if old < 0 else old + rate * (messages - old)
        old_s = group.baseline_speakers[slot]
        group.baseline_speakers[slot] = speakers if old_s < 0 else old_s + self.alpha * (
            speakers - old_s)

    def _judge(self, group_id: str, group: _Group, hour_ms: int) -> HealthSnapshot:
        """The snapshot of the closed hour ``hour_ms``: one pass over the kept hours gathers
        the judged hours, the 24-hour window and the mood (sums in the same order as ever,
        so floats come out bit for bit the same)."""
        first_hour = group.first_seen_ms - group.first_seen_ms % HOUR_MS
        judge_ms = self.judge_hours * HOUR_MS
        judged: list[HourBucket | None] = [None] * self.judge_hours
        judged_sketch = older_sketch = 0
        day_messages = day_joins = day_leaves = day_ads = day_negative = 0
        day_sentiment: float = 0
        for h, b in group.buckets.items():
            age = hour_ms - h
            if age < 0 or age >= DAY_MS:
                continue
            day_messages += b.messages
            day_joins += b.joins
            day_leaves += b.leaves
            day_ads += b.ads
            day_negative += b.negative
            day_sentiment += b.sentiment_sum
            if age >= judge_ms:
                if b.speakers:
                    older_sketch = sketch_union(older_sketch, b.speakers)
            elif h >= first_hour:
                judged[age // HOUR_MS] = b
        messages = joins = leaves = ads = negative = 0
        sentiment_sum: float = 0
        for jb in judged:  # newest first, as the sums always ran
            if jb is not None:
                messages += jb.messages
                joins += jb.joins
                leaves += jb.leaves
                ads += jb.ads
                negative += jb.negative
                sentiment_sum += jb.sentiment_sum
                if jb.speakers:
                    judged_sketch = sketch_union(judged_sketch, jb.speakers)
        expected = uncertainty = 0.0
        if group.hours_seen:
            for k in range(self.judge_hours):
                h = hour_ms - k * HOUR_MS
                if h < first_hour:
                    break
                mu, n = self._expected_n(group, rhythm_slot(h))
                expected += mu
                uncertainty += mu / n
                if k == 0:
                    closed = judged[0]
                    if closed is not None and closed.messages:
                        group.silent_expected = 0.0
                    else:
                        # -ln P(no message) for a rate known from n hours; one hour
                        # is never more than a quarter of the proof (a pause at the usual
                        # peak, a slot learned from one odd day)
                        group.silent_expected += min(mu * n * math.log1p(1 / n),
                                                     self.silence_evidence / 4)
        speakers = sketch_count(judged_sketch)
        ratio = messages / expected if expected > 0 else 1.0
        end_ms = hour_ms + HOUR_MS
        silent_for = end_ms - (group.last_message_ms or group.first_seen_ms)
        proposal = self._proposal(group, ratio, expected, uncertainty, messages, silent_for,
                                  end_ms)
        previous = group.state
        self._transition(group, proposal, ratio if messages else 0.0)
        members = max(group.members, speakers)
        activity = speakers / members if members else 0.0
        # mood: negative share above the group's own usual (0 at 30 points above it)
        usual_negative = max(group.negative_baseline, 0.0) if group.mood_hours >= 6 else 0.0
        gloom = (negative / messages - usual_negative) if messages else 0.0
        score = (
            35 * min(1.0, ratio)
            + 20 * min(1.0, activity / 0.5)
            + 15 * min(1.0, speakers / 5)
            + 10 * (1 - min(1.0, leaves / max(1, joins + 1) / 3))
            + 10 * (1 - (ads / messages if messages else 0.0))
            + 10 * (1 - min(1.0, max(0.0, gloom) / 0.3))
        )
        # the closed hour and the 24 hours ending with it (hopping by the hour)
        hour = group.buckets.get(hour_ms) or HourBucket(hour_ms)
        hour_messages = hour.messages
        day_speakers = sketch_count(sketch_union(judged_sketch, older_sketch))
        day_members = max(members, day_speakers)
        # mood: the closed hour, the 24 hours, and whether the hour is a complaint storm
        # (many distinct members negative at once, far above the group's own usual). A storm
        # often straddles the hour boundary: judge this hour alone and together with the
        # hour before, and report a storm once (not again in its second hour). Before the
        # group's usual mood is known, the absolute thresholds alone decide.
        before = group.buckets.get(hour_ms - HOUR_MS) or _NO_HOUR
        share = hour.negative / hour_messages if hour_messages else 0.0
        baseline = max(group.negative_baseline, 0.0) if group.mood_hours >= 6 else 0.0
        storm = group.storm_hour_ms != hour_ms - HOUR_MS and (
            self._stormy(hour, None, baseline) or self._stormy(before, hour, baseline)
        )
        if storm:
            group.storm_hour_ms = hour_ms
        if hour_messages >= 3:  # learn the usual share from hours with something said
            group.mood_hours += 1
            old = group.negative_baseline
            group.negative_baseline = share if old < 0 else old + 0.1 * (share - old)
        return HealthSnapshot(
            group_id=group_id,
            hour_start_ms=hour_ms,
            state=group.state,
            previous_state=previous,
            health_score=round(max(0.0, min(100.0, score)), 1),
            messages=messages,
            expected_messages=round(expected, 2),
            speakers=speakers,
            members=members,
            activity_rate=round(activity, 4),
            joins=joins,
            leaves=leaves,
            ad_share=round(ads / messages, 4) if messages else 0.0,
            negative_share=round(negative / messages, 4) if messages else 0.0,
            mean_sentiment=round(sentiment_sum / messages, 4) if messages else 0.0,
            silent_since_ms=group.last_message_ms if silent_for >= 2 * HOUR_MS else None,
            negative_share_1h=round(share, 4),
            mean_sentiment_1h=round(hour.sentiment_sum / hour_messages, 4)
            if hour_messages else 0.0,
            negative_share_24h=round(day_negative / day_messages, 4) if day_messages else 0.0,
            mean_sentiment_24h=round(day_sentiment / day_messages, 4) if day_messages else 0.0,
            negative_baseline=round(baseline, 4),
            complaint_storm=storm,
            worst_messages=tuple(sorted(hour.worst + before.worst)[:WORST_KEPT])
            if storm else hour.worst,
            messages_1h=hour_messages,
            speakers_1h=sketch_count(hour.speakers),
            joins_1h=hour.joins,
            leaves_1h=hour.leaves,
            ad_share_1h=round(hour.ads / hour_messages, 4) if hour_messages else 0.0,
            peak_messages_1m=hour.peak_minute,
            messages_24h=day_messages,
            speakers_24h=day_speakers,
            joins_24h=day_joins,
            leaves_24h=day_leaves,
            ad_share_24h=round(day_ads / day_messages, 4) if day_messages else 0.0,
            activity_rate_24h=round(day_speakers / day_members, 4) if day_members else 0.0,
        )

    def _stormy(self, first: HourBucket, second: HourBucket | None, baseline: float) -> bool:
        """One hour, or two together: enough messages, distinct negative speakers, and a
        negative share well above the group's usual."""
        messages = first.messages + (second.messages if second is not None else 0)
        if messages < self.storm_min_messages:
            return False
        negative = first.negative + (second.negative if second is not None else 0)
        speakers = set(first.negative_speakers)
        if second is not None:
            speakers.update(second.negative_speakers)
        return (
            len(speakers) >= self.storm_min_speakers
            and negative / messages >= max(self.storm_min_share, baseline * self.storm_factor)
        )

    def _proposal(self, group: _Group, ratio: float, expected: float, uncertainty: float,
                  messages: int, silent_for: int, end_ms: int) -> str | None:
        """The state the evidence points to, or None when it says nothing.

        Falling short of the rhythm counts only when it is both large (``ratio``) and
        unlikely for this group (``z``): messages come in bursts, so an hour's count varies
        ``phi`` times more than a Poisson count (``phi`` learned per group), and an hour of
        the week seen once or twice is itself a rough guess (``uncertainty``)."""
        learned = group.hours_seen >= 24
        if (learned and silent_for >= self.dead_hours * HOUR_MS
                and group.silent_expected >= self.min_expected):
            return "dead"  # silent for days through hours that used to have messages
        young = end_ms - group.first_seen_ms < self.new_hours * HOUR_MS
        if young and group.joins_first_hour >= 3:
            # created under our eyes (a join burst): ice-breaking and value-building stages
            # have their own expectations; only silence through a whole day is a problem
            return "dying" if silent_for >= 24 * HOUR_MS else "new"
        if not learned:
            return "active" if group.state == "new" else None  # still learning its rhythm
        phi = max(1.0, 2 * group.upside)
        silence = group.silent_expected * (math.log(phi) / (phi - 1) if phi > 1 else 1.0)
        if silence >= self.silence_evidence:
            return "dying"  # a long silence through hours that usually have messages
        if expected < self.min_expected:
            return None  # too little expected to tell (a night, a small quiet group)
        z = (expected - messages) / math.sqrt(phi * (expected + uncertainty))
        if ratio < self.dying_below and z >= self.dying_z:
            return "dying"
        if ratio < self.cooling_below and z >= self.cooling_z:
            return "cooling"
        return "active"

    def _transition(self, group: _Group, proposal: str | None, ratio: float) -> None:
        current = group.state
        if proposal is None or proposal == current:
            group.pending, group.pending_hours = None, 0
            return
        if current in ("dying", "dead") and _RANK[proposal] < _RANK[current]:
            # back only on messages (a rhythm that has learned the silence expects nothing:
            # that is no revival), and a dead group stays dead while the silence goes on
            if proposal != "dying" and ratio >= self.revive_above or proposal == "new":
                group.state = "active"
            group.pending, group.pending_hours = None, 0
            return
        if _RANK[proposal] <= _RANK[current] or proposal == "new":
            group.state = proposal if current != "new" or proposal != "new" else current
            group.pending, group.pending_hours = None, 0
            return
        if group.pending == proposal:
            group.pending_hours += 1
        else:
            group.pending, group.pending_hours = proposal, 1
        if group.pending_hours >= self.confirm_hours:
            group.state = proposal
            group.pending, group.pending_hours = None, 0

    def __len__(self) -> int:
        return len(self._groups)


def join_parts(settled: dict[str, Any], moving: dict[str, Any]) -> dict[str, Any]:
    """One ``export_group`` document from the two parts of ``export_parts`` (decoded)."""
    doc = {**settled, **moving}
    doc["buckets"] = settled["buckets"] + moving["buckets"]
    return doc


def _bucket_row(b: HourBucket) -> list[Any]:
    return [b.start_ms, b.messages, format(b.speakers, "x"), b.joins, b.leaves, b.ads,
            b.negative, b.sentiment_sum,
            list(b.negative_speakers),
            [list(w) for w in b.worst] if b.worst else [], b.minute_ms, b.minute_count,
            b.peak_minute]


def health_rule_overrides(text: str) -> dict[str, float | int]:
    """Parse ``GROUPPULSE_HEALTH_RULES``: a JSON object of tracker thresholds to override.
    Raises ``ValueError`` naming an unknown rule or a value that is not a positive number."""
    if not text.strip():
        return {}
    import json

    try:
        rules = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"health rules: not JSON ({exc.msg})") from None
    if not isinstance(rules, dict):
        raise ValueError("health rules: expected a JSON object of rule: number")
    known = {f.name: f.type for f in fields(GroupHealthTracker) if not f.name.startswith("_")}
    out: dict[str, float | int] = {}
    for name, value in rules.items():
        if name not in known:
            raise ValueError(f"health rules: unknown rule {name!r}; known: {', '.join(known)}")
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise ValueError(f"health rules: {name} must be a positive number")
        if known[name] == "int" and not float(value).is_integer():
            raise ValueError(f"health rules: {name} must be a whole number")
        out[name] = int(value) if known[name] == "int" else float(value)
    return out


def tracker_with_rules(text: str) -> GroupHealthTracker:
    """A tracker with the defaults overridden by ``GROUPPULSE_HEALTH_RULES``."""
    tracker = GroupHealthTracker()
    for name, value in health_rule_overrides(text).items():
        setattr(tracker, name, value)
    return tracker
