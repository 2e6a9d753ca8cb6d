"""Help > Open the log folder (issue 22): the folder of desktop.log, where the support
desk and the troubleshooting table of the admin guide look first."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from backoffice.platform import fileperms, logsetup
from backoffice.platform.config import Config

log = logging.getLogger(__name__)


def open_log_folder(config: Config, parent: QWidget | None = None) -> bool:
    """Show the log folder in the system's file manager; say so when it cannot."""
    folder = logsetup.log_dir(config)
    try:
        fileperms.ensure_dir(folder)  # no file yet when logging could not start
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
    except OSError as exc:
        log.warning("cannot make the log folder %s: %s", folder, exc)
        opened = False
    if not opened:
        QMessageBox.information(parent, QCoreApplication.translate("LogFolder", "Log folder"),
                                QCoreApplication.translate("LogFolder", "The log folder could not be opened. It is:\n%1")
                                .replace("%1", str(folder)))
    return opened


def open_log_folder_action(config: Config, parent: QObject) -> QAction:
    action = QAction(QCoreApplication.translate("LogFolder", "Open the log folder"), parent)
    action.setObjectName("openLogFolderAction")
    widget = parent if isinstance(parent, QWidget) else None
    action.triggered.connect(lambda _checked=False: open_log_folder(config, widget))
    return action
