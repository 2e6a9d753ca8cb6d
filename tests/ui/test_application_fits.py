"""The application screen keeps the window's size (issue: screenshots, item 2): an application
with the register's answer and its household used to raise the page's minimum height so the
main window grew to about 1000 px on a 1280×800 screen. A reviewer opens such an application
in a window of 1280×800: the window stays 800 px tall, the register's answer scrolls in its
own area and the decision buttons stay on screen."""

from __future__ import annotations

from sqlalchemy import select

from backoffice.administration import staff
from backoffice.casework import review
from backoffice.db.models import Application
from backoffice.records.answers import load_answers
from backoffice.records.requests import request_pending
from tests import builders
from tests.records.conftest import found, make_records_env, resident_record
from tests.ui.conftest import PASSWORD, wait_idle
from tests.ui.factories import GOD
from tests.ui.test_review_session import _login
from ui.main_window import MainWindow


def _household(n: int) -> list[dict]:
    members = resident_record()["household"]
    for i in range(n - len(members)):
        members.append({**members[1], "name": f"山田 子{i + 1}", "birth": f"20{10 + i:02d}-01-0{1 + i % 9}",
                        "relationship": "子"})
    return members


def test_an_application_with_a_register_answer_keeps_the_window_size(qtbot, workers, tmp_path, japanese):
    renv = make_records_env(f"sqlite:///{tmp_path / 'fit.db'}", tmp_path)
    try:
        renv.intake.put(renv.intake.bundle(builders.sample_application()))
        renv.intake.sync()
        agent = GOD
        request_pending(renv.bo, agent)
        record = resident_record(address="大阪府大阪市北区中之島一丁目3番21号")
        record["household"] = _household(6)  # a household of six: the list used to push the page taller
        renv.answer_batch([found("OSK-2026-0001234.r1", record)])
        load_answers(renv.bo, agent)
        with renv.bo.db.write() as s:
            staff.create_staff(s, GOD, "rev9", "審査 九郎", ["reviewer"], PASSWORD, ["市民課"])
            pk = s.scalar(select(Application.id).where(Application.application_id == "OSK-2026-0001234"))
        assert pk == review.find_pk(renv.bo, "OSK-2026-0001234")

        win = MainWindow(renv.bo, _login(qtbot, renv.bo, workers, "rev9"), workers, start_sync=False)
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        wait_idle(qtbot, workers)
        assert win.height() == 800
        page = win.application_page
        assert page is not None
        win.open_application(pk)
        qtbot.waitUntil(lambda: page.current is not None and page.record_view.isVisible(), timeout=10000)
        wait_idle(qtbot, workers)
        qtbot.wait(200)  # layouts settle, the window would grow here
        assert "山田 子4" in page.record_view.household.text()  # the household is shown…
        assert (win.width(), win.height()) == (1280, 800)  # …and the window kept its size
        assert page.minimumSizeHint().height() < 800
        # the decision buttons are on screen, inside the window, and can be pressed
        approve = page.decision.approve_button
        assert approve.isVisible() and approve.isEnabled()
        bottom = approve.mapTo(win, approve.rect().bottomLeft()).y()
        assert 0 < bottom <= win.height()
        # the register's answer scrolls in its own area: its last line can be scrolled to
        area = page.record_area
        assert area.isVisible()
        assert page.detail_view.height() > area.height() > 100  # the form keeps most of the column
        assert area.verticalScrollBar().maximum() > 0  # the answer is longer than its area: it scrolls
        area.ensureWidgetVisible(page.record_view.household)
        assert page.record_view.household.visibleRegion().boundingRect().height() > 0
        import os
        if os.environ.get("FIT_PNG"):
            win.grab().save(os.environ["FIT_PNG"])
    finally:
        renv.bo.close()

