"""Static review of the production deployment: docker-compose.yml, Dockerfile and deploy/.

No Docker engine exists on development machines, so these tests read the files and check what a
reviewer would: pinned images, loopback-only ports, healthchecks and restart policies, no
secrets, and that the names used in the stack agree with ``streams.settings.Settings``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import yaml

from streams.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"
PROMETHEUS = ROOT / "deploy" / "prometheus" / "prometheus.yml"
CLICKHOUSE_USERS = ROOT / "deploy" / "clickhouse" / "users.d" / "grouppulse.xml"

# Services that run once and exit; every other service is long-running.
ONE_SHOT = {"kafka-init", "migrate", "simulator"}
LONG_RUNNING_RESTART = {"always", "unless-stopped"}
ONE_SHOT_RESTART = {"no", "on-failure"}
# Services that run the grouppulse image, i.e. whose environment is read by Settings.
APP_SERVICES = {"migrate", "worker", "simulator"}

INTERPOLATION = re.compile(r"\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?::?-(?P<default>[^}]*))?\}")


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    assert isinstance(data, dict) and isinstance(data.get("services"), dict)
    return data


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return compose["services"]


def interpolate(value: str) -> str:
    """Compose-style ``${VAR:-default}`` with every variable unset; ``$$`` is a literal ``$``."""
    return INTERPOLATION.sub(lambda m: m.group("default") or "", value).replace("$$", "$")


def environment(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):  # ["NAME=value", ...]
        env = dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {str(k): "" if v is None else str(v) for k, v in env.items()}


def walk_strings(node: Any, path: str = "") -> list[tuple[str, str]]:
    """Every (path, string) pair in a parsed YAML document, keys included as paths."""
    if isinstance(node, dict):
        out = []
        for key, value in node.items():
            out += walk_strings(value, f"{path}.{key}" if path else str(key))
        return out
    if isinstance(node, list):
        out = []
        for i, value in enumerate(node):
            out += walk_strings(value, f"{path}[{i}]")
        return out
    if isinstance(node, str):
        return [(path, node)]
    return []


# --- docker-compose.yml -------------------------------------------------------------------------


def test_expected_services(services: dict[str, dict[str, Any]]) -> None:
    assert {
        "kafka",
        "kafka-init",
        "clickhouse",
        "migrate",
        "worker",
        "simulator",
        "prometheus",
        "kafka-exporter",
        "alertmanager",
        "grafana",
    } <= (set(services))


def test_images_pinned(services: dict[str, dict[str, Any]]) -> None:
    for name, svc in services.items():
        image = svc.get("image")
        if image is None:
            assert "build" in svc, f"{name}: neither image nor build"
            continue
        image = interpolate(image)
        assert "@sha256:" in image or re.search(r":[^/:]+$", image), f"{name}: {image} has no tag"
        tag = image.rsplit(":", 1)[-1]
        assert tag not in {"latest", "stable", "head", "main", "master"}, f"{name}: {image}"
        if "build" not in svc:  # pulled images: a concrete version, not just a word
            assert re.search(r"\d", tag), f"{name}: {image} is not pinned to a version"


def test_dockerfile_base_image_pinned() -> None:
    froms = re.findall(r"^FROM\s+(\S+)", DOCKERFILE.read_text(encoding="utf-8"), re.M)
    assert froms, "Dockerfile has no FROM"
    for image in froms:
        assert re.search(r":[^/:]*\d", image), f"Dockerfile base {image} is not pinned"
        assert not image.endswith(":latest")


def test_dockerfile_runs_as_non_root_with_entrypoint() -> None:
    text = DOCKERFILE.read_text(encoding="utf-8")
    users = re.findall(r"^USER\s+(\S+)", text, re.M)
    assert users and users[-1] not in {"root", "0"}, "final USER must not be root"
    assert re.search(r'^ENTRYPOINT\s+\["grouppulse"\]', text, re.M)
    assert re.search(r'^CMD\s+\["worker"\]', text, re.M)
    assert re.search(r"^EXPOSE\s+.*\b6066\b", text, re.M)


def test_published_ports_bound_to_loopback(services: dict[str, dict[str, Any]]) -> None:
    for name, svc in services.items():
        for port in svc.get("ports", []):
            if isinstance(port, dict):  # long syntax
                assert port.get("host_ip") == "127.0.0.1", f"{name}: {port}"
            else:
                assert interpolate(str(port)).startswith("127.0.0.1:"), f"{name}: {port}"


def test_worker_has_no_fixed_host_port(services: dict[str, dict[str, Any]]) -> None:
    worker = services["worker"]
    assert "ports" not in worker, "a published port breaks `docker compose up --scale worker=N`"
    assert "container_name" not in worker


def test_restart_policies_and_healthchecks(services: dict[str, dict[str, Any]]) -> None:
    for name, svc in services.items():
        restart = svc.get("restart")
        assert restart is not None, f"{name}: no restart policy"
        policy = str(restart).split(":", 1)[0]
        if name in ONE_SHOT:
            assert policy in ONE_SHOT_RESTART, f"one-shot {name} must not restart forever"
        else:
            assert policy in LONG_RUNNING_RESTART, f"{name}: restart {restart!r}"
            check = svc.get("healthcheck")
            assert check and check.get("test") and not check.get("disable"), (
                f"{name}: long-running service without a healthcheck"
            )


def test_worker_healthcheck_needs_no_curl(services: dict[str, dict[str, Any]]) -> None:
    test = services["worker"]["healthcheck"]["test"]
    text = " ".join(test) if isinstance(test, list) else test
    assert "python" in text and ":6066/metrics" in text
    assert "curl" not in text and "wget" not in text


def test_named_volumes_declared(compose: dict[str, Any]) -> None:
    declared = set(compose.get("volumes") or {})
    used = set()
    for name, svc in compose["services"].items():
        for volume in svc.get("volumes", []):
            source = volume.get("source", "") if isinstance(volume, dict) else volume.split(":")[0]
            if source and not source.startswith((".", "/", "~", "$")):
                used.add(source)
        if name in {"kafka", "clickhouse", "prometheus"}:
            assert any(not str(v).startswith((".", "/")) for v in svc.get("volumes", [])), (
                f"{name} keeps its data in a named volume"
            )
    assert used, "no named volumes"
    assert used <= declared, f"undeclared volumes: {used - declared}"


def test_bind_mounted_files_exist(services: dict[str, dict[str, Any]]) -> None:
    for name, svc in services.items():
        for volume in svc.get("volumes", []):
            source = volume.get("source", "") if isinstance(volume, dict) else volume.split(":")[0]
            if source.startswith("./"):
                assert (ROOT / source).exists(), f"{name}: {source} does not exist"


def test_app_env_vars_are_settings_fields(services: dict[str, dict[str, Any]]) -> None:
    fields = set(Settings.model_fields)
    for name in APP_SERVICES:
        env = environment(services[name])
        for var in env:
            if not var.startswith("GROUPPULSE_"):
                continue
            field = var.removeprefix("GROUPPULSE_").lower()
            assert field in fields, f"{name}: {var} is not a field of streams.settings.Settings"


def test_app_env_values_are_valid_settings(services: dict[str, dict[str, Any]]) -> None:
    for name in APP_SERVICES:
        env = environment(services[name])
        values = {
            k.removeprefix("GROUPPULSE_").lower(): interpolate(v)
            for k, v in env.items()
            if k.startswith("GROUPPULSE_")
        }
        settings = Settings(**values)  # validates every value
        assert settings.bootstrap_servers == ["kafka:9092"], name


def test_worker_environment(services: dict[str, dict[str, Any]]) -> None:
    env = {k: interpolate(v) for k, v in environment(services["worker"]).items()}
    assert env["GROUPPULSE_BROKER_URL"] == "kafka://kafka:9092"
    assert env["GROUPPULSE_WEB_HOST"] == "0.0.0.0"
    assert env["GROUPPULSE_WEB_PORT"] == "6066"
    assert env["GROUPPULSE_TOPIC_PARTITIONS"] == str(
        Settings.model_fields["topic_partitions"].default
    )
    dsn = environment(services["worker"])["GROUPPULSE_CLICKHOUSE_DSN"]
    assert re.fullmatch(
        r"http://writer:\$\{CLICKHOUSE_WRITER_PASSWORD:-[^}]+\}@clickhouse:8123", dsn
    )
    command = services["worker"]["command"]
    assert (command if isinstance(command, list) else command.split()) == ["worker"]


def test_startup_order(services: dict[str, dict[str, Any]]) -> None:
    def conditions(name: str) -> dict[str, str]:
        deps = services[name].get("depends_on") or {}
        if isinstance(deps, list):
            return dict.fromkeys(deps, "service_started")
        return {k: (v or {}).get("condition", "service_started") for k, v in deps.items()}

    assert conditions("kafka-init")["kafka"] == "service_healthy"
    assert conditions("migrate")["clickhouse"] == "service_healthy"
    worker = conditions("worker")
    assert worker["kafka-init"] == "service_completed_successfully"
    assert worker["migrate"] == "service_completed_successfully"
    assert worker["clickhouse"] == "service_healthy"
    migrate = services["migrate"]["command"]
    assert (migrate if isinstance(migrate, list) else migrate.split()) == ["migrate"]


def test_simulator_behind_profile(services: dict[str, dict[str, Any]]) -> None:
    simulator = services["simulator"]
    assert simulator.get("profiles") == ["simulator"]
    command = simulator["command"]
    args = command if isinstance(command, list) else command.split()
    assert args[0] == "simulate" and "--to-kafka" in args


def test_no_literal_secrets(compose: dict[str, Any]) -> None:
    secret_key = re.compile(r"(PASSWORD|PASSWD|SECRET|TOKEN|API_KEY|PRIVATE_KEY)$", re.I)
    for path, value in walk_strings(compose):
        key = re.split(r"[.\[]", path)[-1]
        if secret_key.search(key):
            assert INTERPOLATION.fullmatch(value.strip()), f"{path}: literal secret {value!r}"
        # user:password@host in any URL: the password part must be a ${VAR:-default}
        for match in re.finditer(r"://[^/\s:@]+:(?P<pw>[^@\s]+)@", value):
            assert INTERPOLATION.fullmatch(match.group("pw")), f"{path}: password in {value!r}"
    raw = COMPOSE.read_text(encoding="utf-8")
    for match in re.finditer(r"\$\{[A-Z_]*PASSWORD[A-Z_]*(?::?-(?P<default>[^}]*))?\}", raw):
        default = match.group("default") or ""
        assert default == "" or default.startswith("change-me"), (
            f"password default {default!r} looks real; use a change-me-... placeholder"
        )


def test_kafka_init_creates_the_settings_topics(services: dict[str, dict[str, Any]]) -> None:
    init = services["kafka-init"]
    script = init.get("command")
    script = " ".join(script) if isinstance(script, list) else str(script)
    entrypoint = init.get("entrypoint") or []
    script = interpolate(" ".join(entrypoint) + " " + script)
    assert "kafka-topics.sh" in script
    created: dict[str, int] = {}
    for line in script.splitlines():
        if "--create" not in line:
            continue
        topic = re.search(r"--topic\s+(\S+)", line)
        partitions = re.search(r"--partitions\s+(\d+)", line)
        assert topic and partitions, line
        created[topic.group(1)] = int(partitions.group(1))
    fields = Settings.model_fields
    expected = {
        fields[name].default
        for name in ("topic_events", "topic_dead_letters", "topic_alerts", "topic_moderation_hits",
                     "topic_campaign_sightings", "topic_strikes", "topic_actions",
                     "topic_blacklist")
    }
    assert set(created) == expected
    # campaigns span groups: every worker's sightings must meet in one partition
    assert created[fields["topic_campaign_sightings"].default] == 1
    assert created[fields["topic_events"].default] == fields["topic_partitions"].default
    # the Faust app declares the dead-letter topic with topic_partitions partitions too
    assert created[fields["topic_dead_letters"].default] == fields["topic_partitions"].default
    assert "${GROUPPULSE_TOPIC_PARTITIONS:-" in COMPOSE.read_text(encoding="utf-8")


def test_kafka_listeners(services: dict[str, dict[str, Any]]) -> None:
    env = {k: interpolate(v) for k, v in environment(services["kafka"]).items()}
    assert "controller" in env["KAFKA_PROCESS_ROLES"] and "broker" in env["KAFKA_PROCESS_ROLES"]
    advertised = env["KAFKA_ADVERTISED_LISTENERS"].split(",")
    assert any(a.endswith("://kafka:9092") for a in advertised)
    assert any("://127.0.0.1:" in a for a in advertised)
    names = {
        entry.split(":")[0] for entry in env["KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"].split(",")
    }
    listeners = {entry.split("://")[0] for entry in env["KAFKA_LISTENERS"].split(",")}
    assert listeners <= names
    assert env["KAFKA_CONTROLLER_LISTENER_NAMES"] in listeners
    assert env["CLUSTER_ID"], "KRaft needs a cluster id"


def test_prometheus_scrapes_workers(services: dict[str, dict[str, Any]]) -> None:
    config = yaml.safe_load(PROMETHEUS.read_text(encoding="utf-8"))
    targets: list[str] = []
    for job in config["scrape_configs"]:
        for sd in job.get("dns_sd_configs", []):
            if sd.get("type", "SRV") == "A":
                targets += [f"{n}:{sd['port']}" for n in sd["names"]]
        for static in job.get("static_configs", []):
            targets += static.get("targets", [])
    assert "worker:6066" in targets
    for target in targets:
        host = target.split(":")[0]
        assert host in services or host == "localhost", f"{target}: no such service"
    assert host_path(services["prometheus"], "/etc/prometheus/prometheus.yml") == PROMETHEUS


def test_promtool_check_config() -> None:
    promtool = shutil.which("promtool")
    if promtool is None:
        pytest.skip("promtool is not on PATH (the CI script installs it)")
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [promtool, "check", "config", str(PROMETHEUS)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --- ClickHouse users -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def users_xml() -> ET.Element:
    return ET.parse(CLICKHOUSE_USERS).getroot()  # noqa: S314 - our own file


def test_clickhouse_users_mounted(services: dict[str, dict[str, Any]]) -> None:
    mounts = [str(m) for m in services["clickhouse"]["volumes"]]
    assert any(
        m.startswith("./deploy/clickhouse/users.d/grouppulse.xml:/etc/clickhouse-server/users.d/")
        for m in mounts
    )


def test_clickhouse_users(users_xml: ET.Element, services: dict[str, dict[str, Any]]) -> None:
    assert users_xml.tag == "clickhouse"
    users = users_xml.find("users")
    assert users is not None
    database = Settings.model_fields["clickhouse_database"].default
    ch_env = environment(services["clickhouse"])
    for name in ("writer", "analyst"):
        user = users.find(name)
        assert user is not None, f"no {name} user"
        password = user.find("password")
        assert password is not None and password.get("from_env"), f"{name}: password not from_env"
        assert not (password.text or "").strip(), f"{name}: literal password in XML"
        assert password.get("from_env") in ch_env, f"{name}: compose does not pass the variable"
        assert INTERPOLATION.fullmatch(ch_env[password.get("from_env")])
        grants = [q.text or "" for q in user.iterfind("grants/query")]
        assert grants and all(f" ON {database}.*" in g for g in grants), f"{name}: {grants}"
    writer_grants = " ".join(q.text or "" for q in users.iterfind("writer/grants/query"))
    assert "GRANT ALL" in writer_grants
    analyst_grants = " ".join(q.text or "" for q in users.iterfind("analyst/grants/query"))
    assert "SELECT" in analyst_grants
    assert not re.search(r"\b(ALL|INSERT|ALTER|CREATE|DROP|TRUNCATE)\b", analyst_grants)


def test_clickhouse_analyst_profile_is_readonly(users_xml: ET.Element) -> None:
    profile_name = users_xml.findtext("users/analyst/profile")
    assert profile_name
    profile = users_xml.find(f"profiles/{profile_name}")
    assert profile is not None, f"profile {profile_name} is not defined"
    assert (profile.findtext("readonly") or "").strip() == "1"


def test_clickhouse_default_user_locked_down(users_xml: ET.Element) -> None:
    default = users_xml.find("users/default")
    assert default is not None, "the default user must be restricted or given a password"
    password = default.find("password")
    has_password = password is not None and (password.get("from_env") or (password.text or ""))
    networks = default.find("networks")
    local_only = (
        networks is not None
        and networks.get("replace") == "replace"
        and {ip.text for ip in networks.iterfind("ip")} <= {"::1", "127.0.0.1"}
    )
    assert has_password or local_only


# --- Grafana, Alertmanager, Prometheus wiring ---------------------------------------------------

GRAFANA_PROVISIONING = ROOT / "deploy" / "grafana" / "provisioning"


def bind_mounts(service: dict[str, Any]) -> list[tuple[str, str]]:
    """(host ./path, container path) of every bind mount, short or long syntax."""
    out = []
    for volume in service.get("volumes", []):
        if isinstance(volume, dict):
            source, target = str(volume.get("source", "")), str(volume.get("target", ""))
        else:
            source, target = (str(volume).split(":") + [""])[:2]
        if source.startswith("./"):
            out.append((source, target))
    return out


def host_path(service: dict[str, Any], container_path: str) -> Path | None:
    """The repository file a container path comes from, through the service's bind mounts."""
    best: tuple[int, Path] | None = None
    for source, target in bind_mounts(service):
        target = target.rstrip("/")
        if container_path == target or container_path.startswith(target + "/"):
            rest = container_path[len(target):].lstrip("/")
            candidate = (ROOT / source / rest) if rest else ROOT / source
            if best is None or len(target) > best[0]:
                best = (len(target), candidate.resolve())
    return None if best is None else best[1]


