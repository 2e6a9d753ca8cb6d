"""Display names for codes (statuses, attention, actions, kinds, procedures, quarantine
reasons, payment methods, signature checks, audit actions) through Qt's translation system,
and the date formats staff read (「2026年12月6日 10:00」, birth dates in 和暦), in one place.

Every function falls back to a readable generic label, never to the raw code: a code that
reaches a screen is a defect (tests/ui/test_staff_text.py)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from backoffice.issuance.era import to_wareki
from backoffice.platform.catalog import Catalog
from backoffice.platform.timeutil import parse_rfc3339, to_jst


def status_label(code: str) -> str:
    names = {
        "received": QCoreApplication.translate("Labels", "Received"), "ready_for_review": QCoreApplication.translate("Labels", "Ready for review"),
        "needs_attention": QCoreApplication.translate("Labels", "Needs attention"), "in_review": QCoreApplication.translate("Labels", "In review"),
        "returned": QCoreApplication.translate("Labels", "Returned for correction"), "pending_approval": QCoreApplication.translate("Labels", "Pending approval"),
        "approved": QCoreApplication.translate("Labels", "Approved"), "rejected": QCoreApplication.translate("Labels", "Rejected"), "issued": QCoreApplication.translate("Labels", "Issued"),
        "delivered": QCoreApplication.translate("Labels", "Delivered"), "closed": QCoreApplication.translate("Labels", "Closed"), "withdrawn": QCoreApplication.translate("Labels", "Withdrawn"),
    }
    return names.get(code, code)


def attention_label(code: str) -> str:
    names = {
        "signature_missing": QCoreApplication.translate("Labels", "Signature missing"), "signature_invalid": QCoreApplication.translate("Labels", "Signature invalid"),
        "certificate_untrusted": QCoreApplication.translate("Labels", "Certificate not trusted"),
        "certificate_expired": QCoreApplication.translate("Labels", "Certificate expired"), "certificate_revoked": QCoreApplication.translate("Labels", "Certificate revoked"),
        "signer_name_mismatch": QCoreApplication.translate("Labels", "Signer name differs"), "payment_missing": QCoreApplication.translate("Labels", "Payment missing"),
        "payment_amount_mismatch": QCoreApplication.translate("Labels", "Payment amount differs"),
        "attachment_rejected": QCoreApplication.translate("Labels", "Attachment rejected"), "attachment_missing": QCoreApplication.translate("Labels", "Attachment missing"),
        "possible_duplicate": QCoreApplication.translate("Labels", "Possible duplicate"),
        "formula_like_text": QCoreApplication.translate("Labels", "Name or address starts like a formula"),
        # the register (records-v1 §4)
        "record_mismatch": QCoreApplication.translate("Labels", "Register differs"),
        "record_not_found": QCoreApplication.translate("Labels", "Not in the register"),
        "record_ambiguous": QCoreApplication.translate("Labels", "Several people in the register"),
        "record_restricted": QCoreApplication.translate("Labels", "Register restricted (support measures)"),
        "record_stale": QCoreApplication.translate("Labels", "Register answer too old: asked again"),
    }
    return names.get(code, code)


def restricted_person() -> str:
    """What lists show instead of a protected person's name (支援措置, backoffice/records/restriction.py)."""
    return QCoreApplication.translate("Labels", "(support measures: name withheld)")


def person_name(name: str, restricted: bool) -> str:
    """A name column's text: the masked form for a protected person."""
    return restricted_person() if restricted else name


def kind_label(code: str) -> str:
    names = {"identity_document": QCoreApplication.translate("Labels", "Identity document"), "supporting_document": QCoreApplication.translate("Labels", "Supporting document"),
             "photo": QCoreApplication.translate("Labels", "Photo"), "other": QCoreApplication.translate("Labels", "Other"),
             "paper_scan": QCoreApplication.translate("Labels", "Paper document scanned at the counter")}
    return names.get(code, code)


def role_label(code: str) -> str:
    names = {"counter": QCoreApplication.translate("Labels", "Counter"),
             "reviewer": QCoreApplication.translate("Labels", "Reviewer"),
             "supervisor": QCoreApplication.translate("Labels", "Supervisor"),
             "admin": QCoreApplication.translate("Labels", "Administrator")}
    return names.get(code, code)


def delivery_label(code: str) -> str:
    names = {"mail": QCoreApplication.translate("Labels", "Mail"), "counter": QCoreApplication.translate("Labels", "Counter pickup"), "electronic": QCoreApplication.translate("Labels", "Electronic")}
    return names.get(code, code)


