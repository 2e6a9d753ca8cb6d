"""File dialogs that start where staff keep their files.

Qt's static dialogs open in the process's working directory when given no folder: for an
installed application that is the program folder (C:\\Program Files\\…), where nobody keeps
a scan and where saving fails. Every dialog of the application goes through these
functions, which start in the user's documents folder (QStandardPaths.DocumentsLocation,
e.g. ドキュメント on Windows) and afterwards in the folder last used in this run."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_last_folder: list[str] = []  # the folder of the last file chosen in this run


def documents_folder() -> str:
    """The user's documents folder, or the home folder when there is none."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if docs and Path(docs).is_dir():
        return docs
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation) or str(Path.home())


def start_folder() -> str:
    if _last_folder and Path(_last_folder[0]).is_dir():
        return _last_folder[0]
    return documents_folder()


def _remember(path: str, is_folder: bool = False) -> str:
    if path:
        _last_folder[:] = [path if is_folder else str(Path(path).parent)]
    return path


def forget_last_folder() -> None:
    """Back to the documents folder (a new login starts fresh)."""
    _last_folder.clear()


def open_file(parent: QWidget | None, title: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, start_folder(), filters)
    return _remember(path)


def save_file(parent: QWidget | None, title: str, file_name: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(start_folder()) / file_name), filters)
    return _remember(path)


def existing_folder(parent: QWidget | None, title: str) -> str:
    return _remember(QFileDialog.getExistingDirectory(parent, title, start_folder()), is_folder=True)
