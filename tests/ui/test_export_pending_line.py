"""基幹系出力: the line of decisions waiting for export lists the procedures by name with
「、」 between them, not 「, 」 (issue 13, seen retaking docs/img/export.png)."""

from __future__ import annotations

from tests.export import util
from tests.ui.conftest import wait_idle


def test_pending_line_lists_procedures_by_name_with_japanese_commas(qtbot, ui_bo, workers, people) -> None:
    from ui import labels
    from ui.pages.export_page import ExportPage

    util.insert_decisions(ui_bo, 6, start=2000)  # two of each of three procedures
    page = ExportPage(ui_bo, people["supervisor"], workers)
    qtbot.addWidget(page)
    page.refresh()
    wait_idle(qtbot, workers)
    text = page.pending.text()
    names = [labels.procedure_name(ui_bo.catalog, p) for p in util.PROCS]
    assert all(f"{n} 2" in text for n in names), text
    assert text.count("、") == len(names) - 1 and ", " not in text, text
