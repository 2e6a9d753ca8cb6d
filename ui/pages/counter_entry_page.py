"""CounterEntryPage (窓口受付, issue 18 item 1): a clerk types the application of a citizen
at the counter, keyboard only: procedure, applicant, the procedure's form fields as the
catalog types them, the identity document checked, paper pages taken in, the receipt
number of the fee paid at the counter. Ctrl+Enter (or the button) saves through the core
(backoffice/intake/counter_entry.py) as one operation; a refusal marks each wrong field
with what is wrong and keeps everything as typed. After saving, the 受付票 (reception slip
with the application id as a QR code) is written to the data folder's `slips/` and opened
for printing, and the form is cleared for the next citizen (the procedure stays)."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backoffice.accounts.permissions import Actor
from backoffice.intake import counter_entry
from backoffice.intake.counter_entry import CounterEntryRefused, CounterForm, CounterReceipt
from backoffice.platform import fileperms
from backoffice.platform.catalog import FormField
from backoffice.platform.context import Backoffice

from ..errors import error_message
from ..named import named
from ..operations import Changes, Operation
from ..workers import Workers

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b00020;"


class CounterEntryPage(QWidget):
    def __init__(self, bo: Backoffice, actor: Actor, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bo, self.actor, self.workers = bo, actor, workers
        self.last: CounterReceipt | None = None
        self.slip_path: Path | None = None
        self._started: float | None = None
        self.procedure = named(QComboBox(), "entryProcedure")
        for p in bo.catalog:
            self.procedure.addItem(p.name, p.code)
        self.name = named(QLineEdit(), "entryName")
        self.kana = named(QLineEdit(), "entryKana")
        self.birth = named(QLineEdit(), "entryBirthDate")
        self.birth.setPlaceholderText(self.tr("e.g. 19850401"))
        self.postal = named(QLineEdit(), "entryPostalCode")
        self.postal.setPlaceholderText(self.tr("e.g. 5300001"))
        self.address = named(QLineEdit(), "entryAddress")
        self.delivery = named(QComboBox(), "entryDelivery")
        self.delivery.addItem(self.tr("At the counter"), "counter")
        self.delivery.addItem(self.tr("By mail"), "mail")
        self.id_document = named(QComboBox(), "entryIdDocument")
        self.id_document.addItem(self.tr("(choose)"), "")
        id_labels = {"drivers_license": self.tr("Driver's license"),
                     "my_number_card": self.tr("My Number card (also as health insurance card)"),
                     "passport": self.tr("Passport"),
                     "eligibility_certificate": self.tr("Health insurance eligibility certificate"),
                     "other": self.tr("Other")}
        for code in counter_entry.ID_DOCUMENTS_ACCEPTED:
            self.id_document.addItem(id_labels.get(code, code), code)
        self.paper = named(QSpinBox(), "entryPaper")
        self.paper.setRange(0, 99)
        self.receipt = named(QLineEdit(), "entryReceipt")
        self.fee = named(QLabel(), "entryFee")
        self.save_btn = named(QPushButton(self.tr("Accept (Ctrl+Enter)")), "entrySave")
        self.save_btn.clicked.connect(self.save)
        self.open_slip_btn = named(QPushButton(self.tr("Open the reception slip again")), "entryOpenSlip")
        self.open_slip_btn.setEnabled(False)
        self.open_slip_btn.clicked.connect(self._open_slip)
        self.message = named(QLabel(), "entryMessage")
        self.message.setWordWrap(True)
        self.errors: dict[str, QLabel] = {}
        self.field_widgets: dict[str, QWidget] = {}
        self.fields_box = QGroupBox(self.tr("Form"))
        self.fields_form = QFormLayout(self.fields_box)
        self._layout()
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.save, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.procedure.currentIndexChanged.connect(self._procedure_changed)
        for edit in (self.name, self.kana, self.birth, self.postal, self.address, self.receipt):
            edit.textEdited.connect(self._typing)
        self._procedure_changed()

    # -- layout ---------------------------------------------------------------------------
    def _row(self, form: QFormLayout, label: str, widget: QWidget, key: str) -> None:
        err = named(QLabel(), f"error_{key}")
        err.setStyleSheet(ERROR_STYLE)
        err.hide()
        self.errors[key] = err
        cell = QWidget()
        lay = QHBoxLayout(cell)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(widget, 1)
        lay.addWidget(err)
        form.addRow(label, cell)

    def _layout(self) -> None:
        applicant = QGroupBox(self.tr("Applicant"))
        form = QFormLayout(applicant)
        self._row(form, self.tr("Procedure"), self.procedure, "procedure")
        self._row(form, self.tr("Name"), self.name, "name")
        self._row(form, self.tr("Name in kana"), self.kana, "kana")
        self._row(form, self.tr("Birth date"), self.birth, "birth_date")
        self._row(form, self.tr("Postal code"), self.postal, "postal_code")
        self._row(form, self.tr("Address"), self.address, "address")
        self._row(form, self.tr("Receive the document"), self.delivery, "delivery_method")
        check = QGroupBox(self.tr("Identity, paper and payment"))
        form2 = QFormLayout(check)
        self._row(form2, self.tr("Identity document checked"), self.id_document, "id_document")
        self._row(form2, self.tr("Paper pages taken in"), self.paper, "paper_documents")
        form2.addRow(self.tr("Fee"), self.fee)
        self._row(form2, self.tr("Receipt number"), self.receipt, "receipt_no")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_btn)
        buttons.addWidget(self.open_slip_btn)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(applicant)
        lay.addWidget(self.fields_box)
        lay.addWidget(check)
        lay.addLayout(buttons)
        lay.addWidget(self.message)
        lay.addStretch(1)

    def _procedure_changed(self) -> None:
        """Rebuild the form fields of the chosen procedure (the catalog's types)."""
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        for key in [k for k in self.errors if k.startswith("field.")]:
            del self.errors[key]
        self.field_widgets = {}
        proc = self.bo.catalog.get(self.procedure.currentData() or "")
        if proc is None:
            return
        for f in proc.form:
            widget = self._field_widget(f)
            self.field_widgets[f.name] = widget
            self._row(self.fields_form, f.label + (" *" if f.required else ""), widget, f"field.{f.name}")
        self._order_tabs()
        self._update_fee()

    def _field_widget(self, f: FormField) -> QWidget:
        w: QWidget
        if f.type == "boolean":
            w = QCheckBox()
        elif f.type == "choice":
            combo = QComboBox()
            combo.addItem(self.tr("(choose)"), "")
            for choice in f.choices:
                combo.addItem(choice, choice)
            w = combo
        else:
            edit = QLineEdit()
            if f.name == "copies":
                edit.setText("1")
                edit.textEdited.connect(lambda _t: self._update_fee())
            if f.type == "date":
                edit.setPlaceholderText(self.tr("e.g. 20261130"))
            w = edit
        return named(w, f"entryField_{f.name}")

    def _order_tabs(self) -> None:
        chain: list[QWidget] = [self.procedure, self.name, self.kana, self.birth, self.postal, self.address,
                                self.delivery, *self.field_widgets.values(), self.id_document, self.paper,
                                self.receipt, self.save_btn]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    # -- reading the form -----------------------------------------------------------------
    def _typing(self) -> None:
        if self._started is None:
            self._started = time.monotonic()

    def _values(self) -> dict[str, str | bool]:
        out: dict[str, str | bool] = {}
        for name, w in self.field_widgets.items():
            if isinstance(w, QCheckBox):
                out[name] = w.isChecked()
            elif isinstance(w, QComboBox):
                out[name] = str(w.currentData() or "")
            elif isinstance(w, QLineEdit):
                out[name] = w.text()
        return out

    def form(self) -> CounterForm:
        seconds = None if self._started is None else int(time.monotonic() - self._started)
        return CounterForm(procedure=str(self.procedure.currentData() or ""), name=self.name.text(),
                           kana=self.kana.text(), birth_date=self.birth.text(), postal_code=self.postal.text(),
                           address=self.address.text(), delivery_method=str(self.delivery.currentData()),
                           fields=self._values(), id_document=str(self.id_document.currentData() or ""),
                           receipt_no=self.receipt.text(), paper_documents=self.paper.value(), seconds=seconds)

    def _update_fee(self) -> None:
        proc = self.bo.catalog.get(self.procedure.currentData() or "")
        copies_w = self.field_widgets.get("copies")
        copies_text = copies_w.text() if isinstance(copies_w, QLineEdit) else "1"
        copies = int(copies_text) if copies_text.strip().isdigit() else 1
        fee = proc.fee_due({"copies": copies}) if proc is not None else 0
        self.fee.setText(self.tr("%1 yen (paid at the counter)").replace("%1", f"{fee:,}") if fee
                         else self.tr("None"))
        self.receipt.setEnabled(fee > 0)

    # -- saving ---------------------------------------------------------------------------
    def save(self) -> None:
        form = self.form()
        for err in self.errors.values():
            err.hide()
        self.save_btn.setEnabled(False)
        self.message.setText(self.tr("Saving…"))
        (Operation(self, self.workers, lambda: counter_entry.enter(self.bo, self.actor, form),
                   lambda r: Changes.of_applications(r.pk, arrivals=True, payments=bool(r.fee)))
         .success(self._saved)
         .failure(self._refused)
         .run())

    def _refused(self, exc: BaseException) -> None:
        self.save_btn.setEnabled(True)
        if not isinstance(exc, CounterEntryRefused):
            self.message.setText(error_message(exc))
            return
        first: QWidget | None = None
        for key, code in exc.errors.items():
            label = self.errors.get(key)
            if label is None:
                continue
            label.setText(self._error_text(code))
            label.show()
            if first is None:
                first = label.parentWidget()
        self.message.setText(self.tr("Not saved: correct the marked fields (what you typed is kept)."))
        widget = self._widget_of(next(iter(exc.errors), ""))
        if widget is not None:
            widget.setFocus()

    def _widget_of(self, key: str) -> QWidget | None:
        plain = {"procedure": self.procedure, "name": self.name, "kana": self.kana, "birth_date": self.birth,
                 "postal_code": self.postal, "address": self.address, "delivery_method": self.delivery,
                 "id_document": self.id_document, "receipt_no": self.receipt, "paper_documents": self.paper}
        if key.startswith("field."):
            return self.field_widgets.get(key[6:])
        return plain.get(key)

    def _error_text(self, code: str) -> str:
        texts = {
            "required": self.tr("Required"),
            "kana": self.tr("Katakana only"),
            "date": self.tr("Not a date (e.g. 19850401)"),
            "future": self.tr("In the future"),
            "postal_code": self.tr("Seven digits (e.g. 5300001)"),
            "number": self.tr("A whole number"),
            "copies": self.tr("1 to 99"),
            "choice": self.tr("Choose from the list"),
            "boolean": self.tr("Yes or no"),
            "too_long": self.tr("Too long"),
            "unknown_procedure": self.tr("Not in the catalog"),
            "receipt_used": self.tr("Already used for another payment"),
        }
        return texts.get(code, self.tr("Check this field"))

    def _saved(self, receipt: CounterReceipt) -> None:
        self.last = receipt
        self.save_btn.setEnabled(True)
        folder = fileperms.ensure_dir(Path(self.bo.config.base_dir) / "slips")
        path = folder / f"{receipt.application_id}.pdf"
        fileperms.write_file(path, receipt.slip_pdf)
        self.slip_path = path
        self.open_slip_btn.setEnabled(True)
        self.message.setText(self.tr("Accepted as %1. Hand the reception slip to the citizen.")
                             .replace("%1", receipt.application_id))
        self._clear()
        if self.bo.config.base_dir is not None and not _headless():
            self._open_slip()

    def _open_slip(self) -> None:
        if self.slip_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.slip_path)))

    def _clear(self) -> None:
        for edit in (self.name, self.kana, self.birth, self.postal, self.address, self.receipt):
            edit.clear()
        self.delivery.setCurrentIndex(0)
        self.id_document.setCurrentIndex(0)
        self.paper.setValue(0)
        self._started = None
        self._procedure_changed()
        self.name.setFocus()


def _headless() -> bool:
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.platformName() in ("offscreen", "minimal")
