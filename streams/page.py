"""What a page says, and how each receiver wants it said. Pure: no I/O, testable alone.

On-call staff must be able to act on the page without opening anything else (DESIGN.md), so a
page carries, in Chinese: what happened (kind and severity), where (group ids, time in China
time), the evidence (rule, matched span of the original text, its normalised form, the text),
the group's last few messages when the alert detail has them (``recent_messages``, a list of
{ts_ms or ts, user_id, text}) and a link to the Grafana group dashboard. ``Page.from_alert``
builds that once; one function per receiver type renders it in that receiver's documented
format, within its size limits.

User text is quoted, never trusted as markup: characters that would make a link, a mention or
a tag in a markdown receiver are shown full-width, so a chat message cannot ping a whole group.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from urllib.parse import quote, urlencode

import orjson

from dashboards.group import UID as GROUP_DASHBOARD_UID
from dashboards.group import group_variable
from streams.analysis import CATEGORY_NAMES

CHINA_TIME = timezone(timedelta(hours=8), "北京时间")  # no daylight saving in China
KIND_NAMES = {
    "risk": "风险内容",
    "blacklist": "黑名单用户",
    "spam_campaign": "跨群广告团伙",
    "flood": "刷屏",
    "negative_sentiment": "群情绪恶化",
    "dying_group": "群活跃度下降",
    "group_revived": "群恢复活跃",
}
SEVERITY_NAMES = {"critical": "紧急", "warning": "警告", "info": "提示"}
NORMALIZATION_NAMES = {
    "fullwidth": "全角", "traditional": "繁体", "separator": "插入分隔符",
    "zero_width": "零宽字符", "digit_variant": "数字变体", "homophone": "谐音",
    "pinyin": "拼音", "repeat": "重复字",
}
STATE_NAMES = {"new": "新群", "active": "活跃", "cooling": "降温", "dying": "濒死",
               "dead": "已沉寂"}
TEXT_CHARS = 160  # one quoted chat message
RECENT_COUNT = 5  # preceding messages shown
RECENT_CHARS = 80
MAX_GROUPS = 10  # ids listed, and
MAX_LINKS = 3  # dashboard links, for multi-group alerts
DASHBOARD_WINDOW = timedelta(hours=1)  # either side of the alert
# Receivers' own limits (see each renderer), with room for the JSON around the text.
WECOM_MARKDOWN_BYTES = 4096
DINGTALK_MARKDOWN_BYTES = 15000
FEISHU_TEXT_BYTES = 15000  # the whole request body must stay under 20 KB
SLACK_HEADER_CHARS = 150
SLACK_SECTION_CHARS = 3000
ALERTMANAGER_DESCRIPTION_CHARS = 4000

_MARKUP = str.maketrans({"<": "＜", ">": "＞", "[": "［", "]": "］", "`": "｀", "*": "＊",
                         "#": "＃", "\n": " ", "\r": " "})


def clip(text: str, chars: int) -> str:
    """At most ``chars`` characters, with an ellipsis when something was cut."""
    text = " ".join(str(text).split())
    return text if len(text) <= chars else text[: max(0, chars - 1)] + "…"


def fit_bytes(text: str, limit: int) -> str:
    """At most ``limit`` UTF-8 bytes (whole characters), ending in "…" when cut."""
    data = text.encode()
    if len(data) <= limit:
        return text
    return data[: limit - len("…".encode())].decode(errors="ignore") + "…"


def quoted(text: str, chars: int = TEXT_CHARS) -> str:
    """User text for a markdown receiver: one line, clipped, no markup characters."""
    return clip(str(text), chars).translate(_MARKUP)


def china_time(value: Any) -> datetime | None:
    """Epoch milliseconds or an ISO string (as in alert documents) in China time."""
    try:
        if isinstance(value, int | float):
            moment = datetime.fromtimestamp(value / 1000, tz=UTC)
        else:
            moment = datetime.fromisoformat(str(value))
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)  # the pipeline's times are UTC
    except (ValueError, OverflowError, OSError):
        return None
    return moment.astimezone(CHINA_TIME)


def dashboard_url(grafana_url: str, group_id: str, moment: datetime | None) -> str:
    """The group drill-down dashboard for one group, around the alert's time."""
    variable = group_variable()["name"]
    url = (f"{grafana_url.rstrip('/')}/d/{GROUP_DASHBOARD_UID}"
           f"?var-{variable}={quote(group_id, safe='')}")
    if moment is not None:
        start = int((moment - DASHBOARD_WINDOW).timestamp() * 1000)
        end = int((moment + DASHBOARD_WINDOW).timestamp() * 1000)
        url += f"&from={start}&to={end}"
    return url


