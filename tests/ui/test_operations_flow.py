"""Changes made on one page reach the others through the operation bus (ui/operations.py),
as the person sees them: no manual refresh, no page wired to another, every database call
on the one database thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from sqlalchemy import event, text

from backoffice.administration import staff
from backoffice.casework import workflow
from backoffice.db.models import Application
from tests import builders
from tests.intake.conftest import make_env
from tests.ui.conftest import PASSWORD, wait_idle
from tests.ui.factories import make_applications, make_staff
from ui.main_window import MainWindow
from ui.operations import OperationBus
from ui.pages.application_page import ApplicationPage
from ui.pages.dashboard_page import DashboardPage
from ui.pages.quarantine_page import QuarantinePage
from ui.pages.queue_page import QueuePage
from ui.sync_runner import SyncRunner


def _queue_ids(page: QueuePage) -> set[str]:
    return {page.model.index(r, 0).data() for r in range(page.model.rowCount())}


def _status_of(bo, pk: int) -> str:
    with bo.db.read() as s:
        return s.get(Application, pk).status


def test_a_decision_reaches_the_queue_on_screen_without_a_refresh(qtbot, ui_bo, people, workers):
    """Two pages that know nothing of each other: the queue on screen reloads when the
    application page records a decision."""
    made = make_applications(ui_bo, 3, statuses=(workflow.READY,), procedures=("juminhyo-copy",))
    reviewer = people["reviewer"]
    queue = QueuePage(ui_bo, reviewer, workers)
    app_page = ApplicationPage(ui_bo, reviewer, workers)
    for w in (queue, app_page):
        qtbot.addWidget(w)
    qtbot.waitUntil(lambda: queue.model.rowCount() == 3, timeout=10000)
    target = made[0]
    with qtbot.waitSignal(app_page.application_loaded, timeout=10000):
        app_page.open(target.pk)
    assert app_page.claimed
    app_page.decision.reason.setPlainText("")
    with qtbot.waitSignal(queue.model.page_loaded, timeout=15000):  # the broadcast reloads the queue
        with qtbot.waitSignal(app_page.decision_recorded, timeout=10000):
            app_page.decide("approve", "")
    qtbot.waitUntil(lambda: target.application_id not in _queue_ids(queue), timeout=10000)
    assert _status_of(ui_bo, target.pk) != workflow.READY
    assert len(_queue_ids(queue)) == 2


def test_supervisor_window_hidden_pages_reload_once_when_chosen(qtbot, ui_bo, people, workers):
    """In a supervisor's window the decision is made on the application page; the queue
    (hidden then) shows it when chosen, reloading once, and the dashboard counts it."""
    make_applications(ui_bo, 4, statuses=(workflow.READY,), procedures=("juminhyo-copy",))
    session = staff.login(ui_bo.db, "sup1", PASSWORD, "PC-1")
    win = MainWindow(ui_bo, session, workers, start_sync=False)
    qtbot.addWidget(win)
    win.show()
    queue = win.queue_page
    assert queue is not None and win.application_page is not None
    qtbot.waitUntil(lambda: queue.model.rowCount() == 4, timeout=10000)
    loads: list[int] = []
    queue.model.page_loaded.connect(loads.append)
    with qtbot.waitSignal(win.application_page.application_loaded, timeout=10000):
        queue.next_action.trigger()
    decided = win.application_page.current
    assert decided is not None and win.pages.currentWidget() is win.application_page
    wait_idle(qtbot, workers)
    loads.clear()
    with qtbot.waitSignal(win.application_page.decision_recorded, timeout=10000):
        win.application_page.decide("approve", "")
    wait_idle(qtbot, workers)
    assert loads == []  # hidden: marked stale, not reloaded for nobody
    titles = [win.nav.item(i).text() for i in range(win.nav.count())]
    win.nav.setCurrentRow(titles.index("Review queues"))
    qtbot.waitUntil(lambda: decided.application_id not in _queue_ids(queue), timeout=10000)
    wait_idle(qtbot, workers)
    assert len(loads) == 1, loads  # one reload for the decision (the claim was in it too)
    dashboard = next(win.pages.widget(i) for i in range(win.pages.count())
                     if isinstance(win.pages.widget(i), DashboardPage))
    with qtbot.waitSignal(dashboard.snapshot_loaded, timeout=10000) as got:
        win.nav.setCurrentRow(titles.index("Supervision"))
    assert got.args[0].by_status.get(workflow.READY, 0) == 3
    win.close()


def test_quarantine_retry_updates_the_list_and_the_queue(qtbot, workers, sqlite_url, tmp_path):
    """A bundle the database refused is retried once the cause is gone: the quarantine list
    loses it and the queue counts and lists the application, without a refresh."""
    env = make_env(sqlite_url, tmp_path)
    with env.bo.db.write() as s:
        s.execute(text("CREATE TRIGGER poison BEFORE INSERT ON applications WHEN NEW.applicant_name = "
                       "'毒見 太郎' BEGIN SELECT RAISE(ABORT, 'poisoned row'); END"))
    env.put(env.bundle(builders.sample_application(application_id="OSK-P", applicant__name="毒見 太郎"),
                       sign=False))
    assert env.sync().quarantined == 1
    with env.bo.db.write() as s:
        s.execute(text("DROP TRIGGER poison"))  # the cause is gone (in life: a fixed configuration)
    sup = make_staff(env.bo, "s1", ["supervisor"])
    quarantine = QuarantinePage(env.bo, sup, workers)
    queue = QueuePage(env.bo, sup, workers)
    sync = SyncRunner(env.bo, workers)
    sync.timer.setInterval(600_000)  # only the first run and the one the retry starts
    states: list = []
    sync.state_changed.connect(states.append)
    for w in (quarantine, queue):
        qtbot.addWidget(w)
    assert sync.state.enabled
    db_thread: list[int] = []
    workers.db(lambda: db_thread.append(threading.get_ident()))
    wait_idle(qtbot, workers)
    threads: set[int] = set()

    def seen(_conn: object, _cursor: object, _statement: str, *_args: object) -> None:
        threads.add(threading.get_ident())

    event.listen(env.bo.db.engine, "before_cursor_execute", seen)
    sync.start()  # the window's background sync: one run now (finding nothing), then by the timer
    quarantine.refresh()
    qtbot.waitUntil(lambda: quarantine.model.rowCount() == 1, timeout=10000)
    qtbot.waitUntil(lambda: not sync.state.running, timeout=10000)
    assert queue.model.rowCount() == 0
    quarantine.table.selectRow(0)
    qtbot.mouseClick(quarantine.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: quarantine.model.rowCount() == 0, timeout=10000)
    assert "inbox" in quarantine.summary.text()
    qtbot.waitUntil(lambda: any(st.ingested == 1 for st in states), timeout=15000)  # at once, not at a tick
    last = queue.queue_list.count() - 1  # 「すべて」
    qtbot.waitUntil(lambda: queue.queue_list.item(last).text().endswith("(1)"), timeout=10000)
    queue.queue_list.setCurrentRow(last)  # the list stays where the reviewer is (counts move at once)
    qtbot.waitUntil(lambda: "OSK-P" in _queue_ids(queue), timeout=10000)
    sync.stop()
    wait_idle(qtbot, workers)
    event.remove(env.bo.db.engine, "before_cursor_execute", seen)
    # the sync read and checked the bundle on the pool, every statement ran on the database thread
    assert threads == set(db_thread), "a database call off the database thread"
    env.bo.close()


def test_issuing_writes_on_the_database_thread_and_moves_the_rows(qtbot, ui_bo, people, workers,
                                                                   memory_keyring):
    from backoffice.accounts import keystore
    from ui.pages.issued_page import IssuedPage

    keystore.create_issuing_key(ui_bo.config.key_id)
    make_applications(ui_bo, 3, statuses=(workflow.APPROVED,), procedures=("juminhyo-copy",))
    page = IssuedPage(ui_bo, people["counter"], workers)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: len(page.to_issue) == 3, timeout=10000)
    db_thread: list[int] = []
    workers.db(lambda: db_thread.append(threading.get_ident()))
    wait_idle(qtbot, workers)
    statements: list[tuple[int, str]] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        first = statement.split(None, 1)[0].upper()
        if first == "SELECT" and "bo_issue(" in statement:  # a person's issuing: the server writes
            first = "SELECT bo_issue"
        statements.append((threading.get_ident(), first))

    event.listen(ui_bo.db.engine, "before_cursor_execute", seen)
    try:
        page.issue_table.selectRow(0)
        page.issue(selected=True)
        qtbot.waitUntil(lambda: len(page.to_issue) == 2 and len(page.issued) == 1, timeout=30000)
        page.issue(selected=False)
        qtbot.waitUntil(lambda: not page.to_issue and len(page.issued) == 3, timeout=30000)
        wait_idle(qtbot, workers)
    finally:
        event.remove(ui_bo.db.engine, "before_cursor_execute", seen)
    writes = [s for s in statements if s[1] in ("INSERT", "UPDATE", "DELETE", "SELECT bo_issue")]
    assert writes, statements[:5]
    assert {ident for ident, _ in statements} == set(db_thread), "a database call off the database thread"
    assert "3" in page.message.text() or "2" in page.message.text()


def test_one_bus_for_the_window(qtbot, ui_bo, people, workers):
    session = staff.login(ui_bo.db, "rev1", PASSWORD, "PC-1")
    win = MainWindow(ui_bo, session, workers, start_sync=False)
    qtbot.addWidget(win)
    assert win.bus is OperationBus.of(workers)
    win.close()
