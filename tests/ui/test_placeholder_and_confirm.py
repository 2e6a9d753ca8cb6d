"""The desktop side of issue 13 defect 4: a reason template's {書類名} is highlighted and
selected for typing, nothing can be sent while one is left; a decision that notifies the
applicant and 「すべて発行」 ask first, unless the user switched that off in Settings."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from backoffice.accounts import keystore
from backoffice.db.models import Application, Certificate, Notice
from tests.ui.conftest import wait_idle
from tests.ui.factories import make_applications
from tests.ui.test_review_session import _window
from ui import confirm
from ui.pages.issued_page import IssuedPage
from ui.pages.settings_page import SettingsPage


class Answer:
    """Answers the next confirmation with `button` as soon as it is shown; keeps its text."""

    def __init__(self, button: QMessageBox.StandardButton) -> None:
        self.button, self.questions = button, []
        self.timer = QTimer(interval=30)
        self.timer.timeout.connect(self._answer)
        self.timer.start()

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            self.questions.append(box.text())
            box.button(self.button).click()

    def stop(self) -> None:
        self.timer.stop()


def _status(bo, pk):
    with bo.db.read() as s:
        return s.get(Application, pk).status


def test_placeholder_is_highlighted_blocks_sending_and_confirmation_is_asked(qtbot, ui_bo, people, workers):
    bo = ui_bo
    made = make_applications(bo, 1, procedures=("juminhyo-copy",))[0]
    win = _window(qtbot, bo, workers, "rev1")
    page = win.application_page
    with qtbot.waitSignal(page.application_loaded, timeout=10000):
        win.open_application(made.pk)
    dec = page.decision
    try:
        _placeholder_then_confirmation(qtbot, bo, workers, win, page, dec, made)
    finally:
        dec.reason.clear()  # closing the window asks about typed text otherwise
    win.close()
    wait_idle(qtbot, workers)


def _placeholder_then_confirmation(qtbot, bo, workers, win, page, dec, made):
    idx = next(i for i in range(dec.template.count()) if "添付書類の不足" in dec.template.itemText(i))
    dec.template.setCurrentIndex(idx)
    dec.template.activated.emit(idx)
    assert "{書類名}" in dec.reason.toPlainText()
    marks = dec.reason.extraSelections()
    assert [m.cursor.selectedText() for m in marks] == ["{書類名}"]
    assert dec.reason.textCursor().selectedText() == "{書類名}"  # typing replaces it
    assert dec.unfilled.isVisible() and "{書類名}" in dec.unfilled.text()
    assert not dec.return_button.isEnabled() and not dec.return_action.isEnabled()
    assert not dec.approve_button.isEnabled() and not dec.reject_button.isEnabled()
    qtbot.keyClick(dec.reason, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, workers)
    assert _status(bo, made.pk) == "ready_for_review"  # nothing was sent

    dec.reason.insertPlainText("戸籍謄本")  # what typing through the IME does: replaces the selection
    assert "{" not in dec.reason.toPlainText() and "戸籍謄本を添付して" in dec.reason.toPlainText()
    assert dec.reason.extraSelections() == [] and not dec.unfilled.isVisible()
    assert dec.return_button.isEnabled()

    confirm.set_enabled(True)
    no = Answer(QMessageBox.StandardButton.No)
    try:
        qtbot.keyClick(dec.reason, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    finally:
        no.stop()
        win.activateWindow()  # the window's shortcuts again, after the dialog
    wait_idle(qtbot, workers)
    assert len(no.questions) == 1 and made.application_id in no.questions[0]
    assert _status(bo, made.pk) == "ready_for_review"  # "No" sends nothing; the text stays
    assert "戸籍謄本" in dec.reason.toPlainText()
    yes = Answer(QMessageBox.StandardButton.Yes)
    try:
        with qtbot.waitSignal(page.decision_recorded, timeout=10000):
            dec.return_action.trigger()  # Ctrl+R
    finally:
        yes.stop()
    wait_idle(qtbot, workers)
    assert len(yes.questions) == 1
    with bo.db.read() as s:
        sent = s.scalars(select(Notice.reason).where(Notice.application_pk == made.pk,
                                                     Notice.event == "returned_for_correction")).all()
    assert sent == ["必要な添付書類が確認できません。戸籍謄本を添付して再提出してください。"]


def test_settings_switch_off_the_question(qtbot, ui_bo, people, workers):
    bo = ui_bo
    made = make_applications(bo, 1, procedures=("juminhyo-copy",))[0]
    confirm.set_enabled(True)
    settings = SettingsPage(bo.config)
    qtbot.addWidget(settings)
    assert settings.confirm_sending.isChecked()
    settings.confirm_sending.setChecked(False)
    assert not confirm.enabled()
    assert not SettingsPage(bo.config).confirm_sending.isChecked()  # stored, not just shown
    win = _window(qtbot, bo, workers, "rev1")
    page = win.application_page
    with qtbot.waitSignal(page.application_loaded, timeout=10000):
        win.open_application(made.pk)
    with qtbot.waitSignal(page.decision_recorded, timeout=10000) as rec:  # no dialog in the way
        qtbot.keyClick(page.decision.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert rec.args == [made.pk, "approved"]
    win.close()
    wait_idle(qtbot, workers)


def test_issue_all_asks_first(qtbot, ui_bo, people, workers, memory_keyring):
    bo = ui_bo
    keystore.create_issuing_key(bo.config.key_id)
    make_applications(bo, 2, statuses=("approved",))
    page = IssuedPage(bo, people["reviewer"], workers)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    wait_idle(qtbot, workers)
    confirm.set_enabled(True)

    def issued() -> int:
        with bo.db.read() as s:
            return s.scalar(select(func.count()).select_from(Certificate))

    no = Answer(QMessageBox.StandardButton.No)
    try:
        qtbot.mouseClick(page.buttons["issue_all"], Qt.MouseButton.LeftButton)
    finally:
        no.stop()
    wait_idle(qtbot, workers)
    assert len(no.questions) == 1 and issued() == 0
    yes = Answer(QMessageBox.StandardButton.Yes)
    try:
        qtbot.mouseClick(page.buttons["issue_all"], Qt.MouseButton.LeftButton)
        wait_idle(qtbot, workers)
    finally:
        yes.stop()
    qtbot.waitUntil(lambda: issued() == 2, timeout=20000)
    wait_idle(qtbot, workers)


def test_the_core_refusal_is_said_in_words(qtbot):
    from backoffice.casework.placeholders import UnfilledPlaceholder
    from ui.errors import error_message

    text = error_message(UnfilledPlaceholder(["{書類名}"]))
    assert "{書類名}" in text and "placeholders" not in text  # the UI sentence, not the core's
