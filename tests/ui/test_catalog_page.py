"""The procedure catalog screen driven like an administrator (issue 16 item 3): a fee change
from a later date is scheduled from the dialog, listed as scheduled, in force from its day;
a date in the past cannot be chosen."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate

from backoffice.accounts.permissions import Actor
from backoffice.platform.context import Backoffice
from backoffice.platform.timeutil import today_jst
from ui.pages.catalog_page import CatalogPage, ProcedureDialog

ADMIN = Actor(code="os:admin", name="admin", roles=frozenset({"admin"}))


def test_an_administrator_schedules_a_fee_change(qtbot, workers, ui_bo):
    bo = Backoffice.open(ui_bo.config)  # reads the catalog init put into the database
    page = CatalogPage(bo, ADMIN, workers)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.table.rowCount() == len(bo.catalog.codes()), timeout=20000)
    page.select_code("juminhyo-copy")
    row = page.selected()
    assert row is not None and row.fee_per_copy == 300
    dialog = ProcedureDialog(row, list(page.titles.items()), parent=page)
    later = today_jst() + timedelta(days=20)
    past = today_jst() - timedelta(days=1)
    dialog.effective.setDate(QDate(past.year, past.month, past.day))
    assert dialog.effective.date() >= QDate(today_jst().year, today_jst().month, today_jst().day)  # no past day
    dialog.effective.setDate(QDate(later.year, later.month, later.day))
    dialog.fee.setValue(350)
    dialog.note.setText("手数料条例の改正")
    dialog.exec = lambda: dialog.accept() or int(dialog.result())  # type: ignore[method-assign]
    page.change_selected(dialog)
    qtbot.waitUntil(lambda: "change" in page.summary.text() or "No" in page.summary.text(), timeout=20000)
    assert "1 change" in page.summary.text(), page.summary.text()
    qtbot.waitUntil(lambda: "350" in page.table.item(0, 6).text() or any(
        "350" in page.table.item(i, 6).text() for i in range(page.table.rowCount())), timeout=20000)
    assert bo.catalog.get("juminhyo-copy").fee_per_copy == 300
    assert bo.catalog.on(later).get("juminhyo-copy").fee_per_copy == 350
    bo.close()


def test_field_labels_and_a_same_day_period_reach_another_workstations_screen(qtbot, workers, ui_bo):
    """The administrator changes a field label and makes the procedure same-day (0 business
    days) from the dialog; another workstation's application screen, already showing an
    application received today, shows the new label after its catalog check (no restart)."""
    from backoffice.casework import workflow
    from backoffice.db.models import Application
    from backoffice.platform.timeutil import utcnow
    from tests.ui.factories import make_applications, make_staff
    from ui.catalog_watch import CatalogWatch
    from ui.pages.application_page import ApplicationPage

    admin_bo, desk_bo = Backoffice.open(ui_bo.config), Backoffice.open(ui_bo.config)
    [made] = make_applications(desk_bo, 1, statuses=(workflow.READY,), procedures=("juminhyo-copy",))
    with desk_bo.db.write() as s:
        s.get(Application, made.pk).received_at = utcnow()  # judged by today's version
    reviewer = make_staff(desk_bo, "rev9", ["reviewer"], "審査 九郎")
    watch = CatalogWatch(desk_bo, workers, interval_ms=3_600_000)
    app_page = ApplicationPage(desk_bo, reviewer, workers)
    qtbot.addWidget(app_page)
    watch.start()
    qtbot.waitUntil(lambda: watch.watch is not None, timeout=10000)
    with qtbot.waitSignal(app_page.application_loaded, timeout=10000):
        app_page.open(made.pk)
    shown = app_page.detail_view.browser.toPlainText()
    assert "使用目的" in shown and "提出先" not in shown

    page = CatalogPage(admin_bo, ADMIN, workers)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.table.rowCount() == len(admin_bo.catalog.codes()), timeout=20000)
    page.select_code("juminhyo-copy")
    row = page.selected()
    assert row is not None
    dialog = ProcedureDialog(row, list(page.titles.items()), parent=page)
    assert dialog.days.value() == 3 and dialog.field_labels["purpose"].text() == "使用目的"
    dialog.days.setValue(-1)
    assert dialog.days.text() == "No standard period"  # below 0: none; 0 is the same day
    dialog.days.setValue(0)
    dialog.field_labels["purpose"].setText("使用目的（提出先）")
    dialog.exec = lambda: dialog.accept() or int(dialog.result())  # type: ignore[method-assign]
    page.change_selected(dialog)
    qtbot.waitUntil(lambda: "change" in page.summary.text(), timeout=20000)
    assert "2 change" in page.summary.text(), page.summary.text()
    i = next(i for i, r in enumerate(page.rows) if r.code == "juminhyo-copy")
    qtbot.waitUntil(lambda: page.table.item(i, 3).text() == "Same day", timeout=20000)
    assert admin_bo.catalog.get("juminhyo-copy").fields["purpose"] == "使用目的（提出先）"

    assert "提出先" not in app_page.detail_view.browser.toPlainText()  # not before the check
    watch.check_now()
    qtbot.waitUntil(lambda: "使用目的（提出先）" in app_page.detail_view.browser.toPlainText(), timeout=10000)
    assert desk_bo.catalog.get("juminhyo-copy").processing_days == 0
    watch.stop()
    app_page.leave()
    admin_bo.close()
    desk_bo.close()
