"""The compiled moderator (``streams/detect/compiled.py``: mypyc over the same sources, what
the Docker image ships) reads every labelled line, the simulated traffic and the hostile
inputs exactly as the interpreted one: same verdicts, categories, hits with their spans,
contacts and normalised text; and a replay of simulated events through one moderator (joins,
shared cards and links, floods, repeats, state saved, restored and evicted) gives the same
verdicts and state.  The build takes about three minutes on two cores the first time and is
kept in ``build/compiled`` while the sources, mypy's settings, mypy and Python do not change."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from streams.detect.compiled import SOURCE_ROOT, build

SNAPSHOT = Path(__file__).with_name("compiled_snapshot.py")


def _snapshot(pythonpath: Path, out: Path) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(pythonpath), "PYTHONHASHSEED": "0"}
    done = subprocess.run([sys.executable, str(SNAPSHOT), str(out)], env=env, cwd=out.parent,
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-4000:]
    return out.read_text(encoding="utf-8").splitlines()


@pytest.mark.timeout(1500)
def test_compiled_and_interpreted_read_every_line_the_same(tmp_path: Path) -> None:
    compiled_dir = build(SOURCE_ROOT / "build" / "compiled")
    interpreted = _snapshot(SOURCE_ROOT, tmp_path / "interpreted.jsonl")
    compiled = _snapshot(compiled_dir, tmp_path / "compiled.jsonl")
    assert interpreted[0] == "interpreted" and compiled[0] == "compiled"
    assert len(interpreted) > 80_000  # the labelled sets, the traffic and the hostile inputs
    assert len(compiled) == len(interpreted)
    differing = [(a, b) for a, b in zip(interpreted[1:], compiled[1:], strict=True) if a != b]
    assert differing == [], differing[:5]
