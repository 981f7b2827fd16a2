"""Analysis of message events: moderation and sentiment → row enrichment, hits, alerts.

Glue between the pure detectors (``streams.detect``) and the sink rows; no Faust here, so the
agent stays short and the whole step is testable without a broker. Alerts carry a stable
``dedup_key``; suppression, rate limits and delivery belong to the alert router.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import orjson

from sinks.rows import ALERTS, GROUP_HEALTH, MODERATION_HITS, Analysis, Row, Table, utc
from streams.blacklist import Blacklist
from streams.detect.campaign import Campaign, CampaignDetector, Sighting
from streams.detect.health import GroupHealthTracker, HealthSnapshot, join_parts
from streams.detect.ladder import DAY_MS, StrikeLadder
from streams.detect.lexicon import CATEGORIES
from streams.detect.moderation import Message, Moderator, Verdict
from streams.events import Event

RISK_CATEGORIES = CATEGORIES - {"ad", "custom"}  # what on-call is paged for
CRITICAL_RISK = frozenset({"violence", "self_harm", "drugs", "fraud"})
CATEGORY_NAMES = {
    "ad": "广告引流", "flood": "刷屏", "fraud": "诈骗", "gambling": "赌博", "drugs": "毒品",
    "porn": "色情", "politics": "政治敏感", "violence": "暴力", "abuse": "辱骂",
    "privacy": "隐私泄露", "self_harm": "自伤自杀", "custom": "自定义",
}
FLOOD_ALERT_BUCKET_MS = 10 * 60_000
RECENT_MESSAGES = 5  # preceding messages of the group carried in an alert, for context
# Per-member state (new members, flood windows) is forgotten once its group's own clock is
# past its windows by LATE_SLACK_MS; the state of groups silent for SILENT_GROUP_MS of the
# newest event time (any partition) is forgotten whole. Only a partition running that far
# behind another could lose state it still needs.
LATE_SLACK_MS = 3600_000
SILENT_GROUP_MS = 48 * 3600_000


def stable_id(*parts: object) -> str:
    return hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=12).hexdigest()


def alert_row(
    *,
    ts_ms: int,
    kind: str,
    severity: str,
    group_id: str,
    group_ids: list[str],
    user_id: str,
    title: str,
    detail: dict[str, Any],
    dedup_key: str,
    trigger: object,
) -> Row:
    """An ``alerts`` row; ``alert_id`` is derived from the key and trigger, so replays match."""
    return (
        stable_id(dedup_key, trigger),
        utc(ts_ms),
        kind,
        severity,
        group_id,
        group_ids,
        user_id,
        title,
        orjson.dumps(detail).decode(),
        dedup_key,
    )


@dataclass
class MessageAnalysis:
    analysis: Analysis
    verdict: Verdict | None  # None for non-message events (a blacklisted user joining)
    rows: list[tuple[Table, Row]]
    sighting: dict[str, Any] | None  # for the campaign agent, when the message is ad-like
    strike: dict[str, Any] | None = None  # for the strike ladder, when the verdict is reject


@dataclass
class Analyser:
    """Moderation and sentiment for every message, in event order per group."""

    moderator: Moderator
    sentiment: Callable[[str], float]
    lexicon_version: str = ""
    blacklist: Blacklist | None = None
    _clock_ms: int = 0
    _evicted_at_ms: int = 0
    _events_since_eviction: int = 0
    _size_after_eviction: int = 0
    _recent: dict[str, deque[dict[str, Any]]] = field(default_factory=dict)
    _group_clock: dict[str, int] = field(default_factory=dict)  # newest event per group

    def recent_messages(self, group_id: str) -> list[dict[str, Any]]:
        """The group's last few messages before the current one: on-call reads an alert in
        context (a 'drugs' word in a joke thread reads differently)."""
        return list(self._recent.get(group_id, ()))

    def export_group(self, group_id: str) -> dict[str, Any]:
        """What the group's next messages are judged against (new members, flood windows,
        the last few messages), JSON-ready: saved with the group's health state."""
        return {"moderation": self.moderator.export_group(group_id),
                "recent": list(self._recent.get(group_id, ()))}

    def import_group(self, group_id: str, saved: dict[str, Any]) -> None:
        self.moderator.import_group(group_id, saved.get("moderation", {}))
        recent = saved.get("recent") or []
        if recent:
            self._recent[group_id] = deque(recent, maxlen=RECENT_MESSAGES)
            self._clock_ms = max(self._clock_ms, int(recent[-1]["ts_ms"]))
        else:
            self._recent.pop(group_id, None)

    def drop_group(self, group_id: str) -> None:
        self.moderator.drop_group(group_id)
        self._recent.pop(group_id, None)

    def _remember(self, event: Event) -> None:
        recent = self._recent.get(event.group_id)
        if recent is None:
            recent = self._recent[event.group_id] = deque(maxlen=RECENT_MESSAGES)
        recent.append({"ts_ms": event.ts_ms, "user_id": event.user_id,
                       "text": event.text[:200] or f"[{event.msg_type}]"})

    def on_event(self, event: Event) -> MessageAnalysis | None:
        """Feed any event (joins matter for "new member"); analyse messages."""
        if event.ts_ms > self._group_clock.get(event.group_id, 0):
            self._group_clock[event.group_id] = event.ts_ms
        self._tick(event.ts_ms)
        listed = self.blacklist_alert(event)
        if event.type == "member_join":
            self.moderator.member_joined(event.group_id, event.user_id, event.ts_ms)
        if event.type != "message":
            if listed is None:
                return None
            return MessageAnalysis(Analysis(), None, [(ALERTS, listed)], None)
        try:
            return self._analyse_message(event, listed)
        finally:
            self._remember(event)

    def _analyse_message(self, event: Event, listed: Row | None) -> MessageAnalysis:
        message = Message(event.event_id, event.ts_ms, event.group_id, event.user_id,
                          event.msg_type, event.text, event.url)
        verdict = self.moderator.classify(message)
        mood = self.sentiment(event.text) if event.text else 0.0
        rows = [(MODERATION_HITS, row) for row in self.hit_rows(event, verdict)]
        rows.extend((ALERTS, row) for row in self.alerts_for(event, verdict))
        if listed is not None:
            rows.append((ALERTS, listed))
        sighting = None
        if verdict.is_ad_like:
            sighting = {
                "event_id": event.event_id,
                "ts_ms": event.ts_ms,
                "group_id": event.group_id,
                "user_id": event.user_id,
                "text": verdict.normalized_text[:500],
                "contacts": verdict.campaign_contacts,
            }
        strike = None
        if verdict.verdict == "reject":
            strike = {
                "event_id": event.event_id,
                "ts_ms": event.ts_ms,
                "group_id": event.group_id,
                "user_id": event.user_id,
                "reason": ",".join(verdict.categories),
            }
        return MessageAnalysis(Analysis(verdict.verdict, verdict.categories, mood), verdict, rows,
                               sighting, strike)

    def blacklist_alert(self, event: Event) -> Row | None:
        """A blacklisted user joining or speaking in any group pages at once (critical);
        one alert per user, group and hour, however much they post."""
        if self.blacklist is None or event.type not in ("member_join", "message"):
            return None
        entry = self.blacklist.get(event.user_id)
        if entry is None or event.ts_ms < int(entry.get("since_ms", 0)):
            return None  # not listed, or this happened before the ban
        doing = "加入" if event.type == "member_join" else "发言"
        hour_ms = event.ts_ms - event.ts_ms % 3_600_000
        key = f"blacklist:{event.user_id}:{event.group_id}:{event.ts_ms // 3_600_000}"
        # one alert per user, group and hour: every copy of it carries the hour as its time,
        # so the sink's id look-up (narrowed to the batch's time range) finds earlier copies
        return alert_row(
            ts_ms=hour_ms, kind="blacklist", severity="critical", group_id=event.group_id,
            group_ids=[event.group_id], user_id=event.user_id,
            title=f"黑名单用户 {event.user_id} {doing}了群 {event.group_id}",
            detail={"event_id": event.event_id, "event": event.type, "event_ts_ms": event.ts_ms,
                    "text": event.text[:300],
                    "blacklisted_for": entry.get("reason", ""),
                    "blacklisted_by": entry.get("source", ""),
                    "recent_messages": self.recent_messages(event.group_id)},
            dedup_key=key, trigger=key,
        )

    def _tick(self, ts_ms: int) -> None:
        # The clock is the newest event of *any* partition; a replayed backlog can run hours
        # ahead on one partition, so per-member state is evicted only well behind it.
        # A sweep scans every key, so it also waits for half as many events as keys it
        # kept last time: a replay (hours of event time per second) then pays O(1) per
        # event, and the state grows at most by half between sweeps.
        self._clock_ms = max(self._clock_ms, ts_ms)
        self._events_since_eviction += 1
        if (self._clock_ms - self._evicted_at_ms > 60_000
                and self._events_since_eviction * 2 >= self._size_after_eviction):
            silent = self._clock_ms - SILENT_GROUP_MS
            clocks = self._group_clock

            def horizon_of(group_id: str) -> int:
                return max(clocks.get(group_id, 0) - LATE_SLACK_MS, silent)

            self.moderator.evict_groups(horizon_of)
            for group_id in [g for g, r in self._recent.items() if r[-1]["ts_ms"] < silent]:
                del self._recent[group_id]
            for group_id in [g for g, ts in clocks.items() if ts < silent]:
                del clocks[group_id]
            self._evicted_at_ms = self._clock_ms
            self._events_since_eviction = 0
            self._size_after_eviction = (self.moderator.state_size() + len(self._recent)
                                         + len(clocks))

    def hit_rows(self, event: Event, verdict: Verdict) -> list[Row]:
        return [
            (
                f"{event.event_id}:{hit.rule}:{hit.start}",
                utc(event.ts_ms),
                event.event_id,
                event.group_id,
                event.user_id,
                hit.category,
                hit.rule,
                hit.severity,
                hit.match,
                hit.normalized,
                list(hit.normalized_by),
                verdict.verdict,
                self.lexicon_version,
            )
            for hit in verdict.hits
        ]

    def alerts_for(self, event: Event, verdict: Verdict) -> list[Row]:
        """``risk`` for rejected risk content; ``flood`` once per member per 10 minutes.

        Risk content that comes as contact-drainage spam (a 刷单 job ad with a WeChat id) pages
        nobody per message: campaigns and enforcement deal with spam, paging is for people.
        """
        alerts = []
        risky = [h for h in verdict.hits if h.category in RISK_CATEGORIES]
        if verdict.verdict == "reject" and risky and not verdict.contacts:
            categories = sorted({h.category for h in risky})
            names = "、".join(CATEGORY_NAMES.get(c, c) for c in categories)
            alerts.append(alert_row(
                ts_ms=event.ts_ms,
                kind="risk",
                severity="critical" if CRITICAL_RISK & set(categories) else "warning",
                group_id=event.group_id,
                group_ids=[event.group_id],
                user_id=event.user_id,
                title=f"群 {event.group_id} 出现{names}内容",
                detail={
                    "event_id": event.event_id,
                    "text": event.text[:500],
                    "categories": categories,
                    "hits": [{"rule": h.rule, "match": h.match, "normalized": h.normalized,
                              "normalized_by": list(h.normalized_by)} for h in risky],
                    "recent_messages": self.recent_messages(event.group_id),
                },
                dedup_key=f"risk:{event.group_id}:{event.event_id}",
                trigger=event.event_id,
            ))
        if any(h.category == "flood" for h in verdict.hits):
            bucket = event.ts_ms // FLOOD_ALERT_BUCKET_MS
            key = f"flood:{event.group_id}:{event.user_id}:{bucket}"
            alerts.append(alert_row(
                ts_ms=bucket * FLOOD_ALERT_BUCKET_MS,  # one row per bucket: a stable time
                kind="flood",
                severity="warning",
                group_id=event.group_id,
                group_ids=[event.group_id],
                user_id=event.user_id,
                title=f"群 {event.group_id} 成员 {event.user_id} 刷屏",
                detail={"event_id": event.event_id, "event_ts_ms": event.ts_ms,
                        "text": event.text[:200],
                        "rules": [h.rule for h in verdict.hits if h.category == "flood"],
                        "recent_messages": self.recent_messages(event.group_id)},
                dedup_key=key,
                trigger=key,  # one alert record per member per bucket, whatever the count
            ))
        return alerts


