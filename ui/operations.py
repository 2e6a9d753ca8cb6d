"""UI operations and change broadcasts (issue 14 item 3, after Anki's `aqt/operations`).

Every change a person starts (a decision, a retry, issuing, a payment …) is one short
`Operation`: the core call runs on the database worker (`Workers.db`, the one database
thread), then the operation says on the session's `OperationBus` *what kind of data
changed* (`Changes`). Pages never call each other and never read each other's
attributes: each page subscribes (`listen`) with the kinds it shows and refreshes itself
when a change touches them — at once if it is the page on screen, otherwise when it is
next chosen (it only marks itself stale meanwhile, so a hidden page never reloads for
nothing).

How a page uses it::

    from ..operations import Changes, Operation, listen

    class QuarantinePage(QWidget):
        def __init__(self, bo, actor, workers, parent=None):
            ...
            # refresh when quarantine data changed, and each time the page is chosen
            listen(self, workers, Changes(quarantine=True), self.refresh, on_show=True)

        def retry_selected(self) -> None:
            rid = self._selected_id()
            (Operation(self, self.workers, lambda: quarantine.retry(self.bo, self.actor, rid),
                       Changes(quarantine=True, queues=True))
             .success(lambda _r: self.summary.setText(self.tr("Back in the inbox.")))
             .failure(lambda exc: self.summary.setText(error_message(exc)))
             .run())

- The callable runs on the database thread: it must not touch a widget (read what it
  needs from the widgets *before*, in the GUI thread, as `rid` above).
- `changes` is a `Changes`, or a function of the result returning one (e.g. the pks the
  core call touched). The broadcast happens after `success` ran, also when the widget that
  started the operation is gone meanwhile (the data changed all the same); it is skipped
  when the call failed.
- Without `.failure(...)` an error is shown in a message box in the staff's words
  (`ui.errors.error_message`); `SessionEnded` ends the session (ui/workers.py).
- Long batches: make a `Progress(self)`, connect `progress.updated` to a progress bar and
  pass `progress.report` to the core call (it may be called from the database thread).
- Reads are not operations: load with `workers.db(fn, done, failed, owner=self)` (also the
  database thread). Rendering, decoding and other CPU/file work with no database access
  goes to `workers.pool_run`.

The bus belongs to the session's `Workers` (`OperationBus.of(workers)`), so pages built
with the same workers hear each other without knowing each other. `MainWindow` tells the
bus which page is chosen (`OperationBus.choose`); that is all navigation knows of a page
besides its public open API.
"""

from __future__ import annotations

import inspect
import logging
import weakref
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from .errors import error_message
from .qtcompat import emit
from .workers import Workers

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """What kinds of data an operation changed (True = rows of that kind may differ now).

    `applications` names the applications whose status, claim, payment or documents
    changed (their pks); it implies the queues and the dashboard figures may differ, so an
    operation that changes an application sets `applications` and `queues`."""

    applications: frozenset[int] = frozenset()
    queues: bool = False          # review queues and their counts, claims (who holds what)
    arrivals: bool = False        # new applications or revisions ingested (queue counts, dashboard)
    quarantine: bool = False      # refused bundles
    inbox: bool = False           # bundles put (back) into the spool's inbox: the desktop sync runs now
    issued: bool = False          # approved-to-issue and issued-awaiting-delivery lists, counter
    payments: bool = False        # payments, refunds, mismatches
    appointments: bool = False    # counter bookings
    exports: bool = False         # export batches and pending counts
    audit: bool = False           # the audit chain's checks (every operation writes audit rows,
    #                               but the audit page only follows checks and checkpoints)
    staff: bool = False           # staff accounts, roles, departments
    settings: bool = False        # local settings (language, printers …)
    portal: bool = False          # inquiries, FAQ entries, announcements (issue 17)
    catalog: bool = False         # the procedure catalog (names, fees, field labels; ui/catalog_watch.py)

    @staticmethod
    def of_applications(*pks: int, **kinds: bool) -> Changes:
        """Applications changed: their pks, the queues, and any other kinds named."""
        return Changes(applications=frozenset(pks), queues=True, **kinds)

    def __or__(self, other: Changes) -> Changes:
        values: dict[str, Any] = {}
        for f in fields(self):
            a, b = getattr(self, f.name), getattr(other, f.name)
            values[f.name] = a | b
        return Changes(**values)

    def touches(self, shown: Changes) -> bool:
        """Whether anything in this change is of a kind `shown` names; `shown.applications`
        names the applications a listener follows (a change of other applications does
        not touch it). A change of applications reaches the queue pages through `queues`,
        which `of_applications` sets."""
        for f in fields(self):
            if f.name == "applications":
                continue
            if getattr(self, f.name) and getattr(shown, f.name):
                return True
        return bool(self.applications & shown.applications)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


