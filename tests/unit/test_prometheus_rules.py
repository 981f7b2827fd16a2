"""Pipeline alerting: the Prometheus rules and the Alertmanager config.

Checked with Debian's promtool and amtool (``.ci/run`` installs them): the rules load, their
unit tests pass (``deploy/prometheus/rules/grouppulse.rules.test.yml``), every alert has a case
where it fires and one where it stays silent, every metric they read is one the worker
exports, and Alertmanager routes and inhibits the alerts the rules really raise. The compose
wiring (mounts, rule_files, alertmanager target) is checked in test_deploy.py.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import prometheus_client
import pytest
import yaml
from test_dashboards import exported_metric_names, metric_names

import streams.metrics  # noqa: F401 - registers the worker's metrics

ROOT = Path(__file__).resolve().parents[2]
RULES_DIR = ROOT / "deploy" / "prometheus" / "rules"
RULES = RULES_DIR / "grouppulse.rules.yml"
RULE_TESTS = RULES_DIR / "grouppulse.rules.test.yml"
ALERTMANAGER = ROOT / "deploy" / "alertmanager" / "alertmanager.yml"
PROMETHEUS = ROOT / "deploy" / "prometheus" / "prometheus.yml"
COMPOSE = ROOT / "docker-compose.yml"
SEVERITIES = {"critical", "warning"}
# Series Prometheus makes itself when it scrapes; the worker does not export them.
SCRAPE_SERIES = {"up"}
# kafka-exporter's (docker-compose.yml, job kafka-exporter): the group's offsets as the broker
# sees them, for the partitions no worker reports on
KAFKA_EXPORTER_SERIES = {"kafka_consumergroup_lag", "kafka_consumergroup_current_offset"}
URL_FILE_SINCE = (0, 26)  # Alertmanager version that reads webhook URLs from files


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, timeout=120, check=False)


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not on PATH (the CI script installs it)")
    return path


@pytest.fixture(scope="module")
def rules() -> list[dict[str, Any]]:
    data = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    return [rule for group in data["groups"] for rule in group["rules"]]


@pytest.fixture(scope="module")
def alertmanager() -> dict[str, Any]:
    return yaml.safe_load(ALERTMANAGER.read_text(encoding="utf-8"))


# --- the rules ---------------------------------------------------------------------------------

def test_promtool_check_rules() -> None:
    result = run(tool("promtool"), "check", "rules", str(RULES))
    assert result.returncode == 0, result.stdout + result.stderr


def test_promtool_rule_unit_tests() -> None:
    result = run(tool("promtool"), "test", "rules", str(RULE_TESTS))
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_alert_is_labelled_and_explained(rules: list[dict[str, Any]]) -> None:
    assert rules
    for rule in rules:
        name = rule["alert"]
        assert name.startswith("Grouppulse"), name
        assert rule["labels"]["severity"] in SEVERITIES, name
        annotations = rule["annotations"]
        assert {"summary", "description", "runbook"} <= set(annotations), name
        assert "README.md#pipeline-alerts" in annotations["runbook"], name
        assert re.search(r'job="(grouppulse-worker|kafka-exporter)"', rule["expr"]), (
            f"{name}: not limited to the workers or the group's exporter")


def test_every_alert_fires_and_stays_silent_in_the_unit_tests(
    rules: list[dict[str, Any]],
) -> None:
    tests = yaml.safe_load(RULE_TESTS.read_text(encoding="utf-8"))
    assert tests["rule_files"] == [RULES.name]
    fires: set[tuple[str, str]] = set()
    silent: set[str] = set()
    for case in tests["tests"]:
        for check in case.get("alert_rule_test", []):
            if check.get("exp_alerts"):
                fires |= {(check["alertname"], a["exp_labels"]["severity"])
                          for a in check["exp_alerts"]}
            else:
                silent.add(check["alertname"])
    defined = {(rule["alert"], rule["labels"]["severity"]) for rule in rules}
    assert defined <= fires, f"never seen firing: {sorted(defined - fires)}"
    names = {name for name, _ in defined}
    assert names <= silent, f"never checked silent: {sorted(names - silent)}"


def test_rules_read_only_metrics_the_worker_exports(rules: list[dict[str, Any]]) -> None:
    ours = exported_metric_names()
    registered = set(prometheus_client.REGISTRY._names_to_collectors)  # noqa: SLF001
    used: set[str] = set()
    for rule in rules:
        names = metric_names(rule["expr"])
        assert names, f"{rule['alert']}: no metric in {rule['expr']}"
        for name in names - SCRAPE_SERIES - KAFKA_EXPORTER_SERIES:
            known = ours if name.startswith("grouppulse_") else registered
            assert name in known, f"{rule['alert']}: {name} is not exported by the worker"
        used |= names
    assert {"grouppulse_consumer_lag_messages", "grouppulse_halted",
            "grouppulse_last_event_timestamp_seconds", "grouppulse_pages_dropped_total",
            "grouppulse_alert_deliveries_total", "up"} | KAFKA_EXPORTER_SERIES <= used


def test_kafka_exporter_series_come_from_a_scraped_exporter() -> None:
    """The rules that read them need kafka-exporter in compose and a Prometheus job for it."""
    services = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))["services"]
    assert "--kafka.server=kafka:9092" in services["kafka-exporter"]["command"]
    config = yaml.safe_load(PROMETHEUS.read_text(encoding="utf-8"))
    targets = [target for job in config["scrape_configs"] if job["job_name"] == "kafka-exporter"
               for static in job["static_configs"] for target in static["targets"]]
    assert targets == ["kafka-exporter:9308"]


# --- Alertmanager ------------------------------------------------------------------------------

def amtool_version(amtool: str) -> tuple[int, int]:
    match = re.search(r"version (\d+)\.(\d+)", run(amtool, "--version").stdout)
    assert match, "cannot read amtool's version"
    return int(match.group(1)), int(match.group(2))


@pytest.fixture(scope="module")
def checkable_config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The config as this amtool can read it. Debian's amtool (0.25) predates ``url_file``;
    for it, and only for it, each ``url_file:`` becomes a placeholder ``url:``. The real
    config is checked as it is wherever amtool is recent enough."""
    amtool = tool("amtool")
    if amtool_version(amtool) >= URL_FILE_SINCE:
        return ALERTMANAGER
    text = re.sub(r"url_file: \S+", "url: http://url-file.invalid/",
                  ALERTMANAGER.read_text(encoding="utf-8"))
    path = tmp_path_factory.mktemp("alertmanager") / "alertmanager.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_amtool_check_config(checkable_config: Path) -> None:
    result = run(tool("amtool"), "check-config", str(checkable_config))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("labels", "receivers"),
    [
        (["alertname=GrouppulseWorkerDown", "severity=critical"], "oncall,ops-channel"),
        (["alertname=GrouppulseConsumerLagHigh", "severity=warning"], "ops-channel"),
        (["alertname=SomethingElse"], "ops-channel"),
    # a group alert posted by a worker's "alertmanager" receiver
    (["alertname=risk", "severity=critical", "group_id=g1", "source=grouppulse"],
     "oncall,ops-channel"),
    ],
)
def test_routes_by_severity(checkable_config: Path, labels: list[str], receivers: str) -> None:
    result = run(tool("amtool"), "config", "routes", "test",
                 f"--config.file={checkable_config}", *labels)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == receivers


