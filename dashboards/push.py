"""Publish the generated dashboards to a running Grafana through its HTTP API.

For Grafana servers that do not read ``deploy/grafana/dashboards`` from disk (a shared or hosted
Grafana): ``grouppulse dashboards push`` finds or creates the folder, then posts every dashboard
to ``/api/dashboards/db`` with ``overwrite: true``. The generated JSON is the source of truth, so
edits made in the UI are replaced. Every failure becomes one line of text (:class:`PushError`);
the token never appears in it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from grafana_client.api import GrafanaApi
from grafana_client.client import (
    GrafanaClientError,
    GrafanaException,
    GrafanaServerError,
    GrafanaTimeoutError,
    GrafanaUnauthorizedError,
)

from dashboards.common import Json

DEFAULT_FOLDER = "grouppulse"


class PushError(Exception):
    """A push step failed; ``str()`` is one line fit for the terminal."""

    def __init__(self, message: str, *, fatal: bool = True) -> None:
        super().__init__(message)
        self.fatal = fatal  # False: only this dashboard failed, the others may still go


@dataclass(frozen=True)
class Pushed:
    uid: str
    title: str
    version: int
    url: str


def load_dashboards(folder: Path) -> list[Json]:
    """Every ``*.json`` in ``folder``, sorted by file name, each checked for a uid and title."""
    paths = sorted(folder.glob("*.json"))
    if not paths:
        raise PushError(f"no dashboard JSON in {folder}: run `grouppulse dashboards build`")
    boards = []
    for path in paths:
        try:
            board = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise PushError(f"cannot read {path}: {exc}") from None
        if not isinstance(board, dict) or not board.get("uid") or not board.get("title"):
            raise PushError(f"{path} is not a dashboard (needs uid and title)")
        boards.append(board)
    return boards


# grafana-client's methods carry no annotations: the client is handled as ``Any``.
Client = Any


def connect(url: str, token: str, *, timeout: float = 10.0) -> Client:
    """A client for ``url`` (``http(s)://host[:port][/sub/path]``) with a bearer token."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise PushError(f"GROUPPULSE_GRAFANA_URL must be http(s)://host[:port], got {url!r}")
    # grafana-client joins prefix + "api" itself: a sub-path needs its trailing slash.
    prefix = parts.path.strip("/")
    return GrafanaApi(
        auth=token,  # a plain string becomes "Authorization: Bearer <token>"
        host=parts.hostname,
        port=parts.port,
        url_path_prefix=f"{prefix}/" if prefix else "",
        protocol=parts.scheme,
        timeout=timeout,
    )


def ensure_folder(api: Client, title: str, *, where: str) -> str:
    """The uid of the top-level folder called ``title``, created (uid = title) if missing.

    Looked up by title first, so a folder that file provisioning created with another uid is
    reused rather than duplicated.
    """
    folders = _call(lambda: api.folder.get_all_folders(), where, "list folders")
    for folder in folders or []:
        if isinstance(folder, dict) and folder.get("title") == title:
            return str(folder["uid"])
    created = _call(lambda: api.folder.create_folder(title, uid=title), where,
                    f"create folder {title!r}")
    return str(created["uid"])


def push_dashboard(api: Client, board: Json, folder_uid: str, message: str, *,
                   where: str) -> Pushed:
    payload = {
        "dashboard": {**board, "id": None},  # match by uid, never by a server-local id
        "folderUid": folder_uid,
        "overwrite": True,
        "message": message,
    }
    uid = str(board["uid"])
    answer = _call(lambda: api.dashboard.update_dashboard(payload), where, f"push {uid}")
    base = where.rstrip("/")
    return Pushed(uid=uid, title=str(board["title"]), version=int(answer.get("version", 0)),
                  url=base + str(answer.get("url", "")))


def push_all(
    api: Client,
    boards: Iterable[Json],
    *,
    where: str,
    folder: str = DEFAULT_FOLDER,
    message: str = "grouppulse dashboards push",
    on_pushed: Callable[[Pushed], None] = lambda _: None,
    on_failed: Callable[[str, PushError], None] = lambda _uid, _exc: None,
) -> int:
    """Push every board; return how many failed. Auth and connection errors stop everything."""
    folder_uid = ensure_folder(api, folder, where=where)
    failed = 0
    for board in boards:
        try:
            on_pushed(push_dashboard(api, board, folder_uid, message, where=where))
        except PushError as exc:
            if exc.fatal:
                raise
            failed += 1
            on_failed(str(board["uid"]), exc)
    return failed


def _call(step: Callable[[], Any], where: str, what: str) -> Any:
    """Run one API call, turning every failure into a one-line :class:`PushError`."""
    try:
        return step()
    except GrafanaUnauthorizedError:
        raise PushError(
            f"Grafana at {where} refused the token (401): check GROUPPULSE_GRAFANA_TOKEN"
        ) from None
    except GrafanaTimeoutError:
        raise PushError(f"Grafana at {where} did not answer in time ({what})") from None
    except GrafanaServerError as exc:
        raise PushError(
            f"Grafana at {where} failed to {what} ({exc.status_code}): {_reason(exc)}"
        ) from None
    except GrafanaClientError as exc:
        raise _client_error(exc, where, what) from None
    except GrafanaException as exc:  # transport errors the client wraps
        raise PushError(f"cannot reach Grafana at {where}: {_one_line(exc.message)}") from None
    except OSError as exc:  # connection refused, DNS, TLS
        raise PushError(f"cannot reach Grafana at {where}: {_one_line(str(exc))}") from None


def _client_error(exc: GrafanaClientError, where: str, what: str) -> PushError:
    status, reason = exc.status_code, _reason(exc)
    if status == 403:
        return PushError(f"the token may not {what} on {where} (403): it needs the Editor role "
                         f"or folder permissions: {reason}")
    if status == 412:
        return PushError(f"cannot {what}: conflict (412): {reason} (another dashboard with "
                         "the same title in the folder, or a changed version)", fatal=False)
    if status == 400 and "provisioned" in reason.lower():
        return PushError(f"cannot {what}: Grafana at {where} provisions it from files (400); "
                         "update deploy/grafana/dashboards there instead", fatal=False)
    if status == 404:
        return PushError(f"{where} answered 404 to {what}: is this the Grafana base URL?")
    # An odd answer to one dashboard should not stop the others; to the folder step, it does.
    return PushError(f"cannot {what} ({status}): {reason}", fatal=not what.startswith("push "))


def _reason(exc: GrafanaException) -> str:
    response = exc.response
    if isinstance(response, dict):
        text = str(response.get("message") or response)
        if response.get("status"):
            text += f" (status {response['status']})"
        return _one_line(text)
    return _one_line(str(response or exc.message))


def _one_line(text: str, limit: int = 300) -> str:
    return " ".join(text.split())[:limit]
