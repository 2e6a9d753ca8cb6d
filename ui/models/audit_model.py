"""AuditModel: audit log entries (backoffice.audit.query.search), newest first, loaded
lazily in keyset pages on seq as the view scrolls. A page that arrives after the filter
changed is dropped by its generation number (as in QueueModel)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from backoffice.audit.query import AuditRow
from backoffice.platform.catalog import Catalog

from .. import labels
from ..audit_text import detail_json, detail_text, target_text
from .paged_model import KeysetPagedModel, Runner
from .queue_model import run_now

log = logging.getLogger(__name__)

# fetch(after_seq, limit) -> rows older than after_seq (None: the newest)
AuditFetcher = Callable[[int | None, int], list[AuditRow]]

PAGE_SIZE = 200


class AuditModel(KeysetPagedModel):
    COL_SEQ, COL_AT, COL_ACTOR, COL_WORKSTATION, COL_ACTION, COL_TARGET, COL_DETAIL = range(7)
    COLUMN_COUNT = 7
    SeqRole = Qt.ItemDataRole.UserRole + 1
    SortKeyRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, fetch: AuditFetcher | None = None, *, runner: Runner = run_now,
                 page_size: int = PAGE_SIZE, parent: QObject | None = None,
                 catalog: Catalog | None = None) -> None:
        super().__init__(runner, page_size, parent)
        self._fetch = fetch
        self.catalog = catalog  # procedure names in the detail column
        self._exhausted = fetch is None

    # -- loading ---------------------------------------------------------------------
    def reload(self, fetch: AuditFetcher) -> None:
        """Start over with a new search; the first page loads at once."""
        self.beginResetModel()
        self._fetch = fetch
        self._rows, self._exhausted, self._generation = [], False, self._generation + 1
        self._set_loading(False)
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading and self._fetch is not None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        fetch, limit = self._fetch, self.page_size
        after = self._rows[-1].seq if self._rows else None
        assert fetch is not None
        self._request_page(lambda: fetch(after, limit))

    # -- table -----------------------------------------------------------------------
    def row_at(self, r: int) -> AuditRow:
        return self._rows[r]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("No."), self.tr("Time"), self.tr("Staff"), self.tr("Workstation"),
                 self.tr("Action"), self.tr("Target"), self.tr("Detail"))
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) \
                or not (0 <= index.column() < self.COLUMN_COUNT):
            return None
        r, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_AT:
                return f"{labels.when(r.at)}:{r.at.second:02d}"
            # staff by name (their code is the tooltip); targets said in words
            return (str(r.seq), "", r.actor_name or labels.actor_label(r.actor), r.workstation,
                    labels.audit_action_label(r.action), target_text(r.target, self.catalog, r.target_name),
                    detail_text(r.detail, self.catalog))[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            # the exact recorded values, for whoever compares with `backoffice audit` output
            if col == self.COL_AT:
                return f"{labels.when(r.at)}:{r.at.second:02d}"
            return (str(r.seq), "", r.actor, r.workstation, r.action, r.target, detail_json(r.detail))[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.SeqRole:
            return r.seq
        if role == self.SortKeyRole:
            return r.seq
        return None
