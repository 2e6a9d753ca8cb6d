"""The viewer's resize timer may fire while the application closes (after the workers are
shut down): the re-render is skipped instead of raising in the event loop."""

from __future__ import annotations

from tests.ui.factories import page_png
from ui.widgets.document_viewer import DocumentViewerWidget
from ui.workers import Workers


def test_render_after_workers_shut_down_is_skipped(qtbot):
    workers = Workers()
    viewer = DocumentViewerWidget(workers)
    qtbot.addWidget(viewer)
    viewer.resize(600, 500)
    viewer.show()
    try:
        viewer.load("image/png", page_png("テスト"), (1, 1))
        qtbot.waitUntil(lambda: viewer.page_count == 1 and workers.idle, timeout=10000)
    finally:
        workers.shutdown()
    viewer.resize(700, 520)
    viewer._resize_timer.timeout.emit()  # what the single-shot timer does 120 ms later
    viewer.set_fit("page")
    assert viewer.shown == (1, 1) and viewer.page_count == 1
