"""Screenshots for docs/img/: start the real application on a demo database, log in
through the dialog, navigate and grab the window.

    python -m ui.screenshots [--out docs/img] [--lang ja]

Runs under Xvfb when DISPLAY is set (xvfb-run), else offscreen. The demo data comes from
`backoffice demo` when that command exists, else from the test factories.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "correct horse battery staple"


def _demo_db(base: Path):  # type: ignore[no-untyped-def]
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


def _until(cond, timeout_ms: int = 15000) -> None:  # type: ignore[no-untyped-def]
    waited = 0
    while not cond() and waited < timeout_ms:
        _wait(50)
        waited += 50
    if not cond():
        raise TimeoutError("the screen did not reach the expected state")


def _supervisor_shots(out: Path, lang: str, workers) -> None:  # type: ignore[no-untyped-def]
    """The real demo (gateway + sync + a simulated workday), seen by a supervisor."""
    from backoffice import staff
    from backoffice.config import load_config
    from backoffice.context import Backoffice
    from backoffice.demo import DEMO_PASSWORD, run_demo
    from ui.main_window import MainWindow

    base = Path(tempfile.mkdtemp(prefix="bo-demo-"))
    os.environ["BACKOFFICE_DATA_DIR"] = str(base)
    bo = Backoffice.open(load_config(None))
    try:
        run_demo(bo, count=40, seed=20261128)
        session = staff.login(bo.db, "s001", DEMO_PASSWORD, "screenshots")
        win = MainWindow(bo, session, workers, language=lang, start_sync=False)
        win.resize(1440, 900)
        win.show()
        titles = {win.nav.item(r).text(): r for r in range(win.nav.count())}
        for shot, names in (("dashboard.png", ("進捗管理", "Supervision")),
                            ("quarantine.png", ("隔離", "Quarantine")),
                            ("export.png", ("基幹系出力", "Export")),
                            ("appointments.png", ("窓口予約", "Appointments")),
                            ("counter.png", ("窓口", "Counter"))):
            row = next((titles[n] for n in names if n in titles), None)
            if row is None:
                continue
            win.nav.setCurrentRow(row)
            _wait(300)
            _until(lambda: workers.idle)
            _wait(700)
            win.grab().save(str(out / shot))
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
        win = MainWindow(bo, login.session, workers, language=args.lang)
        win.resize(1440, 900)
        win.show()
        _until(lambda: win.queue_page.model.rowCount() > 0 and workers.idle)
        _wait(300)
        win.grab().save(str(out / "main-window.png"))
        win.queue_page.table.grab().save(str(out / "queue.png"))
        target = next(r.pk for r in (win.queue_page.model.row_at(i) for i in range(win.queue_page.model.rowCount()))
                      if r.revision == 2)
        win.open_application(target)
        page = win.application_page
        _until(lambda: page.current is not None and page.viewer.page_count > 0 and workers.idle)
        page.detail_view.documents.setCurrentRow(1)
        _until(lambda: page.viewer.page_count > 1 and workers.idle)
        page.viewer.next_action.trigger()
        _until(lambda: workers.idle)
        _wait(400)
        win.grab().save(str(out / "application.png"))
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
