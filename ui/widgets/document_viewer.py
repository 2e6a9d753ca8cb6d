"""DocumentViewerWidget: PDF pages and images rendered in the thread pool (page_render),
with zoom, fit width, fit page, rotation, a thumbnail strip and keyboard paging.

What is on screen is named by `shown`, the tag the caller gave load() (the application
page uses (application pk, document id)); every layout and render request carries that tag
and the load generation, and a result that does not match both is dropped, so a page of a
document that is no longer shown never reaches the screen."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QImage, QKeySequence, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import error_message
from ..named import named
from ..qtcompat import emit
from ..workers import Workers
from . import page_render

log = logging.getLogger(__name__)

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0)
THUMB_SCALE_PX = 110


class DocumentViewerWidget(QWidget):
    page_changed = Signal(int)        # 0-based page now shown
    page_rendered = Signal(int)       # the current page's image arrived
    document_loaded = Signal(int)     # page count

    def __init__(self, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workers = workers
        self.media_type, self.data = "", b""
        self.sizes: tuple[tuple[float, float], ...] = ()
        self.page, self.scale, self.rotation = 0, 1.0, 0
        self.fit: str | None = "width"
        self._generation = 0      # the document shown (load/clear)
        self.shown: tuple[int, int] | None = None  # load()'s tag; None when empty
        self._render_generation = 0
        self.shown_scale = 1.0
        self.image = named(QLabel(alignment=Qt.AlignmentFlag.AlignCenter), "pageImage")
        self.image.setText(self.tr("No document selected"))
        self.scroll_area = QScrollArea(widgetResizable=True)
        self.scroll_area.setWidget(self.image)
        self.scroll_area.setStyleSheet("QScrollArea { background: #5a5a5a; } QLabel#pageImage { background: #5a5a5a; color: white; }")
        self.thumbs = named(QListWidget(), "thumbnails")
        self.thumbs.setViewMode(QListView.ViewMode.IconMode)
        self.thumbs.setFlow(QListView.Flow.TopToBottom)
        self.thumbs.setWrapping(False)
        self.thumbs.setIconSize(QSize(THUMB_SCALE_PX, THUMB_SCALE_PX))
        self.thumbs.setFixedWidth(THUMB_SCALE_PX + 30)
        self.thumbs.currentRowChanged.connect(lambda r: self.go_to(r) if r >= 0 else None)
        self.page_label = named(QLabel(), "pageLabel")
        self.zoom_label = named(QLabel(), "zoomLabel")
        self._resize_timer = QTimer(self, singleShot=True, interval=120)
        self._resize_timer.timeout.connect(self._render)
        self._build_actions()
        self._layout()
        self._update_labels()

    def _action(self, text: str, keys: list[str], slot: Callable[[], object]) -> QAction:
        a = QAction(text, self)
        a.setShortcuts([QKeySequence(k) for k in keys])
        a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        a.setToolTip(f"{text} ({a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        a.triggered.connect(slot)
        return a

    def _build_actions(self) -> None:
        self.prev_action = self._action(self.tr("Previous page"), ["PgUp"], lambda: self.go_to(self.page - 1))
        self.next_action = self._action(self.tr("Next page"), ["PgDown"], lambda: self.go_to(self.page + 1))
        self.zoom_in_action = self._action(self.tr("Zoom in"), ["Ctrl+=", "Ctrl++"], lambda: self.zoom_step(+1))
        self.zoom_out_action = self._action(self.tr("Zoom out"), ["Ctrl+-"], lambda: self.zoom_step(-1))
        self.fit_width_action = self._action(self.tr("Fit width"), ["Ctrl+9"], lambda: self.set_fit("width"))
        self.fit_page_action = self._action(self.tr("Fit page"), ["Ctrl+0"], lambda: self.set_fit("page"))
        self.rotate_action = self._action(self.tr("Rotate clockwise"), ["Ctrl+Shift+R"], self.rotate)

    def viewer_actions(self) -> list[QAction]:
        return [self.prev_action, self.next_action, self.zoom_in_action, self.zoom_out_action,
                self.fit_width_action, self.fit_page_action, self.rotate_action]

    def _layout(self) -> None:
        bar = QHBoxLayout()
        # a tool bar, not a row of buttons: when the viewer is narrow (1280×800 beside the
        # form) the buttons that do not fit go under its » menu instead of widening the window
        tools = named(QToolBar(), "viewerTools")
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tools.addActions(self.viewer_actions())
        for a in self.viewer_actions():  # drawn as buttons, as before (a tool bar's are flat)
            button = tools.widgetForAction(a)
            if isinstance(button, QToolButton):
                button.setAutoRaise(False)
        bar.addWidget(tools, 1)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.page_label)
        body = QHBoxLayout()
        body.addWidget(self.thumbs)
        body.addWidget(self.scroll_area, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addLayout(body, 1)

    # -- document --------------------------------------------------------------------
    def clear(self, message: str = "") -> None:
        self._generation += 1
        self._render_generation += 1
        self.shown = None
        self.media_type, self.data, self.sizes, self.page = "", b"", (), 0
        self.thumbs.clear()
        self.image.setPixmap(QPixmap())
        self.image.setText(message or self.tr("No document selected"))
        self._update_labels()

    def load(self, media_type: str, data: bytes, tag: tuple[int, int] | None = None) -> None:
        self.clear(self.tr("Loading…"))
        self.media_type, self.data, self.rotation, self.fit = media_type, data, 0, "width"
        self.shown = tag
        gen = self._generation
        self.workers.pool_run(lambda: page_render.layout(media_type, data),
                              lambda lay: self._laid_out(gen, tag, lay),
                              lambda exc: self._failed(gen, exc), owner=self)

    def _current(self, gen: int, tag: tuple[int, int] | None) -> bool:
        """Is a result of request (gen, tag) still about the document on screen?"""
        return gen == self._generation and tag == self.shown

    def _laid_out(self, gen: int, tag: tuple[int, int] | None, lay: page_render.PageLayout) -> None:
        if not self._current(gen, tag):
            return
        self.sizes = lay.sizes
        for i in range(len(self.sizes)):
            item = QListWidgetItem(str(i + 1))
            item.setSizeHint(QSize(THUMB_SCALE_PX + 10, THUMB_SCALE_PX + 24))
            self.thumbs.addItem(item)
            self._render_thumb(gen, tag, i)
        emit(self.document_loaded, len(self.sizes))
        self.go_to(0, force=True)

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen == self._generation:
            log.error("document render failed: %s", exc)
            self.image.setText(self.tr("This document cannot be shown: %1").replace("%1", error_message(exc)))

    def _render_thumb(self, gen: int, tag: tuple[int, int] | None, i: int) -> None:
        w, h = self.sizes[i]
        scale = THUMB_SCALE_PX / max(w, h)
        media, data = self.media_type, self.data

        def done(img: QImage) -> None:
            if self._current(gen, tag) and i < self.thumbs.count():
                self.thumbs.item(i).setIcon(QIcon(QPixmap.fromImage(img)))

        self.workers.pool_run(lambda: page_render.render(media, data, i, scale), done,
                              lambda exc: None, owner=self)

    @property
    def page_count(self) -> int:
        return len(self.sizes)

    def go_to(self, page: int, force: bool = False) -> None:
        if not self.sizes or not (0 <= page < len(self.sizes)) or (page == self.page and not force):
            return
        self.page = page
        if self.thumbs.currentRow() != page:
            self.thumbs.setCurrentRow(page)
        self.scroll_area.verticalScrollBar().setValue(0)
        self._render()
        emit(self.page_changed, page)

    # -- zoom and rotation -----------------------------------------------------------
    def _page_points(self) -> tuple[float, float]:
        w, h = self.sizes[self.page]
        return (h, w) if self.rotation in (90, 270) else (w, h)

    def _fit_scale(self) -> float:
        vw = max(50, self.scroll_area.viewport().width() - 16)
        vh = max(50, self.scroll_area.viewport().height() - 16)
        w, h = self._page_points()
        return vw / w if self.fit == "width" else min(vw / w, vh / h)

    def set_fit(self, mode: str) -> None:
        self.fit = mode
        self._render()

    def zoom_step(self, direction: int) -> None:
        current = self._fit_scale() if (self.fit and self.sizes) else self.scale
        if direction > 0:
            bigger = [z for z in ZOOM_STEPS if z > current + 1e-3]
            self.scale = bigger[0] if bigger else ZOOM_STEPS[-1]
        else:
            smaller = [z for z in ZOOM_STEPS if z < current - 1e-3]
            self.scale = smaller[-1] if smaller else ZOOM_STEPS[0]
        self.fit = None
        self._render()

    def rotate(self) -> None:
        self.rotation = (self.rotation + 90) % 360
        self._render()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fit and self.sizes:
            self._resize_timer.start()

    def _render(self) -> None:
        self._update_labels()
        if not self.sizes or self.workers.stopped:  # the resize timer may fire while the app closes
            return
        self._render_generation += 1
        gen, page, rotation = self._render_generation, self.page, self.rotation
        doc_gen, tag = self._generation, self.shown
        scale = self._fit_scale() if self.fit else self.scale
        self.shown_scale = scale
        media, data = self.media_type, self.data
        self.workers.pool_run(lambda: page_render.render(media, data, page, scale, rotation),
                              lambda img: self._rendered(gen, doc_gen, tag, page, img),
                              lambda exc: self._failed(doc_gen, exc), owner=self)

    def _rendered(self, gen: int, doc_gen: int, tag: tuple[int, int] | None, page: int, img: QImage) -> None:
        if gen != self._render_generation or not self._current(doc_gen, tag):
            return
        self.image.setPixmap(QPixmap.fromImage(img))
        self._update_labels()
        emit(self.page_rendered, page)

    def _update_labels(self) -> None:
        n = len(self.sizes)
        self.page_label.setText(f"{self.page + 1} / {n}" if n else "")
        self.zoom_label.setText(f"{round(self.shown_scale * 100)}%" if n else "")
        self.prev_action.setEnabled(n > 0 and self.page > 0)
        self.next_action.setEnabled(n > 0 and self.page < n - 1)
        for a in (self.zoom_in_action, self.zoom_out_action, self.fit_width_action,
                  self.fit_page_action, self.rotate_action):
            a.setEnabled(n > 0)
