"""What went wrong, said to staff in the UI language: the one mapping from the core's error
codes (backoffice.platform.errors: `code` and `params`) and from the few non-core failures a page
can meet (connection lost, files) to a message that says what happened and what to do.

The core's English sentence never reaches the screen; it goes to the log, where an
administrator finds it next to the time the clerk reports."""

from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from backoffice.intake.retry import is_connection_error
from backoffice.issuance.qr import ScanRefused
from backoffice.platform.errors import (
    AuthenticationError,
    BackofficeError,
    ClaimError,
    ConfigError,
    NotFound,
    PermissionDenied,
    SessionEnded,
    TransitionError,
)

from . import labels

log = logging.getLogger(__name__)


def _weak_password(rule: str) -> str:
    texts = {
        "short": QCoreApplication.translate(
            "Errors", "The password is too short: at least 12 characters (a passphrase of several words is best)."),
        "long": QCoreApplication.translate("Errors", "The password is too long: at most 128 characters."),
        "common": QCoreApplication.translate(
            "Errors", "This password is too common. Choose a longer passphrase."),
        "personal": QCoreApplication.translate(
            "Errors", "The password must not contain your staff code or name."),
    }
    return texts.get(rule, QCoreApplication.translate("Errors", "The password does not follow the rules."))


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
        "unfilled_placeholder": QCoreApplication.translate(
            "Errors", "The reason still holds %1 from the template: replace it with the real text. "
            "Nothing was sent.").replace("%1", str(p.get("placeholders", ""))),
        "record_required": QCoreApplication.translate(
            "Errors", "This certificate is made from the register: it can be approved or issued only once "
            "the register has found the person."),
        "record_reason_required": QCoreApplication.translate(
            "Errors", "The register differs from the application: write why it may be approved anyway "
            "(the reason is kept in the audit log)."),
        "record_stale": QCoreApplication.translate(
            "Errors", "The register answer is too old to print. It has been asked again; issue the "
            "certificate when the new answer is in."),
        "record_waiting": QCoreApplication.translate(
            "Errors", "Waiting for the new register answer; issue the certificate when it is in."),
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
        # need-to-know and staff administration (issue 16)
        "other_department": QCoreApplication.translate(
            "Errors", "This application belongs to %1, which is not one of your departments. Ask a member "
            "of staff of %1, or an administrator to add the department to your account.").replace(
            "%1", str(p.get("department", "")) if p.get("department") != "*" else
            QCoreApplication.translate("Errors", "other departments")),
        # 支援措置 (backoffice/records/restriction.py)
        "record_restricted": QCoreApplication.translate(
            "Errors", "This application is of a person protected by support measures: only a supervisor may "
            "open it and decide. Hand it to a supervisor."),
        "unknown_department": QCoreApplication.translate(
            "Errors", "There is no department %1 in the procedure catalog.").replace("%1", str(p.get("department", ""))),
        "last_admin": QCoreApplication.translate(
            "Errors", "%1 is the last enabled administrator: the account stays enabled and keeps the "
            "administrator role. Make another administrator first.").replace("%1", str(p.get("staff", ""))),
        "disable_self": QCoreApplication.translate(
            "Errors", "You cannot disable your own account. Ask another administrator."),
        # per-person logins (issue 19): the code names the person's database login
        "code_not_role": QCoreApplication.translate(
            "Errors", "A staff code may hold only letters, digits and '_' here (no '-'). Choose another code."),
        "staff_not_found": QCoreApplication.translate(
            "Errors", "There is no staff account %1.").replace("%1", str(p.get("staff", ""))),
        "wrong_current_password": QCoreApplication.translate(
            "Errors", "The current password is wrong. Nothing was changed."),
        "same_password": QCoreApplication.translate(
            "Errors", "The new password is the same as the current one. Choose another."),
        "password_change_required": QCoreApplication.translate(
            "Errors", "An administrator set this password. Choose your own to log in."),
        "weak_password": _weak_password(str(p.get("rule", ""))),
        "effective_date_past": QCoreApplication.translate(
            "Errors", "The date is in the past. A change takes effect today or later."),
        "bad_processing_days": QCoreApplication.translate(
            "Errors", "The standard processing period must be between 0 (the same day) and 365 business days."),
        "field_label_empty": QCoreApplication.translate(
            "Errors", "A field label is empty. Every field of the form needs a label."),
        "field_label_too_long": QCoreApplication.translate(
            "Errors", "A field label is too long: at most %1 characters on one line.").replace(
            "%1", str(p.get("limit", ""))),
        "refused_bundle_unknown_department": QCoreApplication.translate(
            "Errors", "The department of this refused file is not known. Only a supervisor who works for "
            "every department can retry or discard it."),
        "unknown_template": QCoreApplication.translate(
            "Errors", "There is no issuance template %1.").replace("%1", str(p.get("template", ""))),
    }
    if exc.code in texts:
        return texts[exc.code]
    return _booking_or_payment(exc)


def _time(value: object) -> str:
    return labels.when(value) if isinstance(value, datetime) else str(value or "")


def _day(value: object) -> str:
    return labels.day(value) if isinstance(value, date) else ""


def _yen(value: object) -> str:
    return labels.yen(value) if isinstance(value, int) else ""


