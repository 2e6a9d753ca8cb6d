"""Issue 21 defect 7: configuration typos and database trouble are one line and exit 2,
never a traceback, and never leave an empty database file behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from backoffice.cli.main import main
from backoffice.platform.config import UnknownConfigKey, load_config
from tests.conftest import make_backoffice


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("BACKOFFICE_DATA_DIR", str(data))
    monkeypatch.delenv("BACKOFFICE_CONFIG", raising=False)
    return data


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "conf" / "backoffice.toml"
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def _one_line(capsys) -> str:
    captured = capsys.readouterr()
    err = captured.err.strip()
    assert err.count("\n") == 0 and "Traceback" not in err, err
    return err


def test_a_typo_in_database_url_is_refused_and_creates_no_database(tmp_path, data_dir, capsys):
    conf = _write(tmp_path, '[database]\nURL = "postgresql+psycopg://backoffice@db.example.lg.jp/bo"\n')
    assert main(["--config", str(conf), "applications", "list"]) == 2
    err = _one_line(capsys)
    assert "unknown key 'URL' in [database]" in err and "did you mean 'url'?" in err
    assert not data_dir.exists()  # no quiet SQLite database in the user's data folder


@pytest.mark.parametrize(("section", "key"), [
    ("intake", "spool_dir"), ("issuance", "cityCode"), ("export", "output"), ("review", "lease"),
    ("security", "idle_lock"), ("calendar", "closure"), ("audit", "keyid"), ("files", "groups"),
])
def test_unknown_keys_are_refused_in_every_section(tmp_path, section, key):
    with pytest.raises(UnknownConfigKey) as refused:
        load_config(_write(tmp_path, f'[{section}]\n{key} = "x"\n'))
    assert (refused.value.section, refused.value.key) == (section, key)
    assert f"unknown key '{key}' in [{section}]" in str(refused.value)


@pytest.mark.parametrize("url", ["mysql://user@host/db", "oracle+cx_oracle://u@h/db", "ftp://files.example/db",
                                 "postgresql+psycopg2://u@h/db", "postgresql://u@h/db"])
def test_an_unsupported_database_url_is_one_line(data_dir, capsys, url):
    assert main(["--db", url, "applications", "list"]) == 2
    assert "unsupported database" in _one_line(capsys)
    assert main(["--db", url, "init"]) == 2
    _one_line(capsys)


def test_an_unreachable_database_is_one_line(data_dir, capsys):
    url = "postgresql+psycopg://backoffice@127.0.0.1:1/backoffice"  # nothing listens on port 1
    for command in (["applications", "list"], ["init"], ["audit", "verify"]):
        assert main(["--db", url, *command]) == 2
        err = _one_line(capsys)
        assert "the database postgresql+psycopg://backoffice@127.0.0.1:1/backoffice" in err, err


def test_an_uninitialised_sqlite_database_is_one_line_and_not_created(tmp_path, data_dir, capsys):
    db = tmp_path / "new" / "backoffice.db"
    for command in (["applications", "list"], ["sync", "--once"], ["audit", "verify"], ["export"]):
        assert main(["--db", f"sqlite:///{db}", *command]) == 2
        err = _one_line(capsys)
        assert "database not initialised" in err and "run 'backoffice init' first" in err
        assert not db.exists() and not db.parent.exists()
    assert main(["--db", f"sqlite:///{db}", "init"]) == 0
    capsys.readouterr()
    assert main(["--db", f"sqlite:///{db}", "applications", "list"]) == 0


def test_an_uninitialised_database_is_one_line_on_both_engines(db_url, data_dir, capsys):
    if db_url.startswith("sqlite"):
        Path(db_url.removeprefix("sqlite:///")).write_bytes(b"")  # an empty file, as a copy gone wrong
    assert main(["--db", db_url, "applications", "list"]) == 2
    assert "database not initialised" in _one_line(capsys)


def test_an_initialised_database_passes_on_both_engines(db_url, tmp_path, data_dir, capsys):
    make_backoffice(db_url, tmp_path).close()
    assert main(["--db", db_url, "applications", "list", "--format", "json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"


def test_the_newest_schema_is_read_from_the_migration_files_as_alembic_reads_it(tmp_path):
    from sqlalchemy import create_engine

    from backoffice.db import migrate, preflight

    engine = create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    try:
        assert preflight.head_revision() == migrate.head_revision(engine) is not None
    finally:
        engine.dispose()


def test_an_outdated_schema_is_one_line(tmp_path, data_dir, capsys):
    from sqlalchemy import create_engine, text

    db = tmp_path / "old.db"
    make_backoffice(f"sqlite:///{db}", tmp_path).close()
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:  # as if the database were left at an older version
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    engine.dispose()
    assert main(["--db", f"sqlite:///{db}", "applications", "list"]) == 2
    err = _one_line(capsys)
    assert "is at schema 0001, this version needs" in err and "run 'backoffice init' to migrate" in err


def test_the_known_keys_and_docs_configuration_md_agree():
    """Every key the configuration accepts is documented, and every documented key is
    accepted (a documented key that is refused, or a silent extra, is drift)."""
    import re

    from backoffice.platform.config import KNOWN_KEYS

    doc = (Path(__file__).resolve().parents[2] / "docs" / "configuration.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([a-z_]+)\.([a-z_]+)` \|", doc, re.M))
    accepted = {(section, key) for section, keys in KNOWN_KEYS.items() for key in keys}
    accepted.discard(("retention", "rule"))  # [[retention.rule]] has its own section in the doc
    assert "[[retention.rule]]" in doc
    assert sorted(accepted - documented) == [] and sorted(documented - accepted) == []
