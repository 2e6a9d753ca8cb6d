"""The counter clerk's (c001) pictures on the real demo: counter-search, appointments,
counter-entry (a scanned paper form beside the form, the postal code's address filled),
counter-payment, settings."""

from __future__ import annotations

import os
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from .common import Mark, Shots, _go, _page, _until, _wait, _window
from .workday import _Workday

if TYPE_CHECKING:
    from backoffice.platform.context import Backoffice
    from ui.main_window import MainWindow
    from ui.pages.counter_entry_page import CounterEntryPage
    from ui.workers import Workers

# what the citizen wrote on the paper form, and what the clerk types from it
PAPER = {"name": "山田 花子", "kana": "ヤマダ ハナコ", "birth": "19850401", "postal": "5300001",
         "street": "1-1-1", "purpose": "年金手続"}


def paper_form_jpeg() -> bytes:
    """A filled-in 住民票の写し交付申請書 as a scanner delivers it (A4 at 150 dpi, JPEG, a
    little askew and grey), drawn with the CJK font the demo's documents use."""
    import io

    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    from backoffice.demo.data import FONT_PATHS

    def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
        for path in (*FONT_PATHS, "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"):
            if Path(path).exists():
                return ImageFont.truetype(path, size)
        return ImageFont.load_default(size=size)

    w, h = 1240, 1754
    img = Image.new("L", (w, h), 250)
    d = ImageDraw.Draw(img)
    d.text((w // 2, 130), "住民票の写し等交付申請書", font=font(52), fill=20, anchor="mm")
    d.text((w - 110, 230), "令和 8 年 11 月 30 日", font=font(30), fill=30, anchor="rm")
    d.text((110, 230), "大阪市長 あて", font=font(30), fill=30, anchor="lm")
    rows = [("フリガナ", PAPER["kana"]), ("氏　名", PAPER["name"]), ("生年月日", "昭和 60 年 4 月 1 日"),
            ("郵便番号", "〒530-0001"), ("住　所", "大阪市北区梅田 " + PAPER["street"]),
            ("必要なもの", "住民票の写し　1 通（世帯全員・一部）"), ("使用目的", PAPER["purpose"]),
            ("受け取り", "窓口で受け取る"), ("本人確認", "（職員記入）")]
    top, row_h, left, split, right = 300, 120, 110, 360, w - 110
    for i, (label, value) in enumerate(rows):
        y = top + i * row_h
        d.rectangle((left, y, right, y + row_h), outline=40, width=3)
        d.line((split, y, split, y + row_h), fill=40, width=3)
        d.text(((left + split) // 2, y + row_h // 2), label, font=font(34), fill=30, anchor="mm")
        # written by hand in blue-black ink: a darker, heavier line
        d.text((split + 30, y + row_h // 2), value, font=font(44), fill=10, anchor="lm",
               stroke_width=1, stroke_fill=10)
    y = top + len(rows) * row_h + 60
    for line in ("※ 本人確認書類（運転免許証、マイナンバーカード等）を窓口で提示してください。",
                 "※ 代理人が申請するときは委任状が必要です。"):
        d.text((left, y), line, font=font(28), fill=40)
        y += 50
    img = img.rotate(0.7, resample=Image.Resampling.BICUBIC, fillcolor=235)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=85)
    return buf.getvalue()


def _scan_folder(bo: Backoffice) -> Path:
    """A scan folder with the paper form the scanner left there a minute ago (settled)."""
    folder = Path(tempfile.mkdtemp(prefix="bo-scans-"))
    path = folder / "申請書-0001.jpg"
    path.write_bytes(paper_form_jpeg())
    old = time.time() - 120
    os.utime(path, (old, old))
    bo.config = replace(bo.config, scan_folder=folder)
    return folder


def _counter_entry_shot(win: MainWindow, entry: CounterEntryPage, shots: Shots, workers: Workers) -> None:
    """Take in from the scan folder (Ctrl+I), choose the waiting scan, type from it; the
    postal code typed key by key fills the address, the clerk adds the 番地."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QComboBox

    from ui.qtcompat import emit

    entry.procedure.setCurrentIndex(max(0, entry.procedure.findData("juminhyo-copy")))
    _wait(300)
    entry.scan_import_btn.click()
    _until(lambda: entry.scan_choice.count() > 1 and workers.idle)
    entry.scan_choice.setCurrentIndex(1)
    emit(entry.scan_choice.activated, 1)
    _until(lambda: entry.scan is not None and entry.viewer.page_count > 0 and workers.idle)
    entry.name.setText(PAPER["name"])
    entry.kana.setText(PAPER["kana"])
    entry.birth.setText(PAPER["birth"])
    QTest.keyClicks(entry.postal, PAPER["postal"])
    _until(lambda: bool(entry.postal_hint.text()) and bool(entry.address.text()))
    entry.address.setFocus()
    entry.address.end(False)
    QTest.keyClicks(entry.address, PAPER["street"])
    purpose = entry.field_widgets.get("purpose")
    if isinstance(purpose, QComboBox):
        purpose.setCurrentIndex(max(0, purpose.findData(PAPER["purpose"])))
    entry.id_document.setCurrentIndex(1)
    entry.receipt.setFocus(Qt.FocusReason.OtherFocusReason)
    QTest.keyClicks(entry.receipt, "R-2026-000124")
    _wait(600)
    shots.save("counter-entry.png", win, area=entry, marks=(
        (1, entry.procedure, "n"), (2, entry.name, "ne"), (3, entry.kana, "ne"), (4, entry.birth, "ne"),
        (5, entry.postal, "ne"), (6, entry.postal_hint, "c"), (7, entry.address, "ne"), (8, entry.delivery, "n"),
        (9, entry.id_document, "ne"), (10, entry.paper, "ne"), (11, entry.fee, "w"), (12, entry.receipt, "ne"),
        (13, entry.save_btn, "ne"), (14, entry.scan_import_btn, "ne"), (15, entry.scan_choice, "n"),
        (16, entry.viewer.scroll_area, "n")))


def _counter_shots(bo: Backoffice, day: _Workday, shots: Shots, lang: str, workers: Workers) -> None:
    """The counter clerk (c001) on the same demo: the first page, appointments, counter payment."""
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QPushButton

    from ui.pages.appointments_page import AppointmentsPage
    from ui.pages.counter_page import CounterPage
    from ui.pages.payments_page import PaymentsPage

    config = bo.config
    _scan_folder(bo)  # before the window: the page offers the folder only when one is set
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

    # 窓口受付: a walk-in application typed from the paper form the citizen filled in, taken in
    # from the scan folder (Ctrl+I) and shown beside the form; the postal code fills the address.
    from ui.pages.counter_entry_page import CounterEntryPage

    entry = _page(win, CounterEntryPage)
    if _go(win, workers, ("窓口受付", "Counter entry")):
        _counter_entry_shot(win, entry, shots, workers)

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
    bo.config = config
