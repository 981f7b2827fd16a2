"""Static review of deploy/k8s/: no cluster here, so the tests read the manifests and check that
they agree with each other (labels, selectors, ports, names) and with the code (settings names
and values, CLI commands, the Dockerfile's user and port)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import SecretStr

from streams.cli import cli
from streams.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "deploy" / "k8s"
KUSTOMIZATION = K8S / "kustomization.yaml"
SECRET_EXAMPLE = K8S / "secret.example.yaml"
NAMESPACE = "grouppulse"
CLUSTER_SCOPED = {"Namespace"}


def load(path: Path) -> list[dict[str, Any]]:
    return [doc for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")) if doc]


@pytest.fixture(scope="module")
def manifests() -> list[dict[str, Any]]:
    docs = []
    for path in sorted(K8S.glob("*.yaml")):
        if path != KUSTOMIZATION:
            docs += load(path)
    return docs


def one(manifests: list[dict[str, Any]], kind: str, name: str | None = None) -> dict[str, Any]:
    found = [m for m in manifests if m["kind"] == kind
             and (name is None or m["metadata"]["name"] == name)]
    assert len(found) == 1, f"expected one {kind} {name or ''}, found {len(found)}"
    return found[0]


def pod_specs(manifests: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    return [(m["metadata"]["name"], m["spec"]["template"]) for m in manifests
            if m["kind"] in {"Deployment", "Job", "StatefulSet", "DaemonSet"}]


def settings_field(env_name: str) -> str:
    assert env_name.startswith("GROUPPULSE_"), env_name
    field = env_name.removeprefix("GROUPPULSE_").lower()
    assert field in Settings.model_fields, f"{env_name} is not a field of Settings"
    return field


def is_secret_field(field: str) -> bool:
    annotation = str(Settings.model_fields[field].annotation)
    return "SecretStr" in annotation


def matches(selector: dict[str, str], labels: dict[str, str]) -> bool:
    return bool(selector) and all(labels.get(k) == v for k, v in selector.items())


# --- files and kustomization --------------------------------------------------------------------


def test_every_document_is_well_formed(manifests: list[dict[str, Any]]) -> None:
    assert manifests
    for doc in manifests:
        assert doc.get("apiVersion") and doc.get("kind"), doc
        meta = doc["metadata"]
        assert re.fullmatch(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?", meta["name"]), meta["name"]
        if doc["kind"] not in CLUSTER_SCOPED:
            assert meta.get("namespace") == NAMESPACE, f"{doc['kind']}/{meta['name']}"
        assert meta.get("labels", {}).get("app.kubernetes.io/name") == "grouppulse"


def test_kustomization_lists_every_manifest_but_the_secret_placeholder() -> None:
    kustomization = yaml.safe_load(KUSTOMIZATION.read_text(encoding="utf-8"))
    resources = set(kustomization["resources"])
    on_disk = {p.name for p in K8S.glob("*.yaml")} - {KUSTOMIZATION.name}
    assert resources == on_disk - {SECRET_EXAMPLE.name}
    assert SECRET_EXAMPLE.name not in resources, "re-applying a placeholder wipes real secrets"
    assert kustomization["namespace"] == NAMESPACE


def test_images_come_from_the_kustomization(manifests: list[dict[str, Any]]) -> None:
    kustomization = yaml.safe_load(KUSTOMIZATION.read_text(encoding="utf-8"))
    images = {i["name"]: i for i in kustomization["images"]}
    for _, template in pod_specs(manifests):
        for container in template["spec"]["containers"]:
            assert container["image"] in images, container["image"]
            tag = images[container["image"]].get("newTag", "")
            assert tag and tag != "latest" and re.search(r"\d", tag)


# --- settings: ConfigMap and Secret ---------------------------------------------------------------


def test_configmap_keys_are_settings_and_not_secrets(manifests: list[dict[str, Any]]) -> None:
    data = one(manifests, "ConfigMap")["data"]
    for key in data:
        field = settings_field(key)
        assert not is_secret_field(field), f"{key} is a secret: it belongs in the Secret"


def test_secret_keys_are_secret_settings(manifests: list[dict[str, Any]]) -> None:
    secret = one(manifests, "Secret")
    data = secret.get("stringData") or secret.get("data") or {}
    assert "GROUPPULSE_CLICKHOUSE_DSN" in data
    for key in data:
        assert is_secret_field(settings_field(key)), f"{key} is not a secret: use the ConfigMap"


def test_configmap_and_secret_values_are_valid_settings(manifests: list[dict[str, Any]]) -> None:
    values = dict(one(manifests, "ConfigMap")["data"])
    values.update(one(manifests, "Secret")["stringData"])
    settings = Settings(**{settings_field(k): v for k, v in values.items()})
    assert settings.web_host == "0.0.0.0"
    assert not settings.is_embedded_clickhouse
    assert isinstance(settings.clickhouse_dsn, SecretStr)
    assert settings.clickhouse_dsn.get_secret_value().startswith(("http://writer:", "https://writer:"))


def test_pods_read_the_configmap_and_secret(manifests: list[dict[str, Any]]) -> None:
    configmap = one(manifests, "ConfigMap")["metadata"]["name"]
    secret = one(manifests, "Secret")["metadata"]["name"]
    for name, template in pod_specs(manifests):
        for container in template["spec"]["containers"]:
            refs = container.get("envFrom", [])
            assert {"configMapRef": {"name": configmap}} in refs, name
            assert {"secretRef": {"name": secret}} in refs, name
            for env in container.get("env", []):
                settings_field(env["name"])


# --- workloads ------------------------------------------------------------------------------------


def test_containers_run_real_commands_as_the_image_user(manifests: list[dict[str, Any]]) -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    uid = re.search(r"--uid\s+(\d+)", dockerfile)
    assert uid
    commands = set()
    for name, template in pod_specs(manifests):
        spec = template["spec"]
        assert spec["securityContext"]["runAsNonRoot"] is True, name
        assert str(spec["securityContext"]["runAsUser"]) == uid.group(1), name
        for container in spec["containers"]:
            assert container["args"][0] in cli.commands, container["args"]
            commands.add(container["args"][0])
            resources = container.get("resources", {})
            assert resources.get("requests", {}).get("memory"), f"{name}: no memory request"
            assert resources.get("limits", {}).get("memory"), f"{name}: no memory limit"
            security = container["securityContext"]
            assert security["allowPrivilegeEscalation"] is False
            if security.get("readOnlyRootFilesystem"):
                mounts = {m["mountPath"] for m in container.get("volumeMounts", [])}
                assert "/tmp" in mounts, f"{name}: read-only root needs a writable /tmp"
    assert {"worker", "migrate"} <= commands


def test_worker_deployment_probes_and_ports(manifests: list[dict[str, Any]]) -> None:
    deployment = one(manifests, "Deployment", "grouppulse-worker")
    config = one(manifests, "ConfigMap")["data"]
    (container,) = deployment["spec"]["template"]["spec"]["containers"]
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    assert ports["web"] == int(config["GROUPPULSE_WEB_PORT"])
    assert re.search(rf"^EXPOSE\s+.*\b{ports['web']}\b",
                     (ROOT / "Dockerfile").read_text(encoding="utf-8"), re.M)
    for probe_name in ("livenessProbe", "readinessProbe", "startupProbe"):
        probe = container[probe_name]["httpGet"]
        port = probe["port"]
        assert port in ports or port in ports.values(), f"{probe_name} port {port} not declared"
        assert probe["path"] == "/metrics"  # served by every worker (streams/app.py)
    # The worker's data dir is writable although the root filesystem is not.
    mounts = {m["mountPath"] for m in container["volumeMounts"]}
    assert config["GROUPPULSE_DATA_DIR"] in mounts


def test_worker_replicas_fit_the_partitions(manifests: list[dict[str, Any]]) -> None:
    deployment = one(manifests, "Deployment", "grouppulse-worker")
    partitions = int(one(manifests, "ConfigMap")["data"]["GROUPPULSE_TOPIC_PARTITIONS"])
    assert 1 <= deployment["spec"]["replicas"] <= partitions
    update = deployment["spec"]["strategy"]["rollingUpdate"]
    assert update["maxUnavailable"] == 1


def test_selectors_match_labels(manifests: list[dict[str, Any]]) -> None:
    deployment = one(manifests, "Deployment", "grouppulse-worker")
    pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert matches(deployment["spec"]["selector"]["matchLabels"], pod_labels)
    service = one(manifests, "Service")
    assert matches(service["spec"]["selector"], pod_labels)
    pdb = one(manifests, "PodDisruptionBudget")
    assert matches(pdb["spec"]["selector"]["matchLabels"], pod_labels)
    # the migrate Job's pods must not be picked up by the worker's Service or PDB
    job = one(manifests, "Job")
    job_labels = job["spec"]["template"]["metadata"]["labels"]
    assert not matches(service["spec"]["selector"], job_labels)
    assert not matches(pdb["spec"]["selector"]["matchLabels"], job_labels)
    assert job["spec"]["template"]["spec"]["restartPolicy"] in {"OnFailure", "Never"}


def test_service_exposes_the_declared_web_port(manifests: list[dict[str, Any]]) -> None:
    deployment = one(manifests, "Deployment", "grouppulse-worker")
    (container,) = deployment["spec"]["template"]["spec"]["containers"]
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    service = one(manifests, "Service")
    assert service["spec"]["type"] == "ClusterIP"
    for port in service["spec"]["ports"]:
        target = port["targetPort"]
        assert target in ports or target in ports.values()
    annotations = service["metadata"].get("annotations", {})
    assert annotations.get("prometheus.io/port") == str(ports["web"])


def test_kustomize_renders() -> None:
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        pytest.skip("kubectl is not on PATH")
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [kubectl, "kustomize", str(K8S)], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    rendered = [d for d in yaml.safe_load_all(result.stdout) if d]
    assert {d["kind"] for d in rendered} >= {"Deployment", "Service", "PodDisruptionBudget", "Job",
                                            "ConfigMap"}
    images = {c["image"] for d in rendered if "template" in d.get("spec", {})
              for c in d["spec"]["template"]["spec"]["containers"]}
    assert len(images) == 1 and ":" in images.pop()
