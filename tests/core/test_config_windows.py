"""Issue 22 item 4: one Windows deployment model in the defaults. The machine-wide file
(%ProgramData%\\backoffice\\backoffice.toml) is found without --config and wins over a
user's own file; it must name the database and the shared folders (no account falls back
to a per-user SQLite file); unnamed read-only paths lie beside it; key ids may carry
{host}/{user}; and docs/samples/backoffice-windows.toml loads through the real loader."""

from __future__ import annotations

import getpass
import re
import shutil
import socket
from pathlib import Path

import pytest

from backoffice.platform import config
from backoffice.platform.config import load_config
from backoffice.platform.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "docs" / "samples" / "backoffice-windows.toml"
HOST = re.sub(r"[^A-Za-z0-9._-]", "-", socket.gethostname()).strip(".-_")


@pytest.fixture
def site(tmp_path, monkeypatch) -> Path:
    """Where this test's machine-wide file lives (C:\\ProgramData\\backoffice on Windows)."""
    folder = tmp_path / "ProgramData" / "backoffice"
    folder.mkdir(parents=True)
    monkeypatch.setattr(config, "site_config_file", lambda: folder / "backoffice.toml")
    monkeypatch.setattr(config, "site_shared_by_accounts", lambda: True)  # as on Windows
    monkeypatch.setattr(config, "user_config_file", lambda: tmp_path / "AppData" / "config.toml")
    monkeypatch.delenv("BACKOFFICE_CONFIG", raising=False)
    return folder / "backoffice.toml"


def test_the_sample_loads_as_the_machine_wide_file(site):
    shutil.copy(SAMPLE, site)
    cfg = load_config()  # no --config, no BACKOFFICE_CONFIG: the machine-wide file
    assert cfg.source == str(site)
    assert cfg.database_url.startswith("postgresql+psycopg://backoffice_app@")
    assert "sslmode=verify-full" in cfg.database_url and "sslrootcert=" in cfg.database_url
    assert cfg.key_id == f"city-2026-{HOST}"[:64] and "{" not in cfg.key_id
    assert cfg.checkpoint_key_id == f"audit-{HOST}"[:64]
    assert cfg.export_time is not None and cfg.retention and cfg.log_dir is None
    assert str(cfg.spool).endswith("spool") and str(cfg.export_out).endswith("exports")


def test_the_machine_wide_file_wins_over_a_users_own(site, tmp_path):
    site.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    user = tmp_path / "AppData" / "config.toml"
    user.parent.mkdir()
    user.write_text('[database]\nurl = "sqlite:///mine.db"\n', encoding="utf-8")
    assert load_config().source == str(site)
    site.unlink()  # a trial PC without the machine-wide file: the user's file as before
    assert load_config().source == str(user)
    user.unlink()  # and without either, the built-in defaults (SQLite in the user's data folder)
    assert load_config().database_url.startswith("sqlite:///")


def test_the_machine_wide_file_must_name_what_accounts_share(site):
    site.write_text('[issuance]\ncity_code = "271004"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"must name database\.url, intake\.spool, export\.out, "
                                          r"audit\.checkpoint_dir"):
        load_config()
    with pytest.raises(ConfigError, match="must name database.url"):
        load_config(site)  # also when named with --config


def test_elsewhere_the_machine_wide_file_need_not_name_them(site, monkeypatch):
    """The boundary server's gateway needs no database: off Windows nothing is required."""
    monkeypatch.setattr(config, "site_shared_by_accounts", lambda: False)
    site.write_text('[issuance]\ncity_code = "271004"\n', encoding="utf-8")
    assert load_config().source == str(site)


def test_read_only_paths_default_beside_the_machine_wide_file(site):
    site.write_text('[database]\nurl = "postgresql+psycopg://backoffice_app@db/backoffice"\n'
                    '[intake]\nspool = "//fs/spool"\n[export]\nout = "//fs/exports"\n'
                    '[audit]\ncheckpoint_dir = "//fs/audit"\n', encoding="utf-8")
    cfg = load_config()
    assert cfg.gateway_public_keys == (site.parent.resolve() / "keys" / "gateway.pub.pem",)
    assert cfg.trust_anchors == (site.parent.resolve() / "keys" / "jpki-root.pem",)


def test_key_id_placeholders(tmp_path):
    user = re.sub(r"[^A-Za-z0-9._-]", "-", getpass.getuser()).strip(".-_")

    def key_id(value: str) -> str:
        path = tmp_path / "c.toml"
        path.write_text(f'[issuance]\nkey_id = "{value}"\n', encoding="utf-8")
        return load_config(path).key_id

    assert key_id("city-2026-{host}-{user}") == f"city-2026-{HOST}-{user}"
    assert key_id("city-2026") == "city-2026"
    with pytest.raises(ConfigError, match=r"unknown placeholder \{pc\}"):
        key_id("city-{pc}")
    with pytest.raises(ConfigError, match="1-64 letters"):
        key_id("x" * 60 + "{host}" + "y" * 10)


def test_edited_resources_beside_the_machine_wide_file_win(site, monkeypatch):
    """A new version replaces the bundled resources; the city's edited copies in
    C:\\ProgramData\\backoffice\\resources stay and are used instead (admin guide 2.4)."""
    from backoffice.platform.resources import resource_path, resource_root

    monkeypatch.delenv("BACKOFFICE_RESOURCES", raising=False)
    edited = site.parent / "resources" / "reason_templates.toml"
    assert resource_path("reason_templates.toml") == resource_root() / "reason_templates.toml"
    edited.parent.mkdir()
    edited.write_text((resource_root() / "reason_templates.toml").read_text(encoding="utf-8"), encoding="utf-8")
    assert resource_path("reason_templates.toml") == edited
    assert resource_path("procedures.toml") == resource_root() / "procedures.toml"  # not edited
    monkeypatch.setenv("BACKOFFICE_RESOURCES", str(site.parent / "elsewhere"))
    assert resource_path("reason_templates.toml") == resource_root() / "reason_templates.toml"


def test_a_pc_on_an_older_version_than_the_database_says_so(tmp_path):
    """Roll-out half done (admin guide 2.4): one line, not Alembic's "Can't locate revision"."""
    from sqlalchemy import text

    from backoffice.db import migrate
    from backoffice.db.engine import make_engine
    from backoffice.platform.errors import UsageError

    engine = make_engine(f"sqlite:///{tmp_path / 'b.db'}")
    try:
        migrate.upgrade(engine)
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        with pytest.raises(UsageError, match="schema 9999, newer than this version knows .*install the new version"):
            migrate.upgrade(engine)
    finally:
        engine.dispose()


def test_certificate_fonts_beside_the_machine_wide_file_are_found(site, monkeypatch):
    """Admin guide 2.1 step 4: the fonts go to C:\\ProgramData\\backoffice\\resources\\fonts\\."""
    from backoffice.issuance.pattern import FONT_SOURCES, font_path

    monkeypatch.delenv("BACKOFFICE_RESOURCES", raising=False)
    env, filename, _system, _ = FONT_SOURCES["mincho"]
    monkeypatch.delenv(env, raising=False)
    placed = site.parent / "resources" / "fonts" / filename
    placed.parent.mkdir(parents=True)
    placed.write_bytes(b"a font file")
    assert font_path("mincho") == placed
