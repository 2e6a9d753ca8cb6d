"""Qt's own dialogs speak the user's language (qtbase_<lang>.qm installed with the
application's catalog) and file dialogs open in the user's documents folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from tests.ui.conftest import wait_idle
from ui import file_dialogs, i18n
from ui.build_translations import build

SB = QMessageBox.StandardButton


@pytest.fixture
def translation(qapp):
    build()
    t = i18n.Translation(qapp)
    yield t
    t.install("en")


def _button_texts(box: QMessageBox) -> dict[SB, str]:
    return {b: box.button(b).text() for b in (SB.Ok, SB.Cancel, SB.Yes, SB.No)}


def test_message_box_buttons_follow_the_language(translation):
    assert i18n.qt_qm_path("ja") is not None  # the PySide6 wheel ships Qt's Japanese catalog
    translation.install("ja")
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x", SB.Ok | SB.Cancel | SB.Yes | SB.No)
    assert _button_texts(box) == {SB.Ok: "OK", SB.Cancel: "キャンセル", SB.Yes: "はい(&Y)", SB.No: "いいえ(&N)"}
    translation.install("en")  # switching back removes Qt's Japanese too
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x", SB.Ok | SB.Cancel | SB.Yes | SB.No)
    assert _button_texts(box) == {SB.Ok: "OK", SB.Cancel: "Cancel", SB.Yes: "&Yes", SB.No: "&No"}


def test_file_dialog_buttons_in_japanese(translation):
    translation.install("ja")
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    texts = {b.text() for b in dialog.findChildren(QPushButton)}
    assert "キャンセル" in texts and "Cancel" not in texts


@pytest.fixture
def documents(tmp_path, monkeypatch):
    """A home folder of our own with a documents folder in it (XDG: ~/Documents)."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.chdir(tmp_path)  # the "program folder": where dialogs used to open
    file_dialogs.forget_last_folder()
    yield home / "Documents"
    file_dialogs.forget_last_folder()


def _open_and_read_folder(qtbot, trigger) -> str:
    """Trigger a static file dialog, note the folder it shows, cancel it."""
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, look)
            return
        seen.append(dialog.directory().absolutePath())
        dialog.reject()

    QTimer.singleShot(50, look)
    trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    return seen[0]


def test_counter_receipt_dialog_opens_in_documents(qtbot, ui_bo, people, workers, documents):
    from ui.pages.counter_page import CounterPage

    page = CounterPage(ui_bo, people["counter"], workers)
    qtbot.addWidget(page)
    scan = page.findChild(QPushButton, "counterScanButton")
    assert _open_and_read_folder(qtbot, scan.click) == str(documents)
    wait_idle(qtbot, workers)


def test_dialogs_start_in_the_folder_last_used(qtbot, documents, tmp_path):
    elsewhere = tmp_path / "scans"
    elsewhere.mkdir()
    assert file_dialogs.start_folder() == str(documents)
    file_dialogs._remember(str(elsewhere / "receipt.png"))
    assert _open_and_read_folder(qtbot, lambda: file_dialogs.existing_folder(None, "x")) == str(elsewhere)
    file_dialogs.forget_last_folder()
    assert file_dialogs.start_folder() == str(documents)


def test_no_documents_folder_falls_back_to_home(documents):
    documents.rmdir()
    assert Path(file_dialogs.documents_folder()) == documents.parent
