"""Shared defaults of the grouppulse dashboards: datasources, panel shapes, layout.

Plain dictionaries in the shape of Grafana's dashboard JSON model (schemaVersion 39). Panel
builders in the dashboard modules call :func:`timeseries`, :func:`table`, :func:`stat`,
:func:`barchart` or :func:`piechart` with one target from :func:`sql_target` (ClickHouse, the
official ``grafana-clickhouse-datasource`` plugin) or :func:`prom_target` (Prometheus);
:func:`dashboard` assigns panel ids and lays panels out left to right, top to bottom.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Json = dict[str, Any]

CLICKHOUSE: Json = {"type": "grafana-clickhouse-datasource", "uid": "clickhouse"}
PROMETHEUS: Json = {"type": "prometheus", "uid": "prometheus"}
SCHEMA_VERSION = 39
GRID_WIDTH = 24
TAGS = ["grouppulse"]

# Query formats of the ClickHouse plugin (grafana-plugin-sdk-go sqlutil.FormatQueryOption).
FORMAT_TIME_SERIES = 0
FORMAT_TABLE = 1


def sql_target(sql: str, *, time_series: bool = False, ref: str = "A") -> Json:
    """A raw-SQL query of the ClickHouse plugin; ``sql`` may use the plugin's macros."""
    return {
        "datasource": CLICKHOUSE,
        "editorType": "sql",
        "format": FORMAT_TIME_SERIES if time_series else FORMAT_TABLE,
        "queryType": "timeSeries" if time_series else "table",
        "rawSql": dedent(sql),
        "refId": ref,
    }


def prom_target(expr: str, legend: str = "", *, ref: str = "A", instant: bool = False) -> Json:
    return {
        "datasource": PROMETHEUS,
        "editorMode": "code",
        "expr": expr,
        "instant": instant,
        "legendFormat": legend or "__auto",
        "range": not instant,
        "refId": ref,
    }


def dedent(sql: str) -> str:
    """Strip the common indentation and surrounding blank lines of a query literal."""
    lines = sql.strip("\n").splitlines()
    indent = min((len(x) - len(x.lstrip()) for x in lines if x.strip()), default=0)
    return "\n".join(line[indent:].rstrip() for line in lines)


def _datasource_of(targets: Sequence[Json]) -> Json:
    kinds = {t["datasource"]["uid"] for t in targets}
    if len(kinds) != 1:
        raise ValueError(f"a panel needs targets of one datasource, got {sorted(kinds)}")
    return dict(targets[0]["datasource"])


def panel(
    kind: str,
    title: str,
    targets: Sequence[Json],
    *,
    description: str = "",
    w: int = 12,
    h: int = 8,
    unit: str = "short",
    options: Json | None = None,
    defaults: Json | None = None,
    overrides: Sequence[Json] = (),
) -> Json:
    """One panel; ``id`` and the ``gridPos`` x/y are set by :func:`dashboard`."""
    if not 0 < w <= GRID_WIDTH:
        raise ValueError(f"panel width must be 1..{GRID_WIDTH}, got {w}")
    field_defaults: Json = {"unit": unit}
    field_defaults.update(defaults or {})
    return {
        "datasource": _datasource_of(targets),
        "description": description,
        "fieldConfig": {"defaults": field_defaults, "overrides": list(overrides)},
        "gridPos": {"h": h, "w": w, "x": 0, "y": 0},
        "options": options or {},
        "targets": list(targets),
        "title": title,
        "type": kind,
    }


def timeseries(
    title: str, target: Json, *, stack: bool = False, bars: bool = False,
    thresholds: Json | None = None, **kwargs: Any
) -> Json:
    """A time series; ``thresholds`` are drawn as lines (a limit the ops center watches)."""
    custom: Json = {
        "drawStyle": "bars" if bars else "line",
        "fillOpacity": 60 if bars else 10,
        "lineWidth": 1,
        "showPoints": "never",
        "spanNulls": False,
        "stacking": {"group": "A", "mode": "normal" if stack else "none"},
    }
    defaults: Json = {"custom": custom, "min": 0}
    if thresholds is not None:
        custom["thresholdsStyle"] = {"mode": "line"}
        defaults["thresholds"] = thresholds
    options = {
        "legend": {"calcs": ["sum"] if bars else ["mean", "max"], "displayMode": "table",
                   "placement": "right", "showLegend": True},
        "tooltip": {"mode": "multi", "sort": "desc"},
    }
    return panel("timeseries", title, [target], options=options, defaults=defaults, **kwargs)


def table(title: str, target: Json, **kwargs: Any) -> Json:
    options = {"cellHeight": "sm", "footer": {"show": False}, "showHeader": True}
    return panel("table", title, [target], options=options, **kwargs)


def stat(title: str, target: Json, *, fields: str = "", thresholds: Json | None = None,
         **kwargs: Any) -> Json:
    options = {
        "colorMode": "value",
        "graphMode": "none",
        "justifyMode": "auto",
        "orientation": "auto",
        "reduceOptions": {"calcs": ["lastNotNull"], "fields": fields, "values": False},
        "textMode": "value_and_name",
    }
    defaults = {"thresholds": thresholds or {"mode": "absolute",
                                             "steps": [{"color": "green", "value": None}]}}
    return panel("stat", title, [target], options=options, defaults=defaults, **kwargs)


def barchart(title: str, target: Json, **kwargs: Any) -> Json:
    options = {
        "barWidth": 0.8,
        "legend": {"displayMode": "list", "placement": "bottom", "showLegend": False},
        "orientation": "horizontal",
        "showValue": "auto",
        "xTickLabelRotation": 0,
    }
    return panel("barchart", title, [target], options=options, **kwargs)


