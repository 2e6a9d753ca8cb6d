"""Opening an application just to look, then leaving, keeps it in its queue (issue 13
defect 5): still 審査待ち, nobody holds it, it counts in 審査待ち, and 次へ takes it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from backoffice.casework import workflow
from backoffice.db.models import Application
from tests.ui.conftest import wait_idle
from tests.ui.factories import make_applications
from tests.ui.test_review_session import _window


def _ready_count(queue) -> str:
    return queue.queue_list.item(0).text()


def test_look_and_leave_keeps_the_application_in_its_queue(qtbot, ui_bo, people, workers):
    bo = ui_bo
    first = make_applications(bo, 3, procedures=("juminhyo-copy",))[0]
    win = _window(qtbot, bo, workers, "rev1")
    queue, page = win.queue_page, win.application_page
    qtbot.waitUntil(lambda: _ready_count(queue).endswith("(3)"), timeout=10000)
    with qtbot.waitSignal(page.application_loaded, timeout=10000):
        win.open_application(first.pk)  # Enter on the queue row
    assert page.claimed and page.current.pk == first.pk
    win.nav.setCurrentRow(0)  # back to the queues without deciding
    wait_idle(qtbot, workers)
    with bo.db.read() as s:
        app = s.get(Application, first.pk)
        assert (app.status, app.claimed_by) == (workflow.READY, None)
    queue.refresh_counts()
    wait_idle(qtbot, workers)
    assert _ready_count(queue).endswith("(3)")
    mine = next(i for i, (_t, d) in enumerate(queue.defs) if d.key == "mine")
    assert queue.queue_list.item(mine).text().endswith("(0)")
    queue.queue_list.setCurrentRow(0)
    wait_idle(qtbot, workers)
    assert first.pk in [queue.model.row_at(r).pk for r in range(queue.model.rowCount())]
    with qtbot.waitSignal(page.application_loaded, timeout=10000):
        qtbot.mouseClick(queue.next_button, Qt.MouseButton.LeftButton)
    assert page.current.pk == first.pk and page.claimed  # 次へ does not skip it
    with bo.db.read() as s:
        held = s.execute(select(Application.status, Application.claimed_by).where(Application.id == first.pk)).one()
    assert held.status == workflow.READY and held.claimed_by is not None
    win.close()
    wait_idle(qtbot, workers)


def test_opening_two_in_quick_succession_holds_only_the_second(qtbot, ui_bo, people, workers):
    """A double Enter (or 次へ twice): the first open() claims on the database worker, but the
    screen has already asked for the second; the first claim is given back, not left held."""
    bo = ui_bo
    a, b = make_applications(bo, 2, procedures=("juminhyo-copy",))
    win = _window(qtbot, bo, workers, "rev1")
    page = win.application_page
    win.open_application(a.pk)
    win.open_application(b.pk)  # before the first result is back
    qtbot.waitUntil(lambda: page.current is not None and page.loading_pk is None, timeout=10000)
    wait_idle(qtbot, workers)
    assert page.current.pk == b.pk and page.claimed
    with bo.db.read() as s:
        first, second = s.get(Application, a.pk), s.get(Application, b.pk)
        assert (first.status, first.claimed_by) == (workflow.READY, None)  # back in its queue
        assert second.claimed_by == people["reviewer"].id
    win.close()
    wait_idle(qtbot, workers)
