"""``grouppulse report`` over a replayed simulation of two Beijing days: the HTML file stands
alone, has every section, parses cleanly, and its headline numbers are what SQL over the same
data says (asked through the CLI, with the day written the analyst's way: toDate(ts, tz))."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest
from helpers import run_cli
from htmlcheck import read_report

from streams.report_html import delta, esc

DAY, BEFORE = "2026-11-03", "2026-11-02"
SECTIONS = ["概览 Overview", "需要处理的群 Groups needing action", "图表 Charts",
            "各群明细 Per-group table", "说明 Definitions", "濒死 / 死群 Dying or dead groups",
            "活跃度下降最多 Biggest drops in activity", "广告占比最高 Highest ad share",
            "投诉风暴 Complaint storms", "黑名单事件 Blacklist events", "跨群广告 Spam campaigns",
            "每小时消息 Messages per hour (Asia/Shanghai)", "健康状态 Health states",
            "告警类型 Alerts by kind"]


@pytest.fixture(scope="module")
def replayed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two simulated China days (48 h from Beijing midnight), 40 groups, 5,000 events."""
    folder = tmp_path_factory.mktemp("report")
    events = folder / "events.jsonl"
    done = run_cli(folder, "simulate", "--events", "5000", "--groups", "40", "--hours", "48",
                   "--start", "2026-11-02T00:00+08:00", "--seed", "5", "--out", str(events))
    assert done.returncode == 0, done.stderr
    # port 0: a free web port, not 6066, which a concurrent run on this machine may hold
    done = run_cli(folder, "replay", str(events), GROUPPULSE_WEB_PORT="0")
    assert done.returncode == 0, done.stderr
    return folder


def _day(day: str) -> str:
    return f"toDate(ts, 'Asia/Shanghai') = toDate('{day}')"


def expected(folder: Path) -> dict[str, Any]:
    """The headline figures of both days from plain SQL, in one CLI call (sql --file)."""
    statements = []
    for day in (DAY, BEFORE):
        statements.append(
            "SELECT count() AS messages, uniqExact(group_id) AS active_groups, "
            "uniqExact(user_id) AS speakers, countIf(has(categories, 'ad')) / count() AS ad_share, "
            "countIf(hasAny(categories, ['fraud', 'gambling', 'drugs', 'porn', 'politics', "
            "'violence', 'abuse', 'privacy', 'self_harm'])) AS risk_messages, "
            "avg(sentiment) AS mean_sentiment, countIf(sentiment <= -0.15) / count() "
            f"AS negative_share FROM grouppulse.messages WHERE {_day(day)};")
        statements.append(
            "SELECT countIf(action = 'join') AS joins, countIf(action = 'leave') AS leaves "
            f"FROM grouppulse.membership_events WHERE {_day(day)};")
        statements.append(
            "SELECT kind, uniqExact(dedup_key) AS n FROM grouppulse.alerts "
            f"WHERE {_day(day)} GROUP BY kind;")
        statements.append(
            "SELECT state, count() AS n FROM (SELECT group_id, argMax(state, ts) AS state "
            f"FROM grouppulse.group_health WHERE {_day(day)} GROUP BY group_id) GROUP BY state;")
    path = folder / "expected.sql"
    path.write_text("\n".join(statements), encoding="utf-8")
    done = run_cli(folder, "sql", "--format", "json", "--file", str(path), timeout=120)
    assert done.returncode == 0, done.stderr
    results = [orjson.loads(line) for line in done.stdout.splitlines() if line.strip()]
    out: dict[str, Any] = {}
    for day, chunk in ((DAY, results[:4]), (BEFORE, results[4:])):
        names = [[c[0] for c in r["columns"]] for r in chunk]
        figures = dict(zip(names[0], chunk[0]["rows"][0], strict=True))
        figures.update(zip(names[1], chunk[1]["rows"][0], strict=True))
        figures["alerts"] = {kind: int(n) for kind, n in chunk[2]["rows"]}
        figures["states"] = {state: int(n) for state, n in chunk[3]["rows"]}
        out[day] = figures
    return out


@pytest.fixture(scope="module")
def report(replayed: Path) -> tuple[str, str]:
    out = replayed / "daily.html"
    done = run_cli(replayed, "report", "--date", DAY, "--out", str(out), timeout=180)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"wrote {out}: ")
    assert "report: messages per group:" in done.stderr  # progress on stderr
    return out.read_text(encoding="utf-8"), done.stdout


def test_report_stands_alone_and_parses(report: tuple[str, str]) -> None:
    page, _ = report
    parsed = read_report(page)
    assert parsed.problems == []
    assert parsed.external == [] and parsed.scripts == 0
    assert "<link" not in page and "@import" not in page and "url(" not in page
    for heading in SECTIONS:
        assert any(h.startswith(heading) for h in parsed.headings), heading  # "(n)" may follow
    assert page.count("<svg") >= 4  # the charts (and the sparklines)


def test_headline_numbers_match_sql(replayed: Path, report: tuple[str, str]) -> None:
    page, stdout = report
    kpis = read_report(page).kpis
    want = expected(replayed)
    today, before = want[DAY], want[BEFORE]
    assert today["messages"] > 0 and before["messages"] > 0
    for key in ("messages", "active_groups", "speakers", "joins", "leaves", "risk_messages"):
        assert int(kpis[key]) == int(today[key]), key
    for key in ("ad_share", "mean_sentiment", "negative_share"):
        assert float(kpis[key]) == pytest.approx(float(today[key]), abs=1e-5), key
    for kind, n in today["alerts"].items():
        assert int(kpis[f"alerts.{kind}"]) == n, kind
    assert int(kpis["alerts"]) == sum(today["alerts"].values())
    for state in ("new", "active", "cooling", "dying", "dead"):
        assert int(kpis[f"state.{state}"]) == today["states"].get(state, 0), state
    # the changes shown are against the day before, as SQL has it
    assert esc(delta(today["messages"], before["messages"])[0]) in page
    assert esc(delta(today["speakers"], before["speakers"])[0]) in page
    assert f"{today['messages']} messages in {today['active_groups']} groups" in stdout


def test_a_day_without_data_is_one_line_and_exit_1(replayed: Path) -> None:
    out = replayed / "empty.html"
    done = run_cli(replayed, "report", "--date", "2026-12-25", "--out", str(out), timeout=120)
    assert done.returncode == 1, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "no data for 2026-12-25" in errors[0]
    assert f"messages span {BEFORE} to" in errors[0]
    assert not out.exists()


@pytest.mark.parametrize("args", [["--date", "2026/11/03"], ["--date", DAY, "--tz", "Nowhere/X"]])
def test_bad_input_is_one_line_and_exit_2(replayed: Path, args: list[str]) -> None:
    done = run_cli(replayed, "report", *args, timeout=60)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and done.stderr.startswith("error:")
