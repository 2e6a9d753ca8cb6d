"""The desktop verify page says DEMO (見本) for a paper the demo signed (issue 20, item 2),
in Japanese, and not for an official one."""

from __future__ import annotations

import keyring
from keyring.backends import fail

from backoffice.accounts import keystore
from backoffice.issuance.service import issue_pending
from backoffice.platform import demo_mode as demo_mode
from tests.ui.conftest import wait_idle
from tests.ui.factories import make_applications, make_staff


def _issued_pdf(bo) -> bytes:  # type: ignore[no-untyped-def]
    keystore.create_issuing_key(bo.config.key_id, demo_keys=demo_mode.key_folder(bo.config))
    clerk = make_staff(bo, "cnt8", ["counter"], "窓口 八郎")
    make_applications(bo, 1, statuses=("approved",), procedures=("juminhyo-copy",))
    pdf = issue_pending(bo, clerk).issued[0].pdf
    assert pdf is not None
    return pdf


def _verify(qtbot, bo, people, workers, pdf: bytes, tmp_path):  # type: ignore[no-untyped-def]
    from ui.pages.verify_page import VerifyPage

    page = VerifyPage(bo, people["counter"], workers)
    qtbot.addWidget(page)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(pdf)
    page.verify_path(scan)
    qtbot.waitUntil(lambda: page.result is not None, timeout=20000)
    wait_idle(qtbot, workers)
    return page


def test_verify_page_says_demo_in_japanese(qtbot, ui_bo, people, workers, japanese, tmp_path):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # a headless machine: the demo's key file is used
    try:
        ui_bo.config = demo_mode.mark(ui_bo.config, database_is_empty=True)
        pdf = _issued_pdf(ui_bo)
        page = _verify(qtbot, ui_bo, people, workers, pdf, tmp_path)
    finally:
        keyring.set_keyring(previous)
    assert page.result.status == "valid" and page.result.demo
    text = page.verdict.text()
    assert "見本" in text and "正式な証明書ではありません" in text
    assert "DEMO DOCUMENT" not in text  # translated, no English on the Japanese screen


def test_verify_page_official_paper_has_no_demo_line(qtbot, ui_bo, people, workers, memory_keyring,
                                                     japanese, tmp_path):
    page = _verify(qtbot, ui_bo, people, workers, _issued_pdf(ui_bo), tmp_path)
    assert page.result.status == "valid" and not page.result.demo
    assert page.verdict.text() == page.verdict_text("valid") and "見本" not in page.verdict.text()
