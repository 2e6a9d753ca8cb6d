"""Issue 21 defect 7 on the desktop: a configuration typo or an unreachable or unsupported
database is a Japanese message at start-up (exit 2), not a traceback."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.build_translations import build


@pytest.fixture
def compiled_translations():
    build()


def _start_and_read_the_box(qapp, monkeypatch, tmp_path, argv):
    from ui import app as desktop

    monkeypatch.setenv("BACKOFFICE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("BACKOFFICE_CONFIG", raising=False)
    seen: dict[str, str] = {}

    def close_box():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, close_box)
            return
        seen.update(title=box.windowTitle(), text=box.text(), detail=box.detailedText())
        box.done(0)

    QTimer.singleShot(50, close_box)
    try:
        code = desktop.main([*argv, "--lang", "ja"])
    finally:
        from ui import i18n
        i18n.Translation(qapp).install("en")
    return code, seen


def test_a_config_typo_is_a_japanese_message(qapp, compiled_translations, monkeypatch, tmp_path):
    conf = tmp_path / "typo.toml"
    conf.write_text('[database]\nURL = "postgresql+psycopg://bo@db.example.lg.jp/bo"\n', encoding="utf-8")
    code, seen = _start_and_read_the_box(qapp, monkeypatch, tmp_path, ["--config", str(conf)])
    assert code == 2
    assert seen["title"] == "起動できません"
    assert seen["text"].startswith("設定ファイル") and "「URL」" in seen["text"] and "[database]" in seen["text"]
    assert "unknown key 'URL' in [database]" in seen["detail"]  # the exact line for the administrator
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize(("url", "words"), [
    ("postgresql+psycopg://bo@127.0.0.1:1/bo", "データベース（postgresql+psycopg://bo@127.0.0.1:1/bo）に接続できません"),
    ("mysql://bo@db/bo", "設定のデータベース（mysql）には対応していません"),
])
def test_database_trouble_is_a_japanese_message(qapp, compiled_translations, monkeypatch, tmp_path, url, words):
    code, seen = _start_and_read_the_box(qapp, monkeypatch, tmp_path, ["--db", url])
    assert code == 2
    assert seen["text"].startswith(words), seen["text"]
    assert "Traceback" not in seen["detail"]


def test_a_file_that_is_not_a_database_is_a_japanese_message(qapp, compiled_translations, monkeypatch, tmp_path):
    db = tmp_path / "copied.db"
    db.write_bytes(b"this is a spreadsheet, not a database" * 100)
    code, seen = _start_and_read_the_box(qapp, monkeypatch, tmp_path, ["--db", f"sqlite:///{db}"])
    assert code == 2
    assert seen["text"] == f"データベース（sqlite:///{db}）を使用できません。"
    assert "file is not a database" in seen["detail"]
