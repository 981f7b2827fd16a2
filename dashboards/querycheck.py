"""Run ClickHouse queries given as JSON on stdin; print their columns and rows as JSON.

Used by the dashboard query tests (chDB allows one data directory per process, so the test
process hands the queries to this one): stdin is ``[{"name": ..., "sql": ...}, ...]``, stdout
is ``{name: {"columns": [[name, type], ...], "rows": [[...], ...]} | {"error": "..."}}``; the
columns come from ``DESCRIBE (query)``, so they are known even when no row matches. The
ClickHouse DSN comes from the usual settings (``GROUPPULSE_CLICKHOUSE_DSN`` or
``GROUPPULSE_DATA_DIR``).
"""

from __future__ import annotations

import json
import sys
from typing import Any

from sinks.clickhouse import connect
from streams.settings import Settings


def run(queries: list[dict[str, str]]) -> dict[str, dict[str, Any]]:
    settings = Settings()
    client = connect(settings.dsn, settings.dsn_for_display)
    results: dict[str, dict[str, Any]] = {}
    try:
        for query in queries:
            try:
                result = client.query(query["sql"])
                described = client.query(f"DESCRIBE ({query['sql']})")  # noqa: S608 - our SQL
            except Exception as exc:  # report every failing query, not only the first
                results[query["name"]] = {"error": " ".join(str(exc).split())[:2000]}
                continue
            results[query["name"]] = {
                "columns": [[row[0], row[1]] for row in described.result_rows],
                "rows": [list(row) for row in result.result_rows],
            }
    finally:
        client.close()
    return results


def main() -> int:
    queries = json.loads(sys.stdin.read())
    json.dump(run(queries), sys.stdout, default=str, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