@dataclass(frozen=True)
class Page:
    """A page in neutral form: facts are (label, value); evidence and recent are lines."""

    kind: str
    severity: str
    headline: str  # 【紧急】风险内容
    summary: str  # the alert's own title
    facts: list[tuple[str, str]] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    recent: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (text, url)
    moment: datetime | None = None

    @classmethod
    def from_alert(cls, alert: dict[str, Any], grafana_url: str = "") -> Page:
        kind = str(alert.get("kind", ""))
        severity = str(alert.get("severity", ""))
        detail = alert.get("detail") or {}
        if isinstance(detail, str | bytes):
            try:
                detail = orjson.loads(detail)
            except orjson.JSONDecodeError:
                detail = {"text": detail}
        if not isinstance(detail, dict):
            detail = {}
        groups = [str(g) for g in alert.get("group_ids") or [] if g] or (
            [str(alert["group_id"])] if alert.get("group_id") else [])
        moment = china_time(alert.get("ts"))
        facts = []
        if groups:
            more = f" 等 {len(groups)} 个群" if len(groups) > MAX_GROUPS else ""
            facts.append(("群", "、".join(groups[:MAX_GROUPS]) + more))
        if alert.get("user_id"):
            facts.append(("用户", str(alert["user_id"])))
        if moment is not None:
            facts.append(("时间", moment.strftime("%Y-%m-%d %H:%M:%S") + "（北京时间）"))
        kind_facts, evidence = _evidence(kind, detail)
        facts.extend(kind_facts)
        links = [(f"Grafana 群看板 {g}", dashboard_url(grafana_url, g, moment))
                 for g in groups[:MAX_LINKS]] if grafana_url else []
        return cls(
            kind=kind,
            severity=severity,
            headline=f"【{SEVERITY_NAMES.get(severity, severity)}】{KIND_NAMES.get(kind, kind)}",
            summary=clip(str(alert.get("title", "")), 300),
            facts=facts,
            evidence=evidence,
            recent=_recent(detail.get("recent_messages")),
            links=links,
            moment=moment,
        )

    def plain_text(self) -> str:
        """Every part as plain lines (generic webhook, Alertmanager description)."""
        lines = [self.summary]
        lines += [f"{label}：{value}" for label, value in self.facts]
        if self.evidence:
            lines += ["证据："] + [f"- {line}" for line in self.evidence]
        if self.recent:
            lines += ["此前消息："] + [f"- {line}" for line in self.recent]
        lines += [f"{text}：{url}" for text, url in self.links]
        return "\n".join(lines)


def _names(values: Any, names: dict[str, str]) -> str:
    return "、".join(names.get(str(v), str(v)) for v in values or [])


