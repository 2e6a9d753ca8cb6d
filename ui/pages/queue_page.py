"""QueuePage (審査キュー): the queues with live counts, filters, search, sortable lazy
table, Enter to open, and "Next" (review.claim_next)."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from html import escape

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backoffice.accounts.permissions import Actor
from backoffice.casework import queries, queues, review, workflow
from backoffice.platform.context import Backoffice

from .. import labels
from ..errors import error_message
from ..models.queue_model import QueueModel
from ..named import named
from ..operations import Changes, Operation, listen
from ..qtcompat import emit
from ..workers import Workers

log = logging.getLogger(__name__)
SEARCH_ELSEWHERE_LIMIT = 200  # rows looked at to say in which statuses a search matches


@dataclass(frozen=True)
class QueueDef:
    key: str            # also the counts() key
    filter: queues.QueueFilter
    next_statuses: tuple[str, ...] | None  # what "Next" claims from this queue



def queue_defs(actor: Actor) -> list[tuple[str, QueueDef]]:
    F = queues.QueueFilter
    defs = [
        (QCoreApplication.translate("QueuePage", "Ready for review"), QueueDef(f"status:{workflow.READY}", F(statuses=(workflow.READY,)), (workflow.READY,))),
        (QCoreApplication.translate("QueuePage", "Needs attention"), QueueDef("attention", F(attention_only=True), (workflow.ATTENTION,))),
        (QCoreApplication.translate("QueuePage", "Mine"), QueueDef("mine", F(mine=True), None)),
        (QCoreApplication.translate("QueuePage", "In review"), QueueDef(f"status:{workflow.IN_REVIEW}", F(statuses=(workflow.IN_REVIEW,)), (workflow.IN_REVIEW,))),
        (QCoreApplication.translate("QueuePage", "Pending approval"), QueueDef(f"status:{workflow.PENDING}", F(statuses=(workflow.PENDING,)),
                                          (workflow.PENDING,) if actor.has("application.approve_second") else None)),
        (QCoreApplication.translate("QueuePage", "Returned for correction"), QueueDef("returned", F(statuses=(workflow.RETURNED,)), None)),
        (QCoreApplication.translate("QueuePage", "Approved"), QueueDef(f"status:{workflow.APPROVED}", F(statuses=(workflow.APPROVED,)), None)),
        (QCoreApplication.translate("QueuePage", "All open"), QueueDef("open", F(statuses=tuple(sorted(workflow.OPEN_STATUSES))), None)),
        (QCoreApplication.translate("QueuePage", "All"), QueueDef("all", F(), None)),
    ]
    return defs


class QueuePage(QWidget):
    application_opened = Signal(int)  # application pk
    message_posted = Signal(str)

    def __init__(self, bo: Backoffice, actor: Actor, workers: Workers, language: str = "ja",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bo, self.actor, self.workers = bo, actor, workers
        self.defs = queue_defs(actor)
        self.model = QueueModel(self._fetch, bo.catalog, bo.calendar, language=language,
                                runner=lambda fn, ok, err: self.workers.db(fn, ok, err, owner=self.model),
                                parent=self)
        self.queue_list = named(QListWidget(), "queueList")
        for title, _d in self.defs:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, title)
            self.queue_list.addItem(item)
        self.queue_list.setMaximumWidth(220)
        self.search = named(QLineEdit(clearButtonEnabled=True), "search")
        self.search.setPlaceholderText(self.tr("ID, name, kana (any width) or birth date, then Enter"))
        self.procedure = named(QComboBox(), "procedure")
        self.procedure.addItem(self.tr("All procedures"), None)
        for p in bo.catalog:
            self.procedure.addItem(p.name if language == "ja" else p.name_en, p.code)
        self.department = named(QComboBox(), "department")
        self.department.addItem(self.tr("All departments"), None)
        for d in bo.catalog.departments():  # only the person's departments (need-to-know, issue 16)
            if actor.departments is None or d in actor.departments:
                self.department.addItem(d, d)
        self.next_button = named(QPushButton(self.tr("Next")), "next")
        self.table = named(QTableView(), "queueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicator(QueueModel.COL_DUE, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_indicator_changed)
        self._size_columns()
        self.status = named(QLabel(), "queueStatus")
        self._build_actions()
        self._layout()
        if not actor.has("application.claim"):  # counter staff look applications up, never take them
            self.next_button.hide()
            self.next_action.setEnabled(False)
            self.next_action.setVisible(False)
        self.queue_list.currentRowChanged.connect(lambda _row: self.apply_filter())
        self.procedure.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.department.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.search.returnPressed.connect(self.apply_filter)  # only on Enter: every search is audited
        self.search.textChanged.connect(lambda text: None if text.strip() else self.apply_filter())
        self.model.page_loaded.connect(lambda _n: self._search_elsewhere())
        self.status.linkActivated.connect(lambda _link: self.queue_list.setCurrentRow(len(self.defs) - 1))
        self.table.activated.connect(self._open_index)
        self.model.page_loaded.connect(lambda _n: self._show_status())
        self.model.load_failed.connect(lambda m: emit(self.message_posted, self.tr("Queue not loaded: %1").replace("%1", m)))
        self.count_timer = QTimer(self, interval=15000)
        self.count_timer.timeout.connect(self.refresh_counts)
        self.count_timer.start()
        self.queue_list.setCurrentRow(0)
        self.refresh_counts()
        # a decision, a claim, a hand-over anywhere in this window: reload (now, or when chosen);
        # new arrivals from the sync: the counts only, the list stays where the reviewer is
        listen(self, workers, Changes(queues=True), self.refresh)
        listen(self, workers, Changes(arrivals=True), self.refresh_counts, handle=self._arrived)

    def _build_actions(self) -> None:
        self.search_action = QAction(self.tr("Search"), self, shortcut=QKeySequence(QKeySequence.StandardKey.Find))
        self.search_action.triggered.connect(self._focus_search)
        self.next_action = QAction(self.tr("Next application"), self, shortcut=QKeySequence("Ctrl+N"))
        self.next_action.triggered.connect(self.claim_next)
        self.refresh_action = QAction(self.tr("Refresh"), self, shortcut=QKeySequence("F5"))
        self.refresh_action.triggered.connect(self.refresh)
        self.end_action = QAction(self.tr("Jump to the end"), self, shortcut=QKeySequence("Ctrl+End"))
        self.end_action.triggered.connect(self._jump_to_end)
        for a in (self.search_action, self.next_action, self.refresh_action, self.end_action):
            a.setToolTip(f"{a.text()} ({a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            self.addAction(a)
        self.next_button.setToolTip(self.next_action.toolTip())
        self.next_button.clicked.connect(self.next_action.trigger)
        self.search.setToolTip(self.search_action.toolTip())

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def menu_actions(self) -> list[QAction]:
        return [self.search_action, self.next_action, self.refresh_action, self.end_action]

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Search")))
        bar.addWidget(self.search, 2)
        bar.addWidget(self.procedure, 1)
        bar.addWidget(self.department, 1)
        bar.addWidget(self.next_button)
        right = QWidget()
        lay = QVBoxLayout(right)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.status)
        split = QSplitter()
        split.addWidget(self.queue_list)
        split.addWidget(right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setCollapsible(1, False)
        # the list as wide as its longest title with a count, the table takes the rest
        titles = [t for t, _d in self.defs]
        list_width = max(self.queue_list.fontMetrics().horizontalAdvance(f"{t}  (0000)") for t in titles) + 16
        split.setSizes([min(list_width, 220), 10_000])
        outer = QVBoxLayout(self)
        outer.addWidget(split)

    def _size_columns(self) -> None:
        """Widths from what the columns show in the current font, so that ids and dates are
        whole and 要確認事項 (the last, stretching column) is on screen at the default window
        size; free text (procedure, names) gets a sensible share and is elided beyond it."""
        fm = self.table.fontMetrics()
        pad = 2 * self.table.style().pixelMetric(self.table.style().PixelMetric.PM_FocusFrameHMargin) + 12
        sample_day, sample_time = date(2026, 12, 28), datetime(2026, 12, 28, 23, 59, tzinfo=UTC)
        texts = {
            QueueModel.COL_ID: ["OSK-2026-0000000 (#2)"],
            QueueModel.COL_STATUS: [labels.status_label(s) for s in workflow.OPEN_STATUSES],
            QueueModel.COL_DUE: [labels.day(sample_day)],
            QueueModel.COL_RECEIVED: [labels.when(sample_time)],
        }
        room = {QueueModel.COL_PROCEDURE: 9, QueueModel.COL_NAME: 6, QueueModel.COL_KANA: 8}  # CJK characters
        header = self.table.horizontalHeader()
        for col in range(QueueModel.COL_ATTENTION):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            width = max(fm.horizontalAdvance(t) for t in [*texts.get(col, []), title]) + pad
            if col in room:  # longer names are elided; the column can be widened by hand
                width = max(width, fm.horizontalAdvance("国" * room[col]) + pad)
            width += header.style().pixelMetric(header.style().PixelMetric.PM_HeaderMarkSize) \
                if col in QueueModel.SORT_OF_COLUMN else 0
            self.table.setColumnWidth(col, width)

    # -- data ------------------------------------------------------------------------
    def _fetch(self, f: queues.QueueFilter, sort: str, desc: bool, after: queues.SortKey | None,
               limit: int) -> list[queues.ApplicationRow]:
        return queues.load_page(self.bo, self.actor, f, sort, after, limit, descending=desc)

    def current_def(self) -> QueueDef:
        row = max(0, self.queue_list.currentRow())
        return self.defs[row][1]

    def current_filter(self) -> queues.QueueFilter:
        return replace(self.current_def().filter, procedure=self.procedure.currentData(),
                       department=self.department.currentData(), search=self.search.text().strip())

    def apply_filter(self) -> None:
        self.model.reload(self.current_filter())
        self._show_status()

    def refresh(self) -> None:
        self.model.reload()
        self.refresh_counts()

    def _arrived(self, _changes: Changes) -> None:
        self.refresh_counts()

    def refresh_counts(self) -> None:
        if self.workers.stopped:  # the 15-second timer of a window outliving its session
            return
        self.workers.db(lambda: queues.load_counts(self.bo, self.actor), self._show_counts,
                        lambda exc: log.warning("counts failed: %s", exc), owner=self)

    def _show_counts(self, counts: dict[str, int]) -> None:
        for i, (title, d) in enumerate(self.defs):
            n = counts.get(d.key) if d.key != "all" else sum(v for k, v in counts.items() if k.startswith("status:"))
            self.queue_list.item(i).setText(f"{title}  ({n})" if n is not None else title)
        for i in range(1, self.procedure.count()):
            code = self.procedure.itemData(i)
            base = self.procedure.itemText(i).split("  (")[0]
            self.procedure.setItemText(i, f"{base}  ({counts.get(f'procedure:{code}', 0)})")

    def _show_status(self) -> None:
        n = self.model.rowCount()
        more = "" if self.model.exhausted else "+"
        self.status.setText(self.tr("%1 applications shown").replace("%1", f"{n}{more}")
                            + ("  " + self.tr("Loading…") if self.model.loading else ""))

    def _search_elsewhere(self) -> None:
        """A search that finds nothing in this queue looks in all of them and says where the
        applications are, instead of an empty table that reads as "no such application"."""
        f = self.model.filter
        if not f.search or self.model.rowCount() or not self.model.exhausted or self.current_def().key == "all":
            return
        everywhere = queues.QueueFilter(search=f.search)
        self.workers.db(lambda: queues.load_page(self.bo, self.actor, everywhere, limit=SEARCH_ELSEWHERE_LIMIT),
                        lambda rows: self._found_elsewhere(f, rows),
                        lambda exc: log.warning("search in all queues failed: %s", exc), owner=self)

    def _found_elsewhere(self, f: queues.QueueFilter, rows: list[queries.ApplicationRow]) -> None:
        if f != self.model.filter or self.model.rowCount():
            return  # the user moved on meanwhile
        if not rows:
            self.status.setText(self.tr("No application matches 「%1」 in any queue.").replace("%1", f.search))
            return
        counts = Counter(labels.status_label(r.status) for r in rows)
        where = "、".join(self.tr("%1: %2").replace("%1", name).replace("%2", str(n)) for name, n in counts.items())
        link = escape(self.tr("Show them in All"))  # outside the f-string so that lupdate finds it
        self.status.setText(escape(self.tr("Not in this queue. Found elsewhere — %1.").replace("%1", where))
                            + f' <a href="all">{link}</a>')

    def _open_index(self, index: QModelIndex) -> None:
        pk = index.data(QueueModel.PkRole)
        if pk is not None:
            emit(self.application_opened, int(pk))

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if column not in QueueModel.SORT_OF_COLUMN:  # keep the indicator on the real sort
            order = Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.column_of_sort(), order)
            header.blockSignals(False)

    def _jump_to_end(self) -> None:
        self.model.jump_to_end()
        order = Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(self.model.column_of_sort(), order)

    def claim_next(self) -> None:
        statuses = self.current_def().next_statuses or (workflow.READY,)
        proc = self.procedure.currentData()
        self.next_button.setEnabled(False)
        bo, actor = self.bo, self.actor
        (Operation(self, self.workers, lambda: review.claim_next(bo, actor, statuses=statuses, procedure=proc),
                   lambda info: Changes.of_applications(info.application_pk) if info else Changes())
         .success(self._next_claimed).failure(self._next_failed).run())

    def _next_claimed(self, info: review.ClaimInfo | None) -> None:
        self.next_button.setEnabled(True)
        if info is None:
            emit(self.message_posted, self.tr("No application is waiting in this queue."))
            return
        emit(self.application_opened, info.application_pk)

    def _next_failed(self, exc: BaseException) -> None:
        self.next_button.setEnabled(True)
        emit(self.message_posted, self.tr("Next failed: %1").replace("%1", error_message(exc)))
