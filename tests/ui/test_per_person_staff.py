"""職員管理 as an administrator connected as their own login role (issue 19,
`[database] per_person = true`), in Japanese, on the SCRAM cluster of
tests/core/test_per_person.py: adding an account through the dialog lists it as waiting for the
person's own password and makes its login role; 無効にする makes the role unable to log in and
有効にする restores it; パスワード再設定 gives the role a new temporary password; a code with '-'
is refused with a Japanese sentence. The page calls the core as on the shared role; the server
does the change (bo_staff_* of migration 0017)."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from PySide6.QtWidgets import QMessageBox

from backoffice.accounts import rls
from backoffice.administration import staff
from backoffice.platform.errors import AuthenticationError
from tests.core.test_per_person import TAX, _person, _sign_in, scram_cluster, shared  # noqa: F401 (fixtures)
from tests.ui.test_staff_admin import _accept, _row
from ui.pages.staff_page import AccountDialog, StaffPage
from ui.password_dialog import PasswordDialog

pytestmark = pytest.mark.postgres

TEMP = "first password of the new clerk"


def _can_login(url: str, role: str) -> bool | None:
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        row = conn.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
    return None if row is None else bool(row[0])


def test_the_staff_screen_manages_logins_as_the_administrator(qtbot, japanese, workers, shared,  # noqa: F811
                                                               scram_cluster, monkeypatch):  # noqa: F811
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    admin = _sign_in(shared, _person(shared, scram_cluster, ["admin"], [TAX]))
    assert admin.bo is not None and admin.bo.db.person is not None
    page = StaffPage(admin.bo, admin.actor, workers)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.table.rowCount() >= 1, timeout=20000)
    code = f"k{uuid.uuid4().hex[:7]}"
    role = rls.person_role(code)

    def fill_new(d: AccountDialog, new_code: str = code) -> None:
        d.code.setText(new_code)
        d.name.setText("税務 花子")
        d.roles["reviewer"].setChecked(True)
        d.departments[TAX].setChecked(True)
        d.password.setText(TEMP)
        d.repeat.setText(TEMP)

    page.add_account(_accept(AccountDialog(admin.bo.catalog.departments(), parent=page), fill_new))
    qtbot.waitUntil(lambda: any(page.table.item(i, 0).text() == code for i in range(page.table.rowCount()))
                    or bool(warnings), timeout=20000)
    assert warnings == []
    row = _row(page, code)
    assert row["departments"] == TAX and row["last_login"] == "未ログイン", row
    assert "パスワード変更待ち" in row["state"], row  # the person chooses their own at the first login
    assert page.summary.text().endswith(f"アカウント {code} を追加しました。"), page.summary.text()
    assert _can_login(scram_cluster, role) is True
    with pytest.raises(staff.PasswordChangeRequired):
        _sign_in(shared, code, TEMP)
    page.grab().save("/tmp/per-person-staff.png")

    page.select_code(code)
    page.toggle_disabled()  # 無効にする (the question answered Yes)
    qtbot.waitUntil(lambda: _row(page, code)["state"].startswith("無効"), timeout=20000)
    assert _can_login(scram_cluster, role) is False
    page.select_code(code)
    assert page.disable_button.text() == "有効にする"
    page.toggle_disabled()
    qtbot.waitUntil(lambda: _row(page, code)["state"].startswith("有効"), timeout=20000)
    assert _can_login(scram_cluster, role) is True

    def fill_reset(d: PasswordDialog) -> None:
        d.new.setText("temporary password 2026 x")
        d.repeat.setText("temporary password 2026 x")

    page.select_code(code)
    page.reset_password(_accept(PasswordDialog("reset", "", parent=page), fill_reset))
    qtbot.waitUntil(lambda: code in page.summary.text() and "仮" in page.summary.text() or bool(warnings),
                    timeout=20000)
    assert warnings == []
    with pytest.raises(AuthenticationError):
        _sign_in(shared, code, TEMP)
    with pytest.raises(staff.PasswordChangeRequired):
        _sign_in(shared, code, "temporary password 2026 x")

    dashed = f"k-{uuid.uuid4().hex[:6]}"
    page.add_account(_accept(AccountDialog(admin.bo.catalog.departments(), parent=page),
                             lambda d: fill_new(d, dashed)))
    qtbot.waitUntil(lambda: bool(warnings), timeout=20000)
    assert warnings[-1] == "この職員コードには「-」を使えません。英字・数字と「_」だけで付けてください。"
    assert page.summary.text() == warnings[-1]
    admin.bo.close()
