"""Pipeline health (Prometheus): throughput, event-time and consumer lag, dead letters, sinks,
alert deliveries, workers.

Only metrics the worker exports (``streams/metrics.py``); a unit test checks every expression.
Sums across workers: each group lives on one worker (key = group_id), so ``groups seen`` adds
up, except for a short overlap during a rebalance.
"""

from __future__ import annotations

from dashboards.common import (
    Json,
    dashboard,
    prom_target,
    stat,
    threshold_steps,
    timeseries,
)

UID = "grouppulse-pipeline"
RATE = "$__rate_interval"
RANGE = "$__range"


def events_per_second() -> Json:
    return timeseries(
        "Events per second by type",
        prom_target(f"sum by (type) (rate(grouppulse_events_total[{RATE}]))", "{{type}}"),
        description="Valid input events processed per second, all workers.",
        unit="ops", stack=True, w=12,
    )


def dead_letters() -> Json:
    return timeseries(
        "Dead letters per second by reason",
        prom_target(f"sum by (reason) (rate(grouppulse_dead_letters_total[{RATE}]))",
                    "{{reason}}"),
        description="Unreadable input records sent to the dead-letter topic per second.",
        unit="ops", stack=True, w=12,
    )


def sink_rows() -> Json:
    return timeseries(
        "Sink rows per second by table",
        prom_target(f"sum by (table) (rate(grouppulse_sink_rows_total[{RATE}]))", "{{table}}"),
        description="Rows inserted into ClickHouse per second (duplicates excluded).",
        unit="ops", stack=True, w=12,
    )


def sink_flush_latency() -> Json:
    bucket = f"sum by (le, table) (rate(grouppulse_sink_flush_seconds_bucket[{RATE}]))"
    return panel_with_targets(
        timeseries(
            "Sink flush latency p50 / p99",
            prom_target(f"histogram_quantile(0.5, {bucket})", "p50 {{table}}"),
            description="Seconds per ClickHouse insert, duplicate look-up included.",
            unit="s", w=12,
        ),
        [prom_target(f"histogram_quantile(0.99, {bucket})", "p99 {{table}}", ref="B")],
    )


def sink_errors() -> Json:
    return timeseries(
        "Sink errors",
        prom_target(f"sum by (table) (increase(grouppulse_sink_errors_total[{RATE}]))",
                    "{{table}}"),
        description="Failed ClickHouse inserts per interval (each is retried with backoff).",
        unit="short", bars=True, w=12,
    )


def sink_errors_total() -> Json:
    return stat(
        "Sink errors in range",
        prom_target(f"sum(increase(grouppulse_sink_errors_total[{RANGE}]))", "errors",
                    instant=True),
        description="Failed ClickHouse inserts in the selected range (each is retried).",
        w=6, h=6,
        thresholds=threshold_steps(("green", None), ("orange", 1)),
    )


def event_lag() -> Json:
    return timeseries(
        "Event-time lag p99",
        prom_target(
            "histogram_quantile(0.99, sum by (le) "
            f"(rate(grouppulse_event_lag_seconds_bucket[{RATE}])))",
            "p99",
        ),
        description="Wall clock minus event time when events are processed: how far behind "
        "real time the pipeline runs (a replay of old data shows its age).",
        unit="s", w=12,
    )


def groups_seen() -> Json:
    return stat(
        "Groups seen",
        prom_target("sum(grouppulse_groups_seen)", "groups", instant=True),
        description="Distinct groups seen by the workers since they started.",
        w=6, h=6,
    )


def since_last_write() -> Json:
    return stat(
        "Since last ClickHouse write",
        prom_target("time() - max(grouppulse_last_write_timestamp_seconds)", "seconds",
                    instant=True),
        description="Seconds since any worker last wrote to ClickHouse.",
        unit="s", w=6, h=6,
        thresholds=threshold_steps(("green", None), ("orange", 60), ("red", 300)),
    )


def halted() -> Json:
    return stat(
        "Halted workers",
        prom_target("sum(grouppulse_halted)", "halted", instant=True),
        description="Workers stopped by the dead-letter ratio guard (most recent input "
        "unreadable). Fix the producer, then restart them.",
        w=6, h=6,
        thresholds=threshold_steps(("green", None), ("red", 1)),
    )


