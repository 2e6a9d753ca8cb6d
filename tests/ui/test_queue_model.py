"""QueueModel: Qt model contract, lazy keyset pages, sorting, colours, jump to end."""

from datetime import timedelta

from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import update

from backoffice.casework import queues
from backoffice.db.models import Application
from backoffice.platform.timeutil import today_jst
from tests.ui.factories import make_applications, make_staff
from ui.models.queue_model import DUE_SOON, OVERDUE, QueueModel


def _model(bo, actor, page_size=5):
    def fetch(f, sort, desc, after, limit):
        return queues.load_page(bo, actor, f, sort, after, limit, descending=desc)
    m = QueueModel(fetch, bo.catalog, bo.calendar, page_size=page_size)
    m.reload(queues.QueueFilter())
    return m


def test_model_passes_qtmodeltester(qtmodeltester, ui_bo, people):
    make_applications(ui_bo, 12, statuses=("ready_for_review", "needs_attention"))
    m = _model(ui_bo, people["reviewer"])
    qtmodeltester.check(m, force_py=True)
    while m.canFetchMore(QModelIndex()):
        m.fetchMore(QModelIndex())
    qtmodeltester.check(m, force_py=True)


def test_pages_load_lazily_and_every_row_once(ui_bo, people):
    make_applications(ui_bo, 23)
    m = _model(ui_bo, people["reviewer"])
    assert m.rowCount() == 5 and m.canFetchMore(QModelIndex())
    for sort_col in (QueueModel.COL_RECEIVED, QueueModel.COL_KANA, QueueModel.COL_PROCEDURE, QueueModel.COL_DUE):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            m.sort(sort_col, order)
            while m.canFetchMore(QModelIndex()):
                m.fetchMore(QModelIndex())
            pks = [m.index(r, 0).data(QueueModel.PkRole) for r in range(m.rowCount())]
            assert len(pks) == 23 and len(set(pks)) == 23
            keys = [m.index(r, 0).data(QueueModel.SortKeyRole) for r in range(m.rowCount())]
            if sort_col != QueueModel.COL_DUE:  # due has NULLs; covered in tests/core
                assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)


def test_unsortable_column_keeps_the_sort(ui_bo, people):
    make_applications(ui_bo, 3)
    m = _model(ui_bo, people["reviewer"])
    m.sort(QueueModel.COL_STATUS)
    assert m.sort_by == "due_date"


def test_jump_to_end_is_one_reversed_page(ui_bo, people):
    made = make_applications(ui_bo, 12)
    m = _model(ui_bo, people["reviewer"])
    m.sort(QueueModel.COL_RECEIVED)
    m.jump_to_end()
    assert m.rowCount() == 5 and m.descending
    assert m.index(0, 0).data(QueueModel.PkRole) == made[-1].pk  # the newest is the last row ascending


def test_due_dates_are_coloured(ui_bo, people):
    made = make_applications(ui_bo, 3)
    today = today_jst()
    with ui_bo.db.write() as s:
        s.execute(update(Application).where(Application.id == made[0].pk).values(due_date=today - timedelta(days=1)))
        s.execute(update(Application).where(Application.id == made[1].pk).values(due_date=today))
        s.execute(update(Application).where(Application.id == made[2].pk).values(due_date=today + timedelta(days=30)))
    m = _model(ui_bo, people["reviewer"])
    colours = {m.index(r, 0).data(QueueModel.PkRole): m.index(r, QueueModel.COL_DUE).data(Qt.ItemDataRole.BackgroundRole)
               for r in range(3)}
    assert colours[made[0].pk].color() == OVERDUE
    assert colours[made[1].pk].color() == DUE_SOON
    assert colours[made[2].pk] is None


def test_async_runner_drops_stale_pages(qtbot, ui_bo, people, workers):
    make_applications(ui_bo, 8)
    actor = people["reviewer"]

    def fetch(f, sort, desc, after, limit):
        return queues.load_page(ui_bo, actor, f, sort, after, limit, descending=desc)
    m = QueueModel(fetch, ui_bo.catalog, ui_bo.calendar, page_size=50,
                   runner=lambda fn, ok, err: workers.db(fn, ok, err))
    m.reload(queues.QueueFilter(search="ﾔﾏﾀﾞ"))
    m.reload(queues.QueueFilter())  # the first result must be ignored
    qtbot.waitUntil(lambda: m.exhausted)
    assert m.rowCount() == 8


def test_quarantine_model(qtmodeltester):
    from datetime import datetime

    from backoffice.casework.queries import QuarantineRow
    from ui.models.quarantine_model import QuarantineModel
    m = QuarantineModel()
    m.set_rows([QuarantineRow(1, "x.zip", "not_a_zip", "not a zip file", datetime(2026, 11, 28), None, None, None)])
    qtmodeltester.check(m, force_py=True)
    # staff read the reason in words; the code and the core's sentence stay in the tooltip
    from PySide6.QtCore import Qt

    from ui import labels

    reason = m.index(0, QuarantineModel.COL_REASON)
    assert reason.data() == labels.quarantine_reason_label("not_a_zip") != "not_a_zip"
    assert reason.data(Qt.ItemDataRole.ToolTipRole) == "not_a_zip"
    assert m.index(0, QuarantineModel.COL_DETAIL).data(Qt.ItemDataRole.ToolTipRole) == "not a zip file"


def test_staff_factory(ui_bo):
    assert make_staff(ui_bo, "x1", ["counter"]).has("application.search")