def action_label(code: str) -> str:
    names = {"receive": QCoreApplication.translate("Labels", "Received"), "resubmit": QCoreApplication.translate("Labels", "Corrected revision received"),
             "checks_passed": QCoreApplication.translate("Labels", "Checks passed"), "checks_failed": QCoreApplication.translate("Labels", "Checks found problems"),
             "resolve_attention": QCoreApplication.translate("Labels", "Attention resolved"), "start_review": QCoreApplication.translate("Labels", "Review started"),
             "return": QCoreApplication.translate("Labels", "Returned for correction"), "approve": QCoreApplication.translate("Labels", "Approved"), "reject": QCoreApplication.translate("Labels", "Rejected"),
             "recommend_approve": QCoreApplication.translate("Labels", "Recommended approval"), "recommend_reject": QCoreApplication.translate("Labels", "Recommended rejection"),
             "final_approve": QCoreApplication.translate("Labels", "Approved (final)"), "final_reject": QCoreApplication.translate("Labels", "Rejected (final)"),
             "send_back": QCoreApplication.translate("Labels", "Sent back to the reviewer"), "withdraw": QCoreApplication.translate("Labels", "Withdrawn"),
             "issue": QCoreApplication.translate("Labels", "Document issued"),
             "deliver": QCoreApplication.translate("Labels", "Handed over or sent"),
             "close": QCoreApplication.translate("Labels", "Closed"),
             "close_without_output": QCoreApplication.translate("Labels", "Closed without a document"),
             "close_by_rule": QCoreApplication.translate("Labels", "Closed after the set period")}
    return names.get(code, QCoreApplication.translate("Labels", "Other step"))


def japanese() -> bool:
    """The UI language: ui.i18n.Translation sets the default QLocale with the catalog."""
    return QLocale().language() == QLocale.Language.Japanese


def value_text(value: Any) -> str:
    if isinstance(value, bool):
        return QCoreApplication.translate("Labels", "Yes") if value else QCoreApplication.translate("Labels", "No")
    if isinstance(value, tuple | list):
        return "、".join(value_text(v) for v in value)
    if value is None:
        return "—"
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return day(date.fromisoformat(value))  # form dates such as moved_on
    return str(value)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _fill(fmt: str, **parts: int) -> str:
    try:
        return fmt.format(**parts)
    except (KeyError, IndexError, ValueError):  # a broken translation: the source format
        return "{y}-{m:02}-{d:02}".format(**parts)


def when(dt: datetime | None) -> str:
    """「2026年12月6日 10:00」 (English: 2026-12-06 10:00), Japan time."""
    if not dt:
        return ""
    j = to_jst(dt)
    return _fill(QCoreApplication.translate("Labels", "{y}-{m:02}-{d:02} {H:02}:{M:02}"), y=j.year, m=j.month, d=j.day, H=j.hour, M=j.minute)


def when_text(text: str | None) -> str:
    """An RFC 3339 timestamp from a document (payment paid_at, appointment start) for reading."""
    if not text:
        return "—"
    try:
        return when(parse_rfc3339(text))
    except (ValueError, TypeError):
        return text


def day(d: date | None) -> str:
    """「2026年12月6日」 (English: 2026-12-06)."""
    if d is None:
        return "—"
    return _fill(QCoreApplication.translate("Labels", "{y}-{m:02}-{d:02}"), y=d.year, m=d.month, d=d.day)


def birth_day(d: date | None) -> str:
    """Birth dates as on the applicant's papers: 和暦 first in Japanese (「昭和60年1月5日（1985年）」)."""
    if d is None:
        return "—"
    if japanese():
        return f"{to_wareki(d)}（{d.year}年）"
    return day(d)


def yen(amount: int | None) -> str:
    return "—" if amount is None else f"¥{amount:,}"


def procedure_name(catalog: Catalog, code: str | None) -> str:
    """The catalog's name for a procedure, in the UI language (never the code)."""
    if not code:
        return QCoreApplication.translate("Labels", "All procedures")
    proc = catalog.get(code)
    if proc is None:
        return QCoreApplication.translate("Labels", "Procedure not in the catalog")
    return proc.name if japanese() or not getattr(proc, "name_en", "") else proc.name_en


def payment_method_label(code: str | None) -> str:
    names = {"credit_card": QCoreApplication.translate("Labels", "Credit card"), "pay_easy": QCoreApplication.translate("Labels", "Pay-easy"),
             "mobile_carrier": QCoreApplication.translate("Labels", "Mobile carrier billing"), "net_banking": QCoreApplication.translate("Labels", "Online banking"),
             "convenience_store": QCoreApplication.translate("Labels", "Convenience store"), "cash": QCoreApplication.translate("Labels", "Cash at the counter"),
             "counter": QCoreApplication.translate("Labels", "Paid at the counter")}
    if not code:
        return "—"
    return names.get(code, QCoreApplication.translate("Labels", "Other payment method"))


