"""pytest-qt: the dashboard, appointments and payments pages on a real (SQLite) database,
driven like a person; qtmodeltester on the row model."""

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt

from backoffice.db.models import Application
from backoffice.platform.timeutil import utcnow
from backoffice.supervision import appointments, counters
from tests.supervision.helpers import settlement_csv
from tests.ui.conftest import wait_idle
from tests.ui.factories import make_applications, make_staff

DAY = date(2027, 5, 6)


def test_rows_model_passes_qtmodeltester(qtmodeltester):
    from ui.models.rows_model import Column, RowsModel

    m = RowsModel([Column("a", lambda r: r[0]), Column("b", lambda r: str(r[1]), lambda r: r[1], True)])
    m.set_rows([("x", 1), ("y", 2), ("z", 3)])
    qtmodeltester.check(m)
    assert m.data(m.index(1, 1), RowsModel.SortKeyRole) == 2


def test_dashboard_page_shows_real_numbers_and_saves_pngs(qtbot, ui_bo, workers, tmp_path):
    from ui.pages.dashboard_page import DashboardPage

    sup = make_staff(ui_bo, "sup1", ["supervisor"], "決裁 花子")
    rev = make_staff(ui_bo, "rev1", ["reviewer"], "審査 太郎")
    make_applications(ui_bo, 6, statuses=("ready_for_review", "in_review", "approved"), claimer=rev)
    page = DashboardPage(ui_bo, sup, workers, refresh_ms=200)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.snapshot_loaded, timeout=10000) as got:
        page.show()
    snap = got.args[0]
    wait_idle(qtbot, workers)
    assert snap.by_status == {"ready_for_review": 2, "in_review": 2, "approved": 2}
    assert sum(n for _, n in snap.decisions_per_day) == 2  # the two approvals, today
    assert page.views["status"].chart().series()[0].barSets()[0].sum() == 6
    assert page.workload.model.rowCount() == 2  # rev1 holds both in_review
    assert "2" in page.deadline_summary.text() or "0" in page.deadline_summary.text()
    assert page.overdue_model.rowCount() == snap.overdue_count or page.overdue_model.rowCount() == 200
    # the timer refreshes by itself
    with qtbot.waitSignal(page.snapshot_loaded, timeout=5000):
        pass
    paths = page.save_charts(str(tmp_path))
    assert len(paths) == 4 and all((tmp_path / p.split("/")[-1]).stat().st_size > 1000 for p in paths)
    # hand one over to the supervisor through the widget
    page.workload.table.selectRow(0)
    page.workload.target.setCurrentIndex(page.workload.target.findData(sup.id))
    qtbot.mouseClick(page.workload.hand_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "handed over" in page.workload.message.text(), timeout=10000)
    wait_idle(qtbot, workers)
    assert {c.staff_code for c in page.workload.model._rows} == {"rev1", "sup1"}
    page.hide()
    page.grab().save(str(tmp_path / "dashboard.png"))


def test_appointments_page_books_checks_in_and_opens(qtbot, ui_bo, workers):
    from ui.pages.appointments_page import AppointmentsPage

    clerk = make_staff(ui_bo, "cnt1", ["counter"], "窓口 次郎")
    made = make_applications(ui_bo, 1)[0]
    counters.locations(ui_bo, clerk)
    page = AppointmentsPage(ui_bo, clerk, workers)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    wait_idle(qtbot, workers)
    assert page.counter.count() == 3
    page.counter.setCurrentIndex(page.counter.findData("hoken-2f"))
    with qtbot.waitSignal(page.day_loaded, timeout=10000):
        page.day.setDate(QDate(DAY))
    assert page.slot.count() == 16
    page.visitor.setText("山田 太郎")
    page.purpose.setText("国保の手続")
    page.app_id.setText(made.application_id)
    with qtbot.waitSignal(page.day_loaded, timeout=10000):
        qtbot.mouseClick(page.book_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    assert page.model.row(0).application_id == made.application_id
    page.table.selectRow(0)
    with qtbot.waitSignal(page.day_loaded, timeout=10000):
        qtbot.mouseClick(page.buttons["check_in"], Qt.MouseButton.LeftButton)
    assert page.model.row(0).status == "checked_in"
    page.table.selectRow(0)
    with qtbot.waitSignal(page.application_opened, timeout=2000) as opened:
        qtbot.mouseClick(page.buttons["open"], Qt.MouseButton.LeftButton)
    assert opened.args == [made.pk]
    # a second seat, then the slot is full and leaves the list of free times
    appointments.book(ui_bo, clerk, "hoken-2f", page.model.row(0).starts_at, "佐藤 花子")
    with qtbot.waitSignal(page.day_loaded, timeout=10000):
        page.refresh_day()
    assert page.slot.count() == 15 and page.model.rowCount() == 2
    with qtbot.waitSignal(page.day_loaded, timeout=10000):
        page.day.setDate(QDate(2027, 5, 5))  # Children's Day
    assert page.slot.count() == 0 and "closed" in page.message.text()


def test_payments_page_imports_and_records(qtbot, ui_bo, workers, tmp_path):
    from ui.pages.payments_page import PaymentsPage

    sup = make_staff(ui_bo, "sup1", ["supervisor"])
    made = make_applications(ui_bo, 2, statuses=("ready_for_review", "rejected"))
    with ui_bo.db.write() as s:  # the factory keeps no transaction id; intake would
        for m in made:
            s.get(Application, m.pk).payment_transaction_id = f"PG-{m.application_id}"
    paid = (utcnow() + timedelta(hours=1)).isoformat()
    f = tmp_path / "settle.csv"
    f.write_bytes(settlement_csv([(f"PG-{made[0].application_id}", made[0].application_id, 1, paid, "credit_card", "paid"),
                                  (f"PG-{made[1].application_id}", made[1].application_id, 450, paid, "コンビニ", "paid")],
                                 encoding="cp932"))
    page = PaymentsPage(ui_bo, sup, workers)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.import_file(str(f))
    wait_idle(qtbot, workers)
    assert "2 new" in page.message.text() and "Shift_JIS" in page.message.text()  # cp932 in words
    assert [page.mismatch_model.row(i).kind for i in range(page.mismatch_model.rowCount())] == ["amount_differs"]
    assert page.refund_model.rowCount() == 1
    page.refunds.selectRow(0)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.refund_button, Qt.MouseButton.LeftButton)
    assert page.refund_model.rowCount() == 0
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.import_file(str(f))
    assert "nothing changed" in page.message.text()
