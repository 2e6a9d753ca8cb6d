"""Help and language (issue 16 item 6): F1 opens the staff manual inside the application at
the section of the page on screen, also from the folder the frozen build bundles; Help →
About names the version, the database, the configuration and the log folder; switching
between Japanese and English in 設定 takes effect at once, menus, pages, table headers and
Qt's own dialogs included, and is remembered."""

from __future__ import annotations

import re
import shutil
import sys

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QWidget,
)

import build_installer
from tests.persons import is_acting
from tests.ui.conftest import PASSWORD, wait_idle
from ui import about, manual
from ui.main_window import MainWindow
from ui.session_flow import SessionFlow

ENGLISH = re.compile(r"[A-Za-z]{2,}(?:\s+[A-Za-z]{2,}){2,}")  # three English words in a row


def _readable(top: QWidget) -> list[str]:
    """The texts a person reads in a window: title, labels, buttons, box hints."""
    out = [top.windowTitle()]
    for w in top.findChildren(QWidget):
        if isinstance(w, QLabel | QAbstractButton) and w.isVisible():
            out.append(w.text())
        elif isinstance(w, QLineEdit) and w.isVisible():
            out.append(w.placeholderText())
    return [t for t in out if t]


def _log_in(qtbot, flow: SessionFlow, code: str) -> MainWindow:
    login = flow.login
    assert login is not None and login.isVisible()
    login.code.setText(code)
    login.password.setText(PASSWORD)
    with qtbot.waitSignal(flow.window_opened, timeout=15000) as opened:
        login.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    win = opened.args[0]
    qtbot.waitExposed(win)
    return win


def _menus(win: MainWindow) -> list[str]:
    return [a.text() for a in win.menuBar().actions()]


def _queue_header(win: MainWindow) -> list[str]:
    view = win.queue_page.findChild(QTableView)
    model = view.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def _choose_language(qtbot, flow: SessionFlow, win: MainWindow, lang: str) -> MainWindow:
    """As a person: 設定 in the navigation, then the language box."""
    win.show_page_named("SettingsPage")
    box = win.settings_page.findChild(QComboBox, "language")
    assert box.isVisible()
    with qtbot.waitSignal(flow.window_opened, timeout=15000) as opened:
        box.setCurrentIndex(box.findData(lang))
    new = opened.args[0]
    qtbot.waitExposed(new)
    qtbot.waitUntil(lambda: not shiboken6.isValid(win), timeout=5000)  # the old window is gone
    return new


def _message_box_buttons() -> list[str]:
    """Qt's own texts: the buttons of a question box (qtbase catalog)."""
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    texts = [box.button(b).text() for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel)]
    box.deleteLater()
    return texts


def test_language_switches_at_once_and_is_remembered(qtbot, filled, workers, japanese):
    flow = SessionFlow(filled, workers, "ja", start_sync=False)
    flow.start()
    win = _log_in(qtbot, flow, "rev1")
    wait_idle(qtbot, workers)
    assert win.pages.currentWidget() is win.queue_page
    assert _menus(win)[0] == "ファイル(&F)" and "ヘルプ(&H)" in _menus(win)
    assert _queue_header(win)[:3] == ["申請番号", "手続", "申請者"]
    assert win.queue_page.findChild(QLabel) is not None
    assert "次へ" in win.queue_page.next_button.text()

    win = _choose_language(qtbot, flow, win, "en")  # takes effect at once, no restart
    wait_idle(qtbot, workers)
    assert flow.window is win and win.language == "en"
    assert win.pages.currentWidget() is win.settings_page  # where the person was
    assert _menus(win)[0] == "&File" and "&Help" in _menus(win)
    assert win.nav.item(0).text() == "Review queues"
    assert win.settings_page.findChild(QComboBox, "language").currentData() == "en"
    labels = [w.text() for w in win.settings_page.findChildren(QLabel) if w.isVisible()]
    assert "Language" in labels and "表示言語" not in labels
    assert QSettings().value("ui/language") == "en"  # the next start is in English too
    assert _message_box_buttons() == ["&Yes", "Cancel"]
    win.show_page_named("QueuePage")
    assert _queue_header(win)[:3] == ["Application ID", "Procedure", "Applicant"]
    assert win.queue_page.next_button.text().startswith("Next")
    assert "審査 太郎" in win.staff_label.text()  # the same login session: no new login

    win = _choose_language(qtbot, flow, win, "ja")
    wait_idle(qtbot, workers)
    assert _menus(win)[0] == "ファイル(&F)"
    assert win.nav.item(0).text() == "審査キュー"
    assert QSettings().value("ui/language") == "ja"
    assert _message_box_buttons() == ["はい(&Y)", "キャンセル"]
    win.show_page_named("QueuePage")
    assert _queue_header(win)[:3] == ["申請番号", "手続", "申請者"]
    win.close()


