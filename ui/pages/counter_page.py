"""CounterPage (窓口): find the applicant's application by the receipt QR (an image file
from the scanner or camera) or by search, see what was issued, check the identity
document in person and record the handover (issued -> delivered, notice to the applicant).

Decoding runs in the worker pool; every database call on the database thread."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backoffice.accounts.permissions import Actor
from backoffice.issuance import delivery
from backoffice.issuance.qr import decode_qr_texts
from backoffice.issuance.service import (
    CertificateInfo,
    IssuedInfo,
    certificates_of,
    reprint,
    revoke,
)
from backoffice.platform.context import Backoffice

from .. import file_dialogs
from ..certificate_reason import ReasonDialog
from ..errors import error_message
from ..labels import birth_day, person_name, status_label
from ..named import named
from ..operations import Changes, Operation, listen
from ..print_support import make_printer, print_pdfs, printer_names
from ..table_fit import keep_fitted
from ..workers import Workers

log = logging.getLogger(__name__)


class CounterPage(QWidget):
    COLUMNS = 6

    def __init__(self, bo: Backoffice, actor: Actor, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bo, self.actor, self.workers = bo, actor, workers
        self.rows: list[delivery.CounterRow] = []
        self.search_edit = named(QLineEdit(), "counterSearch")
        self.search_edit.setPlaceholderText(self.tr("Application number, name, kana or birth date"))
        self.search_edit.returnPressed.connect(lambda: self.search(self.search_edit.text()))
        search_btn = named(QPushButton(self.tr("Search")), "counterSearchButton")
        search_btn.clicked.connect(lambda: self.search(self.search_edit.text()))
        search_btn.setEnabled(False)  # nothing to look for yet
        self.search_edit.textChanged.connect(lambda text: search_btn.setEnabled(bool(text.strip())))
        scan_btn = named(QPushButton(self.tr("Read receipt QR from image…")), "counterScanButton")
        scan_btn.clicked.connect(self._choose_receipt)
        self.model = QStandardItemModel(0, self.COLUMNS, self)
        self.model.setHorizontalHeaderLabels([
            self.tr("Application"), self.tr("Procedure"), self.tr("Name"), self.tr("Birth date"),
            self.tr("Delivery"), self.tr("Status")])
        self.table = named(QTableView(), "counterResults")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        keep_fitted(self.table)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.documents = named(QListWidget(), "counterDocuments")
        self.certificates: list[CertificateInfo] = []  # the documents listed, in order
        self.documents.currentRowChanged.connect(lambda _r: self._document_chosen())
        # reprint (counter, supervisor) and revoke (supervisor) of the chosen document (issue 16)
        self.reprint_btn = named(QPushButton(self.tr("Reprint…")), "counterReprint")
        self.reprint_btn.setToolTip(self.tr("A new paper with a new serial (paper jam, soiled, …)"))
        self.reprint_btn.clicked.connect(lambda _c=False: self.reprint())
        self.revoke_btn = named(QPushButton(self.tr("Revoke…")), "counterRevoke")
        self.revoke_btn.setToolTip(self.tr("The paper must no longer be relied on"))
        self.revoke_btn.clicked.connect(lambda _c=False: self.revoke())
        self.revoke_btn.setVisible(actor.has("certificate.revoke"))
        self.reprint_btn.setVisible(actor.has("certificate.issue"))
        self._document_chosen()
        self.id_document = named(QComboBox(), "counterIdDocument")
        labels = {"drivers_license": self.tr("Driver's license"),
                  "my_number_card": self.tr("My Number card (also as health insurance card)"),
                  "passport": self.tr("Passport"),
                  "eligibility_certificate": self.tr("Health insurance eligibility certificate"),
                  "other": self.tr("Other (write it in the note)")}
        for code in delivery.ID_DOCUMENTS_ACCEPTED:  # the paper 健康保険証 expired in 2025
            self.id_document.addItem(labels[code], code)
        self.note = named(QLineEdit(), "counterNote")
        self.handover_btn = named(QPushButton(self.tr("Record handover")), "counterHandover")
        self.handover_btn.setEnabled(False)
        self.handover_btn.clicked.connect(self.record_handover)
        self.message = named(QLabel(), "counterMessage")
        self.message.setWordWrap(True)
        self._layout(search_btn, scan_btn)
        # the search again each time the page is chosen and on a change of issued documents
        # elsewhere; its own handover updates the row itself
        listen(self, workers, Changes(issued=True), self.refresh, on_show=True, skip_own=True)

    def _layout(self, search_btn: QPushButton, scan_btn: QPushButton) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(search_btn)
        top.addWidget(scan_btn)
        box = QGroupBox(self.tr("Handover at the counter"))
        form = QFormLayout(box)
        form.addRow(self.tr("Issued documents"), self.documents)
        doc_buttons = QHBoxLayout()
        doc_buttons.addWidget(self.reprint_btn)
        doc_buttons.addWidget(self.revoke_btn)
        doc_buttons.addStretch(1)
        form.addRow("", doc_buttons)
        form.addRow(self.tr("Identity document checked"), self.id_document)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.handover_btn)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 2)
        lay.addWidget(box, 1)
        lay.addWidget(self.message)

    # -- finding --------------------------------------------------------------------------
    def refresh(self) -> None:
        """The search again (each time the page is chosen, and when an application listed
        here changed elsewhere in this window)."""
        if self.search_edit.text().strip():
            self.search(self.search_edit.text())

    def search(self, text: str) -> None:
        if not text.strip():  # Enter in the empty box
            self.message.setText(self.tr("Type an application number, a name, kana or a birth date."))
            return
        self.message.setText(self.tr("Searching…"))
        self.workers.db(lambda: delivery.counter_search(self.bo, self.actor, text), self._show_rows,
                        self._failed, owner=self)

    def _choose_receipt(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Receipt QR image"),
                                      self.tr("Images and PDF (*.png *.jpg *.jpeg *.pdf)"))
        if path:
            self.load_receipt(Path(path))

    def load_receipt(self, path: Path) -> None:
        """Decode in the pool, then look the id up on the database thread."""
        self.message.setText(self.tr("Reading the QR code…"))
        self.workers.pool_run(lambda: decode_qr_texts(path), self._decoded, self._failed, owner=self)

    def _decoded(self, texts: list[str]) -> None:
        self.workers.db(lambda: delivery.find_by_receipt_texts(self.bo, self.actor, texts),
                        self._show_rows, self._failed, owner=self)

    def _show_rows(self, rows: list[delivery.CounterRow]) -> None:
        self.rows = rows
        self.model.removeRows(0, self.model.rowCount())
        for r in rows:
            values = [r.application_id, r.procedure_name, person_name(r.applicant_name, r.restricted),
                      birth_day(r.birth_date), self._method(r.delivery_method),  # 和暦, as on ID cards
                      status_label(r.status)]
            items = [QStandardItem(v) for v in values]
            self.model.appendRow(items)
        self.message.setText(self.tr("%n application(s) found", "", len(rows)))
        if rows:
            self.table.selectRow(0)
        else:
            self.documents.clear()
            self.handover_btn.setEnabled(False)

    def _method(self, code: str) -> str:
        return {"mail": self.tr("Mail"), "counter": self.tr("Counter"),
                "electronic": self.tr("Electronic")}.get(code, code)

    def selected(self) -> delivery.CounterRow | None:
        idx = self.table.selectionModel().selectedRows()
        return self.rows[idx[0].row()] if idx and idx[0].row() < len(self.rows) else None

    def _selection_changed(self, *_args: object) -> None:
        row = self.selected()
        self.documents.clear()
        self.handover_btn.setEnabled(bool(row and row.status == "issued"))
        if row is None:
            return
        self.workers.db(lambda: certificates_of(self.bo, self.actor, row.pk), self._show_documents,
                        self._failed, owner=self)

    def _show_documents(self, infos: list[CertificateInfo]) -> None:
        self.documents.clear()
        self.certificates = list(infos)
        names = {"valid": self.tr("valid"), "superseded": self.tr("superseded"), "revoked": self.tr("revoked")}
        for c in infos:
            self.documents.addItem(f"{c.serial}　{names.get(c.status, c.status)}")
        if not infos:
            self.documents.addItem(self.tr("Nothing issued yet"))
        else:
            self.documents.setCurrentRow(0)  # the newest
        self._document_chosen()

    # -- reprint and revoke (issue 16 item 5) ---------------------------------------------
    def chosen_certificate(self) -> CertificateInfo | None:
        row = self.documents.currentRow()
        return self.certificates[row] if 0 <= row < len(self.certificates) else None

    def _document_chosen(self) -> None:
        cert = self.chosen_certificate()
        valid = cert is not None and cert.status == "valid"
        self.reprint_btn.setEnabled(valid)
        self.revoke_btn.setEnabled(cert is not None and cert.status != "revoked")

    def reprint(self, dialog: ReasonDialog | None = None) -> None:
        cert, row = self.chosen_certificate(), self.selected()
        if cert is None or row is None:
            return
        dialog = dialog or ReasonDialog(False, cert.serial, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        bo, actor, serial, why = self.bo, self.actor, cert.serial, dialog.reason_text()
        (Operation(self, self.workers, lambda: reprint(bo, actor, serial, why),
                   Changes.of_applications(row.pk, issued=True))
         .success(lambda info: self._reprinted(serial, info))
         .failure(self._failed).run())

    def _reprinted(self, old: str, info: IssuedInfo) -> None:
        self.message.setText(self.tr("%1 is superseded; the new serial is %2.").replace("%1", old)
                             .replace("%2", info.serial or ""))
        self._selection_changed()
        if info.pdf and printer_names():
            printer = make_printer()
            if QPrintDialog(printer, self).exec():
                pdfs = [info.pdf]
                self.workers.pool_run(lambda: print_pdfs(printer, pdfs, 1, None, None),
                                      lambda _n: None, self._failed, owner=self)
        elif info.pdf:
            self.message.setText(self.message.text() + "\n" + self.tr(
                "No printer is set up on this computer: print it from 「Issue and deliver」 or save it as PDF there."))

    def revoke(self, dialog: ReasonDialog | None = None) -> None:
        cert, row = self.chosen_certificate(), self.selected()
        if cert is None or row is None:
            return
        dialog = dialog or ReasonDialog(True, cert.serial, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        bo, actor, serial, why = self.bo, self.actor, cert.serial, dialog.reason_text()
        (Operation(self, self.workers, lambda: revoke(bo, actor, serial, why),
                   Changes.of_applications(row.pk, issued=True))
         .success(lambda _info: self._revoked(serial))
         .failure(self._failed).run())

    def _revoked(self, serial: str) -> None:
        self.message.setText(self.tr("%1 is revoked.").replace("%1", serial))
        self._selection_changed()

    # -- handover -------------------------------------------------------------------------
    def record_handover(self) -> None:
        row = self.selected()
        if row is None:
            return
        code = self.id_document.currentData()
        note = self.note.text()
        self.handover_btn.setEnabled(False)
        bo, actor = self.bo, self.actor
        (Operation(self, self.workers, lambda: delivery.record_counter_handover(bo, actor, row.pk, code, note),
                   Changes.of_applications(row.pk, issued=True))
         .success(lambda status: self._handed_over(row, status)).failure(self._failed).run())

    def _handed_over(self, row: delivery.CounterRow, status: str) -> None:
        self.note.clear()
        self.message.setText(self.tr("Handed over %1: %2").replace("%1", row.application_id)
                             .replace("%2", status_label(status)))
        pos = self.rows.index(row)
        updated = delivery.CounterRow(**{**row.__dict__, "status": status})
        self.rows[pos] = updated
        self.model.setItem(pos, 5, QStandardItem(status_label(status)))
        self.handover_btn.setEnabled(False)

    def _failed(self, exc: BaseException) -> None:
        log.info("counter: %s", exc)
        self.message.setText(error_message(exc))
        row = self.selected()
        self.handover_btn.setEnabled(bool(row and row.status == "issued"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F5:
            self.refresh()
        super().keyPressEvent(event)
