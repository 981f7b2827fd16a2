"""A custom lexicon edited while the worker runs takes effect without a restart."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import orjson
from helpers import run_cli

from streams.runner import EmbeddedPipeline, produce
from streams.settings import Settings


def message(i: int, text: str) -> tuple[bytes, bytes]:
    doc = {"event_id": f"r{i}", "type": "message", "ts": 1793592001500 + i, "group_id": "g1",
           "user_id": f"u{i}", "text": text}
    return b"g1", orjson.dumps(doc)


def test_custom_lexicon_is_hot_reloaded(tmp_path: Path) -> None:
    custom = tmp_path / "custom.tsv"
    custom.write_text("# version: custom-1\n蓝莓口令\tcustom\treview\n", encoding="utf-8")
    settings = Settings(data_dir=tmp_path, custom_lexicons=str(custom), lexicon_reload_seconds=0.5)
    with EmbeddedPipeline(settings) as pipe:
        first = asyncio.run(produce(pipe.broker.bootstrap, settings.topic_events,
                                    [message(1, "今晚的蓝莓口令是什么"), message(2, "樱桃暗号来了")]))
        asyncio.run(pipe.wait_processed(first))
        custom.write_text("# version: custom-2\n蓝莓口令\tcustom\treview\n樱桃暗号\tcustom\treject\n",
                          encoding="utf-8")
        time.sleep(2.0)  # a few reload ticks
        second = asyncio.run(produce(pipe.broker.bootstrap, settings.topic_events,
                                     [message(3, "樱桃暗号又来了")]))
        asyncio.run(pipe.wait_processed(second))
    done = run_cli(tmp_path, "sql", "--format", "jsonl",
                   "SELECT event_id, verdict, categories FROM grouppulse.messages ORDER BY event_id")
    rows = {r["event_id"]: r for r in map(orjson.loads, done.stdout.splitlines())}
    assert rows["r1"]["verdict"] == "review" and rows["r1"]["categories"] == ["custom"]
    assert rows["r2"]["verdict"] == "pass"  # before the edit
    assert rows["r3"]["verdict"] == "reject" and rows["r3"]["categories"] == ["custom"]
