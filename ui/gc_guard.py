"""Collect Python garbage on the GUI thread only.

Python's cyclic garbage collector runs in whichever thread happens to allocate. When it
frees a Qt widget from a worker thread, Qt's destructor and PySide's wrapper code take
locks in the wrong order against the GUI thread and the process deadlocks (seen in this
project's tests: a QLabel destroyed on the database worker while the GUI thread connected
a signal). Like Anki's GarbageCollector, we switch automatic collection off and collect
from a timer on the GUI thread instead."""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)


class GarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Collect the generations whose allocation counts passed their thresholds."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.threshold[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self.timer.stop()
        gc.collect()
        gc.enable()
