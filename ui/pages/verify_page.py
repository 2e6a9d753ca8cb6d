"""VerifyPage (証明書の検証): open or drop a scan/photo/PDF of a presented certificate; the
verdict is shown in big clear words and the signed facts are listed for comparison with
the paper. Decoding runs in the worker pool; the serial check on the database thread."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backoffice.accounts.permissions import Actor
from backoffice.issuance.qr import ScanRefused, decode_qr_texts
from backoffice.issuance.verify import VerifyResult, verify_decoded
from backoffice.platform.context import Backoffice

from .. import file_dialogs, labels
from ..errors import error_message
from ..named import named
from ..workers import Workers

log = logging.getLogger(__name__)

COLORS = {"valid": "#1b7f3b", "revoked": "#b3261e", "bad_signature": "#b3261e",
          "unknown_key": "#a15c00", "not_a_certificate": "#555555"}


class VerifyPage(QWidget):
    def __init__(self, bo: Backoffice, actor: Actor, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bo, self.actor, self.workers = bo, actor, workers
        self.result: VerifyResult | None = None
        self.setAcceptDrops(True)
        open_btn = named(QPushButton(self.tr("Open scan, photo or PDF…")), "verifyOpen")
        open_btn.clicked.connect(self._choose)
        hint = QLabel(self.tr("Or drop the file here. Compare the facts below with the paper."))
        self.verdict = named(QLabel(), "verifyVerdict")
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.verdict.font()
        font.setPointSize(26)
        font.setBold(True)
        self.verdict.setFont(font)
        self.detail = named(QLabel(), "verifyDetail")
        self.detail.setWordWrap(True)
        self.facts = QFormLayout()
        self.fact_labels: dict[str, QLabel] = {}
        for key, label in (("sn", self.tr("Serial number")), ("kind", self.tr("Document")),
                           ("iat", self.tr("Issued on")), ("iss", self.tr("Issuer (city code)")),
                           ("app", self.tr("Application")), ("name", self.tr("Name")),
                           ("birth", self.tr("Birth date")), ("kid", self.tr("Signing key"))):
            value = named(QLabel(), f"verifyFact_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key] = value
            self.facts.addRow(label, value)
        lay = QVBoxLayout(self)
        lay.addWidget(open_btn)
        lay.addWidget(hint)
        lay.addWidget(self.verdict)
        lay.addWidget(self.detail)
        lay.addLayout(self.facts)
        lay.addStretch(1)

    def refresh(self) -> None:
        pass  # nothing to reload: the page shows the last file checked

    def _choose(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Certificate to verify"),
                                      self.tr("Images and PDF (*.png *.jpg *.jpeg *.pdf)"))
        if path:
            self.verify_path(Path(path))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.verify_path(Path(urls[0].toLocalFile()))
            event.acceptProposedAction()

    def verify_path(self, path: Path) -> None:
        self._show_busy(path)
        self.workers.pool_run(lambda: decode_qr_texts(path), self._decoded, self._failed, owner=self)

    def _decoded(self, texts: list[str]) -> None:
        self.workers.db(lambda: verify_decoded(self.bo, texts, actor=self.actor), self.show_result,
                        self._failed, owner=self)

    def _show_busy(self, path: Path) -> None:
        self.verdict.setText(self.tr("Checking…"))
        self.verdict.setStyleSheet("")
        self.detail.setText(path.name)
        for label in self.fact_labels.values():
            label.clear()

    def verdict_text(self, status: str) -> str:
        return {
            "valid": self.tr("VALID: issued by the city"),
            "revoked": self.tr("REVOKED: do not accept"),
            "bad_signature": self.tr("FORGED OR ALTERED: signature does not match"),
            "unknown_key": self.tr("UNKNOWN KEY: cannot confirm the issuer"),
            "not_a_certificate": self.tr("NO CERTIFICATE CODE FOUND"),
        }.get(status, status)

    def show_result(self, result: VerifyResult) -> None:
        self.result = result
        self.verdict.setText(self.verdict_text(result.status))
        self.verdict.setStyleSheet(f"color: {COLORS.get(result.status, '#000')};")
        if result.demo:  # signed by a demo key: a sample (見本), whatever the signature says
            self.verdict.setText(self.verdict_text(result.status) + "\n"
                                 + self.tr("DEMO DOCUMENT: not an official certificate"))
            self.verdict.setStyleSheet(f"color: {COLORS['unknown_key']};")
        self.detail.setText(self.explanation(result))
        self.detail.setToolTip(result.verdict.detail)  # the core's technical sentence
        payload = result.verdict.payload or {}
        for key, label in self.fact_labels.items():
            value = result.verdict.kid if key == "kid" else payload.get(key)
            if key == "kind" and value:
                value = labels.procedure_name(self.bo.catalog, str(value))
            if key in ("iat", "birth") and value:
                try:  # 和暦 as printed on the paper, with the western year
                    value = labels.birth_day(date.fromisoformat(str(value)))
                except ValueError:
                    pass
            label.setText("" if value is None else str(value))

    def explanation(self, result: VerifyResult) -> str:
        """What the verdict means, in the UI language (the core's detail is English)."""
        serial = str((result.verdict.payload or {}).get("sn", ""))
        if result.status == "valid":
            if result.serial_status is None:
                text = self.tr("The signature is the city's, but this office has no record of the serial: "
                               "check with the issuing department.")
            else:
                text = self.tr("The signature is the city's and serial %1 is valid in this office's records.") \
                    .replace("%1", serial)
            if result.record_matches is False:
                text += "\n" + self.tr("The office's record of this document differs from the signed content: "
                                       "check with the issuing department.")
            return text
        if result.status == "revoked":
            if result.superseded_by:
                return self.tr("This paper was replaced by a reprint with serial %1; only the new one counts.") \
                    .replace("%1", result.superseded_by)
            text = self.tr("Serial %1 was revoked by the city.").replace("%1", serial)
            return text + (self.tr(" Reason: %1").replace("%1", result.revoked_reason) if result.revoked_reason else "")
        if result.status == "bad_signature":
            return self.tr("The code's signature does not match its content: the paper may be forged or altered.")
        if result.status == "unknown_key":
            return self.tr("The code was signed with a key this office does not know: the issuer cannot be "
                           "confirmed. Ask the system administrator whether the key is registered.")
        if result.codes_found:
            return self.tr("The file has a QR code, but not one of the city's certificate codes.")
        return self.tr("No QR code was found. Scan the paper again at a higher resolution or straighter.")

    def refused_text(self, code: str) -> str:
        return {
            "too_many_pages": self.tr("Not a certificate: the file has too many pages."),
            "page_too_large": self.tr("Not a certificate: a page of the file is far larger than paper."),
            "image_too_large": self.tr("Not a certificate: the image is too large to scan."),
            "too_slow": self.tr("Not a certificate: the file takes too long to scan."),
        }.get(code, self.tr("Not a certificate."))

    def _failed(self, exc: BaseException) -> None:
        log.info("verify failed: %s", exc)
        if isinstance(exc, ScanRefused):  # beyond the page/pixel limits: refused before rendering
            self.verdict.setText(self.verdict_text("not_a_certificate"))
            self.verdict.setStyleSheet(f"color: {COLORS['not_a_certificate']};")
            self.detail.setText(self.refused_text(exc.code))
            return
        self.verdict.setText(self.tr("Could not check the file"))
        self.verdict.setStyleSheet(f"color: {COLORS['not_a_certificate']};")
        self.detail.setText(error_message(exc))