def quarantine_reason_label(code: str) -> str:
    """cli-v1 quarantine reason codes."""
    names = {
        "not_a_zip": QCoreApplication.translate("Labels", "Not a readable bundle file"), "unsafe_member_path": QCoreApplication.translate("Labels", "Unsafe file name inside"),
        "unexpected_member": QCoreApplication.translate("Labels", "Unexpected file inside"), "missing_member": QCoreApplication.translate("Labels", "A required file is missing"),
        "too_large": QCoreApplication.translate("Labels", "Too large"), "compression_ratio": QCoreApplication.translate("Labels", "Suspicious compression"),
        "gateway_signature_invalid": QCoreApplication.translate("Labels", "Gateway signature invalid"),
        "application_hash_mismatch": QCoreApplication.translate("Labels", "Application data altered"),
        "file_hash_mismatch": QCoreApplication.translate("Labels", "Attachment altered"), "invalid_json": QCoreApplication.translate("Labels", "Unreadable data"),
        "schema_error": QCoreApplication.translate("Labels", "Data not in the agreed format"), "unknown_procedure": QCoreApplication.translate("Labels", "Procedure not in the catalog"),
        "revision_conflict": QCoreApplication.translate("Labels", "Revision does not fit the application"),
        "attachment_accounting": QCoreApplication.translate("Labels", "Attachments do not add up"),
        "media_type_not_allowed": QCoreApplication.translate("Labels", "File type not allowed"),
        "ingest_failed": QCoreApplication.translate("Labels", "Could not be recorded"),
    }
    return names.get(code, QCoreApplication.translate("Labels", "Other reason"))


def quarantine_hint(code: str) -> str:
    """What the reason means and what to do, for the quarantine table."""
    hints = {
        "not_a_zip": QCoreApplication.translate("Labels", "The file is damaged or not a bundle. Ask the gateway operator to send it again."),
        "unsafe_member_path": QCoreApplication.translate("Labels", "The bundle may be an attack. Discard it and tell the security officer."),
        "unexpected_member": QCoreApplication.translate("Labels", "The bundle holds files it should not. Discard it and tell the gateway operator."),
        "missing_member": QCoreApplication.translate("Labels", "The bundle is incomplete. Ask the gateway operator to send it again."),
        "too_large": QCoreApplication.translate("Labels", "The bundle exceeds the size limit. Ask the gateway operator."),
        "compression_ratio": QCoreApplication.translate("Labels", "The bundle may be a compression bomb. Discard it and tell the security officer."),
        "gateway_signature_invalid": QCoreApplication.translate("Labels", "The bundle was not signed by a configured gateway key. "
                                        "Check the gateway keys in the settings, then retry."),
        "application_hash_mismatch": QCoreApplication.translate("Labels", "The application data changed after sanitization. Discard it and "
                                        "tell the security officer."),
        "file_hash_mismatch": QCoreApplication.translate("Labels", "An attachment changed after sanitization. Discard it and tell the "
                                 "security officer."),
        "invalid_json": QCoreApplication.translate("Labels", "The data cannot be read. Ask the gateway operator to send it again."),
        "schema_error": QCoreApplication.translate("Labels", "The data does not follow the agreed format. Ask the portal operator."),
        "unknown_procedure": QCoreApplication.translate("Labels", "The procedure is not in the catalog. Add it to the catalog, then retry."),
        "revision_conflict": QCoreApplication.translate("Labels", "The revision does not fit the application's state. Check the "
                                "application, then retry or discard."),
        "attachment_accounting": QCoreApplication.translate("Labels", "Attachments are missing or counted twice. Ask the gateway operator."),
        "media_type_not_allowed": QCoreApplication.translate("Labels", "An attachment has a file type that is not accepted. Discard it and "
                                     "ask the applicant to apply again."),
        "ingest_failed": QCoreApplication.translate("Labels", "The bundle passed every check but could not be saved. Tell the system "
                                                    "administrator; retry after the cause is fixed."),
    }
    return hints.get(code, QCoreApplication.translate("Labels", "See the technical detail (tooltip) and ask the system administrator."))


