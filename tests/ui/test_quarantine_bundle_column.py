"""The quarantine list shows each bundle's name whole on one line (issue 13, seen retaking
docs/img/quarantine.png: UUID names were broken at their hyphens in one row and cut with
「…」 in another)."""

from __future__ import annotations

from tests.intake.conftest import make_env
from tests.ui.factories import make_staff
from ui.models.quarantine_model import QuarantineModel
from ui.pages.quarantine_page import QuarantinePage

NAMES = ("01a22b3a-4bc6-757d-8f74-6b3091bf0c5e.zip", "0c14b594-c9ed-4fc2-ad5b-b867e5327c34.zip")


def test_bundle_names_fit_their_column(qtbot, workers, sqlite_url, tmp_path) -> None:
    env = make_env(sqlite_url, tmp_path)
    try:
        for name in NAMES:
            env.bo.spool.write_atomic("inbox", name, b"not a zip")
        env.sync()
        page = QuarantinePage(env.bo, make_staff(env.bo, "s1", ["supervisor"]), workers)
        qtbot.addWidget(page)
        page.resize(1290, 860)
        page.show()
        page.refresh()
        qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
        width = page.table.columnWidth(QuarantineModel.COL_BUNDLE)
        shown = {page.model.row(i).bundle for i in range(page.model.rowCount())}
        assert shown == set(NAMES)
        for name in NAMES:  # the text and the cell's margins fit: neither wrapped nor elided
            assert page.table.fontMetrics().horizontalAdvance(name) + 8 <= width, (name, width)
        one_line = page.table.fontMetrics().height() * 2
        assert all(page.table.rowHeight(i) < one_line for i in range(2)), [page.table.rowHeight(i) for i in range(2)]
    finally:
        env.bo.close()
