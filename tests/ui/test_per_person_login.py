"""The login dialog with `[database] per_person = true` (issue 19), as a person uses it, on the
SCRAM cluster of tests/core/test_per_person.py: a wrong password shows the same Japanese
message as the shared-role login; the right one opens the main window connected as the
person's own role, and the 税務課 reviewer's queue on screen holds the 税務課 application and
not the 市民課 one, with the core's department filter switched off (the server refused it); the
status bar says the agent syncs; logging out records the logout in the person's name and a
fresh login opens a new connection as the person."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from backoffice.accounts import rls, scope
from backoffice.db.models import AuditEntry
from backoffice.platform.context import Backoffice
from tests.core.test_per_person import PW, TAX, _person, scram_cluster, shared  # noqa: F401 (fixtures)
from tests.ui.conftest import wait_idle
from tests.ui.factories import make_applications
from ui.session_flow import SessionFlow

pytestmark = pytest.mark.postgres


def _screen_texts(model) -> str:
    return "\n".join(str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or "")
                     for r in range(model.rowCount()) for c in range(model.columnCount()))


def test_a_person_logs_in_as_themselves(qtbot, japanese, workers, shared, scram_cluster,  # noqa: F811
                                        monkeypatch):
    code = _person(shared, scram_cluster, ["reviewer"], [TAX])
    tag = uuid.uuid4().hex[:6].upper()
    citizen = make_applications(shared, 1, procedures=("juminhyo-copy",), prefix=f"U{tag}-C-")[0]
    tax = make_applications(shared, 1, procedures=("tax-certificate",), prefix=f"U{tag}-T-")[0]
    monkeypatch.setattr(scope, "condition", lambda *_a, **_k: None)  # the core's filter off
    desktop = Backoffice.open(replace(shared.config, per_person=True))
    flow = SessionFlow(desktop, workers, "ja", start_sync=True)
    assert flow.start_sync is False  # receiving is the agent's, never a person's
    flow.start()
    login = flow.login
    assert login is not None
    ok = login.buttons.button(QDialogButtonBox.StandardButton.Ok)

    login.code.setText(code)
    login.password.setText("not the password 2026")
    ok.click()
    expected = (QCoreApplication.translate("LoginDialog", "Login failed.") + "\n"
                + QCoreApplication.translate("LoginDialog", "wrong staff code or password"))
    qtbot.waitUntil(lambda: login.message.text() == expected, timeout=15000)
    assert "ログイン" in expected and login.password.text() == ""  # Japanese, as with the shared role
    login.password.setText(PW)
    with qtbot.waitSignal(flow.window_opened, timeout=15000) as opened:
        ok.click()
    win = opened.args[0]
    qtbot.waitExposed(win)
    assert win.bo.db.person is not None and win.bo.db.person.role == rls.person_role(code)
    assert win.sync_label.text() == "同期: 同期エージェントが行います"  # not this PC's job any more
    model = win.queue_page.model
    qtbot.waitUntil(lambda: tax.application_id in _screen_texts(model), timeout=15000)
    assert citizen.application_id not in _screen_texts(model)
    person_bo = win.bo
    win.logout_action.trigger()  # log out: back to a login dialog on the desktop's own context
    qtbot.waitUntil(lambda: flow.login is not None and flow.login.isVisible(), timeout=10000)
    wait_idle(qtbot, workers)  # the logout recorded, then the person's connections closed
    assert flow.bo is desktop and person_bo is not desktop
    with shared.db.read() as s:  # the logout written by the server in the person's name
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert last is not None and (last.actor, last.action) == (code, "logout")
    again = flow.login
    again.code.setText(code)
    again.password.setText(PW)
    with qtbot.waitSignal(flow.window_opened, timeout=15000) as opened:
        again.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    second = opened.args[0]
    assert second.bo is not person_bo and second.bo.db.person is not None
    second.close()
    desktop.close()