def test_switching_keeps_the_open_application_and_asks_before_typed_text_is_lost(
        qtbot, filled, workers, japanese):
    flow = SessionFlow(filled, workers, "ja", start_sync=False)
    flow.start()
    win = _log_in(qtbot, flow, "rev1")
    wait_idle(qtbot, workers)
    page = win.application_page
    win.queue_page.next_button.click()
    qtbot.waitUntil(lambda: page.current is not None and page.claimed, timeout=10000)
    pk = page.current.pk
    page.decision.reason.setPlainText("下書きの理由")
    box = win.settings_page.findChild(QComboBox, "language")
    seen: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        def look() -> None:
            modal = QApplication.activeModalWidget()
            if not isinstance(modal, QMessageBox):
                QTimer.singleShot(30, look)
                return
            seen.append(modal.text())
            modal.button(button).click()
        QTimer.singleShot(30, look)

    answer(QMessageBox.StandardButton.Cancel)  # keep the text: nothing switches
    box.setCurrentIndex(box.findData("en"))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "決定理由" in seen[0] or "理由" in seen[0]
    assert flow.window is win and box.currentData() == "ja" and _menus(win)[0] == "ファイル(&F)"
    assert page.decision.reason.toPlainText() == "下書きの理由"

    page.decision.reason.clear()
    win.show_page(page)
    with qtbot.waitSignal(flow.window_opened, timeout=15000) as opened:
        box.setCurrentIndex(box.findData("en"))
    new = opened.args[0]
    new_page = new.application_page
    qtbot.waitUntil(lambda: new_page.current is not None and new_page.claimed, timeout=10000)
    assert new_page.current.pk == pk and new.pages.currentWidget() is new_page
    assert _menus(new)[:5] == ["&File", "&Go", "&Queue", "&Application", "&Document"]
    new.close()


def test_f1_opens_the_manual_at_the_section_of_the_page(qtbot, filled, workers, japanese):
    flow = SessionFlow(filled, workers, "ja", start_sync=False)
    flow.start()
    win = _log_in(qtbot, flow, "rev1")
    wait_idle(qtbot, workers)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    qtbot.keyClick(win.nav, Qt.Key.Key_F1)  # the key, as a person presses it
    qtbot.waitUntil(lambda: win.manual is not None and win.manual.isVisible(), timeout=5000)
    shown = win.manual
    qtbot.waitUntil(lambda: shown.current_heading() is not None
                    and shown.current_heading().text.startswith("3.1 審査する申請を選ぶ"), timeout=5000)
    assert shown.windowTitle() == "職員向け操作マニュアル"
    assert not shown.note.isVisible()  # the Japanese manual needs no note in Japanese
    assert "職員向け操作マニュアル" in shown.browser.toPlainText()
    assert shown.contents.topLevelItemCount() >= 6  # the chapters on the left
    texts = _readable(shown)
    assert "マニュアル内を検索（Ctrl+F）" in texts and "検索" in texts
    assert not [t for t in texts if ENGLISH.search(t)], texts
    win.show_page_named("SettingsPage")
    win.activateWindow()
    win.show_manual()
    qtbot.waitUntil(lambda: shown.current_heading().text.startswith("1.6 設定"), timeout=5000)
    shown.find_box.setText("紙運用")
    assert shown.find_next()
    assert "紙運用" in shown.browser.textCursor().selectedText()
    shown.find_box.setText("この言葉はマニュアルにない")
    assert not shown.find_next() and shown.status.text() == "見つかりません"
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow, timeout=5000)
    qtbot.keyClick(shown.contents, Qt.Key.Key_Escape)
    assert not shown.isVisible()
    win.show_manual()

    win = _choose_language(qtbot, flow, win, "en")  # the manual stays open, now with its note
    qtbot.waitUntil(lambda: win.manual is not None and win.manual.isVisible(), timeout=5000)
    assert win.manual.note.isVisible() and "written in Japanese" in win.manual.note.text()
    assert win.manual.windowTitle() == "Staff manual"
    win.close()


def test_every_page_section_and_picture_is_in_the_manual(qtbot):
    window = manual.ManualWindow()
    qtbot.addWidget(window)
    for start in (*manual.SECTIONS.values(), manual.SUPERVISOR_PAYMENTS):
        assert window.heading(start) is not None, f"the manual has no heading 「{start}」 (ui/manual.py SECTIONS)"
    pictures = build_installer.MANUAL_PICTURE.findall(window.path.read_text(encoding="utf-8"))
    assert len(pictures) > 20
    doc = window.browser.document()
    for picture in pictures:
        image = doc.resource(QTextDocument.ResourceType.ImageResource, picture)
        assert image is not None and not image.isNull(), picture
    # a soft line break between Japanese words is no space on screen
    assert "受け付け・審査・発行" in window.browser.toPlainText()


