"""PasswordDialog: a new password typed twice (and, when changing one's own, the current
one first). Used by Settings (change my password), by the login after an administrator's
reset (choose your own before the session opens) and by the staff screen (reset). The
core checks the policy (backoffice/accounts/passwords.py); this dialog only checks that
both entries match and says the rule."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from .named import named


class PasswordDialog(QDialog):
    def __init__(self, title: str, intro: str, *, ask_current: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.current = named(QLineEdit(), "currentPassword")
        self.new = named(QLineEdit(), "newPassword")
        self.repeat = named(QLineEdit(), "repeatPassword")
        for field in (self.current, self.new, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = named(QLabel(), "passwordMessage")
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        form = QFormLayout()
        if ask_current:
            form.addRow(self.tr("Current password"), self.current)
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("New password again"), self.repeat)
        rule = QLabel(self.tr("At least 12 characters; a passphrase of several words is best. "
                              "Not your staff code or name, not a common password."), wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Set password"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        if intro:
            lay.addWidget(QLabel(intro, wordWrap=True))
        lay.addLayout(form)
        lay.addWidget(rule)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        self.ask_current = ask_current
        self.setMinimumWidth(460)

    def _check(self) -> None:
        if self.ask_current and not self.current.text():
            self.message.setText(self.tr("Enter your current password."))
            return
        if not self.new.text():
            self.message.setText(self.tr("Enter the new password."))
            return
        if self.new.text() != self.repeat.text():
            self.message.setText(self.tr("The two new passwords differ. Type them again."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        self.accept()

    def passwords(self) -> tuple[str, str]:
        """(current, new)."""
        return self.current.text(), self.new.text()
