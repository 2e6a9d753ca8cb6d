"""窓口受付 as a counter clerk connected as their own login role (issue 19 item 3,
`[database] per_person = true`, migration 0021), in Japanese, on the SCRAM cluster of
tests/core/test_per_person.py: the clerk types a walk-in application for 住民票の写し and
presses 受付する; the server's bo_counter_enter records it in the clerk's name (the counter
entry, the payment with its receipt number, the audit entries), the message names the CTR-
number and the form is cleared for the next citizen. Before migration 0021 the server refused
the application row."""

from __future__ import annotations

import uuid

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