def signature_check_label(name: str, passed: bool) -> str:
    """One line per check of the applicant's e-signature (bundle-v1 §5)."""
    ok = {"present": QCoreApplication.translate("Labels", "An e-signature is attached"), "format": QCoreApplication.translate("Labels", "The signature data is well formed"),
          "signature": QCoreApplication.translate("Labels", "The signature matches the application data"),
          "chain": QCoreApplication.translate("Labels", "The signing certificate chains to a trusted root"),
          "validity": QCoreApplication.translate("Labels", "The signing certificate was valid when signed"),
          "revocation": QCoreApplication.translate("Labels", "The signing certificate is not revoked"),
          "name": QCoreApplication.translate("Labels", "The signer's name matches the applicant")}
    bad = {"present": QCoreApplication.translate("Labels", "No e-signature is attached"), "format": QCoreApplication.translate("Labels", "The signature data is malformed"),
           "signature": QCoreApplication.translate("Labels", "The signature does not match the application data"),
           "chain": QCoreApplication.translate("Labels", "The signing certificate is not from a trusted root"),
           "validity": QCoreApplication.translate("Labels", "The signing certificate had expired or was not yet valid"),
           "revocation": QCoreApplication.translate("Labels", "The signing certificate is revoked"),
           "name": QCoreApplication.translate("Labels", "The signer's name differs from the applicant")}
    return (ok if passed else bad).get(name, QCoreApplication.translate("Labels", "Other check passed") if passed else QCoreApplication.translate("Labels", "Other check failed"))


def actor_label(code: str | None) -> str:
    """Audit and history actors: staff codes as they are, the system's own workers named."""
    system = {"sync": QCoreApplication.translate("Labels", "Automatic intake"), "system": QCoreApplication.translate("Labels", "System"), "scheduler": QCoreApplication.translate("Labels", "Scheduled job"),
              "cli": QCoreApplication.translate("Labels", "Command line"), "demo": QCoreApplication.translate("Labels", "Demo set-up"), "factory": QCoreApplication.translate("Labels", "Test data"),
              "retention-agent": QCoreApplication.translate("Labels", "Automatic closing and retention"),
              "records-agent": QCoreApplication.translate("Labels", "Automatic register exchange")}
    if not code:
        return "—"
    return system.get(code, code)


