"""Screenshots for docs/img/: start the real application on a demo database, log in
through the dialog, navigate and grab the window.

    xvfb-run -a -s "-screen 0 1600x1000x24" python -m ui.screenshots [--out docs/img] [--lang ja]

Runs under Xvfb when DISPLAY is set (xvfb-run), else offscreen. The reviewer's screens (login,
main-window, queue, application, decision-placeholder, menu-file, lock) use the test factories;
the supervisor's (dashboard, quarantine, export, counter-search, issue-deliver, issue-no-printer, verify-valid,
appointments, payments) use `backoffice demo` plus a few more real service calls (_prepare_workday).
Issuing needs a keyring: this process alone uses an in-memory one (_use_memory_keyring).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # imported late at run time: the keyring and data folder are set up first
    from PySide6.QtWidgets import QWidget

    from backoffice.accounts.permissions import Actor
    from backoffice.platform.context import Backoffice
    from ui.main_window import MainWindow
    from ui.pages.application_page import ApplicationPage
    from ui.pages.issued_page import IssuedPage
    from ui.workers import Workers

    W = TypeVar("W", bound=QWidget)

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "correct horse battery staple"


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


@dataclass
class _Workday:
    counter_search: str = ""
    counter_pk: int | None = None
    serial: str | None = None
    appointment_code: str = ""
    appointment_day: date | None = None
    pay_application: str = ""
    pay_amount: int = 0


def _prepare_workday(bo: Backoffice) -> _Workday:
    """More of a working day through the real services, so the counter, issuance,
    verification, appointment and payment pages have something to show."""
    from datetime import timedelta

    from sqlalchemy import select

    from backoffice.administration import staff
    from backoffice.casework import review
    from backoffice.db.models import Application
    from backoffice.demo.generate import DEMO_PASSWORD
    from backoffice.export.batch import export_pending
    from backoffice.platform.timeutil import now_jst, to_jst, today_jst
    from backoffice.supervision import appointments, counters, payments

    def actor(code: str) -> Actor:
        return staff.login(bo.db, code, DEMO_PASSWORD, "screenshots").actor

    r2, s1, c1 = actor("r002"), actor("s001"), actor("c001")
    day = _Workday()
    export_pending(bo, s1)  # the morning's batch: the export page shows history and new waiting rows
    with bo.db.read() as s:
        apps = list(s.scalars(select(Application).order_by(Application.id)))
        rows = [(a.id, a.application_id, a.status, a.procedure, a.claimed_by, a.delivery_method,
                 a.applicant_kana, a.certificate_serial, a.payment_transaction_id, a.payment_amount,
                 a.fee_due) for a in apps]
    # Approved but not yet issued (the upper list of the issue page).
    ready = [r for r in rows if r[2] == "ready_for_review" and r[4] is None
             and (proc := bo.catalog.get(r[3])) is not None and not proc.two_step]
    for pk, *_ in ready[:3]:
        review.claim(bo, r2, pk)
        review.decide(bo, r2, pk, "approve")
    taken = {r[0] for r in ready[:3]}
    # The counter: an issued document, found by the applicant's family name in hiragana.
    issued = [r for r in rows if r[2] == "issued" and r[7]]
    issued.sort(key=lambda r: r[5] != "counter")
    if issued:
        pk, _id, *_rest = issued[0]
        kana = issued[0][6].split()[0] if issued[0][6].split() else issued[0][6]
        day.counter_search = "".join(chr(ord(ch) - 0x60) if "ァ" <= ch <= "ヶ" else ch for ch in kana)
        day.counter_pk, day.serial = pk, issued[0][7]
    # Payments: the provider's file with one amount that differs and one unknown transaction;
    # one paid application is left out of the file; one paid application is withdrawn.
    paid = [r for r in rows if r[8] and r[0] not in taken]
    now = now_jst().replace(microsecond=0)
    lines = ["transaction_id,application_id,amount,paid_at,method,status"]
    for i, r in enumerate(paid[:-1]):
        amount = (r[9] or 0) + (100 if i == 0 else 0)
        lines.append(f"{r[8]},{r[1]},{amount},{now.isoformat()},credit_card,paid")
    lines.append(f"PG-{now:%Y%m%d}-999001,,300,{now.isoformat()},pay_easy,paid")
    payments.import_settlement(bo, s1, ("\r\n".join(lines) + "\r\n").encode(), f"settlement-{now:%Y%m%d}.csv")
    withdrawable = [r for r in paid[:-1] if r[2] in ("ready_for_review", "needs_attention") and r[4] is None]
    if withdrawable:
        review.withdraw(bo, s1, withdrawable[-1][0], "申請者から電話で取下げの申出がありました。")
    unpaid = [r for r in rows if r[5] == "counter" and r[10] and not r[8] and r[2] not in ("withdrawn", "closed")]
    if unpaid:
        day.pay_application, day.pay_amount = unpaid[0][1], unpaid[0][10]
    # Appointments on the next day the certificate counter is open.
    locs = counters.locations(bo, c1)
    code = next((c.code for c in locs if c.code == "shimin-1f"), locs[0].code)
    when = today_jst()
    for _ in range(14):
        when += timedelta(days=1)
        slots = [x for x in appointments.slots_for_day(bo, c1, code, when) if x.free]
        if slots:
            break
    visitors = [("山本 和子", "住民票の写しの受取", day.counter_pk), ("中村 健一", "印鑑登録", None),
                ("小川 直美", "戸籍謄本の請求", None), ("石井 正", "転入の相談", None)]
    booked = []
    for (name, purpose, app_pk), slot in zip(visitors, [slots[0], slots[0], slots[1], slots[3]], strict=True):
        booked.append(appointments.book(bo, c1, code, slot.starts_at, name, purpose=purpose, application_pk=app_pk))
    appointments.check_in(bo, c1, booked[0].id)
    day.appointment_code, day.appointment_day = code, to_jst(slots[0].starts_at).date()
    return day


def _placeholder_shot(page: ApplicationPage, out: Path) -> None:
    """The decision panel after choosing a template whose {書類名} is still to be replaced:
    highlighted in yellow, the line below says so, the send buttons are held."""
    from ui.qtcompat import emit

    combo = page.decision.template
    index = next((i for i in range(combo.count()) if "{" in str(combo.itemData(i) or "")), -1)
    if index < 0:
        raise LookupError("no reason template with a placeholder in resources/reason_templates.toml")
    combo.setCurrentIndex(index)
    emit(combo.activated, index)
    _until(lambda: page.decision.unfilled.isVisible())
    # the cursor after the text, as once the clerk clicks elsewhere: the selection would
    # cover the yellow mark that stays until the placeholder is replaced
    reason = page.decision.reason
    cursor = reason.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    reason.setTextCursor(cursor)
    _wait(300)
    page.decision.grab().save(str(out / "decision-placeholder.png"))
    page.decision.reason.clear()  # nothing typed is left: closing the window must not ask


def _file_menu_shot(win: MainWindow, out: Path) -> None:
    """ファイル menu open (画面ロック, ログアウト／利用者の切り替え, 終了): a menu is a window of
    its own, so it is painted onto the grab of the main window where it was shown."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QMenu

    bar = win.menuBar()
    first = bar.actions()[0]
    menu = first.menu()
    if not isinstance(menu, QMenu):
        raise LookupError("the first entry of the menu bar is not a menu")
    bar.setActiveAction(first)
    _until(menu.isVisible)
    _wait(300)
    origin = menu.mapToGlobal(QPoint(0, 0)) - win.mapToGlobal(QPoint(0, 0))
    area = QRect(0, 0, max(origin.x() + menu.width() + 200, 480), origin.y() + menu.height() + 60)
    shot = win.grab(area)
    painter = QPainter(shot)
    painter.drawPixmap(origin, menu.grab())
    painter.end()
    menu.hide()
    shot.save(str(out / "menu-file.png"))


