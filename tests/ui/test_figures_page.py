"""The supervisor's figures page (issue 18 item 4): the month's table from the tested
hand-computed month, the two 12-month charts, and the three files saved from it."""

from __future__ import annotations

from openpyxl import load_workbook

from tests.supervision.test_figures import build_month
from tests.ui.conftest import wait_idle


def test_the_month_its_charts_and_the_files(qtbot, ui_bo, people, workers, tmp_path):
    from ui.pages.figures_page import FiguresPage

    build_month(ui_bo)
    page = FiguresPage(ui_bo, people["supervisor"], workers)
    qtbot.addWidget(page)
    page.choose_month("2026-11")
    page.refresh()
    qtbot.waitUntil(lambda: page.month_figures is not None and page.month_figures.month == "2026-11", timeout=15000)
    wait_idle(qtbot, workers)
    names = [page.model.row(r).name for r in range(page.model.rowCount())]
    assert names == ["印鑑登録証明書交付", "住民票の写し交付", "合計"]
    cells = [page.model.index(1, c).data() for c in range(page.model.columnCount())]
    assert cells[1:7] == ["4", "1", "33.3%", "3.0", "4.0", "75.0%"]
    assert page.model.index(0, 3).data() == "—"  # nothing to divide
    bars = page.receipts_view.chart().series()[0]
    assert [s.label() for s in bars.barSets()] == ["Online", "Counter"]
    assert bars.barSets()[0].at(11) == 5 and bars.barSets()[1].at(11) == 1
    assert page.rate_view.chart().series()[0].count() == 1  # only November has a completed application
    for kind in ("xlsx", "csv", "pdf"):
        out = tmp_path / f"s.{kind}"
        page.write(kind, str(out))
        qtbot.waitUntil(lambda o=out: o.exists(), timeout=15000)
    assert load_workbook(tmp_path / "s.xlsx").sheetnames[0] == "月次集計"
    assert (tmp_path / "s.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert (tmp_path / "s.pdf").read_bytes()[:4] == b"%PDF"
    page.choose_month("2026-09")
    qtbot.waitUntil(lambda: page.month_figures.month == "2026-09", timeout=15000)
    assert page.model.rowCount() == 0 and page.message.text()
