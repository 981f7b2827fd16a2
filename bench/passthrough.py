"""A trivial Faust pass-through agent: the yardstick the full pipeline is measured against.

Consumes ``--topic`` from ``--broker`` with its own consumer group, does nothing per event, and
writes ``events seconds cpu_seconds`` (first event to last) to ``--result`` once it has seen
``--expect`` events, then exits.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import faust


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--broker", required=True)
    parser.add_argument("--topic", default="group-events")
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--expect", type=int, required=True)
    parser.add_argument("--web-port", type=int, default=6099)
    parser.add_argument("--result", required=True)
    parser.add_argument("--datadir", required=True)
    args = parser.parse_args()

    app = faust.App(
        f"bench-passthrough-{os.getpid()}",
        broker=args.broker,
        store="memory://",
        key_serializer="raw",
        value_serializer="raw",
        topic_partitions=args.partitions,
        consumer_auto_offset_reset="earliest",
        broker_session_timeout=10,
        web_port=args.web_port,
        web_enabled=False,
        datadir=args.datadir,
    )
    topic = app.topic(args.topic, key_type=bytes, value_type=bytes, partitions=args.partitions)
    seen = {"n": 0, "first": 0.0, "cpu": 0.0}

    @app.agent(topic, concurrency=1)
    async def passthrough(stream: faust.StreamT[bytes]) -> None:
        async for _ in stream:
            if seen["n"] == 0:
                seen["first"] = time.perf_counter()
                seen["cpu"] = time.process_time()
            seen["n"] += 1
            if seen["n"] == args.expect:
                elapsed = time.perf_counter() - seen["first"]
                cpu = time.process_time() - seen["cpu"]
                with open(args.result, "w") as out:
                    out.write(f"{args.expect} {elapsed} {cpu}\n")
                os._exit(0)

    sys.argv = [sys.argv[0], "worker", "-l", "warn"]
    app.main()


if __name__ == "__main__":
    main()
