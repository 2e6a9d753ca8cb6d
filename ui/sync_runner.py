"""Background intake sync for the status bar: backoffice.intake.ingest.sync_once on a
QTimer, one run at a time, and only when the gateway key that the configuration names
exists. The run itself is on the thread pool (reading and checking bundle files is
file/CPU work); each of its database steps (a group's duplicate check, a group's commit,
the outbox) is handed to the database thread and waited for (`on_db`), so every
database call stays on the one database thread and other database jobs wait for one
step, not for the whole run. A run that ingested or refused bundles broadcasts it (the
queue counts, the dashboard and the quarantine list follow); a bundle put back into the
inbox (a quarantine retry) starts a run at once. Failures are reported, never raised
into the GUI."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from backoffice.accounts.permissions import system_actor
from backoffice.platform.context import Backoffice
from backoffice.platform.timeutil import now_jst

from .errors import error_message
from .operations import Changes, OperationBus
from .qtcompat import emit
from .workers import Workers

if TYPE_CHECKING:  # imported when a run starts, not when the window opens
    from backoffice.intake.ingest import SyncSummary

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncState:
    enabled: bool
    running: bool = False
    last_run: datetime | None = None
    ingested: int = 0
    duplicates: int = 0
    quarantined: int = 0
    problems: tuple[str, ...] = ()
    error: str | None = None
    busy: bool = False  # another workstation or the sync agent was syncing the spool
    outbox_waiting: str | None = None  # portal-v1 §1: why messages wait in the database (no outbox key)


def _run(bo: Backoffice, workers: Workers) -> SyncSummary:
    """On a pool thread: the sync, its database steps on the database thread."""
    from backoffice.intake.ingest import sync_once

    # Never wait for another workstation's run: the next tick tries again.
    return sync_once(bo, actor=system_actor("desktop-sync"), wait=False, on_db=workers.db_wait)


class SyncRunner(QObject):
    state_changed = Signal(object)   # SyncState

    def __init__(self, bo: Backoffice, workers: Workers, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bo, self.workers = bo, workers
        keys = bo.config.gateway_public_keys
        self.state = SyncState(enabled=bool(keys) and all(p.exists() for p in keys))
        self.timer = QTimer(self, interval=max(1000, int(bo.config.sync_interval_seconds * 1000)))
        self.timer.timeout.connect(self.run_now)
        self.bus = OperationBus.of(workers)
        self.bus.changed.connect(self._changed)
        self._again = False  # a bundle came into the inbox during a run

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if not changes.inbox or not self.timer.isActive():
            return
        if self.state.running:
            self._again = True
        else:
            self.run_now()

    def start(self) -> None:
        emit(self.state_changed, self.state)
        if self.state.enabled:
            self.timer.start()
            self.run_now()

    def stop(self) -> None:
        self.timer.stop()

    def run_now(self) -> None:
        if not self.state.enabled or self.state.running:
            return
        self._set(running=True)
        self._again = False
        bo, workers = self.bo, self.workers
        self.workers.pool_run(lambda: _run(bo, workers), self._done, self._failed, owner=self)

    def _set(self, **changes: Any) -> None:
        from dataclasses import replace

        self.state = replace(self.state, **changes)
        emit(self.state_changed, self.state)

    def _done(self, summary: SyncSummary) -> None:
        self._set(running=False, last_run=now_jst(), ingested=summary.ingested, duplicates=summary.duplicates,
                  quarantined=summary.quarantined, problems=tuple(summary.problems), error=None,
                  busy=summary.busy, outbox_waiting=summary.outbox_key_problem)
        self.bus.broadcast(Changes(arrivals=bool(summary.ingested), quarantine=bool(summary.quarantined)), self)
        if self._again:
            self.run_now()

    def _failed(self, exc: BaseException) -> None:
        log.warning("sync failed: %s", exc)
        # in the user's language for the status bar; the original is in the log line above
        self._set(running=False, last_run=now_jst(), error=error_message(exc))
        self._again = False
