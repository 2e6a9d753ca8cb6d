"""Asking before something reaches applicants (issue 13 defect 4): a decision that sends a
notice, and 「すべて発行」. Experienced staff may switch the question off in the Settings page;
the choice is per user (QSettings "confirm/notifying_actions", on by default)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

SETTING = "confirm/notifying_actions"


def enabled() -> bool:
    return bool(QSettings().value(SETTING, True, type=bool))


def set_enabled(on: bool) -> None:
    QSettings().setValue(SETTING, on)


def ask(parent: QWidget, title: str, text: str, detail: str = "") -> bool:
    """True when the user confirms (or has switched confirmations off). "No" is the default
    button, so a second Ctrl+Enter or Enter does not send by accident."""
    if not enabled():
        return True
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("confirmNotify")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    if detail:
        box.setInformativeText(detail)
    box.setToolTip(QCoreApplication.translate(
        "Confirm", "This question can be switched off in Settings (ask before sending to applicants)."))
    return box.exec() == QMessageBox.StandardButton.Yes
