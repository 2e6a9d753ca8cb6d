"""発行 as a counter clerk connected as their own login role (issue 19 item 3, migration 0020,
`[database] per_person = true`), in Japanese, on the SCRAM cluster of
tests/core/test_per_person.py: the clerk of 市民課 chooses an approved 税務課 application on the
issuing screen and presses 選択したものを発行; the serial comes from the server's bo_next_serial, the
document is signed with the key in the workstation's keyring and bo_issue writes it in the
clerk's name. The row moves to the issued list with its serial and the message says one
document was issued, in Japanese. Before migration 0020 the server refused the serial counter."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from backoffice.accounts import keystore
from backoffice.casework import workflow
from backoffice.db.models import Application, Certificate
from tests.core.test_per_person import CITIZEN, _person, _sign_in, scram_cluster, shared  # noqa: F401 (fixtures)
from tests.ui.conftest import wait_idle
from tests.ui.factories import make_applications
from ui.pages.issued_page import IssuedPage

pytestmark = pytest.mark.postgres


def test_a_counter_clerk_issues_on_the_issuing_screen(qtbot, japanese, workers, shared,  # noqa: F811
                                                      scram_cluster, memory_keyring):  # noqa: F811
    keystore.create_issuing_key(shared.config.key_id)
    clerk = _sign_in(shared, _person(shared, scram_cluster, ["counter"], [CITIZEN]))
    assert clerk.bo is not None and clerk.bo.db.person is not None
    made = make_applications(shared, 1, statuses=(workflow.APPROVED,), procedures=("tax-certificate",),
                             prefix=f"U{uuid.uuid4().hex[:6].upper()}-")[0]
    with shared.db.write() as s:
        app = s.get(Application, made.pk)
        assert app is not None
        app.delivery_method = "counter"
    page = IssuedPage(clerk.bo, clerk.actor, workers)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: any(r.pk == made.pk for r in page.to_issue), timeout=15000)
    page.issue_table.selectRow(next(i for i, r in enumerate(page.to_issue) if r.pk == made.pk))
    qtbot.waitUntil(lambda: page.buttons["issue_selected"].isEnabled(), timeout=10000)
    qtbot.mouseClick(page.buttons["issue_selected"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(r.pk == made.pk for r in page.issued), timeout=30000)
    wait_idle(qtbot, workers)
    row = next(r for r in page.issued if r.pk == made.pk)
    assert row.certificate_serial and row.status == "issued"
    assert page.message.text() == "1 件を発行しました", page.message.text()
    page.grab().save("/tmp/per-person-issuing.png")
    with shared.db.read() as s:
        cert = s.scalars(select(Certificate).where(Certificate.application_pk == made.pk)).one()
        assert (cert.serial, cert.issued_by, cert.status) == (row.certificate_serial, clerk.actor.id, "valid")
    clerk.bo.close()
