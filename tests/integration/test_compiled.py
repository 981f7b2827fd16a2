"""The compiled moderator (``streams/detect/compiled.py``: mypyc over the same sources, what
the Docker image ships) reads every labelled line, the simulated traffic and the hostile
inputs exactly as the interpreted one: same verdicts, categories, hits with their spans,
contacts and normalised text; and a replay of simulated events through one moderator (joins,
shared cards and links, floods, repeats, state saved, restored and evicted) gives the same
verdicts and state.  The build takes about three minutes on two cores the first time and is
kept in ``build/compiled`` while the sources, mypy's settings, mypy and Python do not change."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import Replayed, compiled_build, compiled_snapshots, gram_table_check_output
from helpers import STATE_ALERTS, cli_env, sql


@pytest.fixture(scope="module")
def compiled_dir() -> Path:
    """The compiled copy of the package, built once (about three minutes, started at
    collection: ``conftest.py``) or reused."""
    return compiled_build()


@pytest.mark.timeout(1500)
def test_compiled_and_interpreted_read_every_line_the_same() -> None:
    """(The two snapshots start as soon as the build is done, beside the other tests:
    ``conftest.compiled_snapshots``.)"""
    interpreted, compiled = compiled_snapshots()
    assert interpreted[0] == "interpreted" and compiled[0] == "compiled"
    assert len(interpreted) > 80_000  # the labelled sets, the traffic and the hostile inputs
    assert len(compiled) == len(interpreted)
    differing = [(a, b) for a, b in zip(interpreted[1:], compiled[1:], strict=True) if a != b]
    assert differing == [], differing[:5]


@pytest.mark.timeout(1500)
def test_the_c_gram_table_adds_up_what_the_heads_dicts_do() -> None:
    """The model's C table (``_grams.c``, compiled build only) against its dicts on every
    text the snapshots read (``gram_table_check.py``, started beside the other tests as soon
    as the build is done: ``conftest.gram_table_check_output``)."""
    printed = gram_table_check_output().split()
    assert printed[0] == "same" and int(printed[1]) > 80_000, printed


# What the worker writes that moderation decides: verdicts, hits, and the alerts that follow
# from one group's events in order (``STATE_ALERTS`` and floods: two replays of one file agree
# on them, as test_rebalance.py relies on; a blacklist page depends on when the blacklist
# reaches another partition, so the two differ)
ALERT_KINDS = ", ".join(f"'{kind}'" for kind in (*STATE_ALERTS, "flood"))
WRITTEN = {
    "messages": "SELECT event_id, verdict, categories FROM grouppulse.messages FINAL "
                "ORDER BY event_id",
    "moderation_hits": "SELECT hit_id, category, rule, severity, match, normalized, verdict "
                       "FROM grouppulse.moderation_hits FINAL ORDER BY hit_id",
    "alerts": "SELECT DISTINCT kind, dedup_key FROM grouppulse.alerts "
              f"WHERE kind IN ({ALERT_KINDS}) ORDER BY kind, dedup_key",
}


@pytest.mark.timeout(1500)
def test_a_compiled_worker_writes_what_an_interpreted_one_does(compiled_dir: Path,
                                                               replayed_20k: Replayed,
                                                               tmp_path: Path) -> None:
    """The whole worker on the compiled moderator (its lexicon reloader, campaign and health
    code around it): the same 20,000 events, 1 % malformed, replayed into a fresh data
    directory give the rows the interpreted replay gave.  (Run outside the checkout: ``python
    -m`` puts the current directory first, which would load the interpreted sources.)"""
    folder = tmp_path / "data"
    env = {**cli_env(folder), "PYTHONPATH": str(compiled_dir)}
    probe = subprocess.run(
        [sys.executable, "-c",
         "from streams.detect.compiled import build_name, is_compiled; print(is_compiled()); "
         "print(build_name())"],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False)
    assert probe.stdout.split("\n")[:2] == ["True", "compiled (mypyc, C gram table)"], \
        probe.stderr[-2000:]
    done = subprocess.run([sys.executable, "-m", "streams.cli", "replay",
                           str(replayed_20k.events)], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stderr[-4000:]
    for table, query in WRITTEN.items():
        interpreted, compiled = sql(replayed_20k.first, query), sql(folder, query)
        assert len(interpreted) > 0, table
        assert compiled == interpreted, (table, len(compiled), len(interpreted))

