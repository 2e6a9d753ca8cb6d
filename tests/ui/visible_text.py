"""Every text a member of staff can read in a window — labels, buttons, titles, combo box
items, list and table cells (DisplayRole) with their headers, chart titles and axis labels,
menus and the status bar — and the patterns that must never be among them: raw codes
(snake_case, dotted action names, procedure codes), ISO timestamps and, in the Japanese
UI, English words."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

ISO_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d")
SNAKE = re.compile(r"(?<![\w.-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w-])")
DOTTED = re.compile(r"(?<![\w.])[a-z]{3,}\.[a-z_]{3,}(?![\w.])")
# Data that is ASCII by nature: e-mail addresses, file names and paths, hex digests, URLs.
_DATA = re.compile(r"\S+@\S+|https?://\S+|(?:[A-Za-z]:)?[\\/][^\s、。）)]*|[\w.-]+\.(?:pdf|csv|json|png|jpe?g|tiff?|"
                   r"xlsx|db|toml|pem|zip)\b|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b[0-9a-f]{8,}\b",
                   re.IGNORECASE)
# A word with three lowercase letters in a row: English (or romaji code) in the Japanese UI.
ENGLISH_WORD = re.compile(r"[A-Za-z]*[a-z]{3,}[A-Za-z]*")
# Key names in shortcut hints, product names Japanese text writes in Latin letters, and the
# language menu's own name for English.
_KEYS = re.compile(r"\b(?:Windows|JavaScript|Excel|English|Ctrl|Shift|Alt|Enter|Return|Tab|Esc|Space|Delete|Backspace|Home|End|"
                   r"PgUp|PgDown|Left|Right|Up|Down)\b")
# Texts that are identifiers by nature, shown as such: the signing key id on the verify
# page and workstation (host) names in the audit table's column 3.
DATA_WIDGETS = re.compile(r"verifyFact_kid|QTableView#auditTable \[\d+,3\]")


# Rich-text tags only: "<defaults>" is text a person reads.
_TAGS = re.compile(r"</?(?:b|i|u|s|p|br|a|span|small|big|font|h[1-6]|ul|ol|li|table|tr|td|th|div|img|hr|code)\b[^>]*>",
                   re.IGNORECASE)


@dataclass(frozen=True)
class Seen:
    where: str
    text: str


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a QAbstractListModel keeps columnCount private: one column
        return 1


def _has_children(model: QAbstractItemModel, ix: QModelIndex) -> bool:
    try:
        return model.hasChildren(ix)
    except TypeError:  # list models: flat
        return False


def _model_texts(model: QAbstractItemModel, where: str, parent: QModelIndex = QModelIndex(),  # noqa: B008
                 limit: int = 300) -> Iterator[Seen]:
    if not parent.isValid():
        for c in range(_columns(model, parent)):
            h = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if h is not None:
                yield Seen(f"{where} header {c}", str(h))
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    for r in range(min(model.rowCount(parent), limit)):
        for c in range(_columns(model, parent)):
            ix = model.index(r, c, parent)
            value = model.data(ix, Qt.ItemDataRole.DisplayRole)
            if value is not None and not isinstance(value, int | float):
                yield Seen(f"{where} [{r},{c}]", str(value))
            if c == 0 and _has_children(model, ix):
                yield from _model_texts(model, f"{where} [{r}]>", ix, limit)


def _charts(view: QChartView, where: str) -> Iterator[Seen]:
    chart = view.chart()
    if chart is None:
        return
    yield Seen(f"{where} title", chart.title())
    for axis in chart.axes():
        if isinstance(axis, QBarCategoryAxis):
            for cat in axis.categories():
                yield Seen(f"{where} axis", cat)
        yield Seen(f"{where} axis title", axis.titleText())
    for series in chart.series():
        yield Seen(f"{where} series", series.name())


def _name(w: QWidget) -> str:
    return f"{type(w).__name__}#{w.objectName() or '?'}"


def widget_texts(root: QWidget) -> list[Seen]:
    """The texts of root and every descendant a person can see now."""
    out: list[Seen] = []
    widgets: Iterable[QWidget] = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, QMenu):
            continue  # menus: from the menu bar below
        n = _name(w)
        if isinstance(w, QLabel):
            out.append(Seen(n, _TAGS.sub("", w.text())))
        elif isinstance(w, QAbstractButton):
            out.append(Seen(n, w.text()))
        elif isinstance(w, QGroupBox):
            out.append(Seen(n, w.title()))
        elif isinstance(w, QTabWidget):
            out.extend(Seen(n, w.tabText(i)) for i in range(w.count()))
        elif isinstance(w, QComboBox):
            out.extend(Seen(n, w.itemText(i)) for i in range(w.count()))
        elif isinstance(w, QLineEdit):
            out.extend((Seen(n, w.text()), Seen(f"{n} placeholder", w.placeholderText())))
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            out.append(Seen(n, w.toPlainText()))
            out.append(Seen(f"{n} placeholder", w.placeholderText()))
        elif isinstance(w, QChartView):
            out.extend(_charts(w, n))
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model() is not None:
            out.extend(_model_texts(w.model(), n))
    if isinstance(root, QMainWindow):
        out.append(Seen("window title", root.windowTitle()))
        out.append(Seen("status bar", root.statusBar().currentMessage()))
        for action in root.menuBar().actions():
            out.append(Seen("menu", action.text()))
            if action.menu() is not None:
                out.extend(Seen(f"menu {action.text()}", a.text()) for a in action.menu().actions())
    return [s for s in out if s.text and s.text.strip()]


def problems(seen: Iterable[Seen], codes: Iterable[str], japanese: bool) -> list[str]:
    """Each text that shows a raw code, an ISO timestamp or (japanese) an English word."""
    alternatives = "|".join(re.escape(c) for c in codes) or r"(?!x)x"
    code_re = re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])")
    found: list[str] = []
    for s in seen:
        text = s.text
        why = []
        if ISO_TIMESTAMP.search(text):
            why.append("ISO timestamp")
        plain = _DATA.sub(" ", text)
        if m := SNAKE.search(plain):
            why.append(f"code {m.group()!r}")
        if m := DOTTED.search(plain):
            why.append(f"action {m.group()!r}")
        if m := code_re.search(plain):
            why.append(f"procedure code {m.group()!r}")
        if japanese and not DATA_WIDGETS.search(s.where) \
                and (m := ENGLISH_WORD.search(_KEYS.sub(" ", plain))):
            why.append(f"English {m.group()!r}")
        if why:
            found.append(f"{s.where}: {text[:120]!r} ({', '.join(why)})")
    return found
