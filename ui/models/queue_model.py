"""QueueModel: one queue of applications, loaded lazily in keyset pages
(backoffice.casework.queues.page) as the view scrolls; never a widget per row.

Pages are fetched through a runner: synchronously in tests and benchmarks, on the
database worker in the application (rows arrive through a queued callback; a result
from an older filter or sort is dropped by its generation number).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from backoffice.casework.queries import ApplicationRow
from backoffice.casework.queues import PAGE_SIZE, QueueFilter, SortKey, sort_key
from backoffice.platform.calendar import BusinessCalendar
from backoffice.platform.catalog import Catalog
from backoffice.platform.timeutil import today_jst

from .. import labels
from .paged_model import KeysetPagedModel, Runner

log = logging.getLogger(__name__)

# fetch(filter, sort, descending, after_key, limit) -> rows
PageFetcher = Callable[[QueueFilter, str, bool, SortKey | None, int], list[ApplicationRow]]

OVERDUE = QColor("#f8d0d0")
DUE_SOON = QColor("#fde7b0")
AMBER_DAYS = 2  # business days


def run_now(fn: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None]) -> None:
    try:
        result = fn()
    except Exception as exc:  # noqa: BLE001
        on_error(exc)
        return
    on_done(result)


class QueueModel(KeysetPagedModel):
    COL_ID, COL_PROCEDURE, COL_NAME, COL_KANA, COL_STATUS, COL_DUE, COL_RECEIVED, COL_ATTENTION = range(8)
    COLUMN_COUNT = 8
    PkRole = Qt.ItemDataRole.UserRole + 1
    SortKeyRole = Qt.ItemDataRole.UserRole + 2
    ApplicationIdRole = Qt.ItemDataRole.UserRole + 3
    StatusRole = Qt.ItemDataRole.UserRole + 4

    # column -> backoffice.casework.queues sort key (other columns cannot sort a keyset queue)
    SORT_OF_COLUMN = {COL_PROCEDURE: "procedure", COL_NAME: "applicant_kana", COL_KANA: "applicant_kana",
                      COL_RECEIVED: "received_at", COL_DUE: "due_date"}

    def __init__(self, fetch: PageFetcher, catalog: Catalog, calendar: BusinessCalendar, *,
                 runner: Runner = run_now, page_size: int = PAGE_SIZE, language: str = "ja",
                 parent: QObject | None = None) -> None:
        super().__init__(runner, page_size, parent)
        self._fetch = fetch
        self.catalog, self.calendar, self.language = catalog, calendar, language
        self.filter = QueueFilter()
        self.sort_by, self.descending = "due_date", False
        self._today = today_jst()
        self._amber_until = calendar.add_business_days(self._today, AMBER_DAYS)

    # -- loading ---------------------------------------------------------------------
    def reload(self, f: QueueFilter | None = None, sort: str | None = None,
               descending: bool | None = None) -> None:
        """Start over with a new filter/sort; the first page loads at once."""
        self.beginResetModel()
        self.filter = f if f is not None else self.filter
        self.sort_by = sort or self.sort_by
        self.descending = self.descending if descending is None else descending
        self._rows, self._exhausted, self._generation = [], False, self._generation + 1
        self._set_loading(False)
        self._today = today_jst()
        self._amber_until = self.calendar.add_business_days(self._today, AMBER_DAYS)
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def jump_to_end(self) -> None:
        """The end of a queue is the start of the reversed sort: one keyset page instead
        of fetching every page before it."""
        self.reload(descending=not self.descending)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        f, sort, desc = self.filter, self.sort_by, self.descending
        after = sort_key(self._rows[-1], sort) if self._rows else None
        limit = self.page_size
        self._request_page(lambda: self._fetch(f, sort, desc, after, limit))

    def row_at(self, row: int) -> ApplicationRow:
        return self._rows[row]

    # -- Qt model --------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("Application ID"), self.tr("Procedure"), self.tr("Applicant"), self.tr("Kana"),
                 self.tr("Status"), self.tr("Due"), self.tr("Received"), self.tr("Attention"))
        return names[section] if 0 <= section < len(names) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_OF_COLUMN.get(column)
        if key is None:
            return
        desc = order == Qt.SortOrder.DescendingOrder
        if key != self.sort_by or desc != self.descending:
            self.reload(sort=key, descending=desc)

    def column_of_sort(self) -> int:
        return {"procedure": self.COL_PROCEDURE, "applicant_kana": self.COL_KANA,
                "received_at": self.COL_RECEIVED, "due_date": self.COL_DUE}[self.sort_by]

    def _procedure_name(self, code: str) -> str:
        proc = self.catalog.get(code)
        if proc is None:
            return code
        return proc.name if self.language == "ja" else proc.name_en

    def _display(self, r: ApplicationRow, col: int) -> str:
        if col == self.COL_ID:
            return r.application_id + (f" (#{r.revision})" if r.revision > 1 else "")
        if col == self.COL_PROCEDURE:
            return self._procedure_name(r.procedure)
        if col == self.COL_NAME:
            return labels.person_name(r.applicant_name, r.restricted)
        if col == self.COL_KANA:
            return "" if r.restricted else r.applicant_kana
        if col == self.COL_STATUS:
            return labels.status_label(r.status)
        if col == self.COL_ATTENTION:
            return "、".join(labels.attention_label(a) for a in r.attention)
        if col == self.COL_RECEIVED:
            return labels.when(r.received_at)
        if col == self.COL_DUE:
            return labels.day(r.due_date)
        return ""


    def _due_colour(self, due: date | None) -> QColor | None:
        if due is None:
            return None
        if due < self._today:
            return OVERDUE
        if due <= self._amber_until:
            return DUE_SOON
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.BackgroundRole and col == self.COL_DUE:
            colour = self._due_colour(r.due_date)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_DUE:
            colour = self._due_colour(r.due_date)
            if colour is OVERDUE:
                return self.tr("Overdue")
            if colour is DUE_SOON:
                return self.tr("Due within %n business day(s)", "", AMBER_DAYS)
            return None
        if role == self.PkRole:
            return r.pk
        if role == self.ApplicationIdRole:
            return r.application_id
        if role == self.StatusRole:
            return r.status
        if role == self.SortKeyRole:
            value, pk = sort_key(r, self.sort_by)
            return (value.isoformat() if hasattr(value, "isoformat") else value, pk)
        return None