def flag(service: dict[str, Any], name: str) -> str:
    command = service.get("command") or []
    args = command if isinstance(command, list) else str(command).split()
    values = [a.split("=", 1)[1] for a in args if str(a).startswith(f"{name}=")]
    assert values, f"no {name}= in {args}"
    return values[0]


def test_every_service_but_one_shots_has_a_healthcheck(services: dict[str, dict[str, Any]]) -> None:
    # One-shots signal success by exiting 0 (service_completed_successfully), not by health.
    for name, svc in services.items():
        if name in ONE_SHOT:
            continue
        test = (svc.get("healthcheck") or {}).get("test")
        assert test, f"{name}: no healthcheck"
        text = " ".join(test) if isinstance(test, list) else str(test)
        assert "127.0.0.1" in text or "localhost" in text or "--bootstrap-server" in text, (
            f"{name}: healthcheck {text!r} probes nothing local"
        )


def test_every_declared_volume_is_used(compose: dict[str, Any]) -> None:
    used = set()
    for svc in compose["services"].values():
        for volume in svc.get("volumes", []):
            source = volume.get("source", "") if isinstance(volume, dict) else volume.split(":")[0]
            used.add(source)
    assert set(compose.get("volumes") or {}) <= used


def test_stateful_services_keep_data_in_named_volumes(services: dict[str, dict[str, Any]]) -> None:
    data_dirs = {
        "grafana": "/var/lib/grafana",
        "alertmanager": flag(services["alertmanager"], "--storage.path"),
        "prometheus": flag(services["prometheus"], "--storage.tsdb.path"),
    }
    for name, path in data_dirs.items():
        named = [str(v) for v in services[name].get("volumes", [])
                 if not str(v).startswith((".", "/")) and str(v).split(":")[1] == path]
        assert named, f"{name}: {path} is not a named volume"


