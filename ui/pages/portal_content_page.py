"""PortalContentPage (FAQ・お知らせ, issue 17): supervisors create, edit, preview and withdraw
the FAQ entries and announcements the portal shows. Each save publishes the whole entry
with the next version (faq/1, announcement/1) through the core (backoffice/portal/faq.py);
the preview shows what the portal will receive before anything is published."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from backoffice.accounts.permissions import Actor
from backoffice.platform.context import Backoffice
from backoffice.platform.timeutil import JST, to_jst
from backoffice.portal import faq
from backoffice.portal.faq import AnnouncementRow, FaqRow

from .. import labels
from ..errors import error_message
from ..named import named
from ..operations import Changes, Operation, listen
from ..workers import Workers

PORTAL = Changes(portal=True)


def _table(columns: list[str], name: str) -> QTableWidget:
    t = named(QTableWidget(0, len(columns)), name)
    t.setHorizontalHeaderLabels(columns)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


class PortalContentPage(QWidget):
    def __init__(self, bo: Backoffice, actor: Actor, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bo, self.actor, self.workers = bo, actor, workers
        self.faqs: list[FaqRow] = []
        self.announcements: list[AnnouncementRow] = []
        self.faq_id: str | None = None
        self.announcement_id: str | None = None
        self.tabs = named(QTabWidget(), "portalTabs")
        self.tabs.addTab(self._faq_tab(), self.tr("FAQ"))
        self.tabs.addTab(self._announcement_tab(), self.tr("Announcements"))
        self.summary = named(QLabel(), "portalSummary")
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.summary)
        for text, keys, slot in ((self.tr("New"), QKeySequence("Ctrl+N"), self.new_entry),
                                 (self.tr("Save and publish"), QKeySequence("Ctrl+S"), self.save),
                                 (self.tr("Preview"), QKeySequence("Ctrl+P"), self.preview),
                                 (self.tr("Refresh"), QKeySequence("F5"), self.refresh)):
            action = QAction(text, self, shortcut=keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        listen(self, workers, PORTAL, self.refresh, on_show=True)

    # ---------------------------------------------------------------- FAQ tab
    def _faq_tab(self) -> QWidget:
        w = QWidget()
        self.faq_table = _table([self.tr("Category"), self.tr("Procedure"), self.tr("Question"),
                                 self.tr("Version"), self.tr("State")], "faqTable")
        self.faq_table.itemSelectionChanged.connect(self._faq_selected)
        self.category = named(QLineEdit(), "faqCategory")
        self.procedure = named(QComboBox(), "faqProcedure")
        self.procedure.addItem(self.tr("(all procedures)"), "")
        for p in self.bo.catalog:
            self.procedure.addItem(labels.procedure_name(self.bo.catalog, p.code), p.code)
        self.question = named(QPlainTextEdit(), "faqQuestion")
        self.answer = named(QPlainTextEdit(), "faqAnswer")
        form = QFormLayout()
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Procedure"), self.procedure)
        form.addRow(self.tr("Question"), self.question)
        form.addRow(self.tr("Answer"), self.answer)
        self.faq_preview = named(QTextBrowser(), "faqPreview")
        self.new_button = named(QPushButton(self.tr("New entry")), "faqNewButton")
        self.save_button = named(QPushButton(self.tr("Save and publish")), "faqSaveButton")
        self.preview_button = named(QPushButton(self.tr("Preview")), "faqPreviewButton")
        self.withdraw_button = named(QPushButton(self.tr("Withdraw")), "faqWithdrawButton")
        self.new_button.clicked.connect(self.new_entry)
        self.save_button.clicked.connect(self.save)
        self.preview_button.clicked.connect(self.preview)
        self.withdraw_button.clicked.connect(self.withdraw)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.preview_button, self.save_button, self.withdraw_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form, 3)
        right.addLayout(buttons)
        right.addWidget(QLabel(self.tr("What the portal will receive")))
        right.addWidget(self.faq_preview, 2)
        lay = QHBoxLayout(w)
        lay.addWidget(self.faq_table, 3)
        lay.addLayout(right, 2)
        return w

    # ---------------------------------------------------------------- announcements tab
    def _announcement_tab(self) -> QWidget:
        w = QWidget()
        self.ann_table = _table([self.tr("From"), self.tr("Until"), self.tr("Title"), self.tr("Version"),
                                 self.tr("State")], "announcementTable")
        self.ann_table.itemSelectionChanged.connect(self._announcement_selected)
        self.title = named(QLineEdit(), "announcementTitle")
        self.body = named(QPlainTextEdit(), "announcementBody")
        self.publish_from = named(QDateTimeEdit(), "announcementFrom")
        self.publish_until = named(QDateTimeEdit(), "announcementUntil")
        for edit in (self.publish_from, self.publish_until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(self.tr("yyyy-MM-dd HH:mm", "date and time edit display format"))
        self.no_end = named(QCheckBox(self.tr("No end")), "announcementNoEnd")
        self.no_end.toggled.connect(lambda on: self.publish_until.setEnabled(not on))
        self.ann_procedures = named(QListWidget(), "announcementProcedures")
        for p in self.bo.catalog:
            item = QListWidgetItem(labels.procedure_name(self.bo.catalog, p.code))
            item.setData(Qt.ItemDataRole.UserRole, p.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ann_procedures.addItem(item)
        until = QHBoxLayout()
        until.addWidget(self.publish_until, 1)
        until.addWidget(self.no_end)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Text"), self.body)
        form.addRow(self.tr("From"), self.publish_from)
        form.addRow(self.tr("Until"), until)
        form.addRow(self.tr("Procedures"), self.ann_procedures)
        self.ann_preview = named(QTextBrowser(), "announcementPreview")
        new, save = QPushButton(self.tr("New announcement")), QPushButton(self.tr("Save and publish"))
        prev, withdraw = QPushButton(self.tr("Preview")), QPushButton(self.tr("Withdraw"))
        self.ann_save_button, self.ann_withdraw_button = named(save, "announcementSaveButton"), withdraw
        new.clicked.connect(self.new_entry)
        save.clicked.connect(self.save)
        prev.clicked.connect(self.preview)
        withdraw.clicked.connect(self.withdraw)
        buttons = QHBoxLayout()
        for b in (new, prev, save, withdraw):
            buttons.addWidget(b)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form, 3)
        right.addLayout(buttons)
        right.addWidget(self.ann_preview, 1)
        lay = QHBoxLayout(w)
        lay.addWidget(self.ann_table, 3)
        lay.addLayout(right, 2)
        self._reset_announcement()
        return w

    # ---------------------------------------------------------------- loading
    def refresh(self) -> None:
        bo, actor = self.bo, self.actor

        def load() -> tuple[list[FaqRow], list[AnnouncementRow]]:
            return faq.list_faq(bo, actor), faq.list_announcements(bo, actor)

        self.workers.db(load, self._loaded, lambda exc: self.summary.setText(error_message(exc)), owner=self)

    def _loaded(self, data: tuple[list[FaqRow], list[AnnouncementRow]]) -> None:
        self.faqs, self.announcements = data
        self.faq_table.blockSignals(True)
        self.faq_table.setRowCount(len(self.faqs))
        for i, r in enumerate(self.faqs):
            cells = [r.category, labels.procedure_name(self.bo.catalog, r.procedure) if r.procedure else "—",
                     r.question.splitlines()[0] if r.question else "", str(r.version), self._state(r.withdrawn)]
            for j, text in enumerate(cells):
                self.faq_table.setItem(i, j, QTableWidgetItem(text))
        self.faq_table.blockSignals(False)
        self.ann_table.blockSignals(True)
        self.ann_table.setRowCount(len(self.announcements))
        for i, a in enumerate(self.announcements):
            cells = [labels.when(a.publish_from), labels.when(a.publish_until) if a.publish_until else "—",
                     a.title, str(a.version), self._state(a.withdrawn)]
            for j, text in enumerate(cells):
                self.ann_table.setItem(i, j, QTableWidgetItem(text))
        self.ann_table.blockSignals(False)
        self._enable()

    def _state(self, withdrawn: bool) -> str:
        return self.tr("Withdrawn") if withdrawn else self.tr("Published")

    def _faq_selected(self) -> None:
        rows = self.faq_table.selectionModel().selectedRows()
        if not rows:
            return
        r = self.faqs[rows[0].row()]
        self.faq_id = r.faq_id
        self.category.setText(r.category)
        self.procedure.setCurrentIndex(max(self.procedure.findData(r.procedure or ""), 0))
        self.question.setPlainText(r.question)
        self.answer.setPlainText(r.answer)
        self.faq_preview.clear()
        self._enable()

    def _announcement_selected(self) -> None:
        rows = self.ann_table.selectionModel().selectedRows()
        if not rows:
            return
        a = self.announcements[rows[0].row()]
        self.announcement_id = a.announcement_id
        self.title.setText(a.title)
        self.body.setPlainText(a.body)
        self.publish_from.setDateTime(_qdt(a.publish_from))
        self.no_end.setChecked(a.publish_until is None)
        if a.publish_until is not None:
            self.publish_until.setDateTime(_qdt(a.publish_until))
        for i in range(self.ann_procedures.count()):
            item = self.ann_procedures.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in a.procedures
                               else Qt.CheckState.Unchecked)
        self._enable()

    def _enable(self) -> None:
        current = next((r for r in self.faqs if r.faq_id == self.faq_id), None)
        self.withdraw_button.setEnabled(current is not None and not current.withdrawn)
        self.save_button.setEnabled(current is None or not current.withdrawn)
        ann = next((a for a in self.announcements if a.announcement_id == self.announcement_id), None)
        self.ann_withdraw_button.setEnabled(ann is not None and not ann.withdrawn)
        self.ann_save_button.setEnabled(ann is None or not ann.withdrawn)

    def _reset_announcement(self) -> None:
        self.announcement_id = None
        self.title.clear()
        self.body.clear()
        now = QDateTime.currentDateTime()
        self.publish_from.setDateTime(now)
        self.publish_until.setDateTime(now.addDays(14))
        self.no_end.setChecked(False)
        for i in range(self.ann_procedures.count()):
            self.ann_procedures.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.ann_preview.clear()

    # ---------------------------------------------------------------- actions
    def _on_faq(self) -> bool:
        return self.tabs.currentIndex() == 0

    def new_entry(self) -> None:
        if self._on_faq():
            self.faq_id = None
            self.faq_table.clearSelection()
            for w in (self.category,):
                w.clear()
            self.question.clear()
            self.answer.clear()
            self.procedure.setCurrentIndex(0)
            self.faq_preview.clear()
            self.category.setFocus()
        else:
            self.ann_table.clearSelection()
            self._reset_announcement()
            self.title.setFocus()
        self._enable()

    def _faq_values(self) -> dict[str, Any]:
        return {"category": self.category.text().strip(), "procedure": self.procedure.currentData() or None,
                "question": self.question.toPlainText().strip(), "answer": self.answer.toPlainText().strip()}

    def _announcement_values(self) -> dict[str, Any]:
        until = None if self.no_end.isChecked() else _py(self.publish_until.dateTime())
        codes = [str(self.ann_procedures.item(i).data(Qt.ItemDataRole.UserRole))
                 for i in range(self.ann_procedures.count())
                 if self.ann_procedures.item(i).checkState() == Qt.CheckState.Checked]
        return {"title": self.title.text().strip(), "body": self.body.toPlainText().strip(),
                "publish_from": _py(self.publish_from.dateTime()), "publish_until": until, "procedures": codes}

    def preview(self) -> None:
        """What the portal will receive (before schema, message_id and at are added)."""
        if self._on_faq():
            v = self._faq_values()
            current = next((r for r in self.faqs if r.faq_id == self.faq_id), None)
            version = (current.version + 1) if current else 1
            proc = labels.procedure_name(self.bo.catalog, v["procedure"]) if v["procedure"] else self.tr("(all procedures)")
            category, procedure, edition = self.tr("Category"), self.tr("Procedure"), self.tr("Version")
            self.faq_preview.setHtml(f"<h3>Q. {_esc(v['question'])}</h3><p style='white-space: pre-wrap'>A. "
                                     f"{_esc(v['answer'])}</p><hr><p>{category}: {_esc(v['category'])}　"
                                     f"{procedure}: {_esc(proc)}　{edition}: {version}</p>")
        else:
            v = self._announcement_values()
            period = labels.when(v["publish_from"]) + " – " + (labels.when(v["publish_until"]) if v["publish_until"] else "")
            self.ann_preview.setHtml(f"<h3>{_esc(v['title'])}</h3><p>{_esc(period)}</p>"
                                     f"<p style='white-space: pre-wrap'>{_esc(v['body'])}</p>")

    def save(self) -> None:
        bo, actor = self.bo, self.actor
        if self._on_faq():
            v, fid = self._faq_values(), self.faq_id
            op: Any = lambda: faq.save_faq(bo, actor, fid, **v)  # noqa: E731
            message = self.tr("FAQ entry saved and published.")
        else:
            a, aid = self._announcement_values(), self.announcement_id
            op = lambda: faq.save_announcement(bo, actor, aid, **a)  # noqa: E731
            message = self.tr("Announcement saved and published.")
        (Operation(self, self.workers, op, PORTAL)
         .success(lambda new_id: self._saved(new_id, message))
         .failure(lambda exc: self.summary.setText(error_message(exc))).run())

    def _saved(self, new_id: str, message: str) -> None:
        if self._on_faq():
            self.faq_id = new_id
        else:
            self.announcement_id = new_id
        self.summary.setText(message)
        self.refresh()

    def _withdrawn(self) -> None:
        self.summary.setText(self.tr("Withdrawn; the portal hides it."))
        self.refresh()

    def withdraw(self) -> None:
        bo, actor = self.bo, self.actor
        if self._on_faq():
            if self.faq_id is None:
                return
            fid = self.faq_id
            op: Any = lambda: faq.withdraw_faq(bo, actor, fid)  # noqa: E731
        else:
            if self.announcement_id is None:
                return
            aid = self.announcement_id
            op = lambda: faq.withdraw_announcement(bo, actor, aid)  # noqa: E731
        (Operation(self, self.workers, op, PORTAL)
         .success(lambda _r: self._withdrawn())
         .failure(lambda exc: self.summary.setText(error_message(exc))).run())


def _qdt(dt: datetime) -> QDateTime:
    j = to_jst(dt)
    return QDateTime(j.year, j.month, j.day, j.hour, j.minute, 0)


def _py(q: QDateTime) -> datetime:
    d, t = q.date(), q.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=JST)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
