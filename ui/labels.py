"""Display names for codes (statuses, attention, actions, kinds) through Qt's translation
system, and small formatting helpers shared by pages."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from backoffice.timeutil import to_jst


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
    }
    return names.get(code, code)


def kind_label(code: str) -> str:
    names = {"identity_document": QCoreApplication.translate("Labels", "Identity document"), "supporting_document": QCoreApplication.translate("Labels", "Supporting document"),
             "photo": QCoreApplication.translate("Labels", "Photo"), "other": QCoreApplication.translate("Labels", "Other")}
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
             "send_back": QCoreApplication.translate("Labels", "Sent back to the reviewer"), "withdraw": QCoreApplication.translate("Labels", "Withdrawn")}
    return names.get(code, code)


def value_text(value: Any) -> str:
    if isinstance(value, bool):
        return QCoreApplication.translate("Labels", "Yes") if value else QCoreApplication.translate("Labels", "No")
    if isinstance(value, tuple | list):
        return "、".join(value_text(v) for v in value)
    if value is None:
        return "—"
    return str(value)


def when(dt: datetime | None) -> str:
    return to_jst(dt).strftime("%Y-%m-%d %H:%M") if dt else ""


def day(d: date | None) -> str:
    return d.isoformat() if d else "—"


def yen(amount: int | None) -> str:
    return "—" if amount is None else f"¥{amount:,}"
