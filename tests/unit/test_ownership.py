"""Which partition state survives a rebalance: kept across consecutive generations, reloaded
after a missed one (tests/integration/test_rebalance.py freezes a worker to make one happen)."""

from __future__ import annotations

import logging

import pytest

from streams.ownership import PartitionOwnership


def test_partitions_that_stay_keep_their_state_across_consecutive_generations() -> None:
    ownership = PartitionOwnership("group health")
    assert ownership.still_held(set(), {0, 1, 2, 3}, 1) == set()
    assert ownership.still_held({0, 1, 2, 3}, {0, 1}, 2) == {0, 1}
    assert ownership.still_held({0, 1}, {0, 1, 5}, 3) == {0, 1}


def test_the_same_generation_again_changes_nothing() -> None:
    ownership = PartitionOwnership("campaigns")
    ownership.still_held(set(), {0, 1}, 4)
    assert ownership.still_held({0, 1}, {0, 1}, 4) == {0, 1}


def test_a_missed_rebalance_reloads_every_partition_and_says_why(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The worker was dropped from the group (generation 2 skipped): others may have
    processed partitions 0-3 meanwhile, so even those assigned back are reloaded."""
    ownership = PartitionOwnership("group health")
    ownership.still_held(set(), {0, 1, 2, 3}, 1)
    with caplog.at_level(logging.WARNING, logger="streams.ownership"):
        assert ownership.still_held({0, 1, 2, 3}, {0, 1, 2, 3}, 3) == set()
    assert "group health: consumer-group generation 3 follows 1" in caplog.text
    assert "missed a rebalance" in caplog.text and "[0, 1, 2, 3] is reloaded" in caplog.text
    # the next consecutive generation keeps state again
    assert ownership.still_held({0, 1}, {0, 1}, 4) == {0, 1}


def test_a_worker_with_no_state_has_nothing_to_warn_about(
    caplog: pytest.LogCaptureFixture,
) -> None:
    ownership = PartitionOwnership("enforce")
    with caplog.at_level(logging.WARNING, logger="streams.ownership"):
        assert ownership.still_held(set(), {0}, 7) == set()
        assert ownership.still_held(set(), {0}, 9) == set()
    assert caplog.text == ""


def test_state_held_before_any_generation_was_seen_is_reloaded() -> None:
    assert PartitionOwnership("campaigns").still_held({2}, {2}, 5) == set()
