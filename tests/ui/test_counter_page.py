"""CounterPage with pytest-qt: find by receipt QR image and by search, record the handover
with the identity document checked, and see the status become delivered."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from backoffice.accounts import keystore
from backoffice.db.models import Application, Delivery
from backoffice.issuance import service
from backoffice.issuance.qr import qr_png
from tests.ui.conftest import wait_idle
from tests.ui.factories import GOD, make_applications


@pytest.fixture
def issued(ui_bo, memory_keyring):
    keystore.create_issuing_key(ui_bo.config.key_id)
    made = make_applications(ui_bo, 2, statuses=("approved",), procedures=("juminhyo-copy",))
    with ui_bo.db.write() as s:
        for m in made:
            s.get(Application, m.pk).delivery_method = "counter"
    return [service.issue_document(ui_bo, GOD, m.pk) for m in made]


def test_find_by_receipt_qr_and_hand_over(qtbot, ui_bo, people, workers, issued, tmp_path):
    from PySide6.QtCore import Qt

    from ui.labels import status_label
    from ui.pages.counter_page import CounterPage

    page = CounterPage(ui_bo, people["counter"], workers)
    qtbot.addWidget(page)
    receipt = tmp_path / "receipt.png"
    receipt.write_bytes(qr_png(f"https://portal.example/r?id={issued[1].application_id}"))
    page.load_receipt(receipt)
    qtbot.waitUntil(lambda: len(page.rows) == 1 and page.documents.count() == 1, timeout=15000)
    assert page.rows[0].application_id == issued[1].application_id
    assert issued[1].serial in page.documents.item(0).text()
    assert page.handover_btn.isEnabled()

    page.id_document.setCurrentIndex(page.id_document.findData("drivers_license"))
    qtbot.mouseClick(page.handover_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.rows[0].status == "delivered", timeout=10000)
    wait_idle(qtbot, workers)
    assert not page.handover_btn.isEnabled()
    assert page.model.item(0, 5).text() == status_label("delivered")
    assert issued[1].application_id in page.message.text()
    with ui_bo.db.read() as s:
        assert s.get(Application, issued[1].application_pk).status == "delivered"
        d = s.scalars(select(Delivery)).one()
        assert (d.id_document, d.staff_id, d.method) == ("drivers_license", people["counter"].id, "counter")


def test_search_and_unreadable_receipt(qtbot, ui_bo, people, workers, issued, tmp_path):
    from ui.pages.counter_page import CounterPage

    page = CounterPage(ui_bo, people["counter"], workers)
    qtbot.addWidget(page)
    page.search(issued[0].application_id)
    qtbot.waitUntil(lambda: len(page.rows) == 1, timeout=10000)
    assert page.rows[0].status == "issued"
    blank = tmp_path / "blank.png"
    blank.write_bytes(qr_png("not a receipt"))
    page.load_receipt(blank)
    # the core's code (not_a_receipt), said by ui/errors.py
    qtbot.waitUntil(lambda: "not a receipt of this city" in page.message.text(), timeout=15000)
    wait_idle(qtbot, workers)


def test_verify_page_shows_the_verdict_and_facts(qtbot, ui_bo, people, workers, issued, tmp_path):
    from ui.pages.verify_page import VerifyPage

    page = VerifyPage(ui_bo, people["counter"], workers)
    qtbot.addWidget(page)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(issued[0].pdf)
    page.verify_path(scan)
    qtbot.waitUntil(lambda: page.result is not None, timeout=20000)
    wait_idle(qtbot, workers)
    assert page.result.status == "valid"
    assert page.verdict.text() == page.verdict_text("valid")
    assert page.fact_labels["sn"].text() == issued[0].serial
    proc = ui_bo.catalog.get("juminhyo-copy")
    # the catalog's name in the UI language (English here: no translator installed), never the code
    assert page.fact_labels["kind"].text() in (proc.name, proc.name_en)


def test_issued_page_issues_all_off_the_gui_thread_and_prints_to_a_pdf(qtbot, ui_bo, people, workers,
                                                                        memory_keyring, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from ui.pages.issued_page import IssuedPage
    from ui.print_support import make_printer

    keystore.create_issuing_key(ui_bo.config.key_id)
    make_applications(ui_bo, 3, statuses=("approved",), procedures=("juminhyo-copy",))
    page = IssuedPage(ui_bo, people["counter"], workers)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: len(page.to_issue) == 3, timeout=10000)
    with qtbot.waitSignals([page.progress.updated] * 3, timeout=30000):
        page.issue(selected=False)
    qtbot.waitUntil(lambda: len(page.issued) == 3 and not page.to_issue, timeout=20000)
    assert all(r.certificate_serial for r in page.issued)

    printer = make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    page.workers.db(page._pdfs_of(page.issued), lambda pdfs: page._print(printer, pdfs), owner=page)
    qtbot.waitUntil(lambda: "printer" in page.message.text(), timeout=60000)
    assert page.message.text().startswith("3 ")
    wait_idle(qtbot, workers)
    import pypdfium2

    assert len(pypdfium2.PdfDocument(out.read_bytes())) == 3
