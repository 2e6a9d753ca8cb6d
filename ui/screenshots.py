"""Screenshots for docs/img/: start the real application on a demo database, log in
through the dialog, navigate and grab the window, with numbered callouts, and write
docs/img/manifest.json (ui/screenshot_manifest.py) for the staleness test.

    xvfb-run -a -s "-screen 0 1600x1000x24" python -m ui.screenshots [--out docs/img] [--lang ja]

Runs under Xvfb when DISPLAY is set (xvfb-run), else offscreen. Windows are 1280x800 and
some pictures are crops of one region, so that text stays readable in the manual. A callout
is a red circle with a number drawn by Pillow where a widget is (`widget.mapTo(window, …)`,
so callouts follow the layout); the manual refers to the numbers.
The reviewer's screens (login, main-window, application, decision-placeholder,
menu-file, lock) use the test factories; the supervisor's (dashboard, reassign, quarantine,
export, issue-deliver, issue-no-printer, verify-valid, payments, audit-log,
inquiries, faq-editor, figures, register-compare, status-db-unreachable) and
the counter clerk's (counter-search, appointments, counter-entry, counter-payment, settings), the first login's
password-first and the administrator's staff-admin, staff-departments use `backoffice demo`
plus a few more real service calls (_prepare_workday); application-states is drawn from the
status and step names of ui/labels.py.
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
    from PySide6.QtGui import QPixmap
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
                if cls.__module__.startswith("ui.") and cls.__module__ != __name__:
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


def _placeholder_shot(win: MainWindow, page: ApplicationPage, shots: Shots) -> None:
    """The decision panel after choosing a template whose {書類名} is still to be replaced:
    highlighted in yellow, the line below says so, the send buttons are held."""
    from ui.qtcompat import emit

    d = page.decision
    combo = d.template
    index = next((i for i in range(combo.count()) if "{" in str(combo.itemData(i) or "")), -1)
    if index < 0:
        raise LookupError("no reason template with a placeholder in resources/reason_templates.toml")
    combo.setCurrentIndex(index)
    emit(combo.activated, index)
    _until(lambda: d.unfilled.isVisible())
    # the cursor after the text, as once the clerk clicks elsewhere: the selection would
    # cover the yellow mark that stays until the placeholder is replaced
    cursor = d.reason.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    d.reason.setTextCursor(cursor)
    _wait(300)
    shots.save("decision-placeholder.png", win, area=d,
               marks=((1, d.template, "ne"), (2, d.reason, "se"), (3, d.unfilled, "ne"), (4, d.approve_button, "ne"),
                      (5, d.return_button, "ne"), (6, d.reject_button, "ne"), (7, d.withdraw_button, "ne"),
                      (8, d.comment, "ne"), (9, d.comment_button, "ne")))
    d.reason.clear()  # nothing typed is left: closing the window must not ask


def _file_menu_shot(win: MainWindow, shots: Shots) -> None:
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
    shots.save("menu-file.png", win, pixmap=shot, modules={"ui.main_window"})


def _no_printer_shot(win: MainWindow, issued: IssuedPage, shots: Shots) -> None:
    """印刷プレビュー… on a workstation without printers (the virtual screen has none): the
    page says so instead of opening Qt's dialog. Skipped where a printer is set up."""
    from ui.print_support import printer_names

    if printer_names():
        print("a printer is set up here: no screenshot of the no-printer message")
        return
    issued.buttons["preview"].click()
    _until(lambda: bool(issued.message.text()))
    _wait(300)
    shots.save("issue-no-printer.png", win, area=issued,
               marks=((1, issued.buttons["preview"], "above"), (2, issued.message, "n")))
    issued.message.clear()


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


