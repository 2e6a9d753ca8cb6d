"""A smoke walk per role (issue 13): log in through the dialog, visit every page the
navigation shows, click every enabled button with nothing selected. Nothing may raise
(pytest-qt fails the test on an exception in any slot) and the page shown must be the one
chosen. Dialogs a button opens are closed as soon as they appear and counted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from tests.ui.conftest import wait_idle
from tests.ui.factories import make_staff
from tests.ui.test_review_session import _window

ROLES = {
    "reviewer": ["reviewer"],
    "supervisor": ["supervisor"],
    "counter": ["counter"],
    "admin": ["admin"],
    "supervisor+reviewer": ["supervisor", "reviewer"],
}


class ModalCloser:
    """Rejects every modal dialog as soon as it is shown (a file dialog, a question)."""

    def __init__(self) -> None:
        self.closed: list[str] = []
        self.timer = QTimer(interval=50)
        self.timer.timeout.connect(self._close)
        self.timer.start()

    def _close(self) -> None:
        w = QApplication.activeModalWidget()
        if isinstance(w, QDialog) and w.isVisible():
            self.closed.append(w.windowTitle())
            w.reject()

    def stop(self) -> None:
        self.timer.stop()


def _highlighted(win):
    return win.pages.widget(win.nav.currentItem().data(Qt.ItemDataRole.UserRole))


@pytest.mark.parametrize("role", list(ROLES))
def test_every_page_and_button_of_a_role(qtbot, filled, workers, role):
    code = "smoke1"
    make_staff(filled, code, ROLES[role])
    win = _window(qtbot, filled, workers, code)
    closer = ModalCloser()
    try:
        assert win.nav.count() >= 2
        for row in range(win.nav.count()):
            win.nav.setCurrentRow(row)
            wait_idle(qtbot, workers)
            chosen = win.pages.widget(win.nav.item(row).data(Qt.ItemDataRole.UserRole))
            assert win.pages.currentWidget() is chosen, win.nav.item(row).text()
            for button in chosen.findChildren(QPushButton):
                if button.isVisible() and button.isEnabled():
                    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                    wait_idle(qtbot, workers)
                    # a button may open another page (次へ opens an application): the page
                    # shown is still the one the navigation highlights
                    assert win.pages.currentWidget() is _highlighted(win), button.text()
                    if win.pages.currentWidget() is not chosen:
                        win.nav.setCurrentRow(row)
                        wait_idle(qtbot, workers)
                        assert win.pages.currentWidget() is chosen, win.nav.item(row).text()
        # and back to the first page: leaving the last one works too
        win.nav.setCurrentRow(0)
        wait_idle(qtbot, workers)
        assert win.pages.currentWidget() is win.pages.widget(win.nav.item(0).data(Qt.ItemDataRole.UserRole))
    finally:
        closer.stop()
        win.close()
        wait_idle(qtbot, workers)