def _evidence(kind: str, detail: dict[str, Any]) -> tuple[list[tuple[str, str]], list[str]]:
    """Facts and evidence lines for one alert kind, from the detail analysis.py writes."""
    facts: list[tuple[str, str]] = []
    lines: list[str] = []
    if detail.get("categories"):
        facts.append(("类别", _names(detail["categories"], CATEGORY_NAMES)))
    for hit in detail.get("hits") or []:
        if not isinstance(hit, dict):
            continue
        line = f"规则 {hit.get('rule', '?')}：命中「{clip(hit.get('match', ''), 60)}」"
        if hit.get("normalized") and hit.get("normalized") != hit.get("match"):
            line += f"，归一化为「{clip(hit['normalized'], 60)}」"
        if hit.get("normalized_by"):
            line += f"（{_names(hit['normalized_by'], NORMALIZATION_NAMES)}）"
        lines.append(line)
    if detail.get("rules"):
        lines.append("规则：" + "、".join(str(r) for r in detail["rules"]))
    if kind == "blacklist":
        facts.append(("行为", "入群" if detail.get("event") == "member_join" else "发言"))
        if detail.get("blacklisted_for"):
            facts.append(("拉黑原因", clip(detail["blacklisted_for"], 100)))
        if detail.get("blacklisted_by"):
            facts.append(("拉黑来源", clip(detail["blacklisted_by"], 40)))
    if detail.get("text"):
        lines.append(f"原文：「{clip(detail['text'], TEXT_CHARS)}」")
    if kind == "spam_campaign":
        users = [str(u) for u in detail.get("users") or []]
        if users:
            more = f" 等 {len(users)} 个" if len(users) > 5 else ""
            facts.append(("发送账号", "、".join(users[:5]) + more))
        if detail.get("key"):
            facts.append(("广告特征", clip(detail["key"], 80)))
        if detail.get("sample"):
            lines.append(f"广告样例：「{clip(detail['sample'], TEXT_CHARS)}」")
    if kind == "negative_sentiment":
        if "negative_share_1h" in detail:
            facts.append(("近 1 小时负面占比", _percent(detail["negative_share_1h"])))
        if "negative_baseline" in detail:
            facts.append(("平时负面占比", _percent(detail["negative_baseline"])))
        for message in (detail.get("top_negative_messages") or [])[:RECENT_COUNT]:
            if isinstance(message, dict):
                lines.append(f"负面消息 {message.get('user_id', '?')}："
                             f"「{clip(message.get('text', ''), RECENT_CHARS)}」")
    if kind in ("dying_group", "group_revived"):
        if detail.get("state"):
            facts.append(("状态", f"{STATE_NAMES.get(str(detail.get('previous_state')), '?')} → "
                                  f"{STATE_NAMES.get(detail['state'], detail['state'])}"))
        if "messages_last_6h" in detail:
            expected = detail.get("expected_messages_last_6h")
            usual = f"（往常约 {float(expected):.0f} 条）" if expected is not None else ""
            facts.append(("近 6 小时消息", f"{detail['messages_last_6h']} 条{usual}"))
        if "speakers_last_6h" in detail:
            facts.append(("近 6 小时发言人数", str(detail["speakers_last_6h"])))
        if detail.get("members"):
            facts.append(("成员数", str(detail["members"])))
        if "health_score" in detail:
            facts.append(("健康分", str(detail["health_score"])))
    return facts, lines


def _percent(value: Any) -> str:
    try:
        return f"{float(value) * 100:.0f}%"
    except (TypeError, ValueError):
        return str(value)


def _recent(messages: Any) -> list[str]:
    """The group's last few messages before the alert, oldest first, one line each."""
    if not isinstance(messages, list):
        return []
    lines = []
    for message in messages[-RECENT_COUNT:]:
        if not isinstance(message, dict):
            continue
        moment = china_time(message.get("ts_ms", message.get("ts")))
        clock = moment.strftime("%H:%M:%S") + " " if moment is not None else ""
        lines.append(f"{clock}{message.get('user_id', '?')}："
                     f"「{clip(message.get('text', ''), RECENT_CHARS)}」")
    return lines


def markdown(page: Page, *, line_break: str, color: bool) -> str:
    """WeCom and DingTalk markdown (both a small subset: headings, bold, quotes, lists, links).

    User text goes through ``quoted``; DingTalk needs a blank line where WeCom needs a newline.
    """
    headline = page.headline
    if color and page.severity in ("critical", "warning"):
        headline = f'<font color="warning">{headline}</font>'  # WeCom: orange-red
    parts = [f"### {headline}", f"**{quoted(page.summary, 300)}**"]
    parts += [f"> {label}：{quoted(value, 200)}" for label, value in page.facts]
    if page.evidence:
        parts.append("**证据**")
        parts += [f"- {quoted(line, 240)}" for line in page.evidence]
    if page.recent:
        parts.append("**此前消息**")
        parts += [f"- {quoted(line, 120)}" for line in page.recent]
    parts += [f"[{quoted(text, 80)}]({url})" for text, url in page.links]
    return line_break.join(parts)


