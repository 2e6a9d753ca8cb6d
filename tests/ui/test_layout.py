"""Layout at the default window size (MainWindow's own 1400x860): whole application ids and
dates in the tables, 要確認事項 on screen, no date broken over lines, a login error that
never breaks inside a word, and a queue search that says where an id is."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialogButtonBox, QTableView
from sqlalchemy import func, select

from backoffice.administration import staff
from backoffice.db.models import Application, AuditEntry
from tests.ui.conftest import wait_idle
from tests.ui.factories import PASSWORD, make_applications, make_staff
from ui import labels
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.models.queue_model import QueueModel

ID_OR_DATE = re.compile(r"OSK-\d{4}-\d+|\d{4}-\d{2}-\d{2}|\d{4}/\d{2}/\d{2}|\d+年\d+月\d+日")


@pytest.fixture(autouse=True, params=["ja", "en"])
def language(request, qapp):
    """As staff see it: the catalogs and the CJK font the application picks."""
    from ui import i18n
    from ui.app import use_cjk_font
    from ui.build_translations import build

    build()
    font = qapp.font()
    translation = i18n.Translation(qapp)
    translation.install(request.param)
    use_cjk_font(qapp)
    yield request.param
    translation.install("en")
    qapp.setFont(font)


def _window(qtbot, bo, workers, code: str) -> MainWindow:
    session = staff.login(bo.db, code, PASSWORD, "ws-test")
    win = MainWindow(bo, session, workers, start_sync=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert (win.width(), win.height()) == (1400, 860)  # the default size under test
    return win


def _cells_cut(table: QTableView) -> list[str]:
    """Ids and dates that do not fit their column (they would show as 「OSK-2026-0…」)."""
    model, cut = table.model(), []
    for col in range(model.columnCount()):
        texts = [str(model.index(r, col).data() or "") for r in range(model.rowCount())]
        if any(ID_OR_DATE.search(t) for t in texts) and table.columnWidth(col) < table.sizeHintForColumn(col):
            cut.append(f"{table.objectName()} column {col}: {table.columnWidth(col)} px < "
                       f"{table.sizeHintForColumn(col)} px for {texts[0]!r}")
    return cut


@pytest.fixture
def desk(ui_bo):
    """Approved applications to issue and ready ones to search, for a counter clerk."""
    make_staff(ui_bo, "desk1", ["counter"], "窓口 三郎")
    make_applications(ui_bo, 4, statuses=("approved",))
    make_applications(ui_bo, 4, statuses=("ready_for_review",), start=100)
    return ui_bo


def test_ids_and_dates_whole_on_issue_and_counter_pages(qtbot, desk, workers):
    win = _window(qtbot, desk, workers, "desk1")
    pages = {type(win.pages.widget(i)).__name__: win.pages.widget(i) for i in range(win.pages.count())}
    issued, counter = pages["IssuedPage"], pages["CounterPage"]
    win.show_page(issued)
    qtbot.waitUntil(lambda: issued.issue_model.rowCount() == 4, timeout=10000)
    win.show_page(counter)
    counter.search_edit.setText("OSK-2026")
    counter.search("OSK-2026")
    qtbot.waitUntil(lambda: counter.model.rowCount() == 8, timeout=10000)
    wait_idle(qtbot, workers)
    qtbot.wait(50)  # the columns are fitted on the next turn of the event loop
    tables = [issued.issue_table, counter.table]
    assert [c for t in tables for c in _cells_cut(t)] == []
    assert not any(t.wordWrap() for t in tables)  # a narrow date is elided, never broken mid-number


@pytest.mark.parametrize("language", ["ja"], indirect=True)  # English labels are longer: it scrolls
def test_attention_column_on_screen_in_the_queue(qtbot, filled, workers, language):
    win = _window(qtbot, filled, workers, "rev1")
    queue = win.queue_page
    assert queue is not None
    qtbot.waitUntil(lambda: queue.model.rowCount() > 0, timeout=10000)
    table, header = queue.table, queue.table.horizontalHeader()
    title = str(queue.model.headerData(QueueModel.COL_ATTENTION, header.orientation()))
    visible = table.viewport().width()
    right = header.sectionViewportPosition(QueueModel.COL_ATTENTION) + table.fontMetrics().horizontalAdvance(title)
    assert right <= visible, f"要確認事項 starts beyond the screen ({right} > {visible} px)"
    assert header.length() <= visible, "a horizontal scroll bar hides columns"
    assert _cells_cut(table) == []


def _failed_login(qtbot, dlg, code: str, password: str) -> None:
    dlg.code.setText(code)
    dlg.password.setText(password)
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dlg.buttons.isEnabled(), timeout=15000)


def test_login_error_never_breaks_inside_a_word(qtbot, ui_bo, people, workers, language):
    dlg = LoginDialog(ui_bo, workers)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    _failed_login(qtbot, dlg, "rev1", "not the password")
    text = dlg.message.text()
    assert text and text not in ("Checking…", "確認中…")
    assert not dlg.message.wordWrap()  # Qt's wrap breaks Japanese between any two characters
    room = dlg.message.contentsRect().width()
    fm = dlg.message.fontMetrics()
    assert [line for line in text.split("\n") if fm.horizontalAdvance(line) > room] == []


def _searches(bo) -> int:
    with bo.db.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "application.search"))


def test_queue_search_runs_on_enter_and_says_where_an_id_is(qtbot, filled, workers, language):
    win = _window(qtbot, filled, workers, "rev1")
    queue = win.queue_page
    assert queue is not None and queue.current_def().key == "status:ready_for_review"
    qtbot.waitUntil(lambda: queue.model.rowCount() > 0 and queue.model.exhausted, timeout=10000)
    wait_idle(qtbot, workers)
    shown = queue.model.rowCount()
    with filled.db.read() as s:  # an application that waits in 要確認, not in 審査待ち
        target = s.scalars(select(Application).where(Application.status == "needs_attention")).first()
    before = _searches(filled)
    qtbot.keyClicks(queue.search, target.application_id)
    wait_idle(qtbot, workers)
    assert _searches(filled) == before and queue.model.rowCount() == shown  # typing alone searches nothing
    qtbot.keyClick(queue.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "<a href" in queue.status.text(), timeout=10000)
    assert queue.model.rowCount() == 0
    assert labels.status_label("needs_attention") in queue.status.text()  # where it is
    queue.status.linkActivated.emit("all")  # 「すべてで表示」
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1, timeout=10000)
    assert queue.current_def().key == "all" and queue.model.row_at(0).application_id == target.application_id
    queue.search.clear()  # the clear button: the whole queue again, without Enter
    qtbot.waitUntil(lambda: queue.model.rowCount() > 1, timeout=10000)
    wait_idle(qtbot, workers)


DATE_OR_TIME = re.compile(r"(?:令和|平成|昭和|大正)?\d+年\d{1,2}月\d{1,2}日|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}")


def _dates_split(doc: QTextDocument) -> list[str]:
    """Dates and times of the document that a line break cuts in two."""
    split = []
    block = doc.begin()
    while block.isValid():
        text, layout = block.text(), block.layout()
        kept = [(i, ch) for i, ch in enumerate(text) if ch != "\u2060"]  # word joiners are invisible
        clean = "".join(ch for _i, ch in kept)
        for m in DATE_OR_TIME.finditer(clean):
            first, last = kept[m.start()][0], kept[m.end() - 1][0]
            if layout.lineForTextPosition(first).lineNumber() != layout.lineForTextPosition(last).lineNumber():
                split.append(m.group())
        block = block.next()
    return split


@pytest.mark.parametrize("language", ["ja"], indirect=True)
def test_dates_on_the_application_screen_never_break_mid_number(qtbot, filled, workers, language):
    win = _window(qtbot, filled, workers, "rev1")
    page = win.application_page
    with filled.db.read() as s:
        pk = s.scalars(select(Application.id).where(Application.revision == 2)).first()
    win.open_application(pk)
    qtbot.waitUntil(lambda: page.current is not None, timeout=10000)
    wait_idle(qtbot, workers)
    shown = page.detail_view.browser.document()
    assert _dates_split(shown) == []  # as laid out at the default window size
    for width in range(240, 720, 6):  # and at any width the splitter may give it
        doc = shown.clone()
        doc.setTextWidth(width)
        doc.size()  # lays it out
        assert _dates_split(doc) == [], f"at {width} px"


@pytest.mark.parametrize("language", ["ja"], indirect=True)
def test_who_holds_what_fits_on_the_dashboard(qtbot, filled, workers, language):
    from backoffice.casework import review
    from ui.pages.dashboard_page import DashboardPage

    with filled.db.read() as s:
        pk = s.scalars(select(Application.id).where(Application.status == "ready_for_review")).first()
    sup = staff.login(filled.db, "sup1", PASSWORD, "ws-test").actor
    review.claim(filled, sup, pk)
    win = _window(qtbot, filled, workers, "sup1")
    dashboard = next(win.pages.widget(i) for i in range(win.pages.count())
                     if isinstance(win.pages.widget(i), DashboardPage))
    win.show_page(dashboard)
    claims = dashboard.workload.table
    qtbot.waitUntil(lambda: claims.model().rowCount() == 1, timeout=10000)
    wait_idle(qtbot, workers)
    qtbot.wait(50)
    assert _cells_cut(claims) == []
    assert claims.horizontalHeader().length() <= claims.viewport().width(), "the lease time is off to the right"
    target = dashboard.workload.target  # 引き継ぐ相手: whole names, not 「審査 花·」
    qtbot.waitUntil(lambda: target.count() > 0, timeout=10000)
    widest = max(target.fontMetrics().horizontalAdvance(target.itemText(i)) for i in range(target.count()))
    assert widest + 20 <= target.width(), (widest, target.width())


def test_audit_times_whole(qtbot, filled, workers, language):
    from ui.pages.audit_page import AuditPage

    win = _window(qtbot, filled, workers, "sup1")  # the login itself is an audit entry
    audit = next(win.pages.widget(i) for i in range(win.pages.count())
                 if isinstance(win.pages.widget(i), AuditPage))
    win.show_page(audit)
    audit.search()
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0, timeout=10000)
    wait_idle(qtbot, workers)
    assert _cells_cut(audit.table) == []
