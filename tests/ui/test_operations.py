"""ui/operations.py: an operation runs on the database thread, then broadcasts its changes;
a listening page refreshes at once when it is on screen, else once when next chosen."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QStackedWidget, QWidget

from tests.ui.conftest import wait_idle
from ui.operations import Changes, Operation, OperationBus, Progress, listen


def test_changes_touch_and_union():
    assert Changes(queues=True).touches(Changes(queues=True, issued=True))
    assert not Changes(quarantine=True).touches(Changes(queues=True))
    assert Changes(applications=frozenset({3})).touches(Changes(applications=frozenset({3})))
    assert not Changes(applications=frozenset({3})).touches(Changes(applications=frozenset({4})))
    both = Changes(queues=True) | Changes.of_applications(5, issued=True)
    assert both == Changes(applications=frozenset({5}), queues=True, issued=True)
    assert not Changes() and Changes(audit=True)


def test_one_bus_per_workers(workers):
    assert OperationBus.of(workers) is OperationBus.of(workers)


def test_operation_runs_on_db_thread_then_broadcasts(qtbot, workers):
    page = QWidget()
    qtbot.addWidget(page)
    seen: list[tuple[Changes, object]] = []
    OperationBus.of(workers).changed.connect(lambda c, who: seen.append((c, who)))
    threads: list[threading.Thread] = []
    results: list[int] = []

    def work() -> int:
        threads.append(threading.current_thread())
        return 7

    Operation(page, workers, work, lambda n: Changes.of_applications(n)).success(results.append).run()
    wait_idle(qtbot, workers)
    qtbot.waitUntil(lambda: bool(seen))
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    assert results == [7]
    assert seen == [(Changes(applications=frozenset({7}), queues=True), page)]


def test_failed_operation_broadcasts_nothing(qtbot, workers):
    page = QWidget()
    qtbot.addWidget(page)
    seen: list[object] = []
    errors: list[BaseException] = []
    OperationBus.of(workers).changed.connect(lambda c, _w: seen.append(c))

    def boom() -> None:
        raise ValueError("no")

    Operation(page, workers, boom, Changes(queues=True)).failure(errors.append).run()
    wait_idle(qtbot, workers)
    qtbot.waitUntil(lambda: bool(errors))
    assert not seen


def test_hidden_page_refreshes_once_when_chosen(qtbot, workers):
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    shown, hidden = QWidget(), QWidget()
    stack.addWidget(shown)
    stack.addWidget(hidden)
    counts = {"shown": 0, "hidden": 0, "other": 0}
    listen(shown, workers, Changes(queues=True), lambda: counts.__setitem__("shown", counts["shown"] + 1))
    listen(hidden, workers, Changes(queues=True), lambda: counts.__setitem__("hidden", counts["hidden"] + 1))
    listen(hidden, workers, Changes(payments=True), lambda: counts.__setitem__("other", counts["other"] + 1))
    bus = OperationBus.of(workers)
    bus.choose(shown)
    bus.broadcast(Changes(queues=True))
    bus.broadcast(Changes.of_applications(1))
    assert counts == {"shown": 2, "hidden": 0, "other": 0}  # hidden: only marked stale
    bus.choose(hidden)
    assert counts == {"shown": 2, "hidden": 1, "other": 0}  # one reload for both changes
    bus.choose(shown)
    bus.choose(hidden)
    assert counts == {"shown": 2, "hidden": 1, "other": 0}  # nothing changed meanwhile


def test_on_show_page_reloads_each_time_chosen(qtbot, workers):
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    a, b = QWidget(), QWidget()
    stack.addWidget(a)
    stack.addWidget(b)
    n = []
    listen(b, workers, Changes(issued=True), lambda: n.append(1), on_show=True)
    bus = OperationBus.of(workers)
    bus.choose(b)
    bus.choose(a)
    bus.choose(b)
    assert len(n) == 2


def test_progress_reported_from_db_thread(qtbot, workers):
    page = QWidget()
    qtbot.addWidget(page)
    progress = Progress(page)
    steps: list[tuple[int, int]] = []
    progress.updated.connect(lambda d, t: steps.append((d, t)))

    def work() -> int:
        for i in range(1, 4):
            progress.report(i, 3)
        return 3

    Operation(page, workers, work, Changes(issued=True)).run()
    wait_idle(qtbot, workers)
    qtbot.waitUntil(lambda: len(steps) == 3)
    assert steps == [(1, 3), (2, 3), (3, 3)]


def test_failure_without_handler_is_shown_in_the_staffs_words(qtbot, workers, japanese):
    from PySide6.QtWidgets import QMessageBox

    from backoffice.platform.errors import NotFound

    page = QWidget()
    qtbot.addWidget(page)

    def missing() -> None:
        raise NotFound("application 99 not found")

    Operation(page, workers, missing, Changes(queues=True)).run()
    qtbot.waitUntil(lambda: bool(page.findChildren(QMessageBox)), timeout=5000)
    box = page.findChildren(QMessageBox)[0]
    assert box.windowTitle() == "実行できませんでした"
    assert "not found" not in box.text() and box.text()  # the core's English stays in the log
    box.close()


def test_db_wait_runs_a_step_of_a_pool_job_on_the_database_thread(qtbot, workers):
    import pytest

    where: dict[str, int] = {}
    workers.db(lambda: where.__setitem__("db", threading.get_ident()))

    def step() -> int:
        where["step"] = threading.get_ident()
        return 41

    def boom() -> int:
        raise ValueError("step failed")

    def pool_job() -> tuple[int, str]:
        where["pool"] = threading.get_ident()
        value = workers.db_wait(step) + 1
        try:
            workers.db_wait(boom)
        except ValueError as exc:
            return value, str(exc)
        return value, ""

    results: list[tuple[int, str]] = []
    workers.pool_run(pool_job, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    assert results == [(42, "step failed")]
    assert where["step"] == where["db"] != where["pool"]
    with pytest.raises(RuntimeError):
        workers.db_wait(step)  # the GUI thread would freeze
