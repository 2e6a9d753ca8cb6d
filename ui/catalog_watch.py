"""CatalogWatch: a running desktop follows the procedure catalog in the shared database
(issue 16) without a restart.

Every `interval_ms` (and when asked, `check_now`), the database worker runs
`backoffice.db.catalog_store.CatalogWatch.check`: one aggregate over the small
`procedure_versions` table, whatever the number of applications. When another workstation
changed the catalog (or a scheduled version took effect since the last check), `bo.catalog`
is reloaded there and the bus broadcasts `Changes(catalog=True, queues=True)`: the queues
re-read (procedure names, fees), the application screen shows the labels of the version
the application is judged by, the catalog screen reloads."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from backoffice.db import catalog_store
from backoffice.platform.context import Backoffice

from .operations import Changes, OperationBus
from .workers import Workers

log = logging.getLogger(__name__)

INTERVAL_MS = 60_000  # a minute: catalog changes are rare and take effect by the day


class CatalogWatch(QObject):
    def __init__(self, bo: Backoffice, workers: Workers, interval_ms: int = INTERVAL_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workers = workers
        self.watch: catalog_store.CatalogWatch | None = None
        self._bo = bo
        self._checking = False
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.check_now)

    def start(self) -> None:
        bo = self._bo  # the job holds plain objects only, never this QObject
        self.workers.db(lambda: catalog_store.CatalogWatch(bo), self._started, self._failed, owner=self)

    def _started(self, watch: catalog_store.CatalogWatch) -> None:
        self.watch = watch
        self.timer.start()

    def check_now(self) -> None:
        watch = self.watch
        if watch is None or self._checking:
            return
        self._checking = True
        self.workers.db(watch.check, self._checked, self._failed, owner=self)

    def _checked(self, changed: bool) -> None:
        self._checking = False
        if changed:
            log.info("the procedure catalog changed in the database; screens re-read it")
            OperationBus.of(self.workers).broadcast(Changes(catalog=True, queues=True), self)

    def _failed(self, exc: BaseException) -> None:
        self._checking = False
        log.debug("catalog check failed: %s", exc)  # the connection monitor says it, not this

    def stop(self) -> None:
        self.timer.stop()
