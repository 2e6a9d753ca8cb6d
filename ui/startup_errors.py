"""What the desktop says when it cannot start (issue 21 defect 7): a configuration typo, an
unsupported or unreachable database, in the staff's language, instead of a traceback. The
exact technical line stays available under "details" for the administrator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from backoffice.db.preflight import DatabaseNotReady, unreachable, unusable
from backoffice.intake.retry import is_connection_error
from backoffice.platform.config import UnknownConfigKey
from backoffice.platform.errors import ConfigError


def startup_message(exc: BaseException, database_url: str | None = None) -> tuple[str, str]:
    """(sentence for staff, technical line for the administrator)."""
    if isinstance(exc, SQLAlchemyError):
        exc = (unreachable if is_connection_error(exc) else unusable)(exc, database_url or "")
    detail = str(exc)
    if isinstance(exc, UnknownConfigKey):
        if exc.key is None:
            text = QCoreApplication.translate("Startup", "The configuration file %1 has an unknown section [%2]. Check its spelling.")
            return text.replace("%1", exc.source).replace("%2", exc.section), detail
        text = QCoreApplication.translate("Startup", "The configuration file %1 has an unknown setting \u201c%2\u201d in [%3]. Check its spelling.")
        return text.replace("%1", exc.source).replace("%2", exc.key).replace("%3", exc.section), detail
    if isinstance(exc, DatabaseNotReady):
        text = {
            "unsupported": QCoreApplication.translate("Startup", "The database set in the configuration (%1) is not supported."),
            "unreachable": QCoreApplication.translate("Startup", "Cannot connect to the database (%1). Check the network and the "
                               "database server, or ask the administrator."),
            "not_initialised": QCoreApplication.translate("Startup", "The database (%1) has not been set up yet. Ask the administrator."),
            "outdated": QCoreApplication.translate("Startup", "The database (%1) must be updated for this version. Ask the administrator."),
        }.get(exc.kind, QCoreApplication.translate("Startup", "The database (%1) cannot be used."))
        return text.replace("%1", exc.where), detail
    if isinstance(exc, ConfigError):
        return QCoreApplication.translate("Startup", "The configuration has an error. Ask the administrator (details below)."), detail
    return QCoreApplication.translate("Startup", "The application could not start. Ask the administrator (details below)."), detail


def startup_problem_box(exc: BaseException, database_url: str | None = None,
                        parent: QWidget | None = None) -> QMessageBox:
    text, detail = startup_message(exc, database_url)
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Startup", "Cannot start"), text,
                      QMessageBox.StandardButton.Close, parent)
    box.setDetailedText(detail)
    return box
