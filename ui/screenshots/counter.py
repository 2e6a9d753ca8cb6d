"""The counter clerk's (c001) pictures on the real demo: counter-search, appointments,
counter-entry, counter-payment, settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .common import Mark, Shots, _go, _page, _until, _wait, _window
from .workday import _Workday

if TYPE_CHECKING:
    from backoffice.platform.context import Backoffice
    from ui.workers import Workers


def _counter_shots(bo: Backoffice, day: _Workday, shots: Shots, lang: str, workers: Workers) -> None:
    """The counter clerk (c001) on the same demo: the first page, appointments, counter payment."""
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QPushButton

    from ui.pages.appointments_page import AppointmentsPage
    from ui.pages.counter_page import CounterPage
    from ui.pages.payments_page import PaymentsPage

    win = _window(bo, "c001", workers, lang)
    _until(lambda: workers.idle)
    # 窓口 (where a counter clerk starts): search by kana (hiragana), the issued application
    # selected, its documents listed, an identity document chosen.
    counter = _page(win, CounterPage)
    if day.counter_search:
        win.show_page(counter)
        counter.search_edit.setText(day.counter_search)
        counter.search(day.counter_search)
        _until(lambda: counter.model.rowCount() > 0 and workers.idle)
        row = next(i for i, r in enumerate(counter.rows) if r.pk == day.counter_pk)
        counter.table.selectRow(row)
        _until(lambda: counter.documents.count() > 0 and workers.idle)
        counter.id_document.setCurrentIndex(1)
        _wait(400)
        search_btn = counter.findChild(QPushButton, "counterSearchButton")
        scan_btn = counter.findChild(QPushButton, "counterScanButton")
        assert search_btn is not None and scan_btn is not None
        shots.save("counter-search.png", win, marks=(
            (1, win.nav, "se"), (2, counter.search_edit, "ne"), (3, search_btn, "ne"), (4, scan_btn, "ne"),
            (5, counter.table, "se"), (6, counter.documents, "se"), (7, counter.id_document, "ne"),
            (8, counter.note, "ne"), (9, counter.handover_btn, "ne"))
            + (((10, counter.reprint_btn, "ne"),) if counter.reprint_btn.isVisible() else ()))

    # 窓口予約: the next open day at the certificate counter.
    appts = _page(win, AppointmentsPage)
    if _go(win, workers, ("窓口予約", "Appointments")) and day.appointment_day:
        appts.counter.setCurrentIndex(appts.counter.findData(day.appointment_code))
        d = day.appointment_day
        appts.day.setDate(QDate(d.year, d.month, d.day))
        _until(lambda: appts.model.rowCount() > 0 and workers.idle)
        appts.table.selectRow(1)
        _wait(400)
        b = appts.buttons
        shots.save("appointments.png", win, area=appts, marks=(
            (1, appts.counter, "n"), (2, appts.day, "n"), (3, appts.table, "se"), (4, b["check_in"], "above"),
            (5, b["no_show"], "above"), (6, b["cancel"], "above"), (7, b["open"], "above"), (8, appts.slot, "ne"),
            (9, appts.visitor, "ne"), (10, appts.purpose, "ne"), (11, appts.app_id, "ne"), (12, appts.book_button, "ne"),
            (13, appts.from_app_button, "ne"), (14, appts.link_button, "ne")))

    # 窓口受付: a walk-in application being typed (not saved), the procedure's own fields below.
    from ui.pages.counter_entry_page import CounterEntryPage

    entry = _page(win, CounterEntryPage)
    if _go(win, workers, ("窓口受付", "Counter entry")):
        entry.procedure.setCurrentIndex(max(0, entry.procedure.findData("juminhyo-copy")))
        _wait(300)
        entry.name.setText("山田 花子")
        entry.kana.setText("ヤマダ ハナコ")
        entry.birth.setText("19850401")
        entry.postal.setText("5300001")
        entry.address.setText("大阪府大阪市北区梅田1-1-1")
        entry.id_document.setCurrentIndex(1)
        _wait(400)
        shots.save("counter-entry.png", win, area=entry, marks=(
            (1, entry.procedure, "n"), (2, entry.name, "ne"), (3, entry.kana, "ne"), (4, entry.birth, "ne"),
            (5, entry.postal, "ne"), (6, entry.address, "ne"), (7, entry.delivery, "n"), (8, entry.id_document, "n"),
            (9, entry.paper, "ne"), (10, entry.fee, "w"), (11, entry.receipt, "ne"), (12, entry.save_btn, "ne")), fit=True)

    # 収納管理 as the counter clerk sees it: the counter payment being entered.
    pay = _page(win, PaymentsPage)
    if _go(win, workers, ("収納管理", "Payments")) and day.pay_application:
        pay.pay_app.setText(day.pay_application)
        pay.pay_amount.setValue(day.pay_amount)
        pay.pay_receipt.setText("R-2026-000123")
        _wait(400)
        shots.save("counter-payment.png", win, marks=(
            (1, pay.pay_app, "ne"), (2, pay.pay_amount, "ne"), (3, pay.pay_receipt, "ne"), (4, pay.pay_button, "ne")))

    # 設定: language, the confirmation before sending, and (where the page has it) changing
    # one's own password.
    if _go(win, workers, ("設定", "Settings")):
        settings = win.settings_page
        marks: list[Mark] = [(1, settings.language, "n"), (2, settings.confirm_sending, "w")]
        password = settings.findChild(QPushButton, "changePassword")
        if password is not None:
            marks.append((3, password, "e"))
        shots.save("settings.png", win, area=settings, marks=tuple(marks), fit=True)
    win.close()
