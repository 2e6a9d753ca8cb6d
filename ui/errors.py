"""What went wrong, said to staff in the UI language: the one mapping from the core's error
codes (backoffice.errors: `code` and `params`) and from the few non-core failures a page
can meet (connection lost, files) to a message that says what happened and what to do.

The core's English sentence never reaches the screen; it goes to the log, where an
administrator finds it next to the time the clerk reports."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from backoffice.errors import (
    AuthenticationError,
    BackofficeError,
    ClaimError,
    ConfigError,
    NotFound,
    PermissionDenied,
    SessionEnded,
    TransitionError,
)
from backoffice.issuance.qr import ScanRefused
from backoffice.retry import is_connection_error

from . import labels

log = logging.getLogger(__name__)


def _by_code(exc: BackofficeError) -> str | None:
    p = exc.params
    texts = {
        "no_credential_store": QCoreApplication.translate(
            "Errors", "Documents cannot be issued on this PC: it has no credential store for the city's "
            "issuing key. Nothing was issued. Ask the system administrator to set up the issuing key "
            "on this PC (backoffice keys init)."),
        "credential_store_refused": QCoreApplication.translate(
            "Errors", "The PC's credential store refused access to the issuing key. Nothing was issued. "
            "Log in to Windows again or ask the system administrator."),
        "issuing_key_missing": QCoreApplication.translate(
            "Errors", "The city's issuing key is not set up on this PC. Nothing was issued. Ask the system "
            "administrator to set it up (backoffice keys init)."),
        "issuing_key_damaged": QCoreApplication.translate(
            "Errors", "The issuing key on this PC is damaged. Nothing was issued. Ask the system "
            "administrator."),
        "claimed_by_other": QCoreApplication.translate(
            "Errors", "Another member of staff is working on this application. You can read it; to work "
            "on it, ask them or a supervisor."),
        "claim_lost": QCoreApplication.translate(
            "Errors", "You no longer hold this application (the hold ran out or a supervisor handed it "
            "over). Open it again to continue."),
        "reason_required": QCoreApplication.translate(
            "Errors", "Enter a reason: it is sent to the applicant."),
        "own_recommendation": QCoreApplication.translate(
            "Errors", "You recommended this decision yourself; another supervisor must make the final "
            "decision."),
        "application_not_found": QCoreApplication.translate(
            "Errors", "There is no application %1. Check the number.").replace("%1", str(p.get("application", ""))),
        "cannot_work_on": QCoreApplication.translate(
            "Errors", "This application is %1 and cannot be worked on now.").replace(
            "%1", labels.status_label(str(p.get("status", "")))),
        "no_qr_code": QCoreApplication.translate(
            "Errors", "No QR code was found in the image. Scan the receipt again, flat and in focus."),
        "not_a_receipt": QCoreApplication.translate(
            "Errors", "The QR code is not a receipt of this city (it holds no application number)."),
        "login_failed": QCoreApplication.translate(
            "Errors", "The staff code or password is wrong, or the account cannot log in."),
    }
    return texts.get(exc.code)


def error_message(exc: BaseException) -> str:
    """One sentence (or two) for a failure, in the UI language; logs the original."""
    log.info("shown to staff as an error: %s: %s", type(exc).__name__, exc)
    if isinstance(exc, BackofficeError):
        text = _by_code(exc)
        if text is not None:
            return text
    if isinstance(exc, SessionEnded):
        return QCoreApplication.translate("Errors", "Your session has ended. Log in again.")
    if isinstance(exc, PermissionDenied):
        return QCoreApplication.translate("Errors", "Your role does not allow this. Ask a supervisor or the system administrator if you need it.")
    if isinstance(exc, ClaimError):
        return QCoreApplication.translate("Errors", "Another member of staff is working on this application.")
    if isinstance(exc, TransitionError):
        return QCoreApplication.translate("Errors", "This cannot be done in the application's current state. Reload the screen and check "
                  "its status.")
    if isinstance(exc, NotFound):
        return QCoreApplication.translate("Errors", "It was not found: it may have been removed in the meantime. Reload the screen.")
    if isinstance(exc, AuthenticationError):
        return QCoreApplication.translate("Errors", "The staff code or password is wrong, or the account cannot log in.")
    if isinstance(exc, ConfigError):
        return QCoreApplication.translate("Errors", "The configuration of this PC has a problem. Ask the system administrator "
                  "(the details are in the log).")
    if isinstance(exc, ScanRefused):  # a hostile or absurd file, refused before rendering (issue 21)
        return QCoreApplication.translate("Errors", "The file cannot hold a code: it has too many pages, a page far "
                                          "larger than paper, or takes too long to scan.")
    if is_connection_error(exc):
        return QCoreApplication.translate("Errors", "The database cannot be reached. Wait a moment and try again; if it persists, ask the "
                  "system administrator.")
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate("Errors", "The file or folder cannot be written or read: you do not have access. Choose another "
                  "place or ask the system administrator.")
    if isinstance(exc, FileNotFoundError):
        return QCoreApplication.translate("Errors", "The file or folder does not exist any more. Choose it again.")
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Errors", "The file could not be read or written. Check the disk or network folder and try again.")
    if isinstance(exc, BackofficeError):
        return QCoreApplication.translate("Errors", "This could not be done. Ask the system administrator (the details are in the log).")
    return QCoreApplication.translate("Errors", "An unexpected error occurred. Nothing was lost; try again, and if it happens again tell "
              "the system administrator the time it happened.")


def summary(failures: list[BaseException]) -> list[str]:
    """Distinct messages of a batch, each with how often it happened: one line, not five."""
    counts: dict[str, int] = {}
    for exc in failures:
        text = error_message(exc)
        counts[text] = counts.get(text, 0) + 1
    return [text if n == 1 else QCoreApplication.translate("Errors", "%1 (%n times)", "", n).replace("%1", text) for text, n in counts.items()]


def stops_batch(exc: BaseException) -> bool:
    """A failure that every further item would meet too (no issuing key, no permission, no
    database): the batch stops at the first one instead of repeating it."""
    return isinstance(exc, ConfigError | PermissionDenied) or is_connection_error(exc)
