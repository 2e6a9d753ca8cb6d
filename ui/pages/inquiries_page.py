"""InquiriesPage (問い合わせ, issue 17): the queue of inquiries from the portal, the phone and
the counter (oldest due first, by status, search by name/kana/ids) and the chosen one's
detail with its answers and internal notes; assign to oneself, add a note, answer (sent to
the portal as inquiry_answer/1), close with or without an answer, open the linked
application, enter a phone or counter inquiry, turn an answer into an FAQ entry.
Every change is an Operation (ui/operations.py); the core checks role and department and
audits each opening of an inquiry (backoffice/portal/inquiries.py)."""

from __future__ import annotations

import logging
import tomllib
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from backoffice.accounts.permissions import Actor
from backoffice.platform.context import Backoffice
from backoffice.platform.resources import resource_path
from backoffice.portal import inquiries
from backoffice.portal.inquiries import InquiryDetail, InquiryRow

from .. import labels
from ..errors import error_message
from ..named import named
from ..operations import Changes, Operation, listen
from ..qtcompat import emit
from ..workers import Workers

log = logging.getLogger(__name__)

PORTAL = Changes(portal=True)


def answer_templates() -> list[tuple[str, str]]:
    """(title, text) of resources/answer_templates.toml, like the decision's reason templates."""
    try:
        data = tomllib.loads(resource_path("answer_templates.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        log.warning("answer templates not loaded: %s", exc)
        return []
    return [(str(t.get("title", "")), str(t.get("text", ""))) for t in data.get("answer", [])
            if isinstance(t, dict) and t.get("text")]


class InquiriesPage(QWidget):
    application_opened = Signal(int)  # application pk

    def __init__(self, bo: Backoffice, actor: Actor, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bo, self.actor, self.workers = bo, actor, workers
        self.rows: list[InquiryRow] = []
        self.current: InquiryDetail | None = None
        self._note = ""
        self._wanted: str | None = None  # an inquiry asked for from the application screen
        self._detail_seq = 0  # the newest detail asked for; an older answer is not shown

        self.status = named(QComboBox(), "inquiryStatus")
        for code, text in (("", self.tr("Open")), ("new", self.tr("New")), ("assigned", self.tr("Assigned")),
                           ("answered", self.tr("Answered")), ("closed", self.tr("Closed")),
                           ("*", self.tr("All"))):
            self.status.addItem(text, code)
        self.search = named(QLineEdit(), "inquirySearch")
        self.search.setPlaceholderText(self.tr("Name, kana, application number or inquiry number"))
        self.search.returnPressed.connect(self.refresh)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.enter_button = named(QPushButton(self.tr("Enter a phone or counter inquiry…")), "enterInquiryButton")
        self.enter_button.clicked.connect(lambda: self.enter_dialog())  # not clicked(bool) as values
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Status")))
        top.addWidget(self.status)
        top.addWidget(self.search, 1)
        top.addWidget(self.enter_button)

        self.table = named(QTableWidget(0, 7), "inquiryTable")
        self.table.setHorizontalHeaderLabels([self.tr("Due"), self.tr("Status"), self.tr("Channel"),
                                              self.tr("Department"), self.tr("Name"), self.tr("Category"),
                                              self.tr("Application")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._open_selected)

        self.detail = named(QTextBrowser(), "inquiryDetail")
        self.templates = named(QComboBox(), "answerTemplates")
        self.templates.addItem(self.tr("Answer template…"), "")
        for title, text in answer_templates():
            self.templates.addItem(title, text)
        self.templates.activated.connect(self._use_template)
        self.answer_box = named(QPlainTextEdit(), "answerBox")
        self.answer_box.setPlaceholderText(self.tr("Answer to the citizen, or an internal note"))
        self.assign_button = named(QPushButton(self.tr("Take it")), "assignButton")
        self.note_button = named(QPushButton(self.tr("Add as internal note")), "noteButton")
        self.answer_button = named(QPushButton(self.tr("Send answer")), "answerButton")
        self.close_button = named(QPushButton(self.tr("Close…")), "closeInquiryButton")
        self.open_app_button = named(QPushButton(self.tr("Open application")), "openApplicationButton")
        self.faq_button = named(QPushButton(self.tr("Make FAQ entry")), "faqFromAnswerButton")
        self.assign_button.clicked.connect(self.assign_to_me)
        self.note_button.clicked.connect(self.add_note)
        self.answer_button.clicked.connect(self.send_answer)
        self.close_button.clicked.connect(lambda: self.close_inquiry())
        self.open_app_button.clicked.connect(self._open_application)
        self.faq_button.clicked.connect(self.make_faq)
        self.answer_button.setToolTip(self.tr("Send answer (Ctrl+Return)"))
        self.faq_button.setVisible(actor.has("portal.edit"))
        buttons = QHBoxLayout()
        for b in (self.assign_button, self.note_button, self.answer_button, self.close_button,
                  self.open_app_button, self.faq_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.detail, 3)
        rl.addWidget(self.templates)
        rl.addWidget(self.answer_box, 2)
        rl.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.summary = named(QLabel(), "inquirySummary")
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        lay.addWidget(self.summary)

        for text, keys, slot in ((self.tr("Search"), QKeySequence(QKeySequence.StandardKey.Find), self._focus_search),
                                 (self.tr("Refresh"), QKeySequence("F5"), self.refresh),
                                 (self.tr("Send answer"), QKeySequence("Ctrl+Return"), self.send_answer),
                                 (self.tr("Enter an inquiry"), QKeySequence("Ctrl+Shift+N"), self.enter_dialog)):
            action = QAction(text, self, shortcut=keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self._enable()
        listen(self, workers, PORTAL, self.refresh, on_show=True)

    # ---------------------------------------------------------------- loading
    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        bo, actor = self.bo, self.actor
        code = self.status.currentData()
        term = self.search.text()

        def load() -> list[InquiryRow]:
            return inquiries.queue(bo, actor, status=code if code not in ("", "*") else None,
                                   open_only=code == "", search=term)

        self.workers.db(load, lambda rows: self._loaded(rows, term),
                        lambda exc: self.summary.setText(error_message(exc)), owner=self)

    def open_inquiry(self, inquiry_id: str) -> None:
        """Show one inquiry selected (asked for from the application screen): the queue is
        set to all statuses and searched for its number, and the row is chosen when it loads."""
        self._wanted = inquiry_id.lower()
        self.status.blockSignals(True)
        self.status.setCurrentIndex(self.status.findData("*"))
        self.status.blockSignals(False)
        self.search.setText(self._wanted)
        self.refresh()

    def _loaded(self, rows: list[InquiryRow], term: str | None = None) -> None:
        wanted = self._wanted if self._wanted is not None and term == self._wanted else None
        if wanted is not None:
            self._wanted = None
        keep = wanted or (self.current.inquiry_id if self.current else None)
        self.rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = [labels.day(r.due_date), self._status_text(r.status), self._channel_text(r.channel),
                     r.department or self.tr("(not chosen)"), labels.person_name(r.name, r.restricted), r.category, r.application_id or "—"]
            for j, text in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.blockSignals(False)
        self.summary.setText(self.tr("%n inquiry(ies)", "", len(rows)) + (" — " + self._note if self._note else ""))
        again = next((i for i, r in enumerate(rows) if r.inquiry_id == keep), None)
        if again is not None:
            self.table.blockSignals(True)  # selecting it must not open it a second time (and audit it twice)
            self.table.selectRow(again)
            self.table.blockSignals(False)
            self._open_selected()
        else:
            self._detail_seq += 1  # a detail still on its way is of a row no longer listed
            self.current = None
            self.detail.clear()
            self._enable()
            if wanted is not None:
                self._not_shown(wanted)

    def _not_shown(self, inquiry_id: str) -> None:
        """The asked-for inquiry is not in this person's queue: say why (another department,
        or it no longer exists), in words, where the list would have been."""
        bo, actor = self.bo, self.actor

        def why(exc: BaseException) -> None:
            if getattr(exc, "code", None) == "other_department":
                department = str(getattr(exc, "params", {}).get("department", ""))
                text = self.tr("This inquiry belongs to %1, which is not one of your departments. Ask a "
                               "member of staff of %1.").replace("%1", department)
            else:
                text = error_message(exc)
            self._note = ""
            self.summary.setText(text)
            self.detail.setPlainText(text)

        self._detail_seq += 1
        seq = self._detail_seq
        self.workers.db(lambda: inquiries.detail(bo, actor, inquiry_id), lambda d: self._shown(seq, d),
                        lambda exc: why(exc) if seq == self._detail_seq else None, owner=self)

    def _status_text(self, code: str) -> str:
        return {"new": self.tr("New"), "assigned": self.tr("Assigned"), "answered": self.tr("Answered"),
                "closed": self.tr("Closed")}.get(code, code)

    def _channel_text(self, code: str) -> str:
        return {"portal": self.tr("Portal"), "phone": self.tr("Phone"), "counter": self.tr("Counter")}.get(code, code)

    def _selected(self) -> InquiryRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _open_selected(self) -> None:
        row = self._selected()
        if row is None:
            return
        bo, actor, iid = self.bo, self.actor, row.inquiry_id
        self._detail_seq += 1
        seq = self._detail_seq
        self.workers.db(lambda: inquiries.detail(bo, actor, iid), lambda d: self._shown(seq, d),
                        lambda exc: self.summary.setText(error_message(exc)), owner=self)

    def _shown(self, seq: int, d: InquiryDetail) -> None:
        if seq == self._detail_seq:  # not one the person has moved away from meanwhile
            self._show(d)

    def _show(self, d: InquiryDetail) -> None:
        self.current = d
        received, contact, handled = self.tr("Received"), self.tr("Contact"), self.tr("Handled by")
        procedure = self.tr("Procedure")
        lines = [
            f"<b>{self.tr('Status')}:</b> {self._status_text(d.status)}　<b>{self.tr('Due')}:</b> {labels.day(d.due_date)}",
            f"<b>{received}:</b> {labels.when(d.received_at)}（{self._channel_text(d.channel)}）",
            f"<b>{self.tr('Name')}:</b> {_esc(labels.restricted_person())}" if d.withheld else
            f"<b>{self.tr('Name')}:</b> {_esc(d.name)}（{_esc(d.name_kana)}）",
            f"<b>{contact}:</b> {_esc(d.email or '—')}　{_esc(d.phone or '—')}",
            f"<b>{self.tr('Department')}:</b> {_esc(d.department or self.tr('(not chosen)'))}　"
            f"<b>{handled}:</b> {_esc(d.assigned_name or d.assigned_to or '—')}",  # by name
            f"<b>{self.tr('Application')}:</b> {_esc(d.application_id or '—')}　"
            f"<b>{procedure}:</b> {_esc(labels.procedure_name(self.bo.catalog, d.procedure))}",
            f"<b>{self.tr('Category')}:</b> {_esc(d.category)}",
            f"<p style='white-space: pre-wrap'>{_esc(d.text)}</p>",
        ]
        for e in d.entries:
            kind = self.tr("Answer") if e.kind == "answer" else self.tr("Internal note")
            lines.append(f"<hr><b>{kind}</b>　{_esc(e.staff_name or e.staff_code)}　{labels.when(e.at)}"
                         f"<p style='white-space: pre-wrap'>{_esc(e.text)}</p>")
        if d.close_reason:
            lines.append(f"<hr><b>{self.tr('Closed')}:</b> {_esc(d.close_reason)}")
        self.detail.setHtml("<br>".join(lines))
        self._enable()

    def _enable(self) -> None:
        d = self.current
        open_ = d is not None and d.status != "closed"
        handle = self.actor.has("inquiry.handle")
        for b in (self.assign_button, self.note_button, self.answer_button, self.close_button):
            b.setEnabled(bool(open_ and handle))
        self.open_app_button.setEnabled(d is not None and d.application_pk is not None)
        self.faq_button.setEnabled(d is not None and any(e.kind == "answer" for e in d.entries))

    # ---------------------------------------------------------------- actions
    def _use_template(self, index: int) -> None:
        text = self.templates.itemData(index)
        if text:
            self.answer_box.setPlainText(str(text))
        self.templates.setCurrentIndex(0)

    def _run(self, fn: Any, message: str) -> None:
        self._note = ""  # the last action's message stays until the next one
        (Operation(self, self.workers, fn, PORTAL)
         .success(lambda _r: self._done(message))
         .failure(lambda exc: self.summary.setText(error_message(exc))).run())

    def _done(self, message: str) -> None:
        self._note = message
        self.refresh()

    def assign_to_me(self) -> None:
        if self.current is None:
            return
        bo, actor, iid = self.bo, self.actor, self.current.inquiry_id
        self._run(lambda: inquiries.assign(bo, actor, iid), self.tr("You handle this inquiry now."))

    def add_note(self) -> None:
        text = self.answer_box.toPlainText()
        if self.current is None or not text.strip():
            self.summary.setText(self.tr("Write the note first."))
            return
        bo, actor, iid = self.bo, self.actor, self.current.inquiry_id
        self.answer_box.clear()
        self._run(lambda: inquiries.add_note(bo, actor, iid, text), self.tr("Internal note added."))

    def send_answer(self) -> None:
        text = self.answer_box.toPlainText()
        if self.current is None or self.current.status == "closed" or not text.strip():
            self.summary.setText(self.tr("Write the answer first."))
            return
        bo, actor, iid = self.bo, self.actor, self.current.inquiry_id
        self.answer_box.clear()
        self._run(lambda: inquiries.answer(bo, actor, iid, text),
                  self.tr("Answer sent; the portal receives it with the next sync."))

    def close_inquiry(self, reason: str | None = None) -> None:
        if self.current is None:
            return
        if reason is None and self.current.status != "answered":
            reason, ok = QInputDialog.getText(self, self.tr("Close without answer"),
                                              self.tr("Why is it closed without an answer?"))
            if not ok or not reason.strip():
                return
        bo, actor, iid, why = self.bo, self.actor, self.current.inquiry_id, reason
        self._run(lambda: inquiries.close(bo, actor, iid, why), self.tr("Inquiry closed."))

    def make_faq(self) -> None:
        if self.current is None:
            return
        bo, actor, iid = self.bo, self.actor, self.current.inquiry_id
        self._run(lambda: inquiries.answer_to_faq(bo, actor, iid),
                  self.tr("FAQ entry made from the answer; edit it on the FAQ page."))

    def _open_application(self) -> None:
        if self.current is not None and self.current.application_pk is not None:
            emit(self.application_opened, self.current.application_pk)

    def enter_dialog(self, values: dict[str, str] | None = None) -> None:
        """A phone or counter inquiry; `values` fills it without showing the dialog (tests)."""
        if not self.actor.has("inquiry.handle"):
            return
        if values is None:
            dialog = EnterInquiryDialog(self.bo, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        bo, actor, v = self.bo, self.actor, dict(values)
        self._run(lambda: inquiries.enter(
            bo, actor, channel=v.get("channel", "phone"), name=v.get("name", ""), name_kana=v.get("name_kana", ""),
            text=v.get("text", ""), category=v.get("category", ""), phone=v.get("phone") or None,
            email=v.get("email") or None, application_id=v.get("application_id") or None,
            procedure=v.get("procedure") or None), self.tr("Inquiry entered."))


class EnterInquiryDialog(QDialog):
    def __init__(self, bo: Backoffice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enter an inquiry"))
        self.channel = QComboBox()
        self.channel.addItem(self.tr("Phone"), "phone")
        self.channel.addItem(self.tr("Counter"), "counter")
        self.name, self.kana, self.phone, self.email = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.application = QLineEdit()
        self.procedure = QComboBox()
        self.procedure.addItem(self.tr("(none)"), "")
        for p in bo.catalog:
            self.procedure.addItem(labels.procedure_name(bo.catalog, p.code), p.code)
        self.category = QLineEdit()
        self.text = QPlainTextEdit()
        form = QFormLayout(self)
        for label, w in ((self.tr("Channel"), self.channel), (self.tr("Name"), self.name),
                         (self.tr("Kana"), self.kana), (self.tr("Phone"), self.phone), (self.tr("E-mail"), self.email),
                         (self.tr("Application"), self.application), (self.tr("Procedure"), self.procedure),
                         (self.tr("Category"), self.category), (self.tr("Inquiry"), self.text)):
            form.addRow(label, w)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def values(self) -> dict[str, str]:
        return {"channel": str(self.channel.currentData()), "name": self.name.text(), "name_kana": self.kana.text(),
                "phone": self.phone.text(), "email": self.email.text(), "application_id": self.application.text(),
                "procedure": str(self.procedure.currentData() or ""), "category": self.category.text(),
                "text": self.text.toPlainText()}


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
