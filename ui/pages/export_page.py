"""ExportPage (基幹系連携): decisions waiting for export per procedure, export by hand with
progress (the work runs on the database worker, never on the GUI thread), the history of
export files (batches) with row counts and who made them (by name; the staff code and the
file's SHA-256 are tooltips, not columns), and re-export of a selected file under a new id
linked to the original (export-v1). For supervisors and administrators."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backoffice.accounts.permissions import Actor
from backoffice.export import batch
from backoffice.export.batch import BatchInfo
from backoffice.platform.catalog import Catalog
from backoffice.platform.context import Backoffice
from backoffice.platform.timeutil import to_jst

from .. import labels
from ..errors import error_message
from ..named import named
from ..operations import Changes, Operation, listen
from ..qtcompat import emit
from ..table_fit import keep_fitted
from ..workers import Workers

log = logging.getLogger(__name__)


class HistoryModel(QAbstractTableModel):
    COLUMNS = 6
    COL_FILE, COL_PROCEDURE, COL_CREATED, COL_BY, COL_ROWS, COL_REEXPORT_OF = range(6)

    def __init__(self, parent: QObject | None = None, catalog: Catalog | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BatchInfo] = []
        self.catalog = catalog  # procedure names instead of codes

    def set_rows(self, rows: list[BatchInfo]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            names = (self.tr("Export file"), self.tr("Procedure"), self.tr("Created"), self.tr("By"), self.tr("Rows"),
                     self.tr("Re-export of"))
            return names[section] if 0 <= section < len(names) else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        b = self.rows[index.row()]
        procedure = (labels.procedure_name(self.catalog, b.procedure) if self.catalog and b.procedure
                     else self.tr("all") if not b.procedure else b.procedure)
        tip = role == Qt.ItemDataRole.ToolTipRole
        if index.column() == self.COL_FILE:
            # the file's name in the export folder; its check value (SHA-256) for whoever
            # compares it with the manifest is the tooltip, never a column
            if tip:
                return self.tr("Check value (SHA-256): %1").replace("%1", b.sha256) if b.sha256 else None
            return b.batch_id if b.sha256 else self.tr("%1 (writing)").replace("%1", b.batch_id)
        if index.column() == self.COL_BY:
            # the staff member's name; the code only in the tooltip
            if not b.created_by:
                return None if tip else self.tr("system")
            return b.created_by if tip else (b.created_by_name or labels.actor_label(b.created_by))
        values = (b.batch_id, procedure, f"{labels.when(b.created_at)}:{to_jst(b.created_at).second:02d}",
                  "", str(b.rows), b.reexport_of or "")
        return values[index.column()]


class _Progress(QObject):
    """Lives on the GUI thread; reported from the database worker, delivered queued."""

    changed = Signal(int, int)

    def report(self, done: int, total: int) -> None:
        emit(self.changed, done, total)


class ExportPage(QWidget):
    def __init__(self, bo: Backoffice, actor: Actor, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bo, self.actor, self.workers = bo, actor, workers
        self.pending = named(QLabel(wordWrap=True), "exportPending")
        self.run_button = named(QPushButton(self.tr("Export now")), "exportRun")
        self.run_button.clicked.connect(self.run_export)
        self.reexport_button = named(QPushButton(self.tr("Re-export selected file")), "exportReexport")
        self.reexport_button.clicked.connect(self.reexport_selected)
        self.progress = named(QProgressBar(), "exportProgress")
        self.progress.setVisible(False)
        self.status = named(QLabel(wordWrap=True), "exportStatus")
        self.model = HistoryModel(self, catalog=bo.catalog)
        self.table = named(QTableView(), "exportHistory")
        self.table.setModel(self.model)
        keep_fitted(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self._signal = _Progress(self)
        self._signal.changed.connect(self._progressed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.reexport_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Decisions are written to %1 for the core business systems.")
                             .replace("%1", str(bo.config.export_out)), wordWrap=True))
        lay.addWidget(self.pending)
        lay.addLayout(buttons)
        lay.addWidget(self.progress)
        lay.addWidget(self.status)
        lay.addWidget(self.table, 1)
        # each time it is chosen (decisions arrive from every reviewer) and after an export
        listen(self, workers, Changes(exports=True), self.refresh, on_show=True)

    # --- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        bo, actor = self.bo, self.actor
        self.workers.db(lambda: (batch.pending_counts(bo, actor), batch.history(bo, actor)),
                        self._loaded, self._failed, owner=self)

    def _loaded(self, result: tuple[dict[str, int], list[BatchInfo]]) -> None:
        counts, hist = result
        total = sum(counts.values())
        if total:
            # 「、」 between the procedures, as the queue page and the audit texts list them
            parts = "、".join(f"{self._proc_name(p)} {n}" for p, n in counts.items())
            self.pending.setText(self.tr("Waiting for export: %1 (%2)").replace("%1", str(total)).replace("%2", parts))
        else:
            self.pending.setText(self.tr("No decisions are waiting for export."))
        self.model.set_rows(hist)

    def _proc_name(self, code: str) -> str:
        return labels.procedure_name(self.bo.catalog, code)

    # --- actions -------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.run_button.setEnabled(not busy)
        self.reexport_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)  # until the first chunk reports

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def run_export(self) -> None:
        bo, actor, report = self.bo, self.actor, self._signal.report
        self._busy(True)
        self.status.setText(self.tr("Exporting…"))
        (Operation(self, self.workers, lambda: batch.export_pending(bo, actor, progress=report), Changes(exports=True))
         .success(self._exported).failure(self._failed).run())

    def reexport_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.status.setText(self.tr("Select a file to re-export."))
            return
        original = self.model.rows[rows[0].row()].batch_id
        answer = QMessageBox.question(self, self.tr("Re-export"), self.tr(
            "Write the rows of %1 again as a new file? The core systems will receive them twice.")
            .replace("%1", original))
        if answer != QMessageBox.StandardButton.Yes:
            return
        bo, actor, report = self.bo, self.actor, self._signal.report
        self._busy(True)
        (Operation(self, self.workers, lambda: [batch.reexport(bo, actor, original, progress=report)],
                   Changes(exports=True))
         .success(self._exported).failure(self._failed).run())

    def _exported(self, batches: list[BatchInfo]) -> None:
        self._busy(False)
        if not batches:
            self.status.setText(self.tr("No decisions were waiting for export."))
        else:
            self.status.setText("\n".join(self.tr("%1: %2 rows").replace("%1", str(b.csv_path)).replace("%2", str(b.rows))
                                          for b in batches))  # the history reloads on the broadcast

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        log.warning("export page: %s", exc)
        self.status.setText(error_message(exc))
