"""AuditPage (監査ログ): the audit log for supervisors and administrators ("audit.view").

Filters by staff code, application id, action (prefix) and a date range in Japan time;
rows load lazily newest first (AuditModel, keyset on seq). Every search is audited by the
core. "Verify chain" walks the hash chain (audit_query.chain_status) and says in plain
words whether it is intact or which entry is the first one that cannot be trusted. The
result of the daily verification by the sync agent (backoffice.audit.schedule) is shown at
the top."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backoffice.accounts.permissions import Actor
from backoffice.audit import query as audit_query
from backoffice.audit import schedule as audit_schedule
from backoffice.audit.log import ChainReport
from backoffice.audit.query import AuditRow, ChainStatus
from backoffice.audit.schedule import ScheduledResult
from backoffice.platform.context import Backoffice
from backoffice.platform.timeutil import JST

from .. import labels
from ..errors import error_message
from ..models.audit_model import AuditModel
from ..named import named
from ..operations import Changes, Operation, listen
from ..table_fit import WIDEST_TIME, text_width
from ..workers import Workers

log = logging.getLogger(__name__)

NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown blank: no limit
RED, GREEN = "color: #b00020", "color: #1b5e20"


class AuditPage(QWidget):
    def __init__(self, bo: Backoffice, actor: Actor, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bo, self.actor, self.workers = bo, actor, workers
        self.scheduled = named(QLabel(wordWrap=True), "scheduledVerify")
        self.staff_code = named(QLineEdit(placeholderText=self.tr("Staff code, e.g. r001")), "auditStaff")
        self.application_id = named(QLineEdit(placeholderText="OSK-2026-0000001"), "auditApplication")
        # kinds of action by name; the core filters on the recorded action's prefix
        self.action = named(QComboBox(), "auditAction")
        for text, prefix in ((self.tr("All"), ""), (self.tr("Applications"), "application."),
                             (self.tr("Attachments viewed"), "document.view"),
                             (self.tr("Issued documents"), "certificate."), (self.tr("Logins"), "login"),
                             (self.tr("Intake"), "intake."), (self.tr("Quarantine"), "quarantine."),
                             (self.tr("Appointments"), "appointment."), (self.tr("Payments"), "payment."),
                             (self.tr("Export"), "export."), (self.tr("Staff accounts"), "staff."),
                             (self.tr("Audit log"), "audit.")):
            self.action.addItem(text, prefix)
        self.since = self._date_edit("auditFrom")
        self.until = self._date_edit("auditTo")
        self.search_button = named(QPushButton(self.tr("Search")), "auditSearch")
        self.clear_button = named(QPushButton(self.tr("Clear")), "auditClear")
        self.verify_button = named(QPushButton(self.tr("Verify chain")), "verifyChain")
        self.verify_button.setToolTip(self.tr("Check that no entry was edited, deleted or reordered"))
        self.verify_button.setEnabled(actor.has("audit.verify"))
        self.chain = named(QLabel(wordWrap=True), "chainResult")
        self.summary = named(QLabel(), "auditSummary")
        self.model = AuditModel(runner=self._run, parent=self, catalog=bo.catalog)
        self.table = named(QTableView(), "auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(AuditModel.COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        for col, width in ((AuditModel.COL_SEQ, 70), (AuditModel.COL_AT, 150), (AuditModel.COL_ACTOR, 110),
                           (AuditModel.COL_WORKSTATION, 120), (AuditModel.COL_ACTION, 190),
                           (AuditModel.COL_TARGET, 220)):
            self.table.setColumnWidth(col, width)
        # the time whole, whatever its format (the model shows when() and the seconds)
        self.table.setColumnWidth(AuditModel.COL_AT, text_width(self.table, [f"{labels.when(WIDEST_TIME)}:59"]))
        self._layout()
        for edit in (self.staff_code, self.application_id):
            edit.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.clear_button.clicked.connect(self.clear_filters)
        self.verify_button.clicked.connect(self.verify_chain)
        self.model.page_loaded.connect(lambda _n: self._show_count())
        self.model.load_failed.connect(lambda text: self.summary.setText(text))

    def _date_edit(self, name: str) -> QDateEdit:
        edit = named(QDateEdit(), name)
        edit.setCalendarPopup(True)
        # the date as the rest of the UI writes it (「2026年11月30日」); Qt's format letters
        edit.setDisplayFormat(self.tr("yyyy-MM-dd", "date edit display format"))
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(" ")
        edit.setDate(NO_DATE)
        return edit

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Staff code"), self.staff_code)
        form.addRow(self.tr("Application ID"), self.application_id)
        form.addRow(self.tr("Action"), self.action)
        dates = QHBoxLayout()
        dates.addWidget(self.since)
        dates.addWidget(QLabel("〜"))
        dates.addWidget(self.until)
        dates.addStretch(1)
        form.addRow(self.tr("From / to (Japan time)"), dates)
        buttons = QHBoxLayout()
        for b in (self.search_button, self.clear_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.verify_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.scheduled)
        lay.addLayout(form)
        lay.addLayout(buttons)
        lay.addWidget(self.chain)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.summary)
        # the daily result and the search each time it is chosen, and after a check here
        listen(self, self.workers, Changes(audit=True), self.refresh, on_show=True)

    def _run(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None]) -> None:
        self.workers.db(fn, on_done, on_error, owner=self)

    # -- search ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Chosen in the navigation: the daily result and the current search again."""
        bo, actor = self.bo, self.actor
        self.workers.db(lambda: audit_schedule.last_scheduled_result(bo, actor), self._show_scheduled,
                        lambda exc: self.scheduled.setText(error_message(exc)), owner=self)
        self.search()

    @staticmethod
    def _day(edit: QDateEdit) -> date | None:
        d = edit.date()
        return None if d == NO_DATE else date(d.year(), d.month(), d.day())

    def search(self) -> None:
        bo, actor = self.bo, self.actor
        start, end = self._day(self.since), self._day(self.until)
        kwargs: dict[str, Any] = {
            "staff_code": self.staff_code.text().strip() or None,
            "application_id": self.application_id.text().strip() or None,
            "action_prefix": self.action.currentData() or None,
            "since": datetime.combine(start, time(), JST) if start else None,
            "until": datetime.combine(end + timedelta(days=1), time(), JST) if end else None,
        }

        def fetch(after_seq: int | None, limit: int) -> list[AuditRow]:
            return audit_query.search(bo, actor, after_seq=after_seq, limit=limit, **kwargs)

        self.summary.setText(self.tr("Loading…"))
        self.model.reload(fetch)

    def clear_filters(self) -> None:
        for edit in (self.staff_code, self.application_id):
            edit.clear()
        self.action.setCurrentIndex(0)
        self.since.setDate(NO_DATE)
        self.until.setDate(NO_DATE)
        self.search()

    def _show_count(self) -> None:
        n = self.model.rowCount()
        more = "" if self.model.exhausted else " " + self.tr("(scroll for more)")
        self.summary.setText(self.tr("%n entries shown", "", n) + more)

    # -- chain -----------------------------------------------------------------------
    def verify_chain(self) -> None:
        bo, actor = self.bo, self.actor
        self.verify_button.setEnabled(False)
        self.chain.setStyleSheet("")
        self.chain.setText(self.tr("Checking every entry of the audit log…"))
        # the check is recorded in the log itself: an operation, the list here shows it after
        (Operation(self, self.workers, lambda: audit_query.chain_status(bo, actor), Changes(audit=True))
         .success(self._verified).failure(self._verify_failed).run())

    def _verify_failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.chain.setStyleSheet(RED)
        self.chain.setText(self.tr("The check could not run: %1").replace("%1", error_message(exc)))

    def _verified(self, st: ChainStatus) -> None:
        self.verify_button.setEnabled(True)
        self.chain.setStyleSheet(GREEN if st.intact else RED)
        self.chain.setText(self.describe(st.report, st.head_seq, st.head_hash))
        # the check's own words and the newest entry's hash, for the administrator
        self.chain.setToolTip("\n".join(x for x in (st.report.problem, self.tr("Newest entry's hash: %1")
                                                                     .replace("%1", st.head_hash)) if x))

    def describe(self, r: ChainReport, head_seq: int, head_hash: str) -> str:
        if r.intact:
            return (self.tr("The audit log is intact: %1 entries checked, none edited, deleted or reordered. "
                            "Newest entry No. %2.")
                    .replace("%1", f"{r.entries:,}").replace("%2", str(head_seq)))
        seq = str(r.first_bad_seq)
        # checked against the signed checkpoints kept outside the database (issue 21)
        if "audit log is empty" in r.problem:
            return self.tr("The audit log has been tampered with: it is empty (every entry was deleted). "
                           "Report this to the system administrator.")
        if "audit checkpoint" in r.problem:
            return self.tr("An audit checkpoint kept outside the database is damaged or not validly signed; "
                           "report this to the system administrator.")
        if "entries were deleted" in r.problem:
            what = self.tr("the newest entries from No. %1 on were deleted (a signed checkpoint counts more)")
        elif "differs from the signed checkpoint" in r.problem:
            what = self.tr("the log up to entry No. %1 was rewritten after a signed checkpoint recorded it")
        elif "missing" in r.problem:
            what = self.tr("entry No. %1 is missing (deleted)")
        elif "does not follow" in r.problem:
            what = self.tr("entry No. %1 does not follow the entry before it (deleted or reordered)")
        elif "differs from the head" in r.problem:
            what = self.tr("entry No. %1 was changed after the previous daily check recorded it")
        else:
            what = self.tr("entry No. %1 was altered after it was written")
        return (self.tr("The audit log has been tampered with: %1. Entries from No. %2 on cannot be trusted; "
                        "report this to the system administrator.")
                .replace("%1", what.replace("%1", seq)).replace("%2", seq))

    def _show_scheduled(self, res: ScheduledResult | None) -> None:
        if res is None:
            self.scheduled.setStyleSheet("")
            self.scheduled.setText(self.tr("Daily check: none yet (the sync agent checks the chain after 02:00)."))
            return
        when = labels.when(res.at)
        report = ChainReport(res.intact, res.entries, res.first_bad_seq, res.problem)
        self.scheduled.setStyleSheet(GREEN if res.intact else RED + "; font-weight: bold")
        self.scheduled.setText(self.tr("Daily check %1: %2").replace("%1", when)
                               .replace("%2", self.describe(report, res.head_seq, res.head_hash)))
