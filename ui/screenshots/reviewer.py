"""The reviewer's pictures on the test factories' database: login, main-window,
application, decision-placeholder, menu-file, lock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .common import PASSWORD, WINDOW, Shots, _until, _wait

if TYPE_CHECKING:
    from backoffice.platform.context import Backoffice
    from ui.main_window import MainWindow
    from ui.pages.application_page import ApplicationPage
    from ui.workers import Workers


def _placeholder_shot(win: MainWindow, page: ApplicationPage, shots: Shots) -> None:
    """The decision panel after choosing a template whose {書類名} is still to be replaced:
    highlighted in yellow, the line below says so, the send buttons are held."""
    from ui.qtcompat import emit

    d = page.decision
    combo = d.template
    index = next((i for i in range(combo.count()) if "{" in str(combo.itemData(i) or "")), -1)
    if index < 0:
        raise LookupError("no reason template with a placeholder in resources/reason_templates.toml")
    combo.setCurrentIndex(index)
    emit(combo.activated, index)
    _until(lambda: d.unfilled.isVisible())
    # the cursor after the text, as once the clerk clicks elsewhere: the selection would
    # cover the yellow mark that stays until the placeholder is replaced
    cursor = d.reason.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    d.reason.setTextCursor(cursor)
    _wait(300)
    shots.save("decision-placeholder.png", win, area=d,
               marks=((1, d.template, "ne"), (2, d.reason, "se"), (3, d.unfilled, "ne"), (4, d.approve_button, "ne"),
                      (5, d.return_button, "ne"), (6, d.reject_button, "ne"), (7, d.withdraw_button, "ne"),
                      (8, d.comment, "ne"), (9, d.comment_button, "ne")))
    d.reason.clear()  # nothing typed is left: closing the window must not ask


def _file_menu_shot(win: MainWindow, shots: Shots) -> None:
    """ファイル menu open (画面ロック, ログアウト／利用者の切り替え, 終了): a menu is a window of
    its own, so it is painted onto the grab of the main window where it was shown."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QMenu

    bar = win.menuBar()
    first = bar.actions()[0]
    menu = first.menu()
    if not isinstance(menu, QMenu):
        raise LookupError("the first entry of the menu bar is not a menu")
    bar.setActiveAction(first)
    _until(menu.isVisible)
    _wait(300)
    origin = menu.mapToGlobal(QPoint(0, 0)) - win.mapToGlobal(QPoint(0, 0))
    area = QRect(0, 0, max(origin.x() + menu.width() + 200, 480), origin.y() + menu.height() + 60)
    shot = win.grab(area)
    painter = QPainter(shot)
    painter.drawPixmap(origin, menu.grab())
    painter.end()
    menu.hide()
    shots.save("menu-file.png", win, pixmap=shot, modules={"ui.main_window"})


def reviewer_shots(bo: Backoffice, shots: Shots, lang: str, workers: Workers) -> None:
    """A reviewer (r-tanaka) logs in through the dialog; the queue, an application in its
    second revision, the decision panel, the file menu and the lock screen."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.login import LoginDialog
    from ui.main_window import MainWindow

    login = LoginDialog(bo, workers)
    login.code.setText("r-tanaka")
    login.password.setText(PASSWORD)
    login.show()
    ok = login.buttons.button(QDialogButtonBox.StandardButton.Ok)
    cancel = login.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    QTimer.singleShot(300, lambda: shots.save("login.png", login, marks=(
        (1, login.code, "ne"), (2, login.password, "ne"), (3, ok, "ne"), (4, cancel, "ne"))))
    QTimer.singleShot(600, ok.click)
    login.exec()
    if login.session is None:
        raise RuntimeError(f"the demo login as r-tanaka failed: {login.message.text()}")
    win = MainWindow(bo, login.session, workers, language=lang)
    queue, page = win.queue_page, win.application_page
    if queue is None or page is None:
        raise RuntimeError("r-tanaka has no review pages: check the reviewer role's permissions")
    win.resize(*WINDOW)
    win.show()
    _until(lambda: queue.model.rowCount() > 0 and workers.idle)
    _wait(300)
    shots.save("main-window.png", win, marks=(
        (1, win.nav, "se"), (2, queue.queue_list, "se"), (3, queue.search, "ne"), (4, queue.procedure, "n"),
        (5, queue.department, "n"), (6, queue.next_button, "nw"), (7, queue.table, "se"), (8, queue.status, "w"),
        (9, win.sync_label, "w"), (10, win.staff_label, "w")))
    target = next(r.pk for r in (queue.model.row_at(i) for i in range(queue.model.rowCount()))
                  if r.revision == 2)
    win.open_application(target)
    _until(lambda: page.current is not None and page.viewer.page_count > 0 and workers.idle)
    page.detail_view.documents.setCurrentRow(1)
    _until(lambda: page.viewer.page_count > 1 and workers.idle)
    page.viewer.next_action.trigger()
    _until(lambda: workers.idle)
    _wait(400)
    v = page.viewer
    shots.save("application.png", win, marks=(
        (1, page.banner, "ne"), (2, page.detail_view.browser, "ne"), (3, page.detail_view.documents, "ne"),
        (4, v.thumbs, "se"), (5, v.image, "ne"), (6, v.zoom_label, "w"), (7, v.page_label, "w"),
        (8, page.decision, "ne")))
    _placeholder_shot(win, page, shots)
    _file_menu_shot(win, shots)
    win.lock()
    _wait(200)
    shots.save("lock.png", win, marks=((1, win.lock_page.password, "w"), (2, win.lock_page.button, "e")))
    win.close()
