"""QuarantinePage (隔離): bundles the sync refused, with the reason and detail, for
supervisors and administrators. Supervisors can retry a bundle (after a configuration
change such as a new gateway key) or discard it with a note; both are audited by the core
(backoffice.intake.quarantine)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backoffice.accounts.permissions import Actor
from backoffice.casework.queries import QuarantineRow, quarantined
from backoffice.intake import quarantine
from backoffice.platform.context import Backoffice

from .. import labels
from ..errors import error_message
from ..models.quarantine_model import QuarantineModel
from ..named import named
from ..operations import Changes, Operation, listen
from ..table_fit import WIDEST_TIME, text_width
from ..workers import Workers

log = logging.getLogger(__name__)


BUNDLE_MIN, BUNDLE_MAX = 260, 480  # px: the bundle column, sized to its longest name within these


class QuarantinePage(QWidget):
    def __init__(self, bo: Backoffice, actor: Actor, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bo, self.actor, self.workers = bo, actor, workers
        self._note = ""
        self.model = QuarantineModel(self)
        self.table = named(QTableView(), "quarantineTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QuarantineModel.COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(QuarantineModel.COL_AT, text_width(self.table, [labels.when(WIDEST_TIME)]))
        self.table.setColumnWidth(QuarantineModel.COL_BUNDLE, 260)
        self.table.setColumnWidth(QuarantineModel.COL_REASON, 190)
        self.summary = named(QLabel(), "quarantineSummary")
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Application data the sync refused. Ask the gateway operator to resend it corrected.")))
        lay.addWidget(self.table, 1)
        if actor.has("quarantine.resolve"):
            buttons = QHBoxLayout()
            self.retry_button = named(QPushButton(self.tr("Retry")), "retryButton")
            self.retry_button.setToolTip(self.tr("Put the file back into the inbox; the next sync checks it again"))
            self.discard_button = named(QPushButton(self.tr("Discard…")), "discardButton")
            self.discard_button.setToolTip(self.tr("Close the case with a note (the file is kept)"))
            self.retry_button.clicked.connect(self.retry_selected)
            self.discard_button.clicked.connect(self.discard_selected)
            buttons.addWidget(self.retry_button)
            buttons.addWidget(self.discard_button)
            buttons.addStretch(1)
            lay.addLayout(buttons)
        lay.addWidget(self.summary)
        # each time it is chosen (other workstations' syncs refuse bundles too), and on a change
        listen(self, workers, Changes(quarantine=True), self.refresh, on_show=True)

    def refresh(self) -> None:
        bo, actor = self.bo, self.actor
        self.workers.db(lambda: quarantined(bo, actor), self._loaded,
                        lambda exc: self.summary.setText(error_message(exc)), owner=self)

    def _loaded(self, rows: list[QuarantineRow]) -> None:
        self.model.set_rows(rows)
        # a bundle's name (a UUID .zip) whole on one line: at a fixed 260 px Qt broke it at
        # its hyphens in one row and cut it with 「…」 in the next
        names = [r.bundle for r in rows]
        self.table.setColumnWidth(QuarantineModel.COL_BUNDLE,
                                  min(BUNDLE_MAX, max(BUNDLE_MIN, text_width(self.table, names) if names else 0)))
        self.table.resizeRowsToContents()
        self.summary.setText(self.tr("%n refused file(s)", "", len(rows)) + (" — " + self._note if self._note else ""))
        self._note = ""

    def _selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()).id if rows else None

    def retry_selected(self) -> None:
        record_id = self._selected_id()
        if record_id is None:
            self.summary.setText(self.tr("Select a refused file first."))
            return
        bo, actor = self.bo, self.actor
        # inbox: the desktop's sync runs at once, so the application reaches the queue now
        (Operation(self, self.workers, lambda: quarantine.retry(bo, actor, record_id),
                   Changes(quarantine=True, inbox=True))
         .success(lambda _p: self._done(self.tr("The file is back in the inbox; the next sync checks it again.")))
         .failure(lambda exc: self.summary.setText(error_message(exc))).run())

    def discard_selected(self, note: str | None = None) -> None:
        record_id = self._selected_id()
        if record_id is None:
            self.summary.setText(self.tr("Select a refused file first."))
            return
        if not note:
            note, ok = QInputDialog.getText(self, self.tr("Discard"), self.tr("Why is this file discarded?"))
            if not ok or not note.strip():
                return
        bo, actor, why = self.bo, self.actor, note
        (Operation(self, self.workers, lambda: quarantine.discard(bo, actor, record_id, why), Changes(quarantine=True))
         .success(lambda _p: self._done(self.tr("Discarded; the file is kept, not deleted.")))
         .failure(lambda exc: self.summary.setText(error_message(exc))).run())

    def _done(self, message: str) -> None:
        self._note = message  # shown after the reload that the broadcast brings
