"""Dashboards as code: the committed JSON is current, panels are well formed, Prometheus
expressions name only metrics the worker exports, macros expand as the ClickHouse plugin does,
and the provisioning files agree with the dashboards."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import prometheus_client
import pytest
import yaml

import streams.metrics
from dashboards.build import BUILDERS, DEFAULT_OUT_DIR, build_all, render, write_all
from dashboards.common import ALL, CLICKHOUSE, GRID_WIDTH, PROMETHEUS
from dashboards.macros import expand_macros, substitute_variables

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "deploy" / "grafana" / "dashboards"
PROVISIONING = ROOT / "deploy" / "grafana" / "provisioning"
DATASOURCE_UIDS = {CLICKHOUSE["uid"]: CLICKHOUSE["type"], PROMETHEUS["uid"]: PROMETHEUS["type"]}

DASHBOARDS = build_all()


def panels(board: dict[str, Any]) -> list[dict[str, Any]]:
    return list(board["panels"])


def all_targets(datasource_uid: str) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (uid, panel["title"], target)
        for uid, board in DASHBOARDS.items()
        for panel in panels(board)
        for target in panel["targets"]
        if target["datasource"]["uid"] == datasource_uid
    ]


# --- generated files ---------------------------------------------------------------------------

def test_default_out_dir_is_the_committed_folder() -> None:
    assert DEFAULT_OUT_DIR == COMMITTED


@pytest.mark.parametrize("uid", sorted(BUILDERS))
def test_committed_json_is_current(uid: str) -> None:
    path = COMMITTED / f"{uid}.json"
    assert path.exists(), f"{path} missing: run `python -m dashboards.build`"
    assert path.read_text(encoding="utf-8") == render(DASHBOARDS[uid]), (
        f"{path.name} is stale: run `python -m dashboards.build` and commit the result"
    )


def test_no_stray_committed_dashboards() -> None:
    assert {p.stem for p in COMMITTED.glob("*.json")} == set(BUILDERS)


def test_write_all_is_stable(tmp_path: Path) -> None:
    first = {p.name: p.read_bytes() for p in write_all(tmp_path / "a")}
    second = {p.name: p.read_bytes() for p in write_all(tmp_path / "b")}
    assert first == second
    assert sorted(first) == sorted(f"{uid}.json" for uid in BUILDERS)
    for text in first.values():
        assert text.endswith(b"}\n")
        board = json.loads(text)
        assert json.dumps(board, sort_keys=True, indent=2, ensure_ascii=False) + "\n" == text.decode()


# --- dashboard and panel shape ---------------------------------------------------------------

@pytest.mark.parametrize("uid", sorted(BUILDERS))
def test_dashboard_shape(uid: str) -> None:
    board = DASHBOARDS[uid]
    assert board["uid"] == uid and len(uid) <= 40
    assert board["title"] and board["schemaVersion"] >= 36
    assert board["panels"], "a dashboard without panels"
    ids = [panel["id"] for panel in panels(board)]
    assert len(ids) == len(set(ids)), f"duplicate panel ids {ids}"
    titles = [panel["title"] for panel in panels(board)]
    assert len(titles) == len(set(titles)), "panel titles must be unique within a dashboard"


def test_overview_refreshes_every_30_seconds() -> None:
    assert DASHBOARDS["grouppulse-overview"]["refresh"] == "30s"


def titles(uid: str) -> set[str]:
    return {panel["title"] for panel in panels(DASHBOARDS[uid])}


def sql_of(uid: str, title: str) -> str:
    (panel,) = [p for p in panels(DASHBOARDS[uid]) if p["title"] == title]
    return str(panel["targets"][0]["rawSql"])


def test_overview_has_what_the_ops_center_watches() -> None:
    assert {
        "Events per minute by type", "Groups by state", "Dying groups", "Alerts",
        "Risk hits by category", "Ad share", "Ad share of messages", "Spam campaigns",
        "Blacklist events", "Mood across groups",
    } <= titles("grouppulse-overview")
    states = sql_of("grouppulse-overview", "Groups by state")
    for state in ("active", "cooling", "dying", "dead"):
        assert f"countIf(current_state = '{state}') AS {state}" in states
    assert "argMax(state, ts)" in states and "grouppulse.group_health" in states
    assert "kind = 'spam_campaign'" in sql_of("grouppulse-overview", "Spam campaigns")
    assert "group_health" in sql_of("grouppulse-overview", "Mood across groups")


def test_group_dashboard_has_health_baseline_and_mood() -> None:
    assert {
        "State", "Messages vs the group's rhythm (6 h)", "Activity rate", "Health score",
        "Joins and leaves per hour", "Mood", "Top contributors (KOC candidates)",
        "Lurker share (7 days)", "Moderation hits", "Alerts",
    } <= titles("grouppulse-group")
    assert "expected_messages" in sql_of("grouppulse-group", "Messages vs the group's rhythm (6 h)")


def test_moderation_dashboard() -> None:
    assert {
        "Hits by category", "Hits by rule", "Evasion techniques", "Top contacts",
        "Spam campaigns", "Review queue (possible false positives)",
    } <= titles("grouppulse-moderation")
    assert "normalized_by" in sql_of("grouppulse-moderation", "Evasion techniques")
    queue = sql_of("grouppulse-moderation", "Review queue (possible false positives)")
    assert "verdict = 'review'" in queue and "ORDER BY ts DESC" in queue
    assert "match" in queue and "normalized" in queue


def test_group_links_open_the_group_dashboard() -> None:
    group_uid = "grouppulse-group"
    variables = {v["name"] for v in DASHBOARDS[group_uid]["templating"]["list"]}
    links = [
        link["url"]
        for board in DASHBOARDS.values()
        for panel in panels(board)
        for override in panel["fieldConfig"]["overrides"]
        for prop in override["properties"] if prop["id"] == "links"
        for link in prop["value"]
    ]
    assert links
    for url in links:
        match = re.fullmatch(
            r"/d/([\w-]+)/\?var-(\w+)=\$\{__value\.raw\}&\$\{__url_time_range\}", url)
        assert match and match.group(1) == group_uid and match.group(2) in variables, url


@pytest.mark.parametrize("uid", sorted(BUILDERS))
def test_every_panel_has_datasource_id_and_grid_position(uid: str) -> None:
    occupied: set[tuple[int, int]] = set()
    for panel in panels(DASHBOARDS[uid]):
        assert isinstance(panel["id"], int) and panel["id"] > 0
        assert DATASOURCE_UIDS.get(panel["datasource"]["uid"]) == panel["datasource"]["type"]
        assert panel["targets"], panel["title"]
        for target in panel["targets"]:
            assert target["datasource"] == panel["datasource"]
            assert target["refId"]
        refs = [t["refId"] for t in panel["targets"]]
        assert len(refs) == len(set(refs))
        grid = panel["gridPos"]
        assert set(grid) == {"h", "w", "x", "y"}
        assert grid["w"] > 0 and grid["h"] > 0 and grid["x"] >= 0 and grid["y"] >= 0
        assert grid["x"] + grid["w"] <= GRID_WIDTH
        cells = {(x, y) for x in range(grid["x"], grid["x"] + grid["w"])
                 for y in range(grid["y"], grid["y"] + grid["h"])}
        assert not cells & occupied, f"panel {panel['title']!r} overlaps another"
        occupied |= cells


def test_clickhouse_targets_are_raw_sql_with_a_format() -> None:
    targets = all_targets(CLICKHOUSE["uid"])
    assert targets
    for _uid, title, target in targets:
        assert target["editorType"] == "sql" and target["rawSql"].strip(), title
        assert (target["format"], target["queryType"]) in {(0, "timeSeries"), (1, "table")}, title
        if target["format"] == 0:
            assert re.search(r"\bAS time\b", target["rawSql"]), f"{title}: time series needs `time`"


def test_group_dashboard_has_a_group_variable_from_clickhouse() -> None:
    variables = DASHBOARDS["grouppulse-group"]["templating"]["list"]
    (group,) = [v for v in variables if v["name"] == "group"]
    assert group["type"] == "query" and group["datasource"] == CLICKHOUSE
    assert "FROM grouppulse.messages" in group["query"]
    for _uid, title, target in all_targets(CLICKHOUSE["uid"]):
        if _uid == "grouppulse-group":
            assert "'${group}'" in target["rawSql"], f"{title} ignores the selected group"


def test_group_dashboard_category_filter() -> None:
    variables = DASHBOARDS["grouppulse-group"]["templating"]["list"]
    assert [v["name"] for v in variables] == ["category", "group"]  # group depends on it
    category, group = variables
    assert category["includeAll"] and category["allValue"] == ALL
    assert "grouppulse.group_categories" in category["query"]
    assert f"'${{category}}' = '{ALL}'" in group["query"]
    assert "category = '${category}'" in group["query"]


def test_queries_do_not_use_final() -> None:
    """Counts are exact without FINAL (README "Guarantees"); FINAL would only slow panels."""
    for _uid, title, target in all_targets(CLICKHOUSE["uid"]):
        assert not re.search(r"\bFINAL\b", target["rawSql"], re.IGNORECASE), title


# --- Prometheus expressions ------------------------------------------------------------------

PROMQL_FUNCTIONS = {
    "rate", "irate", "increase", "histogram_quantile", "sum", "max", "min", "avg", "count",
    "time", "topk", "bottomk", "clamp_min", "clamp_max", "abs", "delta", "deriv", "vector",
    # used by the alert rules (tests/unit/test_prometheus_rules.py reuses these helpers)
    "absent", "changes", "max_over_time",
}
PROMQL_KEYWORDS = {"by", "without", "on", "ignoring", "group_left", "group_right", "and", "or",
                   "unless", "offset", "bool"}


def exported_metric_names() -> set[str]:
    """Sample names the worker exposes, from the collectors registered in streams.metrics."""
    names: set[str] = set()
    suffixes = {"counter": ["_total"], "histogram": ["_bucket", "_count", "_sum"], "gauge": [""],
                "summary": ["", "_count", "_sum"]}
    collectors = [
        value for value in vars(streams.metrics).values()
        if isinstance(value, prometheus_client.metrics.MetricWrapperBase)
    ]
    assert collectors
    registered = set(prometheus_client.REGISTRY._names_to_collectors.values())  # noqa: SLF001
    for collector in collectors:
        assert collector in registered, f"{collector} is not in the default REGISTRY"
        for family in collector.describe():
            names.update(family.name + suffix for suffix in suffixes[family.type])
    return names


def metric_names(expr: str) -> set[str]:
    """Metric names in a PromQL expression: what remains after removing strings, label
    matchers, ranges, grouping clauses, functions, keywords and numbers."""
    text = re.sub(r'"(?:[^"\\]|\\.)*"', " ", expr)
    text = re.sub(r"\{[^}]*\}", " ", text)
    text = re.sub(r"\[[^\]]*\]", " ", text)
    text = re.sub(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", text)
    names = set()
    for match in re.finditer(r"([A-Za-z_:][A-Za-z0-9_:]*)(\s*\()?", text):
        word, is_call = match.group(1), match.group(2) is not None
        if word in PROMQL_KEYWORDS:  # `and (`, `or\n(` are not calls
            continue
        if is_call:
            assert word in PROMQL_FUNCTIONS, f"unknown PromQL function {word!r} in {expr}"
        else:
            names.add(word)
    return names


def test_metric_name_parser() -> None:
    assert metric_names(
        'histogram_quantile(0.99, sum by (le, table) (rate(a_bucket{table="x"}[$__rate_interval])))'
    ) == {"a_bucket"}
    assert metric_names("time() - max(b_seconds) > 5 and on (instance) c") == {"b_seconds", "c"}
    assert metric_names("a > 0 and\n(b > 0 or\n  sum(c))") == {"a", "b", "c"}


def test_prometheus_expressions_name_only_exported_metrics() -> None:
    exported = exported_metric_names()
    assert {"grouppulse_events_total", "grouppulse_sink_flush_seconds_bucket",
            "grouppulse_halted"} <= exported
    targets = all_targets(PROMETHEUS["uid"])
    assert targets
    used: set[str] = set()
    for uid, title, target in targets:
        names = metric_names(target["expr"])
        assert names, f"{uid}/{title}: no metric in {target['expr']}"
        unknown = names - exported
        assert not unknown, f"{uid}/{title}: {sorted(unknown)} not exported by the worker"
        used |= names
    assert {"grouppulse_events_total", "grouppulse_dead_letters_total",
            "grouppulse_sink_rows_total", "grouppulse_sink_flush_seconds_bucket",
            "grouppulse_sink_errors_total", "grouppulse_event_lag_seconds_bucket",
            "grouppulse_groups_seen", "grouppulse_halted", "grouppulse_consumer_lag_messages",
            "grouppulse_alert_deliveries_total", "grouppulse_pages_dropped_total"} <= used


def test_pipeline_dashboard_uses_only_prometheus() -> None:
    for panel in panels(DASHBOARDS["grouppulse-pipeline"]):
        assert panel["datasource"] == PROMETHEUS


# --- macros -----------------------------------------------------------------------------------

START = datetime(2026, 11, 2, tzinfo=UTC)
END = datetime(2026, 11, 3, tzinfo=UTC)
START_S, END_S = 1793577600, 1793664000


def test_bounds_are_the_epochs_of_the_range() -> None:
    assert int(START.timestamp()) == START_S and int(END.timestamp()) == END_S


def test_time_filter_and_interval() -> None:
    sql = "SELECT $__timeInterval(ts) AS time FROM t WHERE $__timeFilter(ts) GROUP BY time"
    assert expand_macros(sql, START, END, 60) == (
        "SELECT toStartOfInterval(toDateTime(ts), INTERVAL 60 second) AS time FROM t "
        f"WHERE ts >= toDateTime({START_S}) AND ts <= toDateTime({END_S}) GROUP BY time"
    )


def test_from_to_and_interval_seconds() -> None:
    sql = "$__fromTime $__toTime $__fromTime_ms $__toTime_ms $__interval_s"
    assert expand_macros(sql, START, END, 300.7) == (
        f"toDateTime({START_S}) toDateTime({END_S}) fromUnixTimestamp64Milli({START_S}000) "
        f"fromUnixTimestamp64Milli({END_S}000) 300"
    )


def test_millisecond_filter_and_sub_second_interval() -> None:
    assert expand_macros("$__timeFilter_ms( t.ts )", START, END, 0.2) == (
        f"t.ts >= fromUnixTimestamp64Milli({START_S}000) AND "
        f"t.ts <= fromUnixTimestamp64Milli({END_S}000)"
    )
    assert expand_macros("$__interval_s", START, END, 0.2) == "1"


def test_other_time_zones_are_the_same_instant() -> None:
    china = timezone(timedelta(hours=8))
    assert expand_macros("$__fromTime", START.astimezone(china), END, 1) == f"toDateTime({START_S})"


@pytest.mark.parametrize("sql", ["$__timeFilter()", "$__unknownMacro(ts)", "$__dateFilter(d)"])
def test_unknown_or_malformed_macros_are_errors(sql: str) -> None:
    with pytest.raises(ValueError, match="macro"):
        expand_macros(sql, START, END, 60)


def test_naive_or_reversed_ranges_are_errors() -> None:
    with pytest.raises(ValueError, match="time zone"):
        expand_macros("$__fromTime", datetime(2026, 11, 2), END, 60)  # noqa: DTZ001
    with pytest.raises(ValueError, match="before"):
        expand_macros("$__fromTime", END, START, 60)


def test_template_variables() -> None:
    sql = "WHERE group_id = '${group}' OR g = '$group' OR x = '$groups' AND $__timeFilter(ts)"
    assert substitute_variables(sql, {"group": "g1", "groups": "g2"}) == (
        "WHERE group_id = 'g1' OR g = 'g1' OR x = 'g2' AND $__timeFilter(ts)"
    )
    with pytest.raises(ValueError, match="unsubstituted"):
        substitute_variables("WHERE g = '$other'", {"group": "g1"})


# --- provisioning -----------------------------------------------------------------------------

def test_datasource_provisioning_matches_the_dashboards() -> None:
    data = yaml.safe_load((PROVISIONING / "datasources" / "datasources.yml").read_text())
    assert data["apiVersion"] == 1
    sources = {source["uid"]: source for source in data["datasources"]}
    assert {uid: s["type"] for uid, s in sources.items()} == DATASOURCE_UIDS
    clickhouse = sources[CLICKHOUSE["uid"]]["jsonData"]
    assert (clickhouse["host"], clickhouse["port"], clickhouse["protocol"]) == (
        "clickhouse", 8123, "http")
    assert clickhouse["username"] == "analyst"
    assert clickhouse["defaultDatabase"] == "grouppulse"
    password = sources[CLICKHOUSE["uid"]]["secureJsonData"]["password"]
    assert password in {"$CLICKHOUSE_ANALYST_PASSWORD", "${CLICKHOUSE_ANALYST_PASSWORD}"}
    assert sources[PROMETHEUS["uid"]]["url"] == "http://prometheus:9090"


def test_dashboard_provider_points_at_the_mounted_folder() -> None:
    data = yaml.safe_load((PROVISIONING / "dashboards" / "dashboards.yml").read_text())
    assert data["apiVersion"] == 1
    (provider,) = data["providers"]
    assert provider["type"] == "file"
    assert provider["options"]["path"] == "/var/lib/grafana/dashboards"
