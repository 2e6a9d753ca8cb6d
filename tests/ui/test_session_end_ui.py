"""Issue 21, defect 3 on the desktop: after `users disable` (here through a second
Backoffice, as on the server), the very next action of the open window — pressing "Next" in
the queue — is refused by the core and ends the session at once, without waiting for the
60-second session check; the login loop then shows the Japanese "session ended" notice."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from backoffice.accounts.permissions import Actor
from backoffice.administration import staff
from backoffice.db.models import Application
from backoffice.platform.context import Backoffice
from tests.ui.conftest import PASSWORD, wait_idle
from ui.login import LoginDialog
from ui.main_window import MainWindow


def test_next_after_disable_ends_the_session_at_once(qtbot, filled, workers):
    dlg = LoginDialog(filled, workers)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.code, "rev1")
    qtbot.keyClicks(dlg.password, PASSWORD)
    with qtbot.waitSignal(dlg.accepted, timeout=15000):
        qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dlg.session is not None
    win = MainWindow(filled, dlg.session, workers, start_sync=False)
    qtbot.addWidget(win)
    win.show()
    wait_idle(qtbot, workers)
    win.guard.timer.stop()  # the periodic check must play no part

    other = Backoffice.open(filled.config)
    try:
        with other.db.write() as s:
            staff.set_disabled(s, Actor(code="os:admin", name="admin", roles=frozenset({"admin"})), "rev1", True)
    finally:
        other.close()
    with qtbot.waitSignal(win.session_ended, timeout=10000):
        qtbot.mouseClick(win.queue_page.next_button, Qt.MouseButton.LeftButton)
    assert win.ended and not win.isVisible()
    with filled.db.read() as s:  # nothing was claimed by the ended session
        assert s.scalar(select(Application).where(Application.claimed_by.is_not(None))) is None


def test_session_ended_notice_is_japanese():
    """The notice app.py shows after an ended session, from the Japanese catalog."""
    from PySide6.QtCore import QTranslator

    from ui.i18n import qm_path

    tr = QTranslator()
    assert tr.load(qm_path("ja"))
    for source in ("Session ended", "Your session was ended. Log in again."):
        text = tr.translate("MainWindow", source)
        assert text and not text.isascii(), source