def test_grafana_service(services: dict[str, dict[str, Any]]) -> None:
    grafana = services["grafana"]
    env = {k: interpolate(v) for k, v in environment(grafana).items()}
    plugins = env.get("GF_PLUGINS_PREINSTALL_SYNC") or env.get("GF_PLUGINS_PREINSTALL") or env.get(
        "GF_INSTALL_PLUGINS", "")
    ids = [p.split("@")[0] for p in plugins.split(",") if p.strip()]
    assert "grafana-clickhouse-datasource" in ids
    assert all("@" in p for p in plugins.split(",")), f"plugin versions not pinned: {plugins}"
    assert env["GF_USERS_ALLOW_SIGN_UP"] == "false"
    assert INTERPOLATION.fullmatch(environment(grafana)["GF_SECURITY_ADMIN_PASSWORD"])
    # provisioning: the container reads exactly the files in the repository
    assert host_path(grafana, "/etc/grafana/provisioning") == GRAFANA_PROVISIONING
    for kind in ("datasources", "dashboards"):
        assert list((GRAFANA_PROVISIONING / kind).glob("*.yml")), f"no {kind} provisioning"
    provider = yaml.safe_load((GRAFANA_PROVISIONING / "dashboards" / "dashboards.yml").read_text())
    for item in provider["providers"]:
        folder = host_path(grafana, item["options"]["path"])
        assert folder == ROOT / "deploy" / "grafana" / "dashboards", item["options"]["path"]
        assert list(folder.glob("*.json"))
    deps = grafana.get("depends_on") or {}
    assert {"clickhouse", "prometheus"} <= set(deps)


