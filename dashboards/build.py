"""Generate the Grafana dashboard JSON files from the builders.

``write_all(out_dir)`` writes one ``<uid>.json`` per dashboard (sorted keys, indent 2, trailing
newline, UTF-8 without escapes) and returns the paths; ``python -m dashboards.build [DIR]``
does the same from the shell (default ``deploy/grafana/dashboards``).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from dashboards import group, moderation, overview, pipeline
from dashboards.common import Json

DEFAULT_OUT_DIR = Path(__file__).resolve().parents[1] / "deploy" / "grafana" / "dashboards"

BUILDERS: dict[str, Callable[[], Json]] = {
    overview.UID: overview.build,
    group.UID: group.build,
    moderation.UID: moderation.build,
    pipeline.UID: pipeline.build,
}


def build_all() -> dict[str, Json]:
    """Every dashboard, by uid."""
    dashboards = {}
    for uid, build in BUILDERS.items():
        board = build()
        if board["uid"] != uid:
            raise ValueError(f"builder for {uid} returned uid {board['uid']}")
        dashboards[uid] = board
    return dashboards


def render(board: Json) -> str:
    """Stable text of one dashboard: the same input always gives the same bytes."""
    return json.dumps(board, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def write_all(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for uid, board in build_all().items():
        path = out_dir / f"{uid}.json"
        path.write_text(render(board), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0]) if args else DEFAULT_OUT_DIR
    for path in write_all(out_dir):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