def wecom_payload(page: Page) -> dict[str, Any]:
    """WeCom group robot, ``msgtype: markdown``; content at most 4096 UTF-8 bytes
    (developer.work.weixin.qq.com/document/path/91770, 群机器人配置说明)."""
    content = markdown(page, line_break="\n", color=True)
    return {"msgtype": "markdown",
            "markdown": {"content": _fit_keeping_links(content, page, WECOM_MARKDOWN_BYTES)}}


def dingtalk_payload(page: Page) -> dict[str, Any]:
    """DingTalk custom robot, ``msgtype: markdown`` with ``title`` (the notification line) and
    ``text`` (open.dingtalk.com/document/robots/custom-robot-access, 消息类型)."""
    text = markdown(page, line_break="\n\n", color=False)
    return {"msgtype": "markdown",
            "markdown": {"title": f"{page.headline} {clip(page.summary, 60)}",
                         "text": _fit_keeping_links(text, page, DINGTALK_MARKDOWN_BYTES)}}


def _fit_keeping_links(text: str, page: Page, limit: int) -> str:
    """Cut the body, not the dashboard links at its end (they are what on-call clicks)."""
    if len(text.encode()) <= limit:
        return text
    tail = "\n\n".join(f"[{quoted(t, 80)}]({u})" for t, u in page.links)
    room = limit - len(tail.encode()) - 2
    return fit_bytes(text, room) + ("\n\n" + tail if tail else "")


def feishu_payload(page: Page) -> dict[str, Any]:
    """Feishu/Lark custom bot, ``msg_type: post`` (rich text: rows of text and link tags;
    open.feishu.cn/document/client-docs/bot-v3/add-custom-bot). Plain text tags, so user text
    needs no escaping; the request body must stay under 20 KB."""
    rows: list[list[dict[str, str]]] = [[{"tag": "text", "text": page.summary}]]
    rows += [[{"tag": "text", "text": f"{label}：{value}"}] for label, value in page.facts]
    if page.evidence:
        rows.append([{"tag": "text", "text": "证据："}])
        rows += [[{"tag": "text", "text": f"• {line}"}] for line in page.evidence]
    if page.recent:
        rows.append([{"tag": "text", "text": "此前消息："}])
        rows += [[{"tag": "text", "text": f"• {line}"}] for line in page.recent]
    budget = FEISHU_TEXT_BYTES
    kept = []
    for row in rows:
        size = len(row[0]["text"].encode())
        if size > budget:
            break
        kept.append(row)
        budget -= size
    kept += [[{"tag": "a", "text": text, "href": url}] for text, url in page.links]
    return {"msg_type": "post",
            "content": {"post": {"zh_cn": {"title": page.headline, "content": kept}}}}


