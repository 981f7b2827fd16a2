"""The docs are generated from the code; these tests fail when they drift apart."""

from pathlib import Path

from streams.cli import cli
from streams.docs import build_schema_markdown, settings_markdown

ROOT = Path(__file__).resolve().parents[2]


def test_readme_settings_table_is_current() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert settings_markdown() in readme, "run: python -m streams.docs settings, paste into README"


def test_schema_doc_is_current() -> None:
    current = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    assert current == build_schema_markdown(), "run: python -m streams.docs schema > docs/schema.md"


def test_readme_names_every_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"grouppulse {name}" in readme
