"""Applicant notices (bundle-v1 §8, notice/1).

A notice row is queued in the same transaction as the status change it reports, so it
exists exactly once. The signed outbox (backoffice/portal/outbox.py, portal-v1 §1) writes
unwritten notices to the spool outbox by message_id, each JSON with its `.sig` (a crash
between writing and marking rewrites the same bytes: still one message)."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from sqlalchemy.orm import Session

from backoffice.db.models import Application, Notice
from backoffice.platform.timeutil import rfc3339, utcnow

log = logging.getLogger(__name__)

EVENTS = ("received", "returned_for_correction", "approved", "rejected", "issued",
          "ready_for_pickup", "delivered", "withdrawn",
          # portal-v1 (issue 17): a counter appointment booked or cancelled for the application
          "appointment_booked", "appointment_cancelled")

MESSAGES = {
    "received": "申請を受け付けました。審査結果をお待ちください。",
    "returned_for_correction": "申請内容に補正が必要です。理由をご確認のうえ、補正した申請を再提出してください。",
    "approved": "申請が承認されました。",
    "rejected": "申請は承認されませんでした。理由をご確認ください。",
    "issued": "証明書等を発行しました。お届けまでお待ちください。",
    "ready_for_pickup": "証明書等の準備ができました。本人確認書類をお持ちのうえ窓口でお受け取りください。",
    "delivered": "証明書等をお渡ししました。",
    "withdrawn": "申請の取下げを受け付けました。",
    "appointment_booked": "窓口の予約を受け付けました。",
    "appointment_cancelled": "窓口の予約を取り消しました。",
}


def notice_row(application_pk: int, application_id: str, revision: int, event: str, *,
               reason: str | None = None, attachment: bytes | None = None,
               message: str | None = None) -> dict[str, object]:
    """A notices row (for the bulk path of the intake sync; queue() is the usual way in)."""
    if event not in EVENTS:
        raise ValueError(f"unknown notice event {event!r}")
    return {"message_id": str(uuid.uuid4()), "application_pk": application_pk,
            "application_id": application_id, "revision": revision, "event": event,
            "at": utcnow(), "message": message or MESSAGES[event], "reason": reason,
            "attachment": attachment, "written_at": None}


def queue(session: Session, app: Application, event: str, *, reason: str | None = None,
          attachment: bytes | None = None, message: str | None = None) -> Notice:
    notice = Notice(**notice_row(app.id, app.application_id, app.revision, event, reason=reason,
                                 attachment=attachment, message=message))
    session.add(notice)
    return notice


def to_json(n: Any) -> dict[str, object]:
    return {
        "schema": "notice/1",
        "message_id": n.message_id,
        "application_id": n.application_id,
        "revision": n.revision,
        "event": n.event,
        "at": rfc3339(n.at),
        "message": n.message,
        "reason": n.reason if n.event in ("returned_for_correction", "rejected") else None,
        "attachment": f"{n.message_id}.pdf" if n.attachment else None,
    }
