"""The counter's entry screen (issue 18 item 1) driven like a person with the keyboard
only: Tab from field to field, type, arrow keys in the lists, Ctrl+Enter to accept; a
refusal marks the wrong fields and keeps what was typed; the saved application and its
reception slip."""

from __future__ import annotations

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
