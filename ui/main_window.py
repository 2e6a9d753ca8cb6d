"""MainWindow: navigation to the pages that exist for this staff member, menus holding
every action with its shortcut, the status bar (who, background sync), idle lock and
session end. Pages do the work; this class only wires them together."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from backoffice.administration import staff
from backoffice.platform.context import Backoffice

from . import i18n
from .about import AboutDialog
from .catalog_watch import CatalogWatch
from .connection_monitor import ConnectionMonitor
from .idle_lock import IdleWatcher, LockPage, SessionGuard
from .labels import role_label
from .manual import ManualWindow, open_manual, section_for
from .named import named
from .operations import OperationBus
from .pages.application_page import ApplicationPage
from .pages.appointments_page import AppointmentsPage
from .pages.audit_page import AuditPage
from .pages.catalog_page import CatalogPage
from .pages.counter_entry_page import CounterEntryPage
from .pages.counter_page import CounterPage
from .pages.counters_page import CountersPage
from .pages.dashboard_page import DashboardPage
from .pages.export_page import ExportPage
from .pages.figures_page import FiguresPage
from .pages.inquiries_page import InquiriesPage
from .pages.issued_page import IssuedPage
from .pages.payments_page import PaymentsPage
from .pages.portal_content_page import PortalContentPage
from .pages.quarantine_page import QuarantinePage
from .pages.queue_page import QueuePage
from .pages.settings_page import SettingsPage
from .pages.staff_page import StaffPage
from .pages.verify_page import VerifyPage
from .qtcompat import emit
from .session_flow import confirm_discard, record_logout, unsent_work
from .sync_runner import SyncRunner, SyncState
from .workers import Workers

log = logging.getLogger(__name__)

class MainWindow(QMainWindow):
    session_ended = Signal()
    closed = Signal()  # after the close went through (ui.session_flow decides what follows)
    language_switched = Signal(str)  # the catalogs are swapped: ui.session_flow rebuilds the window

    def __init__(self, bo: Backoffice, session: staff.LoginSession, workers: Workers,
                 language: str = "ja", start_sync: bool = True) -> None:
        super().__init__()
        self.bo, self.session, self.workers = bo, session, workers
        self.actor = session.actor
        self.ended = False
        self.logging_out = False  # closing to log out / switch user rather than to quit
        self.replaced = False  # closing because a window in another language takes its place
        self.language = language
        self.manual: ManualWindow | None = None
        self.setWindowTitle(self.tr("Back office — %1").replace("%1", bo.config.city_name))
        self.nav = named(QListWidget(), "navigation")
        self.nav.setFixedWidth(150)
        self.pages = QStackedWidget()
        self.queue_page = self.application_page = None
        self.connection = ConnectionMonitor(bo, workers, parent=self)
        if self.actor.has("application.search"):
            self.queue_page = QueuePage(bo, self.actor, workers, language)
            self.application_page = ApplicationPage(bo, self.actor, workers, monitor=self.connection)
            self._add_page(self.tr("Review queues"), self.queue_page)
            self._add_page(self.tr("Application"), self.application_page)
            self.queue_page.application_opened.connect(self.open_application)
            self.queue_page.message_posted.connect(self.show_message)
            self.application_page.message_posted.connect(self.show_message)
        a = self.actor
        if a.has("counter.enter"):  # issue 18: walk-in applications typed at the counter
            self._add_page(self.tr("Counter entry"), CounterEntryPage(bo, a, workers))
        if a.has("delivery.record"):
            self._add_page(self.tr("Counter"), CounterPage(bo, a, workers))
        if a.has("certificate.issue"):
            self._add_page(self.tr("Issue and deliver"), IssuedPage(bo, a, workers))
        if a.has("certificate.verify"):
            self._add_page(self.tr("Verify certificate"), VerifyPage(bo, a, workers))
        if a.has("appointment.view"):
            appointments = AppointmentsPage(bo, a, workers)
            self._add_page(self.tr("Appointments"), appointments)
            if self.application_page is not None:
                appointments.application_opened.connect(self.open_application)
        if a.has("appointment.configure"):  # issue 16 item 4: hours, seats, closures
            self._add_page(self.tr("Counters and closures"), CountersPage(bo, a, workers))
        if a.has("dashboard.view"):
            dashboard = DashboardPage(bo, a, workers)
            self._add_page(self.tr("Supervision"), dashboard)
            if self.application_page is not None:
                dashboard.application_opened.connect(self.open_application)
            # issue 18: the figures for 業務改革, 12-month trend, Excel/CSV/PDF
            self._add_page(self.tr("Figures"), FiguresPage(bo, a, workers))
        if a.has("inquiry.view"):  # issue 17: inquiries from the portal, the phone, the counter
            inquiries_page = InquiriesPage(bo, a, workers)
            self._add_page(self.tr("Inquiries"), inquiries_page)
            if self.application_page is not None:
                inquiries_page.application_opened.connect(self.open_application)
                self.application_page.inquiry_opened.connect(
                    lambda iid, page=inquiries_page: self._open_inquiry(page, iid))
        if a.has("portal.edit"):
            self._add_page(self.tr("FAQ and announcements"), PortalContentPage(bo, a, workers))
        if a.has("payment.reconcile") or a.has("payment.record"):
            self._add_page(self.tr("Payments"), PaymentsPage(bo, a, workers))
        if a.has("export.view"):
            self._add_page(self.tr("Export"), ExportPage(bo, a, workers))
        if a.has("quarantine.view"):
            self._add_page(self.tr("Quarantine"), QuarantinePage(bo, self.actor, workers))
        if a.has("audit.view"):
            self._add_page(self.tr("Audit log"), AuditPage(bo, a, workers))
        if a.has("staff.manage"):
            self._add_page(self.tr("Staff"), StaffPage(bo, a, workers))
        if a.has("catalog.manage"):
            self._add_page(self.tr("Procedures"), CatalogPage(bo, a, workers))
        self.settings_page = SettingsPage(
            bo.config, workers=workers,
            change_password=lambda old, new: staff.change_own_password(bo.db, session, old, new))
        self._add_page(self.tr("Settings"), self.settings_page)
        self.settings_page.language_chosen.connect(self._switch_language)
        self.bus = OperationBus.of(workers)  # pages refresh themselves from its broadcasts
        self.nav.currentRowChanged.connect(self._page_chosen)
        work = QWidget()
        lay = QHBoxLayout(work)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.nav)
        lay.addWidget(self.pages, 1)
        self.lock_page = LockPage(bo, workers, session)
        self.lock_page.unlocked.connect(self.unlock)
        self.outer = QStackedWidget()
        self.outer.addWidget(work)
        self.outer.addWidget(self.lock_page)
        self.setCentralWidget(self.outer)
        self._build_menus()
        self._build_status_bar()
        self.idle = IdleWatcher(bo.config.idle_lock_minutes, self)
        self.idle.idle_timed_out.connect(self.lock)
        app = QApplication.instance()
        if app is None:  # cannot happen once a widget exists; say so instead of failing inside Qt
            raise RuntimeError("MainWindow needs a running QApplication")
        self.idle.start(app)
        self.guard = SessionGuard(bo, workers, session, parent=self)
        self.guard.session_ended.connect(self._end_session)
        workers.session_ended.connect(self._end_session)  # a service refused: ended already
        self.guard.start()
        self.sync = SyncRunner(bo, workers, self)
        self.sync.state_changed.connect(self._show_sync)
        if start_sync:
            self.sync.start()
        else:
            self._show_sync(self.sync.state)
        # the catalog another workstation changes is seen here without a restart (issue 16)
        self.catalog_watch = CatalogWatch(bo, workers, parent=self)
        self.catalog_watch.start()
        self.nav.setCurrentRow(self._first_row())
        self.resize(1400, 860)

    def _first_row(self) -> int:
        """Counter clerks start on 窓口, where their day happens; everyone else on the first page."""
        if self.actor.has("delivery.record") and not self.actor.has("application.decide"):
            for row in range(self.nav.count()):
                if isinstance(self.pages.widget(self.nav.item(row).data(Qt.ItemDataRole.UserRole)), CounterPage):
                    return row
        return 0

    def _add_page(self, title: str, page: QWidget) -> None:
        self.pages.addWidget(page)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, self.pages.count() - 1)
        self.nav.addItem(item)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.lock_action = QAction(self.tr("Lock screen"), self, shortcut=QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        # Ctrl+Q itself: StandardKey.Quit has no key on Windows (the office PCs) nor offscreen
        quit_action = QAction(self.tr("Quit"), self, shortcut=QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        self.logout_action = QAction(self.tr("Log out / switch user"), self, shortcut=QKeySequence("Ctrl+Shift+L"))
        self.logout_action.triggered.connect(self.log_out)
        file_menu.addActions([self.lock_action, self.logout_action, quit_action])
        go_menu = bar.addMenu(self.tr("&Go"))
        for row in range(self.nav.count()):
            # Alt+digit: Ctrl+9 / Ctrl+0 are the document viewer's fit width / fit page
            key = QKeySequence(f"Alt+{row + 1}") if row < 9 else QKeySequence()
            a = QAction(self.nav.item(row).text(), self, shortcut=key)
            a.triggered.connect(lambda _c=False, r=row: self.nav.setCurrentRow(r))
            go_menu.addAction(a)
        if self.queue_page is not None and self.application_page is not None:
            bar.addMenu(self.tr("&Queue")).addActions(self.queue_page.menu_actions())
            bar.addMenu(self.tr("&Application")).addActions(self.application_page.menu_actions())
            bar.addMenu(self.tr("&Document")).addActions(self.application_page.viewer_actions())
        from .log_folder import open_log_folder_action  # Help > Open the log folder (issue 22)

        help_menu = bar.addMenu(self.tr("&Help"))
        manual_action = QAction(self.tr("Staff manual"), self, shortcut=QKeySequence("F1"))
        manual_action.setObjectName("manualAction")
        manual_action.triggered.connect(lambda _c=False: self.show_manual())
        about_action = QAction(self.tr("About the back office…"), self)
        about_action.setObjectName("aboutAction")
        about_action.triggered.connect(lambda _c=False: self.show_about())
        help_menu.addActions([manual_action, open_log_folder_action(self.bo.config, self)])
        help_menu.addSeparator()
        help_menu.addAction(about_action)
        for a in self.findChildren(QAction):
            if a.shortcut() and not a.toolTip().endswith(")"):
                a.setToolTip(f"{a.text()} ({a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")

    def _build_status_bar(self) -> None:
        roles = "・".join(role_label(r) for r in sorted(self.actor.roles))
        self.staff_label = named(QLabel(f"{self.actor.name}（{self.actor.code} / {roles}）"), "staffLabel")
        self.sync_label = named(QLabel(), "syncLabel")
        self.connection_label = named(QLabel(), "connectionLabel")
        self.connection_label.hide()
        self.connection.connection_lost.connect(self._connection_lost)
        self.connection.connection_restored.connect(self._connection_restored)
        self.statusBar().addPermanentWidget(self.connection_label)
        self.statusBar().addPermanentWidget(self.sync_label)
        self.statusBar().addPermanentWidget(self.staff_label)

    # -- navigation ------------------------------------------------------------------
    def _page_chosen(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages.widget(self.nav.item(row).data(Qt.ItemDataRole.UserRole))
        if page is None:
            return
        self.pages.setCurrentWidget(page)
        self.bus.choose(page)  # the page reloads what changed while it was hidden (ui/operations.py)

    # -- help and language (issue 16 item 6) ---------------------------------------------
    def show_manual(self) -> ManualWindow:
        """F1: the staff manual at the section of the page on screen."""
        page = self.lock_page if self.locked else self.pages.currentWidget()
        self.manual = open_manual(self.manual, self, section_for(page, self.actor), self.language)
        return self.manual

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.bo.config, self)
        dialog.open()
        return dialog

    def current_page_name(self) -> str:
        page = self.pages.currentWidget()
        return type(page).__name__ if page is not None else ""

    def show_page_named(self, name: str) -> None:
        for row in range(self.nav.count()):
            if type(self.pages.widget(self.nav.item(row).data(Qt.ItemDataRole.UserRole))).__name__ == name:
                self.nav.setCurrentRow(row)
                return

    def _switch_language(self, lang: str) -> None:
        """Settings → language: at once, after asking when typed text would be lost (the
        window is rebuilt in the new language by ui.session_flow)."""
        if lang == self.language:
            return
        if not confirm_discard(self, unsent_work(self), self.tr("Change the language")):
            self.settings_page.show_language(self.language)
            return
        i18n.switch(lang)
        emit(self.language_switched, lang)

    def show_page(self, page: QWidget) -> None:
        for row in range(self.nav.count()):
            if self.pages.widget(self.nav.item(row).data(Qt.ItemDataRole.UserRole)) is page:
                self.nav.setCurrentRow(row)
                return

    def open_application(self, pk: int) -> None:
        assert self.application_page is not None
        self.application_page.open(pk)
        self.show_page(self.application_page)

    def _open_inquiry(self, page: InquiriesPage, inquiry_id: str) -> None:
        self.show_page(page)  # reloads the list as it was (each showing does) ...
        page.open_inquiry(inquiry_id)  # ... then this one's reload, answered last, chooses it

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    def _show_sync(self, st: SyncState) -> None:
        if self.bo.config.per_person:  # a person never ingests: the agent's job (issue 19)
            text = self.tr("Sync: done by the sync agent")
        elif not st.enabled:
            text = self.tr("Sync: off (no gateway key configured)")
        elif st.error:
            text = self.tr("Sync error at %1: %2").replace("%1", f"{st.last_run:%H:%M}").replace("%2", st.error)
        elif st.last_run is None:
            text = self.tr("Sync: starting…")
        elif st.busy:
            text = self.tr("Sync %1: another workstation is syncing the spool").replace(
                "%1", f"{st.last_run:%H:%M:%S}")
        else:
            text = (self.tr("Sync %1: ingested %2, duplicates %3, quarantined %4")
                    .replace("%1", f"{st.last_run:%H:%M:%S}").replace("%2", str(st.ingested))
                    .replace("%3", str(st.duplicates)).replace("%4", str(st.quarantined)))
            if st.problems:
                text += " " + self.tr("(%n problem(s))", "", len(st.problems))
            if st.outbox_waiting:  # portal-v1 §1: nothing reaches the portal until keys init
                text += " " + self.tr("(messages to the portal wait: no outbox key)")
        self.sync_label.setText(text)
        self.sync_label.setStyleSheet("color: #b00020" if st.error or st.problems else "")
        self.sync_label.setToolTip("\n".join([*st.problems, *([st.outbox_waiting] if st.outbox_waiting else [])])
                                   or (st.error or ""))

    def _connection_lost(self, error: str) -> None:
        self.connection_label.setText(self.tr("Database: not reachable — reconnecting…"))
        self.connection_label.setStyleSheet("color: #b00020; font-weight: bold")
        self.connection_label.setToolTip(error)
        self.connection_label.show()

    def _connection_restored(self) -> None:
        self.connection_label.setText(self.tr("Database: connected again"))
        self.connection_label.setStyleSheet("color: #1b5e20")
        self.connection_label.setToolTip("")
        self.show_message(self.tr("The database connection is back."))

    # -- lock and session ------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.outer.currentWidget() is self.lock_page

    def lock(self) -> None:
        if self.locked:
            return
        log.info("screen locked")
        self.outer.setCurrentWidget(self.lock_page)
        self.menuBar().setEnabled(False)
        self.lock_page.password.setFocus()

    def unlock(self) -> None:
        self.outer.setCurrentIndex(0)
        self.menuBar().setEnabled(True)
        self.idle.timer.start()

    def _end_session(self) -> None:
        if self.ended:
            return
        self.ended = True
        emit(self.session_ended)
        self.close()

    def log_out(self) -> None:
        """Back to the login dialog (ui.session_flow): asks first when typed text would be lost."""
        self.logging_out = True
        if not self.close():
            self.logging_out = False

    def closeEvent(self, event: QCloseEvent) -> None:
        leaving = self.tr("Log out") if self.logging_out else self.tr("Quit")
        if not self.ended and not self.replaced and not confirm_discard(self, unsent_work(self), leaving):
            event.ignore()
            return
        self.sync.stop()
        self.catalog_watch.stop()
        self.connection.stop()
        self.guard.timer.stop()
        app = QApplication.instance()
        if app is not None:
            self.idle.stop(app)
        else:  # the application is already gone, and its event filters with it
            self.idle.timer.stop()
        if self.application_page is not None:
            self.application_page.leave()
        if self.logging_out:
            record_logout(self.bo, self.workers, self.session)
        super().closeEvent(event)
        emit(self.closed)