def test_grafana_datasources_reach_compose_services(services: dict[str, dict[str, Any]]) -> None:
    data = yaml.safe_load((GRAFANA_PROVISIONING / "datasources" / "datasources.yml").read_text())
    grafana_env = environment(services["grafana"])
    users = ET.parse(CLICKHOUSE_USERS).getroot()  # noqa: S314 - our own file
    for source in data["datasources"]:
        if source["type"] == "grafana-clickhouse-datasource":
            assert source["jsonData"]["host"] in services
            user = source["jsonData"]["username"]
            profile = users.findtext(f"users/{user}/profile")
            assert users.findtext(f"profiles/{profile}/readonly") == "1", "Grafana must read only"
            password = source["secureJsonData"]["password"]
            variable = password.strip("${}")
            assert variable in grafana_env, f"grafana does not get {variable}"
            ch_var = users.find(f"users/{user}/password")
            assert ch_var is not None
            # the same compose variable feeds ClickHouse and Grafana
            assert grafana_env[variable] == environment(services["clickhouse"])[ch_var.get("from_env")]
        elif source["type"] == "prometheus":
            host, port = source["url"].removeprefix("http://").split(":")
            assert host in services and port == "9090"


def test_alertmanager_service(services: dict[str, dict[str, Any]]) -> None:
    alertmanager = services["alertmanager"]
    config = host_path(alertmanager, flag(alertmanager, "--config.file"))
    assert config == ROOT / "deploy" / "alertmanager" / "alertmanager.yml"
    assert config.exists(), f"{config} is missing"
    assert yaml.safe_load(config.read_text(encoding="utf-8")).get("route"), "no route"
    # files the config reads (url_file, templates) must be inside what the container mounts
    for path, value in walk_strings(yaml.safe_load(config.read_text(encoding="utf-8"))):
        if path.endswith("_file") or path.endswith("_files"):
            source = host_path(alertmanager, value)
            assert source is not None and source.parent.is_dir(), f"{path}: {value} not mounted"


