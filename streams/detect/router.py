"""Which alerts page someone: dedup, suppression and rate limits, in event time.

On-call staff must get an alert once, within seconds, with its evidence — not the same alert
forty times. ``AlertRouter.route`` decides per alert record:

- ``page``: first time this ``dedup_key`` is seen (or seen again after the suppression window);
- ``update``: same key within the window — the stored alert is updated, nobody is paged again
  (a campaign reaching more groups, a repeat of the same flood);
- ``rate_limited``: a new key, but the group (or everything) has paged too often lately; it is
  recorded and shown on dashboards, and paged once the pressure drops.
Critical alerts bypass the per-group limit (a blacklisted user must always page), not the global
one, which protects the receivers from a storm.
"""

from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass, field
from typing import Any

PAGE, UPDATE, RATE_LIMITED = "page", "update", "rate_limited"


def merged_notice(alert: dict[str, Any]) -> bool:
    """A campaign's last record saying it now continues as another (``detail.merged_into``):
    recorded, never paged — the campaign it names pages for both."""
    detail = alert.get("detail")
    if isinstance(detail, str | bytes):
        try:
            detail = json.loads(detail)
        except ValueError:
            return False
    return isinstance(detail, dict) and bool(detail.get("merged_into"))


@dataclass
class AlertRouter:
    suppress_ms: int = 30 * 60_000
    group_limit: int = 5  # pages per group per window
    global_limit: int = 60  # pages overall per window
    window_ms: int = 10 * 60_000
    _last_seen: dict[str, int] = field(default_factory=dict)
    _group_pages: dict[str, deque[int]] = field(default_factory=dict)
    _pages: deque[int] = field(default_factory=deque)

    def route(self, dedup_key: str, group_id: str, severity: str, ts_ms: int) -> str:
        last = self._last_seen.get(dedup_key)
        if last is not None and ts_ms - last < self.suppress_ms:
            self._last_seen[dedup_key] = max(last, ts_ms)
            return UPDATE
        self._last_seen[dedup_key] = ts_ms
        horizon = ts_ms - self.window_ms
        while self._pages and self._pages[0] <= horizon:
            self._pages.popleft()
        group_pages = self._group_pages.setdefault(group_id, deque())
        while group_pages and group_pages[0] <= horizon:
            group_pages.popleft()
        if len(self._pages) >= self.global_limit:
            return RATE_LIMITED
        if severity != "critical" and len(group_pages) >= self.group_limit:
            return RATE_LIMITED
        self._pages.append(ts_ms)
        group_pages.append(ts_ms)
        return PAGE

    def evict(self, now_ms: int) -> None:
        """Forget keys past their suppression window and idle groups."""
        for key in [k for k, ts in self._last_seen.items() if now_ms - ts >= self.suppress_ms]:
            del self._last_seen[key]
        horizon = now_ms - self.window_ms
        for group in [g for g, pages in self._group_pages.items()
                      if not pages or pages[-1] <= horizon]:
            del self._group_pages[group]