def audit_action_label(action: str) -> str:
    """Audit log action names (`application.view`, `document.view`, …) for reading."""
    names = {
        "application.claim": QCoreApplication.translate("Labels", "Took the application"), "application.release": QCoreApplication.translate("Labels", "Released the application"),
        "application.comment": QCoreApplication.translate("Labels", "Added a comment"), "application.diff": QCoreApplication.translate("Labels", "Compared revisions"),
        "application.list": QCoreApplication.translate("Labels", "Listed a queue"), "application.search": QCoreApplication.translate("Labels", "Searched applications"),
        "application.view": QCoreApplication.translate("Labels", "Viewed an application"), "application.reassign": QCoreApplication.translate("Labels", "Reassigned an application"),
        "appointment.book": QCoreApplication.translate("Labels", "Booked an appointment"), "appointment.link": QCoreApplication.translate("Labels", "Linked an appointment"),
        "appointment.list": QCoreApplication.translate("Labels", "Viewed appointments"), "appointment.checked_in": QCoreApplication.translate("Labels", "Visitor checked in"),
        "appointment.cancelled": QCoreApplication.translate("Labels", "Cancelled an appointment"), "appointment.no_show": QCoreApplication.translate("Labels", "Visitor did not come"), "appointment.booked": QCoreApplication.translate("Labels", "Appointment restored"),
        "audit.search": QCoreApplication.translate("Labels", "Searched the audit log"), "audit.verify": QCoreApplication.translate("Labels", "Verified the audit chain"),
        "certificate.issue": QCoreApplication.translate("Labels", "Issued a document"), "certificate.reprint": QCoreApplication.translate("Labels", "Reprinted a document"),
        "certificate.revoke": QCoreApplication.translate("Labels", "Revoked a document"), "certificate.verify": QCoreApplication.translate("Labels", "Verified a certificate"),
        "certificate.view": QCoreApplication.translate("Labels", "Viewed an issued document"), "counter.close_day": QCoreApplication.translate("Labels", "Closed a counter day"),
        # setting counters up (issue 16 item 4, backoffice/supervision/counters.py)
        "counter.create": QCoreApplication.translate("Labels", "Added a counter"),
        "counter.configure": QCoreApplication.translate("Labels", "Changed a counter's hours or seats"),
        "counter.close_days": QCoreApplication.translate("Labels", "Closed a counter"),
        "counter.reopen_days": QCoreApplication.translate("Labels", "Reopened a counter"),
        "counter.preview": QCoreApplication.translate("Labels", "Listed the bookings a counter change affects"),
        "counter.contacts_export": QCoreApplication.translate("Labels", "Saved a contact list of bookings"),
        # paper documents scanned at the counter (issue 18, backoffice/intake/scans.py)
        "counter.scan_import": QCoreApplication.translate("Labels", "Took in a scanned paper document"),
        "counter.scan_quarantine": QCoreApplication.translate("Labels", "Set aside a scan that could not be taken in"),
        "counter.scan_attach": QCoreApplication.translate("Labels", "Attached a scan to a walk-in application"),
        "delivery.address_sheets": QCoreApplication.translate("Labels", "Printed address sheets"), "delivery.record": QCoreApplication.translate("Labels", "Recorded a delivery"),
        "document.view": QCoreApplication.translate("Labels", "Viewed an attachment"), "export.recover": QCoreApplication.translate("Labels", "Recovered an export"),
        "export.reexport": QCoreApplication.translate("Labels", "Re-exported a batch"), "export.run": QCoreApplication.translate("Labels", "Exported to core systems"),
        "intake.ingest": QCoreApplication.translate("Labels", "Took in a bundle"), "intake.quarantine": QCoreApplication.translate("Labels", "Quarantined a bundle"),
        "keys.register": QCoreApplication.translate("Labels", "Registered an issuing key"), "login": QCoreApplication.translate("Labels", "Logged in"),
        "login.failed": QCoreApplication.translate("Labels", "Login failed"), "logout": QCoreApplication.translate("Labels", "Logged out"),
        "payment.counter": QCoreApplication.translate("Labels", "Took a counter payment"), "payment.import": QCoreApplication.translate("Labels", "Imported a settlement file"),
        "payment.refund": QCoreApplication.translate("Labels", "Recorded a refund"), "quarantine.discard": QCoreApplication.translate("Labels", "Discarded a quarantined bundle"),
        "quarantine.retry": QCoreApplication.translate("Labels", "Retried a quarantined bundle"), "retention.run": QCoreApplication.translate("Labels", "Deleted expired records"),
        "staff.create": QCoreApplication.translate("Labels", "Created a staff account"), "staff.disable": QCoreApplication.translate("Labels", "Disabled a staff account"),
        "staff.enable": QCoreApplication.translate("Labels", "Enabled a staff account"), "staff.password": QCoreApplication.translate("Labels", "Changed a password"),
        # the register exchange (records-v1)
        "records.request": QCoreApplication.translate("Labels", "Sent register requests"),
        "records.load": QCoreApplication.translate("Labels", "Loaded register answers"),
        "records.refused": QCoreApplication.translate("Labels", "Refused a register answer batch"),
        "records.answer": QCoreApplication.translate("Labels", "Received a register answer"),
        "records.view": QCoreApplication.translate("Labels", "Viewed a register answer"),
        "records.mismatch_accepted": QCoreApplication.translate("Labels", "Approved despite a register difference"),
        "records.stale": QCoreApplication.translate("Labels", "Asked the register again (answer too old)"),
        "records.request_queued": QCoreApplication.translate("Labels", "Asked the register before issuing"),
    }
    if action in names:
        return names[action]
    group, _, step = action.partition(".")
    if group == "application" and step:
        label = action_label(step)
        if label != QCoreApplication.translate("Labels", "Other step"):
            return label  # the workflow's own actions: Received, Approved, …
    return QCoreApplication.translate("Labels", "Other operation")


def inquiry_status_label(code: str) -> str:
    """An inquiry's status (portal-v1 §3: new → assigned → answered → closed)."""
    names = {"new": QCoreApplication.translate("Labels", "New"),
             "assigned": QCoreApplication.translate("Labels", "Assigned"),
             "answered": QCoreApplication.translate("Labels", "Answered"),
             "closed": QCoreApplication.translate("Labels", "Closed")}
    return names.get(code, QCoreApplication.translate("Labels", "Other"))


def inquiry_channel_label(code: str) -> str:
    """How an inquiry came in: the portal's form, a phone call, a visit to the counter."""
    names = {"portal": QCoreApplication.translate("Labels", "Portal"), "phone": QCoreApplication.translate("Labels", "Phone"),
             "counter": QCoreApplication.translate("Labels", "Counter")}
    return names.get(code, QCoreApplication.translate("Labels", "Other"))


def appointment_status_label(code: str) -> str:
    names = {"booked": QCoreApplication.translate("Labels", "Booked"), "checked_in": QCoreApplication.translate("Labels", "Checked in"), "no_show": QCoreApplication.translate("Labels", "No-show"),
             "cancelled": QCoreApplication.translate("Labels", "Cancelled")}
    return names.get(code, QCoreApplication.translate("Labels", "Other"))
