"""The staff manual inside the application (issue 16 item 6): F1 opens docs/manual-ja.md,
rendered by Qt from its Markdown with its screenshots, at the section of the page on screen.

Where the manual is found (`manual_file()`): `resource_path("manual", "manual-ja.md")` first
(the PyInstaller build bundles the manual and the pictures it shows there, see
build_installer.py; a city may put its own edited copy in the local resources folder), else
docs/ of a source checkout. Nothing is fetched from a network: the manual is a file beside
the program. There is no English staff manual (docs/admin-guide-en.md is for administrators),
so the English UI shows the Japanese manual with a note saying so.

`SECTIONS` maps a page (its class name) to the start of its heading in the manual; a heading
that no longer exists opens the manual at its top (tests/ui/test_help_language.py checks every
entry against the manual)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QKeySequence,
    QShortcut,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backoffice.accounts.permissions import Actor
from backoffice.platform.resources import resource_path

from .named import named

log = logging.getLogger(__name__)

MANUAL_NAME = "manual-ja.md"
SOURCE_DOCS = Path(__file__).resolve().parents[1] / "docs"
MAX_IMAGE_WIDTH = 860  # screenshots are 1280 px wide: shown smaller, never wider than the text

# page class -> the start of its heading in docs/manual-ja.md (pages without one: the top)
SECTIONS: dict[str, str] = {
    "QueuePage": "3.1 審査する申請を選ぶ",
    "ApplicationPage": "3.4 申請の内容と書類を見る",
    "CounterEntryPage": "2.7 窓口で申請を受け付ける",
    "CounterPage": "2.1 窓口で申請を探して交付する",
    "IssuedPage": "4.1 証明書・通知書を発行する",
    "VerifyPage": "2.5 提示された証明書を確認する",
    "AppointmentsPage": "2.3 窓口予約",
    "DashboardPage": "5.2 進捗管理",
    "FiguresPage": "5.10 業務指標",
    "InquiriesPage": "2.6 問い合わせに対応する",
    "PortalContentPage": "5.9 よくある質問・お知らせの掲載",
    "PaymentsPage": "2.4 窓口での手数料の収納",
    "ExportPage": "5.6 基幹系出力",
    "QuarantinePage": "5.5 隔離の対応",
    "AuditPage": "5.4 毎日の監査ログの確認",
    "SettingsPage": "1.6 設定",
    "CountersPage": "5.11 窓口の受付時間・席数と休止日",
    "LockPage": "1.3 席を離れるとき",
}
# supervisors reconcile settlement files on 収納管理: their chapter, not the counter's
SUPERVISOR_PAYMENTS = "5.7 収納管理"


def manual_file() -> Path | None:
    """The manual to show: the bundled (or the city's) resource, else the source checkout's docs/."""
    for path in (resource_path("manual", MANUAL_NAME), SOURCE_DOCS / MANUAL_NAME):
        if path.is_file():
            return path
    return None


def section_for(page: QWidget | None, actor: Actor | None = None) -> str | None:
    """The heading (its start) that explains `page`, or None for the manual's top."""
    if page is None:
        return None
    name = type(page).__name__
    if name == "PaymentsPage" and actor is not None and actor.has("payment.reconcile"):
        return SUPERVISOR_PAYMENTS
    return SECTIONS.get(name)


_PICTURE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
_CJK = "\u3000-\u30ff\u3400-\u9fff\uff00-\uffef"
# a line break between two Japanese characters: Markdown would show it as a space
_SOFT_BREAK = re.compile(rf"(?<=[{_CJK}])\n[ \t]*(?=[{_CJK}])")


def readable_markdown(text: str) -> str:
    """The manual's Markdown with its hard-wrapped Japanese lines joined (outside code blocks),
    so Qt does not put a space in the middle of a Japanese sentence."""
    parts = re.split(r"(^```.*?^```[^\n]*$)", text, flags=re.S | re.M)
    return "".join(p if p.startswith("```") else _SOFT_BREAK.sub("", p) for p in parts)


def slug(heading: str) -> str:
    """GitHub's anchor for a heading (links such as `#16-設定` inside the manual)."""
    s = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return s.replace(" ", "-")


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    position: int  # of its block in the document


class ManualWindow(QWidget):
    """The manual in a window of its own: contents on the left, the text with its pictures,
    a find box (Ctrl+F, Enter finds the next, Shift+Enter the previous); Esc closes it."""

    def __init__(self, parent: QWidget | None = None, path: Path | None = None, language: str = "ja") -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("manualWindow")
        self.setWindowTitle(QCoreApplication.translate("Manual", "Staff manual"))
        self.path = path if path is not None else manual_file()
        self.note = named(QLabel(QCoreApplication.translate("Manual",
            "The staff manual is written in Japanese; the screen names it quotes are those of the "
            "Japanese display. Administrators have an English guide (admin-guide-en).")), "manualNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("background: #fff8e1; padding: 4px")
        self.note.setVisible(language != "ja")
        self.find_box = named(QLineEdit(), "manualFind")
        self.find_box.setPlaceholderText(QCoreApplication.translate("Manual", "Find in the manual (Ctrl+F)"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.returnPressed.connect(lambda: self.find_next(backward=False))
        QShortcut(QKeySequence("Ctrl+F"), self).activated.connect(self._focus_find)
        QShortcut(QKeySequence("Escape"), self).activated.connect(self.close)
        back = QShortcut(QKeySequence("Shift+Return"), self.find_box)
        back.setContext(Qt.ShortcutContext.WidgetShortcut)
        back.activated.connect(lambda: self.find_next(backward=True))
        self.status = named(QLabel(), "manualStatus")
        self.contents = named(QTreeWidget(), "manualContents")
        self.contents.setHeaderHidden(True)
        self.contents.itemActivated.connect(self._contents_chosen)
        self.contents.itemClicked.connect(self._contents_chosen)
        self.browser = named(QTextBrowser(), "manualText")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        self.headings: list[Heading] = []
        split = QSplitter()
        split.addWidget(self.contents)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 900])
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("Manual", "Find")))
        top.addWidget(self.find_box, 1)
        top.addWidget(self.status)
        lay = QVBoxLayout(self)
        lay.addWidget(self.note)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        self.resize(1180, 820)
        self.load()

    # -- loading -----------------------------------------------------------------------
    def load(self) -> bool:
        if self.path is None:
            self.browser.setPlainText(QCoreApplication.translate("Manual",
                "The staff manual is not installed on this computer. Ask the administrator to "
                "reinstall the application, or read the printed manual."))
            return False
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeError) as exc:
            log.warning("cannot read the manual %s: %s", self.path, exc)
            self.browser.setPlainText(QCoreApplication.translate(
                "Manual", "The staff manual could not be read. Ask the administrator."))
            return False
        folder = str(self.path.parent)
        self.browser.setSearchPaths([folder])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(folder + "/"))
        self.browser.setMarkdown(readable_markdown(text))  # (this clears the document's resources)
        self._fit_images(text)
        self._read_headings()
        return True

    def _fit_images(self, text: str) -> None:
        """Screenshots wider than MAX_IMAGE_WIDTH are shown at that width, scaled smoothly once
        here (the layout would scale them pixel by pixel, and the small text in them breaks up)."""
        assert self.path is not None
        doc = self.browser.document()
        for name in sorted(set(_PICTURE.findall(text))):
            image = QImage(str(self.path.parent / name))
            if image.width() > MAX_IMAGE_WIDTH:
                doc.addResource(QTextDocument.ResourceType.ImageResource, doc.baseUrl().resolved(QUrl(name)), image.scaledToWidth(
                    MAX_IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation))
        doc.markContentsDirty(0, doc.characterCount())  # laid out again with the smaller pictures

    def _read_headings(self) -> None:
        self.headings = []
        self.contents.clear()
        chapter: QTreeWidgetItem | None = None
        block = self.browser.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level:
                heading = Heading(level, block.text().strip(), block.position())
                self.headings.append(heading)
                if level in (2, 3):
                    item = QTreeWidgetItem([heading.text])
                    item.setToolTip(0, heading.text)  # long titles are elided in the narrow tree
                    item.setData(0, Qt.ItemDataRole.UserRole, block.position())
                    if level == 2 or chapter is None:
                        self.contents.addTopLevelItem(item)
                        chapter = item
                    else:
                        chapter.addChild(item)
            block = block.next()

    # -- moving around -----------------------------------------------------------------
    def heading(self, start: str) -> Heading | None:
        return next((h for h in self.headings if h.text.startswith(start)), None)

    def show_section(self, start: str | None) -> bool:
        """Scroll so that the heading beginning with `start` is at the top (None: the manual's
        top). False when there is no such heading (the manual is shown from its top)."""
        heading = self.heading(start) if start else None
        self._scroll_to(heading.position if heading else 0)
        if heading is not None:
            self._select_in_contents(heading.position)
        return heading is not None or not start

    def _scroll_to(self, position: int) -> None:
        block = self.browser.document().findBlock(position)
        cursor = QTextCursor(block)
        self.browser.setTextCursor(cursor)

        def scroll() -> None:
            layout = self.browser.document().documentLayout()
            self.browser.verticalScrollBar().setValue(int(layout.blockBoundingRect(block).top()))

        scroll()
        QTimer.singleShot(0, scroll)  # once the window is laid out at its real width

    def current_heading(self) -> Heading | None:
        """The heading of the section at the top of the view."""
        doc = self.browser.document()
        layout, top = doc.documentLayout(), self.browser.verticalScrollBar().value()
        before = [h for h in self.headings
                  if layout.blockBoundingRect(doc.findBlock(h.position)).top() <= top + 4]
        return before[-1] if before else None

    def _select_in_contents(self, position: int) -> None:
        items = self.contents.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
        for item in items:
            if item.data(0, Qt.ItemDataRole.UserRole) == position:
                self.contents.setCurrentItem(item)
                return

    def _contents_chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self._scroll_to(int(item.data(0, Qt.ItemDataRole.UserRole)))

    def _focus_find(self) -> None:
        self.find_box.setFocus()
        self.find_box.selectAll()

    def find_next(self, backward: bool = False) -> bool:
        text = self.find_box.text().strip()
        if not text:
            self.status.setText("")
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.browser.find(text, flags)
        if not found:  # wrap around once
            cursor = self.browser.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, flags)
        self.status.setText("" if found else QCoreApplication.translate("Manual", "Not found"))
        return found

    def _link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        fragment = url.fragment()
        if fragment and not url.path():
            for h in self.headings:
                if slug(h.text) == fragment:
                    self._scroll_to(h.position)
                    return
        self.status.setText(QCoreApplication.translate("Manual", "That document is not part of the manual in the application; ask the administrator."))


def open_manual(window: ManualWindow | None, parent: QWidget, section: str | None,
                language: str = "ja") -> ManualWindow:
    """Show the manual (one window per main window, reused) at `section`."""
    if window is None:
        window = ManualWindow(parent, language=language)
    window.show()
    window.raise_()
    window.activateWindow()
    window.show_section(section)
    return window

