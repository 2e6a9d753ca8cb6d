"""LoginDialog: staff code and password, checked by backoffice.staff.login off the GUI
thread (argon2 is slow on purpose); the same message for every failure."""

from __future__ import annotations

import logging
import socket

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from backoffice import staff
from backoffice.context import Backoffice
from backoffice.errors import BackofficeError

from .named import named
from .qtcompat import emit
from .workers import Workers

log = logging.getLogger(__name__)


class LoginDialog(QDialog):
    logged_in = Signal(object)  # staff.LoginSession

    def __init__(self, bo: Backoffice, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bo, self.workers = bo, workers
        self.session: staff.LoginSession | None = None
        self.setWindowTitle(self.tr("Back office — log in"))
        self.code = named(QLineEdit(), "code")
        self.password = named(QLineEdit(), "password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = named(QLabel(), "message")
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Staff code"), self.code)
        form.addRow(self.tr("Password"), self.password)
        title = QLabel(self.tr("Online applications back office"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def _submit(self) -> None:
        code, password = self.code.text().strip(), self.password.text()
        if not code or not password:
            self.message.setText(self.tr("Enter your staff code and password."))
            return
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Checking…"))
        workstation = socket.gethostname()
        self.workers.db(lambda: staff.login(self.bo.db, code, password, workstation),
                        self._succeeded, self._failed, owner=self)

    def _succeeded(self, session: staff.LoginSession) -> None:
        self.session = session
        self.password.clear()
        emit(self.logged_in, session)
        self.accept()

    def _reason(self, text: str) -> str:
        """The core's English sentences, in the user's language."""
        if text == "wrong staff code or password":
            return self.tr("wrong staff code or password")
        if text == "this account is disabled":
            return self.tr("this account is disabled")
        if text.startswith("too many failed attempts on this workstation; try again in "):
            seconds = text.rsplit(" in ", 1)[1].removesuffix(" s")
            return self.tr("too many failed attempts on this workstation; try again in %1 s").replace("%1", seconds)
        return text

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        if isinstance(exc, BackofficeError):
            self.message.setText(self.tr("Login failed: %1").replace("%1", self._reason(str(exc))))
        else:
            log.error("login failed: %r", exc)
            self.message.setText(self.tr("The database cannot be reached. Ask the administrator."))
