"""DashboardPage (supervisor): queue counts by status and procedure, ageing, decisions per
day, overdue list, intake health and who holds what. Refreshes itself on a QTimer through
the database worker; each chart can be saved as PNG."""

from __future__ import annotations

import logging

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backoffice.accounts.permissions import Actor
from backoffice.platform.context import Backoffice
from backoffice.portal import outbox
from backoffice.supervision import dashboard
from backoffice.supervision.dashboard import DashboardSnapshot

from .. import file_dialogs, labels
from ..errors import error_message
from ..models.rows_model import Column, RowsModel
from ..named import named
from ..operations import Changes, listen
from ..qtcompat import emit
from ..table_fit import keep_fitted
from ..workers import Workers
from .reassign_widget import WorkloadWidget

log = logging.getLogger(__name__)
REFRESH_MS = 60_000
TOP_PROCEDURES = 4  # named bars: Qt elides every name once ~6 bars share the chart's height


def count_axis(top: int) -> QValueAxis:
    """A value axis for counts whose every tick is a whole number: Qt spaces ticks evenly
    over the range, so a range of 0..top*1.15 put ticks at 2.6, 5.2, … and "%d" labelled
    them 2, 5, 8, 11 — a bar of 9 read as 8. The step is 1, 2 or 5 times a power of ten,
    with at most 5 steps, and the range ends on the first tick at or above the highest value."""
    top = max(top, 1)
    step = next(s for s in (f * 10**k for k in range(15) for f in (1, 2, 5)) if -(-top // s) <= 5)
    steps = -(-top // step)  # ceil: the range reaches the highest value
    axis = QValueAxis()
    axis.setRange(0, steps * step)
    axis.setTickCount(steps + 1)
    axis.setLabelFormat("%d")
    return axis


def _bar_chart(title: str, names: list[str], values: list[int], horizontal: bool = False,
               upward: bool = False) -> QChart:
    """A bar chart; horizontal bars for long category names (procedure names would be cut
    to a few characters under vertical bars); `upward`: the names under vertical bars turned
    to read upwards (eight or more statuses side by side were drawn 「審査…」「要確…」)."""
    chart = QChart()
    chart.setTitle(title)
    bar = QBarSet(title)
    bar.append([float(v) for v in values])
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bar)
    chart.addSeries(series)
    x = QBarCategoryAxis()
    x.append(names)
    if upward:
        x.setLabelsAngle(-90)
    y = count_axis(max(values, default=0))
    chart.addAxis(x, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    chart.legend().hide()
    return chart


class DashboardPage(QWidget):
    application_opened = Signal(int)
    snapshot_loaded = Signal(object)

    def __init__(self, bo: Backoffice, actor: Actor, workers: Workers, parent: QWidget | None = None,
                 refresh_ms: int = REFRESH_MS) -> None:
        super().__init__(parent)
        self.bo, self.actor, self.workers = bo, actor, workers
        self.snapshot: DashboardSnapshot | None = None
        self.views = {key: named(QChartView(), f"{key}Chart") for key in ("status", "procedure", "ageing", "decisions")}
        for v in self.views.values():
            v.setRenderHint(QPainter.RenderHint.Antialiasing)
            v.setMinimumHeight(220)
        self.health = named(QLabel(), "intakeHealth")
        self.portal_health = named(QLabel(), "portalHealth")  # issue 17: the portal's acknowledgements
        self.deadline_summary = named(QLabel(), "deadlineSummary")
        self.overdue_model = RowsModel([
            Column(self.tr("Application"), lambda r: r.application_id),
            Column(self.tr("Procedure"), lambda r: labels.procedure_name(bo.catalog, r.procedure)),
            Column(self.tr("Status"), lambda r: labels.status_label(r.status)),
            Column(self.tr("Due"), lambda r: labels.day(r.due_date), lambda r: r.due_date.toordinal()),
            Column(self.tr("Business days late"), lambda r: str(r.business_days_late),
                   lambda r: r.business_days_late, align_right=True),
            Column(self.tr("Held by"), lambda r: r.claimed_by or ""),
        ], self)
        self.overdue = named(QTableView(), "overdueTable")
        self.overdue.setModel(self.overdue_model)
        keep_fitted(self.overdue)
        self.overdue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overdue.verticalHeader().hide()
        self.overdue.doubleClicked.connect(lambda ix: emit(self.application_opened, self.overdue_model.row(ix.row()).pk))
        self.workload = WorkloadWidget(bo, actor, workers)
        self.refresh_button = named(QPushButton(self.tr("Refresh")), "refreshButton")
        self.refresh_button.clicked.connect(self.refresh)
        self.save_button = named(QPushButton(self.tr("Save charts as PNG…")), "saveChartsButton")
        self.save_button.clicked.connect(self.save_charts_dialog)
        self.updated = named(QLabel(), "updatedLabel")
        top = QHBoxLayout()
        top.addWidget(self.health, 1)
        top.addWidget(self.portal_health)
        top.addWidget(self.updated)
        top.addWidget(self.refresh_button)
        top.addWidget(self.save_button)
        charts = QGridLayout()
        for i, key in enumerate(("status", "procedure", "ageing", "decisions")):
            charts.addWidget(self.views[key], i // 2, i % 2)
        lower = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.deadline_summary)
        left.addWidget(self.overdue, 1)
        lower.addLayout(left, 1)  # equal halves: who holds what shows its lease times whole
        lower.addWidget(self.workload, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(charts, 3)
        lay.addLayout(lower, 2)
        self.timer = QTimer(self, interval=refresh_ms)
        self.timer.timeout.connect(self.refresh)
        # a change of what the charts count: reload while on screen (showEvent reloads anyway)
        listen(self, workers, Changes(queues=True, arrivals=True, quarantine=True, issued=True),
               self.refresh, handle=self._changed_elsewhere)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()  # no queries for a page nobody looks at
        super().hideEvent(event)

    def _changed_elsewhere(self, _changes: Changes) -> None:
        if self.isVisible():  # hidden: showEvent reloads when it comes back
            self.refresh()

    def refresh(self) -> None:
        self.workers.db(lambda: dashboard.snapshot(self.bo, self.actor), self._loaded,
                        lambda exc: self.health.setText(error_message(exc)), owner=self)
        self.workload.refresh()
        if self.actor.has("outbox.view"):
            bo, actor = self.bo, self.actor
            self.workers.db(lambda: outbox.status(bo, actor), self._portal_loaded,
                            lambda exc: self.portal_health.setText(error_message(exc)), owner=self)

    def _portal_loaded(self, st: outbox.OutboxStatus) -> None:
        """Messages the portal has not acknowledged and the oldest one's age; red past
        [outbox] alert_hours, or when the outbox key is missing (nothing is written)."""
        age = st.age_hours()
        if st.key_problem and st.unwritten:
            text = self.tr("Portal: %1 message(s) wait for the outbox key").replace("%1", str(st.unwritten))
        elif age is None:
            text = self.tr("Portal: everything acknowledged")
        else:
            text = (self.tr("Portal: %1 not acknowledged, oldest %2 h ago")
                    .replace("%1", str(st.unacknowledged)).replace("%2", str(int(age))))
        late = bool(st.key_problem and st.unwritten) or (age is not None and age > self.bo.config.outbox_alert_hours)
        self.portal_health.setText(text)
        self.portal_health.setStyleSheet("color: #b00020; font-weight: bold" if late else "")
        self.portal_health.setToolTip(st.key_problem or "")

    def _loaded(self, snap: DashboardSnapshot) -> None:
        self.snapshot = snap
        statuses = labels_order(snap.by_status)
        self.views["status"].setChart(_bar_chart(self.tr("Applications by status"),
                                                 [labels.status_label(s) for s in statuses],
                                                 [snap.by_status[s] for s in statuses], upward=True))
        names, counts = self._procedure_bars(snap.by_procedure)
        self.views["procedure"].setChart(_bar_chart(self.tr("Applications by procedure"), names, counts,
                                                    horizontal=True))
        self.views["ageing"].setChart(_bar_chart(self.tr("Open work by business days since receipt"),
                                                 [self.tr("%1 days").replace("%1", b.replace("-", "–"))
                                                  for b in snap.ageing], list(snap.ageing.values())))
        self.views["decisions"].setChart(self._decisions_chart(snap))
        self.overdue_model.set_rows(snap.overdue)
        self.deadline_summary.setText(self.tr("Overdue: %1   Due within 2 business days: %2   Open: %3")
                                      .replace("%1", str(snap.overdue_count)).replace("%2", str(snap.due_soon_count))
                                      .replace("%3", str(snap.open_total)))
        sync = labels.when(snap.last_sync_at) if snap.last_sync_at else self.tr("never")
        self.health.setText(self.tr("Last sync: %1   Quarantined, not yet handled: %2")
                            .replace("%1", sync).replace("%2", str(snap.quarantine_open)))
        self.health.setStyleSheet("color: #b00020" if snap.quarantine_open else "")
        self.updated.setText(self.tr("Updated %1").replace("%1", labels.when(snap.taken_at)))
        emit(self.snapshot_loaded, snap)

    def _procedure_bars(self, by_procedure: dict[str, int]) -> tuple[list[str], list[int]]:
        """The busiest procedures by name, the rest summed as その他: a chart of a dozen bars
        has no room left for names and Qt cuts them to 「…」."""
        ranked = sorted(by_procedure, key=lambda p: (-by_procedure[p], p))
        top, rest = ranked[:TOP_PROCEDURES], ranked[TOP_PROCEDURES:]
        names = [labels.procedure_name(self.bo.catalog, p) for p in top]
        counts = [by_procedure[p] for p in top]
        if rest:
            names.append(self.tr("Other procedures (%n)", "", len(rest)))
            counts.append(sum(by_procedure[p] for p in rest))
        # a horizontal bar chart draws its first category at the bottom: largest on top
        return names[::-1], counts[::-1]

    def _decisions_chart(self, snap: DashboardSnapshot) -> QChart:
        chart = QChart()
        chart.setTitle(self.tr("Decisions per day (last 14 days)"))
        line = QLineSeries()
        for i, (_d, n) in enumerate(snap.decisions_per_day):
            line.append(QPointF(i, n))
        chart.addSeries(line)
        x = QBarCategoryAxis()
        # the day of the month only (unique within the last 14 days): "11/17" fourteen times
        # does not fit under a half-width chart and Qt cuts every label to 「1…」
        x.append([str(d.day) for d, _ in snap.decisions_per_day])
        y = count_axis(max((n for _, n in snap.decisions_per_day), default=0))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        line.attachAxis(x)
        line.attachAxis(y)
        chart.legend().hide()
        return chart

    def save_charts(self, folder: str) -> list[str]:
        """Write every chart as <folder>/dashboard-<name>.png; returns the paths."""
        paths = []
        for key, view in self.views.items():
            path = f"{folder}/dashboard-{key}.png"
            if view.grab().save(path, "PNG"):
                paths.append(path)
        return paths

    def save_charts_dialog(self) -> None:
        folder = file_dialogs.existing_folder(self, self.tr("Save charts to folder"))
        if folder:
            saved = self.save_charts(folder)
            self.updated.setText(self.tr("%n chart(s) saved", "", len(saved)))


def labels_order(by_status: dict[str, int]) -> list[str]:
    from backoffice.casework.workflow import STATUSES

    return [s for s in STATUSES if s in by_status]
