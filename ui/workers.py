"""Background work (style.md "Threads"): one thread that runs every database call in order,
and a thread pool for file and CPU work (PDF rendering, the intake sync). Results come back
to the GUI thread through queued signals; callbacks whose owner widget is gone are dropped.

`Workers` owns both and stops them in `shutdown()`; nothing here calls processEvents().
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar, cast

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot

from backoffice.platform.errors import SessionEnded

from .qtcompat import emit

log = logging.getLogger(__name__)

T = TypeVar("T")
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


@dataclass
class _Job:
    id: int
    fn: Callable[[], Any]
    on_done: Done | None
    on_error: Failed | None
    owner: QObject | None


class _Results(QObject):
    """Hands results from a worker thread to the GUI thread.

    The worker puts (job id, result, exception) into a queue, drops its own references,
    and only then signals; the GUI thread takes the item out. So the last reference to a
    result, or to an exception whose traceback reaches the job's frames (and through a
    lambda's closure, a widget), always goes away on the GUI thread. Passing them as signal
    arguments raced: the GUI thread could finish with them before the worker thread's own
    `del` ran, and a widget freed on a worker thread stops its timers from the wrong thread
    ("QBasicTimer::stop: Failed") and can crash the process."""

    ready = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.items: queue.SimpleQueue[tuple[int, object, BaseException | None]] = queue.SimpleQueue()

    def run(self, handed: list[_Job]) -> None:
        """Run the job on the calling (worker) thread and hand its outcome over.

        The job comes in a list this method empties, so that no frame of the worker thread
        holds it while the GUI thread finishes it: the caller's own variable outlived the
        signal, and when the GUI thread had already taken the job out of
        `Workers._pending`, the worker's `del` dropped the last reference to its callbacks
        (and the widgets they hold) on the worker thread."""
        job = handed.pop()
        job_id, fn = job.id, job.fn
        del job  # Workers._pending keeps the job (and the widgets its callable holds) alive
        try:
            outcome: tuple[int, object, BaseException | None] = (job_id, fn(), None)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI, never lost
            log.debug("job %s failed:\n%s", job_id, traceback.format_exc())
            outcome = (job_id, None, exc)
        del fn
        self.items.put(outcome)
        del outcome
        emit(self.ready)


class _DbThread(QThread):
    """Runs queued jobs one after another (a single database writer)."""

    def __init__(self, results: _Results) -> None:
        super().__init__()
        self.setObjectName("db-worker")
        self.results = results
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()

    def put(self, job: _Job | None) -> None:
        self._jobs.put(job)

    def run(self) -> None:
        while True:
            handed: list[_Job] = []
            job = self._jobs.get()
            if job is None:
                return
            handed.append(job)
            del job  # only `handed` holds it now, and results.run empties it
            self.results.run(handed)


class _PoolTask(QRunnable):
    def __init__(self, job: _Job, results: _Results) -> None:
        super().__init__()
        self.job: _Job | None = job
        self.results = results

    def run(self) -> None:
        handed, self.job = [self.job], None
        if handed[0] is None:  # QThreadPool runs a task once; nothing is left to run
            return
        self.results.run(cast(list[_Job], handed))


class Workers(QObject):
    """The application's background workers; pass one instance to every page."""

    busy_changed = Signal(bool)
    # A core service refused because the login session has ended (account disabled,
    # password set anew): the main window ends the session at once (issue 21).
    session_ended = Signal()

    def __init__(self, parent: QObject | None = None, pool_threads: int = 2) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Job] = {}
        self._results = _Results()
        self._results.ready.connect(self._drain)
        self._db = _DbThread(self._results)
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(pool_threads)
        self._stopped = False
        self._db.start()

    def _job(self, fn: Callable[[], Any], on_done: Done | None, on_error: Failed | None,
             owner: QObject | None) -> _Job:
        job = _Job(next(self._ids), fn, on_done, on_error, owner)
        self._pending[job.id] = job
        if len(self._pending) == 1:
            emit(self.busy_changed, True)
        return job

    def db(self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None,
           owner: QObject | None = None) -> int:
        """Run fn on the database thread (in submission order)."""
        if self._stopped:
            raise RuntimeError("workers are shut down")
        job = self._job(fn, on_done, on_error, owner)
        self._db.put(job)
        return job.id

    def db_wait(self, fn: Callable[[], T]) -> T:
        """From a pool thread: run fn on the database thread, wait for it and return its
        result (or raise its error). For a long pool job with a few database steps (the
        desktop sync); never from the GUI thread (it would freeze) nor from the database
        thread itself (it would wait for itself)."""
        if threading.current_thread() is threading.main_thread():
            raise RuntimeError("db_wait() on the GUI thread")
        done = threading.Event()
        outcome: list[Any] = []

        def step() -> None:
            try:
                outcome.append((fn(), None))
            except BaseException as exc:  # noqa: BLE001 - raised again in the waiting thread
                outcome.append((None, exc))
            finally:
                done.set()

        self.db(step)  # raises once the workers are shut down
        done.wait()  # shutdown() lets queued jobs finish before the thread ends
        result, error = outcome[0]
        if error is not None:
            raise error
        return cast(T, result)

    def pool_run(self, fn: Callable[[], Any], on_done: Done | None = None,
                 on_error: Failed | None = None, owner: QObject | None = None) -> int:
        """Run fn in the file/CPU thread pool (any order, in parallel)."""
        if self._stopped:
            raise RuntimeError("workers are shut down")
        job = self._job(fn, on_done, on_error, owner)
        self.pool.start(_PoolTask(job, self._results))
        return job.id

    @Slot()
    def _drain(self) -> None:
        """Handle every outcome the workers have handed over (one signal may find several,
        a later one none)."""
        while True:
            try:
                job_id, result, error = self._results.items.get_nowait()
            except queue.Empty:
                return
            self._finished(job_id, result, error)

    def _finished(self, job_id: int, result: object, error: BaseException | None) -> None:
        job = self._pending.pop(job_id, None)
        if not self._pending:
            emit(self.busy_changed, False)
        if job is None or (job.owner is not None and not shiboken6.isValid(job.owner)):
            return
        if isinstance(error, SessionEnded):
            emit(self.session_ended)  # not the job's own error handler: the session is over
            return
        if error is not None:
            if job.on_error:
                job.on_error(error)
            else:
                log.error("background job failed: %s", error)
        elif job.on_done:
            job.on_done(result)

    @property
    def idle(self) -> bool:
        return not self._pending

    @property
    def stopped(self) -> bool:
        """Shut down: a widget's late timer (a resize re-render) must not queue work now."""
        return self._stopped

    def shutdown(self, timeout_ms: int = 30000) -> None:
        """Stop taking work, let running jobs end, join every thread."""
        if self._stopped:
            return
        self._stopped = True
        self.pool.clear()
        self._db.put(None)
        self._db.wait(timeout_ms)
        self.pool.waitForDone(timeout_ms)
        self._pending.clear()
