"""Everyday things (issue 13 defect 10): the login delay counts down, log out / switch
user, quit asks before typed text is lost, buttons that can do nothing are disabled, the
counter clerk starts on the counter page, identity documents of 2026."""

from __future__ import annotations

import re
import socket
from datetime import timedelta

from PySide6.QtWidgets import QDialogButtonBox

from backoffice import staff
from backoffice.db.models import LoginThrottle
from backoffice.errors import AuthenticationError
from backoffice.timeutil import utcnow
from ui.login import LoginDialog


def test_login_delay_counts_down_and_gives_the_button_back(qtbot, ui_bo, people, workers):
    host = socket.gethostname()  # the dialog logs in as this workstation
    for _ in range(staff.FREE_ATTEMPTS):
        try:
            staff.login(ui_bo.db, "rev1", "wrong", host)
        except AuthenticationError:
            pass
    with ui_bo.db.write() as s:  # a short delay, so that the test sees it end
        s.get(LoginThrottle, ("rev1", host)).locked_until = utcnow() + timedelta(seconds=3)
    dlg = LoginDialog(ui_bo, workers)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.code.setText("rev1")
    dlg.password.setText("correct or not, it must wait")
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    qtbot.waitUntil(lambda: "try again in" in dlg.message.text(), timeout=15000)
    first = dlg.message.text()
    assert not ok.isEnabled() and re.search(r"in [23] second", first), first
    qtbot.waitUntil(lambda: dlg.message.text() != first, timeout=2500)  # it counts down
    assert "second" in dlg.message.text() and not ok.isEnabled()
    qtbot.waitUntil(ok.isEnabled, timeout=5000)
    assert dlg.message.text() == "You can try again now."
