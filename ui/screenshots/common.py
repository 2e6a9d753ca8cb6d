"""What every screenshot module shares: the callout drawing, `Shots` (saving a picture with
its callouts and its manifest entry), waiting for the screen, opening a main window as a
member of staff and choosing a page in its navigation."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # imported late at run time: the keyring and data folder are set up first
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QWidget

    from backoffice.platform.context import Backoffice
    from ui.main_window import MainWindow
    from ui.workers import Workers

    W = TypeVar("W", bound=QWidget)

ROOT = Path(__file__).resolve().parent.parent.parent
PASSWORD = "correct horse battery staple"
WINDOW = (1280, 800)  # readable when the manual shows the picture at its column width

# A callout: its number, the widget it points at, and where on the widget the circle sits
# (nw/ne top corners, w/e outside the left/right edge when there is room, n top middle, c centre).
Mark = tuple[int, "QWidget", str]


def _shown_modules(root: QWidget, area: tuple[int, int, int, int], crop: bool) -> set[str]:
    """The ui modules of the widgets visible in `area` of `root` (and of their tables' models);
    `crop`: the area is one region, `root` itself (the main window's frame) is not shown."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QAbstractItemView, QWidget

    rect = QRect(*area)
    modules: set[str] = set()
    for w in ([] if crop else [root]) + root.findChildren(QWidget):
        if not w.isVisible():
            continue
        where = QRect(QPoint(0, 0) if w is root else w.mapTo(root, QPoint(0, 0)), w.size())
        if not where.intersects(rect):
            continue
        shown: list[object] = [w]
        if isinstance(w, QAbstractItemView):
            shown += [w.model(), w.itemDelegate()]
            source = getattr(w.model(), "sourceModel", None)
            if callable(source):
                shown.append(source())
        for obj in shown:
            for cls in type(obj).__mro__:
                if cls.__module__.startswith("ui.") and not cls.__module__.startswith("ui.screenshots"):
                    modules.add(cls.__module__)
    return modules


def _anchor(x: int, y: int, w: int, h: int, where: str, r: int, width: int) -> tuple[int, int]:
    """Centre of the circle: on a corner or edge of the widget (mostly outside its text), or
    inside a table's empty lower corner (se/sw)."""
    if where == "w":
        return (x - r - 3, y + h // 2) if x - 2 * r - 3 >= 0 else (x + r + 3, y + h // 2)
    if where == "e":
        return (x + w + r + 3, y + h // 2) if x + w + 2 * r + 3 <= width else (x + w - r - 3, y + h // 2)
    if where == "n":
        return x + w // 2, y + 3
    if where == "above":  # over the space above the widget (a button under a table)
        return x + w // 2, y - r - 2
    if where == "ne":
        return x + w - 3, y + 3
    if where == "se":
        return x + w - r - 8, y + h - r - 8
    if where == "sw":
        return x + r + 8, y + h - r - 8
    if where == "c":
        return x + w // 2, y + h // 2
    return x + 3, y + 3  # nw


def draw_callouts(path: Path, points: list[tuple[int, int, int]], scale: float = 1.0) -> None:
    """Red circles with white numbers at (number, x, y), drawn onto the PNG by Pillow."""
    if not points:
        return
    from PIL import Image, ImageDraw, ImageFont

    with Image.open(path) as opened:
        img = opened.convert("RGB")
    draw = ImageDraw.Draw(img)
    r = round(11 * scale)
    font = ImageFont.load_default(size=round(15 * scale))
    for number, x0, y0 in points:
        x = min(max(round(x0 * scale), r + 1), img.width - r - 2)
        y = min(max(round(y0 * scale), r + 1), img.height - r - 2)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(211, 28, 36), outline=(255, 255, 255), width=max(2, r // 6))
        draw.text((x, y + 1), str(number), fill=(255, 255, 255), font=font, anchor="mm")
    img.save(path, optimize=True)


class Shots:
    """Saves pictures with their callouts and collects their manifest entries."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.images: dict[str, dict[str, object]] = {}

    def save(self, name: str, root: QWidget, marks: tuple[Mark, ...] = (), area: QWidget | None = None,
             pixmap: QPixmap | None = None, modules: set[str] | None = None, also: tuple[str, ...] = (),
             margin: int = 0, fit: bool = False) -> None:
        """Grab `root` (or only the region of its descendant `area`), draw the callouts at the
        widgets' positions, and note what the picture depends on. `pixmap`: an image painted
        by the caller (a menu over the window) of `root`'s region; `modules`: what it shows,
        when not the widgets' own modules; `also`: modules that write the texts of plain Qt
        widgets in the picture (the main window's status bar labels); `margin`: pixels of
        `root` around the region, room for the callouts of a thin strip; `fit`: the region ends
        below its lowest visible widget (a page with empty space under its content)."""
        from PySide6.QtCore import QPoint, QRect
        from PySide6.QtWidgets import QWidget

        from ui import screenshot_manifest

        origin = QPoint(0, 0) if area is None or area is root else area.mapTo(root, QPoint(0, 0))
        rect = QRect(origin, (area or root).size()).adjusted(-margin, -margin, margin, margin)
        rect = rect.intersected(QRect(QPoint(0, 0), root.size()))
        if fit:
            bottom = max((w.mapTo(root, QPoint(0, w.height())).y() for w in (area or root).findChildren(QWidget)
                          if w.isVisible()), default=rect.bottom())
            rect.setBottom(min(rect.bottom(), bottom + 10))
        shot = pixmap if pixmap is not None else root.grab(rect)
        path = self.out / name
        shot.save(str(path))
        points, callouts = [], []
        for number, widget, where in marks:
            if not widget.isVisible():
                raise LookupError(f"{name}: callout {number} points at a hidden widget {widget.objectName()!r}")
            top_left = (QPoint(0, 0) if widget is root else widget.mapTo(root, QPoint(0, 0))) - rect.topLeft()
            x, y = _anchor(top_left.x(), top_left.y(), widget.width(), widget.height(), where, 11, rect.width())
            points.append((number, x, y))
            text = getattr(widget, "text", None)
            label = text() if callable(text) else ""
            callouts.append({"number": number, "widget": widget.objectName() or type(widget).__name__,
                             "text": str(label)[:40]})
        draw_callouts(path, points, shot.devicePixelRatio())
        crop = area is not None and area is not root
        shown = modules if modules is not None else _shown_modules(
            root, (rect.x(), rect.y(), rect.width(), rect.height()), crop) | set(also)
        self.images[name] = screenshot_manifest.entry(path, shown, callouts)

    def write_manifest(self) -> Path:
        """Merged with the pictures of an earlier run that this run did not take (a shot
        skipped on this machine keeps its entry, and the test says when it is stale)."""
        from ui import screenshot_manifest

        images = screenshot_manifest.load() if self.out.resolve() == screenshot_manifest.IMG.resolve() else {}
        images.update(self.images)
        return screenshot_manifest.save(images, self.out)


def _child(root: QWidget, name: str) -> QWidget:
    from PySide6.QtWidgets import QWidget

    found = root.findChild(QWidget, name)
    if found is None:
        raise LookupError(f"no widget named {name!r} in {type(root).__name__}")
    return found


def _demo_db(base: Path) -> Backoffice:
    sys.path.insert(0, str(ROOT))
    from tests.conftest import make_backoffice
    from tests.ui.factories import make_applications, make_staff

    bo = make_backoffice(f"sqlite:///{base / 'demo.db'}", base)
    make_staff(bo, "r-tanaka", ["reviewer"], "田中 審査")
    make_applications(bo, 40, statuses=("ready_for_review", "needs_attention", "ready_for_review", "returned"),
                      procedures=("juminhyo-copy", "koseki-copy", "tax-certificate", "address-change"))
    make_applications(bo, 1, revisions=2, start=900, procedures=("koseki-copy",), pdf_pages=3)
    return bo


def _wait(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _until(cond: Callable[[], object], timeout_ms: int = 15000) -> None:
    waited = 0
    while not cond() and waited < timeout_ms:
        _wait(50)
        waited += 50
    if not cond():
        raise TimeoutError("the screen did not reach the expected state")


def _use_memory_keyring() -> None:
    """Issuing needs an OS credential store; a virtual screen has none. The tests' in-memory
    backend lives only in this screenshot process (the product never sets a keyring)."""
    import keyring

    sys.path.insert(0, str(ROOT))
    from tests.memkeyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())


def _page(win: MainWindow, cls: type[W]) -> W:
    for i in range(win.pages.count()):
        page = win.pages.widget(i)
        if isinstance(page, cls):
            return page
    raise LookupError(cls.__name__)


def _window(bo: Backoffice, code: str, workers: Workers, lang: str) -> MainWindow:
    from backoffice.administration import staff
    from backoffice.demo.generate import DEMO_PASSWORD
    from ui.main_window import MainWindow

    session = staff.login(bo.db, code, DEMO_PASSWORD, "screenshots")
    win = MainWindow(bo, session, workers, language=lang)
    win.resize(*WINDOW)
    win.show()
    return win


def _loaded(page: QWidget, refresh: Callable[[], object], workers: Workers, cond: Callable[[], object]) -> None:
    """Wait for a page chosen in the navigation to show its data. A page that does not load
    by itself is an application defect: said on the console, then reloaded here so the other
    pictures can still be taken."""
    try:
        _until(lambda: bool(cond()) and workers.idle, 5000)
    except TimeoutError:
        print(f"DEFECT: {type(page).__name__} did not load when chosen; reloaded by ui.screenshots")
        refresh()
        _until(lambda: bool(cond()) and workers.idle)


def _go(win: MainWindow, workers: Workers, names: tuple[str, ...]) -> bool:
    titles = {win.nav.item(r).text(): r for r in range(win.nav.count())}
    row = next((titles[n] for n in names if n in titles), None)
    if row is None:
        return False
    win.nav.setCurrentRow(row)
    _wait(300)
    _until(lambda: workers.idle)
    _wait(700)
    return True
