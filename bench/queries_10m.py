"""Every dashboard panel query and every cookbook query over ~10 million messages (chDB).

    .venv/bin/python bench/queries_10m.py [--messages 10000000] [--groups 10000] [--days 30]

Data is generated inside chDB with INSERT ... SELECT from numbers() (no Kafka: the question is
query time, not ingest): skewed group sizes and activity (a few very busy groups, a long quiet
tail), heavy-tailed speakers (KOCs and lurkers), a China-time diurnal rhythm, ad-board groups,
membership churn, 6-hourly snapshots, hourly group_health rows, hits, actions and alerts. The
rollups fill through their materialized views while the messages are inserted, as in
production. Each query then runs three times: the first run (cold) and the best of the other
two (warm) are printed; the target is under 1 s warm.

Dashboard queries are expanded like tests/integration/test_dashboard_queries.py does (the
datasource plugin's macros over each dashboard's default range, ``$group`` = the busiest
group, ``$category`` = All); cookbook queries get ``now()`` pinned to the end of the data.
Cookbook 7 reads the KOC list stored by a refreshable view: it is refreshed (and the refresh
timed) before the queries, and its hourly schedule stopped while they run.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from dashboards.build import build_all
from dashboards.common import CLICKHOUSE
from dashboards.macros import expand_macros, substitute_variables
from sinks.clickhouse import connect, migrate
from streams.docs import cookbook_recipes

DB = "grouppulse"
START = datetime(2026, 10, 1, tzinfo=UTC)

# Relative weight of each China-time hour of day: near silence 01-06, golden hours at lunch
# and 18-22 (DOMAIN.md).
HOUR_WEIGHTS = [2, 1, 1, 1, 1, 1, 2, 4, 6, 7, 7, 8, 12, 11, 7, 7, 7, 8, 11, 13, 14, 13, 9, 5]
HOURS = [h for h, w in enumerate(HOUR_WEIGHTS) for _ in range(w)]
NAMES = ["宝妈育儿交流", "美妆种草", "跑步打卡", "读书会", "闲置转让", "小区邻里", "会员福利",
         "开黑车队", "考研互助", "猫奴俱乐部", "吃货联盟", "自驾游"]
CATEGORIES = ["parenting", "beauty", "fitness", "reading", "secondhand", "local", "brand_vip",
              "gaming", "education", "pets", "food", "travel"]
TEXTS = ["早上好呀", "中午吃什么好呢", "请问这个怎么用？", "谢谢群主！", "哈哈哈哈哈", "收到",
         "今天的快递到了吗", "这次买的真好用，推荐！", "客服一直不回复，太失望了", "+1"]
MSG_TYPES = ["text"] * 17 + ["image", "emoji", "link"]


def u(k: int, key: str = "number") -> str:
    """A deterministic uniform [0, 1) per row and salt: the data is the same on every run."""
    return f"(cityHash64({key}, {k}) % 1000000) / 1000000.0"


def generate(client: Any, messages: int, groups: int, days: int) -> dict[str, float]:
    """Fill the raw tables (and, through the views, the rollups); seconds per step."""
    start = int(START.timestamp())
    members = "(15 + cityHash64(gi, 7) % 486)"
    steps = {
        "messages (+ rollups via views)": f"""
            INSERT INTO {DB}.messages (event_id, ts, group_id, user_id, user_name, msg_type,
                text, url, verdict, categories, sentiment, extra, kafka_partition, kafka_offset)
            SELECT
                concat('b', toString(number)),
                toDateTime64({start} + day * 86400 + (hour_cn - 8) * 3600
                             + cityHash64(number, 4) % 3600, 3, 'UTC')
                    + toIntervalMillisecond(cityHash64(number, 5) % 1000),
                concat('g', leftPad(toString(gi), 5, '0')),
                concat('u', toString(gi), '_', toString(idx)),
                if(idx % 5 = 0, concat('用户', toString(idx)), ''),
                {MSG_TYPES}[1 + cityHash64(number, 6) % {len(MSG_TYPES)}],
                if(is_ad, '加微信 vx123 领福利', {TEXTS}[1 + cityHash64(number, 8) % {len(TEXTS)}]),
                '',
                if(is_ad, if({u(9)} < 0.5, 'reject', 'review'), if({u(10)} < 0.003, 'reject', 'pass')),
                if(is_ad, ['ad'], if({u(10)} < 0.003, ['fraud'], [])),
                greatest(-1, least(1, ({u(11)} + {u(12)} - 0.85) * 0.8)),
                '', gi % 8, number
            FROM (
                SELECT number,
                       toUInt32(floor({groups} * pow({u(1)}, 2))) AS gi,
                       toUInt32(floor({days} * {u(2)})) AS day,
                       {HOURS}[1 + cityHash64(number, 3) % {len(HOURS)}] AS hour_cn,
                       toUInt32(floor({members} * pow({u(13)}, 3))) AS idx,
                       {u(14)} < if(gi % 10 = 3, 0.4, 0.03) AS is_ad
                FROM numbers({messages})
            )""",
        "membership_events": f"""
            INSERT INTO {DB}.membership_events (event_id, ts, group_id, user_id, user_name,
                action, extra, kafka_partition, kafka_offset)
            SELECT concat('m', toString(number)),
                   toDateTime64({start} + cityHash64(number, 2) % ({days} * 86400), 3, 'UTC'),
                   concat('g', leftPad(toString(gi), 5, '0')),
                   concat('u', toString(gi), '_', toString({members} + number % 300)),
                   '', if({u(3)} < 0.7, 'join', 'leave'), '', gi % 8, number
            FROM (SELECT number, toUInt32(floor({groups} * pow({u(1)}, 1.5))) AS gi
                  FROM numbers({messages // 30}))""",
        "group_snapshots": f"""
            INSERT INTO {DB}.group_snapshots (event_id, ts, group_id, group_name, member_count,
                extra, kafka_partition, kafka_offset)
            SELECT concat('s', toString(number)),
                   toDateTime64({start} + slot * 21600 + cityHash64(number, 2) % 120, 3, 'UTC'),
                   concat('g', leftPad(toString(gi), 5, '0')),
                   concat({NAMES}[1 + gi % 12], toString(1 + gi % 9), '群'),
                   toUInt32({members} + slot % 7), '', gi % 8, number
            FROM (SELECT number, number % {groups} AS gi, intDiv(number, {groups}) AS slot
                  FROM numbers({groups * days * 4}))""",
        "group_categories": f"""
            INSERT INTO {DB}.group_categories (group_id, category, source)
            SELECT concat('g', leftPad(toString(number), 5, '0')),
                   {CATEGORIES}[1 + number % 12], 'crm'
            FROM numbers({groups})""",
        "group_health (hourly per group)": f"""
            INSERT INTO {DB}.group_health (snapshot_id, ts, group_id, state, previous_state,
                health_score, messages, expected_messages, speakers, members, activity_rate,
                joins, leaves, ad_share, negative_share, mean_sentiment, negative_share_1h,
                mean_sentiment_1h)
            SELECT concat(toString(gi), ':', toString(hour)),
                   toDateTime64({start} + hour * 3600, 3, 'UTC'),
                   concat('g', leftPad(toString(gi), 5, '0')),
                   state, state, score, toUInt32(score / 4), score / 4, toUInt32(score / 10),
                   {members}, least(1, score / 200), 0, 0, if(gi % 10 = 3, 0.4, 0.03),
                   0.1, 0.1, 0.1, 0.1
            FROM (SELECT number, number % {groups} AS gi, intDiv(number, {groups}) AS hour,
                         toFloat32(100 * {u(1)}) AS score,
                         ['active', 'active', 'active', 'cooling', 'dying', 'dead', 'new'][
                             1 + cityHash64(gi, hour / 24) % 7] AS state
                  FROM numbers({groups * days * 24}))""",
        "moderation_hits (ads)": f"""
            INSERT INTO {DB}.moderation_hits (hit_id, ts, event_id, group_id, user_id, category,
                rule, severity, match, normalized, normalized_by, verdict, lexicon_version)
            SELECT concat(event_id, ':c'), ts, event_id, group_id, user_id, 'ad',
                   ['contact:wechat', 'contact:qq', 'contact:phone', 'lexicon:ad:加微信'][
                       1 + cityHash64(event_id) % 4],
                   'review', 'vx123', 'vx123', [], verdict, 'bench'
            FROM {DB}.messages WHERE has(categories, 'ad')""",
        "actions (rejects)": f"""
            INSERT INTO {DB}.actions (action_id, ts, user_id, group_id, action, strikes,
                blacklist, reason)
            SELECT event_id, ts, user_id, group_id, ['warn', 'mute', 'kick'][
                       1 + cityHash64(event_id) % 3], 1 + cityHash64(event_id) % 3,
                   cityHash64(event_id) % 3 = 2, arrayStringConcat(categories, ',')
            FROM {DB}.messages WHERE verdict = 'reject'""",
        "alerts": f"""
            INSERT INTO {DB}.alerts (alert_id, ts, kind, severity, group_id, group_ids, user_id,
                title, detail, dedup_key)
            SELECT concat('a', toString(number)),
                   toDateTime64({start} + cityHash64(number, 2) % ({days} * 86400), 3, 'UTC'),
                   kind, if(kind IN ('risk', 'blacklist', 'spam_campaign'), 'critical',
                            'warning'),
                   concat('g', leftPad(toString(gi), 5, '0')),
                   [concat('g', leftPad(toString(gi), 5, '0')),
                    concat('g', leftPad(toString((gi + 1) % {groups}), 5, '0'))],
                   concat('u', toString(gi), '_0'), 'bench alert',
                   concat('{{"users":["u', toString(gi), '_0"],"event_ids":["b',
                          toString(number * 997), '"],"sample":"加微信"}}'),
                   concat(kind, ':', toString(number % 5000))
            FROM (SELECT number, toUInt32(floor({groups} * {u(1)})) AS gi,
                         ['risk', 'blacklist', 'dying_group', 'group_revived', 'spam_campaign',
                          'negative_sentiment', 'flood'][1 + cityHash64(number, 3) % 7] AS kind
                  FROM numbers(50000))""",
    }
    seconds = {}
    for name, sql in steps.items():
        began = time.perf_counter()
        client.command(sql)
        seconds[name] = time.perf_counter() - began
        print(f"  generated {name}: {seconds[name]:.1f} s", flush=True)
    began = time.perf_counter()
    for table in ("messages", "group_hourly", "group_daily", "estate_hourly", "user_daily",
                  "user_monthly", "group_health"):
        client.command(f"OPTIMIZE TABLE {DB}.{table} FINAL")
    seconds["OPTIMIZE FINAL (merge parts)"] = time.perf_counter() - began
    return seconds


def _range(spec: str, end: datetime) -> datetime:
    """``now-24h`` / ``now-7d`` relative to the end of the data."""
    amount, unit = int(spec[4:-1]), spec[-1]
    return end - timedelta(**{{"m": "minutes", "h": "hours", "d": "days"}[unit]: amount})


def dashboard_queries(end: datetime, group: str) -> dict[str, str]:
    queries = {}
    for uid, board in build_all().items():
        start = _range(board["time"]["from"], end)
        interval = max(60, int((end - start).total_seconds() / 1000))  # ~1,000 points a panel
        variables = {"group": group, "category": "__all"}
        for variable in board.get("templating", {}).get("list", []):
            if variable.get("query"):
                sql = expand_macros(variable["query"], start, end, interval)
                queries[f"{uid} / ${variable['name']}"] = substitute_variables(sql, variables)
        for panel in board["panels"]:
            for target in panel.get("targets", []):
                if target["datasource"]["uid"] != CLICKHOUSE["uid"]:
                    continue
                sql = expand_macros(target["rawSql"], start, end, interval)
                queries[f"{uid} / {panel['title']}"] = substitute_variables(sql, variables)
    return queries


def cookbook_queries(end: datetime) -> dict[str, str]:
    now = f"toDateTime({int(end.timestamp())}, 'UTC')"
    return {f"cookbook / {r.title}": r.statements[0].replace("now()", now)
            for r in cookbook_recipes() if r.columns is not None}


def time_queries(client: Any, queries: dict[str, str]) -> list[tuple[str, float, float, int]]:
    timings = []
    for name, sql in queries.items():
        runs = []
        for _ in range(3):
            began = time.perf_counter()
            rows = client.query(sql).result_rows
            runs.append(time.perf_counter() - began)
        timings.append((name, runs[0], min(runs[1:]), len(rows)))
        print(f"  {runs[0]:6.3f} {min(runs[1:]):6.3f}  {name}", flush=True)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=10_000_000)
    parser.add_argument("--groups", type=int, default=10_000)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--data-dir", help="keep the data here; generated only if empty "
                        "(to rerun the queries after changing them)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="gp-bench-") as scratch:
        client = connect(f"chdb://{args.data_dir or scratch}", "chdb://(bench)")
        migrate(client, DB)
        gen: dict[str, float] = {}
        if not client.query(f"SELECT count() FROM {DB}.messages").result_rows[0][0]:
            print(f"generating {args.messages:,} messages over {args.groups:,} groups and "
                  f"{args.days} days", flush=True)
            gen = generate(client, args.messages, args.groups, args.days)
        gen["KOC list refresh (cookbook 19)"] = refresh_koc(client)
        sizes = {t: int(n) for t, n in client.query(
            f"SELECT table, sum(rows) FROM system.parts WHERE database = '{DB}' AND active "
            "GROUP BY table ORDER BY table").result_rows}
        end = START + timedelta(days=args.days)
        (busiest,) = client.query(f"SELECT group_id FROM {DB}.group_daily GROUP BY group_id "
                                  "ORDER BY sum(messages) DESC LIMIT 1").result_rows[0]
        print("queries (cold s, warm s, name):", flush=True)
        timings = time_queries(client, {**dashboard_queries(end, str(busiest)),
                                        **cookbook_queries(end)})
        client.command(f"SYSTEM START VIEW {DB}.koc_candidates_mv")
        client.close()
    report(args, gen, sizes, timings)


def refresh_koc(client: Any) -> float:
    """Cookbook 7 reads koc_candidates, stored by a refreshable view: wait for the refresh in
    flight (at creation or process start), then time one refresh (query 19) and stop the
    schedule, so that no refresh at the full hour runs during the timings."""
    view = f"{DB}.koc_candidates_mv"
    client.command(f"SYSTEM WAIT VIEW {view}")
    (refresh,) = [r for r in cookbook_recipes() if r.title.startswith("19. ")]
    began = time.perf_counter()
    for statement in refresh.statements:
        client.command(statement)
    seconds = time.perf_counter() - began
    client.command(f"SYSTEM STOP VIEW {view}")
    print(f"KOC list refreshed in {seconds:.1f} s", flush=True)
    return seconds


def report(args: argparse.Namespace, gen: dict[str, float], sizes: dict[str, int],
           timings: list[tuple[str, float, float, int]]) -> None:
    print(f"\n# Queries over {args.messages:,} messages ({args.groups:,} groups, {args.days} days)")
    print(f"date {datetime.now(UTC):%Y-%m-%d}, python {platform.python_version()}, "
          f"{platform.machine()}\n")
    print("| table | rows |\n|---|---:|")
    for table, rows in sizes.items():
        print(f"| `{table}` | {rows:,} |")
    print("\n| generation step | seconds |\n|---|---:|")
    for step, seconds in gen.items():
        print(f"| {step} | {seconds:.1f} |")
    print("\n| query | cold s | warm s | rows |\n|---|---:|---:|---:|")
    for name, cold, warm, rows in timings:
        print(f"| {name} | {cold:.3f} | {warm:.3f} | {rows:,} |")
    slow = sorted(timings, key=lambda t: -t[2])
    print("\nslowest five (warm):")
    for name, _cold, warm, _rows in slow[:5]:
        print(f"  {warm:.3f} s  {name}")
    over = [t for t in timings if t[2] >= 1.0]
    print(f"\n{len(timings)} queries, median warm {statistics.median(t[2] for t in timings):.3f} s, "
          f"{len(over)} at or over 1 s warm")


if __name__ == "__main__":
    main()
