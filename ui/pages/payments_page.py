"""PaymentsPage: import the provider's settlement file, see mismatches and refunds owed,
record a refund, and record a counter payment with its receipt number."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backoffice.accounts.permissions import Actor
from backoffice.platform.context import Backoffice
from backoffice.supervision import payments

from .. import file_dialogs, labels
from ..errors import error_message
from ..models.rows_model import Column, RowsModel
from ..named import named
from ..operations import Changes, Operation, listen
from ..qtcompat import emit
from ..table_fit import keep_fitted
from ..workers import Workers

log = logging.getLogger(__name__)
T = TypeVar("T")


def _table(model: RowsModel, name: str) -> QTableView:
    t = named(QTableView(), name)
    t.setModel(model)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().hide()
    keep_fitted(t)
    return t


class PaymentsPage(QWidget):
    loaded = Signal()

    def _mismatch_text(self, m: payments.Mismatch) -> str:
        """What the mismatch means and what to do (the core's detail is an English sentence)."""
        if m.kind == payments.AMOUNT_DIFFERS:
            return (self.tr("The provider settled %1 but the fee due is %2: check the fee and ask the provider.")
                    .replace("%1", labels.yen(m.provider_amount)).replace("%2", labels.yen(m.fee_due)))
        if m.kind == payments.APPLICATION_DIFFERS:
            return self.tr("The provider names a different application for this payment: check which one was paid.")
        if m.kind == payments.PAID_WITHOUT_APPLICATION:
            return self.tr("No application carries this payment: find the application the citizen paid for.")
        if m.kind == payments.UNKNOWN_TO_PROVIDER:
            return self.tr("The application says it was paid, but the provider does not know the transaction: "
                           "ask the provider.")
        return self.tr("Check this payment with the provider.")

    def __init__(self, bo: Backoffice, actor: Actor, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bo, self.actor, self.workers = bo, actor, workers
        kinds = {payments.AMOUNT_DIFFERS: self.tr("Amount differs"),
                 payments.APPLICATION_DIFFERS: self.tr("Names another application"),
                 payments.PAID_WITHOUT_APPLICATION: self.tr("Paid without application"),
                 payments.UNKNOWN_TO_PROVIDER: self.tr("Unknown to the provider")}
        self.mismatch_model = RowsModel([
            Column(self.tr("Problem"), lambda m: kinds.get(m.kind, m.kind)),
            Column(self.tr("Transaction"), lambda m: m.transaction_id or ""),
            Column(self.tr("Application"), lambda m: m.application_id or ""),
            Column(self.tr("Fee due"), lambda m: labels.yen(m.fee_due), align_right=True),
            Column(self.tr("Provider amount"), lambda m: labels.yen(m.provider_amount), align_right=True),
            Column(self.tr("Detail"), self._mismatch_text),
        ], self)
        self.refund_model = RowsModel([
            Column(self.tr("Application"), lambda r: r.application_id),
            Column(self.tr("Status"), lambda r: labels.status_label(r.status)),
            Column(self.tr("Amount"), lambda r: labels.yen(r.amount), align_right=True),
            Column(self.tr("Paid by"), lambda r: self.tr("Provider") if r.paid_by == "provider" else self.tr("Counter")),
            Column(self.tr("Reference"), lambda r: r.reference),
        ], self)
        self.mismatches = _table(self.mismatch_model, "mismatchTable")
        self.refunds = _table(self.refund_model, "refundTable")
        self.import_button = named(QPushButton(self.tr("Import settlement file…")), "importButton")
        self.import_button.clicked.connect(self.import_dialog)
        self.refund_button = named(QPushButton(self.tr("Record refund for selected")), "refundButton")
        self.refund_button.clicked.connect(self.record_refund_selected)
        self.pay_app = named(QLineEdit(placeholderText="OSK-2026-0001234"), "payApplicationEdit")
        self.pay_amount = named(QSpinBox(maximum=1_000_000, singleStep=10, suffix=" 円"), "payAmountSpin")
        self.pay_receipt = named(QLineEdit(), "payReceiptEdit")
        self.pay_button = named(QPushButton(self.tr("Record counter payment")), "payButton")
        self.pay_button.clicked.connect(self.record_counter_payment)
        self.message = named(QLabel(wordWrap=True), "paymentsMessage")
        counter_box = QGroupBox(self.tr("Counter payment"))
        form = QFormLayout(counter_box)
        form.addRow(self.tr("Application"), self.pay_app)
        form.addRow(self.tr("Amount"), self.pay_amount)
        form.addRow(self.tr("Receipt number"), self.pay_receipt)
        form.addRow(self.pay_button)
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(QLabel(self.tr("Mismatches between the provider and the applications")))
        lay.addWidget(self.mismatches, 2)
        refund_row = QHBoxLayout()
        refund_row.addWidget(QLabel(self.tr("Refunds owed (rejected or withdrawn after payment)")), 1)
        refund_row.addWidget(self.refund_button)
        lay.addLayout(refund_row)
        lay.addWidget(self.refunds, 1)
        lay.addWidget(counter_box)
        lay.addWidget(self.message)
        reconcile = actor.has("payment.reconcile")
        for w in (self.import_button, self.refund_button, self.mismatches, self.refunds):
            w.setEnabled(reconcile)
        counter_box.setEnabled(actor.has("payment.record"))
        # 選択した還付を記録 only with a refund chosen (never a click that just complains)
        self.refunds.selectionModel().selectionChanged.connect(self._update_refund_button)
        self.refund_model.modelReset.connect(self._update_refund_button)
        self._update_refund_button()
        # each time it is chosen (settlement files come from other workstations) and on a change
        listen(self, workers, Changes(payments=True), self.refresh, on_show=True)

    def _update_refund_button(self, *_args: object) -> None:
        chosen = bool(self.refunds.selectionModel().selectedRows())
        self.refund_button.setEnabled(self.actor.has("payment.reconcile") and chosen)

    def refresh(self) -> None:
        if not self.actor.has("payment.reconcile"):
            return
        self.workers.db(lambda: (payments.mismatches(self.bo, self.actor), payments.refunds_owed(self.bo, self.actor)),
                        self._loaded, self._failed, owner=self)

    def _loaded(self, result: tuple[list[payments.Mismatch], list[payments.RefundOwed]]) -> None:
        mism, owed = result
        self.mismatch_model.set_rows(mism)
        self.refund_model.set_rows(owed)
        emit(self.loaded)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_message(exc))
        self.message.setStyleSheet("color: #b00020")

    def _ok(self, text: str) -> None:
        self.message.setText(text)  # the lists reload on the broadcast (ui/operations.py)
        self.message.setStyleSheet("")

    def _operation(self, fn: Callable[[], T], done: Callable[[T], object]) -> None:
        """A payment change on the database thread; a payment can move its application on,
        so the queues follow as well as the lists here."""
        Operation(self, self.workers, fn, Changes(payments=True, queues=True)).success(done).failure(self._failed).run()

    def import_file(self, path: str) -> None:
        bo, actor = self.bo, self.actor

        def work() -> payments.ImportResult:
            return payments.import_settlement(bo, actor, Path(path).read_bytes(), Path(path).name)

        self._operation(work, self._imported)

    def _imported(self, r: payments.ImportResult) -> None:
        if r.already_imported:
            self._ok(self.tr("%1 was imported before; nothing changed.").replace("%1", r.file_name))
        else:
            self._ok(self.tr("%1: %2 rows, %3 new, %4 refunded by the provider (%5)")
                     .replace("%1", r.file_name).replace("%2", str(r.rows)).replace("%3", str(r.new))
                     .replace("%4", str(r.updated)).replace("%5", self._encoding(r.encoding)))

    def _encoding(self, codec: str) -> str:
        """The file's character set as people call it (utf-8-sig, cp932 are Python's names)."""
        names = {"utf-8-sig": "UTF-8", "utf-8": "UTF-8", "cp932": "Shift_JIS"}
        return self.tr("character set %1").replace("%1", names.get(codec, codec.upper()))

    def import_dialog(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Settlement file"),
                                      self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.import_file(path)

    def record_refund_selected(self) -> None:
        rows = self.refunds.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Choose a refund first."))
            return
        r = self.refund_model.row(rows[0].row())
        bo, actor = self.bo, self.actor
        self._operation(lambda: payments.record_refund(bo, actor, r.application_id, r.amount),
                        lambda _x: self._ok(self.tr("Refund recorded for %1").replace("%1", r.application_id)))

    def record_counter_payment(self) -> None:
        app_id, amount, receipt = self.pay_app.text(), self.pay_amount.value(), self.pay_receipt.text()
        bo, actor = self.bo, self.actor
        self._operation(lambda: payments.record_counter_payment(bo, actor, app_id, amount, receipt),
                        lambda _x: self._ok(self.tr("Counter payment recorded for %1 (receipt %2)")
                                            .replace("%1", app_id).replace("%2", receipt)))
