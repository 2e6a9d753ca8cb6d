"""StaffPage (職員管理, administrators): every account with its roles, departments, last
login and state (enabled, disabled, locked out somewhere, must choose a new password); add
an account, change its roles and departments, disable or enable it, clear its failed-login
delays, set a temporary password. Every act is one core call
(backoffice.administration.staff), audited there, which also keeps the last enabled
administrator and refuses disabling oneself; this page only asks and shows."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backoffice.accounts.permissions import STAFF_ROLES, Actor
from backoffice.administration import staff
from backoffice.platform.context import Backoffice

from .. import labels
from ..errors import error_message
from ..named import named
from ..operations import Changes, Operation, listen
from ..password_dialog import PasswordDialog
from ..workers import Workers

log = logging.getLogger(__name__)


class AccountDialog(QDialog):
    """A new account (code, name, roles, departments, first password) or the roles and
    departments of an existing one."""

    def __init__(self, departments: list[str], info: staff.StaffInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.setWindowTitle(self.tr("Add a staff account") if info is None
                            else self.tr("Roles and departments of %1").replace("%1", info.code))
        self.code = named(QLineEdit(), "accountCode")
        self.name = named(QLineEdit(), "accountName")
        self.password = named(QLineEdit(), "accountPassword")
        self.repeat = named(QLineEdit(), "accountPasswordRepeat")
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.roles = {r: named(QCheckBox(labels.role_label(r)), f"role_{r}") for r in STAFF_ROLES}
        self.departments = {d: QCheckBox(d) for d in departments}
        for i, box in enumerate(self.departments.values()):
            box.setObjectName(f"department_{i}")
        if info is not None:
            for r in info.roles:
                if r in self.roles:
                    self.roles[r].setChecked(True)
            for d in info.departments:
                if d in self.departments:
                    self.departments[d].setChecked(True)
        form = QFormLayout()
        if info is None:
            form.addRow(self.tr("Staff code"), self.code)
            form.addRow(self.tr("Name"), self.name)
        role_box = QGroupBox(self.tr("Roles"))
        rl = QHBoxLayout(role_box)
        for box in self.roles.values():
            rl.addWidget(box)
        dept_box = QGroupBox(self.tr("Departments (the applications the person may see)"))
        dl = QGridLayout(dept_box)
        for i, box in enumerate(self.departments.values()):
            dl.addWidget(box, i // 4, i % 4)
        if info is None:
            pw = QFormLayout()
            pw.addRow(self.tr("First password"), self.password)
            pw.addRow(self.tr("First password again"), self.repeat)
        self.message = named(QLabel(), "accountMessage")
        self.message.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(role_box)
        lay.addWidget(dept_box)
        if info is None:
            lay.addLayout(pw)
            lay.addWidget(QLabel(self.tr("The person chooses their own password at the first login."),
                                 wordWrap=True))
        lay.addWidget(self.message)
        lay.addWidget(buttons)

    def chosen_roles(self) -> list[str]:
        return [r for r, box in self.roles.items() if box.isChecked()]

    def chosen_departments(self) -> list[str]:
        return [d for d, box in self.departments.items() if box.isChecked()]

    def _check(self) -> None:
        if self.info is None and (not self.code.text().strip() or not self.name.text().strip()):
            self.message.setText(self.tr("Enter the staff code and the name."))
            return
        if not self.chosen_roles():
            self.message.setText(self.tr("Choose at least one role."))
            return
        if not self.chosen_departments() and set(self.chosen_roles()) & {"reviewer", "supervisor"}:
            self.message.setText(self.tr("Choose the departments whose applications the person works on."))
            return
        if self.info is None and self.password.text() != self.repeat.text():
            self.message.setText(self.tr("The two passwords differ. Type them again."))
            return
        self.accept()


class StaffPage(QWidget):
    COLUMNS = ("code", "name", "roles", "departments", "last_login", "state")

    def __init__(self, bo: Backoffice, actor: Actor, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bo, self.actor, self.workers = bo, actor, workers
        self.rows: list[staff.StaffInfo] = []
        self.locked: set[str] = set()
        self._note = ""  # what the last act said: kept when the list reloads after it
        self.table = named(QTableWidget(0, len(self.COLUMNS)), "staffTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Staff code"), self.tr("Name"), self.tr("Roles"), self.tr("Departments"),
            self.tr("Last login"), self.tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.summary = named(QLabel(), "staffSummary")
        self.add_button = self._button(self.tr("Add…"), "addStaff", "Ctrl+N", self.add_account)
        self.edit_button = self._button(self.tr("Roles and departments…"), "editStaff", "Ctrl+E", self.edit_account)
        self.disable_button = self._button(self.tr("Disable"), "disableStaff", "Ctrl+D", self.toggle_disabled)
        self.unlock_button = self._button(self.tr("Unlock"), "unlockStaff", "Ctrl+U", self.unlock)
        self.reset_button = self._button(self.tr("Reset password…"), "resetPassword", "Ctrl+R", self.reset_password)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.disable_button, self.unlock_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr(
            "Staff accounts. Reviewers and supervisors see only the applications of their departments; "
            "every change here is recorded in the audit log."), wordWrap=True))
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        lay.addWidget(self.summary)
        self._selection_changed()
        listen(self, workers, Changes(staff=True), self.refresh, on_show=True)

    def _button(self, text: str, name: str, key: str, slot: Callable[[], None]) -> QPushButton:
        b = named(QPushButton(text), name)
        b.setShortcut(QKeySequence(key))
        b.setToolTip(f"{text} ({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})")
        b.clicked.connect(lambda _c=False: slot())
        return b

    # -- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        bo, actor = self.bo, self.actor
        self.workers.db(lambda: staff.accounts_overview(bo, actor), self._loaded,
                        lambda exc: self.summary.setText(error_message(exc)), owner=self)

    def _state(self, info: staff.StaffInfo) -> str:
        parts = [self.tr("Disabled") if info.disabled else self.tr("Enabled")]
        if info.code in self.locked:
            parts.append(self.tr("Locked out after failed logins"))
        if info.must_change_password:
            parts.append(self.tr("Must choose a new password"))
        return "・".join(parts)

    def _loaded(self, result: tuple[list[staff.StaffInfo], set[str]]) -> None:
        keep = self.selected()
        self.rows, self.locked = result
        self.table.setRowCount(len(self.rows))
        every = set(self.bo.catalog.departments())
        for i, info in enumerate(self.rows):
            depts = (self.tr("Every department") if every and set(info.departments) >= every
                     else "、".join(info.departments) or self.tr("None"))
            cells = (info.code, info.name, "・".join(labels.role_label(r) for r in info.roles), depts,
                     labels.when(info.last_login_at) if info.last_login_at else self.tr("Never"),
                     self._state(info))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setToolTip("、".join(info.departments))
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()  # the state (last column) takes the rest
        if keep is not None:
            for i, info in enumerate(self.rows):
                if info.code == keep.code:
                    self.table.selectRow(i)
        self.summary.setText(self.tr("%n account(s)", "", len(self.rows)) + (" — " + self._note if self._note else ""))
        self._note = ""
        self._selection_changed()

    def selected(self) -> staff.StaffInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def select_code(self, code: str) -> None:
        for i, info in enumerate(self.rows):
            if info.code == code:
                self.table.selectRow(i)

    def _selection_changed(self) -> None:
        info = self.selected()
        for b in (self.edit_button, self.disable_button, self.unlock_button, self.reset_button):
            b.setEnabled(info is not None)
        if info is not None:
            self.disable_button.setText(self.tr("Enable") if info.disabled else self.tr("Disable"))
            self.unlock_button.setEnabled(info.code in self.locked)

    # -- acts ---------------------------------------------------------------------------
    def _run(self, call: Callable[[], object], done: str) -> None:
        (Operation(self, self.workers, call, Changes(staff=True))
         .success(lambda _r: self._said(done))
         .failure(lambda exc: self._refused(exc)).run())

    def _said(self, text: str) -> None:
        self._note = text  # the reload the change broadcasts keeps it
        self.summary.setText(text)

    def _refused(self, exc: BaseException) -> None:
        text = error_message(exc)
        self.summary.setText(text)
        QMessageBox.warning(self, self.tr("Staff accounts"), text)

    def add_account(self, dialog: AccountDialog | None = None) -> None:
        dialog = dialog or AccountDialog(self.bo.catalog.departments(), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        bo, actor = self.bo, self.actor
        code, name = dialog.code.text().strip(), dialog.name.text().strip()
        roles, depts, pw = dialog.chosen_roles(), dialog.chosen_departments(), dialog.password.text()
        self._run(lambda: staff.add_account(bo, actor, code, name, roles, pw, depts, must_change=True),
                  self.tr("Account %1 added.").replace("%1", code))

    def edit_account(self, dialog: AccountDialog | None = None) -> None:
        info = self.selected()
        if info is None:
            return
        dialog = dialog or AccountDialog(self.bo.catalog.departments(), info, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        bo, actor, code = self.bo, self.actor, info.code
        roles, depts = dialog.chosen_roles(), dialog.chosen_departments()

        def save() -> None:
            staff.change_roles(bo, actor, code, roles)
            staff.change_departments(bo, actor, code, depts)

        self._run(save, self.tr("Roles and departments of %1 saved; their open sessions have ended.")
                  .replace("%1", code))

    def toggle_disabled(self) -> None:
        info = self.selected()
        if info is None:
            return
        bo, actor, code, disable = self.bo, self.actor, info.code, not info.disabled
        if disable and QMessageBox.question(
                self, self.tr("Disable"),
                self.tr("Disable %1? Their open sessions end at once.").replace("%1", f"{info.name}（{code}）"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        self._run(lambda: staff.disable_account(bo, actor, code, disable),
                  (self.tr("%1 disabled.") if disable else self.tr("%1 enabled.")).replace("%1", code))

    def unlock(self) -> None:
        info = self.selected()
        if info is None:
            return
        bo, actor, code = self.bo, self.actor, info.code
        self._run(lambda: staff.unlock_account(bo, actor, code),
                  self.tr("%1 can log in again on every workstation.").replace("%1", code))

    def reset_password(self, dialog: PasswordDialog | None = None) -> None:
        info = self.selected()
        if info is None:
            return
        dialog = dialog or PasswordDialog(
            self.tr("Reset password"),
            self.tr("A temporary password for %1. Tell it to them in person; they must choose their own "
                    "at the next login. Their open sessions end.").replace("%1", f"{info.name}（{info.code}）"),
            parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        bo, actor, code, pw = self.bo, self.actor, info.code, dialog.passwords()[1]
        self._run(lambda: staff.reset_password(bo, actor, code, pw),
                  self.tr("Temporary password of %1 set.").replace("%1", code))

