"""FiguresPage (supervisor, issue 18 item 2): the figures for 業務改革 of one month of
receipt per procedure (docs/figures.md), the 12-month trend as two charts (receipts online
and at the counter; the online-completion rate), and the month saved as Excel, CSV or the
committee's PDF summary. Loading runs on the database thread; the figures hold no
personal data."""

from __future__ import annotations

import logging

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backoffice.accounts.permissions import Actor
from backoffice.platform import fileperms
from backoffice.platform.context import Backoffice
from backoffice.platform.timeutil import today_jst
from backoffice.supervision import figures, reports
from backoffice.supervision.figures import MonthFigures, ProcedureFigures

from .. import file_dialogs
from ..errors import error_message
from ..models.rows_model import Column, RowsModel
from ..named import named
from ..operations import Changes, listen
from ..table_fit import keep_fitted
from ..workers import Workers

log = logging.getLogger(__name__)
MONTHS_OFFERED = 24


def _rate(v: float | None) -> str:
    return "—" if v is None else f"{v * 100:.1f}%"


def _num(v: float | None) -> str:
    return "—" if v is None else f"{v:.1f}"


class FiguresPage(QWidget):
    def __init__(self, bo: Backoffice, actor: Actor, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bo, self.actor, self.workers = bo, actor, workers
        self.month_figures: MonthFigures | None = None
        self.trend: list[MonthFigures] = []
        self.month = named(QComboBox(), "figuresMonth")
        key = f"{today_jst():%Y-%m}"
        for i in range(MONTHS_OFFERED):
            m = figures.add_months(key, -i)
            self.month.addItem(self.tr("%1/%2").replace("%1", m[:4]).replace("%2", str(int(m[5:]))), m)
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model = RowsModel([
            Column(self.tr("Procedure"), lambda p: p.name),
            Column(self.tr("Online"), lambda p: str(p.received_online), align_right=True),
            Column(self.tr("Counter"), lambda p: str(p.received_counter), align_right=True),
            Column(self.tr("Online completion"), lambda p: _rate(p.online_completion_rate), align_right=True),
            Column(self.tr("Days (median)"), lambda p: _num(p.processing_days_median), align_right=True),
            Column(self.tr("Days (90%)"), lambda p: _num(p.processing_days_p90), align_right=True),
            Column(self.tr("Within standard"), lambda p: _rate(p.within_standard_rate), align_right=True),
            Column(self.tr("Returned"), lambda p: _rate(p.returned_rate), align_right=True),
            Column(self.tr("Rejected"), lambda p: _rate(p.rejected_rate), align_right=True),
            Column(self.tr("Withdrawn"), lambda p: _rate(p.withdrawn_rate), align_right=True),
            Column(self.tr("Paper"), lambda p: _rate(p.paper_attachment_rate), align_right=True),
            Column(self.tr("Touches per application"), lambda p: _num(p.touches_per_application),
                   align_right=True),
        ], self)
        self.table = named(QTableView(), "figuresTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        keep_fitted(self.table)
        self.receipts_view = named(QChartView(), "figuresReceiptsChart")
        self.rate_view = named(QChartView(), "figuresRateChart")
        for v in (self.receipts_view, self.rate_view):
            v.setRenderHint(QPainter.RenderHint.Antialiasing)
            v.setMinimumHeight(240)
        self.message = named(QLabel(), "figuresMessage")
        self.message.setWordWrap(True)
        self.buttons = {
            "xlsx": named(QPushButton(self.tr("Save as Excel…")), "figuresSaveXlsx"),
            "csv": named(QPushButton(self.tr("Save as CSV…")), "figuresSaveCsv"),
            "pdf": named(QPushButton(self.tr("Save the PDF summary…")), "figuresSavePdf"),
        }
        for kind, b in self.buttons.items():
            b.clicked.connect(lambda _c=False, k=kind: self.save(k))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month received")))
        top.addWidget(self.month)
        top.addStretch(1)
        for b in self.buttons.values():
            top.addWidget(b)
        charts = QHBoxLayout()
        charts.addWidget(self.receipts_view)
        charts.addWidget(self.rate_view)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 2)
        lay.addLayout(charts, 3)
        lay.addWidget(self.message)
        listen(self, workers, Changes(arrivals=True, queues=True), self.refresh, on_show=True)

    def choose_month(self, key: str) -> None:
        """Show month `key` (YYYY-MM), adding it to the list if it is older than offered."""
        i = self.month.findData(key)
        if i < 0:
            self.month.addItem(self.tr("%1/%2").replace("%1", key[:4]).replace("%2", str(int(key[5:]))), key)
            i = self.month.count() - 1
        self.month.setCurrentIndex(i)

    def selected_month(self) -> str:
        return str(self.month.currentData())

    def refresh(self) -> None:
        bo, actor, month = self.bo, self.actor, self.selected_month()
        self.workers.db(lambda: figures.trend(bo, actor, month), self._loaded,
                        lambda exc: self.message.setText(error_message(exc)), owner=self)

    def _loaded(self, trend: list[MonthFigures]) -> None:
        self.trend = trend
        self.month_figures = trend[-1]
        mf = self.month_figures
        rows: list[ProcedureFigures] = list(mf.procedures) + ([mf.total] if mf.total else [])
        self.model.set_rows(rows)
        self.message.setText("" if mf.procedures else self.tr("Nothing was received in this month."))
        self.receipts_view.setChart(self._receipts_chart(trend))
        self.rate_view.setChart(self._rate_chart(trend))

    def _labels(self, trend: list[MonthFigures]) -> list[str]:
        """「2026年11月」 for every month (the twelve months cross a new year: the year is part
        of the label)."""
        return [self.tr("%1/%2").replace("%1", m.month[:4]).replace("%2", str(int(m.month[5:]))) for m in trend]

    @staticmethod
    def _month_axis(labels: list[str]) -> QBarCategoryAxis:
        """Twelve 「2026年11月」 labels are wider than their bars: upright they were drawn as
        「1…」. Turned to read upwards, each takes a line's height across and is whole."""
        x = QBarCategoryAxis()
        x.append(labels)
        x.setLabelsAngle(-90)
        return x

    def _receipts_chart(self, trend: list[MonthFigures]) -> QChart:
        chart = QChart()
        chart.setTitle(self.tr("Applications received"))
        online, counter = QBarSet(self.tr("Online")), QBarSet(self.tr("Counter"))
        online.append([float(m.total.received_online if m.total else 0) for m in trend])
        counter.append([float(m.total.received_counter if m.total else 0) for m in trend])
        series = QStackedBarSeries()
        series.append(online)
        series.append(counter)
        chart.addSeries(series)
        x = self._month_axis(self._labels(trend))
        top = max([m.total.received for m in trend if m.total] + [1])
        step = next(f * 10**k for k in range(12) for f in (1, 2, 5) if -(-top // (f * 10**k)) <= 5)
        y = QValueAxis()  # whole-number ticks: 0, step, 2*step … up to the highest month
        y.setRange(0, -(-top // step) * step)
        y.setTickCount(-(-top // step) + 1)
        y.setLabelFormat("%d")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart

    def _rate_chart(self, trend: list[MonthFigures]) -> QChart:
        chart = QChart()
        chart.setTitle(self.tr("Online completion and within standard"))
        lines = (QLineSeries(), QLineSeries())
        lines[0].setName(self.tr("Online completion"))
        lines[1].setName(self.tr("Within standard"))
        for i, m in enumerate(trend):
            t = m.total
            if t is not None and t.online_completion_rate is not None:
                lines[0].append(QPointF(i, t.online_completion_rate * 100))
            if t is not None and t.within_standard_rate is not None:
                lines[1].append(QPointF(i, t.within_standard_rate * 100))
        x = self._month_axis(self._labels(trend))
        y = QValueAxis()
        y.setRange(0, 100)
        y.setLabelFormat("%d%%")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for s in lines:
            s.setPointsVisible(True)  # a month alone is a point
            chart.addSeries(s)
            s.attachAxis(x)
            s.attachAxis(y)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart

    # -- files --------------------------------------------------------------------------
    def save(self, kind: str) -> None:
        month = self.selected_month()
        filters = {"xlsx": self.tr("Excel workbook (*.xlsx)"), "csv": self.tr("CSV (*.csv)"),
                   "pdf": self.tr("PDF (*.pdf)")}[kind]
        path = file_dialogs.save_file(self, self.tr("Save the figures"), f"stats-{month}.{kind}", filters)
        if not path:
            return
        self.write(kind, path)

    def write(self, kind: str, path: str) -> None:
        """Build the file on the database thread (it reads the figures again) and write it."""
        bo, actor, month = self.bo, self.actor, self.selected_month()

        def build() -> bytes:
            mf = figures.month_figures(bo, actor, month)
            if kind == "csv":
                return reports.to_csv(mf)
            trend = figures.trend(bo, actor, month)
            return reports.to_xlsx(mf, trend) if kind == "xlsx" else reports.to_pdf(mf, trend)

        def done(data: bytes) -> None:
            try:
                fileperms.write_file(path, data)
            except OSError as exc:
                self.message.setText(error_message(exc))
                return
            self.message.setText(self.tr("Saved %1.").replace("%1", path))

        self.workers.db(build, done, lambda exc: self.message.setText(error_message(exc)), owner=self)
