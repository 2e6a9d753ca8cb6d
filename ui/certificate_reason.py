"""ReasonDialog: why a certificate is reprinted or revoked (issue 16 item 5) — a reason
from a short list plus text; the text is required for 「その他」. The core records the
reason with the new or revoked serial in the audit log (backoffice/issuance/service.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from .named import named


class ReasonDialog(QDialog):
    def __init__(self, revoke: bool, serial: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revoke %1") if revoke else self.tr("Reprint %1"))
        self.setWindowTitle(self.windowTitle().replace("%1", serial))
        reasons = ([self.tr("Error in the content"), self.tr("Issued to the wrong person"),
                    self.tr("Suspected fraud"), self.tr("Other")] if revoke else
                   [self.tr("Paper jam"), self.tr("Soiled or damaged"), self.tr("Error in the content"),
                    self.tr("Lost before it was handed over"), self.tr("Other")])
        self.reason = named(QComboBox(), "certificateReason")
        self.reason.addItems(reasons)
        self.text = named(QLineEdit(), "certificateReasonText")
        self.message = named(QLabel(), "certificateReasonMessage")
        self.message.setStyleSheet("color: #b00020")
        intro = (self.tr("The paper with serial %1 will verify as revoked from now on. This cannot be undone.")
                 if revoke else
                 self.tr("A new paper with a new serial is printed; serial %1 will verify as superseded."))
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Details"), self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Revoke") if revoke else self.tr("Reprint"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(intro.replace("%1", serial), wordWrap=True))
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        self.setMinimumWidth(440)

    def _check(self) -> None:
        if self.reason.currentIndex() == self.reason.count() - 1 and not self.text.text().strip():
            self.message.setText(self.tr("Say what happened in the details."))
            return
        self.accept()

    def reason_text(self) -> str:
        details = self.text.text().strip()
        return self.reason.currentText() + (f": {details}" if details else "")
