from pathlib import Path

import pytest
from pydantic import ValidationError

from streams.settings import Settings, redact_url


def test_defaults_point_at_an_embedded_chdb_under_the_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GROUPPULSE_DATA_DIR", str(tmp_path))
    settings = Settings()
    assert settings.dsn == f"chdb://{tmp_path.resolve()}/clickhouse"
    assert settings.is_embedded_clickhouse
    assert settings.topic_events == "group-events"
    assert settings.topic_dead_letters == "group-events-dlq"


def test_environment_overrides_and_secret_is_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GROUPPULSE_CLICKHOUSE_DSN", "http://writer:s3cret@ch:8123")
    monkeypatch.setenv("GROUPPULSE_TOPIC_PARTITIONS", "16")
    monkeypatch.setenv("GROUPPULSE_BROKER_URL", "kafka://k1:9092,kafka://k2:9092")
    settings = Settings()
    assert settings.topic_partitions == 16
    assert settings.bootstrap_servers == ["k1:9092", "k2:9092"]
    assert settings.dsn == "http://writer:s3cret@ch:8123"
    assert "s3cret" not in repr(settings) and "s3cret" not in str(settings.model_dump())
    assert settings.dsn_for_display == "http://writer:***@ch:8123"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("GROUPPULSE_TOPIC_PARTITIONS", "0"),
        ("GROUPPULSE_BROKER_URL", "localhost:9092"),
        ("GROUPPULSE_CLICKHOUSE_DATABASE", "drop table;"),
        ("GROUPPULSE_DEAD_LETTER_MAX_RATIO", "1.5"),
        ("GROUPPULSE_LOG_LEVEL", "loud"),
    ],
)
def test_bad_values_are_refused(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError):
        Settings()


def test_redact_url_leaves_passwordless_urls_alone() -> None:
    assert redact_url("chdb:///data/ch") == "chdb:///data/ch"
    assert redact_url("https://u:p@h:8443/db?x=1") == "https://u:***@h:8443/db?x=1"


def test_worker_subprocess_gets_real_secrets_not_masks(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from streams.embedded import worker_env

    monkeypatch.setenv("GROUPPULSE_DATA_DIR", str(tmp_path))
    settings = Settings(webhook_urls="https://hooks.example/t/abc123", clickhouse_dsn="http://w:pw@ch:8123")
    env = worker_env(settings)
    assert env["GROUPPULSE_WEBHOOK_URLS"] == "https://hooks.example/t/abc123"
    assert env["GROUPPULSE_CLICKHOUSE_DSN"] == "http://w:pw@ch:8123"
    assert settings.webhook_list == ["https://hooks.example/t/abc123"]
