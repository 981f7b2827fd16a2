"""One settings object for every command and worker.

Read once from the environment (prefix ``GROUPPULSE_``) and passed down; nothing else in the
project reads environment variables. Secrets are ``SecretStr`` so they print as ``**********``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from streams.detect.health import health_rule_overrides
from streams.receivers import ReceiverConfig, parse_receivers


def default_data_dir() -> Path:
    """``$XDG_DATA_HOME/grouppulse``, else ``~/.local/share/grouppulse``."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "grouppulse"


class Settings(BaseSettings):
    """Every knob of grouppulse. The README's settings table documents each field."""

    # hide_input_in_errors: a bad value may be a secret (a URL with its token), never echo it
    model_config = SettingsConfigDict(
        env_prefix="GROUPPULSE_", extra="ignore", hide_input_in_errors=True
    )

    data_dir: Path = Field(
        default_factory=default_data_dir,
        description="Where embedded runs keep the chDB database and logs.",
    )
    broker_url: str = Field(
        "kafka://127.0.0.1:9092",
        description="Kafka bootstrap servers, comma separated, as kafka://host:port.",
    )
    clickhouse_dsn: SecretStr | None = Field(
        None,
        description="chdb:///abs/path (embedded) or http(s)://user:pass@host:port (server).",
    )
    clickhouse_database: str = Field("grouppulse", description="ClickHouse database name.")
    clickhouse_server: str = Field(
        "",
        description="host:port of a shared ClickHouse access point (`grouppulse "
        "clickhouse-server`) that owns the ClickHouse of the DSN: workers write and query "
        "through it, so several embedded workers share one chDB directory. Empty: each worker "
        "opens ClickHouse itself.",
    )
    clickhouse_server_key: SecretStr | None = Field(
        None,
        description="Key that the access point and its workers must share (secret; "
        "required with clickhouse_server).",
    )

    app_id: str = Field("grouppulse", description="Faust app id = Kafka consumer group.")
    topic_events: str = Field("group-events", description="Input topic, key = group_id.")
    topic_dead_letters: str = Field(
        "group-events-dlq", description="Bad input with the reason and the original bytes."
    )
    topic_alerts: str = Field("alerts", description="One record per alert, key = dedup key.")
    topic_moderation_hits: str = Field("moderation-hits", description="Moderation hit records.")
    topic_campaign_sightings: str = Field(
        "campaign-sightings",
        description="Ad-like messages from every worker, one partition, for campaign detection.",
    )
    topic_strikes: str = Field(
        "strikes", description="Rejected messages keyed by user: the cross-group strike ladder."
    )
    topic_actions: str = Field(
        "actions", description="Enforcement actions (warn, mute, kick) for a bot or a person."
    )
    topic_blacklist: str = Field(
        "blacklist", description="Compacted topic: the global blacklist, key = user_id."
    )
    topic_health_state: str = Field(
        "health-state",
        description="Compacted topic: saved group health state per group (key = group_id), "
        "partitioned like the input; read back when a partition is assigned.",
    )
    live_clock: bool = Field(
        True,
        description="Live mode: when a partition has had no event for health_idle_seconds, "
        "its event-time clock moves on with wall-clock time (silence is noticed without "
        "traffic). `grouppulse replay` turns it off: event time only.",
    )
    health_idle_seconds: float = Field(
        60.0, gt=0, description="Wall-clock seconds without events before the live clock ticks."
    )
    health_rules: str = Field(
        "",
        description="JSON object overriding defaults of the health judgement (README, Group "
        'health), e.g. {"dying_below": 0.15, "dead_hours": 48, "dying_z": 2.5}.',
    )
    topic_partitions: int = Field(8, ge=1, description="Partitions of the input topic.")
    topic_replication: int = Field(1, ge=1, description="Replication factor of created topics.")

    full_collection_seconds: float = Field(
        600.0, ge=0,
        description="The worker runs Python's full garbage collection on this timer instead "
        "of Python's own schedule (every few seconds under load, each a 100-200 ms stall of "
        "the worker with a day of state); 0 keeps Python's schedule.",
    )
    take_seconds: float = Field(
        0.05, gt=0, le=5,
        description="Longest time an event waits before it is analysed and its alerts are "
        "sent (rows are written on their own cadence, sink_flush_seconds). 0.05 with a 50 ms "
        "fetch wait: alert p99 0.37-0.67 s against 0.55-0.89 s with 0.1 and 100 ms, same "
        "maximum rate (bench/latency.py, runs alternated).",
    )
    sink_batch_size: int = Field(5000, ge=1, description="Rows per ClickHouse insert (max).")
    sink_flush_seconds: float = Field(
        1.0, gt=0, le=30, description="Longest time an event waits before its batch is written."
    )
    state_save_seconds: float = Field(
        3.0, ge=0, le=60,
        description="How often each touched group's state (health windows, moderation's "
        "member windows) is saved to the state topic (at a write, and when quiet). Offsets "
        "are committed only up to the last save; 0 saves with every write.",
    )
    sink_retry_max_seconds: float = Field(
        30.0, gt=0, description="Cap of the exponential backoff between failed writes."
    )
    sink_fault_file: Path | None = Field(
        None,
        description="Fault injection for drills and tests: while this file exists every "
        "ClickHouse insert fails (the worker must pause and catch up, losing nothing).",
    )

    max_event_bytes: int = Field(65536, ge=256, description="Larger events are dead-lettered.")
    consumer_fetch_bytes: int = Field(
        65536,
        ge=1024,
        description="Bytes fetched per partition per request: small keeps partitions in step "
        "in event time when replaying a backlog.",
    )
    consumer_fetch_wait_ms: int = Field(
        50, ge=1, le=1500,
        description="Longest time the broker may hold a fetch that finds no new record. "
        "Kafka answers early when a record arrives; Tansu (embedded) waits it out, so this "
        "bounds how long an event can sit unread (Faust's own value is 1,500 ms).",
    )
    faust_sensors: bool = Field(
        False,
        description="Faust's own per-event sensors and their faust_* metrics (messages, "
        "events runtime, send latency); off, they cost about 9 % of the worker's time.",
    )
    dead_letter_window: int = Field(
        1000, ge=10, description="How many recent events the dead-letter ratio looks at."
    )
    dead_letter_max_ratio: float = Field(
        0.5,
        gt=0,
        le=1,
        description="Halt the worker when more than this share of the window is bad input.",
    )

    embedded_broker_port: int = Field(
        0, ge=0, le=65535, description="Port of the embedded Tansu broker (0 = any free port)."
    )
    custom_lexicons: str = Field(
        "",
        description="Extra lexicon/allowlist files (comma separated), merged over the bundled "
        "lexicon and hot-reloaded when they change.",
    )
    lexicon_reload_seconds: float = Field(
        10.0, gt=0, description="How often workers check the custom lexicon files for changes."
    )
    moderation_model: bool = Field(
        True,
        description="The learned moderation model (README, Moderation) adds a `review` hit "
        "(rule `model:<category>`) for risk content the lexicon did not find; false: lexicon "
        "and rules only.",
    )
    webhook_urls: SecretStr | None = Field(
        None,
        description="Generic JSON webhooks paged for alerts (comma separated; secret: URLs "
        "carry tokens).",
    )
    notify_min_severity: str = Field(
        "warning",
        description="Lowest severity that pages: info, warning or critical (the default of "
        "every receiver).",
    )
    receivers: SecretStr | None = Field(
        None,
        description="Receivers paged for alerts, a JSON list of {type, url, secret, kinds, "
        "min_severity, name}; type is webhook, wecom, dingtalk, feishu, slack or alertmanager "
        "(secret: URLs carry tokens). See the README's paging section.",
    )
    grafana_link_url: str = Field(
        "",
        description="Grafana address that on-call staff open, for the dashboard link in pages "
        "(empty: GROUPPULSE_GRAFANA_URL).",
    )
    web_host: str = Field("127.0.0.1", description="Bind address of the worker's web server.")
    web_port: int = Field(6066, ge=0, le=65535, description="Worker web port: /metrics, /query.")
    broker_session_timeout: float = Field(
        6.0, gt=0,
        description="Seconds before a dead worker's partitions move elsewhere (6: the least "
        "Kafka brokers accept by default). Embedded runs (demo, replay, tests) use 3 unless "
        "this is set: on Tansu a killed worker's successor then forms the group once, not "
        "twice.",
    )
    commit_interval: float = Field(1.0, gt=0, description="Seconds between offset commits.")
    grafana_url: str = Field(
        "http://127.0.0.1:3000", description="Grafana that `dashboards push` publishes to."
    )
    grafana_token: SecretStr | None = Field(
        None, description="Grafana service-account token (Editor) for `dashboards push`; secret."
    )
    log_level: str = Field("info", description="crit, error, warn, info or debug.")

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        value = value.lower()
        if value not in {"crit", "error", "warn", "info", "debug"}:
            raise ValueError("must be one of crit, error, warn, info, debug")
        return value

    @field_validator("clickhouse_database")
    @classmethod
    def _identifier(cls, value: str) -> str:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", value):
            raise ValueError("letters, digits and _ only, not starting with a digit")
        return value

    @field_validator("notify_min_severity")
    @classmethod
    def _severity(cls, value: str) -> str:
        if value not in ("info", "warning", "critical"):
            raise ValueError("must be info, warning or critical")
        return value

    @field_validator("receivers")
    @classmethod
    def _receivers(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            parse_receivers(value.get_secret_value())  # names the bad entry, never its values
        return value

    @field_validator("health_rules")
    @classmethod
    def _health_rules(cls, value: str) -> str:
        health_rule_overrides(value)  # names the unknown rule or the bad value
        return value

    @field_validator("clickhouse_server")
    @classmethod
    def _host_port(cls, value: str) -> str:
        if value:
            host, sep, port = value.rpartition(":")
            if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
                raise ValueError("expected host:port, e.g. 127.0.0.1:7070")
        return value

    @field_validator("broker_url")
    @classmethod
    def _kafka_url(cls, value: str) -> str:
        for part in value.split(","):
            scheme = part.strip().split("://", 1)[0] if "://" in part else ""
            if scheme not in {"kafka", "aiokafka"}:
                raise ValueError(f"expected kafka://host:port, got {part.strip()!r}")
        return value

    @property
    def dsn(self) -> str:
        """The effective ClickHouse DSN (a secret: never log it, log ``dsn_for_display``)."""
        if self.clickhouse_dsn is not None:
            return self.clickhouse_dsn.get_secret_value()
        return f"chdb://{(self.data_dir / 'clickhouse').resolve()}"

    @property
    def dsn_for_display(self) -> str:
        """The DSN with any password replaced by ``***``."""
        return redact_url(self.dsn)

    @property
    def webhook_list(self) -> list[str]:
        if self.webhook_urls is None:
            return []
        return [u.strip() for u in self.webhook_urls.get_secret_value().split(",") if u.strip()]

    @property
    def receiver_list(self) -> list[ReceiverConfig]:
        if self.receivers is None:
            return []
        return parse_receivers(self.receivers.get_secret_value())

    @property
    def dashboard_link_base(self) -> str:
        """Where page links point: the address people open, else the one pushed to."""
        return (self.grafana_link_url or self.grafana_url).rstrip("/")

    @property
    def custom_lexicon_paths(self) -> list[Path]:
        return [Path(p.strip()) for p in self.custom_lexicons.split(",") if p.strip()]

    @property
    def is_embedded_clickhouse(self) -> bool:
        return self.dsn.startswith("chdb:")

    @property
    def bootstrap_servers(self) -> list[str]:
        """``host:port`` list for aiokafka clients."""
        return [part.strip().split("://", 1)[1] for part in self.broker_url.split(",")]


def redact_url(url: str) -> str:
    """Hide the password of ``scheme://user:password@host`` for logs and error messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = f"{parts.username}:***@{parts.hostname}"
    if parts.port is not None:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
