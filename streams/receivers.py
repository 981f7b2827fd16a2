"""Who gets paged: the receiver list read from ``GROUPPULSE_RECEIVERS``.

One JSON list in one (secret) variable is the easiest thing to write in an env file or a compose
file, and keeps every token in a single ``SecretStr``. Each entry names a receiver type, its URL,
an optional signing secret, and which alerts it wants (kinds, lowest severity). Errors name the
entry's index and field and never echo a value: URLs and secrets are credentials.
"""

from __future__ import annotations

import re
from typing import Literal, get_args
from urllib.parse import urlsplit

import orjson
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)

ALERT_KINDS = (
    "risk",
    "blacklist",
    "spam_campaign",
    "flood",
    "negative_sentiment",
    "dying_group",
    "group_revived",
)
SEVERITIES = ("info", "warning", "critical")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}
ReceiverType = Literal["webhook", "wecom", "dingtalk", "feishu", "slack", "alertmanager"]
_TYPES = frozenset(get_args(ReceiverType))
SIGNED_TYPES = frozenset({"webhook", "dingtalk", "feishu"})
_NAME = re.compile(r"[A-Za-z0-9_.:@#-]{1,64}")


class ReceiverConfig(BaseModel):
    """One receiver. ``kinds`` empty = every kind; ``min_severity`` None = the global setting."""

    model_config = ConfigDict(extra="forbid", frozen=True, hide_input_in_errors=True)

    type: ReceiverType
    url: SecretStr
    secret: SecretStr | None = None
    kinds: tuple[str, ...] = ()
    min_severity: Literal["info", "warning", "critical"] | None = None
    name: str | None = Field(None, description="Shown in metrics and alert_deliveries.")

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: SecretStr) -> SecretStr:
        parts = urlsplit(value.get_secret_value())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("must be an http(s) URL with a host")
        return value

    @field_validator("kinds")
    @classmethod
    def _known_kinds(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = sorted(set(value) - set(ALERT_KINDS))
        if unknown:
            raise ValueError(f"unknown alert kind(s) {unknown}; known: {', '.join(ALERT_KINDS)}")
        return value

    @field_validator("name")
    @classmethod
    def _plain_name(cls, value: str | None) -> str | None:
        if value is not None and not _NAME.fullmatch(value):
            raise ValueError("1-64 letters, digits or _ . : @ # - (it is stored and logged)")
        return value

    @model_validator(mode="after")
    def _secret_only_where_signed(self) -> ReceiverConfig:
        if self.secret is not None and self.type not in SIGNED_TYPES:
            raise ValueError(f"secret: {self.type} receivers are not signed "
                             f"(only {', '.join(sorted(SIGNED_TYPES))} are)")
        return self


def parse_receivers(text: str) -> list[ReceiverConfig]:
    """The receivers in ``text`` (a JSON list), or ValueError saying which entry and field."""
    try:
        items = orjson.loads(text) if text.strip() else []
    except orjson.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    if not isinstance(items, list):
        raise ValueError("must be a JSON list of receiver objects")
    receivers, problems = [], []
    for index, item in enumerate(items):
        try:
            receivers.append(ReceiverConfig.model_validate(item))
        except ValidationError as exc:
            kind = item.get("type") if isinstance(item, dict) else None
            kind = kind if kind in _TYPES else "?"  # whatever else it is, it is not echoed
            for error in exc.errors(include_input=False, include_url=False):
                field = ".".join(str(part) for part in error["loc"])
                message = error["msg"].removeprefix("Value error, ")
                problems.append(f"receiver {index} ({kind}) " +
                                (f"{field}: {message}" if field else message))
    names = [r.name for r in receivers if r.name]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        problems.append(f"receiver names must be unique: {duplicates}")
    if problems:
        raise ValueError("; ".join(problems))
    return receivers
