"""The database goes away while a reviewer is deciding (hardening issue: "the desktop
application says so, keeps the user's unsaved decision text, and retries — nothing lost,
nothing done twice").

A real SQLite database made unreachable the honest way: with no connection open (pool
disposed), its folder is moved away, so the next connection fails with OperationalError
("unable to open database file"); moving it back is the network coming back. (Tests run
as root, where chmod 000 would not stop anyone.) The second test loses the answer to a
COMMIT that did go through, which is the case that must not be decided twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event, func, select
from sqlalchemy.exc import OperationalError

from backoffice.db.models import ApplicationEvent, Notice
from tests.conftest import make_backoffice
from tests.ui.conftest import wait_idle
from tests.ui.factories import make_applications, make_staff
from ui.pages.application_page import ApplicationPage

REASON = "添付の本人確認書類が不鮮明です。鮮明な画像で再提出してください。"


@pytest.fixture
def env(tmp_path):
    folder = tmp_path / "dbfolder"
    bo = make_backoffice(f"sqlite:///{folder / 'outage.db'}", tmp_path)
    rev = make_staff(bo, "rev1", ["reviewer"])
    made = make_applications(bo, 2)
    yield bo, rev, made, folder
    away = folder.with_name("dbfolder.away")
    if away.exists():
        away.rename(folder)
    bo.close()


def _page(qtbot, bo, rev, workers, pk):
    page = ApplicationPage(bo, rev, workers)
    page.backoff = (0.3, 0.5, 1.0)   # instead of 2, 5, 10, 30 s
    page.monitor.timer.setInterval(200)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.application_loaded, timeout=10000):
        page.open(pk)
    assert page.claimed
    wait_idle(qtbot, workers)
    return page


def _count(bo, model, *where):
    with bo.db.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def _cut(bo, folder: Path) -> Path:
    bo.db.dispose()  # no open connection may keep the old file
    away = folder.with_name("dbfolder.away")
    folder.rename(away)
    return away


def test_outage_keeps_the_text_and_retries_once(qtbot, env, workers):
    bo, rev, made, folder = env
    pk = made[0].pk
    page = _page(qtbot, bo, rev, workers, pk)
    dec = page.decision
    dec.reason.setFocus()
    dec.reason.insertPlainText(REASON)  # Japanese arrives from the input method, not as key clicks
    lost, restored = [], []
    page.monitor.connection_lost.connect(lost.append)
    page.monitor.connection_restored.connect(lambda: restored.append(True))

    away = _cut(bo, folder)
    qtbot.mouseClick(dec.return_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.pending is not None and page.pending.failures >= 2, timeout=10000)
    assert "Cannot reach the database. Your input is kept." in page.banner.text()
    assert page.stop_button.isVisible() and not dec.isEnabled()
    assert dec.reason.toPlainText() == REASON          # nothing typed is lost
    assert lost and not page.monitor.online and page.monitor.timer.isActive()
    assert page.grab().save(str(folder.parent / "outage.png"))

    away.rename(folder)  # the connection comes back; the pending return goes through
    with qtbot.waitSignal(page.decision_recorded, timeout=15000) as rec:
        pass
    assert rec.args == [pk, "returned"]
    qtbot.waitUntil(lambda: page.current is not None and page.current.status == "returned", timeout=10000)
    wait_idle(qtbot, workers)
    assert restored and page.monitor.online and page.pending is None and not page.stop_button.isVisible()
    assert _count(bo, ApplicationEvent, ApplicationEvent.application_pk == pk, ApplicationEvent.action == "return") == 1
    assert _count(bo, Notice, Notice.application_pk == pk, Notice.event == "returned_for_correction") == 1
    with bo.db.read() as s:
        assert s.scalar(select(Notice.reason).where(Notice.application_pk == pk,
                                                    Notice.event == "returned_for_correction")) == REASON


def test_lost_answer_to_a_commit_is_not_decided_twice(qtbot, env, workers):
    bo, rev, made, _folder = env
    pk = made[1].pk
    page = _page(qtbot, bo, rev, workers, pk)
    fired = []

    def drop_after_commit(_session):  # COMMIT went through; the answer never arrives
        if not fired:
            fired.append(True)
            raise OperationalError("COMMIT", {}, Exception("server closed the connection unexpectedly"))

    event.listen(bo.db._write, "after_commit", drop_after_commit)
    try:
        with qtbot.waitSignal(page.decision_recorded, timeout=15000) as rec:
            qtbot.mouseClick(page.decision.approve_button, Qt.MouseButton.LeftButton)
    finally:
        event.remove(bo.db._write, "after_commit", drop_after_commit)
    assert fired and rec.args == [pk, "approved"]
    wait_idle(qtbot, workers)
    assert _count(bo, ApplicationEvent, ApplicationEvent.application_pk == pk, ApplicationEvent.action == "approve") == 1
    assert _count(bo, Notice, Notice.application_pk == pk, Notice.event == "approved") == 1


def test_stop_retrying_keeps_the_text_and_does_nothing(qtbot, env, workers):
    bo, rev, made, folder = env
    pk = made[0].pk
    page = _page(qtbot, bo, rev, workers, pk)
    page.decision.comment.setFocus()
    page.decision.comment.insert("電話で本人に確認済み")
    away = _cut(bo, folder)
    qtbot.keyClick(page.decision.comment, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.stop_button.isVisible(), timeout=10000)
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.pending is None, timeout=10000)
    assert "Not recorded" in page.banner.text()
    assert page.decision.isEnabled() and page.decision.comment.text() == "電話で本人に確認済み"
    away.rename(folder)
    qtbot.wait(1500)  # longer than the back-off: nothing may be sent by itself
    wait_idle(qtbot, workers)
    from backoffice.db.models import Comment

    assert _count(bo, Comment, Comment.application_pk == pk) == 0
