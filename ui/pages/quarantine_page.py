"""QuarantinePage (隔離): bundles the sync refused, with the reason and detail, for
supervisors and administrators. The core has no retry/discard service yet, so this page
lists only (no buttons that would do nothing)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backoffice.context import Backoffice
from backoffice.queries import list_quarantine
from backoffice.security.permissions import Actor

from ..models.quarantine_model import QuarantineModel
from ..workers import Workers

log = logging.getLogger(__name__)


def load_quarantine(bo: Backoffice, actor: Actor):  # type: ignore[no-untyped-def]
    with bo.db.read() as s:
        return list_quarantine(s, actor)


class QuarantinePage(QWidget):
    def __init__(self, bo: Backoffice, actor: Actor, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bo, self.actor, self.workers = bo, actor, workers
        self.model = QuarantineModel(self)
        self.table = QTableView(objectName="quarantineTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QuarantineModel.COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(QuarantineModel.COL_AT, 140)
        self.table.setColumnWidth(QuarantineModel.COL_BUNDLE, 260)
        self.table.setColumnWidth(QuarantineModel.COL_REASON, 190)
        self.summary = QLabel(objectName="quarantineSummary")
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Bundles refused by the sync. Ask the gateway operator to resend a corrected bundle.")))
        lay.addWidget(self.table, 1)
        lay.addWidget(self.summary)

    def refresh(self) -> None:
        self.workers.db(lambda: load_quarantine(self.bo, self.actor), self._loaded,
                        lambda exc: self.summary.setText(str(exc)), owner=self)

    def _loaded(self, rows) -> None:  # type: ignore[no-untyped-def]
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        self.summary.setText(self.tr("%n refused bundle(s)", "", len(rows)))