@dataclass
class CampaignTracker:
    """Global campaign detection over the sightings of every worker (one partition)."""

    detector: CampaignDetector = field(default_factory=CampaignDetector)
    _evicted_at_ms: int = 0

    def on_sighting(self, sighting: dict[str, Any]) -> list[Row]:
        ts_ms = int(sighting["ts_ms"])
        keys = [f"contact:{c}" for c in sighting.get("contacts", [])]
        text_key = self.detector.text_key(ad_skeleton(str(sighting.get("text", ""))), ts_ms)
        if text_key is not None:
            keys.append(text_key)
        # one account posting ads in many groups is a campaign whatever it rotates
        keys.append(f"user:{sighting['user_id']}")
        seen = Sighting(ts_ms, str(sighting["group_id"]), str(sighting["user_id"]),
                        str(sighting["event_id"]))
        if ts_ms - self._evicted_at_ms > 60_000:
            self.detector.evict(ts_ms)
            self._evicted_at_ms = ts_ms
        return [campaign_alert(c, str(sighting.get("text", ""))) for c in
                self.detector.step(keys, seen)]


_NOT_HANZI = re.compile(r"[^\u4e00-\u9fff]+")


def ad_skeleton(normalized_text: str) -> str:
    """The ad's wording without its variable parts (ids, numbers, links, emoji, punctuation):
    the copies a campaign sends with different contacts then look alike."""
    return _NOT_HANZI.sub("", normalized_text)


