"""WorkloadWidget: who holds which application now, with release and hand-over for a
supervisor (backoffice.casework.reassign). Lives on the dashboard page."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backoffice.accounts.permissions import Actor
from backoffice.casework import reassign
from backoffice.platform.context import Backoffice

from .. import labels
from ..errors import error_message
from ..models.rows_model import Column, RowsModel
from ..named import named
from ..operations import Changes, Operation
from ..table_fit import keep_fitted
from ..workers import Workers

log = logging.getLogger(__name__)


class WorkloadWidget(QWidget):
    def __init__(self, bo: Backoffice, actor: Actor, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bo, self.actor, self.workers = bo, actor, workers
        self.model = RowsModel([
            Column(self.tr("Staff"), lambda r: r.staff_name),  # by name: a staff code is not for reading
            Column(self.tr("Application"), lambda r: r.application_id),
            Column(self.tr("Procedure"), lambda r: labels.procedure_name(bo.catalog, r.procedure)),
            Column(self.tr("Status"), lambda r: labels.status_label(r.status)),
            Column(self.tr("Lease until"), lambda r: labels.when(r.expires_at)),
        ], self)
        self.table = named(QTableView(), "claimsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        keep_fitted(self.table)
        self.release_button = named(QPushButton(self.tr("Release")), "releaseButton")
        self.release_button.clicked.connect(self.release_selected)
        self.target = named(QComboBox(), "handOverTarget")
        # the staff list arrives after the first show: grow with it so names are not cut
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.hand_button = named(QPushButton(self.tr("Hand over to")), "handOverButton")
        self.hand_button.clicked.connect(self.hand_over_selected)
        self.message = named(QLabel(), "workloadMessage")
        buttons = QHBoxLayout()
        buttons.addWidget(self.release_button)
        buttons.addStretch(1)
        buttons.addWidget(self.hand_button)
        buttons.addWidget(self.target)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel(self.tr("Applications held now")))
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        lay.addWidget(self.message)
        can = actor.has("application.reassign")
        self.release_button.setEnabled(can and actor.has("application.release_claim"))
        self.hand_button.setEnabled(can)

    def refresh(self) -> None:
        if not self.actor.has("application.reassign"):
            return
        self.workers.db(lambda: (reassign.held_claims(self.bo, self.actor), reassign.reviewers(self.bo, self.actor)),
                        self._loaded, self._failed, owner=self)

    def _loaded(self, result: tuple[list[reassign.HeldClaim], list[reassign.Reviewer]]) -> None:
        claims, people = result
        self.model.set_rows(claims)
        current = self.target.currentData()
        self.target.clear()
        # by name; the code only where two people share a name (and always as the tooltip)
        names = [p.name for p in people]
        for p in people:
            self.target.addItem(p.name if names.count(p.name) == 1 else f"{p.name}（{p.code}）", p.id)
            self.target.setItemData(self.target.count() - 1, p.code, Qt.ItemDataRole.ToolTipRole)
        if current is not None and (i := self.target.findData(current)) >= 0:
            self.target.setCurrentIndex(i)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_message(exc))

    def _selected(self) -> reassign.HeldClaim | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _done(self, text: str) -> None:
        self.message.setText(text)  # the dashboard around (and this list) reload on the broadcast

    def release_selected(self) -> None:
        claim = self._selected()
        if claim is None:
            self.message.setText(self.tr("Choose an application first."))
            return
        bo, actor = self.bo, self.actor
        (Operation(self, self.workers, lambda: reassign.release(bo, actor, claim.pk),
                   Changes.of_applications(claim.pk))
         .success(lambda _r: self._done(self.tr("Released %1").replace("%1", claim.application_id)))
         .failure(self._failed).run())

    def hand_over_selected(self) -> None:
        claim, to = self._selected(), self.target.currentData()
        if claim is None or to is None:
            self.message.setText(self.tr("Choose an application and a reviewer first."))
            return
        name = self.target.currentText()
        bo, actor = self.bo, self.actor
        (Operation(self, self.workers, lambda: reassign.hand_over(bo, actor, claim.pk, to),
                   Changes.of_applications(claim.pk))
         .success(lambda _r: self._done(self.tr("%1 handed over to %2").replace("%1", claim.application_id)
                                        .replace("%2", name)))
         .failure(self._failed).run())
