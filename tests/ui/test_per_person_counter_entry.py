"""窓口受付 as a counter clerk connected as their own login role (issue 19 item 3,
`[database] per_person = true`, migration 0021), in Japanese, on the SCRAM cluster of
tests/core/test_per_person.py: the clerk types a walk-in application for 住民票の写し and
presses 受付する; the server's bo_counter_enter records it in the clerk's name (the counter
entry, the payment with its receipt number, the audit entries), the message names the CTR-
number and the form is cleared for the next citizen. Before migration 0021 the server refused
the application row."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from sqlalchemy import select

from backoffice.db.models import Application, AuditEntry
from backoffice.db.models_figures import CounterEntry
from backoffice.db.models_supervision import CounterPayment
from tests.core.test_per_person import CITIZEN, _person, _sign_in, scram_cluster, shared  # noqa: F401 (fixtures)
from tests.ui.conftest import wait_idle
from ui.pages.counter_entry_page import CounterEntryPage

pytestmark = pytest.mark.postgres


def test_a_clerk_enters_a_walk_in_application_as_themselves(qtbot, japanese, workers, shared,  # noqa: F811
                                                            scram_cluster):  # noqa: F811
    code = _person(shared, scram_cluster, ["counter"], [CITIZEN])
    clerk = _sign_in(shared, code)
    assert clerk.bo is not None and clerk.bo.db.person is not None
    page = CounterEntryPage(clerk.bo, clerk.actor, workers)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    qtbot.waitExposed(page)
    assert page.procedure.currentData() == "juminhyo-copy"
    page.name.setText("窓口 花子")
    page.kana.setText("マドグチ ハナコ")
    page.birth.setText("19850401")
    page.postal.setText("5300001")
    page.address.setText("大阪市北区梅田1-1-1")
    copies, purpose = page.field_widgets["copies"], page.field_widgets["purpose"]
    assert isinstance(copies, QLineEdit) and isinstance(purpose, QComboBox)
    copies.setText("2")
    purpose.setCurrentIndex(1)
    page.id_document.setCurrentIndex(page.id_document.findData("my_number_card"))
    receipt = f"R-{uuid.uuid4().hex[:8]}"
    page.receipt.setText(receipt)
    assert page.save_btn.text() == "受付する（Ctrl+Enter）"
    qtbot.mouseClick(page.save_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last is not None or "受付" not in page.message.text(), timeout=15000)
    wait_idle(qtbot, workers)
    assert page.last is not None, page.message.text()
    got = page.last
    assert got.application_id.startswith("CTR-") and got.application_id in page.message.text()
    assert page.name.text() == ""  # ready for the next citizen
    page.grab().save("/tmp/per-person-counter-entry.png")
    with shared.db.read() as s:
        app = s.get(Application, got.pk)
        assert app is not None and (app.applicant_name, app.department, app.fee_due) == ("窓口 花子", CITIZEN, 600)
        entry = s.scalars(select(CounterEntry).where(CounterEntry.application_pk == got.pk)).one()
        assert (entry.entered_by, entry.id_document) == (clerk.actor.id, "my_number_card")
        pay = s.scalars(select(CounterPayment).where(CounterPayment.application_pk == got.pk)).one()
        assert (pay.receipt_no, pay.staff_id) == (receipt, clerk.actor.id)
        assert {e.actor for e in s.scalars(select(AuditEntry).where(
            AuditEntry.target == f"application:{got.application_id}"))} == {code}
    clerk.bo.close()


def test_a_supervisor_books_on_the_appointments_page_as_themselves(qtbot, japanese, workers, shared,  # noqa: F811
                                                                   scram_cluster):  # noqa: F811
    """予約 in Japanese as a 市民課 supervisor connected as their own role: a booking for a 税務課
    application (made on the shared role) is not in their day list, but its seat is counted in
    the free times (bo_seats_taken); booking by hand takes the next seat through
    bo_appointment_book, in the supervisor's name."""
    from PySide6.QtCore import QDate

    from backoffice.db.models_supervision import Appointment
    from backoffice.supervision import appointments
    from tests.core.test_per_person_counter_work import OFFICE, _slot
    from tests.ui.factories import make_applications
    from ui.pages.appointments_page import AppointmentsPage

    start = _slot(shared) + timedelta(hours=5)  # 15:00, a slot the core test does not use
    tax = make_applications(shared, 1, procedures=("tax-certificate",), prefix=f"U{uuid.uuid4().hex[:6].upper()}-")[0]
    hidden = appointments.book(shared, OFFICE, "shimin-1f", start, "税 一郎", application_pk=tax.pk)
    code = _person(shared, scram_cluster, ["supervisor"], [CITIZEN])
    sup = _sign_in(shared, code)
    assert sup.bo is not None
    page = AppointmentsPage(sup.bo, sup.actor, workers)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    wait_idle(qtbot, workers)
    page.counter.setCurrentIndex(page.counter.findData("shimin-1f"))
    wait_idle(qtbot, workers)
    with qtbot.waitSignal(page.day_loaded, timeout=10000):
        page.day.setDate(QDate(start.date()))
    wait_idle(qtbot, workers)
    index = next(i for i in range(page.slot.count()) if page.slot.itemData(i) == start)
    assert page.slot.itemText(index) == "15:00  (空き 2)"  # the hidden booking counted
    assert hidden.id not in {page.model.row(i).id for i in range(page.model.rowCount())}
    page.slot.setCurrentIndex(index)
    page.visitor.setText("予約 花子")
    with qtbot.waitSignal(page.day_loaded, timeout=15000):
        qtbot.mouseClick(page.book_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, workers)
    assert "予約 花子" in page.message.text(), page.message.text()
    index = next(i for i in range(page.slot.count()) if page.slot.itemData(i) == start)
    assert page.slot.itemText(index) == "15:00  (空き 1)"
    page.grab().save("/tmp/per-person-appointments.png")
    with shared.db.read() as s:
        mine = s.scalars(select(Appointment).where(Appointment.visitor_name == "予約 花子",
                                                   Appointment.starts_at == start)).one()
        assert (mine.seat, mine.booked_by) == (2, sup.actor.id)
    sup.bo.close()