def campaign_alert(campaign: Campaign, sample_text: str) -> Row:
    """The campaign's alert; a campaign absorbed by another (``merged_into``) gets one last
    record of its own key naming the campaign it continues as, with that one's groups."""
    minutes = max(1, round((campaign.last_ms - campaign.first_ms) / 60_000))
    groups = len(campaign.groups)
    title = (f"跨群广告：已并入广告团伙 {campaign.merged_into}（{groups} 个群）"
             if campaign.merged_into else f"跨群广告：{groups} 个群在 {minutes} 分钟内出现同一广告")
    return alert_row(
        ts_ms=campaign.last_ms,
        kind="spam_campaign",
        severity="critical",
        group_id=campaign.groups[0],
        group_ids=list(campaign.groups),
        user_id=campaign.users[0] if campaign.users else "",
        title=title,
        detail={
            "campaign_id": campaign.campaign_id,
            "key": campaign.key,
            "users": list(campaign.users),
            "event_ids": list(campaign.event_ids),
            "first_ts_ms": campaign.first_ms,
            "last_ts_ms": campaign.last_ms,
            "sample": sample_text[:300],
            "update": campaign.update,
            "merged_into": campaign.merged_into,
        },
        dedup_key=f"spam_campaign:{campaign.campaign_id}",
        trigger=f"merged:{campaign.merged_into}" if campaign.merged_into else groups,
    )


