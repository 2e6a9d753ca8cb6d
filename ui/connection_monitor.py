"""ConnectionMonitor: the database connection state for the status bar.

It does nothing while all is well (every page's own calls show that the database
answers). When a call fails with a connection error, the page reports it here; from then
on `SELECT 1` runs on the database worker every `interval_ms` until it answers, and
`connection_restored` tells the waiting writes (ui/pending_write.py) to try again now."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from backoffice.intake import retry
from backoffice.platform.context import Backoffice

from .qtcompat import emit
from .workers import Workers

log = logging.getLogger(__name__)


class ConnectionMonitor(QObject):
    connection_lost = Signal(str)    # the error, for a tooltip
    connection_restored = Signal()

    def __init__(self, bo: Backoffice, workers: Workers, interval_ms: int = 5000,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bo, self.workers = bo, workers
        self.online = True
        self._pinging = False
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.ping)

    def report_failure(self, exc: BaseException) -> None:
        """A database call failed with a connection error (retry.is_connection_error)."""
        if self.online:
            self.online = False
            log.warning("database connection lost: %s", exc)
            emit(self.connection_lost, str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        if not self.timer.isActive():
            self.timer.start()

    def report_success(self) -> None:
        """A database call succeeded: the connection is back (if it was gone)."""
        if not self.online:
            self.online = True
            self.timer.stop()
            log.info("database connection restored")
            emit(self.connection_restored)

    def ping(self) -> None:
        if self.online:
            self.timer.stop()
            return
        if self._pinging:
            return
        self._pinging = True
        bo = self.bo  # the job holds plain objects only, never this QObject
        self.workers.db(lambda: retry.ping(bo), self._answered, self._no_answer, owner=self)

    def _answered(self, _result: object) -> None:
        self._pinging = False
        self.report_success()

    def _no_answer(self, exc: BaseException) -> None:
        self._pinging = False
        log.debug("database still unreachable: %s", exc)

    def stop(self) -> None:
        self.timer.stop()