def piechart(title: str, target: Json, **kwargs: Any) -> Json:
    options = {
        "displayLabels": ["name", "percent"],
        "legend": {"displayMode": "table", "placement": "right", "showLegend": True,
                   "values": ["value", "percent"]},
        "pieType": "donut",
        "reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": True},
    }
    return panel("piechart", title, [target], options=options, **kwargs)


def field_override(field: str, properties: Json) -> Json:
    """Settings for one column of a panel, e.g. ``{"custom.axisPlacement": "right"}``."""
    return {
        "matcher": {"id": "byName", "options": field},
        "properties": [{"id": key, "value": value} for key, value in properties.items()],
    }


def group_link(field: str = "group_id") -> Json:
    """Make a column of group ids open the group drill-down (same time range) when clicked."""
    url = "/d/grouppulse-group/?var-group=${__value.raw}&${__url_time_range}"
    return {
        "matcher": {"id": "byName", "options": field},
        "properties": [{"id": "links", "value": [
            {"targetBlank": False, "title": "Group drill-down", "url": url}]}],
    }


def state_mappings() -> list[Json]:
    """Colours of the group health states, the same on every panel."""
    colours = {"new": "blue", "active": "green", "cooling": "yellow", "dying": "orange",
               "dead": "red"}
    return [{"type": "value", "options": {
        state: {"color": colour, "index": index}
        for index, (state, colour) in enumerate(colours.items())}}]


def threshold_steps(*steps: tuple[str, float | None]) -> Json:
    return {"mode": "absolute", "steps": [{"color": c, "value": v} for c, v in steps]}


def layout(panels: Sequence[Json]) -> list[Json]:
    """Number the panels 1..n and flow them into the 24-column grid, row by row."""
    placed, x, y, row_height = [], 0, 0, 0
    for number, source in enumerate(panels, start=1):
        item = dict(source)
        w, h = item["gridPos"]["w"], item["gridPos"]["h"]
        if x + w > GRID_WIDTH:
            x, y, row_height = 0, y + row_height, 0
        item["gridPos"] = {"h": h, "w": w, "x": x, "y": y}
        item["id"] = number
        placed.append(item)
        x, row_height = x + w, max(row_height, h)
    return placed


def dashboard(
    uid: str,
    title: str,
    panels: Sequence[Json],
    *,
    description: str = "",
    refresh: str = "1m",
    time_from: str = "now-24h",
    variables: Sequence[Json] = (),
) -> Json:
    return {
        "annotations": {"list": []},
        "description": description,
        "editable": True,
        "fiscalYearStartMonth": 0,
        "graphTooltip": 1,
        "links": [],
        "liveNow": False,
        "panels": layout(panels),
        "refresh": refresh,
        "schemaVersion": SCHEMA_VERSION,
        "tags": list(TAGS),
        "templating": {"list": list(variables)},
        "time": {"from": time_from, "to": "now"},
        "timepicker": {},
        "timezone": "browser",
        "title": title,
        "uid": uid,
        "version": 1,
        "weekStart": "",
    }


ALL = "__all"  # the value of a variable's "All" option: queries test for it explicitly


def query_variable(name: str, label: str, sql: str, *, include_all: bool = False) -> Json:
    """A single-value variable filled by a ClickHouse query, refreshed on time-range change.

    With ``include_all`` an "All" option is offered first and its value is :data:`ALL`, so a
    query filters with ``'${name}' = '__all' OR column = '${name}'``.
    """
    query = dedent(sql)
    extra: Json = {"allValue": ALL, "current": {"text": "All", "value": "$__all"}} \
        if include_all else {}
    return {
        "current": {},
        "datasource": CLICKHOUSE,
        "definition": query,
        "hide": 0,
        "includeAll": include_all,
        "label": label,
        "multi": False,
        "name": name,
        "options": [],
        "query": query,
        "refresh": 2,
        "skipUrlSync": False,
        "sort": 1,
        "type": "query",
        **extra,
    }


# --- SQL shared by several dashboards ----------------------------------------------------------

# The name each group had at its latest snapshot up to the end of the range: join on group_id.
LATEST_GROUP_NAMES = """
    SELECT group_id, argMax(group_name, ts) AS group_name
    FROM grouppulse.group_snapshots
    WHERE ts <= $__toTime
    GROUP BY group_id
"""


def spam_campaigns_sql(*, detailed: bool) -> str:
    """One row per campaign (alerts of kind spam_campaign share a dedup key; each update names
    more groups): every group it reached, from the campaign's alerts in the range.  A campaign
    merged into another (its last record names it in ``merged_into``) is left out: the one it
    joined lists its groups from the merge on."""
    extra = """
               length(JSONExtractArrayRaw(latest, 'users')) AS accounts,
               JSONExtractString(latest, 'key') AS campaign_key,
               JSONExtractString(latest, 'sample') AS sample,""" if detailed else ""
    return f"""
        SELECT campaign, groups, alerts, first_alert, last_alert,{extra}
               group_list
        FROM (
            SELECT JSONExtractString(argMax(detail, (ts, length(group_ids))), 'campaign_id')
                       AS campaign,
                   argMax(detail, (ts, length(group_ids))) AS latest,
                   groupUniqArrayArray(group_ids) AS all_groups,
                   length(all_groups) AS groups,
                   count() AS alerts,
                   min(ts) AS first_alert,
                   max(ts) AS last_alert,
                   arrayStringConcat(arraySort(all_groups), ',') AS group_list
            FROM grouppulse.alerts
            WHERE kind = 'spam_campaign' AND $__timeFilter(ts)
            GROUP BY dedup_key
            HAVING countIf(JSONExtractString(detail, 'merged_into') != '') = 0
        )
        ORDER BY groups DESC, last_alert DESC
        LIMIT 100
    """  # noqa: S608 - constant SQL fragments, no input
