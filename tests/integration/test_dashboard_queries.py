"""Every ClickHouse panel and variable query of the dashboards runs on chDB over replayed data
and returns the columns its panel expects (DESIGN.md house rule 5).

The test process never opens chDB (one data directory per process): the expanded queries go
to ``python -m dashboards.querycheck`` in a subprocess, which runs them all in one go.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from helpers import cli_env, run_cli

from dashboards.build import build_all
from dashboards.common import ALL, CLICKHOUSE
from dashboards.macros import expand_macros, substitute_variables

# The simulator's default start; 5,000 events span well under its 24 h.
START = datetime(2026, 11, 2, tzinfo=UTC)
END = START + timedelta(days=1)
INTERVAL_S = 60

# (dashboard uid, panel title, refId) -> (columns in order, whether the replay must give rows).
# Rows are optional where the replayed 5,000 events (16 hours) hold none: no group is dying yet,
# no blacklisted user comes back, risk hits and alerts are few and may miss the busiest group.
EXPECTED: dict[tuple[str, str, str], tuple[list[str], bool]] = {
    ("grouppulse-overview", "Groups by state", "A"): (
        ["active", "new", "cooling", "dying", "dead"], True),
    ("grouppulse-overview", "Ad share", "A"): (["ad_share"], True),
    ("grouppulse-overview", "Negative share (6 h)", "A"): (["negative_share"], True),
    ("grouppulse-overview", "Dying groups", "A"): (
        ["group_id", "group_name", "dying_since", "health_score", "messages_6h", "expected_6h",
         "silent_since"], False),
    ("grouppulse-overview", "Risk hits by category", "A"): (["time", "category", "hits"], False),
    ("grouppulse-overview", "Ad share of messages", "A"): (["time", "ad_share"], True),
    ("grouppulse-overview", "Groups over 20 % ads", "A"): (
        ["group_id", "group_name", "ad_share", "messages_6h", "state"], True),
    ("grouppulse-overview", "Spam campaigns", "A"): (
        ["campaign", "groups", "alerts", "first_alert", "last_alert", "group_list"], True),
    ("grouppulse-overview", "Blacklist events", "A"): (
        ["ts", "event", "user_id", "group_id", "detail"], True),
    ("grouppulse-overview", "Mood across groups", "A"): (
        ["time", "negative_share", "mean_sentiment"], True),
    ("grouppulse-overview", "Active groups", "A"): (["active_groups"], True),
    ("grouppulse-overview", "Events per minute by type", "A"): (["time", "type", "events"], True),
    ("grouppulse-overview", "Messages per minute", "A"): (["time", "messages"], True),
    ("grouppulse-overview", "Top groups by messages", "A"): (
        ["group_id", "group_name", "messages", "speakers"], True),
    ("grouppulse-overview", "Moderation verdicts", "A"): (["verdict", "messages"], True),
    # dead letters carry the broker's receive time (the wall clock of the replay), not event
    # time: see test_dead_letters_panel_over_the_replay_time
    ("grouppulse-overview", "Dead letters by reason", "A"): (
        ["time", "reason_code", "dead_letters"], False),
    ("grouppulse-overview", "Joins and leaves per hour", "A"): (["time", "joins", "leaves"], True),
    ("grouppulse-overview", "Alerts", "A"): (["ts", "severity", "kind", "group_id", "title"], True),
    ("grouppulse-group", "State", "A"): (["current_state", "health_score", "since"], True),
    ("grouppulse-group", "Health score", "A"): (["time", "health_score"], True),
    ("grouppulse-group", "Messages vs the group's rhythm (6 h)", "A"): (
        ["time", "messages", "expected_messages", "speakers"], True),
    ("grouppulse-group", "Activity rate and ad share (6 h)", "A"): (
        ["time", "activity_rate", "ad_share"], True),
    ("grouppulse-group", "Mood", "A"): (
        ["time", "negative_share_1h", "negative_share_24h", "negative_baseline",
         "mean_sentiment_1h"], True),
    ("grouppulse-group", "State changes", "A"): (
        ["changed_at", "previous_state", "state", "health_score", "messages",
         "expected_messages"], False),
    ("grouppulse-moderation", "Hits by category", "A"): (["time", "category", "hits"], True),
    ("grouppulse-moderation", "Review and reject verdicts", "A"): (
        ["time", "review", "reject"], True),
    ("grouppulse-moderation", "Hits by rule", "A"): (
        ["rule", "category", "hits", "messages", "groups", "in_review", "last_hit"], True),
    ("grouppulse-moderation", "Evasion techniques", "A"): (["technique", "hits"], True),
    ("grouppulse-moderation", "Top contacts", "A"): (
        ["contact", "contact_type", "hits", "groups", "accounts", "first_seen", "last_seen",
         "as_written"], True),
    ("grouppulse-moderation", "Spam campaigns", "A"): (
        ["campaign", "groups", "alerts", "first_alert", "last_alert", "accounts", "campaign_key",
         "sample", "group_list"], True),
    ("grouppulse-moderation", "Review queue (possible false positives)", "A"): (
        ["ts", "group_id", "user_id", "text", "matches", "normalized_text", "rules", "categories",
         "evasions", "event_id"], True),
    ("grouppulse-moderation", "Enforcement actions", "A"): (["time", "action", "actions"], True),
    ("grouppulse-moderation", "Repeat offenders", "A"): (
        ["user_id", "strikes", "groups", "last_action", "blacklisted", "last_strike"], True),
    ("grouppulse-group", "Messages and speakers per hour", "A"): (
        ["time", "messages", "speakers"], True),
    ("grouppulse-group", "Activity rate", "A"): (["speakers", "members", "activity_rate"], True),
    ("grouppulse-group", "Lurker share (7 days)", "A"): (
        ["lurkers", "known_members", "lurker_share", "members", "lurker_share_by_count"], True),
    ("grouppulse-group", "Joins and leaves per hour", "A"): (["time", "joins", "leaves"], False),
    ("grouppulse-group", "Members", "A"): (["time", "members"], True),
    ("grouppulse-group", "Top contributors (KOC candidates)", "A"): (
        ["user_id", "user_name", "messages", "share", "active_days", "last_message"], True),
    ("grouppulse-group", "Moderation hits", "A"): (
        ["ts", "user_id", "category", "rule", "severity", "match", "normalized_by"], False),
    ("grouppulse-group", "Recent messages", "A"): (
        ["ts", "user_id", "user_name", "msg_type", "verdict", "categories", "text"], True),
    ("grouppulse-group", "Alerts", "A"): (["ts", "severity", "kind", "title"], False),
}

Result = dict[str, Any]


def run_queries(data_dir: Path, queries: dict[str, str]) -> dict[str, Result]:
    done = subprocess.run(
        [sys.executable, "-m", "dashboards.querycheck"],
        input=json.dumps([{"name": name, "sql": sql} for name, sql in queries.items()]),
        env=cli_env(data_dir),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    results: dict[str, Result] = json.loads(done.stdout)
    return results


def clickhouse_targets() -> dict[tuple[str, str, str], dict[str, Any]]:
    return {
        (uid, panel["title"], target["refId"]): target
        for uid, board in build_all().items()
        for panel in board["panels"]
        for target in panel["targets"]
        if target["datasource"]["uid"] == CLICKHOUSE["uid"]
    }


def expand(sql: str, group: str, start: datetime = START, end: datetime = END) -> str:
    return substitute_variables(expand_macros(sql, start, end, INTERVAL_S), {"group": group})


@pytest.fixture(scope="module")
def replayed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The data directory of a replay of 5,000 simulated events, 1 % malformed."""
    folder = tmp_path_factory.mktemp("dashboards")
    events = folder / "events.jsonl"
    done = run_cli(folder, "simulate", "--events", "5000", "--malformed", "0.01", "--seed", "7",
                   "--out", str(events))
    assert done.returncode == 0, done.stderr
    done = run_cli(folder, "replay", str(events))
    assert done.returncode == 0, done.stderr
    return folder


