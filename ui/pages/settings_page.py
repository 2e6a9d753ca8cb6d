"""SettingsPage (設定): the display language (switched at once: the main window rebuilds
itself in the chosen language, ui/session_flow.py; remembered for the next start), whether to be
asked before sending to applicants (ui/confirm.py), changing one's own password (issue 16:
the old one is required, the core checks the policy and audits it), and how the idle
lock and session end work."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backoffice.platform.config import Config

from .. import confirm, i18n
from ..errors import error_message
from ..named import named
from ..operations import Changes, Operation
from ..password_dialog import PasswordDialog
from ..qtcompat import emit
from ..workers import Workers

log = logging.getLogger(__name__)


class SettingsPage(QWidget):
    language_chosen = Signal(str)  # "ja" / "en": the main window switches (ui/main_window.py)

    def __init__(self, config: Config, parent: QWidget | None = None, *, workers: Workers | None = None,
                 change_password: Callable[[str, str], None] | None = None) -> None:
        super().__init__(parent)
        self.workers, self._change_password = workers, change_password
        self.language = named(QComboBox(), "language")
        self.language.addItem("日本語", "ja")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.saved_language())))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = named(QLabel(), "languageNote")
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)
        self.confirm_sending = named(QCheckBox(self.tr(
            "Ask before a decision is sent to the applicant and before \"Issue all\"")), "confirmSending")
        self.confirm_sending.setToolTip(self.tr(
            "Experienced staff may switch this off. A reason with a template placeholder such as "
            "{document} is never sent, whatever this says."))
        self.confirm_sending.setChecked(confirm.enabled())
        self.confirm_sending.toggled.connect(confirm.set_enabled)
        form.addRow(self.tr("Confirmation"), self.confirm_sending)
        self.password_button = named(QPushButton(self.tr("Change my password…")), "changePassword")
        self.password_button.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.password_button.setToolTip(self.tr("Change my password…") + " (Ctrl+Shift+P)")
        self.password_button.clicked.connect(lambda _c=False: self.change_password())
        self.password_button.setEnabled(workers is not None and change_password is not None)
        self.password_note = named(QLabel(), "passwordNote")
        password_row = QHBoxLayout()  # the button at its own width, not stretched across the page
        password_row.addWidget(self.password_button)
        password_row.addStretch(1)
        form.addRow(self.tr("Password"), password_row)
        form.addRow("", self.password_note)
        lock = QLabel(self.tr(
            "The screen locks after %1 minutes without keyboard or mouse input (Ctrl+L locks at once); "
            "your password unlocks it. Your session ends when an administrator disables your account "
            "or ends its sessions.").replace("%1", str(config.idle_lock_minutes)), wordWrap=True)
        lease = QLabel(self.tr(
            "An application you open is held for you for %1 minutes and renewed while it stays open; "
            "it is given back when you leave it.").replace("%1", str(config.lease_minutes)), wordWrap=True)
        # Config.source is "<defaults>" when no file was read: say so in words
        source = (self.tr("built-in defaults (no configuration file)") if config.source.startswith("<")
                  else config.source)
        db = QLabel(self.tr("Configuration: %1").replace("%1", source), wordWrap=True)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(lock)
        lay.addWidget(lease)
        lay.addWidget(db)
        lay.addStretch(1)

    def change_password(self, dialog: PasswordDialog | None = None) -> None:
        """Ask for the current password and a new one twice; the core checks and records it."""
        if self.workers is None or self._change_password is None:
            return
        dialog = dialog or PasswordDialog(self.tr("Change my password"), "", ask_current=True, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        old, new = dialog.passwords()
        change = self._change_password
        (Operation(self, self.workers, lambda: change(old, new), Changes(staff=True))
         .success(lambda _r: self.password_note.setText(self.tr("Your password has been changed.")))
         .failure(lambda exc: self.password_note.setText(error_message(exc))).run())

    def _language_chosen(self, _index: int) -> None:
        emit(self.language_chosen, self.language.currentData())

    def show_language(self, lang: str) -> None:
        """Show `lang` as chosen without switching (the switch was cancelled)."""
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.language.blockSignals(False)