def test_prometheus_loads_rules_and_alerts_alertmanager(services: dict[str, dict[str, Any]]) -> None:
    prometheus = services["prometheus"]
    config_path = flag(prometheus, "--config.file")
    assert host_path(prometheus, config_path) == PROMETHEUS
    config = yaml.safe_load(PROMETHEUS.read_text(encoding="utf-8"))
    rule_files: list[Path] = []
    for pattern in config.get("rule_files", []):
        absolute = pattern if pattern.startswith("/") else f"{Path(config_path).parent}/{pattern}"
        directory, glob = absolute.rsplit("/", 1)
        folder = host_path(prometheus, directory)
        assert folder is not None, f"{pattern}: not mounted into the container"
        rule_files += folder.glob(glob)
    assert rule_files, "Prometheus loads no rule file"
    assert not [p for p in rule_files if p.name.endswith(".test.yml")]
    targets = [t for am in config["alerting"]["alertmanagers"]
               for sc in am.get("static_configs", []) for t in sc["targets"]]
    assert targets == ["alertmanager:9093"]
    assert "alertmanager" in services


def test_every_bind_mount_is_read_only(services: dict[str, dict[str, Any]]) -> None:
    for name, svc in services.items():
        for volume in svc.get("volumes", []):
            if isinstance(volume, str) and volume.startswith("./"):
                assert volume.endswith(":ro"), f"{name}: {volume} should be mounted read-only"


def test_worker_paging_settings_come_from_the_environment(
    services: dict[str, dict[str, Any]],
) -> None:
    """Receivers carry tokens: compose reads them from the environment, empty by default."""
    raw = environment(services["worker"])
    assert raw["GROUPPULSE_RECEIVERS"] == "${GROUPPULSE_RECEIVERS:-}"
    assert Settings(receivers=interpolate(raw["GROUPPULSE_RECEIVERS"])).receiver_list == []
    link = INTERPOLATION.fullmatch(raw["GROUPPULSE_GRAFANA_LINK_URL"])
    assert link and link.group("name") == "GROUPPULSE_GRAFANA_LINK_URL"
    assert (link.group("default") or "").startswith("http")


def test_prometheus_scrapes_alertmanager(services: dict[str, dict[str, Any]]) -> None:
    config = yaml.safe_load(PROMETHEUS.read_text(encoding="utf-8"))
    jobs = {job["job_name"]: job for job in config["scrape_configs"]}
    targets = [t for sc in jobs["alertmanager"]["static_configs"] for t in sc["targets"]]
    port = flag(services["alertmanager"], "--web.listen-address").rsplit(":", 1)[-1]
    assert targets == [f"alertmanager:{port}"]
