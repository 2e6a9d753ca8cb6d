"""Help > Open the log folder (issue 22): every role has it, and it opens the folder the
log files are written to (routed through Qt's own URL handler mechanism, so no file
manager starts during the test)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from backoffice import staff
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
