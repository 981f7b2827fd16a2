"""GROUPPULSE_RECEIVERS: several receivers in one JSON variable, clear errors, no secrets shown."""

from __future__ import annotations

import orjson
import pytest
from pydantic import ValidationError

from streams.notify import (
    AlertmanagerNotifier,
    DingTalkNotifier,
    Notifier,
    build_notifiers,
)
from streams.settings import Settings

TOKEN = "tok-9d8e7f"
SECRET = "SECsecret-42"


def receivers(*entries: dict[str, object]) -> str:
    return orjson.dumps(list(entries)).decode()


def test_receivers_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GROUPPULSE_RECEIVERS", receivers(
        {"type": "dingtalk", "url": f"https://oapi.dingtalk.com/robot/send?access_token={TOKEN}",
         "secret": SECRET, "kinds": ["risk", "blacklist"], "min_severity": "critical"},
        {"type": "alertmanager", "url": "http://alertmanager:9093", "name": "am"},
    ))
    monkeypatch.setenv("GROUPPULSE_WEBHOOK_URLS", f"https://hooks.example/{TOKEN}")
    monkeypatch.setenv("GROUPPULSE_GRAFANA_LINK_URL", "https://grafana.example.com/")
    settings = Settings()
    assert TOKEN not in repr(settings) and SECRET not in str(settings.model_dump())
    legacy, ding, am = build_notifiers(settings)
    assert type(legacy) is Notifier and legacy.name == "https://hooks.example"
    assert isinstance(ding, DingTalkNotifier) and ding.name == "dingtalk-0@oapi.dingtalk.com"
    assert ding.secret == SECRET and ding.kinds == {"risk", "blacklist"}
    assert isinstance(am, AlertmanagerNotifier) and am.name == "am"
    assert am.url == "http://alertmanager:9093/api/v2/alerts"
    assert am.grafana_url == "https://grafana.example.com"


def test_routing_by_kind_and_severity() -> None:
    settings = Settings(notify_min_severity="warning", receivers=receivers(
        {"type": "wecom", "url": "https://q.example/send?key=a", "kinds": ["dying_group"],
         "min_severity": "info"},
        {"type": "slack", "url": "https://s.example/T", "min_severity": "critical"},
        {"type": "feishu", "url": "https://f.example/hook/T"},
    ))
    wecom, slack, feishu = build_notifiers(settings)
    dying = {"kind": "dying_group", "severity": "warning"}
    revived = {"kind": "group_revived", "severity": "info"}
    risk = {"kind": "risk", "severity": "critical"}
    flood = {"kind": "flood", "severity": "warning"}
    assert [wecom.accepts(a) for a in (dying, revived, risk, flood)] == [True, False, False, False]
    assert [slack.accepts(a) for a in (dying, revived, risk, flood)] == [False, False, True, False]
    assert [feishu.accepts(a) for a in (dying, revived, risk, flood)] == [True, False, True, True]


def test_names_stay_unique_so_deliveries_do_not_collide() -> None:
    settings = Settings(webhook_urls="https://h.example/a,https://h.example/b", receivers=receivers(
        {"type": "dingtalk", "url": "https://oapi.dingtalk.com/robot/send?access_token=a"},
        {"type": "dingtalk", "url": "https://oapi.dingtalk.com/robot/send?access_token=b"},
    ))
    names = [n.name for n in build_notifiers(settings)]
    assert names == ["https://h.example", "https://h.example#2",
                     "dingtalk-0@oapi.dingtalk.com", "dingtalk-1@oapi.dingtalk.com"]


@pytest.mark.parametrize(("entries", "message"), [
    ([{"type": "wechat", "url": f"https://h/{TOKEN}"}], "receiver 0 (?) type: Input should be"),
    ([{"type": "wecom", "url": f"ftp://h/{TOKEN}"}], "receiver 0 (wecom) url: must be an http(s)"),
    ([{"type": "slack"}], "receiver 0 (slack) url: Field required"),
    ([{"type": "slack", "url": "https://h/x"}, {"type": "feishu", "url": "https://h/y",
                                                "kinds": ["risky"]}],
     "receiver 1 (feishu) kinds: unknown alert kind(s) ['risky']"),
    ([{"type": "slack", "url": "https://h/x", "min_severity": "high"}],
     "receiver 0 (slack) min_severity: Input should be 'info', 'warning' or 'critical'"),
    ([{"type": "wecom", "url": "https://h/x", "secret": SECRET}],
     "receiver 0 (wecom) secret: wecom receivers are not signed"),
    ([{"type": "slack", "url": "https://h/x", "token": TOKEN}],
     "receiver 0 (slack) token: Extra inputs are not permitted"),
    ([{"type": "slack", "url": "https://h/x", "name": f"https://h/{TOKEN}"}],
     "receiver 0 (slack) name: 1-64 letters"),
])
def test_bad_receiver_config_names_index_and_field_never_the_value(
    entries: list[dict[str, object]], message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        Settings(receivers=receivers(*entries))
    text = str(caught.value)
    assert message in text
    assert TOKEN not in text and SECRET not in text


def test_receivers_that_are_not_a_json_list() -> None:
    for value, message in ((f'[{{"type": "slack", "url": "{TOKEN}"', "not valid JSON"),
                           (f'{{"url": "{TOKEN}"}}', "must be a JSON list")):
        with pytest.raises(ValidationError) as caught:
            Settings(receivers=value)
        assert message in str(caught.value) and TOKEN not in str(caught.value)
