"""決定の出力 (the export page) as a supervisor of every department connected as their own login
role (issue 19 item 3, migration 0022, `[database] per_person = true`), in Japanese, on the SCRAM
cluster of tests/core/test_per_person.py: the page counts the waiting decisions, 今すぐ出力
writes the batch through the server's bo_export_open / bo_export_written with the checkpoint
beside it (bo_audit_checkpoint), the history shows the batch, and the batch row and the
`export.run` entry are the supervisor's. A supervisor of 税務課 alone is told in words that
the export of every department is another department's (the server refuses it too, see
tests/core/test_per_person_admin.py). Before migration 0022 the server refused the batch row."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from backoffice.casework import workflow
from backoffice.db.models import AuditEntry, ExportBatch, ExportItem
from backoffice.platform.timeutil import utcnow
from tests.core.test_per_person import TAX, _person, _sign_in, scram_cluster, shared  # noqa: F401 (fixtures)
from tests.ui.conftest import wait_idle
from tests.ui.factories import make_applications
from ui.pages.export_page import ExportPage

pytestmark = pytest.mark.postgres


def test_a_supervisor_exports_on_the_export_page(qtbot, japanese, workers, shared, scram_cluster,  # noqa: F811
                                                 memory_keyring):
    code = _person(shared, scram_cluster, ["supervisor"], shared.catalog.departments())
    sup = _sign_in(shared, code)
    assert sup.bo is not None and sup.bo.db.person is not None
    procedures = ("tax-certificate", "juminhyo-copy")
    made = make_applications(shared, 2, statuses=(workflow.APPROVED,), procedures=procedures,
                             prefix=f"E{uuid.uuid4().hex[:6].upper()}-")
    with shared.db.write() as s:
        for n, m in enumerate(made):
            s.add(ExportItem(application_pk=m.pk, procedure=procedures[n], decision="approved",
                             decided_at=utcnow(), decided_by=None))
    page = ExportPage(sup.bo, sup.actor, workers)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    page.refresh()
    wait_idle(qtbot, workers)
    qtbot.waitUntil(lambda: "2" in page.pending.text(), timeout=15000)
    assert page.model.rowCount() == 0
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, workers)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=15000)
    assert page.run_button.isEnabled() and page.model.rows[0].rows == 2, page.status.text()
    assert "2" in page.status.text() and "rows" not in page.status.text()  # 「…csv：2 行」 in Japanese
    page.grab().save("/tmp/per-person-export.png")
    with shared.db.read() as s:
        b = s.scalars(select(ExportBatch).where(ExportBatch.batch_id == page.model.rows[0].batch_id)).one()
        assert (b.created_by, b.state, b.rows) == (sup.actor.id, "written", 2)
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "export.run",
                                                   AuditEntry.target == f"export:{b.batch_id}")).one()
        assert (entry.actor, entry.workstation) == (code, "127.0.0.1")  # the server's bo_audit
    sup.bo.close()

    tax = _sign_in(shared, _person(shared, scram_cluster, ["supervisor"], [TAX]))
    assert tax.bo is not None
    page = ExportPage(tax.bo, tax.actor, workers)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, workers)
    qtbot.waitUntil(lambda: page.run_button.isEnabled(), timeout=15000)
    # the core's refusal in words (ui/errors.py other_department), never a code or the server's text
    assert "他の課" in page.status.text() and "所属課" in page.status.text(), page.status.text()
    assert "other_department" not in page.status.text() and "bo_" not in page.status.text()
    with shared.db.read() as s:
        assert s.scalar(select(ExportBatch).where(ExportBatch.created_by == tax.actor.id)) is None
    tax.bo.close()


def test_a_supervisor_retries_a_refused_bundle_on_the_quarantine_page(qtbot, japanese, workers, shared,  # noqa: F811
                                                                       scram_cluster):  # noqa: F811
    """隔離 as a 税務課 supervisor connected as themselves: the list holds their department's refused
    bundle with its detail (from bo_refused_bundle_notes) and not 市民課's; 再処理 goes through
    bo_quarantine_resolve, the file is back in the inbox and the record is resolved in their name."""
    from backoffice.db.models import IntakeRecord
    from ui.pages.quarantine_page import QuarantinePage

    sup = _sign_in(shared, _person(shared, scram_cluster, ["supervisor"], [TAX]))
    assert sup.bo is not None
    ids = {}
    shared.spool.quarantine.mkdir(parents=True, exist_ok=True)
    for department in (TAX, "市民課"):
        name = f"bundle-{uuid.uuid4().hex[:8]}.zip"
        (shared.spool.quarantine / name).write_bytes(b"PK refused")
        with shared.db.write() as s:
            rec = IntakeRecord(file_name=name, file_sha256=uuid.uuid4().hex * 2, bundle_id=None, outcome="quarantined",
                               reason="bad_signature", detail=f"{department}: 署名者の氏名が一致しません", at=utcnow(),
                               stored_path=str(shared.spool.quarantine / name), department=department)
            s.add(rec)
            s.flush()
            ids[department] = rec.id
    page = QuarantinePage(sup.bo, sup.actor, workers)
    qtbot.addWidget(page)
    page.resize(1100, 500)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=15000)
    assert page.model.row(0).id == ids[TAX]
    assert page.model.row(0).detail == f"{TAX}: 署名者の氏名が一致しません"
    page.table.selectRow(0)
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, workers)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=15000)
    qtbot.waitUntil(lambda: "受信フォルダに戻しました" in page.summary.text(), timeout=15000)
    assert len(list((shared.spool.root / "inbox").glob("bundle-*.zip"))) == 1
    page.grab().save("/tmp/per-person-quarantine.png")
    with shared.db.read() as s:
        done = {r.id: (r.resolution, r.resolved_by) for r in s.scalars(
            select(IntakeRecord).where(IntakeRecord.id.in_(list(ids.values()))))}
    assert done == {ids[TAX]: ("retried", sup.actor.id), ids["市民課"]: (None, None)}
    sup.bo.close()


def test_an_administrator_schedules_a_fee_change_on_the_catalog_screen(qtbot, japanese, workers, shared,  # noqa: F811
                                                                       scram_cluster):  # noqa: F811
    """手続 as an administrator connected as their own role: a fee change from a later day is
    written by bo_catalog_change in their name and listed as scheduled."""
    from datetime import timedelta

    from PySide6.QtCore import QDate

    from backoffice.db.models_catalog import ProcedureVersion
    from backoffice.platform.timeutil import today_jst
    from ui.pages.catalog_page import CatalogPage, ProcedureDialog

    code = _person(shared, scram_cluster, ["admin"], [TAX])
    admin = _sign_in(shared, code)
    assert admin.bo is not None
    page = CatalogPage(admin.bo, admin.actor, workers)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.table.rowCount() == len(admin.bo.catalog.codes()), timeout=20000)
    page.select_code("koseki-copy")
    row = page.selected()
    assert row is not None
    later = today_jst() + timedelta(days=20)
    dialog = ProcedureDialog(row, list(page.titles.items()), parent=page)
    dialog.effective.setDate(QDate(later.year, later.month, later.day))
    dialog.fee.setValue(row.fee_per_copy + 50)
    dialog.note.setText("手数料条例の改正")
    dialog.exec = lambda: dialog.accept() or int(dialog.result())  # type: ignore[method-assign]
    page.change_selected(dialog)
    qtbot.waitUntil(lambda: row.name in page.summary.text(), timeout=20000)
    assert "1 件の変更を登録しました" in page.summary.text(), page.summary.text()
    page.grab().save("/tmp/per-person-catalog.png")
    with shared.db.read() as s:
        v = s.scalars(select(ProcedureVersion).where(ProcedureVersion.code == "koseki-copy",
                                                     ProcedureVersion.effective_from == later)).one()
        assert (v.entry["fee_per_copy"], v.created_by, v.note) == (row.fee_per_copy + 50, code, "手数料条例の改正")
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "catalog.change",
                                                   AuditEntry.target == "procedure:koseki-copy")).one()
        assert (entry.actor, entry.workstation) == (code, "127.0.0.1")  # the server's bo_audit
    assert admin.bo.catalog.on(later).get("koseki-copy").fee_per_copy == row.fee_per_copy + 50
    admin.bo.close()
