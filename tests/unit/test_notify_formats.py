"""Each receiver gets the page in its own documented format, in Chinese, with the evidence.

Signatures are checked against an independent computation: HMAC-SHA256 written out from
RFC 2104 with hashlib, following each vendor's documented recipe, at a fixed timestamp.
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any
from urllib.parse import parse_qs, quote_plus, urlsplit

import orjson
import pytest

from sinks.rows import ALERTS
from streams import page
from streams.analysis import alert_row
from streams.notify import (
    AlertmanagerNotifier,
    DingTalkNotifier,
    FeishuNotifier,
    Notifier,
    SlackNotifier,
    WeComNotifier,
)
from streams.page import Page

GRAFANA = "https://grafana.example.com"
TS_MS = 1793592001500  # 2026-11-02 04:00:01.5 UTC = 12:00:01 北京时间
SECRET = "SECf00dfeed"
CLOCK_S = 1793592100.25


def hmac_sha256(key: bytes, message: bytes) -> bytes:
    """RFC 2104 by hand, so the check does not reuse the code under test (nor hmac)."""
    block = 64
    if len(key) > block:
        key = hashlib.sha256(key).digest()
    key = key.ljust(block, b"\0")
    inner = hashlib.sha256(bytes(k ^ 0x36 for k in key) + message).digest()
    return hashlib.sha256(bytes(k ^ 0x5C for k in key) + inner).digest()


def as_published(row: tuple[Any, ...]) -> dict[str, Any]:
    """An alert row as the route agent reads it from the alerts topic."""
    return orjson.loads(orjson.dumps(dict(zip(ALERTS.columns, row, strict=True)), default=str))


def risk_alert(text: str = "教你怎么自杀，割腕最快", **detail: Any) -> dict[str, Any]:
    return as_published(alert_row(
        ts_ms=TS_MS, kind="risk", severity="critical", group_id="g1", group_ids=["g1"],
        user_id="u1", title="群 g1 出现自伤自杀内容",
        detail={"event_id": "p1", "text": text, "categories": ["self_harm"],
                "hits": [{"rule": "self_harm:自杀", "match": "自 杀", "normalized": "自杀",
                          "normalized_by": ["separator"]}], **detail},
        dedup_key="risk:g1:p1", trigger="p1"))


RECENT = [{"ts_ms": TS_MS - 60_000, "user_id": "u7", "text": "今天的活动几点开始？"},
          {"ts_ms": TS_MS - 30_000, "user_id": "u8", "text": "八点"}]


def test_page_has_chinese_title_evidence_recent_messages_and_dashboard_link() -> None:
    p = Page.from_alert(risk_alert(recent_messages=RECENT), GRAFANA)
    assert p.headline == "【紧急】风险内容"
    assert p.summary == "群 g1 出现自伤自杀内容"
    facts = dict(p.facts)
    assert facts["群"] == "g1" and facts["用户"] == "u1" and facts["类别"] == "自伤自杀"
    assert facts["时间"] == "2026-11-02 12:00:01（北京时间）"
    assert p.evidence[0] == "规则 self_harm:自杀：命中「自 杀」，归一化为「自杀」（插入分隔符）"
    assert p.evidence[1] == "原文：「教你怎么自杀，割腕最快」"
    assert p.recent == ["11:59:01 u7：「今天的活动几点开始？」", "11:59:31 u8：「八点」"]
    [(text, url)] = p.links
    assert text == "Grafana 群看板 g1"
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == f"{GRAFANA}/d/grouppulse-group"
    query = parse_qs(parts.query)
    assert query["var-group"] == ["g1"]
    assert int(query["from"][0]) < TS_MS < int(query["to"][0])


def test_recent_messages_are_optional_and_no_grafana_means_no_link() -> None:
    p = Page.from_alert(risk_alert(), "")
    assert p.recent == [] and p.links == []
    assert "此前消息" not in p.plain_text()


@pytest.mark.parametrize(("kind", "severity", "headline"), [
    ("blacklist", "critical", "【紧急】黑名单用户"),
    ("spam_campaign", "critical", "【紧急】跨群广告团伙"),
    ("flood", "warning", "【警告】刷屏"),
    ("dying_group", "warning", "【警告】群活跃度下降"),
    ("negative_sentiment", "warning", "【警告】群情绪恶化"),
    ("group_revived", "info", "【提示】群恢复活跃"),
])
def test_headline_by_kind_and_severity(kind: str, severity: str, headline: str) -> None:
    alert = {"kind": kind, "severity": severity, "group_id": "g1", "title": "t", "detail": "{}"}
    assert Page.from_alert(alert).headline == headline


def test_campaign_lists_its_groups_and_links_a_few_dashboards() -> None:
    groups = [f"g{i}" for i in range(12)]
    alert = as_published(alert_row(
        ts_ms=TS_MS, kind="spam_campaign", severity="critical", group_id="g0", group_ids=groups,
        user_id="u1", title="跨群广告：12 个群在 5 分钟内出现同一广告",
        detail={"users": ["u1", "u2"], "key": "contact:wx:abc", "sample": "加微信领福利"},
        dedup_key="spam_campaign:c1", trigger=12))
    p = Page.from_alert(alert, GRAFANA)
    assert dict(p.facts)["群"].endswith("等 12 个群")
    assert dict(p.facts)["发送账号"] == "u1、u2"
    assert "广告样例：「加微信领福利」" in p.evidence
    assert [t for t, _ in p.links] == ["Grafana 群看板 g0", "Grafana 群看板 g1", "Grafana 群看板 g2"]


def test_long_text_is_truncated() -> None:
    p = Page.from_alert(risk_alert("很长" * 1000), GRAFANA)
    original = p.evidence[1]
    assert original.endswith("…」") and len(original) < page.TEXT_CHARS + 10


def test_wecom_markdown_fits_4096_bytes_and_keeps_the_link() -> None:
    alert = risk_alert("很长" * 1000, recent_messages=[
        {"ts_ms": TS_MS, "user_id": f"u{i}", "text": "长" * 500} for i in range(50)])
    hits = [{"rule": f"r{i}", "match": "杀" * 50, "normalized": "杀" * 50} for i in range(80)]
    detail = orjson.loads(alert["detail"])
    alert["detail"] = orjson.dumps({**detail, "hits": hits}).decode()
    _, _, body = WeComNotifier("https://qyapi.example/send?key=K", grafana_url=GRAFANA
                               ).request(alert)
    payload = orjson.loads(body)
    assert payload["msgtype"] == "markdown"
    content = payload["markdown"]["content"]
    assert len(content.encode()) <= 4096
    assert content.rstrip().endswith(")") and f"({GRAFANA}/d/grouppulse-group" in content


def test_wecom_markdown_content() -> None:
    _, _, body = WeComNotifier("https://qyapi.example/send?key=K", grafana_url=GRAFANA).request(
        risk_alert("兄弟们看这里 <@all> [点我](http://evil.example)", recent_messages=RECENT))
    content = orjson.loads(body)["markdown"]["content"]
    assert content.startswith('### <font color="warning">【紧急】风险内容</font>\n')
    assert "**群 g1 出现自伤自杀内容**" in content
    assert "> 群：g1" in content and "命中「自 杀」" in content
    assert "**此前消息**" in content and "u8：「八点」" in content
    assert "<@all>" not in content and "](http://evil" not in content  # no mention, no link
    assert "[Grafana 群看板 g1](https://grafana.example.com/d/grouppulse-group?var-group=g1" in content


def test_dingtalk_markdown_and_signature() -> None:
    notifier = DingTalkNotifier("https://oapi.example/robot/send?access_token=TOKEN",
                                secret=SECRET, grafana_url=GRAFANA, clock=lambda: CLOCK_S)
    url, _, body = notifier.request(risk_alert())
    payload = orjson.loads(body)
    assert payload["msgtype"] == "markdown"
    assert payload["markdown"]["title"].startswith("【紧急】风险内容")
    assert "原文：「教你怎么自杀，割腕最快」" in payload["markdown"]["text"]
    # documented: sign = urlEncode(base64(HmacSHA256(key=secret, timestamp + "\n" + secret)))
    timestamp = int(CLOCK_S * 1000)
    expected = quote_plus(base64.b64encode(
        hmac_sha256(SECRET.encode(), f"{timestamp}\n{SECRET}".encode())).decode())
    assert url == ("https://oapi.example/robot/send?access_token=TOKEN"
                   f"&timestamp={timestamp}&sign={expected}")


def test_feishu_post_and_signature() -> None:
    notifier = FeishuNotifier("https://open.example/open-apis/bot/v2/hook/TOKEN", secret=SECRET,
                              grafana_url=GRAFANA, clock=lambda: CLOCK_S)
    _, _, body = notifier.request(risk_alert(recent_messages=RECENT))
    payload = orjson.loads(body)
    # documented: key = timestamp + "\n" + secret, HmacSHA256 over nothing, base64; seconds
    timestamp = int(CLOCK_S)
    assert payload["timestamp"] == str(timestamp)
    assert payload["sign"] == base64.b64encode(
        hmac_sha256(f"{timestamp}\n{SECRET}".encode(), b"")).decode()
    assert payload["msg_type"] == "post"
    post = payload["content"]["post"]["zh_cn"]
    assert post["title"] == "【紧急】风险内容"
    texts = [cell.get("text") for row in post["content"] for cell in row]
    assert "群 g1 出现自伤自杀内容" in texts and "群：g1" in texts
    assert "• 原文：「教你怎么自杀，割腕最快」" in texts
    assert post["content"][-1] == [{"tag": "a", "text": "Grafana 群看板 g1",
                                    "href": Page.from_alert(risk_alert(), GRAFANA).links[0][1]}]


def test_feishu_without_secret_is_unsigned() -> None:
    _, _, body = FeishuNotifier("https://open.example/hook/T").request(risk_alert())
    assert "sign" not in orjson.loads(body)


def test_slack_blocks_escape_user_text() -> None:
    _, _, body = SlackNotifier("https://hooks.example/services/T", grafana_url=GRAFANA).request(
        risk_alert("<!channel> 来 & 看", recent_messages=RECENT))
    payload = orjson.loads(body)
    assert payload["text"] == "【紧急】风险内容 群 g1 出现自伤自杀内容"
    header, summary, evidence, recent, links = payload["blocks"]
    assert header == {"type": "header", "text": {"type": "plain_text", "text": "【紧急】风险内容"}}
    assert summary["text"]["type"] == "mrkdwn" and "*群*：g1" in summary["text"]["text"]
    assert "&lt;!channel&gt; 来 &amp; 看" in evidence["text"]["text"]
    assert "<!channel>" not in body.decode()
    assert "u8：「八点」" in recent["text"]["text"]
    assert links["elements"][0]["text"].startswith(f"<{GRAFANA}/d/grouppulse-group?var-group=g1")
    assert all(len(b["text"]["text"]) <= 3000 for b in payload["blocks"][1:4])


def test_alertmanager_v2_alert() -> None:
    notifier = AlertmanagerNotifier("http://am.example:9093", grafana_url=GRAFANA)
    url, _, body = notifier.request(risk_alert())
    assert url == "http://am.example:9093/api/v2/alerts"
    [alert] = orjson.loads(body)
    assert alert["labels"] == {"alertname": "risk", "severity": "critical", "group_id": "g1",
                               "dedup_key": "risk:g1:p1", "source": "grouppulse"}
    assert alert["startsAt"] == "2026-11-02T04:00:01.500000Z"
    assert "endsAt" not in alert
    assert alert["generatorURL"].startswith(f"{GRAFANA}/d/grouppulse-group?var-group=g1")
    assert alert["annotations"]["summary"] == "群 g1 出现自伤自杀内容"
    assert "命中「自 杀」" in alert["annotations"]["description"]


def test_generic_webhook_keeps_the_alert_document_and_adds_the_page() -> None:
    alert = risk_alert()
    _, headers, body = Notifier("https://hooks.example/T", grafana_url=GRAFANA).request(alert)
    payload = orjson.loads(body)
    assert {k: payload[k] for k in alert} == alert
    assert payload["page"]["title"] == "【紧急】风险内容 群 g1 出现自伤自杀内容"
    assert payload["page"]["links"][0]["text"] == "Grafana 群看板 g1"
    assert headers == {}


def test_generic_webhook_signature() -> None:
    _, headers, body = Notifier("https://hooks.example/T", secret=SECRET,
                                clock=lambda: CLOCK_S).request(risk_alert())
    timestamp = int(CLOCK_S)
    assert headers["X-Grouppulse-Timestamp"] == str(timestamp)
    assert headers["X-Grouppulse-Signature"] == "sha256=" + hmac_sha256(
        SECRET.encode(), f"{timestamp}.".encode() + body).hex()


@pytest.mark.parametrize("cls", [Notifier, WeComNotifier, DingTalkNotifier, FeishuNotifier,
                                 SlackNotifier, AlertmanagerNotifier])
def test_no_format_carries_the_url_token_or_the_secret(cls: type[Notifier]) -> None:
    notifier = cls("https://h.example/hook/TOKEN123?key=TOKEN123", grafana_url=GRAFANA,
                   secret=SECRET if cls in (DingTalkNotifier, FeishuNotifier) else None)
    _, _, body = notifier.request(risk_alert(recent_messages=RECENT))
    assert b"TOKEN123" not in body and SECRET.encode() not in body
    assert "TOKEN123" not in notifier.name


def test_robot_error_codes_are_failures() -> None:
    robot = WeComNotifier("https://h.example/send?key=K")
    assert robot.failure(200, b'{"errcode":0,"errmsg":"ok"}') == ""
    assert robot.failure(200, b'{"errcode":93000,"errmsg":"invalid webhook url"}') == (
        "errcode 93000: invalid webhook url")
    assert robot.failure(200, b'{"code":0,"msg":"success","data":{}}') == ""
    assert robot.failure(200, b'{"code":19021,"msg":"sign match fail"}').startswith("code 19021")
    assert robot.failure(200, b'{"StatusCode":0,"StatusMessage":"success"}') == ""
    assert robot.failure(200, b"<html>proxy</html>").startswith("unreadable")
    assert robot.failure(502, b"") == "HTTP 502"
