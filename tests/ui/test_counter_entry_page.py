"""The counter's entry screen (issue 18 item 1) driven like a person with the keyboard
only: Tab from field to field, type, arrow keys in the lists, Ctrl+Enter to accept; a
refusal marks the wrong fields and keeps what was typed; the saved application and its
reception slip."""

from __future__ import annotations

import os

from sqlalchemy import select

from backoffice.db.models import Application
from backoffice.db.models_figures import CounterEntry
from backoffice.db.models_supervision import CounterPayment
from tests.ui.conftest import wait_idle


def _keyboard(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    def focus():
        w = QApplication.focusWidget()
        assert w is not None, "nothing has the keyboard focus"
        return w

    def type_(text: str) -> None:
        """ASCII key by key; Japanese as the input method commits it (QTest has no keys for
        kanji and kana: a person types them through the IME, which sends the committed text)."""
        from PySide6.QtGui import QInputMethodEvent

        if text.isascii():
            qtbot.keyClicks(focus(), text)
            return
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(focus(), event)

    def key(k, mod=Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(focus(), k, mod)

    return focus, type_, key


def test_a_walk_in_application_typed_with_the_keyboard(qtbot, ui_bo, people, workers):
    from PySide6.QtCore import Qt

    from ui.pages.counter_entry_page import CounterEntryPage

    page = CounterEntryPage(ui_bo, people["counter"], workers)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.procedure.setFocus()
    qtbot.waitUntil(lambda: page.procedure.hasFocus())
    focus, type_, key = _keyboard(qtbot)
    tab = Qt.Key.Key_Tab
    assert page.procedure.currentData() == "juminhyo-copy"  # the first procedure of the catalog
    key(tab)
    type_("山田 花子")
    key(tab)
    type_("ヤマダ ハナコ")
    key(tab)
    type_("29990101")  # a slip of the finger: the future
    key(tab)
    type_("5300001")
    key(tab)
    type_("大阪市北区梅田1-1-1")
    key(tab)  # delivery: at the counter (kept)
    key(tab)
    assert focus() is page.field_widgets["copies"]
    key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_("2")
    key(tab)  # 世帯全員: no
    key(tab)
    assert focus() is page.field_widgets["purpose"]
    key(Qt.Key.Key_Down)  # 本人確認
    key(tab)
    assert focus() is page.id_document
    key(Qt.Key.Key_Down)  # the first accepted identity document
    key(tab)
    type_("1")  # one paper page
    key(tab)
    assert focus() is page.receipt and page.receipt.isEnabled() and "600" in page.fee.text()
    type_("R-0042")
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.errors["birth_date"].isVisible(), timeout=10000)
    assert page.birth.text() == "29990101" and page.name.text() == "山田 花子"  # kept as typed
    assert page.receipt.text() == "R-0042" and page.field_widgets["copies"].text() == "2"
    assert focus() is page.birth  # the first wrong field
    with ui_bo.db.read() as s:
        assert s.scalars(select(Application)).all() == []
    key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_("19850401")
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.last is not None, timeout=10000)
    wait_idle(qtbot, workers)
    got = page.last
    assert got.application_id in page.message.text()
    assert page.name.text() == "" and page.slip_path is not None and page.slip_path.read_bytes()[:4] == b"%PDF"
    assert not page.errors["birth_date"].isVisible()
    with ui_bo.db.read() as s:
        app = s.scalars(select(Application)).one()
        assert (app.application_id, app.applicant_kana, app.fee_due) == (got.application_id, "ヤマダ　ハナコ", 600)
        entry = s.scalars(select(CounterEntry)).one()
        assert (entry.id_document, entry.paper_documents, entry.entered_by) == (
            "my_number_card", 1, people["counter"].id)
        assert entry.seconds is not None
        assert s.scalars(select(CounterPayment.receipt_no)).one() == "R-0042"


def test_the_screen_speaks_japanese(qtbot, ui_bo, people, workers, japanese, tmp_path):
    from ui.pages.counter_entry_page import CounterEntryPage

    page = CounterEntryPage(ui_bo, people["counter"], workers)
    qtbot.addWidget(page)
    page.resize(900, 900)
    page.show()
    qtbot.waitExposed(page)
    assert page.save_btn.text() == "受付する（Ctrl+Enter）"
    assert page.delivery.itemText(0) == "窓口で受取" and page.fee.text() == "300円（窓口で支払い）"
    assert page._error_text("future") == "未来の日付です"
    assert page.grab().save(str(tmp_path / "counter-entry.png"))


