"""ExportPage: pending counts, export by hand on the worker with progress, history, re-export."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.export import util
from tests.ui.conftest import wait_idle


def test_export_page_runs_and_reexports(qtbot, ui_bo, workers, people, monkeypatch):
    from ui.pages.export_page import ExportPage

    util.insert_decisions(ui_bo, 9, start=1000)
    page = ExportPage(ui_bo, people["supervisor"], workers)
    qtbot.addWidget(page)
    page.refresh()
    wait_idle(qtbot, workers)
    assert "9" in page.pending.text() and page.model.rowCount() == 0
    seen: list[tuple[int, int]] = []
    page._signal.changed.connect(lambda d, t: seen.append((d, t)))
    page.run_export()
    assert not page.run_button.isEnabled()  # the GUI thread is free while the worker exports
    wait_idle(qtbot, workers)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert seen and seen[-1] == (9, 9) and page.run_button.isEnabled()
    assert "9 rows" in page.status.text() and page.model.rows[0].rows == 9
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.table.selectRow(0)
    page.reexport_selected()
    wait_idle(qtbot, workers)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    newest, original = page.model.rows
    assert newest.reexport_of == original.batch_id
    assert len(util.read_all(ui_bo.config.export_out)) == 2


def test_export_page_refuses_a_reviewer(qtbot, ui_bo, workers, people):
    from ui.pages.export_page import ExportPage

    page = ExportPage(ui_bo, people["reviewer"], workers)
    qtbot.addWidget(page)
    page.refresh()
    wait_idle(qtbot, workers)
    # the refusal in words for staff (ui/errors.py), never the core's "may not export.view"
    from PySide6.QtCore import QCoreApplication

    refused = QCoreApplication.translate(
        "Errors", "Your role does not allow this. Ask a supervisor or the system administrator if you need it.")
    qtbot.waitUntil(lambda: page.status.text() == refused)
    assert "export.view" not in page.status.text()