def batch_size() -> Json:
    return stat(
        "Events per batch (p50)",
        prom_target(
            f"histogram_quantile(0.5, sum by (le) (rate(grouppulse_batch_events_bucket[{RATE}])))",
            "p50", instant=True,
        ),
        description="Median events per processed batch: small batches under load mean the "
        "worker waits on the broker, large ones that it keeps up by batching.",
        w=6, h=6,
    )


def consumer_lag_total() -> Json:
    return stat(
        "Consumer lag",
        prom_target("sum(grouppulse_consumer_lag_messages)", "messages", instant=True),
        description="Messages in the input partitions not yet committed, all workers. The "
        "alert rules warn at 20,000 per worker and topic, and page at 200,000.",
        w=6, h=6,
        thresholds=threshold_steps(("green", None), ("orange", 20000), ("red", 200000)),
    )


def event_time_behind() -> Json:
    return stat(
        "Newest event behind wall clock",
        prom_target("time() - max(grouppulse_last_event_timestamp_seconds)", "seconds",
                    instant=True),
        description="Seconds between now and the newest event time any worker processed: "
        "how stale the dashboards are (a quiet night also raises it).",
        unit="s", w=6, h=6,
        thresholds=threshold_steps(("green", None), ("orange", 300), ("red", 1800)),
    )


def pages_dropped_total() -> Json:
    return stat(
        "Pages dropped in range",
        prom_target(f"sum(increase(grouppulse_pages_dropped_total[{RANGE}]))", "dropped",
                    instant=True),
        description="Pages dropped in the selected range because the receivers were too slow "
        "(the bounded paging queue was full): on-call staff missed them.",
        w=6, h=6,
        thresholds=threshold_steps(("green", None), ("red", 1)),
    )


def consumer_lag() -> Json:
    return timeseries(
        "Consumer lag by topic",
        prom_target("sum by (topic) (grouppulse_consumer_lag_messages)", "{{topic}}"),
        description="Messages after the committed offsets, by topic, all partitions: growing "
        "lag means the workers cannot keep up (add workers up to the partition count).",
        w=12,
    )


def alert_deliveries() -> Json:
    return panel_with_targets(
        timeseries(
            "Alert deliveries and dropped pages",
            prom_target(
                "sum by (receiver, outcome) "
                f"(increase(grouppulse_alert_deliveries_total[{RATE}]))",
                "{{receiver}} {{outcome}}",
            ),
            description="Pages sent to each receiver per interval, by outcome, and pages "
            "each receiver dropped (its queue full, or pages older than 15 minutes: too slow "
            "or failing).",
            bars=True, w=12,
        ),
        [prom_target(f"sum by (receiver) (increase(grouppulse_pages_dropped_total[{RATE}]))",
                     "{{receiver}} dropped", ref="B")],
    )


def alerts_raised() -> Json:
    return timeseries(
        "Alerts raised by kind",
        prom_target(f"sum by (kind) (increase(grouppulse_alerts_total[{RATE}]))", "{{kind}}"),
        description="Alert records raised per interval, by kind (before dedup and rate "
        "limits decide what pages).",
        stack=True, bars=True, w=12,
    )


def alert_routes() -> Json:
    return timeseries(
        "Alert routing decisions",
        prom_target(f"sum by (route) (increase(grouppulse_alert_routes_total[{RATE}]))",
                    "{{route}}"),
        description="What the router did with each alert: page, update (a repeat of an "
        "alert already paged) or rate_limited.",
        stack=True, bars=True, w=12,
    )


def panel_with_targets(panel: Json, extra: list[Json]) -> Json:
    return {**panel, "targets": [*panel["targets"], *extra]}


def build() -> Json:
    return dashboard(
        UID,
        "grouppulse · Pipeline health",
        [
            groups_seen(),
            since_last_write(),
            halted(),
            batch_size(),
            consumer_lag_total(),
            event_time_behind(),
            pages_dropped_total(),
            sink_errors_total(),
            events_per_second(),
            event_lag(),
            consumer_lag(),
            dead_letters(),
            sink_rows(),
            sink_flush_latency(),
            sink_errors(),
            alert_deliveries(),
            alerts_raised(),
            alert_routes(),
        ],
        description="Worker throughput, lag, dead letters, ClickHouse sinks and alert "
        "deliveries (Prometheus).",
        refresh="30s",
        time_from="now-3h",
    )
