"""Issue 13, defect 7: what went wrong is said once, in Japanese, with what to do; actions a
role cannot take are not offered. Real parts: the keyring library's own "no backend"
(keyring.backends.fail), real core errors raised by the real services, real translations."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import func, select

from backoffice.accounts.permissions import Actor, require
from backoffice.casework import review
from backoffice.db.models import Certificate
from backoffice.platform.errors import ClaimError, NotFound, PermissionDenied, TransitionError
from tests.ui.conftest import wait_idle
from tests.ui.factories import make_applications, make_staff
from tests.ui.visible_text import Seen, problems


@pytest.fixture
def no_credential_store():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_issuing_without_a_credential_store_says_once_that_nothing_was_issued(
        qtbot, ui_bo, workers, japanese, no_credential_store):
    from ui.pages.issued_page import IssuedPage

    clerk = make_staff(ui_bo, "c101", ["counter"], "窓口 一子")
    make_applications(ui_bo, 5, statuses=("approved",), procedures=("juminhyo-copy",))
    page = IssuedPage(ui_bo, clerk, workers)
    qtbot.addWidget(page)
    page.refresh()
    wait_idle(qtbot, workers)
    assert len(page.to_issue) == 5
    page.issue(selected=False)
    qtbot.waitUntil(lambda: workers.idle and bool(page.message.text()), timeout=20000)
    wait_idle(qtbot, workers)
    text = page.message.text()
    lines = text.splitlines()
    assert lines[0] == "書類は発行されませんでした。", text  # never "0 件を発行しました"
    assert "0 件" not in text
    assert len(lines) == 2, f"one explanation, not one per application: {text!r}"
    assert "資格情報" in lines[1] and "システム管理者" in lines[1], text
    assert not problems([Seen("issue message", text)], ui_bo.catalog.codes(), japanese=True)
    with ui_bo.db.read() as s:
        assert s.scalar(select(func.count(Certificate.id))) == 0


def test_counter_clerk_is_not_offered_next_or_attachments(qtbot, ui_bo, workers, japanese):
    from backoffice.administration import staff
    from tests.ui.factories import PASSWORD
    from ui.main_window import MainWindow

    make_staff(ui_bo, "c102", ["counter"], "窓口 二郎")
    made = make_applications(ui_bo, 2)
    session = staff.login(ui_bo.db, "c102", PASSWORD, "PC-12")
    win = MainWindow(ui_bo, session, workers, start_sync=False)
    qtbot.addWidget(win)
    win.show()
    wait_idle(qtbot, workers)
    assert win.queue_page is not None and win.application_page is not None
    assert not win.queue_page.next_button.isVisible()
    assert not win.queue_page.next_action.isEnabled()
    win.queue_page.next_action.trigger()  # the shortcut does nothing either
    wait_idle(qtbot, workers)
    assert "may not" not in win.statusBar().currentMessage()
    win.open_application(made[0].pk)
    qtbot.waitUntil(lambda: win.application_page.current is not None, timeout=15000)
    wait_idle(qtbot, workers)
    shown = win.application_page.viewer.image.text()
    assert shown == "添付書類は審査担当と決裁者だけが見られます。", shown
    win.close()


@pytest.mark.parametrize("raise_it", [
    lambda bo: require(Actor(code="c001", name="窓口", roles=frozenset({"counter"})), "application.claim"),
    lambda bo: review.find_pk(bo, "OSK-2026-9999999"),
])
def test_core_errors_are_said_in_japanese(ui_bo, japanese, raise_it):
    from ui.errors import error_message

    with pytest.raises((PermissionDenied, NotFound)) as info:
        raise_it(ui_bo)
    text = error_message(info.value)
    assert text and not problems([Seen("error", text)], ui_bo.catalog.codes(), japanese=True), text
    assert "may not" not in text and "no application" not in text


def test_every_error_code_and_class_has_a_japanese_message(japanese):
    from ui.errors import error_message, summary

    samples: list[BaseException] = [
        ClaimError("x", code=code) for code in ("claimed_by_other", "claim_lost")] + [
        TransitionError("x", code="cannot_work_on", status="approved"), TransitionError("x", code="reason_required"),
        TransitionError("x", code="own_recommendation"), NotFound("x"), TransitionError("x"),
        PermissionError("x"), FileNotFoundError("x"), OSError("x"), RuntimeError("x"),
    ]
    from backoffice.platform.errors import ConfigError

    samples += [ConfigError("x", code=c) for c in ("no_credential_store", "credential_store_refused",
                                                   "issuing_key_missing", "issuing_key_damaged", "config")]
    texts = [error_message(e) for e in samples]
    found = problems([Seen(type(e).__name__, t) for e, t in zip(samples, texts, strict=True)], [], japanese=True)
    assert not found, found
    assert "承認済" in texts[2]  # the status is named in words
    # a batch meeting one failure five times says it once, with the count
    assert summary([ConfigError("x", code="no_credential_store")] * 5) == [
        error_message(ConfigError("x", code="no_credential_store")) + "（5 件）"]


def test_counter_work_errors_from_the_real_services_are_said_in_japanese(ui_bo, japanese):
    """Booking a past time, a time that is not a slot, a counter payment of the wrong amount,
    a settlement file with a broken line: each real refusal has its own Japanese sentence."""
    from datetime import datetime, timedelta

    from backoffice.platform.timeutil import JST, now_jst
    from backoffice.supervision import appointments, counters, payments
    from ui.errors import error_message

    clerk = make_staff(ui_bo, "c103", ["counter", "supervisor"], "窓口 三郎")
    made = make_applications(ui_bo, 1, statuses=("ready_for_review",), procedures=("juminhyo-copy",))
    code = counters.locations(ui_bo, clerk)[0].code
    odd = (now_jst() + timedelta(days=1)).replace(hour=3, minute=7, second=0, microsecond=0)
    calls = [
        lambda: appointments.book(ui_bo, clerk, code, datetime(2020, 1, 6, 9, 0, tzinfo=JST), "山田 太郎"),
        lambda: appointments.book(ui_bo, clerk, code, odd, "山田 太郎"),
        lambda: appointments.book(ui_bo, clerk, code, odd, " "),
        lambda: payments.record_counter_payment(ui_bo, clerk, made[0].application_id, 1, "R-1"),
        lambda: payments.import_settlement(ui_bo, clerk, b"transaction_id,application_id\r\n", "x.csv"),
    ]
    texts = []
    for call in calls:
        with pytest.raises(Exception) as info:  # noqa: PT011 - each call raises its own core error
            call()
        texts.append(error_message(info.value))
    generic = error_message(RuntimeError("x"))
    assert generic not in texts and len(set(texts)) == len(texts), texts
    assert not problems([Seen(str(i), t) for i, t in enumerate(texts)], ui_bo.catalog.codes(), japanese=True), texts