def _booking_or_payment(exc: BackofficeError) -> str | None:
    """Counter work: appointments (BookingError), counter payments and refunds (PaymentError),
    settlement files (SettlementFileError)."""
    p = exc.params
    texts = {
        "visitor_required": QCoreApplication.translate("Errors", "Enter the visitor's name."),
        "counter_closed": QCoreApplication.translate("Errors", "%1 is closed on %2. Choose another day.")
        .replace("%1", str(p.get("counter", ""))).replace("%2", _day(p.get("day"))),
        "not_a_slot": QCoreApplication.translate("Errors", "%1 is not a booking time of %2. Choose a time from the list.")
        .replace("%1", _time(p.get("starts_at"))).replace("%2", str(p.get("counter", ""))),
        "slot_over": QCoreApplication.translate("Errors", "The time %1 has already passed. Choose a later time.")
        .replace("%1", _time(p.get("starts_at"))),
        "already_booked": QCoreApplication.translate(
            "Errors", "This application already has an appointment. Cancel it first to book another time."),
        "slot_full": QCoreApplication.translate("Errors", "%1 at %2 is fully booked. Choose another time.")
        .replace("%1", _time(p.get("starts_at"))).replace("%2", str(p.get("counter", ""))),
        "no_requested_appointment": QCoreApplication.translate(
            "Errors", "Application %1 did not ask for an appointment. Book a time by hand.")
        .replace("%1", str(p.get("application", ""))),
        "unknown_counter": QCoreApplication.translate(
            "Errors", "Application %1 asks for a counter this office does not have. Book a time by hand.")
        .replace("%1", str(p.get("application", ""))),
        "appointment_state": QCoreApplication.translate("Errors", "This appointment is already %1.")
        .replace("%1", labels.appointment_status_label(str(p.get("status", "")))),
        "receipt_required": QCoreApplication.translate("Errors", "Enter the receipt number."),
        "no_fee": QCoreApplication.translate("Errors", "Application %1 has no fee to pay.")
        .replace("%1", str(p.get("application", ""))),
        "wrong_amount": QCoreApplication.translate("Errors", "The fee due is %1, not %2. Check the amount.")
        .replace("%1", _yen(p.get("fee"))).replace("%2", _yen(p.get("amount"))),
        "paid_at_counter": QCoreApplication.translate("Errors", "This application was already paid at the counter."),
        "paid_online": QCoreApplication.translate("Errors", "This application was already paid online."),
        "receipt_used": QCoreApplication.translate("Errors", "Receipt number %1 is already used. Check the number.")
        .replace("%1", str(p.get("receipt", ""))),
        "refund_positive": QCoreApplication.translate("Errors", "Enter the refunded amount (more than 0 yen)."),
        "refund_recorded": QCoreApplication.translate("Errors", "A refund for this application is already recorded."),
        "settlement_file": QCoreApplication.translate(
            "Errors", "The settlement file was not imported: line %1 is not in the agreed format. Nothing was "
            "changed. Ask the payment provider for a corrected file.").replace("%1", str(p.get("line", ""))),
    }
    texts.update(_counter_setup(exc))
    if exc.code == "settlement_file" and not p.get("line"):
        return QCoreApplication.translate(
            "Errors", "The settlement file was not imported: it is empty or not in the agreed format. Nothing "
            "was changed.")
    return texts.get(exc.code)


def _counter_setup(exc: BackofficeError) -> dict[str, str]:
    """Setting counters up (backoffice/supervision/counters.py, issue 16 item 4)."""
    p = exc.params

    def hhmm(value: object) -> str:
        return value.strftime("%H:%M") if hasattr(value, "strftime") else ""

    return {
        "bad_counter_code": QCoreApplication.translate(
            "Errors", "The code may hold only lower-case letters, digits and hyphens (at most 32), e.g. zeimu-2f."),
        "counter_name": QCoreApplication.translate("Errors", "Enter the counter's name (at most 100 characters)."),
        "hours_reversed": QCoreApplication.translate(
            "Errors", "The counter must open before it closes (%1 – %2). Check the opening hours.")
        .replace("%1", hhmm(p.get("opens"))).replace("%2", hhmm(p.get("closes"))),
        "bad_slot_minutes": QCoreApplication.translate(
            "Errors", "A slot is between 5 and 240 minutes long."),
        "slot_not_dividing": QCoreApplication.translate(
            "Errors", "%1 – %2 cannot be divided into %3-minute slots: the last slot would run past closing. "
            "Change the slot length or the hours.")
        .replace("%1", hhmm(p.get("opens"))).replace("%2", hhmm(p.get("closes")))
        .replace("%3", str(p.get("minutes", ""))),
        "bad_capacity": QCoreApplication.translate(
            "Errors", "Seats per slot must be between 1 and 50. To take no bookings, close the counter instead."),
        "closure_reversed": QCoreApplication.translate(
            "Errors", "The last day (%1) is before the first day (%2). Check the days.")
        .replace("%1", _day(p.get("last"))).replace("%2", _day(p.get("first"))),
        "closure_past": QCoreApplication.translate(
            "Errors", "%1 has passed. A closure starts today or later.").replace("%1", _day(p.get("first"))),
        "closure_too_long": QCoreApplication.translate(
            "Errors", "A closure is at most %1 days. Enter a shorter range.").replace("%1", str(p.get("days", ""))),
        "closure_note": QCoreApplication.translate("Errors", "The reason is at most 200 characters."),
        "impact_changed": QCoreApplication.translate(
            "Errors", "Bookings were made meanwhile that the change would also affect. Nothing was saved. "
            "Check the effect again."),
    }


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
