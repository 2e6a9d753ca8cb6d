"""The intake fixtures (a Backoffice with a real gateway key, trust files and the outbox
key) plus helpers that put the portal's signed files into the inbox."""

from __future__ import annotations

import base64
import json
import uuid

from tests.intake.conftest import env, env_sqlite, outbox_keyring  # noqa: F401 - fixtures

SAMPLE_INQUIRY = {
    "schema": "inquiry/1", "received_at": "2026-11-30T09:15:00+09:00", "channel": "portal",
    "name": "山田 花子", "name_kana": "ヤマダ ハナコ", "email": "hanako@example.jp", "phone": None,
    "application_id": None, "procedure": "juminhyo-copy", "category": "手続き",
    "text": "住民票の写しは何日で届きますか。",
}


def inquiry(**changes) -> dict:
    doc = {**SAMPLE_INQUIRY, "inquiry_id": str(uuid.uuid4())}
    doc.update(changes)
    return doc


def put_signed(e, name: str, data: bytes, *, key=None, sig: bytes | None = None) -> None:
    """inbox/<name>.json, then its .sig (the JSON arrives first, portal-v1 §2)."""
    e.bo.spool.write_atomic("inbox", f"{name}.json", data)
    signature = sig if sig is not None else base64.b64encode((key or e.gateway_key).sign(data))
    e.bo.spool.write_atomic("inbox", f"{name}.sig", signature)


def put_inquiry(e, doc: dict, **kw) -> str:
    put_signed(e, f"inquiry-{doc['inquiry_id']}", json.dumps(doc, ensure_ascii=False).encode("utf-8"), **kw)
    return doc["inquiry_id"]


def put_ack(e, ids: list[str], **kw) -> None:
    doc = {"schema": "ack/1", "message_ids": ids, "at": "2026-11-30T10:00:00+09:00"}
    put_signed(e, f"ack-{uuid.uuid4()}", json.dumps(doc).encode("utf-8"), **kw)
