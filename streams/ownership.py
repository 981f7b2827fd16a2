"""Which in-memory partition state may survive a rebalance.

A worker keeps state per partition (group health, campaigns, strikes) across rebalances when
the partition stays with it. That is only safe when the worker took part in every rebalance:
one whose revocation or pause outlasted the session timeout is dropped from the consumer group,
others process its partitions, and when it rejoins it may get the same partitions back with
state that misses what they did meanwhile. The consumer-group generation tells the two apart:
it goes up by one for each rebalance, so a jump of more than one means this worker missed one.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


class PartitionOwnership:
    """Tells, at each assignment, which partitions' state this worker may keep."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.generation: int | None = None

    def still_held(self, held: set[int], assigned: set[int], generation: int) -> set[int]:
        """The partitions of ``held`` whose state is still right: those assigned again in the
        generation this worker last saw or the one right after it; none after a missed
        rebalance (or with no generation seen before), so all of them are reloaded."""
        last, self.generation = self.generation, generation
        if last is not None and generation in (last, last + 1):
            return held & assigned
        if held:
            log.warning(
                "%s: consumer-group generation %d follows %s, so this worker missed a rebalance"
                " and others may have processed its partitions meanwhile; the state of"
                " partitions %s is reloaded",
                self.name, generation, last, sorted(held))
        return set()