def _no_printer_shot(win: MainWindow, issued: IssuedPage, out: Path) -> None:
    """印刷プレビュー… on a workstation without printers (the virtual screen has none): the
    page says so instead of opening Qt's dialog. Skipped where a printer is set up."""
    from ui.print_support import printer_names

    if printer_names():
        print("a printer is set up here: no screenshot of the no-printer message")
        return
    issued.buttons["preview"].click()
    _until(lambda: bool(issued.message.text()))
    _wait(300)
    win.grab().save(str(out / "issue-no-printer.png"))
    issued.message.clear()


def _page(win: MainWindow, cls: type[W]) -> W:
    for i in range(win.pages.count()):
        page = win.pages.widget(i)
        if isinstance(page, cls):
            return page
    raise LookupError(cls.__name__)


def _supervisor_shots(out: Path, lang: str, workers: Workers) -> None:
    """The real demo (gateway + sync + a simulated workday), seen by a supervisor."""
    from PySide6.QtCore import QDate

    from backoffice.administration import staff
    from backoffice.demo.generate import DEMO_PASSWORD, run_demo
    from backoffice.issuance.service import certificate_pdf
    from backoffice.platform.config import load_config
    from backoffice.platform.context import Backoffice
    from ui.main_window import MainWindow
    from ui.pages.appointments_page import AppointmentsPage
    from ui.pages.counter_page import CounterPage
    from ui.pages.issued_page import IssuedPage
    from ui.pages.payments_page import PaymentsPage
    from ui.pages.verify_page import VerifyPage

    base = Path(tempfile.mkdtemp(prefix="bo-demo-"))
    os.environ["BACKOFFICE_DATA_DIR"] = str(base)
    bo = Backoffice.open(load_config(None))
    try:
        print(run_demo(bo, count=40, seed=20261128).line())
        day = _prepare_workday(bo)
        session = staff.login(bo.db, "s001", DEMO_PASSWORD, "screenshots")
        win = MainWindow(bo, session, workers, language=lang)
        win.resize(1440, 900)
        win.show()
        titles = {win.nav.item(r).text(): r for r in range(win.nav.count())}

        def go(names: tuple[str, ...]) -> bool:
            row = next((titles[n] for n in names if n in titles), None)
            if row is None:
                return False
            win.nav.setCurrentRow(row)
            _wait(300)
            _until(lambda: workers.idle)
            _wait(700)
            return True

        for shot, names in (("dashboard.png", ("進捗管理", "Supervision")),
                            ("quarantine.png", ("隔離", "Quarantine")),
                            ("export.png", ("基幹系出力", "Export"))):
            if go(names):  # tables size their own columns (ui/table_fit.py): shown as staff see them
                _wait(200)
                win.grab().save(str(out / shot))

        # 窓口: search by kana (hiragana), the issued application selected, its documents listed.
        counter = _page(win, CounterPage)
        if go(("窓口", "Counter")) and day.counter_search:
            counter.search_edit.setText(day.counter_search)
            counter.search(day.counter_search)
            _until(lambda: counter.model.rowCount() > 0 and workers.idle)
            row = next(i for i, r in enumerate(counter.rows) if r.pk == day.counter_pk)
            counter.table.selectRow(row)
            _until(lambda: counter.documents.count() > 0 and workers.idle)
            counter.id_document.setCurrentIndex(1)
            _wait(400)
            win.grab().save(str(out / "counter-search.png"))

        # 発行・交付: approved applications to issue above, issued ones awaiting delivery below.
        issued = _page(win, IssuedPage)
        if go(("発行・交付", "Issue and deliver")):
            _until(lambda: issued.issue_model.rowCount() > 0 and workers.idle)
            issued.issued_table.selectRow(0)
            _wait(300)
            win.grab().save(str(out / "issue-deliver.png"))
            _no_printer_shot(win, issued, out)

        # 証明書の検証: the PDF of an issued certificate, as a verifier would receive it.
        verify = _page(win, VerifyPage)
        if go(("証明書の検証", "Verify certificate")) and day.serial:
            pdf = base / f"{day.serial}.pdf"
            pdf.write_bytes(certificate_pdf(bo, session.actor, day.serial))
            verify.verify_path(pdf)
            _until(lambda: verify.result is not None and workers.idle)
            _wait(400)
            win.grab().save(str(out / "verify-valid.png"))

        # 窓口予約: the next open day at the certificate counter.
        appts = _page(win, AppointmentsPage)
        if go(("窓口予約", "Appointments")) and day.appointment_day:
            appts.counter.setCurrentIndex(appts.counter.findData(day.appointment_code))
            d = day.appointment_day
            appts.day.setDate(QDate(d.year, d.month, d.day))
            _until(lambda: appts.model.rowCount() > 0 and workers.idle)
            appts.table.selectRow(1)
            _wait(400)
            win.grab().save(str(out / "appointments.png"))

        # 収納管理: mismatches and refunds after a settlement file; a counter payment being entered.
        pay = _page(win, PaymentsPage)
        if go(("収納管理", "Payments")):
            _until(lambda: pay.mismatch_model.rowCount() > 0 and workers.idle)
            if day.pay_application:
                pay.pay_app.setText(day.pay_application)
                pay.pay_amount.setValue(day.pay_amount)
                pay.pay_receipt.setText("R-2026-000123")
            _wait(400)
            win.grab().save(str(out / "payments.png"))
        win.close()
    finally:
        bo.close()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="grab screenshots of the desktop application")
    p.add_argument("--out", default=str(ROOT / "docs" / "img"))
    p.add_argument("--lang", default="ja", choices=("ja", "en"))
    args = p.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialogButtonBox

    from ui import i18n
    from ui.app import make_application, use_cjk_font
    from ui.build_translations import build
    from ui.login import LoginDialog
    from ui.main_window import MainWindow
    from ui.workers import Workers

    _use_memory_keyring()
    app = make_application(sys.argv[:1])
    print("font:", use_cjk_font(app))
    build()
    i18n.Translation(app).install(args.lang)
    base = Path(tempfile.mkdtemp(prefix="bo-shots-"))
    bo = _demo_db(base)
    workers = Workers()
    try:
        login = LoginDialog(bo, workers)
        login.code.setText("r-tanaka")
        login.password.setText(PASSWORD)
        login.show()
        QTimer.singleShot(300, lambda: login.grab().save(str(out / "login.png")))
        QTimer.singleShot(600, login.buttons.button(QDialogButtonBox.StandardButton.Ok).click)
        login.exec()
        if login.session is None:
            raise RuntimeError(f"the demo login as r-tanaka failed: {login.message.text()}")
        win = MainWindow(bo, login.session, workers, language=args.lang)
        queue, page = win.queue_page, win.application_page
        if queue is None or page is None:
            raise RuntimeError("r-tanaka has no review pages: check the reviewer role's permissions")
        win.resize(1440, 900)
        win.show()
        _until(lambda: queue.model.rowCount() > 0 and workers.idle)
        _wait(300)
        win.grab().save(str(out / "main-window.png"))
        queue.table.grab().save(str(out / "queue.png"))
        target = next(r.pk for r in (queue.model.row_at(i) for i in range(queue.model.rowCount()))
                      if r.revision == 2)
        win.open_application(target)
        _until(lambda: page.current is not None and page.viewer.page_count > 0 and workers.idle)
        page.detail_view.documents.setCurrentRow(1)
        _until(lambda: page.viewer.page_count > 1 and workers.idle)
        page.viewer.next_action.trigger()
        _until(lambda: workers.idle)
        _wait(400)
        win.grab().save(str(out / "application.png"))
        _placeholder_shot(page, out)
        _file_menu_shot(win, out)
        win.lock()
        _wait(200)
        win.grab().save(str(out / "lock.png"))
        win.close()
        _supervisor_shots(out, args.lang, workers)
        print("saved", ", ".join(sorted(p.name for p in out.glob("*.png"))), "in", out)
    finally:
        workers.shutdown()
        bo.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
