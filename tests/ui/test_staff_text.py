"""Issue 13, defect 6: no raw code, ISO timestamp or (in the Japanese UI) English reaches a
screen. A realistic database (`backoffice demo` through the real gateway and sync, then a
workday: decisions, issued certificates, a settlement file, appointments, a withdrawal,
quarantined bundles, audit entries); each role logs in, every page its navigation shows
is visited (the counter searches, the appointments page shows a booked day, the verify page
checks a real certificate PDF), applications are opened, and every visible text is read."""

from __future__ import annotations

import sys

import keyring
import pytest
from sqlalchemy import select

from backoffice.administration import staff
from backoffice.db.models import Application
from backoffice.demo.generate import DEMO_PASSWORD, run_demo
from tests.conftest import make_backoffice
from tests.memkeyring import MemoryKeyring
from tests.ui.conftest import wait_idle
from tests.ui.visible_text import Seen, problems, widget_texts

ROLES = {"reviewer": "r001", "supervisor": "s001", "counter": "c001", "admin": "a001"}


@pytest.fixture(scope="module")
def workday(tmp_path_factory):
    """One demo database for the module (about 5 s to build); each test only reads and
    opens applications."""
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    base = tmp_path_factory.mktemp("staff-text")
    bo = make_backoffice(f"sqlite:///{base / 'demo.db'}", base)
    run_demo(bo, count=30, seed=20261128)
    from ui.screenshots import _prepare_workday

    day = _prepare_workday(bo)
    yield bo, day, base
    bo.close()
    keyring.set_keyring(previous)


@pytest.fixture
def translated(qapp, request):
    from ui import i18n
    from ui.build_translations import build

    build()
    t = i18n.Translation(qapp)
    assert t.install(request.param) or request.param == "en"
    yield request.param
    t.install("en")


def _walk(qtbot, workers, bo, day, base, code: str, lang: str) -> list[Seen]:
    from ui.main_window import MainWindow
    from ui.pages.appointments_page import AppointmentsPage
    from ui.pages.counter_page import CounterPage
    from ui.pages.verify_page import VerifyPage

    session = staff.login(bo.db, code, DEMO_PASSWORD, "PC-12")
    win = MainWindow(bo, session, workers, language=lang, start_sync=False)
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    wait_idle(qtbot, workers)
    seen: list[Seen] = []
    for row in range(win.nav.count()):
        win.nav.setCurrentRow(row)
        wait_idle(qtbot, workers)
        page = win.pages.currentWidget()
        if isinstance(page, CounterPage) and day.counter_search:
            page.search_edit.setText(day.counter_search)
            page.search(day.counter_search)
            wait_idle(qtbot, workers)
            if page.rows:
                page.table.selectRow(0)
        elif isinstance(page, AppointmentsPage) and day.appointment_day:
            from PySide6.QtCore import QDate

            page.counter.setCurrentIndex(page.counter.findData(day.appointment_code))
            page.day.setDate(QDate(day.appointment_day))
        elif isinstance(page, VerifyPage) and day.serial:
            from backoffice.issuance.service import certificate_pdf

            pdf = base / f"{day.serial}.pdf"
            pdf.write_bytes(certificate_pdf(bo, session.actor, day.serial))
            page.verify_path(pdf)
            qtbot.waitUntil(lambda p=page: p.result is not None, timeout=15000)
        wait_idle(qtbot, workers)
        for table in page.findChildren(__import__("PySide6.QtWidgets", fromlist=["QTableView"]).QTableView):
            if table.model() is not None and table.model().rowCount() > 0 and table.selectionModel() \
                    and not table.selectionModel().hasSelection():
                table.selectRow(0)
        wait_idle(qtbot, workers)
        seen += [Seen(f"{win.nav.item(row).text()}: {s.where}", s.text) for s in widget_texts(win)]
    if win.application_page is not None:
        with bo.db.read() as s:
            apps = list(s.execute(select(Application.id, Application.status).order_by(Application.id)))
        picked: dict[str, int] = {}
        for pk, status in apps:
            picked.setdefault(status, pk)
        for status, pk in picked.items():
            win.open_application(pk)
            qtbot.waitUntil(lambda p=pk: win.application_page.current is not None
                            and win.application_page.current.pk == p, timeout=15000)
            wait_idle(qtbot, workers)
            seen += [Seen(f"application ({status}): {s.where}", s.text) for s in widget_texts(win)]
    win.close()
    return seen


@pytest.mark.parametrize("translated", ["ja", "en"], indirect=True)
@pytest.mark.parametrize("role", list(ROLES))
def test_no_raw_codes_or_iso_timestamps_on_any_page(qtbot, workers, workday, translated, role):
    bo, day, base = workday
    seen = _walk(qtbot, workers, bo, day, base, ROLES[role], translated)
    assert len(seen) > 50, "the walk read the screens"  # the walk itself worked
    # a dozen procedure bars leave Qt no room and every name is drawn as 「…」 (he… ko…)
    from ui.pages.dashboard_page import TOP_PROCEDURES

    bars = [x for x in seen if "procedureChart axis" in x.where and "title" not in x.where]
    assert len(bars) <= TOP_PROCEDURES + 1, bars
    found = problems(seen, bo.catalog.codes(), japanese=translated == "ja")
    assert not found, f"{len(found)} texts a {role} reads in {translated}:\n" + "\n".join(found)


def test_the_patterns_catch_what_the_issue_lists():
    """The checker itself: each example from issue 13 is caught, Japanese text passes."""
    bad = ["2026-12-06T10:00:00+09:00", "credit_card", "signature_missing", "document.view",
           "juminhyo-copy", "09:00  (2 free)", "<defaults>", "VALID: issued by the city"]
    for text in bad:
        assert problems([Seen("x", text)], ["juminhyo-copy"], japanese=True), text
    assert not problems([Seen("x", "2026年12月6日 10:00 住民票の写し（OSK-2026-0000001）PDF taro@example.jp")],
                        ["juminhyo-copy"], japanese=True)
    assert problems([Seen("x", "credit_card")], [], japanese=False)
    assert not problems([Seen("x", "Signature missing (2 free)")], [], japanese=False)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))


def test_the_demo_links_the_portals_inquiry_to_its_application(workday):
    """On a fresh database the demo's first portal inquiry names an application the sync
    has just taken in (it was looked up before the first sync and so never linked): it is
    linked, and the application's screen data lists it by date, channel and status."""
    from backoffice.casework import detail
    from backoffice.db.models_portal import Inquiry
    from tests.ui.factories import GOD

    bo, _day, _base = workday
    with bo.db.read() as s:
        linked = list(s.execute(select(Inquiry.inquiry_id, Inquiry.application_pk, Inquiry.application_id)
                                .where(Inquiry.channel == "portal", Inquiry.application_id.is_not(None))))
    assert linked, "the demo's portal inquiry names an application"
    assert all(pk is not None for _i, pk, _a in linked), linked  # and is linked to it
    inquiry_id, pk, _app = linked[0]
    shown = detail.application_detail(bo, GOD, pk).inquiries
    assert inquiry_id in [i.inquiry_id for i in shown]
    assert all(i.channel == "portal" and i.opening for i in shown if i.inquiry_id == inquiry_id)
