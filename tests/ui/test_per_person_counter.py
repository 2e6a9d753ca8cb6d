"""窓口 as a counter clerk connected as their own login role (issue 19 item 3,
`[database] per_person = true`), in Japanese, on the SCRAM cluster of
tests/core/test_per_person.py: the clerk of 市民課 finds a 税務課 application that was issued,
checks the identity document and presses 交付を記録; the server's bo_deliver records it in the
clerk's name, the row on screen says 交付済 and the message names the application. Before
migration 0019 the server refused the delivery row. Looked at under Xvfb."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from backoffice.casework import workflow
from backoffice.db.models import Application, Delivery
from tests.core.test_per_person import CITIZEN, _person, _sign_in, scram_cluster, shared  # noqa: F401 (fixtures)
from tests.ui.conftest import wait_idle
from tests.ui.factories import make_applications
from ui.labels import status_label
from ui.pages.counter_page import CounterPage

pytestmark = pytest.mark.postgres


def test_a_counter_clerk_hands_over_on_the_counter_screen(qtbot, japanese, workers, shared,  # noqa: F811
                                                           scram_cluster):  # noqa: F811
    clerk = _sign_in(shared, _person(shared, scram_cluster, ["counter"], [CITIZEN]))
    assert clerk.bo is not None and clerk.bo.db.person is not None
    made = make_applications(shared, 1, statuses=(workflow.APPROVED,), procedures=("tax-certificate",),
                             prefix=f"G{uuid.uuid4().hex[:6].upper()}-")[0]
    with shared.db.write() as s:  # issued (issuing is not yet a person's)
        app = s.get(Application, made.pk)
        assert app is not None
        app.status, app.delivery_method = workflow.ISSUED, "counter"
    page = CounterPage(clerk.bo, clerk.actor, workers)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.search(made.application_id)
    qtbot.waitUntil(lambda: len(page.rows) == 1, timeout=15000)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.handover_btn.isEnabled(), timeout=10000)
    page.id_document.setCurrentIndex(page.id_document.findData("my_number_card"))
    qtbot.mouseClick(page.handover_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.rows[0].status == "delivered" or bool(page.message.text()), timeout=15000)
    wait_idle(qtbot, workers)
    assert page.rows[0].status == "delivered", page.message.text()
    assert page.model.item(0, 5).text() == status_label("delivered")
    assert made.application_id in page.message.text()
    page.grab().save("/tmp/per-person-counter.png")
    with shared.db.read() as s:
        d = s.scalars(select(Delivery).where(Delivery.application_pk == made.pk)).one()
        assert (d.method, d.id_document, d.staff_id) == ("counter", "my_number_card", clerk.actor.id)
    clerk.bo.close()
