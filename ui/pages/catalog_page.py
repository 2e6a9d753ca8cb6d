"""CatalogPage (手続き一覧, administrators): the procedure catalog kept in the shared
database as in force today, with the changes already scheduled; 変更… schedules a new
version of one procedure (fee, processing days — 0 is the same day —, approval steps,
required attachments, issuance template, register, the labels of the form's fields) from a
date — today or later, never in the past. The core (backoffice.administration.catalog_admin)
validates, writes it in one transaction and audits it; applications received before that
date keep their fee, deadline and field labels."""

from __future__ import annotations

import logging

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backoffice.accounts.permissions import Actor
from backoffice.administration import catalog_admin
from backoffice.platform.catalog import ATTACHMENT_KINDS, RECORD_KINDS
from backoffice.platform.context import Backoffice
from backoffice.platform.timeutil import today_jst

from .. import labels
from ..errors import error_message
from ..named import named
from ..operations import Changes, Operation, listen
from ..workers import Workers

log = logging.getLogger(__name__)


def record_label(code: str | None) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {"resident": QCoreApplication.translate("CatalogPage", "Resident register"),
             "seal": QCoreApplication.translate("CatalogPage", "Seal register"),
             "tax": QCoreApplication.translate("CatalogPage", "Tax records"),
             "koseki": QCoreApplication.translate("CatalogPage", "Family register")}
    return names.get(code or "", QCoreApplication.translate("CatalogPage", "None"))


class ProcedureDialog(QDialog):
    """A new version of one procedure from a date."""

    def __init__(self, row: catalog_admin.ProcedureRow, templates: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(self.tr("Change %1").replace("%1", row.name))
        self.fee = named(QSpinBox(), "fee")
        self.fee.setRange(0, 1_000_000)
        self.fee.setSuffix(self.tr(" yen"))
        self.fee.setValue(row.fee_per_copy)
        self.days = named(QSpinBox(), "processingDays")
        self.days.setRange(-1, 365)  # -1: no standard period; 0: the same day (即日)
        self.days.setSpecialValueText(self.tr("No standard period"))
        self.days.setSuffix(self.tr(" business days"))
        self.days.setValue(-1 if row.processing_days is None else row.processing_days)
        self.steps = named(QComboBox(), "approvalSteps")
        self.steps.addItem(self.tr("One step (the reviewer decides)"), 1)
        self.steps.addItem(self.tr("Two steps (a supervisor decides)"), 2)
        self.steps.setCurrentIndex(self.steps.findData(row.approval_steps))
        self.attachments = {k: QCheckBox(labels.kind_label(k)) for k in ATTACHMENT_KINDS}
        for k, box in self.attachments.items():
            box.setObjectName(f"attachment_{k}")
            box.setChecked(k in row.required_attachments)
        self.template = named(QComboBox(), "template")
        for name, title in templates:
            self.template.addItem(title, name)
        if row.template:
            self.template.setCurrentIndex(max(0, self.template.findData(row.template)))
        self.template.setEnabled(bool(row.template))
        self.record = named(QComboBox(), "record")
        self.record.addItem(record_label(None), "")
        for code in RECORD_KINDS:
            self.record.addItem(record_label(code), code)
        self.record.setCurrentIndex(max(0, self.record.findData(row.record or "")))
        # the form's field labels (shown on the application screen): part of the version too
        fields = row.entry.get("fields") or {}
        self.field_labels: dict[str, QLineEdit] = {}
        for key, label in fields.items():
            edit = named(QLineEdit(str(label)), f"fieldLabel_{key}")
            edit.setMaxLength(catalog_admin.MAX_FIELD_LABEL)
            self.field_labels[key] = edit
        self.effective = named(QDateEdit(), "effectiveFrom")
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy/MM/dd")
        t = today_jst()
        self.effective.setMinimumDate(QDate(t.year, t.month, t.day))
        self.effective.setDate(QDate(t.year, t.month, t.day))
        self.note = named(QLineEdit(), "changeNote")
        self.note.setPlaceholderText(self.tr("e.g. 手数料条例の改正"))
        form = QFormLayout()
        form.addRow(self.tr("Fee per copy"), self.fee)
        form.addRow(self.tr("Standard processing period"), self.days)
        form.addRow(self.tr("Approval"), self.steps)
        att = QHBoxLayout()
        for box in self.attachments.values():
            att.addWidget(box)
        form.addRow(self.tr("Required attachments"), att)
        form.addRow(self.tr("Issuance template"), self.template)
        form.addRow(self.tr("Register"), self.record)
        if self.field_labels:
            form.addRow(QLabel(self.tr("Labels of the form's fields (as the application screen shows them):"),
                               wordWrap=True))
            for key, edit in self.field_labels.items():
                form.addRow("　" + str(fields[key]), edit)
        form.addRow(self.tr("In force from"), self.effective)
        form.addRow(self.tr("Reason"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Schedule"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Applications received before the day keep their fee and deadline; "
                                     "those received from it are judged by this version."), wordWrap=True))
        lay.addLayout(form)
        lay.addWidget(buttons)

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {
            "fee_per_copy": self.fee.value(),
            "approval_steps": self.steps.currentData(),
            "required_attachments": [k for k, box in self.attachments.items() if box.isChecked()],
        }
        if self.days.value() >= 0:
            out["processing_days"] = self.days.value()
        if self.template.isEnabled():
            out["template"] = self.template.currentData()
        out["record"] = self.record.currentData() or None
        if self.field_labels:
            out["fields"] = {key: edit.text().strip() for key, edit in self.field_labels.items()}
        return out

    def entry(self) -> dict[str, object]:
        """The procedure's whole procedures-v1 table with the dialog's values."""
        entry = {**self.row.entry, **self.values()}
        if self.days.value() < 0:
            entry.pop("processing_days", None)
        if entry.get("record") is None:
            entry.pop("record", None)
        return entry