class GroupStateHolder(Protocol):
    """Other per-group state saved and restored with a group's health state."""

    def export_group(self, group_id: str) -> dict[str, Any]: ...

    def import_group(self, group_id: str, saved: dict[str, Any]) -> None: ...

    def drop_group(self, group_id: str) -> None: ...


@dataclass
class HealthMonitor:
    """Feeds the health tracker and turns closed hours into rows and alerts.

    Each partition keeps its own event-time clock (the newest event it delivered, minus
    ``lateness_ms``): a group's events all come through its partition in order, while
    partitions of a replayed backlog can be hours apart. Hours close *before* the event that
    moves the clock past them is counted, so what a snapshot holds depends on the order of
    the partition's events only, never on batch boundaries, restarts or the number of workers.

    Recovery: ``export_states`` gives, once per batch, the state of every group the batch
    touched, stamped with the partition's last offset, plus the partition's clock; ``restore``
    loads them when a partition is (re)assigned. Events at or below a group's stamp are already
    in its state and are skipped, so the at-least-once replay after a crash counts nothing
    twice.
    """

    tracker: GroupHealthTracker = field(default_factory=GroupHealthTracker)
    lateness_ms: int = 120_000
    # saved and restored beside each group's health state (the analyser's member windows)
    companion: GroupStateHolder | None = None
    loaded: set[int] = field(default_factory=set)  # partitions whose saved state is in
    _groups_of: dict[int, set[str]] = field(default_factory=dict)
    _clock: dict[int, int] = field(default_factory=dict)
    _due: dict[int, int] = field(default_factory=dict)  # earliest hour end among its groups
    _offset: dict[int, int] = field(default_factory=dict)
    _applied: dict[str, int] = field(default_factory=dict)
    _touched: dict[int, set[str]] = field(default_factory=dict)
    _rows: list[tuple[Table, Row]] = field(default_factory=list)

    def replayed(self, event: Event, partition: int, offset: int) -> bool:
        """Move the partition's clock; True if the restored state already holds the event.

        Such an event was fully handled before a crash: its rows were written and its alerts
        sent before the state that holds it was saved, so it is skipped entirely."""
        clock = max(self._clock.get(partition, 0), event.ts_ms)
        self._clock[partition] = clock
        self._close(partition, clock - self.lateness_ms)
        if offset > self._offset.get(partition, -1):
            self._offset[partition] = offset
        return 0 <= offset <= self._applied.get(event.group_id, -1)

    def observe(self, event: Event, partition: int, analysis: Analysis | None,
                offset: int = -1) -> None:
        if not self.replayed(event, partition, offset):  # else the restored state holds it
            self.count(event, partition, analysis)

    def count(self, event: Event, partition: int, analysis: Analysis | None) -> None:
        """Add an event to its group's windows (after ``replayed`` said it is new)."""
        if event.type == "message":
            self.tracker.observe_message(
                event.group_id, event.user_id, event.ts_ms,
                is_ad=analysis is not None and "ad" in analysis.categories,
                sentiment=analysis.sentiment if analysis is not None else 0.0,
                text=event.text,
            )
        elif event.type in ("member_join", "member_leave"):
            self.tracker.observe_membership(event.group_id, event.ts_ms,
                                            joined=event.type == "member_join")
        elif event.type == "group_snapshot" and event.member_count is not None:
            self.tracker.observe_snapshot(event.group_id, event.ts_ms, event.member_count)
        else:
            return
        self._groups_of.setdefault(partition, set()).add(event.group_id)
        self._touched.setdefault(partition, set()).add(event.group_id)
        due = self.tracker.due_ms(event.group_id)
        if due < self._due.get(partition, due + 1):
            self._due[partition] = due

    def _close(self, partition: int, clock: int) -> None:
        """Close the hours the clock has passed, sweeping the partition's groups only when
        the earliest open hour is due (about once per event-time hour)."""
        if clock < self._due.get(partition, clock + 1):
            return
        groups = sorted(self._groups_of[partition])
        for snap in self.tracker.advance(clock, groups):
            self._rows.append((GROUP_HEALTH, health_row(snap)))
            self._rows.extend((ALERTS, alert) for alert in health_alerts(snap))
        self._due[partition] = min(self.tracker.due_ms(g) for g in groups)

    def advance(self, clocks: dict[int, int] | None = None) -> list[tuple[Table, Row]]:
        """Rows of the hours closed since the last call; ``clocks`` moves partition clocks
        forward first (the live ticker's wall-clock time)."""
        for partition, clock in (clocks or {}).items():
            if clock > self._clock.get(partition, 0):
                self._clock[partition] = clock
                self._close(partition, clock - self.lateness_ms)
        rows, self._rows = self._rows, []
        return rows

    def clocks(self) -> dict[int, int]:
        return dict(self._clock)

    def export_states(self) -> list[tuple[int, bytes, bytes]]:
        """(partition, key, value) for every group touched since the last call, then the
        partition's clock; values are zlib-compressed JSON."""
        out = []
        for partition, groups in sorted(self._touched.items()):
            offset = self._offset.get(partition, -1)
            for group_id in sorted(groups):
                settled, moving = self.tracker.export_parts(group_id, _pack)
                doc = {"offset": offset, "state": moving}
                if self.companion is not None:
                    doc["with"] = self.companion.export_group(group_id)
                out.append((partition, group_id.encode(), _pack_parts(settled, doc)))
            clock = {"offset": offset, "clock": self._clock.get(partition, 0)}
            out.append((partition, HEALTH_CLOCK_KEY, _pack(clock)))
        self._touched.clear()
        return out

    def restore(self, partition: int, records: list[tuple[bytes | None, bytes | None]]) -> int:
        """Load a partition's saved states (all records of its state partition, in order);
        the latest by offset wins per group. Returns how many groups were restored."""
        latest: dict[str, dict[str, Any]] = {}
        clock = 0
        for key, value in records:
            if not key or not value or key == HEALTH_FENCE_KEY:
                continue
            try:
                doc = _unpack(value)
            except (zlib.error, orjson.JSONDecodeError, ValueError, KeyError, TypeError):
                continue  # not ours; never let one bad record block recovery
            if key == HEALTH_CLOCK_KEY:
                clock = max(clock, int(doc["clock"]))
                continue
            group_id = key.decode()
            if doc["offset"] >= latest.get(group_id, {"offset": -2})["offset"]:
                latest[group_id] = doc
        groups = self._groups_of.setdefault(partition, set())
        for group_id, doc in latest.items():
            self.tracker.import_group(group_id, doc["state"])
            if self.companion is not None:
                self.companion.import_group(group_id, doc.get("with") or {})
            self._applied[group_id] = int(doc["offset"])
            groups.add(group_id)
        if groups:
            self._due[partition] = min(self.tracker.due_ms(g) for g in groups)
        self._clock[partition] = max(self._clock.get(partition, 0), clock)
        self.loaded.add(partition)
        return len(latest)

    def forget(self, partition: int) -> None:
        """A partition went to another worker: its groups leave this one."""
        for group_id in self._groups_of.pop(partition, set()):
            self.tracker.drop_group(group_id)
            self._applied.pop(group_id, None)
            if self.companion is not None:
                self.companion.drop_group(group_id)
        for table in (self._clock, self._due, self._offset, self._touched):
            table.pop(partition, None)
        self.loaded.discard(partition)


