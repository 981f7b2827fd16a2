"""Expansion of the ClickHouse datasource plugin's macros, for testing panel queries.

Grafana's ``grafana-clickhouse-datasource`` expands these macros on the server before a query
runs (``pkg/macros/macros.go`` of the plugin); this module mirrors them so that every panel
query can be executed on chDB over a concrete time range:

=====================  ============================================================
``$__timeFilter(c)``   ``c >= toDateTime(<from>) AND c <= toDateTime(<to>)``
``$__timeFilter_ms``   the same with ``fromUnixTimestamp64Milli(<ms>)``
``$__timeInterval(c)`` ``toStartOfInterval(toDateTime(c), INTERVAL <n> second)``
``$__fromTime``        ``toDateTime(<from>)`` (``$__fromTime_ms``: milliseconds)
``$__toTime``          ``toDateTime(<to>)`` (``$__toTime_ms``: milliseconds)
``$__interval_s``      ``<n>``, the panel interval in whole seconds (at least 1)
=====================  ============================================================

Template variables (``$group``) are Grafana's business, not the plugin's: see
:func:`substitute_variables`.
"""

from __future__ import annotations

import re
from datetime import datetime

_CALL = re.compile(r"\$__(timeFilter_ms|timeFilter|timeInterval)\(\s*([^()]+?)\s*\)")
_PLAIN = re.compile(r"\$__(fromTime_ms|toTime_ms|fromTime|toTime|interval_s)\b")


def _epoch(moment: datetime) -> int:
    if moment.tzinfo is None:
        raise ValueError(f"time range bounds need a time zone, got naive {moment.isoformat()}")
    return int(moment.timestamp())


def _epoch_ms(moment: datetime) -> int:
    _epoch(moment)
    return int(moment.timestamp() * 1000)


def expand_macros(sql: str, start: datetime, end: datetime, interval_seconds: float) -> str:
    """``sql`` with the plugin's macros replaced for the range ``start``..``end``."""
    frm, to = f"toDateTime({_epoch(start)})", f"toDateTime({_epoch(end)})"
    if end < start:
        raise ValueError("time range ends before it starts")
    interval = max(int(interval_seconds), 1)
    frm_ms = f"fromUnixTimestamp64Milli({_epoch_ms(start)})"
    to_ms = f"fromUnixTimestamp64Milli({_epoch_ms(end)})"

    def call(match: re.Match[str]) -> str:
        name, column = match.group(1), match.group(2)
        if name == "timeFilter":
            return f"{column} >= {frm} AND {column} <= {to}"
        if name == "timeFilter_ms":
            return f"{column} >= {frm_ms} AND {column} <= {to_ms}"
        return f"toStartOfInterval(toDateTime({column}), INTERVAL {interval} second)"

    plain = {
        "fromTime": frm,
        "toTime": to,
        "fromTime_ms": frm_ms,
        "toTime_ms": to_ms,
        "interval_s": str(interval),
    }
    expanded = _PLAIN.sub(lambda m: plain[m.group(1)], _CALL.sub(call, sql))
    if "$__" in expanded:
        unknown = re.findall(r"\$__\w+", expanded)
        raise ValueError(f"unknown or malformed macro(s): {', '.join(sorted(set(unknown)))}")
    return expanded


def substitute_variables(sql: str, values: dict[str, str]) -> str:
    """Replace ``${name}`` and ``$name`` as Grafana does for single-value variables."""
    for name, value in sorted(values.items(), key=lambda item: -len(item[0])):
        sql = sql.replace("${" + name + "}", value)
        sql = re.sub(r"\$" + re.escape(name) + r"\b", value.replace("\\", r"\\"), sql)
    if re.search(r"\$\{?[A-Za-z]\w*", sql.replace("$__", "")):
        raise ValueError(f"unsubstituted template variable in: {sql}")
    return sql
