"""Tests of the synthetic traffic generator (streams/simulate.py)."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
import pytest

from streams.simulate import (
    MALFORMED_KINDS,
    SimEvent,
    SimulationConfig,
    generate,
    group_truth,
    write_jsonl,
)

TYPES = {"message", "member_join", "member_leave", "group_snapshot"}
MSG_TYPES = {
    "text", "image", "link", "card", "miniprogram", "red_packet", "voice", "video", "file",
    "emoji", "system",
}  # fmt: skip
CN_HOURS = 8 * 3_600_000
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _ts_ms(value: object) -> int:
    """Parse a valid ts (ISO-8601 with zone, or epoch ms) into epoch ms; raise if invalid."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    assert isinstance(value, str)
    dt = datetime.fromisoformat(value)
    assert dt.tzinfo is not None and dt.utcoffset() is not None, value
    return (dt - EPOCH) // timedelta(milliseconds=1)


def _valid(e: SimEvent) -> dict:
    return orjson.loads(e.raw)


def _is_malformed(e: SimEvent) -> bool:
    return e.label is not None and e.label["label"] == "malformed"


def _ms(iso: str) -> int:
    return _ts_ms(iso)


def _cn_hour(ts_ms: int) -> int:
    return ((ts_ms + CN_HOURS) // 3_600_000) % 24


@pytest.fixture(scope="module")
def mixed() -> list[SimEvent]:
    """20,000 lines with 1 % malformed input."""
    return list(generate(SimulationConfig(events=20_000, malformed_ratio=0.01)))


@pytest.fixture(scope="module")
def day() -> tuple[SimulationConfig, list[SimEvent]]:
    """A full simulated day of 150 groups (no event cap)."""
    cfg = SimulationConfig(groups=150, hours=24, seed=11)
    return cfg, list(generate(cfg))


# --------------------------------------------------------------------------- basics


def test_deterministic_same_seed_same_bytes() -> None:
    cfg = SimulationConfig(groups=80, hours=6, events=4_000, malformed_ratio=0.02)
    a = [(e.ts_ms, e.group_id, e.raw, e.label) for e in generate(cfg)]
    b = [(e.ts_ms, e.group_id, e.raw, e.label) for e in generate(cfg)]
    assert a == b
    c = [e.raw for e in generate(SimulationConfig(groups=80, hours=6, events=4_000, seed=8))]
    assert c != [x[2] for x in a]
    assert group_truth(cfg) == group_truth(cfg)


def test_naive_start_rejected() -> None:
    with pytest.raises(ValueError):
        list(generate(SimulationConfig(start=datetime(2026, 11, 2))))  # noqa: DTZ001


def test_exact_counts_and_ordering(mixed: list[SimEvent]) -> None:
    assert len(mixed) == 20_000
    assert sum(_is_malformed(e) for e in mixed) == round(20_000 * 0.01)
    ts = [e.ts_ms for e in mixed]
    assert ts == sorted(ts)
    # malformed lines are spread through the stream, not bunched
    positions = [i for i, e in enumerate(mixed) if _is_malformed(e)]
    assert positions[0] < 500 and positions[-1] > 19_000
    # every prefix holds round(n * ratio) malformed lines
    count = 0
    for n, e in enumerate(mixed, 1):
        count += _is_malformed(e)
        assert count == round(n * 0.01)


def test_valid_lines_follow_the_contract(mixed: list[SimEvent]) -> None:
    ids: set[str] = set()
    ts_kinds: Counter[str] = Counter()
    extra = 0
    types: Counter[str] = Counter()
    for e in mixed:
        if _is_malformed(e):
            continue
        assert not e.raw.endswith(b"\n")
        d = _valid(e)
        assert isinstance(d, dict)
        assert isinstance(d["event_id"], str) and d["event_id"] not in ids
        ids.add(d["event_id"])
        assert d["type"] in TYPES
        types[d["type"]] += 1
        assert d["group_id"] == e.group_id and e.group_id.startswith("g")
        parsed = _ts_ms(d["ts"])
        assert parsed == e.ts_ms or (parsed // 1000 == e.ts_ms // 1000 and parsed % 1000 == 0)
        ts_kinds[
            "int" if isinstance(d["ts"], int) else "z" if d["ts"].endswith("Z") else "off"
        ] += 1
        if d["type"] != "group_snapshot":
            assert isinstance(d["user_id"], str) and d["user_id"].startswith("u")
        if d["type"] == "message":
            assert d["msg_type"] in MSG_TYPES
            if d["msg_type"] == "text":
                assert isinstance(d["text"], str) and d["text"]
        if d["type"] == "group_snapshot":
            assert isinstance(d["member_count"], int) and d["member_count"] > 0
            assert isinstance(d["group_name"], str)
        extra += bool(set(d) & {"client", "app_version", "source"})
        # compact UTF-8, no ASCII escaping of Chinese
        assert b"\\u" not in e.raw or "\\u" in e.raw.decode()
    assert all(ts_kinds[k] > 100 for k in ("int", "z", "off"))
    assert extra > 50
    assert all(types[t] > 0 for t in TYPES)
    assert "你" in b"".join(e.raw for e in mixed[:3000]).decode("utf-8", "replace")


def test_malformed_lines_are_malformed_for_their_kind(mixed: list[SimEvent]) -> None:
    kinds: Counter[str] = Counter()
    all_ids = [orjson.loads(e.raw)["event_id"] for e in mixed if not _is_malformed(e)]
    for e in mixed:
        if not _is_malformed(e):
            continue
        kind = e.label["kind"]
        kinds[kind] += 1
        if kind == "bad_utf8":
            with pytest.raises(UnicodeDecodeError):
                e.raw.decode("utf-8")
            continue
        e.raw.decode("utf-8")
        if kind == "bad_json":
            with pytest.raises(orjson.JSONDecodeError):
                orjson.loads(e.raw)
            continue
        d = orjson.loads(e.raw)
        if kind == "not_object":
            assert not isinstance(d, dict)
            continue
        assert isinstance(d, dict)
        if kind == "missing_event_id":
            assert "event_id" not in d
        elif kind == "missing_group_id":
            assert "group_id" not in d and e.group_id == ""
        elif kind == "missing_ts":
            assert "ts" not in d
        elif kind == "wrong_type":
            assert (
                not isinstance(d["group_id"], str)
                or isinstance(d["ts"], list)
                or not isinstance(d["event_id"], str)
            )
        elif kind == "bad_ts":
            assert isinstance(d["ts"], str)
            try:
                parsed = datetime.fromisoformat(d["ts"])
            except ValueError:
                pass
            else:
                assert parsed.tzinfo is None
        elif kind == "unknown_type":
            assert d["type"] not in TYPES
        elif kind == "oversized":
            assert len(d["text"].encode()) > 70_000
        if isinstance(d.get("event_id"), str):
            all_ids.append(d["event_id"])
    assert set(kinds) == set(MALFORMED_KINDS)
    assert len(all_ids) == len(set(all_ids))


# --------------------------------------------------------------------------- realism


def test_diurnal_rhythm(day: tuple[SimulationConfig, list[SimEvent]]) -> None:
    _, events = day
    per_hour: Counter[int] = Counter()
    for e in events:
        if e.label is None and b'"type":"message"' in e.raw:
            per_hour[_cn_hour(e.ts_ms)] += 1
    night = sum(per_hour[h] for h in (1, 2, 3, 4, 5)) / 5
    golden = sum(per_hour[h] for h in (12, 13, 18, 19, 20, 21)) / 6
    assert golden > 0
    assert night < 0.15 * golden, (night, golden)
    assert per_hour[21] > per_hour[3] * 10


def test_heavy_tailed_speakers(day: tuple[SimulationConfig, list[SimEvent]]) -> None:
    cfg, events = day
    truth = {r["group_id"]: r for r in group_truth(cfg)}
    by_group: dict[str, Counter[str]] = defaultdict(Counter)
    for e in events:
        if e.label is None and b'"type":"message"' in e.raw:
            d = _valid(e)
            by_group[d["group_id"]][d["user_id"]] += 1
    big = [
        g
        for g, r in truth.items()
        if r["profile"] == "healthy" and r["members_at_start"] >= 100 and len(by_group[g]) >= 20
    ]
    assert big, "no big healthy group"
    shares = []
    for g in big:
        counts = sorted(by_group[g].values(), reverse=True)
        top = max(1, len(counts) // 10)
        shares.append(sum(counts[:top]) / sum(counts))
        # lurkers: many members never speak
        assert len(counts) < truth[g]["members_at_start"] * 0.6
    assert min(shares) > 0.25 and sorted(shares)[len(shares) // 2] > 0.4, shares
    busiest = max(big, key=lambda g: sum(by_group[g].values()))
    assert shares[big.index(busiest)] > 0.4


def test_declining_and_dead_groups() -> None:
    cfg = SimulationConfig(groups=60, hours=96, seed=3, campaigns=0, floods=0, complaint_storms=0)
    truth = {r["group_id"]: r for r in group_truth(cfg)}
    start = int(cfg.start.timestamp() * 1000)
    quarter = 24 * 3_600_000
    q: dict[str, Counter[int]] = defaultdict(Counter)
    after_death = Counter()
    before_creation = Counter()
    for e in generate(cfg):
        r = truth[e.group_id]
        if b'"type":"message"' in e.raw:
            q[e.group_id][(e.ts_ms - start) // quarter] += 1
            if "death_at" in r and e.ts_ms >= _ms(r["death_at"]):
                after_death[e.group_id] += 1
        if e.ts_ms < _ms(r["created_at"]):
            before_creation[e.group_id] += 1
    declining = [g for g, r in truth.items() if r["profile"] == "declining"]
    assert declining
    for g in declining:
        assert q[g][3] < q[g][0], (g, q[g])
    assert sum(q[g][3] for g in declining) < 0.3 * sum(q[g][0] for g in declining)
    # quiet but stable: low but steady (last day not collapsing)
    quiet = [g for g, r in truth.items() if r["profile"] == "quiet_but_stable"]
    assert sum(q[g][3] for g in quiet) > 0.5 * sum(q[g][0] for g in quiet)
    assert not after_death
    assert not before_creation


def test_group_truth_profiles() -> None:
    cfg = SimulationConfig(groups=300)
    rows = group_truth(cfg)
    assert len(rows) == 300
    profiles = Counter(r["profile"] for r in rows)
    assert profiles == {
        "healthy": 120,
        "quiet_but_stable": 60,
        "declining": 36,
        "sudden_death": 24,
        "new": 30,
        "ad_board": 30,
    }
    start = cfg.start
    for r in rows:
        assert 1 <= r["members_at_start"] <= 500
        created = datetime.fromisoformat(r["created_at"])
        assert created.tzinfo is not None
        if r["profile"] == "new":
            assert start < created < start + timedelta(hours=24 * 0.6)
        else:
            assert created < start
        assert ("decline_start" in r) == (r["profile"] == "declining")
        assert ("death_at" in r) == (r["profile"] == "sudden_death")
    sizes = sorted(r["members_at_start"] for r in rows if r["profile"] != "new")
    assert 15 <= sizes[len(sizes) // 4] <= 40  # plenty of small discussion groups
    assert sizes[-1] > 250  # and some big ones
    quiet = [r["members_at_start"] for r in rows if r["profile"] == "quiet_but_stable"]
    assert max(quiet) <= 40


def test_campaigns_hit_many_groups_within_minutes(
    day: tuple[SimulationConfig, list[SimEvent]],
) -> None:
    cfg, events = day
    posts: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    evasions: Counter[str] = Counter()
    forms: Counter[str] = Counter()
    for e in events:
        lab = e.label
        if lab and lab["label"] == "ad":
            evasions[lab["evasion"]] += 1
            forms[lab["form"]] += 1
            if lab["campaign"]:
                d = _valid(e)
                posts[lab["campaign"]].append((e.ts_ms, e.group_id, d["user_id"]))
    assert len(posts) == cfg.campaigns
    for items in posts.values():
        assert len({u for _, _, u in items}) == 1  # one spammer account
        first: dict[str, int] = {}
        for ts, g, _ in items:
            first.setdefault(g, ts)
        times = sorted(first.values())
        best = max(sum(1 for t in times if t0 <= t < t0 + 10 * 60_000) for t0 in times)
        assert best >= 5
    assert set(evasions) >= {
        "none", "fullwidth", "separator", "homophone", "zero_width", "digit_variant",
        "emoji_padding", "traditional",
    }  # fmt: skip
    assert set(forms) >= {"text", "card", "miniprogram", "link"}


def test_other_labels_present(day: tuple[SimulationConfig, list[SimEvent]]) -> None:
    _, events = day
    labels: Counter[str] = Counter(e.label["label"] for e in events if e.label)
    for name in ("ad", "risk", "benign_lookalike", "flood", "complaint_storm", "spam_account"):
        assert labels[name] > 0, name
    assert labels["malformed"] == 0
    # a flood is one member, many messages within two minutes
    floods: dict[str, list[SimEvent]] = defaultdict(list)
    storms: dict[str, list[SimEvent]] = defaultdict(list)
    for e in events:
        if e.label and e.label["label"] == "flood":
            floods[e.label["flood_id"]].append(e)
        if e.label and e.label["label"] == "complaint_storm":
            storms[e.label["storm_id"]].append(e)
    for items in floods.values():
        assert len(items) >= 15
        assert len({_valid(e)["user_id"] for e in items}) == 1
        assert items[-1].ts_ms - items[0].ts_ms <= 120_000
    for items in storms.values():
        assert len({_valid(e)["user_id"] for e in items}) >= 3
        assert len({e.group_id for e in items}) == 1
        assert items[-1].ts_ms - items[0].ts_ms <= 3_600_000
    # ad boards: ads dominate
    ads_by_group: Counter[str] = Counter()
    msgs_by_group: Counter[str] = Counter()
    for e in events:
        if b'"type":"message"' in e.raw:
            msgs_by_group[e.group_id] += 1
            if e.label and e.label["label"] == "ad" and e.label["campaign"] is None:
                ads_by_group[e.group_id] += 1
    for g, n in ads_by_group.items():
        assert n / msgs_by_group[g] > 0.3


# --------------------------------------------------------------------------- files


def test_write_jsonl_truth_points_at_lines(tmp_path: Path) -> None:
    cfg = SimulationConfig(groups=50, hours=12, events=6_000, malformed_ratio=0.02)
    ev_path, tr_path = tmp_path / "events.jsonl", tmp_path / "truth.jsonl"
    progress: list[int] = []
    summary = write_jsonl(cfg, ev_path, tr_path, on_progress=progress.append)
    lines = ev_path.read_bytes().split(b"\n")
    assert lines[-1] == b""
    lines = lines[:-1]
    assert len(lines) == 6_000 == summary["events"] == sum(progress)
    assert summary["malformed"] == 120
    assert summary["groups"] == dict(Counter(r["profile"] for r in group_truth(cfg)))
    rows = [orjson.loads(x) for x in tr_path.read_bytes().splitlines()]
    groups = [r for r in rows if r["kind"] == "group"]
    event_rows = [r for r in rows if r["kind"] == "event"]
    assert rows[: len(groups)] == groups and len(groups) == 50
    assert sum(summary["labelled"].values()) == len(event_rows)
    expected = [e for e in generate(cfg)]
    labelled = {i + 1: e for i, e in enumerate(expected) if e.label is not None}
    assert {r["line"] for r in event_rows} == set(labelled)
    for r in event_rows:
        raw = lines[r["line"] - 1]
        assert raw == labelled[r["line"]].raw
        assert r["label"] == labelled[r["line"]].label
        if r["label"]["label"] != "malformed":
            assert orjson.loads(raw)["event_id"] == r["event_id"]
    for i, e in enumerate(expected):
        assert lines[i] == e.raw


def test_long_runs_show_lifecycle_on_day_one() -> None:
    """An endless demo run (a year of event time) still has new groups, declines, deaths and
    campaigns within its first day, and stays lazy."""
    cfg = SimulationConfig(groups=40, hours=24 * 365, seed=5)
    day_end = cfg.start + timedelta(hours=24)
    rows = group_truth(cfg)
    changes = [r["decline_start"] for r in rows if r["profile"] == "declining"]
    changes += [r["death_at"] for r in rows if r["profile"] == "sudden_death"]
    changes += [r["created_at"] for r in rows if r["profile"] == "new"]
    assert len(changes) >= 10
    assert all(datetime.fromisoformat(t) < day_end for t in changes)
    end_ms = _ts_ms(day_end.isoformat())
    campaigns = set()
    for e in generate(cfg):
        if e.ts_ms >= end_ms:
            break
        if e.label and e.label["label"] == "ad" and e.label["campaign"]:
            campaigns.add(e.label["campaign"])
    assert campaigns == {"c1", "c2", "c3"}


def test_ad_and_risk_labels_carry_every_true_category(
    day: tuple[SimulationConfig, list[SimEvent]],
) -> None:
    """Labelling convention: a scam ad with a contact is ad + fraud; a risk offer with only a DM
    cue (私聊, 加我, 懂的来) or a task-scam job is its risk + ad; the rest is one category."""
    _, events = day
    seen: set[tuple[str, ...]] = set()
    for e in events:
        lab = e.label
        if not lab or lab["label"] not in ("ad", "risk"):
            continue
        cats = lab["categories"]
        text = orjson.loads(e.raw).get("text", "")
        if lab["label"] == "ad":
            assert cats[0] == "ad"
            scam = any(w in text for w in ("刷单", "刷單", "贷款", "貸款", "发票", "發票", "股票"))
            assert (cats == ["ad", "fraud"]) == (lab["form"] == "text" and scam), text
        else:
            assert cats[0] == lab["category"] and set(cats) <= {lab["category"], "ad"}
            if any(w in text for w in ("私聊", "加我", "懂的来", "刷单")):
                assert "ad" in cats, text
            if lab["category"] in ("violence", "abuse", "privacy", "self_harm"):
                assert cats == [lab["category"]], text
        seen.add(tuple(cats))
    assert ("ad", "fraud") in seen and ("ad",) in seen
    assert ("drugs", "ad") in seen and ("fraud",) in seen