def slack_escape(text: str) -> str:
    """Slack treats &, < and > as control characters in text (api.slack.com, formatting)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_payload(page: Page) -> dict[str, Any]:
    """Slack incoming webhook: ``text`` (the notification fallback) and Block Kit ``blocks``:
    a header (plain text, at most 150 characters) and mrkdwn sections (at most 3000 each)
    (api.slack.com/messaging/webhooks, block-kit reference)."""
    facts = "\n".join(f"*{label}*：{slack_escape(value)}" for label, value in page.facts)
    blocks: list[dict[str, Any]] = [
        {"type": "header",
         "text": {"type": "plain_text", "text": clip(page.headline, SLACK_HEADER_CHARS)}},
        {"type": "section", "text": {"type": "mrkdwn", "text": clip_lines(
            f"*{slack_escape(page.summary)}*\n{facts}", SLACK_SECTION_CHARS)}},
    ]
    for title, lines in (("证据", page.evidence), ("此前消息", page.recent)):
        if lines:
            body = "\n".join(f"• {slack_escape(line)}" for line in lines)
            blocks.append({"type": "section", "text": {
                "type": "mrkdwn", "text": clip_lines(f"*{title}*\n{body}", SLACK_SECTION_CHARS)}})
    if page.links:
        links = "  ".join(f"<{url}|{slack_escape(text)}>" for text, url in page.links)
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": links}]})
    return {"text": f"{page.headline} {page.summary}", "blocks": blocks}


def clip_lines(text: str, chars: int) -> str:
    """Like ``clip`` but keeps line breaks (mrkdwn sections are multi-line)."""
    return text if len(text) <= chars else text[: chars - 1] + "…"


def alertmanager_payload(page: Page, alert: dict[str, Any]) -> list[dict[str, Any]]:
    """Alertmanager API v2 ``POST /api/v2/alerts``: a list of {labels, annotations, startsAt,
    endsAt?, generatorURL} (prometheus.io/docs/alerting/latest/clients; api/v2/openapi.yaml).

    Labels identify an alert, so they hold the routing fields (alertname = kind, severity,
    group_id) and the dedup key; the text goes in annotations. No endsAt: a page is an event,
    and Alertmanager resolves it after its ``resolve_timeout``.
    """
    labels = {
        "alertname": page.kind or "grouppulse",
        "severity": page.severity,
        "group_id": str(alert.get("group_id", "")),
        "dedup_key": str(alert.get("dedup_key", "")),
        "source": "grouppulse",
    }
    annotations = {
        "title": page.headline,
        "summary": page.summary,
        "description": clip_lines(page.plain_text(), ALERTMANAGER_DESCRIPTION_CHARS),
        "alert_id": str(alert.get("alert_id", "")),
    }
    if alert.get("user_id"):
        annotations["user_id"] = str(alert["user_id"])
    document: dict[str, Any] = {"labels": {k: v for k, v in labels.items() if v},
                                "annotations": annotations}
    if page.moment is not None:
        document["startsAt"] = page.moment.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if page.links:
        annotations["dashboard"] = page.links[0][1]
        document["generatorURL"] = page.links[0][1]
    return [document]


def webhook_payload(page: Page, alert: dict[str, Any]) -> dict[str, Any]:
    """The generic JSON webhook: the alert document as before, plus the rendered ``page``."""
    return {**alert, "page": {"title": f"{page.headline} {page.summary}",
                              "text": page.plain_text(),
                              "links": [{"text": t, "url": u} for t, u in page.links]}}


def dingtalk_sign(secret: str, timestamp_ms: int) -> str:
    """DingTalk 加签: HMAC-SHA256 keyed by the secret over ``timestamp + "\\n" + secret``,
    base64 (the caller URL-encodes it into ``&timestamp=..&sign=..``); timestamp in ms
    (open.dingtalk.com/document/robots/customize-robot-security-settings)."""
    digest = hmac.new(secret.encode(), f"{timestamp_ms}\n{secret}".encode(),
                      hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def dingtalk_url(url: str, secret: str, timestamp_ms: int) -> str:
    query = urlencode({"timestamp": timestamp_ms, "sign": dingtalk_sign(secret, timestamp_ms)})
    return f"{url}{'&' if '?' in url else '?'}{query}"


def feishu_sign(secret: str, timestamp_s: int) -> str:
    """Feishu/Lark 签名校验: ``timestamp + "\\n" + secret`` is the HMAC-SHA256 *key* over an
    empty message, base64; sent as ``timestamp`` (seconds) and ``sign`` in the body
    (open.feishu.cn/document/client-docs/bot-v3/add-custom-bot, 签名校验)."""
    key = f"{timestamp_s}\n{secret}".encode()
    return base64.b64encode(hmac.new(key, b"", hashlib.sha256).digest()).decode()


def webhook_signature(secret: str, timestamp_s: int, body: bytes) -> str:
    """Our own generic-webhook signature: hex HMAC-SHA256 of ``timestamp.body`` (the scheme
    Stripe and Slack use for their webhooks), so a receiver can check origin and freshness."""
    return hmac.new(secret.encode(), f"{timestamp_s}.".encode() + body, hashlib.sha256).hexdigest()
