from datetime import date, time
from pathlib import Path

import pytest

from backoffice.cli.main import main
from backoffice.platform.config import load_config
from backoffice.platform.errors import ConfigError


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "conf" / "backoffice.toml"
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def test_defaults_without_a_file(tmp_path, monkeypatch):
    monkeypatch.setenv("BACKOFFICE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("BACKOFFICE_CONFIG", raising=False)
    monkeypatch.setattr("backoffice.platform.config.user_config_file", lambda: tmp_path / "none.toml")
    cfg = load_config()
    assert cfg.database_url == f"sqlite:///{tmp_path / 'data' / 'backoffice.db'}"
    assert cfg.spool == tmp_path / "data" / "spool"


def test_relative_paths_are_relative_to_the_file(tmp_path):
    p = _write(tmp_path, '''
[database]
url = "sqlite:///db/bo.db"
[intake]
spool = "spool"
gateway_public_keys = ["keys/a.pem", "/abs/b.pem"]
[issuance]
city_code = "271004"
key_id = "city-2027"
[export]
out = "exports"
time = "18:30"
[calendar]
closures = [2026-12-28]
''')
    cfg = load_config(p)
    base = p.parent.resolve()
    assert cfg.database_url == f"sqlite:///{base / 'db' / 'bo.db'}"
    assert cfg.spool == base / "spool"
    assert cfg.gateway_public_keys == (base / "keys" / "a.pem", Path("/abs/b.pem"))
    assert cfg.key_id == "city-2027" and cfg.export_time == time(18, 30)
    assert cfg.closures == (date(2026, 12, 28),)


def test_env_variable_and_db_override(tmp_path, monkeypatch):
    p = _write(tmp_path, '[database]\nurl = "sqlite:///x.db"\n')
    monkeypatch.setenv("BACKOFFICE_CONFIG", str(p))
    assert load_config(db_url="sqlite:////tmp/other.db").database_url == "sqlite:////tmp/other.db"
    assert load_config().database_url.endswith("/conf/x.db")


@pytest.mark.parametrize("text,message", [
    ("[database\nurl = 1", "backoffice.toml"),
    ('[issuance]\ncity_code = 271004\n', "city_code must be 6 digits"),
    ('[databse]\nurl = "sqlite:///x"\n', "unknown section [databse]"),
    ('[export]\ntime = "half past six"\n', "export.time must be HH:MM"),
    ('[review]\nlease_minutes = 0\n', "lease_minutes must be a positive integer"),
    ('[database]\nurl = "not a url"\n', "database.url must be a SQLAlchemy URL"),
])
def test_bad_values_are_one_clear_error(tmp_path, text, message):
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_config(_write(tmp_path, text))


def test_cli_exits_2_with_one_line(tmp_path, capsys):
    p = _write(tmp_path, '[issuance]\ncity_code = "12"\n')
    assert main(["--config", str(p), "applications", "list"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "city_code" in err
    assert main(["--config", str(tmp_path / "missing.toml"), "init"]) == 2
    assert "not found" in capsys.readouterr().err
    assert main(["no-such-command"]) == 2
