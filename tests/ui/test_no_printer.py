"""Printing on a workstation without printers (issue 13 defect 3): the print preview used
to crash the whole application (QPrintPreviewDialog without a printer). Now the page says
in words that no printer is set up, for the preview, printing and batch printing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QApplication

from backoffice.accounts import keystore
from backoffice.issuance import service
from tests.ui.conftest import wait_idle
from tests.ui.factories import GOD, make_applications
from ui.pages.issued_page import IssuedPage


@pytest.fixture
def issued_page(qtbot, ui_bo, people, workers, memory_keyring):
    if QPrinterInfo.availablePrinterNames():
        pytest.skip("this machine has a printer; the test needs one without")
    keystore.create_issuing_key(ui_bo.config.key_id)
    for made in make_applications(ui_bo, 2, statuses=("approved",)):
        service.issue_document(ui_bo, GOD, made.pk)  # delivered by mail: both awaiting delivery
    page = IssuedPage(ui_bo, people["reviewer"], workers)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    wait_idle(qtbot, workers)
    assert page.issued_model.rowCount() == 2
    page.issued_table.selectRow(0)
    return page


@pytest.mark.parametrize("button", ["preview", "print", "print_mail"])
def test_no_printer_is_said_not_crashed(qtbot, issued_page, workers, button):
    page = issued_page
    qtbot.mouseClick(page.buttons[button], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, workers)
    assert QApplication.activeModalWidget() is None  # no dialog was opened
    assert "No printer" in page.message.text()
    assert page.buttons[button].isEnabled()  # nothing left busy