def _supervisor_shots(bo: Backoffice, day: _Workday, shots: Shots, lang: str, workers: Workers) -> None:
    """The real demo (gateway + sync + a simulated workday), seen by a supervisor (s001)."""
    from PySide6.QtWidgets import QDateEdit, QPushButton

    from backoffice.issuance.service import certificate_pdf
    from ui.pages.audit_page import AuditPage
    from ui.pages.dashboard_page import DashboardPage
    from ui.pages.export_page import ExportPage
    from ui.pages.inquiries_page import InquiriesPage
    from ui.pages.issued_page import IssuedPage
    from ui.pages.payments_page import PaymentsPage
    from ui.pages.portal_content_page import PortalContentPage
    from ui.pages.quarantine_page import QuarantinePage
    from ui.pages.verify_page import VerifyPage

    win = _window(bo, "s001", workers, lang)
    _until(lambda: workers.idle)

    # 進捗管理: intake health, charts, overdue list; the claims (担当の解除・引き継ぎ) apart.
    dash = _page(win, DashboardPage)
    if _go(win, workers, ("進捗管理", "Supervision")):
        _wait(200)
        shots.save("dashboard.png", win, marks=(
            (1, dash.health, "w"), (2, dash.updated, "w"), (3, dash.refresh_button, "ne"), (4, dash.save_button, "ne"),
            (5, dash.views["status"], "ne"), (6, dash.views["procedure"], "ne"), (7, dash.views["ageing"], "ne"),
            (8, dash.views["decisions"], "ne"), (9, dash.deadline_summary, "w"), (10, dash.overdue, "se"),
            (11, dash.workload, "ne")))
        wl = dash.workload
        if wl.model.rowCount():
            wl.table.selectRow(0)
            _wait(200)
        shots.save("reassign.png", win, area=wl, marks=(
            (1, wl.table, "se"), (2, wl.release_button, "ne"), (3, wl.target, "n"), (4, wl.hand_button, "ne")))

    quarantine = _page(win, QuarantinePage)
    if _go(win, workers, ("隔離", "Quarantine")):
        _wait(200)
        if quarantine.model.rowCount():
            quarantine.table.selectRow(0)
            _wait(200)
        shots.save("quarantine.png", win, area=quarantine, marks=(
            (1, quarantine.summary, "n"), (2, quarantine.table, "se"), (3, quarantine.retry_button, "ne"),
            (4, quarantine.discard_button, "ne")))

    export = _page(win, ExportPage)
    if _go(win, workers, ("基幹系出力", "Export")):
        _wait(200)
        shots.save("export.png", win, area=export, marks=(
            (1, export.pending, "n"), (2, export.run_button, "ne"), (3, export.table, "se"),
            (4, export.reexport_button, "ne")))

    # 発行・交付: approved applications to issue above, issued ones awaiting delivery below.
    issued = _page(win, IssuedPage)
    if _go(win, workers, ("発行・交付", "Issue and deliver")):
        _until(lambda: issued.issue_model.rowCount() > 0 and workers.idle)
        issued.issued_table.selectRow(0)
        _wait(300)
        b = issued.buttons
        shots.save("issue-deliver.png", win, area=issued, marks=(
            (1, issued.issue_table, "se"), (2, b["issue_selected"], "above"), (3, b["issue_all"], "above"),
            (4, issued.issued_table, "se"), (5, b["preview"], "above"), (6, b["print"], "above"), (7, b["save"], "above"),
            (8, b["print_mail"], "above"), (9, b["sheets"], "above"), (10, b["mailed"], "above"),
            (11, b["electronic"], "above")))
        _no_printer_shot(win, issued, shots)

    # 証明書の検証: the PDF of an issued certificate, as a verifier would receive it.
    verify = _page(win, VerifyPage)
    if _go(win, workers, ("証明書の検証", "Verify certificate")) and day.serial:
        pdf = Path(tempfile.mkdtemp(prefix="bo-verify-")) / f"{day.serial}.pdf"
        pdf.write_bytes(certificate_pdf(bo, win.actor, day.serial))
        verify.verify_path(pdf)
        _until(lambda: verify.result is not None and workers.idle)
        _wait(400)
        opener = verify.findChild(QPushButton, "verifyOpen")
        assert opener is not None
        shots.save("verify-valid.png", win, area=verify, marks=(
            (1, opener, "ne"), (2, verify.verdict, "w"), (3, verify.detail, "n"),
            (4, verify.fact_labels["sn"], "w")), fit=True)

    # 収納管理: mismatches and refunds after a settlement file.
    pay = _page(win, PaymentsPage)
    if _go(win, workers, ("収納管理", "Payments")):
        _loaded(pay, pay.refresh, workers, lambda: pay.mismatch_model.rowCount() > 0)
        _wait(400)
        shots.save("payments.png", win, area=pay, marks=(
            (1, pay.import_button, "ne"), (2, pay.mismatches, "se"), (3, pay.refunds, "se"), (4, pay.refund_button, "ne")))

    # 監査ログ: the supervisor's daily check, after 改ざん検査 ran.
    audit = _page(win, AuditPage)
    if _go(win, workers, ("監査ログ", "Audit log")):
        _loaded(audit, audit.refresh, workers, lambda: audit.table.model().rowCount() > 0 and audit.scheduled.text())
        audit.verify_button.click()
        try:
            _until(lambda: workers.idle and not audit.chain.text().endswith("…"), 30000)
        except TimeoutError:
            print("audit check still running:", audit.chain.text())
            raise
        _wait(400)
        period = audit.findChild(QDateEdit)
        assert period is not None
        shots.save("audit-log.png", win, area=audit, marks=(
            (1, audit.scheduled, "n"), (2, audit.staff_code, "n"), (3, audit.application_id, "n"), (4, audit.action, "n"),
            (5, period, "ne"), (6, audit.search_button, "ne"), (7, audit.verify_button, "ne"), (8, audit.chain, "e"),
            (9, audit.table, "se")))

    # 問い合わせ: the portal's, the phone's and the counter's inquiries; the first one opened.
    inq = _page(win, InquiriesPage)
    if _go(win, workers, ("問い合わせ", "Inquiries")):
        _loaded(inq, inq.refresh, workers, lambda: inq.table.rowCount() > 0)
        inq.table.selectRow(0)
        _until(lambda: inq.current is not None and workers.idle)
        _wait(300)
        shots.save("inquiries.png", win, area=inq, marks=(
            (1, inq.status, "n"), (2, inq.search, "ne"), (3, inq.enter_button, "ne"), (4, inq.table, "se"),
            (5, inq.detail, "ne"), (6, inq.templates, "n"), (7, inq.answer_box, "se"), (8, inq.assign_button, "ne"),
            (9, inq.note_button, "ne"), (10, inq.answer_button, "ne"), (11, inq.close_button, "ne"),
            (12, inq.open_app_button, "ne"), (13, inq.faq_button, "ne"), (14, inq.summary, "n")))

    # FAQ・お知らせ: an FAQ entry chosen and previewed as the portal will receive it.
    content = _page(win, PortalContentPage)
    if _go(win, workers, ("FAQ・お知らせ", "FAQ and announcements")):
        _loaded(content, content.refresh, workers, lambda: content.faq_table.rowCount() > 0)
        content.faq_table.selectRow(0)
        _until(lambda: workers.idle)
        content.preview_button.click()
        _until(lambda: workers.idle)
        _wait(300)
        shots.save("faq-editor.png", win, area=content, marks=(
            (1, content.tabs.tabBar(), "e"), (2, content.faq_table, "se"), (3, content.category, "ne"),
            (4, content.procedure, "n"), (5, content.question, "se"), (6, content.answer, "se"),
            (7, content.new_button, "ne"), (8, content.preview_button, "ne"), (9, content.save_button, "ne"),
            (10, content.withdraw_button, "ne"), (11, content.faq_preview, "se")))

    # 業務指標: this month's figures per procedure and the 12-month trend.
    from ui.pages.figures_page import FiguresPage

    figs = _page(win, FiguresPage)
    if _go(win, workers, ("業務指標", "Figures")):
        _loaded(figs, figs.refresh, workers, lambda: figs.model.rowCount() > 0)
        _wait(400)
        fb = figs.buttons
        shots.save("figures.png", win, area=figs, marks=(
            (1, figs.month, "e"), (2, fb["xlsx"], "ne"), (3, fb["csv"], "ne"), (4, fb["pdf"], "ne"),
            (5, figs.table, "sw"), (6, figs.receipts_view, "ne"), (7, figs.rate_view, "ne")))

    # 住民記録等の照会: the register's answer beside the application, a differing item marked.
    _register_shot(bo, win, shots, workers)

    # The status bar when the database stops answering (the monitor's own report of a failure).
    win.connection.report_failure(ConnectionError("connection refused (screenshot)"))
    _wait(300)
    bar = win.statusBar()
    shots.save("status-db-unreachable.png", win, area=bar, marks=(
        (1, win.connection_label, "above"), (2, win.sync_label, "above"), (3, win.staff_label, "above")),
        also=("ui.main_window",), margin=30)
    win.close()