def test_manual_is_found_where_the_frozen_build_puts_it(qtbot, tmp_path, monkeypatch):
    """The build's own list of manual files, copied as PyInstaller lays them out, is what
    resource_path finds when no source checkout is around (tests/test_frozen.py builds for real)."""
    bundle = tmp_path / "bundle"
    for src, dest in build_installer.manual_pairs():
        (bundle / dest).mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, bundle / dest / src.name)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setenv("BACKOFFICE_RESOURCES", str(tmp_path / "no-local-resources"))
    monkeypatch.setattr(manual, "SOURCE_DOCS", tmp_path / "no-docs")
    found = manual.manual_file()
    assert found == bundle / "resources" / "manual" / "manual-ja.md"
    window = manual.ManualWindow()
    qtbot.addWidget(window)
    assert window.heading("1.1 アプリを起動してログインする") is not None
    for picture in build_installer.MANUAL_PICTURE.findall(found.read_text(encoding="utf-8")):
        image = window.browser.document().resource(QTextDocument.ResourceType.ImageResource, picture)
        assert image is not None and not image.isNull(), picture
    assert QImage(str(found.parent / "img" / "login.png")).width() > 0

    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "empty"), raising=False)
    assert manual.manual_file() is None  # nothing installed: said in words, no crash
    missing = manual.ManualWindow()
    qtbot.addWidget(missing)
    assert "not installed" in missing.browser.toPlainText()


def test_about_names_version_database_configuration_and_log_folder(qtbot, filled, people, workers, japanese):
    from backoffice.administration import staff

    session = staff.login(filled.db, "rev1", PASSWORD, "ws")
    win = MainWindow(filled, session, workers, language="ja", start_sync=False)
    qtbot.addWidget(win)
    help_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "ヘルプ(&H)")
    titles = [a.text() for a in help_menu.actions() if not a.isSeparator()]
    assert titles == ["職員向け操作マニュアル", "ログフォルダを開く", "このシステムについて…"]
    dialog = win.show_about()
    qtbot.waitExposed(dialog)
    database = dialog.findChild(QLabel, "aboutDatabase").text()
    db_file = filled.config.database_url.removeprefix("sqlite:///")
    if is_acting(filled):  # the server's address, never a password
        assert database.startswith("PostgreSQL") and "@127.0.0.1" in database
    else:
        assert db_file in database and database.startswith("SQLite")
    assert dialog.findChild(QLabel, "aboutVersion").text() == about.version() != "不明"
    assert dialog.findChild(QLabel, "aboutLogFolder").text()
    assert dialog.findChild(QLabel, "aboutConfiguration").text()
    texts = _readable(dialog)
    assert "閉じる" in [t.replace("&", "") for t in texts]  # Qt's own button, from qtbase_ja
    assert not [t for t in texts if ENGLISH.search(t)], texts
    copied = dialog.copy_button
    assert copied.text() == "サポート用にコピー"
    copied.click()
    text = QGuiApplication.clipboard().text()
    said = "データベース: PostgreSQL" if is_acting(filled) else f"データベース: SQLite ファイル {db_file}"
    assert said in text and "バージョン: " in text
    assert dialog.copied.text().startswith("コピーしました")
    dialog.close()
    win.close()


@pytest.mark.parametrize(("url", "shown"), [
    ("postgresql+psycopg://backoffice_app:s3cret@db.example.lg.jp:5432/backoffice",
     "PostgreSQL postgresql+psycopg://backoffice_app@db.example.lg.jp:5432/backoffice"),
    ("sqlite:///C:/ProgramData/backoffice/backoffice.db", "SQLite file C:/ProgramData/backoffice/backoffice.db"),
    ("sqlite://", "SQLite in memory (nothing is kept)"),
    # the query as written in the configuration, not percent-encoded (C%3A%2F…); a password
    # given as a query parameter is left out as well
    ("postgresql+psycopg://backoffice_app:s3cret@db.example.lg.jp:5432/backoffice"
     "?sslmode=verify-full&sslrootcert=C:/ProgramData/backoffice/ca.pem&password=s3cret",
     "PostgreSQL postgresql+psycopg://backoffice_app@db.example.lg.jp:5432/backoffice"
     "?sslmode=verify-full&sslrootcert=C:/ProgramData/backoffice/ca.pem"),
    ("postgresql+psycopg://backoffice_app@db.example.lg.jp/backoffice?sslrootcert=C%3A%2FProgramData%2Fca.pem",
     "PostgreSQL postgresql+psycopg://backoffice_app@db.example.lg.jp/backoffice?sslrootcert=C:/ProgramData/ca.pem"),
])
def test_about_never_shows_a_password(url, shown):
    assert about.database_text(url) == shown
    assert "s3cret" not in about.database_text(url) and "%" not in about.database_text(url)
