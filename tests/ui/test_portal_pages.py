"""The inquiry queue and the FAQ editor driven like a person (pytest-qt): search, pick an
inquiry, take it, write a note and an answer with the keyboard, close it; enter a phone
inquiry; write, preview, publish, change and withdraw an FAQ entry and an announcement.
What was published is read back from the database (faq/1, inquiry_answer/1 rows)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from sqlalchemy import select

from backoffice.db.models_portal import OutboxMessage
from tests.intake.conftest import env_sqlite, outbox_keyring  # noqa: F401 - fixtures
from tests.portal.conftest import inquiry, put_inquiry
from tests.ui.factories import make_staff
from ui.pages.inquiries_page import InquiriesPage
from ui.pages.portal_content_page import PortalContentPage


def _published(bo, schema: str) -> list[dict]:
    with bo.db.read() as s:
        return [json.loads(p) for p in s.scalars(select(OutboxMessage.payload).where(OutboxMessage.schema == schema)
                                                 .order_by(OutboxMessage.id))]


def test_inquiry_queue_like_a_person(qtbot, workers, env_sqlite):  # noqa: F811 - the fixture
    env = env_sqlite
    first = put_inquiry(env, inquiry(name="山田 花子", name_kana="ヤマダ ハナコ"))
    put_inquiry(env, inquiry(name="佐藤 一郎", name_kana="サトウ イチロウ", procedure="tax-certificate"))
    env.sync()
    sup = make_staff(env.bo, "s1", ["supervisor"], "決裁 花子")
    page = InquiriesPage(env.bo, sup, workers)
    qtbot.addWidget(page)
    page.show()
    page.refresh()  # what choosing the page in the main window does
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=5000)
    assert not page.answer_button.isEnabled()  # nothing chosen yet

    # Ctrl+F, type a name in hiragana, Enter: one row
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    page.search.insert("やまだ")  # typed (QTest cannot type kana; an IME would)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.current is not None and page.current.inquiry_id == first, timeout=5000)
    assert "住民票の写しは何日で届きますか。" in page.detail.toPlainText()

    qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.current is not None and page.current.status == "assigned", timeout=5000)
    page.answer_box.insertPlainText("前にも同じ質問あり")
    qtbot.mouseClick(page.note_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.current is not None and len(page.current.entries) == 1, timeout=5000)
    shown = page.detail.toPlainText()  # who took it and wrote the note: by name, not by code
    assert shown.count("決裁 花子") == 2 and "s1" not in shown, shown
    # a template, edited, then sent with Ctrl+Return
    page.templates.activated.emit(1)
    assert page.answer_box.toPlainText()
    page.answer_box.setFocus()
    qtbot.keyClick(page.answer_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.current is not None and page.current.status == "answered", timeout=5000)
    assert [a["inquiry_id"] for a in _published(env.bo, "inquiry_answer/1")] == [first]
    assert "Answer sent" in page.summary.text()
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)  # answered: no reason asked
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=5000)  # "open" hides closed ones

    # a phone inquiry entered by hand
    page.search.clear()
    page.enter_dialog({"channel": "phone", "name": "田中 三郎", "name_kana": "タナカ サブロウ",
                       "text": "窓口は何時までですか。", "category": "窓口"})
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=5000)
    page.status.setCurrentIndex(page.status.findData("*"))
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=5000)


def test_faq_editor_like_a_person(qtbot, workers, env_sqlite):  # noqa: F811 - the fixture
    env = env_sqlite
    sup = make_staff(env.bo, "s2", ["supervisor"])
    page = PortalContentPage(env.bo, sup, workers)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()  # shortcuts reach only the active window
    qtbot.waitUntil(page.isActiveWindow, timeout=5000)
    page.refresh()
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # new entry
    page.category.insert("証明書")
    page.procedure.setCurrentIndex(page.procedure.findData("juminhyo-copy"))
    page.question.insertPlainText("手数料はいくらですか。")
    page.answer.insertPlainText("1通300円です。")
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert "1通300円です。" in page.faq_preview.toPlainText()
    assert _published(env.bo, "faq/1") == []  # a preview publishes nothing
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.faq_table.rowCount() == 1, timeout=5000)
    assert _published(env.bo, "faq/1")[0]["version"] == 1
    page.answer.setPlainText("1通300円です（郵送は別途切手代）。")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_published(env.bo, "faq/1")) == 2, timeout=5000)
    page.faq_table.selectRow(0)
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_published(env.bo, "faq/1")) == 3, timeout=5000)
    assert [(m["version"], m["withdrawn"]) for m in _published(env.bo, "faq/1")] == [
        (1, False), (2, False), (3, True)]
    qtbot.waitUntil(lambda: not page.withdraw_button.isEnabled(), timeout=5000)

    page.tabs.setCurrentIndex(1)  # announcements
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page.title.insert("年末年始の窓口休止")
    page.body.insertPlainText("12月29日から1月3日まで休止します。")
    page.ann_procedures.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.ann_table.rowCount() == 1, timeout=5000)
    published = _published(env.bo, "announcement/1")
    assert published[0]["title"] == "年末年始の窓口休止" and published[0]["procedures"] == [
        env.bo.catalog.codes()[0]]


def test_dashboard_shows_unacknowledged_messages_red_past_the_limit(qtbot, workers, env_sqlite):  # noqa: F811
    from datetime import timedelta

    from sqlalchemy import update

    from backoffice.platform.timeutil import utcnow
    from ui.pages.dashboard_page import DashboardPage

    env = env_sqlite
    env.put(env.bundle())
    env.sync()  # a notice and the catalog, written, not acknowledged
    sup = make_staff(env.bo, "s3", ["supervisor"])
    page = DashboardPage(env.bo, sup, workers)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: "2" in page.portal_health.text(), timeout=5000)
    assert "b00020" not in page.portal_health.styleSheet()  # fresh: not red
    with env.bo.db.write() as s:  # the oldest one a day and more ago (alert_hours 24)
        s.execute(update(OutboxMessage).values(at=utcnow() - timedelta(hours=30)))
    page.refresh()
    qtbot.waitUntil(lambda: "b00020" in page.portal_health.styleSheet(), timeout=5000)
    assert "30" in page.portal_health.text()


def test_status_bar_says_when_portal_messages_wait_for_the_outbox_key(qtbot, workers, sqlite_url, tmp_path,
                                                                     memory_keyring):
    from backoffice.accounts import keystore
    from tests.intake.conftest import make_env
    from ui.sync_runner import SyncRunner

    env = make_env(sqlite_url, tmp_path)  # no outbox key in the credential store
    env.put(env.bundle())
    runner = SyncRunner(env.bo, workers)
    states: list = []
    runner.state_changed.connect(states.append)
    runner.run_now()
    qtbot.waitUntil(lambda: bool(states) and not states[-1].running, timeout=15000)
    assert states[-1].ingested == 1 and states[-1].outbox_waiting  # the notice and catalog wait
    keystore.create_issuing_key(env.bo.config.outbox_kid, kind="outbox")
    runner.run_now()
    qtbot.waitUntil(lambda: len(states) > 2 and not states[-1].running, timeout=15000)
    assert states[-1].outbox_waiting is None and len(list(env.bo.spool.outbox.glob("*.sig"))) == 2
    env.bo.close()
