"""Japanese through Qt's translation system; the viewer renders PDFs and images."""

import pytest
from PySide6.QtCore import QCoreApplication

from tests.ui.factories import image_pdf, page_png
from ui import i18n
from ui.build_translations import build
from ui.widgets import page_render
from ui.widgets.document_viewer import DocumentViewerWidget


@pytest.fixture
def translation(qapp):
    build()
    t = i18n.Translation(qapp)
    yield t
    t.install("en")


def test_japanese_catalog_translates_every_page_title(translation):
    assert translation.install("ja")
    tr = QCoreApplication.translate
    assert tr("MainWindow", "Review queues") == "審査キュー"
    assert tr("QueuePage", "Next") == "次へ"
    assert tr("Labels", "Returned for correction") == "補正待ち"
    assert tr("ApplicationDetailWidget", "%n page(s)", "", 3) == "3 ページ"


def test_missing_catalog_falls_back_to_english(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "qm_path", lambda lang: str(tmp_path / "none.qm"))
    t = i18n.Translation(qapp)
    assert t.install("ja") is False
    assert QCoreApplication.translate("MainWindow", "Review queues") == "Review queues"


def test_render_pdf_page_and_image_off_thread_functions():
    pdf = image_pdf(2)
    lay = page_render.layout("application/pdf", pdf)
    assert len(lay.sizes) == 2
    img = page_render.render("application/pdf", pdf, 1, 1.0, 90)
    assert img.width() > img.height()
    png = page_render.render("image/png", page_png("x"), 0, 0.5)
    assert (png.width(), png.height()) == (310, 438)


def test_viewer_fit_and_zoom(qtbot, workers):
    v = DocumentViewerWidget(workers)
    qtbot.addWidget(v)
    v.resize(900, 700)
    v.show()
    with qtbot.waitSignal(v.page_rendered, timeout=10000):
        v.load("application/pdf", image_pdf(3))
    assert v.page_count == 3 and v.thumbs.count() == 3
    with qtbot.waitSignal(v.page_rendered, timeout=5000):
        v.fit_page_action.trigger()
    fit_page_h = v.image.pixmap().height()
    assert fit_page_h <= v.scroll_area.viewport().height()
    with qtbot.waitSignal(v.page_rendered, timeout=5000):
        v.zoom_out_action.trigger()
    assert v.fit is None and v.image.pixmap().height() < fit_page_h
    with qtbot.waitSignal(v.page_rendered, timeout=5000):
        v.thumbs.setCurrentRow(2)
    assert v.page == 2 and not v.next_action.isEnabled()
    qtbot.waitUntil(lambda: all(not v.thumbs.item(i).icon().isNull() for i in range(3)), timeout=5000)