def test_an_application_typed_from_a_scan_with_the_postal_code_lookup(qtbot, ui_bo, people, workers, tmp_path):
    """The scanner left a 2-page PDF and a fake in the scan folder: Ctrl+I takes the PDF in
    and sets the fake aside, the clerk chooses the waiting scan, sees its pages in the viewer,
    types the form (the postal code fills the address, the clerk adds the 番地) and saves:
    the scan is the application's document."""
    from dataclasses import replace

    from PySide6.QtCore import Qt

    from backoffice.db.models import Document
    from tests.intake.test_counter_scans import pdf_bytes
    from ui.pages.counter_entry_page import CounterEntryPage

    folder = tmp_path / "scans"
    folder.mkdir()
    ui_bo.config = replace(ui_bo.config, scan_folder=folder)
    (folder / "申請書.pdf").write_bytes(pdf_bytes(2))
    (folder / "fake.pdf").write_bytes(b"not a pdf at all")
    for p in folder.iterdir():
        os.utime(p, (p.stat().st_mtime - 60,) * 2)  # settled: the scanner finished writing
    page = CounterEntryPage(ui_bo, people["counter"], workers)
    qtbot.addWidget(page)
    page.resize(1500, 950)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    wait_idle(qtbot, workers)
    assert page.scan_choice.count() == 1  # only (none): nothing taken in yet
    page.procedure.setFocus()
    qtbot.waitUntil(lambda: page.procedure.hasFocus())
    focus, type_, key = _keyboard(qtbot)
    key(Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.scan_choice.count() == 2, timeout=15000)
    assert "fake.pdf" in page.scan_status.text() and "1" in page.scan_status.text()
    assert (folder / "quarantine" / "fake.pdf.reason.txt").exists()
    page.scan_choice.setFocus()
    key(Qt.Key.Key_Down)  # the waiting scan
    qtbot.waitUntil(lambda: page.scan is not None and page.viewer.page_count == 2, timeout=15000)
    assert "申請書.pdf" in page.scan_status.text() and page.paper.value() == 2
    page.procedure.setFocus()
    key(Qt.Key.Key_Tab)
    type_("鈴木 一郎")
    key(Qt.Key.Key_Tab)
    type_("スズキ イチロウ")
    key(Qt.Key.Key_Tab)
    type_("19700101")
    key(Qt.Key.Key_Tab)
    type_("1000001")
    qtbot.waitUntil(lambda: page.address.text() == "東京都千代田区千代田", timeout=5000)
    assert page.postal_hint.text() == "東京都千代田区千代田"
    key(Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: page.address.hasFocus() and not page.address.hasSelectedText())
    assert page.address.cursorPosition() == len("東京都千代田区千代田")
    type_("1-1")  # the 番地 after what the table gave
    assert page.address.text() == "東京都千代田区千代田1-1"
    key(Qt.Key.Key_Tab)  # delivery: at the counter
    key(Qt.Key.Key_Tab)  # copies: 1
    key(Qt.Key.Key_Tab)  # 世帯全員: no
    key(Qt.Key.Key_Tab)
    assert focus() is page.field_widgets["purpose"]
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Tab)
    key(Qt.Key.Key_Down)  # the identity document
    key(Qt.Key.Key_Tab)
    assert focus() is page.paper and page.paper.value() == 2  # the scan's pages
    key(Qt.Key.Key_Tab)
    type_("R-9")
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.last is not None or "Not saved" in page.message.text(), timeout=15000)
    assert page.last is not None, page.message.text()
    wait_idle(qtbot, workers)
    assert page.scan is None and page.scan_choice.count() == 1  # attached: no longer waiting
    with ui_bo.db.read() as s:
        app = s.scalars(select(Application)).one()
        assert app.address == "東京都千代田区千代田1-1" and app.postal_code == "100-0001"
        doc = s.scalars(select(Document)).one()
        assert (doc.kind, doc.original_file, doc.pages) == ("paper_scan", "申請書.pdf", 2)
        assert s.scalars(select(CounterEntry.paper_documents)).one() == 2


def test_a_wrong_file_and_an_unknown_postal_code_are_said_in_japanese(qtbot, ui_bo, people, workers, japanese,
                                                                    tmp_path):
    from ui.pages.counter_entry_page import CounterEntryPage

    page = CounterEntryPage(ui_bo, people["counter"], workers)
    qtbot.addWidget(page)
    page.resize(1500, 950)
    page.show()
    qtbot.waitExposed(page)
    assert not page.scan_import_btn.isEnabled()  # no scan folder configured
    bad = tmp_path / "写真.png"
    bad.write_bytes(b"%PDF-1.7 not an image")
    page.take_file(str(bad))
    qtbot.waitUntil(lambda: "一致" in page.scan_status.text(), timeout=10000)
    qtbot.keyClicks(page.postal, "9999999")
    qtbot.waitUntil(lambda: page.postal_hint.text() == "郵便番号が見つかりません", timeout=5000)
    assert page.address.text() == ""
    page.grab().save(str(tmp_path / "counter-entry-scan.png"))
    from ui import labels

    # the attached scan in the application's document list and the audit viewer, in words
    assert labels.kind_label("paper_scan") == "窓口でスキャンした紙の書類"
    assert [labels.audit_action_label(a) for a in ("counter.scan_import", "counter.scan_quarantine",
                                                   "counter.scan_attach")] == [
        "スキャンした紙の書類を取り込んだ", "取り込めないスキャンを別フォルダへ移した", "窓口受付の申請にスキャンを添付した"]
