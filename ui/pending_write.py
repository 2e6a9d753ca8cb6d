"""PendingWrite: one user intent (a decision, a comment) sent to the database worker and,
when the connection is lost, sent again with back-off until it succeeds or the user
cancels. The callable must be safe to repeat (backoffice.intake.retry.decide_safely checks whether
an earlier try already committed) and must hold no widget (see ui/workers.py)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from backoffice.intake.retry import is_connection_error

from .connection_monitor import ConnectionMonitor
from .qtcompat import emit
from .workers import Workers

log = logging.getLogger(__name__)

BACKOFF_SECONDS: tuple[float, ...] = (2, 5, 10, 30)  # then every 30 s


class PendingWrite(QObject):
    succeeded = Signal(object)         # the callable's result
    failed = Signal(object)            # an error that retrying cannot fix
    waiting = Signal(int, float)       # failed tries so far, seconds until the next one
    abandoned = Signal()               # cancelled, and the try on its way did not get through

    def __init__(self, workers: Workers, fn: Callable[[], Any], monitor: ConnectionMonitor,
                 backoff: Sequence[float] = BACKOFF_SECONDS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workers, self.fn, self.monitor, self.backoff = workers, fn, monitor, tuple(backoff)
        self.failures = 0
        self.running = False       # a try is on the database worker
        self.finished = False
        self.cancelled = False
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self._try)
        monitor.connection_restored.connect(self._connection_back)

    def start(self) -> None:
        self._try()

    def cancel(self) -> None:
        """Stop retrying. A try already on its way still reports success if it commits."""
        self.cancelled = True
        self.timer.stop()

    def _connection_back(self) -> None:
        if not (self.finished or self.cancelled or self.running):
            self.timer.stop()
            self._try()

    def _try(self) -> None:
        if self.finished or self.cancelled or self.running:
            return
        self.running = True
        self.workers.db(self.fn, self._done, self._error, owner=self)

    def _done(self, result: object) -> None:
        self.running, self.finished = False, True
        self.timer.stop()
        self.monitor.report_success()
        emit(self.succeeded, result)

    def _error(self, exc: BaseException) -> None:
        self.running = False
        if not is_connection_error(exc):
            self.finished = True
            emit(self.failed, exc)
            return
        self.failures += 1
        self.monitor.report_failure(exc)
        if self.cancelled:
            self.finished = True
            emit(self.abandoned)
            return
        delay = self.backoff[min(self.failures - 1, len(self.backoff) - 1)]
        log.info("write failed (%s); try %d again in %.0f s", type(exc).__name__, self.failures + 1, delay)
        self.timer.start(int(delay * 1000))
        emit(self.waiting, self.failures, float(delay))
