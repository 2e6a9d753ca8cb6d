"""Tables whose ids and dates are readable at the default window size.

Qt gives every column 100 px and wraps a cell's text anywhere when it does not fit, so
an application id showed as 「OSK-2026-0…」 and a date broke in the middle of a number.
`keep_fitted` makes a table size its columns to their contents whenever its rows change
(ids, dates, names, amounts are short), caps free-text columns so they cannot push the
others off screen, lets the last column take the remaining width, and never wraps a cell
(a cell too narrow is elided at its end instead)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

MAX_COLUMN = 320  # px: a long free-text column (details, purposes) stops here
MAX_ROWS_MEASURED = 500  # resizeColumnsToContents looks at this many rows at most
# a time with two-digit month, day and hour, as wide as any: the width of a time column
WIDEST_TIME = datetime(2026, 12, 28, 14, 59, 59, tzinfo=UTC)


def text_width(table: QTableView, texts: list[str]) -> int:
    """A column width that shows the widest of `texts` whole in this table's font (for
    tables that load lazily and cannot be measured row by row)."""
    return max(table.fontMetrics().horizontalAdvance(t) for t in texts) + 16


def fit_columns(table: QTableView, max_width: int = MAX_COLUMN) -> None:
    model = table.model()
    if model is None:
        return
    header = table.horizontalHeader()
    last = model.columnCount() - 1
    for col in range(model.columnCount()):
        if header.sectionResizeMode(col) != QHeaderView.ResizeMode.Interactive:
            continue  # the page chose Stretch / ResizeToContents for this one
        if col == last and header.stretchLastSection():
            continue
        table.resizeColumnToContents(col)
        if header.sectionSize(col) > max_width:
            header.resizeSection(col, max_width)


def keep_fitted(table: QTableView, max_width: int = MAX_COLUMN) -> None:
    """Fit now and after every change of the rows (coalesced into one pass per event loop turn)."""
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setResizeContentsPrecision(MAX_ROWS_MEASURED)
    model = table.model()
    if model is None:
        raise ValueError("keep_fitted needs the table's model set first")
    pending: list[bool] = []

    def later(*_args: object) -> None:
        if not pending:
            pending.append(True)
            QTimer.singleShot(0, table, run)

    def run() -> None:
        pending.clear()
        fit_columns(table, max_width)

    for signal in (model.modelReset, model.rowsInserted, model.layoutChanged, model.dataChanged):
        signal.connect(later)
    fit_columns(table, max_width)