HEALTH_CLOCK_KEY = b"\x00clock"
HEALTH_FENCE_KEY = b"\x00fence"


def _pack(doc: dict[str, Any]) -> bytes:
    return zlib.compress(orjson.dumps(doc), 1)


# A group's saved state: this byte, the length of its settled part (closed hours and rhythm,
# packed once per hour by GroupHealthTracker.export_parts) as 4 bytes, that part, then the
# rest as plain JSON (under 2 kB: setting up zlib for it cost more than encoding it).
# Records without the byte (older ones, clocks) are one packed document.
_PARTS = b"\x01"


def _pack_parts(settled: bytes, doc: dict[str, Any]) -> bytes:
    return b"".join((_PARTS, len(settled).to_bytes(4, "big"), settled, orjson.dumps(doc)))


def _unpack(value: bytes) -> dict[str, Any]:
    if value[:1] != _PARTS:
        doc: dict[str, Any] = orjson.loads(zlib.decompress(value))
        return doc
    size = int.from_bytes(value[1:5], "big")
    doc = orjson.loads(value[5 + size:])
    settled = orjson.loads(zlib.decompress(value[5:5 + size]))
    doc["state"] = join_parts(settled, doc["state"])
    return doc


def health_row(snap: HealthSnapshot) -> Row:
    return (
        f"{snap.group_id}:{snap.hour_start_ms}",
        utc(snap.hour_start_ms),
        snap.group_id,
        snap.state,
        snap.previous_state,
        snap.health_score,
        snap.messages,
        snap.expected_messages,
        snap.speakers,
        snap.members,
        snap.activity_rate,
        snap.joins,
        snap.leaves,
        snap.ad_share,
        snap.negative_share,
        snap.mean_sentiment,
        utc(snap.silent_since_ms) if snap.silent_since_ms is not None else None,
        snap.negative_share_1h,
        snap.mean_sentiment_1h,
        snap.negative_share_24h,
        snap.mean_sentiment_24h,
        snap.negative_baseline,
        snap.complaint_storm,
        snap.messages_1h,
        snap.speakers_1h,
        snap.joins_1h,
        snap.leaves_1h,
        snap.ad_share_1h,
        snap.peak_messages_1m,
        snap.messages_24h,
        snap.speakers_24h,
        snap.joins_24h,
        snap.leaves_24h,
        snap.ad_share_24h,
        snap.activity_rate_24h,
    )


def health_alerts(snap: HealthSnapshot) -> list[Row]:
    """State-change alerts and the complaint-storm alert of one closed hour."""
    alerts = [alert for alert in (state_alert(snap), mood_alert(snap)) if alert is not None]
    return alerts


def mood_alert(snap: HealthSnapshot) -> Row | None:
    """``negative_sentiment``: many members negative at once, far above the group's usual."""
    if not snap.complaint_storm:
        return None
    share = round(snap.negative_share_1h * 100)
    return alert_row(
        ts_ms=snap.hour_start_ms, kind="negative_sentiment", severity="warning",
        group_id=snap.group_id, group_ids=[snap.group_id], user_id="",
        title=f"群 {snap.group_id} 情绪恶化：这一小时 {share}% 的消息是负面的"
              f"（平时约 {round(snap.negative_baseline * 100)}%），需要尽快回应",
        detail={
            "negative_share_1h": snap.negative_share_1h,
            "negative_baseline": snap.negative_baseline,
            "mean_sentiment_1h": snap.mean_sentiment_1h,
            "negative_share_24h": snap.negative_share_24h,
            "top_negative_messages": [
                {"sentiment": score, "user_id": user, "text": text}
                for score, user, text in snap.worst_messages
            ],
        },
        dedup_key=f"negative_sentiment:{snap.group_id}:{snap.hour_start_ms}",
        trigger="storm",
    )


