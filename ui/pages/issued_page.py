"""IssuedPage (発行・交付): approved applications to issue (selected or all, off the GUI
thread with a progress bar), and issued documents awaiting delivery: print preview, print,
save as PDF, batch print of every mail delivery, address sheets, mark mailed or delivered
electronically."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QImage, QStandardItem, QStandardItemModel
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backoffice.accounts.permissions import Actor
from backoffice.issuance import delivery, service
from backoffice.platform import fileperms
from backoffice.platform.context import Backoffice

from .. import confirm, errors, file_dialogs
from ..errors import error_message
from ..labels import delivery_label, person_name, status_label
from ..named import named
from ..operations import Changes, Operation, Progress, listen
from ..print_support import make_printer, paint_pages, pdf_page_images, print_pdfs, printer_names
from ..table_fit import keep_fitted
from ..workers import Workers

log = logging.getLogger(__name__)


def _table(name: str) -> QTableView:
    t = named(QTableView(), name)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().hide()
    t.horizontalHeader().setStretchLastSection(True)
    return t


class IssuedPage(QWidget):
    def __init__(self, bo: Backoffice, actor: Actor, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bo, self.actor, self.workers = bo, actor, workers
        self.to_issue: list[delivery.CounterRow] = []
        self.issued: list[delivery.CounterRow] = []
        self._cancel = threading.Event()
        self.issue_model, self.issued_model = QStandardItemModel(self), QStandardItemModel(self)
        self.issue_table, self.issued_table = _table("issueTable"), _table("issuedTable")
        self.issue_table.setModel(self.issue_model)
        self.issued_table.setModel(self.issued_model)
        keep_fitted(self.issue_table)
        keep_fitted(self.issued_table)
        self.bar = named(QProgressBar(), "issueProgress")
        self.bar.setVisible(False)
        self.message = named(QLabel(), "issueMessage")
        self.message.setWordWrap(True)
        self.progress = Progress(self)  # reported from worker threads; shown on the GUI thread
        self.progress.updated.connect(self._progress)
        self.buttons: dict[str, QPushButton] = {}
        self._layout()
        for table in (self.issue_table, self.issued_table):
            table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        # reloaded each time it is chosen (other workstations issue too) and on a change of
        # what it lists (a decision approving an application, a handover at the counter)
        listen(self, workers, Changes(issued=True), self.refresh, on_show=True)

    def _button(self, key: str, text: str, slot: Callable[[], object]) -> QPushButton:
        b = named(QPushButton(text), f"issued_{key}")
        b.clicked.connect(slot)
        self.buttons[key] = b
        return b

    def _layout(self) -> None:
        top = QGroupBox(self.tr("Approved, not yet issued"))
        tl = QVBoxLayout(top)
        tl.addWidget(self.issue_table)
        row = QHBoxLayout()
        row.addWidget(self._button("issue_selected", self.tr("Issue selected"), lambda: self.issue(selected=True)))
        row.addWidget(self._button("issue_all", self.tr("Issue all"), lambda: self.issue(selected=False)))
        row.addStretch(1)
        tl.addLayout(row)
        bottom = QGroupBox(self.tr("Issued, awaiting delivery"))
        bl = QVBoxLayout(bottom)
        bl.addWidget(self.issued_table)
        row2 = QHBoxLayout()
        for key, text, slot in (
            ("preview", self.tr("Print preview…"), self.print_preview),
            ("print", self.tr("Print…"), self.print_selected),
            ("save", self.tr("Save as PDF…"), self.save_pdf),
            ("print_mail", self.tr("Print all mail deliveries…"), self.print_all_mail),
            ("sheets", self.tr("Address sheets…"), self.save_address_sheets),
            ("mailed", self.tr("Mark mailed"), self.mark_mailed),
            ("electronic", self.tr("Mark sent electronically"), self.mark_electronic),
        ):
            row2.addWidget(self._button(key, text, slot))
        cancel = self._button("cancel", self.tr("Cancel"), self._cancel.set)
        cancel.setVisible(False)
        row2.addWidget(cancel)
        bl.addLayout(row2)
        lay = QVBoxLayout(self)
        lay.addWidget(top, 1)
        lay.addWidget(bottom, 1)
        lay.addWidget(self.bar)
        lay.addWidget(self.message)

    # -- lists ----------------------------------------------------------------------------
    def refresh(self) -> None:
        bo, actor = self.bo, self.actor

        def load() -> tuple[list[delivery.CounterRow], list[delivery.CounterRow]]:
            return delivery.list_rows(bo, actor, "approved"), delivery.list_rows(bo, actor, "issued")

        self.workers.db(load, self._loaded, self._failed, owner=self)

    def _fill(self, model: QStandardItemModel, rows: list[delivery.CounterRow]) -> None:
        model.clear()
        model.setHorizontalHeaderLabels([self.tr("Application"), self.tr("Procedure"), self.tr("Name"),
                                         self.tr("Delivery"), self.tr("Serial"), self.tr("Status")])
        for r in rows:
            model.appendRow([QStandardItem(v) for v in (r.application_id, r.procedure_name,
                                                        person_name(r.applicant_name, r.restricted),
                                                        delivery_label(r.delivery_method), r.certificate_serial or "",
                                                        status_label(r.status))])

    def _loaded(self, lists: tuple[list[delivery.CounterRow], list[delivery.CounterRow]]) -> None:
        self.to_issue, self.issued = lists
        self._fill(self.issue_model, self.to_issue)
        self._fill(self.issued_model, self.issued)
        self._update_buttons()

    def _selected(self, table: QTableView, rows: list[delivery.CounterRow]) -> list[delivery.CounterRow]:
        return [rows[i.row()] for i in sorted(table.selectionModel().selectedRows(), key=lambda i: i.row())
                if i.row() < len(rows)]

    # -- issuing --------------------------------------------------------------------------
    def issue(self, selected: bool) -> None:
        rows = self._selected(self.issue_table, self.to_issue) if selected else list(self.to_issue)
        if not rows:
            return
        if not selected and not confirm.ask(
                self, self.tr("Issue all"),
                self.tr("Issue %n document(s) for every approved application? Each applicant is notified.",
                        "", len(rows))):
            return
        pks = [r.pk for r in rows]
        self._busy(len(pks))
        bo, actor, cancel, progress = self.bo, self.actor, self._cancel, self.progress
        # the core's batch on the database thread (every write there, ui/operations.py); the
        # bar moves as each document is issued, Cancel stops before the next one
        (Operation(self, self.workers,
                   lambda: service.issue_pending(bo, actor, pks=pks, progress=progress.report,
                                                 cancelled=cancel.is_set),
                   lambda result: Changes.of_applications(*(i.application_pk for i in result.issued), issued=True))
         .success(self._issued_done)
         .failure(self._issue_failed).run())

    def _issued_done(self, result: service.BatchResult) -> None:
        done, problems = len(result.issued), list(result.errors)
        self._idle()
        if done == 0 and problems:
            # nothing was issued: say so first, never "0 documents issued" (reads as success)
            head = self.tr("No document was issued.")
        elif problems:
            head = self.tr("%n document(s) issued", "", done) + " " + \
                self.tr("%n could not be issued.", "", len(problems))
        else:
            head = self.tr("%n document(s) issued", "", done)
        self.message.setText("\n".join([head, *errors.summary(problems)]))
        self.message.setStyleSheet("color: #b00020" if problems else "")

    def _issue_failed(self, exc: BaseException) -> None:
        """The batch stopped as a whole (no issuing key, no permission): nothing more could
        be issued; what was issued before is in the list after the reload."""
        self._failed(exc)
        self.message.setText("\n".join([self.tr("No document was issued."), *errors.summary([exc])]))
        self.message.setStyleSheet("color: #b00020")
        self.refresh()

    # -- printing -------------------------------------------------------------------------
    def _pdfs_of(self, rows: list[delivery.CounterRow]) -> Callable[[], list[bytes]]:
        return lambda: [service.certificate_pdf(self.bo, self.actor, r.certificate_serial)
                        for r in rows if r.certificate_serial]

    def _no_printer(self, what: str) -> bool:
        """Say so when no printer is set up (checked before any print dialog is made)."""
        if printer_names():
            return False
        self.message.setText(what + "\n" + self.tr(
            "Ask the administrator to set up a printer for this computer. "
            "\"Save as PDF…\" works without one."))
        return True

    def print_preview(self) -> None:
        rows = self._selected(self.issued_table, self.issued)
        if not rows:
            return
        if self._no_printer(self.tr("No printer is set up on this computer, so there is no print preview.")):
            return
        self.workers.db(self._pdfs_of(rows), self._render_preview, self._failed, owner=self)

    def _render_preview(self, pdfs: list[bytes]) -> None:
        self.workers.pool_run(lambda: [img for pdf in pdfs for img in pdf_page_images(pdf)],
                              self._open_preview, self._failed, owner=self)

    def _open_preview(self, images: list[QImage]) -> None:
        if self._no_printer(self.tr("No printer is set up on this computer, so there is no print preview.")):
            return  # the printer went away while the pages were rendered
        dialog = QPrintPreviewDialog(make_printer(), self)
        dialog.paintRequested.connect(lambda printer: paint_pages(printer, images))
        dialog.exec()

    def _ask_printer(self) -> QPrinter | None:
        if self._no_printer(self.tr("No printer is set up on this computer, so nothing can be printed.")):
            return None
        printer = make_printer()
        return printer if QPrintDialog(printer, self).exec() else None

    def print_selected(self) -> None:
        rows = self._selected(self.issued_table, self.issued)
        if rows and (printer := self._ask_printer()) is not None:
            self.workers.db(self._pdfs_of(rows), lambda pdfs: self._print(printer, pdfs), self._failed, owner=self)

    def print_all_mail(self) -> None:
        rows = [r for r in self.issued if r.delivery_method == "mail"]
        if rows and (printer := self._ask_printer()) is not None:
            self.workers.db(self._pdfs_of(rows), lambda pdfs: self._print(printer, pdfs), self._failed, owner=self)

    def _print(self, printer: QPrinter, pdfs: list[bytes]) -> None:
        self._busy(len(pdfs))
        self.workers.pool_run(lambda: print_pdfs(printer, pdfs, len(pdfs), self.progress.report, self._cancel.is_set),
                              self._printed, self._failed, owner=self)

    def _printed(self, done: int) -> None:
        self._idle()
        self.message.setText(self.tr("%n document(s) sent to the printer", "", done))

    def save_pdf(self) -> None:
        rows = [r for r in self._selected(self.issued_table, self.issued) if r.certificate_serial]
        if not rows:
            return
        folder = file_dialogs.existing_folder(self, self.tr("Save PDFs to folder"))
        if folder:
            self.workers.db(self._pdfs_of(rows), lambda pdfs: self._write(Path(folder), rows, pdfs),
                            self._failed, owner=self)

    def _write(self, folder: Path, rows: list[delivery.CounterRow], pdfs: list[bytes]) -> None:
        for r, data in zip(rows, pdfs, strict=True):
            fileperms.write_file(folder / f"{r.certificate_serial}.pdf", data)
        self.message.setText(self.tr("%n PDF file(s) saved", "", len(pdfs)))

    # -- delivery -------------------------------------------------------------------------
    def _mail_rows(self) -> list[delivery.CounterRow]:
        rows = self._selected(self.issued_table, self.issued) or self.issued
        return [r for r in rows if r.delivery_method == "mail"]

    def save_address_sheets(self) -> None:
        rows = self._mail_rows()
        if not rows:
            return
        path = file_dialogs.save_file(self, self.tr("Save address sheets"), "address-sheets.pdf", "PDF (*.pdf)")
        if path:
            pks = [r.pk for r in rows]
            self.workers.db(lambda: fileperms.write_file(path, delivery.address_sheet_pdf(self.bo, self.actor, pks)),
                            lambda _n: self.message.setText(self.tr("%n address sheet(s) saved", "", len(pks))),
                            self._failed, owner=self)

    def mark_mailed(self) -> None:
        pks = [r.pk for r in self._selected(self.issued_table, self.issued) if r.delivery_method == "mail"]
        if pks:
            bo, actor = self.bo, self.actor
            (Operation(self, self.workers, lambda: delivery.record_mailed(bo, actor, pks),
                       Changes.of_applications(*pks, issued=True))
             .success(self._delivered).failure(self._failed).run())

    def mark_electronic(self) -> None:
        pks = [r.pk for r in self._selected(self.issued_table, self.issued) if r.delivery_method == "electronic"]
        if pks:
            bo, actor = self.bo, self.actor
            (Operation(self, self.workers,
                       lambda: sum(delivery.deliver_electronic(bo, actor, pk) == "delivered" for pk in pks),
                       Changes.of_applications(*pks, issued=True))
             .success(self._delivered).failure(self._failed).run())

    def _delivered(self, n: int) -> None:
        self.message.setText(self.tr("%n application(s) marked delivered", "", n))  # lists: the broadcast

    # -- state ----------------------------------------------------------------------------
    def _busy(self, total: int) -> None:
        self._cancel.clear()
        self.bar.setRange(0, total)
        self.bar.setValue(0)
        self.bar.setVisible(True)
        self.buttons["cancel"].setVisible(True)
        for key, b in self.buttons.items():
            b.setEnabled(key == "cancel")

    def _update_buttons(self, *_args: object) -> None:
        """A button that could do nothing with what is listed and selected is disabled, so
        that a click never silently does nothing."""
        if not self.buttons["cancel"].isHidden():
            return  # busy: only Cancel works (_busy)
        chosen = self._selected(self.issued_table, self.issued)
        printable = any(r.certificate_serial for r in chosen)
        can = {
            "issue_selected": bool(self._selected(self.issue_table, self.to_issue)),
            "issue_all": bool(self.to_issue),
            "preview": printable, "print": printable, "save": printable,
            "print_mail": any(r.delivery_method == "mail" for r in self.issued),
            "sheets": bool(self._mail_rows()),
            "mailed": any(r.delivery_method == "mail" for r in chosen),
            "electronic": any(r.delivery_method == "electronic" for r in chosen),
        }
        for key, enabled in can.items():
            self.buttons[key].setEnabled(enabled)

    def _idle(self) -> None:
        self.bar.setVisible(False)
        self.buttons["cancel"].setVisible(False)
        for b in self.buttons.values():
            b.setEnabled(True)
        self._update_buttons()

    def _progress(self, done: int, total: int) -> None:
        self.bar.setMaximum(total)
        self.bar.setValue(done)

    def _failed(self, exc: BaseException) -> None:
        log.info("issued page: %s", exc)
        self._idle()
        self.message.setText(error_message(exc))