def group_variables() -> dict[str, str]:
    return {v["name"]: v["query"] for v in build_all()["grouppulse-group"]["templating"]["list"]}


def expand_variable(name: str, category: str = ALL) -> str:
    sql = expand_macros(group_variables()[name], START, END, INTERVAL_S)
    return substitute_variables(sql, {"category": category})


@pytest.fixture(scope="module")
def busiest_group(replayed: Path) -> str:
    result = run_queries(replayed, {
        "variable": expand_variable("group"),
        "busiest": "SELECT group_id FROM grouppulse.messages GROUP BY group_id "
                   "ORDER BY count() DESC, group_id LIMIT 1",
    })
    (group,) = result["busiest"]["rows"][0]
    options = [row[0] for row in result["variable"]["rows"]]
    assert [c[0] for c in result["variable"]["columns"]] == ["group_id"]
    assert group in options and options == sorted(options)
    return str(group)


@pytest.fixture(scope="module")
def results(replayed: Path, busiest_group: str) -> dict[str, Result]:
    queries = {" / ".join(key): expand(t["rawSql"], busiest_group)
               for key, t in clickhouse_targets().items()}
    queries["total messages"] = "SELECT count() FROM grouppulse.messages"
    queries["total groups"] = "SELECT uniqExact(group_id) FROM grouppulse.messages"
    queries["health groups"] = (
        "SELECT uniqExact(group_id), "
        "uniqExactIf(group_id, state = 'dying' AND ts = last) FROM grouppulse.group_health "
        "INNER JOIN (SELECT group_id, max(ts) AS last FROM grouppulse.group_health "
        "GROUP BY group_id) AS l USING group_id")
    queries["review messages"] = "SELECT count() FROM grouppulse.messages WHERE verdict = 'review'"
    queries["campaign keys"] = (  # a campaign merged into another is shown as that one
        "SELECT count() FROM (SELECT dedup_key FROM grouppulse.alerts "
        "WHERE kind = 'spam_campaign' GROUP BY dedup_key "
        "HAVING countIf(JSONExtractString(detail, 'merged_into') != '') = 0)")
    return run_queries(replayed, queries)


