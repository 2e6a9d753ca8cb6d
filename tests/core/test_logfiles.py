"""Log files (issue 22 item 2): where they are, rotation, mode, no personal data, and the
admin guides' log lines exist in the code.

Before: nothing wrote a file (the desktop and the agent logged to standard error only)."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from backoffice.cli.main import main
from backoffice.platform import logsetup
from backoffice.platform.config import parse_config

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _restore_logging():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for h in list(root.handlers):
        if h not in handlers:
            root.removeHandler(h)
            h.close()
    root.setLevel(level)
    logsetup._installed = logsetup._console = None


def _config(tmp_path: Path, extra: str = "") -> Path:
    cfg = tmp_path / "config.toml"
    cfg.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "d.db"}"\n[logging]\ndir = "logs"\n{extra}',
                   encoding="utf-8")
    return cfg


def test_the_demo_writes_a_private_log_without_the_applicants_names(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BACKOFFICE_DATA_DIR", str(tmp_path / "data"))
    cfg = _config(tmp_path)
    assert main(["--config", str(cfg), "--log-level", "debug", "demo", "--count", "12"]) == 0
    log_file = tmp_path / "logs" / "backoffice.log"
    text = log_file.read_text(encoding="utf-8")
    assert "INFO backoffice: backoffice demo (pid" in text
    assert "backoffice.gateway.bundler: raw submission sub-00001 -> bundle" in text
    assert "DEBUG" in text  # --log-level debug reached the file
    if os.name == "posix":
        assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700
    with sqlite3.connect(tmp_path / "d.db") as db:
        people = db.execute("SELECT applicant_name, applicant_kana, address FROM applications").fetchall()
        signers = db.execute("SELECT id FROM revisions").fetchall()
    assert len(people) >= 8
    values = {v for row in people for v in row if v}
    assert values, "the demo made no applicants"
    for value in values:
        assert value not in text, f"personal data in the log: {value}"
        for part in value.split():  # a family name alone is personal data too
            if len(part) >= 2 and not part.isascii():
                assert part not in text, f"part of a name or address in the log: {part}"
    assert signers


def test_a_failed_name_check_is_logged_without_the_names(caplog):
    from backoffice.intake.applicant_sig import _check_name, _result

    check = _check_name("別人 太郎", {"applicant": {"name": "山田 太郎"}})
    with caplog.at_level(logging.INFO, logger="backoffice.intake.applicant_sig"):
        _result([check], "別人 太郎")
    assert "applicant signature check name failed" in caplog.text
    assert "山田" not in caplog.text and "別人" not in caplog.text


def test_log_files_rotate_at_the_configured_size_and_count(tmp_path):
    config = parse_config({"logging": {"dir": "logs", "max_bytes": 10_000, "backups": 2}}, tmp_path, "x.toml")
    path = logsetup.setup("agent", "INFO", config)
    assert path == tmp_path / "logs" / "agent.log"
    log = logging.getLogger("backoffice.test_rotation")
    for i in range(400):
        log.info("cycle %04d %s", i, "x" * 60)
    files = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert files == ["agent.log", "agent.log.1", "agent.log.2"]
    assert all((tmp_path / "logs" / f).stat().st_size <= 10_000 for f in files)
    if os.name == "posix":  # every file made by a rotation is private too
        assert {stat.S_IMODE((tmp_path / "logs" / f).stat().st_mode) for f in files} == {0o600}
    assert "cycle 0399" in path.read_text(encoding="utf-8")


def test_logging_keys_are_checked(tmp_path):
    from backoffice.platform.errors import ConfigError

    with pytest.raises(ConfigError, match="logging.max_bytes"):
        parse_config({"logging": {"max_bytes": 10}}, tmp_path, "x.toml")
    with pytest.raises(ConfigError, match="unknown key 'backup' in \\[logging\\]"):
        parse_config({"logging": {"backup": 3}}, tmp_path, "x.toml")


def test_a_configuration_error_is_logged_in_the_default_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BACKOFFICE_LOG_DIR", str(tmp_path / "default-logs"))
    bad = tmp_path / "bad.toml"
    bad.write_text('[logging]\nmax_bytes = "big"\n', encoding="utf-8")
    assert main(["--config", str(bad), "applications", "list"]) == 2
    text = (tmp_path / "default-logs" / "backoffice.log").read_text(encoding="utf-8")
    assert "ERROR backoffice: configuration: " in text and "logging.max_bytes" in text


def test_the_filter_masks_database_parameters_and_quoted_names(tmp_path):
    path = logsetup.setup("cli", "INFO", parse_config({"logging": {"dir": "logs"}}, tmp_path, "x.toml"))
    log = logging.getLogger("backoffice.test_filter")
    log.error("(sqlite3.IntegrityError) NOT NULL failed\n[SQL: INSERT INTO applications ...]\n"
              "[parameters: ('OSK-1', '山田 太郎', '大阪市北区')]\n(Background on this error at: x)")
    log.warning("the certificate's common name '佐藤 花子' does not match applicant.name '山田 太郎'")
    text = path.read_text(encoding="utf-8")
    assert "山田" not in text and "佐藤" not in text and "大阪市北区" not in text
    assert "[parameters: hidden]" in text and "common name '***'" in text


def test_the_sqlite_engine_hides_parameters_in_errors(tmp_path):
    from sqlalchemy import text

    from backoffice.db.engine import make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'e.db'}")
    with engine.begin() as c:
        c.execute(text("CREATE TABLE t (x INTEGER UNIQUE)"))
        c.execute(text("INSERT INTO t VALUES (1)"))
    with pytest.raises(Exception) as err, engine.begin() as c:
        c.execute(text("INSERT INTO t VALUES (:v)"), {"v": 1})
    assert "hidden" in str(err.value) and "'v': 1" not in str(err.value)
    engine.dispose()


_LOG_LINE = re.compile(r"`(DEBUG|INFO|WARNING|ERROR|CRITICAL) ([a-z_.]+): ([^`]+)`")


def _module_file(logger: str) -> Path:
    if logger == "backoffice":
        return ROOT / "backoffice" / "cli" / "main.py"  # the command line's own logger
    return ROOT / (logger.replace(".", "/") + ".py")


@pytest.mark.parametrize("guide", ["admin-guide-en.md", "admin-guide-ja.md"])
def test_the_log_lines_the_guides_quote_exist_in_the_code(guide):
    doc = (ROOT / "docs" / guide).read_text(encoding="utf-8")
    quoted = _LOG_LINE.findall(doc)
    assert len(quoted) >= 10, "the troubleshooting section quotes the log lines"
    for _level, logger, message in quoted:
        source = _module_file(logger)
        assert source.exists(), f"{guide}: no module for logger {logger}"
        code = source.read_text(encoding="utf-8")
        for piece in message.split("…"):
            piece = piece.strip()
            assert len(piece) < 3 or piece in code, f"{guide}: {logger}: {piece!r} is not in {source.name}"


def test_both_programs_take_log_level():
    from ui.app import parse_args

    assert parse_args(["--log-level", "debug"]).log_level == "DEBUG"
    with pytest.raises(SystemExit):
        parse_args(["--log-level", "loud"])
    assert sys.modules["backoffice.cli.main"].build_parser().parse_args(
        ["--log-level", "warning", "init"]).log_level == "WARNING"


def test_the_console_follows_standard_error_when_it_is_replaced(monkeypatch):
    """A process that runs main() more than once (the tests: each with its own captured
    stderr) must not keep writing to a closed stream: '--- Logging error ---' appeared on
    the next command's standard error."""
    import io
    import logging
    import sys

    from backoffice.platform import logsetup

    first = io.StringIO()
    monkeypatch.setattr(sys, "stderr", first)
    logsetup.console(logging.WARNING)
    first.close()  # the first command's captured stream is gone
    second = io.StringIO()
    monkeypatch.setattr(sys, "stderr", second)
    logging.getLogger("backoffice.test").warning("said once")
    assert "said once" in second.getvalue()
    assert "Logging error" not in second.getvalue()


def test_a_second_start_in_one_process_keeps_one_console_and_one_file(tmp_path, capsys):
    """A command's error line appeared twice on standard error when an earlier start in the
    same process had left its console handler on the root logger while the module forgot it
    (as a test's clean-up did): each start now removes whatever handler of its own kind is
    there."""
    import logging

    from backoffice.platform import logsetup

    config = parse_config({"logging": {"dir": "logs"}}, tmp_path, "x.toml")
    logsetup.console(logging.WARNING)
    logsetup.setup("cli", "INFO", config)
    logsetup._installed = logsetup._console = None  # forgotten, still on the root logger
    logsetup.console(logging.WARNING)
    logsetup.setup("cli", "INFO", config)
    root = logging.getLogger()
    assert sum(isinstance(h, logsetup._Stderr) for h in root.handlers) == 1
    assert sum(isinstance(h, logsetup.PrivateRotatingFileHandler) for h in root.handlers) == 1
    capsys.readouterr()
    logging.getLogger("backoffice.test").error("said once")
    assert capsys.readouterr().err.count("said once") == 1
