"""Classification passes over the bench mix, for counting instructions (load-proof speed).

    .venv/bin/python bench/moderation_passes.py EVENTS PASSES [fresh]

Builds the simulated traffic of ``bench/moderation_eval.py`` (seed 3, 500 groups), then runs
``PASSES`` passes of ``Moderator.classify`` over its messages, each with a fresh moderator (so
each distinct short text is read once per pass, as shipped; ``fresh``: every text read afresh).
Prints the number of messages.  CPU time on the shared machine swings with other people's load;
the instruction count does not:

    ir() { valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
             .venv/bin/python bench/moderation_passes.py 5000 "$1" 2>&1 | grep Collected; }
    ir 0; ir 2     # (second - first) / 2 / messages = instructions per message

For the code of another commit: ``git archive COMMIT streams | tar -x -C /tmp/old`` and run
with ``PYTHONPATH=/tmp/old``.
"""

from __future__ import annotations

import sys

from streams.classify import message_of
from streams.detect import moderation
from streams.detect.lexicon import Lexicon
from streams.detect.moderation import Moderator
from streams.events import InvalidEvent, parse_event
from streams.simulate import SimulationConfig, generate


def main() -> None:
    events, passes = int(sys.argv[1]), int(sys.argv[2])
    messages = []
    for sim in generate(SimulationConfig(events=events, seed=3, groups=500)):
        try:
            event = parse_event(sim.raw)
        except InvalidEvent:
            continue
        if event.type == "message":
            messages.append(message_of(event))
    if sys.argv[3:] == ["fresh"]:
        moderation.READING_MAX_CHARS = -1
    lexicon = Lexicon.load()
    warm = Moderator(lexicon)
    for message in messages[:50]:  # lazy tables and imports outside the counted passes
        warm.classify(message)
    for _ in range(passes):
        moderator = Moderator(lexicon)
        for message in messages:
            moderator.classify(message)
    print(len(messages))


if __name__ == "__main__":
    main()
