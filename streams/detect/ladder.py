"""The violation ladder across all groups: warn → mute → kick and blacklist.

Community rules escalate (一次提醒警告，两次禁言，三次请出) and spammers move between groups, so
strikes count per user across every group. A pure state machine in event time: each ``reject``
verdict is a strike; strikes older than ``decay_days`` no longer count; the action for a strike
is chosen by how many count at that moment. The pipeline cannot act on WeChat: it emits the
action for a bot or a person to carry out.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

DAY_MS = 86_400_000
WARN, MUTE, KICK = "warn", "mute", "kick"


@dataclass(frozen=True)
class Action:
    user_id: str
    group_id: str
    action: str  # warn, mute or kick
    strikes: int  # strikes counting when this one was added
    blacklist: bool
    reason: str
    event_id: str
    ts_ms: int


@dataclass
class StrikeLadder:
    """Defaults from practice: 1 strike warns, 2 mute, 3 within 30 days kick and blacklist."""

    mute_at: int = 2
    kick_at: int = 3
    decay_days: int = 30
    _strikes: dict[str, deque[int]] = field(default_factory=dict)
    _seen: dict[str, int] = field(default_factory=dict)  # event id → ts, for redeliveries

    def strike(self, user_id: str, group_id: str, ts_ms: int, reason: str,
               event_id: str) -> Action | None:
        """Record a strike; returns the action, or None for an event already counted."""
        if event_id in self._seen:
            return None  # at-least-once delivery must not double-count a violation
        self._seen[event_id] = ts_ms
        times = self._strikes.setdefault(user_id, deque())
        times.append(ts_ms)
        while times and times[0] <= ts_ms - self.decay_days * DAY_MS:
            times.popleft()
        count = len(times)
        action = KICK if count >= self.kick_at else MUTE if count >= self.mute_at else WARN
        return Action(user_id, group_id, action, count, action == KICK, reason, event_id, ts_ms)

    def strikes(self, user_id: str, now_ms: int) -> int:
        times = self._strikes.get(user_id, deque())
        return sum(1 for ts in times if ts > now_ms - self.decay_days * DAY_MS)

    def evict(self, now_ms: int) -> None:
        """Forget strikes and event ids older than the decay window."""
        horizon = now_ms - self.decay_days * DAY_MS
        for event_id in [e for e, ts in self._seen.items() if ts <= horizon]:
            del self._seen[event_id]
        for user_id in [u for u, times in self._strikes.items() if not times or
                        times[-1] <= horizon]:
            del self._strikes[user_id]
