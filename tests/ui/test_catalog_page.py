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
