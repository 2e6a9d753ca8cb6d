"""Work-arounds for Qt binding bugs, probed at import time (applied only when present).

PySide6 6.12.0: `SignalInstance.emit()` returns True/False without taking a reference, so
every emit from Python lowers the refcount of True by one until the interpreter aborts
("Fatal Python error: bool_dealloc"). `emit()` below gives the reference back.
Signals emitted by Qt itself (C++) are not affected."""

from __future__ import annotations

import ctypes
import logging
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class _Probe(QObject):
    probed = Signal(int)


def _emit_leaks_bool() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.probed.emit(1)
    after = sys.getrefcount(True)
    missing = before - after
    if missing > 0:  # repair what the probe itself took
        for _ in range(missing):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return missing >= 8


EMIT_LEAKS_BOOL = _emit_leaks_bool()
if EMIT_LEAKS_BOOL:
    log.debug("PySide6 emit() refcount bug detected; compensating")


def emit(signal: Any, *args: Any) -> None:
    """signal.emit(*args), safe on every PySide6 version."""
    result = signal.emit(*args)
    if EMIT_LEAKS_BOOL and isinstance(result, bool):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