def test_every_clickhouse_query_has_expectations() -> None:
    assert set(clickhouse_targets()) == set(EXPECTED)


@pytest.mark.parametrize("key", sorted(EXPECTED), ids=" / ".join)
def test_panel_query_runs_with_expected_columns(results: dict[str, Result],
                                                key: tuple[str, str, str]) -> None:
    result = results[" / ".join(key)]
    assert "error" not in result, result.get("error")
    columns, needs_rows = EXPECTED[key]
    assert [name for name, _type in result["columns"]] == columns
    if columns[0] == "time":
        assert result["columns"][0][1].startswith("DateTime"), result["columns"][0]
    if needs_rows:
        assert result["rows"], f"{key}: no rows over the replayed data"


def test_time_series_are_ordered_by_time(results: dict[str, Result]) -> None:
    for key, (columns, _rows) in EXPECTED.items():
        if columns[0] == "time":
            times = [row[0] for row in results[" / ".join(key)]["rows"]]
            assert times == sorted(times), key


def test_messages_per_minute_adds_up_to_all_messages(results: dict[str, Result]) -> None:
    (total,) = results["total messages"]["rows"][0]
    rows = results["grouppulse-overview / Messages per minute / A"]["rows"]
    assert sum(float(r[1]) for r in rows) * INTERVAL_S / 60 == pytest.approx(total)
    (verdicts_total,) = [sum(r[1] for r in results["grouppulse-overview / Moderation verdicts / A"]
                             ["rows"])]
    assert verdicts_total == total


def test_active_groups_counts_every_group_with_messages(results: dict[str, Result]) -> None:
    (groups,) = results["total groups"]["rows"][0]
    assert results["grouppulse-overview / Active groups / A"]["rows"] == [[groups]]
    assert len(results["grouppulse-overview / Top groups by messages / A"]["rows"]) == min(20, groups)


def test_group_figures_are_consistent(results: dict[str, Result]) -> None:
    def rows(title: str) -> list[list[Any]]:
        return list(results[f"grouppulse-group / {title} / A"]["rows"])

    (speakers, members, rate) = rows("Activity rate")[0]
    assert speakers > 0 and members > 0 and rate == pytest.approx(speakers / members)
    top = rows("Top contributors (KOC candidates)")
    assert top[0][2] >= top[-1][2] and 0 < sum(r[3] for r in top) <= 1 + 1e-9
    lurkers, known, share, _members, share_by_count = rows("Lurker share (7 days)")[0]
    assert 0 <= lurkers <= known and known >= speakers
    assert 0 <= share <= 1 and 0 <= share_by_count <= 1
    hourly_total = sum(r[1] for r in rows("Messages and speakers per hour"))
    assert hourly_total == sum(r[2] for r in top) or len(top) == 20
    assert len(rows("Recent messages")) == min(hourly_total, 200)


