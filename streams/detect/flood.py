"""Flooding (刷屏): one member posting many messages, or the same text again and again.

A pure state machine in event time: ``FloodDetector.step(key, ts_ms, fingerprint)`` returns
what this message adds to the member's recent behaviour. Memory is bounded: each member keeps
at most ``max_messages`` recent timestamps, and members silent for a window are forgotten by
``evict`` (call it from time to time with the event-time clock).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class FloodVerdict:
    """What one message shows about its sender's recent behaviour (one per message: its
    ``__init__``, like ``_Member``'s, is written out for mypyc, ``compiled.py``)."""

    flood: bool  # too many messages in the window
    duplicate: bool  # the same text too many times in the window
    count_in_window: int
    repeats_in_window: int

    def __init__(self, flood: bool, duplicate: bool, count_in_window: int,
                 repeats_in_window: int) -> None:
        self.flood = flood
        self.duplicate = duplicate
        self.count_in_window = count_in_window
        self.repeats_in_window = repeats_in_window


@dataclass(slots=True)
class _Member:
    times: deque[int]
    texts: deque[tuple[int, str]]
    counts: dict[str, int]  # of the texts in ``texts``
    last_ms: int

    def __init__(self, times: deque[int] | None = None,
                 texts: deque[tuple[int, str]] | None = None, last_ms: int = 0) -> None:
        self.times = deque() if times is None else times
        self.texts = deque() if texts is None else texts
        self.counts = {}
        self.last_ms = last_ms


@dataclass
class FloodDetector:
    """Defaults from practice: 10 messages in 60 s is a flood; 3 identical texts in 10 min."""

    window_ms: int = 60_000
    max_messages: int = 10
    duplicate_window_ms: int = 600_000
    max_repeats: int = 3
    # by group, then member: a group's state is saved and restored as one piece
    _members: dict[str, dict[str, _Member]] = field(default_factory=dict)
    _size: int = 0  # members held, over all groups

    def step(self, group_id: str, user_id: str, ts_ms: int, fingerprint: str) -> FloodVerdict:
        group = self._members.get(group_id)
        if group is None:
            group = self._members[group_id] = {}
        member = group.get(user_id)
        if member is None:
            member = group[user_id] = _Member()
            self._size += 1
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
        return self.evict_groups(lambda _: now_ms)

    def evict_groups(self, horizon_of: Callable[[str], int]) -> int:
        """Forget members silent for longer than both windows before their group's own
        horizon (``horizon_of(group_id)``, event time); returns how many."""
        span = max(self.window_ms, self.duplicate_window_ms)
        gone = 0
        for group_id in list(self._members):
            group = self._members[group_id]
            horizon = horizon_of(group_id) - span
            stale = [user for user, member in group.items() if member.last_ms < horizon]
            for user in stale:
                del group[user]
            gone += len(stale)
            if not group:
                del self._members[group_id]
        self._size -= gone
        return gone

    def export_group(self, group_id: str) -> dict[str, list[Any]]:
        """The group's members' recent behaviour, JSON-ready (saved with the group's
        health state, so a restarted worker counts floods as if it had never stopped)."""
        return {user: [m.last_ms, list(m.times), [list(t) for t in m.texts]]
                for user, m in self._members.get(group_id, {}).items()}

    def import_group(self, group_id: str, saved: dict[str, list[Any]]) -> None:
        self.drop_group(group_id)
        group: dict[str, _Member] = {}
        for user, (last_ms, times, texts) in saved.items():
            member = _Member(deque(times), deque((int(ts), str(fp)) for ts, fp in texts),
                             last_ms=int(last_ms))
            for _, fingerprint in member.texts:
                member.counts[fingerprint] = member.counts.get(fingerprint, 0) + 1
            group[user] = member
        if group:
            self._members[group_id] = group
            self._size += len(group)

    def drop_group(self, group_id: str) -> None:
        self._size -= len(self._members.pop(group_id, {}))

    def __len__(self) -> int:
        return self._size
