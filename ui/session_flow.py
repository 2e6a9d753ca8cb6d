"""One desktop session after another: login dialog -> main window -> (log out / switch user,
or the session ended by an administrator) -> a fresh login dialog, until someone quits.

Every login builds a new MainWindow and the old one is deleted, so nothing of the previous
staff member (their queue, the application they had open, typed text, file-dialog folder)
stays on screen. Before a window that holds typed text closes by the user's choice (quit,
log out), `confirm_discard` asks; an ended session closes without asking (its writes would
be refused anyway).

Changing the language in 設定 takes effect at once (issue 16 item 6): the catalogs are swapped
(`ui.i18n.switch`) and a new MainWindow for the same login session takes the old one's place,
on the same page, at the same size, with the application on screen opened again. Every
text of every page, header, menu and Qt's own dialogs is then built in the new language, as at
a login; typed text that would be lost is asked about first (`MainWindow._switch_language`)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from backoffice.administration import staff
from backoffice.platform.context import Backoffice

from . import file_dialogs
from .login import LoginDialog
from .qtcompat import emit
from .workers import Workers

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)


def unsent_work(window: MainWindow) -> list[str]:
    """What closing this window would lose, in words for the question."""
    page = window.application_page
    if page is None:
        return []
    lost = []
    if page.pending is not None:
        lost.append(QCoreApplication.translate("SessionFlow", "a decision or comment still waiting for the database"))
    if page.decision.reason.toPlainText().strip():
        lost.append(QCoreApplication.translate("SessionFlow", "the reason typed in the decision panel"))
    if page.decision.comment.text().strip():
        lost.append(QCoreApplication.translate("SessionFlow", "the internal comment not yet added"))
    return lost


def confirm_discard(parent: QWidget, lost: list[str], leaving: str) -> bool:
    """True when nothing would be lost or the user chose to discard it."""
    if not lost:
        return True
    box = QMessageBox(QMessageBox.Icon.Warning, leaving,
                      QCoreApplication.translate("SessionFlow", "This text has not been sent yet:")
                      + "\n・" + "\n・".join(lost) + "\n\n"
                      + QCoreApplication.translate("SessionFlow", "Discard it and continue?"),
                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter keeps the text
    return box.exec() == QMessageBox.StandardButton.Discard


def record_logout(bo: Backoffice, workers: Workers, session: staff.LoginSession) -> None:
    """Audit the logout on the database thread, after the window's lease release (FIFO)."""
    workers.db(lambda: staff.logout(bo.db, session), lambda _r: None,
               lambda exc: log.warning("logout of %s not recorded: %s", session.actor.code, exc))


class SessionFlow(QObject):
    """Drives the login dialog and the main windows; `finished` when the user quits."""

    finished = Signal()
    window_opened = Signal(object)  # MainWindow, for tests and screenshots

    def __init__(self, bo: Backoffice, workers: Workers, language: str, start_sync: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bo, self.workers, self.language, self.start_sync = bo, workers, language, start_sync
        # the context before anyone logs in; with [database] per_person each login brings the
        # person's own (session.bo, connected as their role), used until they log out (issue 19)
        self.home = bo
        # a person may not ingest (receiving is the agent's): the agent syncs, not the desktop
        self.start_sync = start_sync and not bo.config.per_person
        self.login: LoginDialog | None = None
        self.window: MainWindow | None = None

    def start(self, notice: str = "") -> None:
        """A fresh login dialog (with a notice such as "your session was ended")."""
        login = LoginDialog(self.bo, self.workers)
        login.accepted.connect(lambda: self._logged_in(login))
        login.rejected.connect(self._quit)
        self.login = login
        login.show()
        if notice:
            QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("MainWindow", "Session ended"), notice,
                        QMessageBox.StandardButton.Ok, login).open()

    def _logged_in(self, login: LoginDialog) -> None:
        from .main_window import MainWindow  # main_window imports this module

        session = login.session
        login.deleteLater()
        self.login = None
        if session is None:
            self._quit()
            return
        self.bo = session.bo or self.home
        self._open_window(MainWindow(self.bo, session, self.workers, language=self.language,
                                     start_sync=self.start_sync))

    def _open_window(self, window: MainWindow) -> None:
        window.closed.connect(lambda: self._window_closed(window))
        window.language_switched.connect(lambda lang: self._language_switched(window, lang))
        self.window = window
        window.show()
        emit(self.window_opened, window)

    def _language_switched(self, old: MainWindow, lang: str) -> None:
        """The same session in a window built in `lang`, where the old one was."""
        from .main_window import MainWindow

        self.language = lang
        page = old.current_page_name()
        shown = old.application_page.current if old.application_page is not None else None
        manual_open = old.manual is not None and old.manual.isVisible()
        new = MainWindow(self.bo, old.session, self.workers, language=lang, start_sync=self.start_sync)
        if old.isMaximized():
            new.showMaximized()
        else:
            new.setGeometry(old.geometry())
        old.replaced = True
        old.close()  # stops its timers and sync, gives back the application it held
        self._open_window(new)
        if shown is not None and page == "ApplicationPage":  # on screen: open (and hold) it again
            new.open_application(shown.pk)
        else:
            new.show_page_named(page)
        if manual_open:
            new.show_manual()
        log.info("display language switched to %s", lang)

    def _window_closed(self, window: MainWindow) -> None:
        if window.replaced:  # a window in another language is on screen already
            window.deleteLater()
            return
        self.window = None
        window.deleteLater()  # its pages, models and the application on screen go with it
        if self.bo is not self.home:  # the person's connections end after their logout is recorded
            person, self.bo = self.bo, self.home
            self.workers.db(person.close, lambda _r: None,
                            lambda exc: log.warning("closing a person's connections: %s", exc))
        if window.logging_out:
            file_dialogs.forget_last_folder()
            self.start()
        elif window.ended:
            self.start(QCoreApplication.translate("MainWindow", "Your session was ended. Log in again."))
        else:
            self._quit()

    def _quit(self) -> None:
        emit(self.finished)  # ui.app quits the application on it
