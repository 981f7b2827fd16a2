"""``grouppulse dashboards push`` against a small fake of Grafana's HTTP API.

The fake answers the documented endpoints (GET/POST /api/folders, POST /api/dashboards/db),
checks the bearer token and records every request, so the tests assert on the paths and
payloads Grafana documents, and on the one-line errors and exit codes users see.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from dashboards.build import BUILDERS, DEFAULT_OUT_DIR
from dashboards.push import PushError, connect, load_dashboards, push_all

TOKEN = "glsa_test-token-0123456789"  # noqa: S105 - a fake token for a fake server


@dataclass
class FakeGrafana:
    folders: list[dict[str, Any]] = field(default_factory=list)
    requests: list[tuple[str, str, dict[str, str], Any]] = field(default_factory=list)
    conflict_uids: set[str] = field(default_factory=set)
    versions: dict[str, int] = field(default_factory=dict)

    def handle(self, method: str, path: str, headers: dict[str, str], body: Any) -> tuple[int, Any]:
        self.requests.append((method, path, headers, body))
        if headers.get("authorization") != f"Bearer {TOKEN}":
            return 401, {"message": "invalid API key"}
        if method == "GET" and path.split("?")[0] == "/api/folders":
            return 200, self.folders
        if method == "POST" and path == "/api/folders":
            folder = {"id": len(self.folders) + 1, "uid": body.get("uid") or "gen", "title": body["title"]}
            self.folders.append(folder)
            return 200, folder
        if method == "POST" and path == "/api/dashboards/db":
            uid = body["dashboard"]["uid"]
            if uid in self.conflict_uids:
                return 412, {"message": "A dashboard with the same name in the folder already exists",
                             "status": "name-exists"}
            self.versions[uid] = self.versions.get(uid, 0) + 1
            return 200, {"id": 1, "uid": uid, "url": f"/d/{uid}/slug", "status": "success",
                         "version": self.versions[uid], "slug": "slug"}
        return 404, {"message": "Not found"}


@pytest.fixture
def grafana() -> Iterator[tuple[FakeGrafana, str]]:
    fake = FakeGrafana()

    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            body = json.loads(raw) if raw else None
            headers = {k.lower(): v for k, v in self.headers.items()}
            status, answer = fake.handle(self.command, self.path, headers, body)
            data = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = _serve  # noqa: N815 - http.server's naming

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def run_push(url: str, token: str | None, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "GROUPPULSE_GRAFANA_URL": url, "HOME": "/tmp"}
    if token is not None:
        env["GROUPPULSE_GRAFANA_TOKEN"] = token
    return subprocess.run(
        [sys.executable, "-m", "streams.cli", "dashboards", "push", *args],
        capture_output=True, text=True, timeout=120, env=env, check=False,
        cwd=Path(__file__).resolve().parents[2],
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_push_creates_folder_and_posts_every_dashboard(grafana: tuple[FakeGrafana, str]) -> None:
    fake, url = grafana
    result = run_push(url, TOKEN, "--message", "release 0.1")
    assert result.returncode == 0, result.stderr
    methods_paths = [(m, p.split("?")[0]) for m, p, _, _ in fake.requests]
    assert methods_paths[:2] == [("GET", "/api/folders"), ("POST", "/api/folders")]
    assert methods_paths[2:] == [("POST", "/api/dashboards/db")] * len(BUILDERS)
    assert all(h["authorization"] == f"Bearer {TOKEN}" for _, _, h, _ in fake.requests)
    assert fake.requests[1][3] == {"title": "grouppulse", "uid": "grouppulse"}
    pushed = {}
    for _, _, headers, body in fake.requests[2:]:
        assert headers["content-type"].startswith("application/json")
        assert set(body) == {"dashboard", "folderUid", "overwrite", "message"}
        assert body["folderUid"] == "grouppulse" and body["overwrite"] is True
        assert body["message"] == "release 0.1"
        assert body["dashboard"]["id"] is None
        pushed[body["dashboard"]["uid"]] = body["dashboard"]
    assert set(pushed) == set(BUILDERS)
    for uid, board in pushed.items():
        committed = json.loads((DEFAULT_OUT_DIR / f"{uid}.json").read_text(encoding="utf-8"))
        assert {k: v for k, v in board.items() if k != "id"} == committed
        assert f"pushed {uid} (version 1): {url}/d/{uid}/slug" in result.stdout
    assert f"pushed {len(BUILDERS)} dashboards" in result.stdout
    assert TOKEN not in result.stdout + result.stderr


def test_push_reuses_an_existing_folder_by_title(grafana: tuple[FakeGrafana, str]) -> None:
    fake, url = grafana
    fake.folders.append({"id": 7, "uid": "provisioned-uid", "title": "grouppulse"})
    result = run_push(url, TOKEN)
    assert result.returncode == 0, result.stderr
    assert not [p for m, p, _, _ in fake.requests if m == "POST" and p == "/api/folders"]
    posts = [b for m, p, _, b in fake.requests if p == "/api/dashboards/db"]
    assert {b["folderUid"] for b in posts} == {"provisioned-uid"}
    # pushing again is an overwrite: same uids, next version
    assert run_push(url, TOKEN).returncode == 0
    assert set(fake.versions.values()) == {2}


def test_bad_token_is_one_line_and_never_printed(grafana: tuple[FakeGrafana, str]) -> None:
    fake, url = grafana
    wrong = "glsa_wrong-secret-value-42"
    result = run_push(url, wrong)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "401" in lines[0] and "GROUPPULSE_GRAFANA_TOKEN" in lines[0]
    assert wrong not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert [p for _, p, _, _ in fake.requests] == ["/api/folders"]  # stopped at the first call


def test_conflict_fails_that_dashboard_and_exits_non_zero(grafana: tuple[FakeGrafana, str]) -> None:
    fake, url = grafana
    conflicting = sorted(BUILDERS)[0]
    fake.conflict_uids.add(conflicting)
    result = run_push(url, TOKEN)
    assert result.returncode == 1
    assert f"failed: {conflicting}" in result.stderr and "412" in result.stderr
    assert "name-exists" in result.stderr
    others = set(BUILDERS) - {conflicting}
    assert set(fake.versions) == others  # the others still went through
    assert f"1 of {len(BUILDERS)} dashboards were not pushed" in result.stderr


def test_unreachable_server() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    result = run_push(url, TOKEN, "--timeout", "5")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"cannot reach Grafana at {url}" in lines[0], result.stderr
    assert TOKEN not in result.stderr


def test_missing_token() -> None:
    result = run_push("http://127.0.0.1:1", None)
    assert result.returncode == 2
    assert "GROUPPULSE_GRAFANA_TOKEN" in result.stderr


def test_url_checks_and_sub_path() -> None:
    with pytest.raises(PushError, match="http"):
        connect("grafana.example:3000", TOKEN)
    api = connect("https://example.org/grafana/", TOKEN)
    assert api.client.url == "https://example.org/grafana/api"
    assert connect("http://127.0.0.1:3000", TOKEN).client.url == "http://127.0.0.1:3000/api"


def test_load_dashboards_checks_files(tmp_path: Path) -> None:
    with pytest.raises(PushError, match="no dashboard JSON"):
        load_dashboards(tmp_path)
    (tmp_path / "a.json").write_text('{"title": "no uid"}', encoding="utf-8")
    with pytest.raises(PushError, match="not a dashboard"):
        load_dashboards(tmp_path)


def test_push_all_in_process(grafana: tuple[FakeGrafana, str]) -> None:
    fake, url = grafana
    seen: list[str] = []
    failed = push_all(connect(url, TOKEN), load_dashboards(DEFAULT_OUT_DIR), where=url,
                      folder="ops", on_pushed=lambda p: seen.append(p.uid))
    assert failed == 0 and sorted(seen) == sorted(BUILDERS)
    assert fake.folders == [{"id": 1, "uid": "ops", "title": "ops"}]
