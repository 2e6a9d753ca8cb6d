"""Reprint and revoke from the counter page (issue 16 item 5): the counter clerk reprints
the chosen document with a reason from the list (the old serial becomes superseded, a new
one is listed); the supervisor revokes one; a counter clerk has no revoke button; 「その他」
needs details."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from backoffice.db.models import AuditEntry
from backoffice.issuance import service
from tests.ui.factories import GOD
from tests.ui.test_counter_page import issued  # noqa: F401 - the fixture
from ui.certificate_reason import ReasonDialog
from ui.pages.counter_page import CounterPage


def _answer(dialog: ReasonDialog, index: int, text: str) -> ReasonDialog:
    def run() -> int:
        dialog.reason.setCurrentIndex(index)
        dialog.text.setText(text)
        dialog._check()  # the OK button's slot
        return int(dialog.result())

    dialog.exec = run  # type: ignore[method-assign]
    return dialog


def test_reprint_at_the_counter_and_revoke_by_a_supervisor(qtbot, ui_bo, people, workers, issued):  # noqa: F811
    page = CounterPage(ui_bo, people["counter"], workers)
    qtbot.addWidget(page)
    assert not page.revoke_btn.isVisibleTo(page) and page.reprint_btn.isVisibleTo(page)
    page.search_edit.setText(issued[0].application_id)
    page.search(issued[0].application_id)
    qtbot.waitUntil(lambda: len(page.certificates) == 1, timeout=15000)
    old = page.chosen_certificate()
    assert old is not None and old.serial == issued[0].serial and page.reprint_btn.isEnabled()

    other = _answer(ReasonDialog(False, old.serial, page), 4, "")  # その他 without details: refused
    assert other.exec() == QDialog.DialogCode.Rejected and "details" in other.message.text()
    page.reprint(_answer(ReasonDialog(False, old.serial, page), 0, "トレイ2"))
    qtbot.waitUntil(lambda: "superseded" in page.message.text() and len(page.certificates) == 2, timeout=15000)
    statuses = {c.serial: c.status for c in page.certificates}
    assert statuses[old.serial] == "superseded"
    new = next(s for s, st in statuses.items() if st == "valid")
    with ui_bo.db.read() as s:
        entry = s.query(AuditEntry).filter(AuditEntry.action == "certificate.reprint").one()
    assert entry.detail["reason"] == "Paper jam: トレイ2" and entry.actor == people["counter"].code

    boss = CounterPage(ui_bo, people["supervisor"], workers)
    qtbot.addWidget(boss)
    boss.search(issued[0].application_id)
    qtbot.waitUntil(lambda: len(boss.certificates) == 2, timeout=15000)
    assert boss.chosen_certificate() is not None and boss.chosen_certificate().serial == new
    boss.revoke(_answer(ReasonDialog(True, new, boss), 0, "氏名の誤り"))
    qtbot.waitUntil(lambda: "revoked" in boss.message.text(), timeout=15000)
    assert {c.serial: c.status for c in service.certificates_of(ui_bo, GOD, issued[0].application_pk)}[new] == "revoked"
