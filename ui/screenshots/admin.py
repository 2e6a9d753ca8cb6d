"""The first login's password-first (r002) and the administrator's (a001) pictures on the
real demo: staff-admin, staff-departments, catalog, catalog-change (with the labels of the
form's fields)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .common import Shots, _go, _loaded, _page, _until, _wait, _window

if TYPE_CHECKING:
    from backoffice.platform.context import Backoffice
    from ui.workers import Workers


def _first_login_shot(bo: Backoffice, shots: Shots, workers: Workers) -> None:
    """The first login after an administrator set the password (r002 here): the dialog in
    which the person chooses their own, as the login dialog opens it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from backoffice.administration import staff
    from backoffice.demo.generate import DEMO_PASSWORD
    from ui.login import LoginDialog
    from ui.password_dialog import PasswordDialog

    admin = staff.login(bo.db, "a001", DEMO_PASSWORD, "screenshots").actor
    temporary = "karino pasuwaado shoki 2026"
    staff.reset_password(bo, admin, "r002", temporary)
    login = LoginDialog(bo, workers)
    login.code.setText("r002")
    login.password.setText(temporary)
    login.show()
    taken: list[bool] = []

    def grab() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PasswordDialog):
            QTimer.singleShot(100, grab)
            return
        dialog.new.setText("*" * 20)
        dialog.repeat.setText("*" * 20)
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        ok, cancel = box.button(QDialogButtonBox.StandardButton.Ok), box.button(QDialogButtonBox.StandardButton.Cancel)

        def save() -> None:
            shots.save("password-first.png", dialog, marks=(
                (1, dialog.new, "ne"), (2, dialog.repeat, "ne"), (3, ok, "ne"), (4, cancel, "ne")),
                also=("ui.login",))  # the login dialog writes the dialog's first line
            taken.append(True)
            dialog.reject()

        QTimer.singleShot(300, save)

    QTimer.singleShot(100, grab)
    login.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    _until(lambda: bool(taken) and workers.idle)
    login.reject()


def _admin_shots(bo: Backoffice, shots: Shots, lang: str, workers: Workers) -> None:
    """The administrator (a001): 職員管理 with a reviewer selected, and the roles and
    departments dialog of that reviewer (issue 16)."""
    from ui.pages.staff_page import AccountDialog, StaffPage

    win = _window(bo, "a001", workers, lang)
    _until(lambda: workers.idle)
    page = _page(win, StaffPage)
    if not _go(win, workers, ("職員管理", "Staff")):
        win.close()
        return
    _loaded(page, page.refresh, workers, lambda: page.table.rowCount() > 0)
    page.select_code("r001")
    _wait(300)
    shots.save("staff-admin.png", win, marks=(
        (1, page.table, "se"), (2, page.add_button, "above"), (3, page.edit_button, "above"),
        (4, page.disable_button, "above"), (5, page.unlock_button, "above"), (6, page.reset_button, "above")))
    info = page.selected()
    if info is not None:
        dialog = AccountDialog(bo.catalog.departments(), info, parent=win)
        dialog.show()
        _wait(400)
        shots.save("staff-departments.png", dialog)
        dialog.close()
    # 手続き一覧: the catalog in the database, the change dialog of one procedure
    from ui.pages.catalog_page import CatalogPage, ProcedureDialog

    catalog = _page(win, CatalogPage)
    if _go(win, workers, ("手続き一覧", "Procedures")):
        _loaded(catalog, catalog.refresh, workers, lambda: catalog.table.rowCount() > 0)
        catalog.select_code("juminhyo-copy")
        _wait(300)
        shots.save("catalog.png", win, marks=((1, catalog.table, "se"), (2, catalog.change_button, "above")))
        row = catalog.selected()
        if row is not None:
            change = ProcedureDialog(row, list(catalog.titles.items()), parent=win)
            change.show()
            _wait(400)
            label = next(iter(change.field_labels.values()), None)
            shots.save("catalog-change.png", change, marks=(
                (1, change.fee, "ne"), (2, change.days, "ne"), (3, change.steps, "ne"), (4, change.template, "ne"),
                (5, change.record, "ne")) + (((6, label, "ne"),) if label is not None else ()) + (
                (7, change.effective, "ne"), (8, change.note, "ne")))
            change.close()
    win.close()
