"""Dead-letter ratio guard: halt instead of dead-lettering everything after a bad deploy.

A small state machine over the outcome (good/bad) of the last ``window`` events. It trips only
when the window is full, so a handful of bad events at start-up cannot halt a worker.
"""

from __future__ import annotations

from collections import Counter, deque
from dataclasses import dataclass, field


@dataclass
class DeadLetterRatioGuard:
    window: int = 1000
    max_ratio: float = 0.5
    _outcomes: deque[str | None] = field(default_factory=deque, repr=False)
    _bad: int = 0

    def record(self, reason_code: str | None) -> bool:
        """Record one event (``None`` = good, else its dead-letter reason); True = halt now."""
        self._outcomes.append(reason_code)
        if reason_code is not None:
            self._bad += 1
        if len(self._outcomes) > self.window and self._outcomes.popleft() is not None:
            self._bad -= 1
        return self.tripped

    @property
    def tripped(self) -> bool:
        return len(self._outcomes) >= self.window and self._bad > self.max_ratio * self.window

    @property
    def bad(self) -> int:
        return self._bad

    def explain(self) -> str:
        """One line for the operator: how bad, and the commonest reasons."""
        reasons = Counter(code for code in self._outcomes if code is not None).most_common(3)
        top = ", ".join(f"{code} x{count}" for code, count in reasons)
        return (
            f"{self._bad} of the last {len(self._outcomes)} events were unreadable "
            f"(limit {self.max_ratio:.0%}; commonest: {top}). A producer is probably sending a "
            "new or broken format: fix it, then restart the worker; nothing was committed "
            "past the events already written or dead-lettered."
        )
