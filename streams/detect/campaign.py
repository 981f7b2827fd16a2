"""Cross-group spam campaigns: the same ad (or a near copy) or the same contact in many groups.

Spam is an organised trade: one account, or a handful, posts the same ad in many groups within
minutes. Only ad-like messages are fed here (a contact, a link, a card, an ad lexicon hit, or
one that a warning or a report about a scam took away — the shape a spammer borrows, so it is
"watched"), so ordinary greetings that happen to repeat across groups never form a campaign.

Near copies are found with a 64-bit SimHash over character trigrams and 8 bands of 8 bits
(locality-sensitive hashing: two hashes at most 7 bits apart share at least one band): texts
within ``max_distance`` bits of an earlier one join its cluster. On short chat ads one added
character moves the hash by 2-6 bits; unrelated texts sit about 32 bits apart.

Sightings arrive from many partitions, not in time order, so each key keeps its recent history
(at most ``max_sightings_per_key``) sorted by event time, and a campaign is the busiest
``window_ms`` span in it. Keys quiet for ``idle_ms`` of event time are forgotten.

One campaign, one alert: a key is detected on its own, but keys that have each reached the
threshold and meet in one message of a campaign's window (the same ad text with a contact, the
same account with a new contact) become one campaign, reported under the id already told to
on-call (else the one that started first), with the groups of all of them.  Only keys that are
campaigns already are joined: joining every key that ever shared a message would chain
unrelated spammers through one common word.  When two campaigns that were both reported turn
out to be one (sightings out of time order can report an account before the message that ties
it to an ad text already reported), the one that started later is re-issued once more, marked
``merged_into`` the other, and the other is re-issued with the groups of both: on-call and the
dashboards then follow one campaign.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field, replace

MASK64 = (1 << 64) - 1


def simhash(text: str) -> int:
    """64-bit SimHash of character trigrams (bigrams for very short text)."""
    size = 3 if len(text) >= 3 else 1
    weights = [0] * 64
    grams = {text[i : i + size] for i in range(max(1, len(text) - size + 1))}
    for gram in grams:
        value = int.from_bytes(hashlib.blake2b(gram.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if value >> bit & 1 else -1
    return sum(1 << bit for bit in range(64) if weights[bit] > 0) & MASK64


def _bands(value: int) -> list[tuple[int, int]]:
    return [(band, value >> (8 * band) & 0xFF) for band in range(8)]


@dataclass(frozen=True)
class Sighting:
    ts_ms: int
    group_id: str
    user_id: str
    event_id: str
    keys: tuple[str, ...] = ()  # every key of the message, filled in by the detector


@dataclass(frozen=True)
class Campaign:
    """A key seen in ``min_groups`` or more groups within the window."""

    key: str  # the first key of the campaign: "text:<simhash>", "contact:<value>", "user:<id>"
    campaign_id: str  # stable for the life of the campaign: key + first sighting time
    groups: tuple[str, ...]
    users: tuple[str, ...]
    first_ms: int
    last_ms: int
    event_ids: tuple[str, ...]
    update: bool  # False the first time the threshold is reached, True as it grows
    merged_into: str = ""  # the campaign id this reported campaign now continues as


def _ts(sighting: Sighting) -> int:
    return sighting.ts_ms


def _busiest_window(sightings: list[Sighting], window_ms: int) -> list[Sighting]:
    """The sightings of the ``window_ms`` span (sorted input) that covers the most groups:
    of the spans ending at each sighting, the first with the most groups."""
    groups, left, end = _scan(sightings, window_ms, 0, len(sightings))
    return sightings[left:end] if groups else []


def _scan(sightings: list[Sighting], window_ms: int, lo: int, hi: int,
          holding: int | None = None) -> tuple[int, int, int]:
    """(groups, left, end) of the busiest span among those ending in ``lo:hi`` (and holding
    index ``holding``, if given); the span ending at each index reaches back ``window_ms``,
    no further than ``lo``."""
    best = (0, 0, 0)
    counts: dict[str, int] = {}
    left = lo
    for right in range(lo, hi):
        current = sightings[right]
        counts[current.group_id] = counts.get(current.group_id, 0) + 1
        while current.ts_ms - sightings[left].ts_ms > window_ms:
            gone = sightings[left].group_id
            counts[gone] -= 1
            if not counts[gone]:
                del counts[gone]
            left += 1
        if holding is not None:
            if left > holding:
                break  # every later span starts after it too
            if right < holding:
                continue
        if len(counts) > best[0]:
            best = (len(counts), left, right + 1)
    return best


def _index_of(sightings: list[Sighting], item: Sighting) -> int:
    index = bisect.bisect_left(sightings, item.ts_ms, key=_ts)
    while sightings[index] is not item:
        index += 1
    return index


@dataclass
class _Trail:
    sightings: list[Sighting] = field(default_factory=list)
    started_ms: int | None = None  # when the key first became a campaign
    # The busiest span so far (``_busiest_window`` of ``sightings``), kept up to date as
    # sightings arrive: a hot key holds up to a thousand sightings, and rescanning them all
    # for every new one made campaign detection cost as much as the rest of the worker.
    best: list[Sighting] = field(default_factory=list)
    best_groups: int = 0

    def add(self, sighting: Sighting, window_ms: int, max_sightings: int) -> None:
        sightings = self.sightings
        at = bisect.bisect_right(sightings, sighting.ts_ms, key=_ts)
        sightings.insert(at, sighting)
        if len(sightings) > max_sightings:
            evicted = sightings.pop(0)
            if evicted is sighting:
                return  # older than all it keeps: nothing changes
            at -= 1
            if self.best and self.best[0] is evicted:
                self._rescan(window_ms)
                return
        # Only spans holding the new sighting changed; they lie within a window of it.
        lo = bisect.bisect_left(sightings, sighting.ts_ms - window_ms, key=_ts)
        hi = bisect.bisect_right(sightings, sighting.ts_ms + window_ms, key=_ts)
        groups, left, end = _scan(sightings, window_ms, lo, hi, holding=at)
        if groups < self.best_groups:
            return
        # of equally busy spans the first wins, as in a full scan
        if (groups == self.best_groups and self.best
                and _index_of(sightings, self.best[-1]) < end - 1):
            return
        self.best, self.best_groups = sightings[left:end], groups

    def _rescan(self, window_ms: int) -> None:
        self.best = _busiest_window(self.sightings, window_ms)
        self.best_groups = len({s.group_id for s in self.best})


@dataclass
class CampaignDetector:
    min_groups: int = 5
    window_ms: int = 10 * 60_000
    max_distance: int = 7
    # Sightings come from many partitions, not in time order (a replayed backlog can deliver
    # one partition hours ahead of another), so a key's history is kept whole, up to this many
    # sightings, and forgotten only when the key has been quiet for ``idle_ms`` of event time.
    max_sightings_per_key: int = 1000
    idle_ms: int = 24 * 3600_000
    min_text_chars: int = 6
    _trails: dict[str, _Trail] = field(default_factory=dict)
    _campaign_keys: set[str] = field(default_factory=set)  # keys whose trail started one
    _clock_ms: int = 0
    # Campaigns joined from several keys: union-find parent, members, first start, groups told.
    _parent: dict[str, str] = field(default_factory=dict)
    _members: dict[str, set[str]] = field(default_factory=dict)
    _started: dict[str, int] = field(default_factory=dict)
    _reported: dict[str, int] = field(default_factory=dict)
    # (band, band value) → {hash: last seen ms}
    _buckets: dict[tuple[int, int], dict[int, int]] = field(default_factory=dict)

    def text_key(self, normalized_text: str, ts_ms: int) -> str | None:
        """The cluster key of an ad text: its own SimHash or that of a near copy seen lately."""
        if len(normalized_text) < self.min_text_chars:
            return None
        value = simhash(normalized_text)
        horizon = max(ts_ms, self._clock_ms) - self.idle_ms
        best: int | None = None
        for band in _bands(value):
            for other, seen_ms in self._buckets.get(band, {}).items():
                if seen_ms >= horizon and bin(other ^ value).count("1") <= self.max_distance:
                    best = other if best is None else min(best, other)
        key_value = value if best is None else best
        for band in _bands(key_value):
            self._buckets.setdefault(band, {})[key_value] = ts_ms
        return f"text:{key_value:016x}"

    def step(self, keys: list[str], sighting: Sighting) -> list[Campaign]:
        """Record one ad-like message under each of its keys; return the campaign to report
        (at most one: the keys of one message that are campaigns are one campaign), after a
        notice for each reported campaign it has just absorbed."""
        self._clock_ms = max(self._clock_ms, sighting.ts_ms)
        keys = list(dict.fromkeys(keys))
        sighting = replace(sighting, keys=tuple(keys))
        windows: dict[str, list[Sighting]] = {}
        new_campaigns = []
        for key in keys:
            was_campaign = self._is_campaign(key)
            window = self._step_key(key, sighting)
            if window is not None:
                windows[key] = window
                if not was_campaign:
                    new_campaigns.append(key)
        if not windows:
            return []
        # Every campaign key that shares a message with these campaigns joins them: for a key
        # that just became a campaign, any message of its history (whichever of two keys of
        # one spammer crosses the threshold first, the other finds it), else its window.
        histories = [self._trails[key].sightings for key in new_campaigns]
        campaigns = self._campaign_keys
        linked = {k for seen_list in [*windows.values(), *histories] for seen in seen_list
                  for k in seen.keys if k in campaigns}
        root, absorbed, root_told = self._join(sorted(linked | windows.keys()))
        members = self._members[root]
        for key in members - windows.keys():
            trail = self._trails.get(key)
            if trail is not None and trail.sightings:
                windows[key] = trail.best
        reported = self._reported.get(root, 0)
        if not absorbed and sum(self._trails[key].best_groups
                                for key in members if key in windows) <= reported:
            return []  # the windows together cannot hold more groups than already reported
        # one message under several keys is one sighting (event ids are unique per event;
        # hashing whole sightings cost more than the rest of the step)
        merged = sorted({s.event_id: s for key in members if key in windows
                         for s in windows[key]}.values(),
                        key=lambda s: (s.ts_ms, s.event_id))
        groups = list(dict.fromkeys(s.group_id for s in merged))
        campaign = Campaign(
            key=root,
            campaign_id=f"{root}@{self._started[root]}",
            groups=tuple(groups),
            users=tuple(dict.fromkeys(s.user_id for s in merged)),
            first_ms=merged[0].ts_ms,
            last_ms=merged[-1].ts_ms,
            event_ids=tuple(s.event_id for s in merged)[-20:],
            update=reported > 0,
        )
        notices = [replace(campaign, key=key, campaign_id=campaign_id, update=True,
                           merged_into=campaign.campaign_id) for key, campaign_id in absorbed]
        # After a merge the root re-issues whenever the union holds more groups than the root
        # itself had reported (the absorbed campaign may have reported more on its own).
        if len(groups) <= (root_told if absorbed else reported):
            return notices
        self._reported[root] = max(len(groups), reported)
        return [*notices, campaign]

    def _step_key(self, key: str, sighting: Sighting) -> list[Sighting] | None:
        """Add the sighting to the key's trail; its busiest window when that is a campaign."""
        trail = self._trails.setdefault(key, _Trail())
        trail.add(sighting, self.window_ms, self.max_sightings_per_key)
        window = trail.best
        if trail.best_groups < self.min_groups:
            return None
        if trail.started_ms is None:
            trail.started_ms = window[0].ts_ms
            self._campaign_keys.add(key)
        return window

    def _is_campaign(self, key: str) -> bool:
        return key in self._campaign_keys

    def _root(self, key: str) -> str:
        while self._parent.get(key, key) != key:
            key = self._parent[key]
        return key

    def _join(self, keys: list[str]) -> tuple[str, list[tuple[str, str]], int]:
        """Union the campaigns of ``keys`` under one root; returns it, the (key, campaign id)
        of every other root that had been reported (its alerts now continue as the root's) and
        how many groups the root itself had reported."""
        roots = {self._root(key) for key in keys}
        for root in roots:
            if root not in self._members:
                self._members[root] = {root}
                started = self._trails[root].started_ms
                assert started is not None  # only campaign keys are joined
                self._started[root] = started
        # an id already told to on-call stays; otherwise the campaign that started first
        root = min(roots, key=lambda r: (r not in self._reported, self._started[r], r))
        absorbed = [(other, f"{other}@{self._started[other]}") for other in sorted(roots - {root})
                    if other in self._reported]
        root_told = self._reported.get(root, 0)
        for other in roots - {root}:
            self._parent[other] = root
            self._members[root] |= self._members.pop(other)
            self._reported[root] = max(self._reported.get(root, 0),
                                       self._reported.pop(other, 0))
            del self._started[other]
        return root, absorbed, root_told

    def evict(self, now_ms: int) -> None:
        """Drop state older than the window (call with the event-time clock)."""
        horizon = now_ms - self.idle_ms
        for key in [k for k, t in self._trails.items() if not t.sightings or
                    t.sightings[-1].ts_ms < horizon]:
            del self._trails[key]
            self._campaign_keys.discard(key)
        for root in [r for r, keys in self._members.items()
                     if not any(k in self._trails for k in keys)]:
            for key in self._members.pop(root):
                self._parent.pop(key, None)
            self._started.pop(root, None)
            self._reported.pop(root, None)
        for band, hashes in list(self._buckets.items()):
            for value in [v for v, ms in hashes.items() if ms < horizon]:
                del hashes[value]
            if not hashes:
                del self._buckets[band]