def test_routing_groups_and_receivers(alertmanager: dict[str, Any]) -> None:
    route = alertmanager["route"]
    assert route["group_by"] == ["alertname", "group_id"]
    names = {r["name"] for r in alertmanager["receivers"]}
    assert names == {"oncall", "ops-channel"}
    for receiver in alertmanager["receivers"]:
        for webhook in receiver["webhook_configs"]:
            # URLs carry tokens: only files outside git, never a literal URL
            assert "url" not in webhook, f"{receiver['name']}: literal webhook URL"
            assert webhook["url_file"].startswith("/etc/alertmanager/secrets/")


def test_receiver_url_files_stay_out_of_git() -> None:
    secrets = ROOT / "deploy" / "alertmanager" / "secrets"
    assert (secrets / "README.md").exists()
    result = run("git", "-C", str(ROOT), "check-ignore", "-q",
                 "deploy/alertmanager/secrets/oncall.url")
    assert result.returncode == 0, "deploy/alertmanager/secrets/*.url must be git-ignored"


def test_inhibit_rules_name_real_alerts(
    alertmanager: dict[str, Any], rules: list[dict[str, Any]]
) -> None:
    alerts = {rule["alert"] for rule in rules}
    mentioned: set[str] = set()
    for inhibit in alertmanager["inhibit_rules"]:
        for matcher in inhibit["source_matchers"] + inhibit["target_matchers"]:
            match = re.fullmatch(r'alertname=~?"([^"]+)"', matcher)
            if match:
                mentioned |= set(match.group(1).split("|"))
    assert mentioned, "no inhibit rule names an alert"
    for name in mentioned:
        if re.escape(name) == name:
            assert name in alerts, f"inhibit rules name an unknown alert {name}"
        else:  # a pattern: it must still match some alert
            assert any(re.fullmatch(name, alert) for alert in alerts), name
    # a down worker hides its own lag (same instance), and the lag rule keeps that label
    first = alertmanager["inhibit_rules"][0]
    assert "GrouppulseWorkerDown" in first["source_matchers"][0]
    assert "GrouppulseConsumerLagHigh" in first["target_matchers"][0]
    assert first["equal"] == ["instance"]


def test_compose_alertmanager_reads_url_files() -> None:
    """The compose image must be recent enough for ``url_file`` and see the secrets folder."""
    services = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))["services"]
    service = services["alertmanager"]
    version = re.search(r":v?(\d+)\.(\d+)", service["image"])
    assert version and (int(version.group(1)), int(version.group(2))) >= URL_FILE_SINCE
    mounts = [str(v) for v in service.get("volumes", [])]
    assert "./deploy/alertmanager:/etc/alertmanager:ro" in mounts
