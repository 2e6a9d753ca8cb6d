"""Where a finished job's callbacks are freed. A job's callbacks hold the widgets that
started it; the last reference to them must go away on the GUI thread, never on the
database or pool thread (a Qt object destroyed on a worker thread stops its timers from the
wrong thread and can bring the process down: the export page's worker crash in CI)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from tests.ui.conftest import wait_idle


class _Sentinel:
    """Stands for a widget a callback holds: records the thread it is freed on."""

    def __init__(self, freed_on: list[str]) -> None:
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread().name)


def _callbacks(freed_on: list[str]) -> tuple[Callable[[], int], Callable[[object], object]]:
    held = _Sentinel(freed_on)
    return (lambda: 1), (lambda _result: held)


def test_callbacks_are_freed_on_the_gui_thread(qtbot, workers):
    freed_on: list[str] = []
    jobs = 300
    for i in range(jobs):
        fn, done = _callbacks(freed_on)
        if i % 2:
            workers.db(fn, done)
        else:
            workers.pool_run(fn, done)
        del fn, done
    wait_idle(qtbot, workers)
    workers.shutdown()  # every worker frame has ended: nothing of a job is left anywhere
    qtbot.waitUntil(lambda: len(freed_on) == jobs)
    assert set(freed_on) == {threading.main_thread().name}
