"""Dashboard charts count applications: every tick of a count axis is a whole number
(issue 13, screenshots retaken: the axes read 0, 2, 5, 8, 11 over ticks at 0, 2.6, 5.2, …,
so a point at 9 read as 8)."""

from __future__ import annotations

from PySide6.QtCharts import QValueAxis
from PySide6.QtCore import Qt

from ui.pages.dashboard_page import _bar_chart, count_axis


def _ticks(axis: QValueAxis) -> list[float]:
    n = axis.tickCount()
    return [axis.min() + i * (axis.max() - axis.min()) / (n - 1) for i in range(n)]


def test_every_tick_of_a_count_axis_is_a_whole_number_and_the_top_value_fits(qapp) -> None:
    for top in range(0, 3001):
        axis = count_axis(top)
        ticks = _ticks(axis)
        assert axis.min() == 0 and axis.max() >= top, top
        assert all(t == int(t) for t in ticks), (top, ticks)
        assert 2 <= axis.tickCount() <= 6, (top, axis.tickCount())
        assert axis.max() < 2.5 * max(top, 1), (top, axis.max())  # the bars still fill the chart
    assert _ticks(count_axis(9)) == [0, 2, 4, 6, 8, 10]
    assert _ticks(count_axis(21)) == [0, 5, 10, 15, 20, 25]


def test_the_dashboard_bar_charts_use_whole_number_ticks(qapp) -> None:
    for horizontal in (False, True):
        chart = _bar_chart("状態別の申請件数", ["審査待ち", "要確認", "補正待ち"], [18, 7, 21], horizontal)
        (axis,) = chart.axes(Qt.Orientation.Horizontal if horizontal else Qt.Orientation.Vertical)
        assert isinstance(axis, QValueAxis)
        assert all(t == int(t) for t in _ticks(axis)), _ticks(axis)
        assert axis.max() >= 21
