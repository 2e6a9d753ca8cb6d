"""The login dialog with Kerberos single sign-on (issue 19 item 1, docs/deployment-postgresql.md
9.6), on the realm and server of tests/core/test_kerberos.py: with `[database] per_person = true`
and a URL asking for `gssencmode=require`, the person types their staff code, leaves the password
empty and the main window opens connected as their role (the 税務課 reviewer's queue on screen
without the 市民課 application, the core's department filter switched off); another person's
code with the same ticket gets the Japanese "wrong staff code or password"."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox

from backoffice.accounts import rls, scope
from backoffice.platform.context import Backoffice
from tests.core.test_kerberos import _kerberos_person, gss_server, realm  # noqa: F401 (fixtures)
from tests.core.test_per_person import CITIZEN, TAX, scram_cluster, shared  # noqa: F401 (fixtures)
from tests.ui.factories import make_applications
from ui.session_flow import SessionFlow

pytestmark = pytest.mark.postgres


def _screen_texts(model) -> str:
    return "\n".join(str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or "")
                     for r in range(model.rowCount()) for c in range(model.columnCount()))


def test_a_person_logs_in_with_their_ticket_and_no_password(qtbot, japanese, workers, shared, realm,  # noqa: F811
                                                            gss_server, monkeypatch):  # noqa: F811
    code = _kerberos_person(shared, gss_server, realm, [TAX])
    other = _kerberos_person(shared, gss_server, realm, [CITIZEN])
    tag = uuid.uuid4().hex[:6].upper()
    citizen = make_applications(shared, 1, procedures=("juminhyo-copy",), prefix=f"W{tag}-C-")[0]
    tax = make_applications(shared, 1, procedures=("tax-certificate",), prefix=f"W{tag}-T-")[0]
    realm.kinit(code, f"kerberos-{code}")
    monkeypatch.setattr(scope, "condition", lambda *_a, **_k: None)  # the core's filter off
    desktop = Backoffice.open(replace(shared.config, per_person=True,
                                      database_url=f"{gss_server}?gssencmode=require&krbsrvname=postgres"))
    flow = SessionFlow(desktop, workers, "ja", start_sync=False)
    flow.start()
    login = flow.login
    assert login is not None
    ok = login.buttons.button(QDialogButtonBox.StandardButton.Ok)

    login.code.setText(other)  # someone else's code: the server's map refuses this ticket
    ok.click()
    expected = (QCoreApplication.translate("LoginDialog", "Login failed.") + "\n"
                + QCoreApplication.translate("LoginDialog", "wrong staff code or password"))
    qtbot.waitUntil(lambda: login.message.text() == expected, timeout=15000)
    assert "ログイン" in expected

    login.code.setText(code)  # their own, the password left empty
    assert login.password.text() == ""
    with qtbot.waitSignal(flow.window_opened, timeout=15000) as opened:
        ok.click()
    win = opened.args[0]
    qtbot.waitExposed(win)
    assert win.bo.db.person is not None and win.bo.db.person.role == rls.person_role(code)
    model = win.queue_page.model
    qtbot.waitUntil(lambda: tax.application_id in _screen_texts(model), timeout=15000)
    assert citizen.application_id not in _screen_texts(model)
    win.close()
    desktop.close()
