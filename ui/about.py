"""Help → About (issue 16 item 6): the version, the database in use (its address without a
password; for SQLite the file), the configuration file and the log folder, with a button
that copies all of it for the support desk."""

from __future__ import annotations

import importlib.metadata
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from backoffice.platform import logsetup
from backoffice.platform.config import Config

from .named import named


def version() -> str:
    """The installed version (the frozen build carries the package's metadata)."""
    try:
        return importlib.metadata.version("backoffice")
    except importlib.metadata.PackageNotFoundError:
        return QCoreApplication.translate("About", "unknown")


def database_text(url: str) -> str:
    """Where the database is, without a password: the file for SQLite, else the address."""
    try:
        u = make_url(url)
    except ArgumentError:
        return QCoreApplication.translate("About", "(the address in the configuration cannot be read)")
    if u.get_backend_name() == "sqlite":
        if not u.database or u.database == ":memory:":
            return QCoreApplication.translate("About", "SQLite in memory (nothing is kept)")
        return QCoreApplication.translate("About", "SQLite file %1").replace("%1", u.database)
    kind = "PostgreSQL" if u.get_backend_name() == "postgresql" else u.get_backend_name()
    # URL.set(password=None) keeps the password (None means "unchanged"): build it without one;
    # the query is written out decoded (sslrootcert=C:/ProgramData/…, not C%3A%2F…), and a
    # password given as a query parameter is left out too
    shown = URL.create(u.drivername, u.username, None, u.host, u.port, u.database)
    query = "&".join(f"{key}={value}" for key, values in u.query.items() if key.lower() not in SECRET_KEYS
                     for value in ((values,) if isinstance(values, str) else values))
    return f"{kind} {shown.render_as_string(hide_password=False)}" + (f"?{query}" if query else "")


SECRET_KEYS = frozenset({"password", "sslpassword"})  # libpq parameters that carry a secret


@dataclass(frozen=True)
class SupportFacts:
    version: str
    database: str
    configuration: str
    log_folder: str

    def rows(self) -> list[tuple[str, str]]:
        return [(QCoreApplication.translate("About", "Version"), self.version), (QCoreApplication.translate("About", "Database"), self.database),
                (QCoreApplication.translate("About", "Configuration file"), self.configuration), (QCoreApplication.translate("About", "Log folder"), self.log_folder)]

    def text(self) -> str:
        return "\n".join(f"{label}: {value}" for label, value in self.rows())


def support_facts(config: Config) -> SupportFacts:
    configuration = (QCoreApplication.translate("About", "built-in defaults (no configuration file)") if config.source.startswith("<")
                     else config.source)
    return SupportFacts(version(), database_text(config.database_url), configuration,
                        str(logsetup.log_dir(config)))


class AboutDialog(QDialog):
    def __init__(self, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(QCoreApplication.translate("About", "About the back office"))
        self.facts = support_facts(config)
        title = QLabel(QCoreApplication.translate("About", "Online applications back office — %1").replace("%1", config.city_name))
        title.setStyleSheet("font-weight: bold; font-size: 13pt")
        form = QFormLayout()
        names = ("aboutVersion", "aboutDatabase", "aboutConfiguration", "aboutLogFolder")
        for (label, value), name in zip(self.facts.rows(), names, strict=True):
            shown = named(QLabel(value), name)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, shown)
        self.copied = named(QLabel(), "aboutCopied")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = named(QPushButton(QCoreApplication.translate("About", "Copy for the support desk")), "aboutCopy")
        self.copy_button.setShortcut(QKeySequence("Ctrl+C"))
        self.copy_button.setToolTip(QCoreApplication.translate("About", "Copy for the support desk") + " (Ctrl+C)")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(lambda _c=False: self.copy())
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(form)
        lay.addWidget(self.copied)
        lay.addWidget(buttons)
        self.setMinimumWidth(620)

    def copy(self) -> str:
        text = self.facts.text()
        QGuiApplication.clipboard().setText(text)
        self.copied.setText(QCoreApplication.translate("About", "Copied. Paste it into your message to the support desk."))
        return text
