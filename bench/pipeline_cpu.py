"""CPU time of the per-event pipeline alone: parse, moderation, sentiment, health windows and
row mapping, in one process, without Faust, the broker or ClickHouse.

    .venv/bin/python bench/pipeline_cpu.py [--events 60000] [--groups 1000] [--profile]

Simulated events (partitioned by group as the worker sees them) go through
``IngestPipeline.prepare`` in batches of 500, with the groups' state exported every ten
batches as the worker does at its saves; the first 10,000 warm the caches. Prints µs of CPU
per event and, with ``--profile``, the 25 most expensive functions. What is left of the
worker's CPU per event (``bench/throughput.py``) beyond this is Faust, outputs and writes.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
import zlib
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "tests"))  # the in-memory Writer used by tests

from memory_sink import MemoryWriter  # noqa: E402

from sinks.batching import BatchingSink  # noqa: E402
from streams.analysis import Analyser, HealthMonitor  # noqa: E402
from streams.blacklist import Blacklist  # noqa: E402
from streams.detect.lexicon import LexiconReloader  # noqa: E402
from streams.detect.moderation import Moderator  # noqa: E402
from streams.detect.sentiment import score  # noqa: E402
from streams.pipeline import DeadLetter, IngestPipeline, Record  # noqa: E402
from streams.simulate import SimulationConfig, generate  # noqa: E402

PARTITIONS = 8
BATCH = 500


async def _drop_dead_letter(letter: DeadLetter) -> None:
    return None


async def _drop_states(states: list[tuple[int, bytes, bytes]]) -> None:
    return None


def build() -> IngestPipeline:
    lexicon = LexiconReloader(()).lexicon
    analyser = Analyser(Moderator(lexicon), score, lexicon.version, Blacklist())
    pipeline = IngestPipeline(BatchingSink(MemoryWriter()), _drop_dead_letter,
                              analyser=analyser, health=HealthMonitor(companion=analyser),
                              save_states=_drop_states)
    assert pipeline.health is not None
    pipeline.health.loaded.update(range(PARTITIONS))  # nothing saved to restore
    return pipeline


def records(events: int, groups: int) -> list[Record]:
    offsets = [0] * PARTITIONS
    out = []
    for sim in generate(SimulationConfig(groups=groups, events=events)):
        partition = zlib.crc32(sim.group_id.encode()) % PARTITIONS
        out.append(Record("group-events", partition, offsets[partition], 0,
                          sim.group_id.encode(), sim.raw))
        offsets[partition] += 1
    return out


def run(pipeline: IngestPipeline, batch: list[Record]) -> float:
    started = time.process_time()
    for n, start in enumerate(range(0, len(batch), BATCH)):
        pipeline.prepare(batch[start:start + BATCH], with_states=False)
        if n % 10 == 9:
            pipeline.take_states()
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=60_000)
    parser.add_argument("--groups", type=int, default=1000)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    recs = records(args.events, args.groups)
    warm, measured = recs[:10_000], recs[10_000:]
    pipeline = build()
    run(pipeline, warm)
    seconds = run(pipeline, measured)
    print(f"{len(measured):,} events, {args.groups:,} groups: "
          f"{seconds / len(measured) * 1e6:.0f} µs CPU per event "
          f"({len(measured) / seconds:,.0f} events/s on one core)")
    if args.profile:
        pipeline = build()
        with tempfile.NamedTemporaryFile(suffix=".prof") as out:
            cProfile.runctx("run(pipeline, recs)", globals(), locals(), out.name)
            pstats.Stats(out.name).sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
