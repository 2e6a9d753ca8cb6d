"""Help > Open the log folder (issue 22): every role has it, and it opens the folder the
log files are written to (routed through Qt's own URL handler mechanism, so no file
manager starts during the test)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from backoffice.administration import staff
from tests.ui.conftest import PASSWORD, wait_idle
from ui.main_window import MainWindow


class _Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_help_menu_opens_the_log_folder(qtbot, filled, people, workers, tmp_path):
    filled.config = replace(filled.config, log_dir=tmp_path / "the-logs")
    opened = _Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        for code in ("cnt1", "rev1", "sup1"):
            session = staff.login(filled.db, code, PASSWORD, "ws")
            win = MainWindow(filled, session, workers, start_sync=False)
            qtbot.addWidget(win)
            menus = {a.text(): a.menu() for a in win.menuBar().actions()}
            assert "&Help" in menus, f"{code}: no Help menu"
            action = next(a for a in menus["&Help"].actions() if a.objectName() == "openLogFolderAction")
            assert action.text() == "Open the log folder"
            action.trigger()
            win.close()
            wait_idle(qtbot, workers)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in opened.urls] == [str(tmp_path / "the-logs")] * 3
    assert (tmp_path / "the-logs").is_dir()  # made when it did not exist yet


@pytest.fixture
def _own_logging():
    import logging

    from backoffice.platform import logsetup

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for h in list(root.handlers):
        if h not in handlers:
            root.removeHandler(h)
            h.close()
    root.setLevel(level)
    logsetup._installed = logsetup._console = None


@pytest.mark.qt_no_exception_capture  # the test raises one on purpose, for the desktop's hook
def test_the_desktop_writes_desktop_log(qapp, monkeypatch, tmp_path, _own_logging):
    """A start (the installer's self-test) and a start that fails on the configuration."""
    import sys

    from ui import app as desktop

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() wraps it; restored after the test
    monkeypatch.setenv("BACKOFFICE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("BACKOFFICE_LOG_DIR", str(tmp_path / "default-logs"))
    good = tmp_path / "good.toml"
    good.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "d.db"}"\n[logging]\ndir = "logs"\n', encoding="utf-8")
    assert desktop.main(["--config", str(good), "--self-test", "--log-level", "debug", "--lang", "en"]) == 0
    text = (tmp_path / "logs" / "desktop.log").read_text(encoding="utf-8")
    assert "INFO ui.app: backoffice-desktop started (pid " in text
    try:
        raise ValueError("a slot went wrong")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)  # what Qt calls for an uncaught one
    text = (tmp_path / "logs" / "desktop.log").read_text(encoding="utf-8")
    assert "CRITICAL ui.app: uncaught exception" in text and "ValueError: a slot went wrong" in text

    bad = tmp_path / "bad.toml"
    bad.write_text('[database]\nURL = "sqlite:///x.db"\n', encoding="utf-8")

    def close_box():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.done(0)
        else:
            QTimer.singleShot(50, close_box)

    QTimer.singleShot(50, close_box)
    assert desktop.main(["--config", str(bad), "--lang", "en"]) == 2
    failed = (tmp_path / "default-logs" / "desktop.log").read_text(encoding="utf-8")
    assert "WARNING ui.app: cannot start: " in failed and "unknown key 'URL' in [database]" in failed


def test_the_menu_reads_in_japanese(qapp):
    from PySide6.QtCore import QCoreApplication

    from ui import i18n
    from ui.build_translations import build

    build()
    t = i18n.Translation(qapp)
    try:
        assert t.install("ja")
        assert QCoreApplication.translate("LogFolder", "Open the log folder") == "ログフォルダを開く"
        assert QCoreApplication.translate("MainWindow", "&Help") == "ヘルプ(&H)"
    finally:
        t.install("en")