class OperationBus(QObject):
    """The one place changes are broadcast (one per `Workers`, i.e. per application run).

    `changed(changes, initiator)`: an operation finished; `initiator` is the widget that
    started it (or None). `chosen(page)`: MainWindow put `page` on screen."""

    changed = Signal(object, object)
    chosen = Signal(object)

    @staticmethod
    def of(workers: Workers) -> OperationBus:
        """The bus of these workers (made on first use, a child of the workers object)."""
        bus = workers.findChild(OperationBus)
        if bus is None:
            bus = OperationBus(workers)
        return bus

    def broadcast(self, changes: Changes, initiator: QObject | None = None) -> None:
        if changes:
            log.debug("changes: %s", changes)
            emit(self.changed, changes, initiator)

    def choose(self, page: QWidget) -> None:
        """MainWindow: `page` is now the one on screen in its window."""
        emit(self.chosen, page)


def _weakly(fn: Callable[..., object] | None) -> Callable[[], Callable[..., object] | None]:
    """A getter for `fn` that does not keep its object alive: a listener is a child of its
    page, so a strong reference to a bound method of the page would make a cycle that only
    the garbage collector frees (and a page kept alive keeps its timers running)."""
    if fn is None:
        return lambda: None
    if inspect.ismethod(fn):
        return weakref.WeakMethod(fn)
    return lambda: fn  # a plain function or lambda: pass methods of the page where you can


class _Listener(QObject):
    """A page's subscription (a child of the page, so it goes away with it)."""

    def __init__(self, page: QWidget, bus: OperationBus, shows: Changes,
                 refresh: Callable[[], object], on_show: bool,
                 handle: Callable[[Changes], object] | None,
                 left: Callable[[], object] | None = None, skip_own: bool = False) -> None:
        super().__init__(page)
        self.shows, self.on_show, self.skip_own = shows, on_show, skip_own
        self.refresh, self.handle, self.left = _weakly(refresh), _weakly(handle), _weakly(left)
        self.current = True   # until a window's navigation says otherwise (a page on its own)
        self.stale = False
        bus.changed.connect(self._changed)
        bus.chosen.connect(self._chosen)

    def _page(self) -> QWidget | None:
        page = self.parent()
        return page if isinstance(page, QWidget) and shiboken6.isValid(page) else None

    def _call(self, getter: Callable[[], Callable[..., object] | None], *args: object) -> None:
        fn = getter()
        if fn is not None:
            fn(*args)

    def _changed(self, changes: Changes, initiator: object) -> None:
        page = self._page()
        if page is None or not changes.touches(self.shows):
            return
        if self.skip_own and isinstance(initiator, QWidget) and shiboken6.isValid(initiator) \
                and (initiator is page or page.isAncestorOf(initiator)):
            return  # the page showed its own change already
        if self.handle() is not None:  # the page refreshes part of itself, whether shown or not
            self._call(self.handle, changes)
        elif self.current:
            self._call(self.refresh)
        else:
            self.stale = True

    def _chosen(self, page: QWidget) -> None:
        mine = self._page()
        if mine is None or not shiboken6.isValid(page):
            return
        if page.window() is not mine.window():
            return  # another window's navigation
        was, self.current = self.current, page is mine or page.isAncestorOf(mine)
        if self.current and (self.stale or self.on_show):
            self.stale = False
            self._call(self.refresh)
        elif was and not self.current:
            self._call(self.left)


