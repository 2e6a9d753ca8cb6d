"""Issue 21 defect 1 on the desktop: the verify page refuses a hostile PDF quickly, in the
staff's language, through the same core call as `backoffice verify`."""

from __future__ import annotations

from tests.faults.hostile_pdfs import blank_pages_pdf, huge_page_pdf
from tests.ui.conftest import wait_idle


def test_verify_page_refuses_hostile_pdfs_in_japanese(qtbot, japanese, ui_bo, people, workers, tmp_path):
    from ui.pages.verify_page import VerifyPage

    page = VerifyPage(ui_bo, people["counter"], workers)
    qtbot.addWidget(page)
    for name, pdf, code in (("pages.pdf", blank_pages_pdf(1000), "too_many_pages"),
                            ("huge.pdf", huge_page_pdf(200), "page_too_large")):
        path = tmp_path / name
        path.write_bytes(pdf)
        page.verify_path(path)
        expected = page.refused_text(code)
        qtbot.waitUntil(lambda expected=expected: page.detail.text() == expected, timeout=15000)
        wait_idle(qtbot, workers)
        assert page.verdict.text() == page.verdict_text("not_a_certificate") == "証明書のコードが見つかりません"
        assert expected.startswith("証明書ではありません")


def test_counter_receipt_scan_refuses_a_hostile_pdf_in_japanese(qtbot, japanese, ui_bo, people, workers, tmp_path):
    from ui.pages.counter_page import CounterPage

    page = CounterPage(ui_bo, people["counter"], workers)
    qtbot.addWidget(page)
    path = tmp_path / "receipt.pdf"
    path.write_bytes(blank_pages_pdf(1000))
    page.load_receipt(path)
    qtbot.waitUntil(lambda: page.message.text().startswith("このファイルからはコードを読み取れません"), timeout=15000)
    wait_idle(qtbot, workers)
