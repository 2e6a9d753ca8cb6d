"""The audit log's detail column for reading: each known key of an entry's detail as a
labelled value in the UI language (statuses, attention codes, timestamps, procedure codes
turned into their labels), hashes shortened. The exact JSON stays in the tooltip and in
`backoffice audit verify`: this is only how staff read it."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from backoffice.platform.catalog import Catalog

from . import labels


def _key_names() -> dict[str, str]:
    return {
        "revision": QCoreApplication.translate("AuditText", "Revision"), "from_status": QCoreApplication.translate("AuditText", "From"), "to_status": QCoreApplication.translate("AuditText", "To"),
        "reason": QCoreApplication.translate("AuditText", "Reason"), "attention": QCoreApplication.translate("AuditText", "Needs attention"), "bundle_id": QCoreApplication.translate("AuditText", "Application data"),
        "serial": QCoreApplication.translate("AuditText", "Serial"), "application": QCoreApplication.translate("AuditText", "Application"), "counter": QCoreApplication.translate("AuditText", "Counter"),
        "source": QCoreApplication.translate("AuditText", "Booked"), "starts_at": QCoreApplication.translate("AuditText", "Time"), "kind": QCoreApplication.translate("AuditText", "Document"), "kid": QCoreApplication.translate("AuditText", "Key"),
        "out": QCoreApplication.translate("AuditText", "File"), "file": QCoreApplication.translate("AuditText", "File"), "procedure": QCoreApplication.translate("AuditText", "Procedure"), "rows": QCoreApplication.translate("AuditText", "Rows"),
        "detail": QCoreApplication.translate("AuditText", "Detail"), "new": QCoreApplication.translate("AuditText", "New"), "updated": QCoreApplication.translate("AuditText", "Updated"), "roles": QCoreApplication.translate("AuditText", "Roles"),
        "results": QCoreApplication.translate("AuditText", "Results"), "query": QCoreApplication.translate("AuditText", "Search"), "attachment": QCoreApplication.translate("AuditText", "Attachment"),
        "note": QCoreApplication.translate("AuditText", "Note"), "via": QCoreApplication.translate("AuditText", "Via"), "status": QCoreApplication.translate("AuditText", "Status"), "day": QCoreApplication.translate("AuditText", "Day"),
        "count": QCoreApplication.translate("AuditText", "Count"), "amount": QCoreApplication.translate("AuditText", "Amount"), "to": QCoreApplication.translate("AuditText", "To"), "supersedes": QCoreApplication.translate("AuditText", "Replaces"),
        "slot": QCoreApplication.translate("AuditText", "Time"), "receipt": QCoreApplication.translate("AuditText", "Receipt"), "problem": QCoreApplication.translate("AuditText", "Problem"),
        "previous_status": QCoreApplication.translate("AuditText", "Previous status"), "previous": QCoreApplication.translate("AuditText", "Previous"), "original": QCoreApplication.translate("AuditText", "Original"),
        "holder": QCoreApplication.translate("AuditText", "Held by"), "entries": QCoreApplication.translate("AuditText", "Entries"), "document": QCoreApplication.translate("AuditText", "Document"),
        "applications": QCoreApplication.translate("AuditText", "Applications"), "batches": QCoreApplication.translate("AuditText", "Export files"), "intact": QCoreApplication.translate("AuditText", "Intact"),
        "first_bad_seq": QCoreApplication.translate("AuditText", "First altered entry"), "head_seq": QCoreApplication.translate("AuditText", "Newest entry"),
        "revisions": QCoreApplication.translate("AuditText", "Revisions"), "anonymized": QCoreApplication.translate("AuditText", "Anonymized"), "kept_files": QCoreApplication.translate("AuditText", "Files kept"),
    }


# Paging bookkeeping and digests: not something a person reads.
# Location codes, key ids and bundle ids (UUIDs) are identifiers, shown in the tooltip only.
_HIDDEN = {"after_seq", "body_sha256", "head_hash", "notice_event", "counts", "counter", "kid", "bundle_id"}
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _value(key: str, value: Any, catalog: Catalog | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, list | tuple):
        return "、".join(_value(key, v, catalog) for v in value) or "—"
    if isinstance(value, bool):
        return labels.value_text(value)
    if key in ("from_status", "to_status", "status", "previous_status"):
        return _status(str(value))
    if key == "via":
        return {"counter": QCoreApplication.translate("AuditText", "counter search"),
                "receipt_qr": QCoreApplication.translate("AuditText", "receipt QR code")}.get(
            str(value), QCoreApplication.translate("AuditText", "other"))
    if key == "attention":
        return labels.attention_label(str(value))
    if key == "roles":
        return labels.role_label(str(value))
    if key in ("procedure", "kind") and catalog is not None:
        return labels.procedure_name(catalog, str(value))
    if key == "reason" and isinstance(value, str) and value in _quarantine_codes():
        return labels.quarantine_reason_label(value)
    if isinstance(value, str) and _TIMESTAMP.match(value):
        return labels.when_text(value)
    if isinstance(value, str) and _DATE.fullmatch(value):
        return labels.day(date.fromisoformat(value))  # 「日付: 2026年11月30日」, never 2026-11-30
    if key == "source":
        return {"hand": QCoreApplication.translate("AuditText", "by hand"), "application": QCoreApplication.translate("AuditText", "from the application")}.get(str(value), QCoreApplication.translate("AuditText", "other"))
    if key == "amount" and isinstance(value, int):
        return labels.yen(value)
    return str(value)


def _status(code: str) -> str:
    """Application statuses, "new" (before receipt) and certificate verification verdicts."""
    other = {"new": QCoreApplication.translate("AuditText", "(new)"),
             "valid": QCoreApplication.translate("AuditText", "valid"),
             "revoked": QCoreApplication.translate("AuditText", "revoked"),
             "bad_signature": QCoreApplication.translate("AuditText", "forged or altered"),
             "unknown_key": QCoreApplication.translate("AuditText", "unknown key"),
             "not_a_certificate": QCoreApplication.translate("AuditText", "no certificate code")}
    label = labels.status_label(code)
    return other.get(code, QCoreApplication.translate("AuditText", "other")) if label == code else label


def _quarantine_codes() -> frozenset[str]:
    return frozenset({"not_a_zip", "unsafe_member_path", "unexpected_member", "missing_member", "too_large",
                      "compression_ratio", "gateway_signature_invalid", "application_hash_mismatch",
                      "file_hash_mismatch", "invalid_json", "schema_error", "unknown_procedure",
                      "revision_conflict", "attachment_accounting", "media_type_not_allowed", "ingest_failed"})


def detail_text(detail: dict[str, Any] | None, catalog: Catalog | None = None) -> str:
    """「状態: 受付 → 審査待ち ・ 版: 1」; keys without a label are left to the tooltip."""
    if not detail:
        return ""
    names = _key_names()
    parts: list[str] = []
    d = dict(detail)
    if "from_status" in d and "to_status" in d:
        parts.append(f"{_status(str(d.pop('from_status')))} → {_status(str(d.pop('to_status')))}")
    for key in sorted(d):
        if key in _HIDDEN or key not in names:
            continue
        value = d[key]
        if value is None or value == [] or (key == "detail" and isinstance(value, str)):
            continue  # nothing to say; English sentences from the core stay in the tooltip
        parts.append(f"{names[key]}: {_value(key, value, catalog)}")
    return " ・ ".join(parts)


def detail_json(detail: dict[str, Any] | None) -> str:
    """The exact detail, for the tooltip."""
    return json.dumps(detail, ensure_ascii=False, sort_keys=True, indent=1) if detail else ""


# Identifiers a person cannot read (UUIDs, hex digests, file names made of them): the kind of
# target is said in words, the identifier stays in the tooltip.
_OPAQUE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{12,}", re.IGNORECASE)


def _target_kinds() -> dict[str, str]:
    return {"application": QCoreApplication.translate("AuditText", "Application"), "applications": QCoreApplication.translate("AuditText", "Application lists and searches"),
            "staff": QCoreApplication.translate("AuditText", "Staff"), "export": QCoreApplication.translate("AuditText", "Export file"),
            "key": QCoreApplication.translate("AuditText", "Key"), "settlement": QCoreApplication.translate("AuditText", "Settlement file"),
            "appointment": QCoreApplication.translate("AuditText", "Appointment"), "certificate": QCoreApplication.translate("AuditText", "Certificate"),
            "bundle": QCoreApplication.translate("AuditText", "Application data"), "audit": QCoreApplication.translate("AuditText", "Audit log"),
            "document": QCoreApplication.translate("AuditText", "Attachment"), "quarantine": QCoreApplication.translate("AuditText", "Quarantine"),
            "counter": QCoreApplication.translate("AuditText", "Counter"), "payment": QCoreApplication.translate("AuditText", "Payment"),
            "retention": QCoreApplication.translate("AuditText", "Retention"), "inquiry": QCoreApplication.translate("AuditText", "Inquiry"),
            "inquiries": QCoreApplication.translate("AuditText", "Inquiries"), "faq": QCoreApplication.translate("AuditText", "FAQ"),
            "announcement": QCoreApplication.translate("AuditText", "Announcement"), "procedure": QCoreApplication.translate("AuditText", "Procedure"),
            "portal": QCoreApplication.translate("AuditText", "Portal"), "ack": QCoreApplication.translate("AuditText", "Portal acknowledgement"),
            "record_batch": QCoreApplication.translate("AuditText", "Register exchange"), "login": QCoreApplication.translate("AuditText", "Login"),
            "logout": QCoreApplication.translate("AuditText", "Logout")}


def target_text(target: str | None, catalog: Catalog | None = None, name: str | None = None) -> str:
    """What an entry is about, in words: `application:OSK-2026-0000001` → 「申請 OSK-2026-0000001」,
    `certificate:2026-KO-00000001` → 「証明書 2026-KO-00000001」, `staff:r001` → 「職員 山田 花子」
    (`name`, looked up by the core), `procedure:juminhyo-copy` → the procedure's name. The whole
    log (`audit:chain`), settlement files (a digest), application data (a UUID file name),
    inquiries and portal files are said by kind only; the recorded target is the tooltip."""
    if not target:
        return ""
    kind, _, ident = target.partition(":")
    kinds = _target_kinds()
    label = kinds.get(kind, QCoreApplication.translate("AuditText", "Other"))
    if kind == "staff":
        return f"{label} {name}" if name else label  # a code is not for reading
    if kind == "procedure" and ident and catalog is not None:
        return f"{label} {labels.procedure_name(catalog, ident)}"
    if kind in ("application", "certificate", "appointment", "export") and ident and not _OPAQUE.search(ident):
        return f"{label} {ident}"
    return label
