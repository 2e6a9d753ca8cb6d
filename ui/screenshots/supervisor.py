"""The supervisor's (s001) pictures on the real demo: dashboard, reassign, quarantine,
export, issue-deliver, issue-no-printer, verify-valid, payments, audit-log, inquiries,
faq-editor, figures, counters (窓口と休止日 with its 影響を確認 list), manual-window (F1 on
that page), about (ヘルプ → このシステムについて), register-compare, application-inquiries,
status-db-unreachable."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from .common import ROOT, Shots, _child, _go, _loaded, _page, _until, _wait, _window
from .workday import _Workday

if TYPE_CHECKING:
    from backoffice.platform.context import Backoffice
    from ui.main_window import MainWindow
    from ui.pages.issued_page import IssuedPage
    from ui.workers import Workers


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

    # 窓口と休止日: the counter of the demo's appointments opening an hour later, checked first;
    # then F1 on that page (the manual at 5.11) and ヘルプ → このシステムについて.
    _counters_shot(win, day, shots, workers)
    _manual_shot(win, shots)
    _about_shot(win, shots)

    # 住民記録等の照会: the register's answer beside the application, a differing item marked.
    _register_shot(bo, win, shots, workers)
    # この申請に関する問い合わせ: an application the portal's inquiries are linked to.
    _linked_inquiries_shot(bo, win, shots, workers)

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
    # the answer scrolls in its own area under the form (at 1280×800 a few rows of it): on a
    # taller screen, with the splitter dragged up as a person would, the whole answer shows
    size = win.size()
    win.resize(size.width(), 1000)
    _wait(200)
    split = page.left_split
    total = sum(split.sizes())
    shown = min(rv.sizeHint().height() + 4, total - 120)
    split.setSizes([total - shown, shown])
    _wait(200)
    shots.save("register-compare.png", win, area=page.record_area, marks=(
        (1, rv.title, "ne"), (2, rv.table, "se")) + (((3, rv.household, "ne"),) if rv.household.isVisible() and rv.household.text() else ()))
    page.leave()
    win.resize(size)
    _wait(200)


def _counters_shot(win: MainWindow, day: _Workday, shots: Shots, workers: Workers) -> None:
    """窓口と休止日 as a supervisor: the counter with the demo's bookings opens one hour later,
    影響を確認 lists the bookings of the first hour (名前・申請番号・連絡先), nothing saved."""
    from PySide6.QtCore import QTime

    from ui.pages.counters_page import CountersPage

    page = _page(win, CountersPage)
    if not _go(win, workers, ("窓口と休止日", "Counters and closures")) or not day.appointment_code:
        return
    _loaded(page, page.refresh, workers, lambda: bool(page.rows))
    page.select_counter(day.appointment_code)
    _until(lambda: page.code == day.appointment_code)
    opens = page.opens.time()
    page.opens.setTime(QTime(opens.hour() + 1, opens.minute()))
    page.check_setup_button.click()
    _until(lambda: page.impact is not None and workers.idle)
    if page.impact is None or not page.impact.affected:
        raise LookupError("counters.png: opening an hour later affects none of the demo's bookings")
    _wait(400)
    shots.save("counters.png", win, area=page, marks=(
        (1, page.table, "se"), (2, page.new_button, "ne"), (3, page.opens, "ne"), (4, page.check_setup_button, "ne"),
        (5, page.save_setup_button, "ne"), (6, page.closures, "ne"), (7, page.first, "ne"),
        (8, page.check_closure_button, "ne"), (9, page.save_closure_button, "ne"), (10, page.reopen_button, "ne"),
        (11, page.impact_summary, "e"), (12, page.impact_table, "se"), (13, page.export_button, "ne")))


def _manual_shot(win: MainWindow, shots: Shots) -> None:
    """F1 on the page on screen (窓口と休止日): the manual window at 5.11. It reads a copy of
    the manual whose img/ holds this run's pictures over docs/img, so the pictures it shows
    are the ones just taken (a run into another folder too)."""
    from PySide6.QtGui import QAction

    from ui.manual import MANUAL_NAME, SOURCE_DOCS, ManualWindow

    folder = Path(tempfile.mkdtemp(prefix="bo-manual-"))
    shutil.copy(SOURCE_DOCS / MANUAL_NAME, folder / MANUAL_NAME)
    img = folder / "img"
    shutil.copytree(ROOT / "docs" / "img", img)
    for png in shots.out.glob("*.png"):
        shutil.copy(png, img / png.name)
    win.manual = ManualWindow(win, path=folder / MANUAL_NAME, language=win.language)
    f1 = win.findChild(QAction, "manualAction")
    assert f1 is not None
    f1.trigger()
    manual = win.manual
    _until(manual.isVisible)
    _wait(600)
    shots.save("manual-window.png", manual, marks=(
        (1, manual.contents, "sw"), (2, manual.find_box, "ne"), (3, manual.browser, "ne")))
    manual.close()


def _about_shot(win: MainWindow, shots: Shots) -> None:
    """ヘルプ → このシステムについて… after 「サポート用にコピー」. It shows what an office PC shows
    with the sample Windows configuration (docs/samples/backoffice-windows.toml, read by the
    real loader): the shared PostgreSQL database, the machine-wide configuration file and the
    Windows log folder, not this run's temporary folders."""
    from backoffice.platform.config import load_config
    from ui.about import AboutDialog

    sample = load_config(ROOT / "docs" / "samples" / "backoffice-windows.toml")
    office = replace(sample, source=r"C:\ProgramData\backoffice\backoffice.toml",
                     log_dir=Path(r"C:\Users\tanaka\AppData\Local\backoffice\Logs"))
    dialog = AboutDialog(office, win)
    dialog.show()
    _wait(300)
    dialog.copy_button.click()
    _wait(300)
    shots.save("about.png", dialog, marks=(
        (1, _child(dialog, "aboutVersion"), "e"), (2, _child(dialog, "aboutDatabase"), "e"),
        (3, _child(dialog, "aboutConfiguration"), "e"), (4, _child(dialog, "aboutLogFolder"), "e"),
        (5, dialog.copy_button, "nw"), (6, dialog.copied, "e")))
    dialog.close()


def _linked_inquiries_shot(bo: Backoffice, win: MainWindow, shots: Shots, workers: Workers) -> None:
    """An application of the supervisor's department with the portal's inquiries linked to it:
    the list under its attachments. Skipped when the demo linked none."""
    from sqlalchemy import select

    from backoffice.db.models_portal import Inquiry

    page = win.application_page
    if page is None:
        return
    with bo.db.read() as s:
        linked = s.scalars(select(Inquiry.application_pk).where(Inquiry.application_pk.is_not(None))
                           .order_by(Inquiry.application_pk).distinct())
        pks = [pk for pk in linked if pk is not None]
    for pk in pks:
        win.open_application(pk)
        _until(lambda: workers.idle and page.loading_pk is None)
        if page.current is not None and page.current.pk == pk and page.detail_view.inquiries.count():
            break
    else:
        print("no inquiry linked to an application the supervisor may open: no application-inquiries.png")
        return
    _wait(400)
    dv = page.detail_view
    shots.save("application-inquiries.png", win, marks=(
        (1, dv.inquiries, "ne"), (2, dv.open_inquiry_button, "w")))
    page.leave()
