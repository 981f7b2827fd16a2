"""Flooding (刷屏): one member posting many messages, or the same text again and again.

A pure state machine in event time: ``FloodDetector.step(key, ts_ms, fingerprint)`` returns
what this message adds to the member's recent behaviour. Memory is bounded: each member keeps
at most ``max_messages`` recent timestamps, and members silent for a window are forgotten by
``evict`` (call it from time to time with the event-time clock).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import NamedTuple


class FloodVerdict(NamedTuple):
    """What one message shows about its sender's recent behaviour (a tuple: one per message,
    so it must be cheap to make)."""

    flood: bool  # too many messages in the window
    duplicate: bool  # the same text too many times in the window
    count_in_window: int
    repeats_in_window: int


@dataclass(slots=True)
class _Member:
    times: deque[int] = field(default_factory=deque)
    texts: deque[tuple[int, str]] = field(default_factory=deque)
    counts: dict[str, int] = field(default_factory=dict)  # of the texts in ``texts``
    last_ms: int = 0


@dataclass
class FloodDetector:
    """Defaults from practice: 10 messages in 60 s is a flood; 3 identical texts in 10 min."""

    window_ms: int = 60_000
    max_messages: int = 10
    duplicate_window_ms: int = 600_000
    max_repeats: int = 3
    _members: dict[tuple[str, str], _Member] = field(default_factory=dict)

    def step(self, group_id: str, user_id: str, ts_ms: int, fingerprint: str) -> FloodVerdict:
        key = (group_id, user_id)
        member = self._members.get(key)
        if member is None:
            member = self._members[key] = _Member()
        if ts_ms > member.last_ms:
            member.last_ms = ts_ms
        times = member.times
        times.append(ts_ms)
        horizon = ts_ms - self.window_ms
        while times[0] <= horizon:  # never empties: the newest entry is after the horizon
            times.popleft()
        if len(times) > self.max_messages * 2:  # bound memory for extreme floods
            times.popleft()  # one in, one out: the bound holds
        count = len(times)
        repeats = 0
        if fingerprint:
            texts, counts = member.texts, member.counts
            texts.append((ts_ms, fingerprint))
            counts[fingerprint] = counts.get(fingerprint, 0) + 1
            horizon = ts_ms - self.duplicate_window_ms
            while texts[0][0] <= horizon or len(texts) > 50:
                gone = texts.popleft()[1]
                left = counts[gone] - 1
                if left:
                    counts[gone] = left
                else:
                    del counts[gone]
            repeats = counts[fingerprint]
        return FloodVerdict(count >= self.max_messages, repeats >= self.max_repeats, count,
                            repeats)

    def evict(self, now_ms: int) -> int:
        """Forget members silent for longer than both windows; returns how many."""
        horizon = now_ms - max(self.window_ms, self.duplicate_window_ms)
        stale = [key for key, member in self._members.items() if member.last_ms < horizon]
        for key in stale:
            del self._members[key]
        return len(stale)

    def __len__(self) -> int:
        return len(self._members)
