"""[database] per_person (issue 19): PostgreSQL only, a real boolean; `--db` with SQLite turns it off."""

from __future__ import annotations

from pathlib import Path

import pytest

from backoffice.platform.config import parse_config
from backoffice.platform.errors import ConfigError

PG = "postgresql+psycopg://backoffice_app@db.city.lg.jp:5432/backoffice?sslmode=verify-full"


def test_per_person_needs_postgresql_and_a_boolean(tmp_path: Path) -> None:
    assert parse_config({"database": {"url": PG}}, tmp_path, "t.toml").per_person is False
    cfg = parse_config({"database": {"url": PG, "per_person": True}}, tmp_path, "t.toml")
    assert cfg.per_person is True
    assert cfg.with_db(PG.replace("db.city", "db2.city")).per_person is True
    assert cfg.with_db(f"sqlite:///{tmp_path / 'x.db'}").per_person is False
    with pytest.raises(ConfigError, match="per_person needs a PostgreSQL"):
        parse_config({"database": {"url": "sqlite:///x.db", "per_person": True}}, tmp_path, "t.toml")
    with pytest.raises(ConfigError, match="per_person needs a PostgreSQL"):
        parse_config({"database": {"per_person": True}}, tmp_path, "t.toml")  # the default is SQLite
    with pytest.raises(ConfigError, match="true or false"):
        parse_config({"database": {"url": PG, "per_person": "yes"}}, tmp_path, "t.toml")
