"""LoginDialog: staff code and password, checked by backoffice.administration.staff.sign_in off the
GUI thread (argon2 is slow on purpose; with `[database] per_person` the server checks the password
of the person's own login role); the same message for every failure."""

from __future__ import annotations

import logging
import math
import re
import socket
import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from backoffice.administration import person_login, staff
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import BackofficeError

from .named import named
from .password_dialog import PasswordDialog
from .qtcompat import emit
from .workers import Workers

log = logging.getLogger(__name__)
# staff.login's refusal while the workstation waits after failed logins
THROTTLED = re.compile(r"too many failed attempts on this workstation; try again in (\d+) s")


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
        # no word wrap: Qt breaks Japanese between any two characters (「パスワー」「ド」);
        # each message is written as short lines instead, and the dialog is wide enough for them
        self.message.setWordWrap(False)
        self.countdown = QTimer(self, interval=1000)
        self.countdown.timeout.connect(self._tick)
        self.wait_until = 0.0  # time.monotonic() when the workstation may try again
        self._typed = ("", "")  # code and password of the login under way
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
        self.setMinimumWidth(max(380, self._widest_message() + 2 * layout.contentsMargins().left()))

    def _widest_message(self) -> int:
        fm = self.message.fontMetrics()
        lines = [self.tr("Login failed."), self.tr("wrong staff code or password"),
                 self.tr("this account is disabled"), self.tr("Too many failed attempts on this workstation."),
                 self.tr("You can try again in %n second(s).", "", 900), self.tr("You can try again now."),
                 *self.tr("The database cannot be reached. Ask the administrator.").split("\n")]
        return max(fm.horizontalAdvance(line) for line in lines)

    def _submit(self) -> None:
        if self.seconds_left() > 0:
            return  # Enter while the delay runs: the countdown already says when
        code, password = self.code.text().strip(), self.password.text()
        # Kerberos single sign-on (database.url with gssencmode=require): the ticket of the
        # Windows logon proves who connects, so the password may be left empty
        by_ticket = self.bo.config.per_person and person_login.by_ticket(self.bo.config.database_url)
        if not code or not (password or by_ticket):
            self.message.setText(self.tr("Enter your staff code and password."))
            return
        self._log_in(code, password)

    def _log_in(self, code: str, password: str, new_password: str | None = None) -> None:
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Checking…"))
        self._typed = (code, password)
        workstation = socket.gethostname()
        # staff.sign_in: the shared database's login, or with [database] per_person the
        # connection as the person's own role, its password checked by the server (issue 19)
        self.workers.db(lambda: staff.sign_in(self.bo, code, password, workstation, new_password=new_password),
                        self._succeeded, self._failed, owner=self)

    def choose_new_password(self, dialog: PasswordDialog | None = None, error: str = "") -> None:
        """An administrator set this password: the person chooses their own before the
        session opens (the core sets it in the same unit of work as the login)."""
        code, password = self._typed
        dialog = dialog or PasswordDialog(
            self.tr("Choose your password"),
            self.tr("An administrator set your password. Choose your own now; only you should know it."),
            parent=self)
        dialog.message.setText(error)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.message.setText(self.tr("Login failed.") + "\n" + self.tr("Choose a new password to log in."))
            return
        self._log_in(code, password, dialog.passwords()[1])

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
        return text

    # -- the delay after failed logins, counted down on screen ------------------------------
    def _start_countdown(self, seconds: int) -> None:
        self.wait_until = time.monotonic() + seconds
        self._tick()
        self.countdown.start()

    def seconds_left(self) -> int:
        return max(0, math.ceil(self.wait_until - time.monotonic()))

    def _tick(self) -> None:
        left = self.seconds_left()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        first = self.tr("Too many failed attempts on this workstation.")
        if left > 0:
            ok.setEnabled(False)
            self.message.setText(first + "\n" + self.tr("You can try again in %n second(s).", "", left))
        else:
            self.countdown.stop()
            ok.setEnabled(True)
            self.message.setStyleSheet("")
            self.message.setText(self.tr("You can try again now."))

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, staff.PasswordChangeRequired):
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Choose a new password to log in."))
            self.choose_new_password()
            return
        if isinstance(exc, BackofficeError) and exc.code in ("weak_password", "same_password"):
            from .errors import error_message  # the policy's refusal of the new password, in words

            self.message.setText(self.tr("Choose a new password to log in."))
            self.choose_new_password(error=error_message(exc))
            return
        self.password.clear()
        self.password.setFocus()
        self.message.setStyleSheet("color: #b00020")
        throttled = THROTTLED.match(str(exc))
        if isinstance(exc, BackofficeError) and throttled:
            self._start_countdown(int(throttled.group(1)))
        elif isinstance(exc, BackofficeError):
            self.message.setText(self.tr("Login failed.") + "\n" + self._reason(str(exc)))
        else:
            log.error("login failed: %r", exc)
            self.message.setText(self.tr("The database cannot be reached. Ask the administrator."))