def _register_shot(bo: Backoffice, win: MainWindow, shots: Shots, workers: Workers) -> None:
    """An application whose register answer differs from what the applicant wrote (the demo's
    core systems answer some that way), opened on the application screen. Skipped when the
    demo has no register answer."""
    from sqlalchemy import select

    from backoffice.db.models import Application
    from backoffice.records.view import record_comparison

    page = win.application_page
    if page is None:
        return
    with bo.db.read() as s:
        pks = list(s.scalars(select(Application.id).order_by(Application.id)))
    found = [(pk, c) for pk in pks if (c := record_comparison(bo, win.actor, pk)).rows]
    if not found:
        print("no register answer in the demo: no register-compare.png")
        return
    pk = next((pk for pk, c in found if c.findings), found[0][0])
    win.open_application(pk)
    _until(lambda: page.current is not None and page.record_view.isVisible() and workers.idle)
    _wait(400)
    rv = page.record_view
    shots.save("register-compare.png", win, area=rv, marks=(
        (1, rv.title, "ne"), (2, rv.table, "se")) + (((3, rv.household, "ne"),) if rv.household.isVisible() and rv.household.text() else ()))
    page.leave()


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


def _first_login_shot(bo: Backoffice, shots: Shots, workers: Workers) -> None:
    """The first login after an administrator set the password (r002 here): the dialog in
    which the person chooses their own, as the login dialog opens it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from backoffice.administration import staff
    from backoffice.demo.generate import DEMO_PASSWORD
    from ui.login import LoginDialog
    from ui.password_dialog import PasswordDialog

    admin = staff.login(bo.db, "a001", DEMO_PASSWORD, "screenshots").actor
    temporary = "karino pasuwaado shoki 2026"
    staff.reset_password(bo, admin, "r002", temporary)
    login = LoginDialog(bo, workers)
    login.code.setText("r002")
    login.password.setText(temporary)
    login.show()
    taken: list[bool] = []

    def grab() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PasswordDialog):
            QTimer.singleShot(100, grab)
            return
        dialog.new.setText("*" * 20)
        dialog.repeat.setText("*" * 20)
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        ok, cancel = box.button(QDialogButtonBox.StandardButton.Ok), box.button(QDialogButtonBox.StandardButton.Cancel)

        def save() -> None:
            shots.save("password-first.png", dialog, marks=(
                (1, dialog.new, "ne"), (2, dialog.repeat, "ne"), (3, ok, "ne"), (4, cancel, "ne")),
                also=("ui.login",))  # the login dialog writes the dialog's first line
            taken.append(True)
            dialog.reject()

        QTimer.singleShot(300, save)

    QTimer.singleShot(100, grab)
    login.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    _until(lambda: bool(taken) and workers.idle)
    login.reject()


def _admin_shots(bo: Backoffice, shots: Shots, lang: str, workers: Workers) -> None:
    """The administrator (a001): 職員管理 with a reviewer selected, and the roles and
    departments dialog of that reviewer (issue 16)."""
    from ui.pages.staff_page import AccountDialog, StaffPage

    win = _window(bo, "a001", workers, lang)
    _until(lambda: workers.idle)
    page = _page(win, StaffPage)
    if not _go(win, workers, ("職員管理", "Staff")):
        win.close()
        return
    _loaded(page, page.refresh, workers, lambda: page.table.rowCount() > 0)
    page.select_code("r001")
    _wait(300)
    shots.save("staff-admin.png", win, marks=(
        (1, page.table, "se"), (2, page.add_button, "above"), (3, page.edit_button, "above"),
        (4, page.disable_button, "above"), (5, page.unlock_button, "above"), (6, page.reset_button, "above")))
    info = page.selected()
    if info is not None:
        dialog = AccountDialog(bo.catalog.departments(), info, parent=win)
        dialog.show()
        _wait(400)
        shots.save("staff-departments.png", dialog)
        dialog.close()
    # 手続き一覧: the catalog in the database, the change dialog of one procedure
    from ui.pages.catalog_page import CatalogPage, ProcedureDialog

    catalog = _page(win, CatalogPage)
    if _go(win, workers, ("手続き一覧", "Procedures")):
        _loaded(catalog, catalog.refresh, workers, lambda: catalog.table.rowCount() > 0)
        catalog.select_code("juminhyo-copy")
        _wait(300)
        shots.save("catalog.png", win, marks=((1, catalog.table, "se"), (2, catalog.change_button, "above")))
        row = catalog.selected()
        if row is not None:
            change = ProcedureDialog(row, list(catalog.titles.items()), parent=win)
            change.show()
            _wait(400)
            shots.save("catalog-change.png", change)
            change.close()
    win.close()


def _states_shot(shots: Shots) -> None:
    """The life of an application as a picture: the statuses and steps by their names on
    screen (ui/labels.py), laid out by hand after backoffice/casework/workflow.py RULES."""
    from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPolygonF

    from ui.labels import action_label, status_label

    w, h, bw, bh = 1280, 600, 150, 48
    boxes = {  # status: (x, y, colour)
        "received": (30, 240, "#e3f2fd"), "ready_for_review": (230, 240, "#e3f2fd"),
        "needs_attention": (230, 400, "#fff3e0"), "in_review": (450, 240, "#e8f5e9"),
        "returned": (450, 70, "#fce4ec"), "pending_approval": (640, 400, "#ede7f6"),
        "approved": (700, 240, "#e8f5e9"), "rejected": (880, 400, "#eeeeee"), "issued": (900, 240, "#fffde7"),
        "delivered": (1100, 240, "#fffde7"), "closed": (1100, 400, "#eeeeee"), "withdrawn": (1100, 530, "#eeeeee"),
    }
    arrows: list[tuple[str, str, str, list[tuple[float, float]]]] = [  # from, to, step on the arrow, bends
        ("received", "ready_for_review", "", []), ("received", "needs_attention", "checks_failed", []),
        ("ready_for_review", "in_review", "start_review", []), ("needs_attention", "in_review", "start_review", []),
        ("in_review", "returned", "", []), ("returned", "received", "resubmit", []), ("in_review", "approved", "", []),
        ("in_review", "rejected", "", [(540, 500), (955, 500)]), ("in_review", "pending_approval", "recommend_approve", []),
        ("pending_approval", "approved", "final_approve", []), ("pending_approval", "rejected", "final_reject", []),
        ("approved", "issued", "", []), ("issued", "delivered", "", []),
        ("delivered", "closed", "close_by_rule", []), ("rejected", "closed", "", []), ("withdrawn", "closed", "", []),
    ]
    img = QImage(w, h, QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(p.font())
    font.setPixelSize(17)
    small = QFont(font)
    small.setPixelSize(14)

    def rect(code: str) -> QRectF:
        x, y, _c = boxes[code]
        return QRectF(x, y, bw, bh)

    def edge(r: QRectF, towards: QPointF) -> QPointF:
        c = r.center()
        dx, dy = towards.x() - c.x(), towards.y() - c.y()
        if dx == 0 and dy == 0:
            return c
        sx = (r.width() / 2) / abs(dx) if dx else float("inf")
        sy = (r.height() / 2) / abs(dy) if dy else float("inf")
        s = min(sx, sy)
        return QPointF(c.x() + dx * s, c.y() + dy * s)

    p.setPen(QPen(QColor("#455a64"), 2))
    for a, b, step, bends in arrows:
        ra, rb = rect(a), rect(b)
        points = [QPointF(x, y) for x, y in bends]
        start = edge(ra, points[0] if points else rb.center())
        end = edge(rb, points[-1] if points else ra.center())
        chain = [start, *points, end]
        p.setPen(QPen(QColor("#455a64"), 2))
        for i in range(len(chain) - 1):
            p.drawLine(QLineF(chain[i], chain[i + 1]))
        head = QLineF(end, chain[-2])
        head.setLength(12)
        left, right = QLineF(head), QLineF(head)
        left.setAngle(head.angle() + 25)
        right.setAngle(head.angle() - 25)
        p.setBrush(QColor("#455a64"))
        p.drawPolygon(QPolygonF([end, left.p2(), right.p2()]))
        if step:
            p.setFont(small)
            mid = QLineF(chain[0], chain[1]).center()
            text = action_label(step)
            if step == "recommend_approve":
                text += "／" + action_label("recommend_reject")
            tw = p.fontMetrics().horizontalAdvance(text)
            box = QRectF(mid.x() - tw / 2 - 3, mid.y() - 9, tw + 6, 18)
            p.fillRect(box, QColor("white"))
            p.setPen(QColor("#37474f"))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    p.setFont(font)
    for code, (x, y, colour) in boxes.items():
        r = QRectF(x, y, bw, bh)
        p.setPen(QPen(QColor("#263238"), 2))
        p.setBrush(QColor(colour))
        p.drawRoundedRect(r, 8, 8)
        p.drawText(r, Qt.AlignmentFlag.AlignCenter, status_label(code))
    # 取下げ: from every status still in progress (a dashed line along the bottom)
    p.setFont(small)
    p.setPen(QPen(QColor("#757575"), 2, Qt.PenStyle.DashLine))
    wy = 530 + bh / 2
    p.drawLine(QLineF(30, wy, 1096, wy))
    p.setPen(QColor("#37474f"))
    p.drawText(QRectF(30, wy + 4, 1060, 20), Qt.AlignmentFlag.AlignLeft,
               "・".join(status_label(c) for c in ("received", "ready_for_review", "needs_attention", "in_review",
                                                   "returned", "pending_approval", "approved"))
               + " → " + action_label("withdraw"))
    p.end()
    path = shots.out / "application-states.png"
    img.save(str(path))
    from ui import screenshot_manifest

    shots.images[path.name] = screenshot_manifest.entry(path, {"ui.labels", __name__.replace("__main__", "ui.screenshots")}, [])


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

    from backoffice.platform.config import load_config
    from backoffice.platform.context import Backoffice
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
    shots = Shots(out)
    base = Path(tempfile.mkdtemp(prefix="bo-shots-"))
    bo = _demo_db(base)
    workers = Workers()
    try:
        _states_shot(shots)
        login = LoginDialog(bo, workers)
        login.code.setText("r-tanaka")
        login.password.setText(PASSWORD)
        login.show()
        ok = login.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = login.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        QTimer.singleShot(300, lambda: shots.save("login.png", login, marks=(
            (1, login.code, "ne"), (2, login.password, "ne"), (3, ok, "ne"), (4, cancel, "ne"))))
        QTimer.singleShot(600, ok.click)
        login.exec()
        if login.session is None:
            raise RuntimeError(f"the demo login as r-tanaka failed: {login.message.text()}")
        win = MainWindow(bo, login.session, workers, language=args.lang)
        queue, page = win.queue_page, win.application_page
        if queue is None or page is None:
            raise RuntimeError("r-tanaka has no review pages: check the reviewer role's permissions")
        win.resize(*WINDOW)
        win.show()
        _until(lambda: queue.model.rowCount() > 0 and workers.idle)
        _wait(300)
        shots.save("main-window.png", win, marks=(
            (1, win.nav, "se"), (2, queue.queue_list, "se"), (3, queue.search, "ne"), (4, queue.procedure, "n"),
            (5, queue.department, "n"), (6, queue.next_button, "nw"), (7, queue.table, "se"), (8, queue.status, "w"),
            (9, win.sync_label, "w"), (10, win.staff_label, "w")))
        target = next(r.pk for r in (queue.model.row_at(i) for i in range(queue.model.rowCount()))
                      if r.revision == 2)
        win.open_application(target)
        _until(lambda: page.current is not None and page.viewer.page_count > 0 and workers.idle)
        page.detail_view.documents.setCurrentRow(1)
        _until(lambda: page.viewer.page_count > 1 and workers.idle)
        page.viewer.next_action.trigger()
        _until(lambda: workers.idle)
        _wait(400)
        v = page.viewer
        shots.save("application.png", win, marks=(
            (1, page.banner, "ne"), (2, page.detail_view.browser, "ne"), (3, page.detail_view.documents, "ne"),
            (4, v.thumbs, "se"), (5, v.image, "ne"), (6, v.zoom_label, "w"), (7, v.page_label, "w"),
            (8, page.decision, "ne")))
        _placeholder_shot(win, page, shots)
        _file_menu_shot(win, shots)
        win.lock()
        _wait(200)
        shots.save("lock.png", win, marks=((1, win.lock_page.password, "w"), (2, win.lock_page.button, "e")))
        win.close()
        # the real demo (gateway + sync + a simulated workday) in a data folder of its own
        demo_base = Path(tempfile.mkdtemp(prefix="bo-demo-"))
        os.environ["BACKOFFICE_DATA_DIR"] = str(demo_base)
        demo = Backoffice.open(load_config(None))
        try:
            from backoffice.demo.generate import run_demo

            print(run_demo(demo, count=40, seed=20261128).line())
            day = _prepare_workday(demo)
            _supervisor_shots(demo, day, shots, args.lang, workers)
            _counter_shots(demo, day, shots, args.lang, workers)
            _first_login_shot(demo, shots, workers)
            _admin_shots(demo, shots, args.lang, workers)
        finally:
            demo.close()
        manifest = shots.write_manifest()
        print("saved", ", ".join(sorted(shots.images)), "in", out, "and", manifest.name)
    finally:
        workers.shutdown()
        bo.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