class CatalogPage(QWidget):
    COLUMNS = ("name", "department", "fee", "days", "steps", "template", "scheduled")

    def __init__(self, bo: Backoffice, actor: Actor, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bo, self.actor, self.workers = bo, actor, workers
        self.rows: list[catalog_admin.ProcedureRow] = []
        self._note = ""  # what the last change said: kept when the list reloads after it
        self.titles = dict(catalog_admin.templates())  # a template by the title on its paper, not its file name
        self.table = named(QTableWidget(0, len(self.COLUMNS)), "catalogTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Procedure"), self.tr("Department"), self.tr("Fee"), self.tr("Processing period"),
            self.tr("Approval"), self.tr("Template"), self.tr("Scheduled changes")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.change_selected())
        self.change_button = named(QPushButton(self.tr("Change…")), "changeProcedure")
        self.change_button.setShortcut(QKeySequence("Ctrl+E"))
        self.change_button.setToolTip(self.tr("Change…") + " (Ctrl+E)")
        self.change_button.clicked.connect(lambda _c=False: self.change_selected())
        self.summary = named(QLabel(), "catalogSummary")
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr(
            "The procedures every workstation uses, as in force today. A change takes effect on the day "
            "you choose; every change is recorded in the audit log."), wordWrap=True))
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        lay.addWidget(self.summary)
        listen(self, workers, Changes(settings=True, catalog=True), self.refresh, on_show=True)

    def refresh(self) -> None:
        bo, actor = self.bo, self.actor
        self.workers.db(lambda: catalog_admin.overview(bo, actor), self._loaded,
                        lambda exc: self.summary.setText(error_message(exc)), owner=self)

    def _days(self, days: int | None) -> str:
        if days is None:
            return self.tr("None")
        return self.tr("Same day") if days == 0 else self.tr("%n business day(s)", "", days)

    def _scheduled(self, row: catalog_admin.ProcedureRow) -> str:
        parts = []
        for since, fee, days in row.scheduled:
            what = [self.tr("fee %1").replace("%1", labels.yen(fee))] if fee is not None else []
            if days is not None:
                what.append(self._days(days))
            parts.append(self.tr("from %1: %2").replace("%1", labels.day(since)).replace("%2", "、".join(what)))
        return " ／ ".join(parts) or self.tr("None")

    def _loaded(self, rows: list[catalog_admin.ProcedureRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = (labels.procedure_name(self.bo.catalog, r.code), r.department, labels.yen(r.fee_per_copy),
                     self._days(r.processing_days),
                     self.tr("Two steps") if r.approval_steps == 2 else self.tr("One step"),
                     self.titles.get(r.template, r.template) if r.template else self.tr("None"), self._scheduled(r))
            for col, text in enumerate(cells):
                self.table.setItem(i, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.summary.setText(self.tr("%n procedure(s)", "", len(rows)) + (" — " + self._note if self._note else ""))
        self._note = ""

    def _said(self, text: str) -> None:
        self._note = text  # the reload the change broadcasts keeps it
        self.summary.setText(text)

    def selected(self) -> catalog_admin.ProcedureRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def select_code(self, code: str) -> None:
        for i, r in enumerate(self.rows):
            if r.code == code:
                self.table.selectRow(i)

    def change_selected(self, dialog: ProcedureDialog | None = None) -> None:
        row = self.selected()
        if row is None:
            self.summary.setText(self.tr("Select a procedure first."))
            return
        dialog = dialog or ProcedureDialog(row, list(self.titles.items()), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        bo, actor, code = self.bo, self.actor, row.code
        entry, note = dialog.entry(), dialog.note.text().strip()
        d = dialog.effective.date()
        from datetime import date

        day = date(d.year(), d.month(), d.day())
        (Operation(self, self.workers, lambda: catalog_admin.schedule(bo, actor, {code: entry}, day, note),
                   Changes(settings=True, catalog=True, queues=True))  # this desktop's pages re-read at once
         .success(lambda changes: self._said(
             self.tr("No change.") if not changes else
             self.tr("%1: %n change(s) from %2.", "", len(changes)).replace("%1", row.name)
             .replace("%2", labels.day(day))))
         .failure(lambda exc: self.summary.setText(error_message(exc))).run())