def listen(page: QWidget, workers: Workers, shows: Changes, refresh: Callable[[], object], *,
           on_show: bool = False, handle: Callable[[Changes], object] | None = None,
           skip_own: bool = False) -> None:
    """Subscribe `page` (or a widget inside a page) to the changes of the kinds in `shows`.

    `refresh` reloads what the page shows: called at once when the page is on screen,
    else when it is next chosen. `on_show=True` also refreshes each time the page is
    chosen (for lists other workstations change too). `handle(changes)`, when given, is
    called instead for every touching change, shown or not (for a page that updates a
    single row itself, or decides itself whether to reload). Pass methods of the page, not
    lambdas that hold it: the listener keeps methods weakly, other callables strongly.
    `skip_own=True`: not for changes this page (or a widget in it) started, when the page
    updated itself from the operation's result already (e.g. one row of a search)."""
    _Listener(page, OperationBus.of(workers), shows, refresh, on_show, handle, skip_own=skip_own)


def follow_screen(page: QWidget, workers: Workers, chosen: Callable[[], object],
                  left: Callable[[], object]) -> None:
    """Call `chosen()` each time the window's navigation puts `page` on screen and `left()`
    when it moves from `page` to another page (e.g. the application page gives its lease
    back). Not called for a page on its own (no navigation)."""
    _Listener(page, OperationBus.of(workers), Changes(), chosen, True, None, left)


def broadcast(workers: Workers, changes: Changes, initiator: QObject | None = None) -> None:
    """Say that data changed, for a write that is not an `Operation` (a decision sent by
    ui.pending_write, which retries while the connection is down; the background sync)."""
    OperationBus.of(workers).broadcast(changes, initiator)


class Progress(QObject):
    """Progress of a long operation, reported from the database thread, shown in the GUI."""

    updated = Signal(int, int)  # done, total

    def report(self, done: int, total: int, *_more: object) -> None:
        """Callable from any thread (a queued signal reaches the GUI thread)."""
        emit(self.updated, done, total)


class Operation(Generic[T]):
    """One user-started change: `fn` on the database thread, then `success(result)` and the
    broadcast of `changes` on the GUI thread; `failure(exc)` (or a message box) on error."""

    def __init__(self, parent: QWidget, workers: Workers, fn: Callable[[], T],
                 changes: Changes | Callable[[T], Changes]) -> None:
        self._parent, self._workers, self._fn, self._changes = parent, workers, fn, changes
        self._success: Callable[[T], object] | None = None
        self._failure: Callable[[BaseException], object] | None = None

    def success(self, fn: Callable[[T], object] | None) -> Operation[T]:
        self._success = fn
        return self

    def failure(self, fn: Callable[[BaseException], object] | None) -> Operation[T]:
        self._failure = fn
        return self

    def run(self) -> int:
        """Queue the operation on the database thread; returns the job id."""
        bus = OperationBus.of(self._workers)
        parent = self._parent
        success, failure, changes = self._success, self._failure, self._changes

        def done(result: T) -> None:
            alive = shiboken6.isValid(parent)
            try:
                if alive and success is not None:
                    success(result)
            finally:
                bus.broadcast(changes(result) if callable(changes) else changes, parent if alive else None)

        def failed(exc: BaseException) -> None:
            log.info("operation failed: %s", exc)
            if not shiboken6.isValid(parent):
                return
            if failure is not None:
                failure(exc)
            else:
                box = QMessageBox(QMessageBox.Icon.Warning,
                                  QCoreApplication.translate("Operation", "Could not be done"),
                                  error_message(exc), QMessageBox.StandardButton.Ok, parent)
                box.open()

        # owner=None: the broadcast must happen even when the parent widget is gone by then
        return self._workers.db(self._fn, done, failed)
