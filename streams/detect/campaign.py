"""Cross-group spam campaigns: the same ad (or a near copy) or the same contact in many groups.

Spam is an organised trade: one account, or a handful, posts the same ad in many groups within
minutes. Only ad-like messages are fed here (a contact, a link, a card, an ad lexicon hit), so
ordinary greetings that happen to repeat across groups never form a campaign.

Near copies are found with a 64-bit SimHash over character trigrams and 8 bands of 8 bits
(locality-sensitive hashing: two hashes at most 7 bits apart share at least one band): texts
within ``max_distance`` bits of an earlier one join its cluster. On short chat ads one added
character moves the hash by 2-6 bits; unrelated texts sit about 32 bits apart.
State is bounded by the window: sightings older than ``window_ms`` are dropped.
"""

from __future__ import annotations

import hashlib
from collections import deque
from dataclasses import dataclass, field

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


@dataclass(frozen=True)
class Campaign:
    """A key seen in ``min_groups`` or more groups within the window."""

    key: str  # "text:<simhash>" or "contact:<kind>:<value>"
    campaign_id: str  # stable for the life of the campaign: key + first sighting time
    groups: tuple[str, ...]
    users: tuple[str, ...]
    first_ms: int
    last_ms: int
    event_ids: tuple[str, ...]
    update: bool  # False the first time the threshold is reached, True as it grows


@dataclass
class _Trail:
    sightings: deque[Sighting] = field(default_factory=deque)
    started_ms: int = 0
    reported_groups: int = 0


@dataclass
class CampaignDetector:
    min_groups: int = 5
    window_ms: int = 10 * 60_000
    max_distance: int = 7
    min_text_chars: int = 6
    _trails: dict[str, _Trail] = field(default_factory=dict)
    # (band, band value) → {hash: last seen ms}
    _buckets: dict[tuple[int, int], dict[int, int]] = field(default_factory=dict)

    def text_key(self, normalized_text: str, ts_ms: int) -> str | None:
        """The cluster key of an ad text: its own SimHash or that of a near copy seen lately."""
        if len(normalized_text) < self.min_text_chars:
            return None
        value = simhash(normalized_text)
        horizon = ts_ms - self.window_ms
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
        """Record one ad-like message under each of its keys; return campaigns to report."""
        found = []
        for key in keys:
            trail = self._trails.setdefault(key, _Trail())
            trail.sightings.append(sighting)
            horizon = sighting.ts_ms - self.window_ms
            while trail.sightings and trail.sightings[0].ts_ms < horizon:
                trail.sightings.popleft()
            groups = list(dict.fromkeys(s.group_id for s in trail.sightings))
            if len(groups) < self.min_groups:
                if not trail.sightings or len(groups) < trail.reported_groups // 2:
                    trail.reported_groups = 0  # the campaign died out: a later one is new
                continue
            if trail.reported_groups == 0:
                trail.started_ms = trail.sightings[0].ts_ms
            if len(groups) > trail.reported_groups:
                update = trail.reported_groups > 0
                trail.reported_groups = len(groups)
                found.append(
                    Campaign(
                        key=key,
                        campaign_id=f"{key}@{trail.started_ms}",
                        groups=tuple(groups),
                        users=tuple(dict.fromkeys(s.user_id for s in trail.sightings)),
                        first_ms=trail.sightings[0].ts_ms,
                        last_ms=sighting.ts_ms,
                        event_ids=tuple(s.event_id for s in trail.sightings)[-20:],
                        update=update,
                    )
                )
        return found

    def evict(self, now_ms: int) -> None:
        """Drop state older than the window (call with the event-time clock)."""
        horizon = now_ms - self.window_ms
        for key in [k for k, t in self._trails.items() if not t.sightings or
                    t.sightings[-1].ts_ms < horizon]:
            del self._trails[key]
        for band, hashes in list(self._buckets.items()):
            for value in [v for v, ms in hashes.items() if ms < horizon]:
                del hashes[value]
            if not hashes:
                del self._buckets[band]