def test_dead_letters_panel_over_the_replay_time(replayed: Path, busiest_group: str) -> None:
    """Dead letters are timed by the broker, i.e. when the replay ran: look at that range."""
    now = datetime.now(UTC)
    sql = clickhouse_targets()[("grouppulse-overview", "Dead letters by reason", "A")]["rawSql"]
    results = run_queries(replayed, {
        "dead letters": expand(sql, busiest_group, now - timedelta(hours=2), now),
        "total": "SELECT count() FROM grouppulse.dead_letters",
    })
    assert "error" not in results["dead letters"], results["dead letters"]["error"]
    rows = results["dead letters"]["rows"]
    (total,) = results["total"]["rows"][0]
    assert rows and {r[1] for r in rows} <= {
        "bad_json", "bad_encoding", "not_object", "missing_field", "wrong_type", "bad_value",
        "oversized", "processing_error"}
    assert total > 0 and sum(r[2] for r in rows) == total


def rows_of(results: dict[str, Result], uid: str, title: str) -> list[list[Any]]:
    return list(results[f"{uid} / {title} / A"]["rows"])


def test_group_states_count_every_tracked_group(results: dict[str, Result]) -> None:
    """Every group with health snapshots has exactly one latest state; the dying list is the
    groups whose latest state is dying."""
    groups, dying = results["health groups"]["rows"][0]
    (states,) = rows_of(results, "grouppulse-overview", "Groups by state")
    assert groups > 0 and sum(states) == groups
    assert states[3] == dying
    assert len(rows_of(results, "grouppulse-overview", "Dying groups")) == min(dying, 200)


def test_moderation_figures_are_consistent(results: dict[str, Result]) -> None:
    uid = "grouppulse-moderation"
    (review,) = results["review messages"]["rows"][0]
    queue = rows_of(results, uid, "Review queue (possible false positives)")
    assert review > 0 and len(queue) == min(review, 200)
    assert [r[0] for r in queue] == sorted((r[0] for r in queue), reverse=True)
    # a flood hit matches no span (normalized says "8 repeats"); every other hit has a match
    assert all(r[6] and (r[4] or r[5]) for r in queue), "queued messages show their hits"
    (campaigns,) = results["campaign keys"]["rows"][0]
    for board in (uid, "grouppulse-overview"):
        rows = rows_of(results, board, "Spam campaigns")
        assert len(rows) == campaigns > 0
        assert all(r[1] == len(r[-1].split(",")) >= 2 for r in rows)
        assert [r[1] for r in rows] == sorted((r[1] for r in rows), reverse=True)
    techniques = {r[0] for r in rows_of(results, uid, "Evasion techniques")}
    assert "none" in techniques and techniques - {"none"} <= {
        "fullwidth", "traditional", "separator", "zero_width", "digit_variant", "homophone",
        "pinyin", "repeat"}
    contacts = rows_of(results, uid, "Top contacts")
    assert all(r[3] >= 1 and r[2] >= r[3] for r in contacts)


def test_shares_and_mood_are_in_range(results: dict[str, Result]) -> None:
    uid = "grouppulse-overview"
    ((ad_share,),) = rows_of(results, uid, "Ad share")
    assert 0 < ad_share < 1
    assert all(0 <= r[1] <= 1 for r in rows_of(results, uid, "Ad share of messages"))
    assert all(r[2] >= 0.2 and r[3] >= 5 for r in rows_of(results, uid, "Groups over 20 % ads"))
    mood = rows_of(results, uid, "Mood across groups")
    assert mood and all(0 <= r[1] <= 1 and -1 <= r[2] <= 1 for r in mood)
    state, score, _since = rows_of(results, "grouppulse-group", "State")[0]
    assert state in {"new", "active", "cooling", "dying", "dead"} and 0 <= score <= 100


def test_category_variable_narrows_the_group_list(replayed: Path) -> None:
    """The replay loads no categories: the category list is empty, "All" lists every group,
    any real category none (the filter is applied, not ignored)."""
    results = run_queries(replayed, {
        "categories": expand_variable("category"),
        "all": expand_variable("group"),
        "one": expand_variable("group", "parenting"),
        "groups": "SELECT uniqExact(group_id) FROM grouppulse.group_health",
    })
    assert [c[0] for c in results["categories"]["columns"]] == ["category"]
    assert results["categories"]["rows"] == []
    (groups,) = results["groups"]["rows"][0]
    assert len(results["all"]["rows"]) >= groups > 0
    assert results["one"]["rows"] == []
