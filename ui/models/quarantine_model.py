"""QuarantineModel: refused bundles (backoffice.casework.queries.list_quarantine) as a table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from backoffice.casework.queries import QuarantineRow

from .. import labels


class QuarantineModel(QAbstractTableModel):
    COL_AT, COL_BUNDLE, COL_REASON, COL_DETAIL = range(4)
    COLUMN_COUNT = 4
    IdRole = Qt.ItemDataRole.UserRole + 1
    SortKeyRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[QuarantineRow] = []

    def set_rows(self, rows: list[QuarantineRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, i: int) -> QuarantineRow:
        return self._rows[i]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("Quarantined at"), self.tr("File name"), self.tr("Reason"), self.tr("What to do"))
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            # what the reason means and what to do; the core's own sentence is the tooltip
            return (labels.when(r.at), r.bundle, labels.quarantine_reason_label(r.reason),
                    labels.quarantine_hint(r.reason))[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            # an administrator sees no applicant's data: the detail is withheld (docs/departments.md)
            detail = self.tr("The details are shown only to the department's supervisors.") \
                if r.detail_withheld else r.detail
            return (labels.when(r.at), r.bundle, r.reason, detail)[col]
        if role == self.IdRole:
            return r.id
        if role == self.SortKeyRole:
            return r.id
        return None