def state_alert(snap: HealthSnapshot) -> Row | None:
    """``dying_group`` when a group goes dying or dead, ``group_revived`` when it comes back."""
    if not snap.changed:
        return None
    evidence = {
        "state": snap.state,
        "previous_state": snap.previous_state,
        "messages_last_6h": snap.messages,
        "expected_messages_last_6h": snap.expected_messages,
        "speakers_last_6h": snap.speakers,
        "members": snap.members,
        "leaves_last_6h": snap.leaves,
        "health_score": snap.health_score,
        "silent_since_ms": snap.silent_since_ms,
    }
    if snap.state in ("dying", "dead") and snap.previous_state not in ("dying", "dead"):
        name = "濒死" if snap.state == "dying" else "已沉寂"
        return alert_row(
            ts_ms=snap.hour_start_ms, kind="dying_group", severity="warning",
            group_id=snap.group_id, group_ids=[snap.group_id], user_id="",
            title=f"群 {snap.group_id} {name}：近 6 小时 {snap.messages} 条消息，"
                  f"按往常应有约 {snap.expected_messages:.0f} 条",
            detail=evidence, dedup_key=f"dying_group:{snap.group_id}:{snap.hour_start_ms}",
            trigger=snap.state,
        )
    if snap.previous_state in ("dying", "dead") and snap.state == "active":
        return alert_row(
            ts_ms=snap.hour_start_ms, kind="group_revived", severity="info",
            group_id=snap.group_id, group_ids=[snap.group_id], user_id="",
            title=f"群 {snap.group_id} 恢复活跃：近 6 小时 {snap.messages} 条消息",
            detail=evidence, dedup_key=f"group_revived:{snap.group_id}:{snap.hour_start_ms}",
            trigger=snap.state,
        )
    return None


@dataclass
class Enforcement:
    """The strike ladder over every worker's rejects (strikes topic keyed by user)."""

    ladder: StrikeLadder = field(default_factory=StrikeLadder)
    _evicted_at_ms: int = 0

    def on_strike(self, strike: dict[str, Any]) -> Row | None:
        ts_ms = int(strike["ts_ms"])
        action = self.ladder.strike(str(strike["user_id"]), str(strike["group_id"]), ts_ms,
                                    str(strike.get("reason", "")), str(strike["event_id"]))
        if ts_ms - self._evicted_at_ms > DAY_MS:
            self.ladder.evict(ts_ms - DAY_MS)  # a day behind: strikes arrive out of order
            self._evicted_at_ms = ts_ms
        if action is None:
            return None
        return (
            action.event_id,
            utc(action.ts_ms),
            action.user_id,
            action.group_id,
            action.action,
            action.strikes,
            action.blacklist,
            action.reason,
        )
