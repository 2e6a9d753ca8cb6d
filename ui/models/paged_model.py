"""KeysetPagedModel: the paging mechanics shared by the lazily loaded tables (queue, audit
log). Subclasses start a page with `_request_page(fetch_callable)`; pages come back through
the runner (the database worker) and are appended, or dropped when they belong to an older
generation (the filter or sort changed meanwhile)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Signal

from ..qtcompat import emit

log = logging.getLogger(__name__)

# runner(fn, on_done, on_error): how a page is fetched (a Workers.db call, or at once in tests)
# What a runner returns (Workers.db gives a job id) is ignored, hence `object`.
Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], object]


class KeysetPagedModel(QAbstractTableModel):
    COLUMN_COUNT = 0
    loading_changed = Signal(bool)
    load_failed = Signal(str)
    page_loaded = Signal(int)  # rows in the page

    def __init__(self, runner: Runner, page_size: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner, self.page_size = runner, page_size
        self._rows: list[Any] = []
        self._exhausted = False
        self._loading = False
        self._generation = 0

    def _request_page(self, fetch: Callable[[], list[Any]]) -> None:
        gen = self._generation
        self._set_loading(True)
        self._runner(fetch, lambda rows: self._page_arrived(gen, rows),
                     lambda exc: self._page_failed(gen, exc))

    def _page_arrived(self, gen: int, rows: list[Any]) -> None:
        if gen != self._generation:
            return
        self._set_loading(False)
        if len(rows) < self.page_size:
            self._exhausted = True
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        emit(self.page_loaded, len(rows))

    def _page_failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._generation:
            return
        self._set_loading(False)
        self._exhausted = True  # a new search or refresh starts over
        log.error("%s page failed: %s", type(self).__name__, exc)
        emit(self.load_failed, str(exc))

    def _set_loading(self, value: bool) -> None:
        if value != self._loading:
            self._loading = value
            emit(self.loading_changed, value)

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT
