"""Idle lock (brief "Security"): after config.idle_lock_minutes without keyboard or mouse
input the main window hides personal data behind LockPage until the staff member's
password is given again (staff.verify_password_for). SessionGuard ends the session when
staff.session_valid turns false (account disabled, sessions ended)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from backoffice.administration import staff
from backoffice.platform.context import Backoffice

from .named import named
from .qtcompat import emit
from .workers import Workers

log = logging.getLogger(__name__)

INPUT_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                          QEvent.Type.Wheel, QEvent.Type.TouchBegin})


class IdleWatcher(QObject):
    """Application-wide event filter: any input restarts the countdown."""

    idle_timed_out = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True, interval=max(1, int(minutes * 60_000)))
        self.timer.timeout.connect(self.idle_timed_out)

    def start(self, app: QObject) -> None:
        app.installEventFilter(self)
        self.timer.start()

    def stop(self, app: QObject) -> None:
        app.removeEventFilter(self)
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.timer.start()
        return False


class LockPage(QWidget):
    unlocked = Signal()

    def __init__(self, bo: Backoffice, workers: Workers, session: staff.LoginSession,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bo, self.workers, self.session = bo, workers, session
        title = QLabel(self.tr("Locked"))
        title.setStyleSheet("font-size: 20pt; font-weight: bold")
        who = QLabel(self.tr("%1 (%2) — enter your password to continue.")
                     .replace("%1", session.actor.name).replace("%2", session.actor.code))
        self.password = named(QLineEdit(), "unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaximumWidth(320)
        self.button = named(QPushButton(self.tr("Unlock")), "unlock")
        self.message = named(QLabel(), "unlockMessage")
        self.message.setStyleSheet("color: #b00020")
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        for w in (title, who, self.password, self.button, self.message):
            lay.addWidget(w)
        lay.addStretch(2)
        self.password.returnPressed.connect(self._try)
        self.button.clicked.connect(self._try)

    def _try(self) -> None:
        pw = self.password.text()
        self.password.clear()
        if not pw:
            return
        self.button.setEnabled(False)
        self.workers.db(lambda: staff.verify_password_for(self.bo.db, self.session, pw), self._checked,
                        lambda exc: self._checked(False), owner=self)

    def _checked(self, ok: bool) -> None:
        self.button.setEnabled(True)
        if ok:
            self.message.clear()
            emit(self.unlocked)
        else:
            self.message.setText(self.tr("Wrong password."))
            self.password.setFocus()


class SessionGuard(QObject):
    session_ended = Signal()

    def __init__(self, bo: Backoffice, workers: Workers, session: staff.LoginSession,
                 interval_ms: int = 60_000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bo, self.workers, self.session = bo, workers, session
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

    def check(self) -> None:
        self.workers.db(lambda: staff.session_valid(self.bo.db, self.session), self._checked,
                        lambda exc: log.warning("session check failed: %s", exc), owner=self)

    def _checked(self, valid: bool) -> None:
        if not valid:
            self.timer.stop()
            emit(self.session_ended)
