"""replay, on the real broker and chDB: exact counts, no duplicates, a clear halt."""

from __future__ import annotations

import re
from pathlib import Path

import orjson
from conftest import Replayed
from helpers import campaign_groups, expected_counts, run_cli, sql, table_counts


def test_replay_writes_exactly_the_valid_events_and_dead_letters_the_rest(
    replayed_20k: Replayed,
) -> None:
    events, truth, first = replayed_20k.events, replayed_20k.truth, replayed_20k.first
    want = expected_counts(events, truth)
    assert want["dead_letters"] == 200

    done = replayed_20k.first_run
    summary = re.search(
        r"replayed 20000 events: (\d+) valid, (\d+) dead letters, (\d+) alerts, .* ([\d,]+) events/s",
        done.stdout,
    )
    assert summary, done.stdout
    assert int(summary[1]) == 20000 - 200 and int(summary[2]) == 200
    assert int(summary[4].replace(",", "")) > 0

    counts = table_counts(first)
    assert counts == {table: (n, n) for table, n in want.items()}

    # Every dead letter carries a reason and the original bytes of a malformed line.
    letters = sql(first, "SELECT reason_code, reason, length(raw) AS size FROM grouppulse.dead_letters")
    assert all(row["reason_code"] and row["reason"] and int(row["size"]) > 0 for row in letters)
    assert {row["reason_code"] for row in letters} >= {"bad_json", "missing_field", "wrong_type", "oversized"}

    # Every injected cross-group ad campaign is caught as one spam_campaign alert listing its
    # groups (ground truth from the simulator; the detector never sees the labels), and only
    # one: its contacts and wording do not page separately.
    campaigns = campaign_groups(truth)
    assert len(campaigns) >= 2
    # (Sightings out of time order can report one campaign under two keys before a message
    # ties them: the later one is then marked merged into the other, and counts as it.)
    alerts = sql(first, "SELECT dedup_key, group_ids, JSONExtract(detail, 'users', "
                           "'Array(String)') AS users, JSONExtractString(detail, 'merged_into') "
                           "AS merged_into FROM grouppulse.alerts WHERE kind = 'spam_campaign'")
    merged = {a["dedup_key"]: "spam_campaign:" + a["merged_into"] for a in alerts
              if a["merged_into"]}

    def continued_as(key: str) -> str:
        while key in merged:
            key = merged[key]
        return key

    accounts = campaign_accounts(events, truth)
    for name, groups in campaigns.items():
        best = max((len(groups & set(a["group_ids"])) for a in alerts), default=0)
        assert best >= 5, f"campaign {name} over {len(groups)} groups not detected"
        keys = {continued_as(a["dedup_key"]) for a in alerts
                if accounts[name] & set(a["users"])}
        assert len(keys) == 1, f"campaign {name} raised {len(keys)} alerts: {sorted(keys)}"

    # Every rejected message is one strike on the ladder, counted across groups; repeat
    # spammers get kicked and blacklisted.
    rejects = sql(first, "SELECT count() AS n FROM grouppulse.messages WHERE verdict = 'reject'")
    actions = sql(first, "SELECT action, count() AS n, max(strikes) AS top FROM grouppulse.actions "
                            "GROUP BY action")
    assert sum(int(a["n"]) for a in actions) == int(rejects[0]["n"]) > 0
    kicks = [a for a in actions if a["action"] == "kick"]
    assert kicks and int(kicks[0]["top"]) >= 3
    # from the actions themselves: the user_strikes view counts the 30 days before now(), and
    # the simulated day (2026-11-02) left that window on 2026-12-02
    spread = sql(first, "SELECT max(g) AS g FROM (SELECT uniqExact(group_id) AS g "
                        "FROM grouppulse.actions GROUP BY user_id)")
    assert int(spread[0]["g"]) >= 2  # strikes follow a user from group to group

    # Replaying the same file into the same database adds nothing.
    again = replayed_20k.again
    assert again.returncode == 0, again.stderr[-3000:]
    assert table_counts(replayed_20k.folder) == counts


def campaign_accounts(events: Path, truth: Path) -> dict[str, set[str]]:
    """The accounts that posted each injected campaign's ads."""
    campaign_of = {}
    for row in map(orjson.loads, truth.read_bytes().splitlines()):
        label = row.get("label") or {}
        if row.get("kind") == "event" and label.get("label") == "ad" and label.get("campaign"):
            campaign_of[row["event_id"]] = label["campaign"]
    accounts: dict[str, set[str]] = {}
    for line in events.read_bytes().splitlines():
        try:
            doc = orjson.loads(line)
        except orjson.JSONDecodeError:
            continue
        if isinstance(doc, dict) and str(doc.get("event_id")) in campaign_of:
            accounts.setdefault(campaign_of[str(doc["event_id"])], set()).add(doc["user_id"])
    return accounts


def test_unknown_fields_survive_into_clickhouse(replayed_20k: Replayed) -> None:
    lines = [line for line in replayed_20k.events.read_bytes().splitlines()
             if b'"client"' in line or b'"source"' in line]
    assert lines  # the simulator sends some events with fields the schema does not name
    rows = sql(replayed_20k.first, "SELECT extra FROM grouppulse.messages WHERE extra != '' "
               "UNION ALL SELECT extra FROM grouppulse.membership_events WHERE extra != ''")
    assert len(rows) >= 1 and all(row["extra"].startswith("{") for row in rows)


def test_a_bad_deploy_halts_the_worker_with_a_clear_message(tmp_path: Path) -> None:
    events = tmp_path / "bad.jsonl"
    done = run_cli(tmp_path, "simulate", "--events", "3000", "--malformed", "0.6", "--out", str(events))
    assert done.returncode == 0, done.stderr
    replay = run_cli(tmp_path, "replay", str(events), timeout=240)
    assert replay.returncode == 2
    assert "halted" in replay.stderr and "were unreadable" in replay.stderr
    assert "Traceback" not in replay.stderr


def test_user_mistakes_are_one_line_errors(tmp_path: Path) -> None:
    missing = run_cli(tmp_path, "replay", str(tmp_path / "nope.jsonl"))
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    bad_setting = run_cli(tmp_path, "migrate", GROUPPULSE_TOPIC_PARTITIONS="zero")
    assert bad_setting.returncode == 2
    assert "GROUPPULSE_TOPIC_PARTITIONS" in bad_setting.stderr and "Traceback" not in bad_setting.stderr
    bad_sql = run_cli(tmp_path, "sql", "SELEC nonsense")
    assert bad_sql.returncode == 2 and "query failed" in bad_sql.stderr


def test_an_unreachable_clickhouse_is_a_clear_error_that_hides_the_password(tmp_path: Path) -> None:
    done = run_cli(tmp_path, "migrate", GROUPPULSE_CLICKHOUSE_DSN="http://writer:s3cret-pw@127.0.0.1:1")
    assert done.returncode == 2
    assert "cannot open ClickHouse at http://writer:***@127.0.0.1:1" in done.stderr
    assert "s3cret-pw" not in done.stderr + done.stdout
