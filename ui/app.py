"""Entry point `backoffice-desktop`: configuration, database, translation, login, main
window. `backoffice-desktop [--config FILE] [--db URL] [--lang ja|en]`."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication
from sqlalchemy.exc import SQLAlchemyError

from backoffice.db import preflight
from backoffice.platform import logsetup
from backoffice.platform.config import load_config
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import BackofficeError

from . import i18n
from .gc_guard import GarbageCollector
from .login import LoginDialog
from .session_flow import SessionFlow
from .startup_errors import startup_problem_box
from .workers import Workers

log = logging.getLogger(__name__)

CJK_FONTS = ("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",)
PREFERRED_FAMILIES = ("Yu Gothic UI", "Meiryo UI", "Meiryo", "Noto Sans CJK JP", "IPAexGothic")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="backoffice-desktop", description="Back office desktop application")
    p.add_argument("--config", help="configuration file (TOML; default: BACKOFFICE_CONFIG, else the "
                                    "machine-wide backoffice.toml, else the user's config folder)")
    p.add_argument("--db", help="database URL (overrides database.url)")
    p.add_argument("--lang", choices=i18n.LANGUAGES, help="display language (default: the saved one, Japanese)")
    p.add_argument("--log-level", choices=logsetup.LEVELS, default="INFO", type=str.upper,
                   help="what goes to the log file desktop.log (default INFO; Help > Open the log folder)")
    p.add_argument("--self-test", action="store_true",
                   help="start, open the database, show the login dialog for a moment and exit 0 "
                        "(used by the installer test and after installation)")
    return p.parse_args(argv)


def use_cjk_font(app: QApplication) -> str:
    """Japanese must render as text, not boxes: pick a CJK family the system has, else
    load IPAex Gothic from the system or resources/fonts."""
    families = set(QFontDatabase.families())
    for name in PREFERRED_FAMILIES:
        if name in families:
            break
    else:
        name = ""
        from backoffice.platform.resources import resource_path

        for path in (*CJK_FONTS, *map(str, Path(resource_path("fonts")).glob("*.tt[fc]"))):
            font_id = QFontDatabase.addApplicationFont(path)
            if font_id >= 0:
                name = QFontDatabase.applicationFontFamilies(font_id)[0]
                break
    if name:
        font = QFont(name, 10)
        app.setFont(font)
    return name


def make_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if existing is None:
        app = QApplication(argv)
    elif isinstance(existing, QApplication):
        app = existing
    else:  # a QCoreApplication cannot show widgets; the process started the wrong kind
        raise RuntimeError(f"a {type(existing).__name__} is already running; the desktop needs a QApplication")
    QCoreApplication.setOrganizationName("backoffice")
    QCoreApplication.setApplicationName("backoffice-desktop")
    return app


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logsetup.console(logging.INFO)  # a windowless program: the log file is what can be read
    logging.getLogger("alembic").setLevel(logging.WARNING)  # migration chatter at every start
    app = make_application(sys.argv[:1])
    collector = GarbageCollector(app)  # Qt objects are only ever freed on the GUI thread
    use_cjk_font(app)
    translation = i18n.Translation(app)
    lang = args.lang or i18n.saved_language()
    translation.install(lang)
    url: str | None = None
    logfile: Path | None = None
    try:
        config = load_config(args.config, args.db)
        logfile = logsetup.setup("desktop", args.log_level, config)
        _log_uncaught()
        log.info("backoffice-desktop started (pid %d, language %s)", os.getpid(), lang)
        url = config.database_url
        preflight.check_url(url)
        bo = Backoffice.open(config)
        if not config.per_person:  # a person's own role is checked at login (issue 19)
            bo.init_schema()
    except (BackofficeError, SQLAlchemyError) as exc:  # in Japanese, not a traceback (issue 21)
        if logfile is None:  # the configuration could not be read: the default log folder
            logsetup.setup("desktop", args.log_level, None)
        log.warning("cannot start: %s", exc)
        startup_problem_box(exc, url).exec()
        return 2
    workers = Workers()
    if args.self_test:
        return _self_test(app, bo, workers, lang)
    try:
        # login -> window -> (log out, or session ended) -> login ... until the user quits;
        # the flow decides when the application ends, not the last window closing
        app.setQuitOnLastWindowClosed(False)
        flow = SessionFlow(bo, workers, lang)
        flow.finished.connect(app.quit)
        flow.start()
        app.exec()
        return 0
    finally:
        workers.shutdown()
        bo.close()
        collector.stop()


def _log_uncaught() -> None:
    """An exception nobody caught (a slot, a timer) goes to the log file with its traceback:
    a windowless program has no console to print it on."""
    current = sys.excepthook
    if getattr(current, "__name__", "") == "_logged_excepthook":
        return  # installed by an earlier main() in this process

    def _logged_excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.critical("uncaught exception", exc_info=(kind, value, tb))
        current(kind, value, tb)

    sys.excepthook = _logged_excepthook


def _self_test(app: QApplication, bo: Backoffice, workers: Workers, lang: str) -> int:
    """Everything a real start needs (Qt plugins, fonts, translations, database, catalog),
    without waiting for a person."""
    from PySide6.QtCore import QTimer

    try:
        login = LoginDialog(bo, workers)
        login.show()
        QTimer.singleShot(500, login.reject)
        login.exec()
        title = login.windowTitle()
        print(f"self-test ok: language {lang}, {len(bo.catalog.codes())} procedures, login dialog '{title}'")
        return 0
    finally:
        workers.shutdown()
        bo.close()


if __name__ == "__main__":
    sys.exit(main())
