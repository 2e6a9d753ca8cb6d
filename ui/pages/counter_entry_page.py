"""CounterEntryPage (窓口受付, issue 18 item 1): a clerk types the application of a citizen
at the counter, keyboard only: procedure, applicant, the procedure's form fields as the
catalog types them, the identity document checked, paper pages taken in, the receipt
number of the fee paid at the counter. Ctrl+Enter (or the button) saves through the core
(backoffice/intake/counter_entry.py) as one operation; a refusal marks each wrong field
with what is wrong and keeps everything as typed. After saving, the 受付票 (reception slip
with the application id as a QR code) is written to the data folder's `slips/` and opened
for printing, and the form is cleared for the next citizen (the procedure stays).

Paper documents (issue 18): the clerk chooses a scan waiting in the office's scan folder
(taken in by 取り込む, Ctrl+I, or by the scanner's folder) or any PDF/PNG/JPEG file
(Ctrl+O); it is checked and rebuilt (backoffice/intake/scans.py) in the thread pool and shown
in the document viewer beside the form while the clerk types, and attached to the application
when it is saved. A seven-digit postal code fills the address from the bundled table
(backoffice/platform/postal.py) unless the clerk has typed an address of their own."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl
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
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from backoffice.accounts.permissions import Actor
from backoffice.intake import counter_entry, scans
from backoffice.intake.counter_entry import CounterEntryRefused, CounterForm, CounterReceipt
from backoffice.intake.scans import ImportReport, Scan, ScanRejected
from backoffice.platform import fileperms, postal
from backoffice.platform.catalog import FormField
from backoffice.platform.context import Backoffice
from backoffice.platform.postal import PostalAddress

from .. import file_dialogs
from ..errors import error_message
from ..named import named
from ..operations import Changes, Operation
from ..widgets.document_viewer import DocumentViewerWidget
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
        # paper documents: a waiting scan or a chosen file, shown beside the form
        self.scan: Scan | None = None
        self._scan_generation = 0
        self.scan_choice = named(QComboBox(), "entryScan")
        self.scan_file_btn = named(QPushButton(self.tr("Choose a file… (Ctrl+O)")), "entryScanFile")
        self.scan_file_btn.clicked.connect(self.choose_file)
        self.scan_import_btn = named(QPushButton(self.tr("Take in from the scan folder (Ctrl+I)")),
                                     "entryScanImport")
        self.scan_import_btn.clicked.connect(self.import_folder)
        self.scan_import_btn.setEnabled(bo.config.scan_folder is not None)
        self.scan_status = named(QLabel(), "entryScanStatus")
        self.scan_status.setWordWrap(True)
        self.viewer = named(DocumentViewerWidget(workers), "entryScanViewer")
        self.postal_hint = named(QLabel(), "entryPostalHint")
        self._auto_address = ""
        self._layout()
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.save, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+O"), self, self.choose_file, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+I"), self, self.import_folder, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.procedure.currentIndexChanged.connect(self._procedure_changed)
        for edit in (self.name, self.kana, self.birth, self.postal, self.address, self.receipt):
            edit.textEdited.connect(self._typing)
        self.postal.textEdited.connect(self._postal_typed)
        self.address.installEventFilter(self)
        self.scan_choice.activated.connect(self._scan_chosen)
        self._procedure_changed()
        self.refresh_scans()

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
        form.addRow("", self.postal_hint)
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
        left = QWidget()
        lay = QVBoxLayout(left)
        lay.addWidget(applicant)
        lay.addWidget(self.fields_box)
        lay.addWidget(check)
        lay.addLayout(buttons)
        lay.addWidget(self.message)
        lay.addStretch(1)
        paper = QGroupBox(self.tr("Paper documents (scan)"))
        right = QVBoxLayout(paper)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Waiting scans")))
        pick.addWidget(self.scan_choice, 1)
        right.addLayout(pick)
        btns = QHBoxLayout()
        btns.addWidget(self.scan_file_btn)
        btns.addWidget(self.scan_import_btn)
        btns.addStretch(1)
        right.addLayout(btns)
        right.addWidget(self.scan_status)
        right.addWidget(self.viewer, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(paper)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(split)

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
                                self.receipt, self.save_btn, self.scan_choice, self.scan_file_btn,
                                self.scan_import_btn]
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
                           receipt_no=self.receipt.text(), paper_documents=self.paper.value(), seconds=seconds,
                           scan=self.scan)

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
        if isinstance(exc, ScanRejected):
            self.scan_status.setText(self._scan_text(exc.reason))
            self.scan_status.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Not saved: the scan cannot be attached (see beside the form)."))
            self.refresh_scans()
            return
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
            "postal_code_unknown": self.tr("No such postal code"),
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
        self._set_scan(None)
        self.refresh_scans()
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
        self.postal_hint.clear()
        self._auto_address = ""
        self._started = None
        self._procedure_changed()
        self.name.setFocus()


    # -- postal code -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tabbing into an address the postal code filled puts the cursor at its end (Qt
        would select it all, and the 番地 typed next would replace it)."""
        if (watched is self.address and event.type() == QEvent.Type.FocusIn and self._auto_address
                and self.address.text() == self._auto_address):
            QTimer.singleShot(0, lambda: self.address.end(False))
        return super().eventFilter(watched, event)

    def _postal_typed(self, text: str) -> None:
        code = postal.normalize(text)
        if code is None:
            self.postal_hint.clear()
            return
        self.workers.pool_run(lambda: postal.lookup(code), lambda hit: self._postal_found(code, hit), owner=self)

    def _postal_found(self, code: str, hit: PostalAddress | None) -> None:
        if postal.normalize(self.postal.text()) != code:
            return  # typed on meanwhile
        if hit is None:
            self.postal_hint.setText(self.tr("No such postal code") if postal.available() else "")
            self.postal_hint.setStyleSheet(ERROR_STYLE)
            return
        self.postal_hint.setText(hit.text)
        self.postal_hint.setStyleSheet("")
        typed = self.address.text().strip()
        if not typed or typed == self._auto_address:  # never over what the clerk typed
            self.address.setText(hit.text)
            self._auto_address = hit.text

    # -- paper documents ---------------------------------------------------------------------
    def refresh_scans(self) -> None:
        """List the scans waiting in the scan folder (a file read, in the thread pool)."""
        bo = self.bo
        self.workers.pool_run(lambda: scans.waiting(bo), self._scans_listed, owner=self)

    def _scans_listed(self, waiting: list[Scan]) -> None:
        current = self.scan.key if self.scan is not None else None
        self.scan_choice.clear()
        self.scan_choice.addItem(self.tr("(none)"), "")
        for sc in waiting:
            self.scan_choice.addItem(self.tr("%1 (%2 pages)").replace("%1", sc.original_name)
                                     .replace("%2", str(sc.pages)), sc.key)
        if current:
            found = self.scan_choice.findData(current)
            if found >= 0:
                self.scan_choice.setCurrentIndex(found)

    def _scan_chosen(self, index: int) -> None:
        key = str(self.scan_choice.itemData(index) or "")
        if not key:
            self._set_scan(None)
            return
        bo = self.bo
        self._load_scan(lambda: scans.load_ready(bo, key))

    def choose_file(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Scanned paper documents"),
                                      self.tr("PDF and images (*.pdf *.png *.jpg *.jpeg)"))
        if path:
            self.take_file(path)

    def take_file(self, path: str) -> None:
        """Check and show a file the clerk chose (the file dialog, or a test)."""
        self.scan_choice.setCurrentIndex(0)
        self._load_scan(lambda: scans.read_file(path))

    def _load_scan(self, fn: Callable[[], Scan]) -> None:
        self._scan_generation += 1
        gen = self._scan_generation
        self.scan_status.setStyleSheet("")
        self.scan_status.setText(self.tr("Checking the file…"))
        self.workers.pool_run(fn, lambda sc: self._scan_loaded(gen, sc),
                              lambda exc: self._scan_failed(gen, exc), owner=self)

    def _scan_loaded(self, gen: int, scan: Scan) -> None:
        if gen == self._scan_generation:
            self._set_scan(scan)

    def _scan_failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._scan_generation:
            return
        self._set_scan(None)
        self.scan_status.setStyleSheet(ERROR_STYLE)
        self.scan_status.setText(self._scan_text(exc.reason) if isinstance(exc, ScanRejected) else error_message(exc))

    def _set_scan(self, scan: Scan | None) -> None:
        self.scan = scan
        if scan is None:
            self.viewer.clear()
            self.scan_status.setStyleSheet("")
            self.scan_status.setText(self.tr("No scan: the application is saved without paper documents."))
            return
        self.viewer.load(scan.media_type, scan.data)
        self.scan_status.setText(self.tr("%1, %2 pages: attached when the application is saved.")
                                 .replace("%1", scan.original_name).replace("%2", str(scan.pages)))
        if self.paper.value() < scan.pages:
            self.paper.setValue(scan.pages)

    def import_folder(self) -> None:
        if self.bo.config.scan_folder is None:
            return
        self.scan_import_btn.setEnabled(False)
        self.scan_status.setStyleSheet("")
        self.scan_status.setText(self.tr("Taking in the scan folder…"))
        bo, actor = self.bo, self.actor
        (Operation(self, self.workers, lambda: scans.import_folder(bo, actor), Changes())
         .success(self._imported)
         .failure(self._import_failed)
         .run())

    def _imported(self, report: ImportReport) -> None:
        self.scan_import_btn.setEnabled(True)
        text = self.tr("Taken in: %1. Refused and set aside: %2.").replace("%1", str(len(report.imported))) \
            .replace("%2", str(len(report.quarantined)))
        if report.quarantined:
            text += " " + "、".join(f"{name}（{self._scan_text(reason)}）" for name, reason in report.quarantined)
        self.scan_status.setStyleSheet(ERROR_STYLE if report.quarantined else "")
        self.scan_status.setText(text)
        self.refresh_scans()

    def _import_failed(self, exc: BaseException) -> None:
        self.scan_import_btn.setEnabled(True)
        self.scan_status.setStyleSheet(ERROR_STYLE)
        self.scan_status.setText(error_message(exc))

    def _scan_text(self, reason: str) -> str:
        texts = {
            "media_type_not_allowed": self.tr("Not a PDF, PNG or JPEG file"),
            "media_type_mismatch": self.tr("The file's name and content do not agree"),
            "too_large": self.tr("Too large (over the size, page or pixel limit)"),
            "unreadable": self.tr("The file is damaged or cannot be read"),
            "encrypted": self.tr("The PDF is password protected"),
            "too_slow": self.tr("The file takes too long to read"),
            "not_a_file": self.tr("Not a file"),
            "scan_used": self.tr("This scan is already attached to another application"),
            "gone": self.tr("This scan is no longer waiting"),
        }
        return texts.get(reason, self.tr("The file cannot be taken in"))


def _headless() -> bool:
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.platformName() in ("offscreen", "minimal")
