"""Supervisor actions on refused bundles: retry (after a configuration change such as a
new gateway key) and discard with a note. Both audited; a bundle file is never deleted."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session, load_only

from backoffice.accounts import scope, sessions
from backoffice.accounts.permissions import Actor, require
from backoffice.audit import log as audit
from backoffice.db.engine import is_person
from backoffice.db.models import IntakeRecord
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import BackofficeError, NotFound
from backoffice.platform.timeutil import utcnow

log = logging.getLogger(__name__)


def _locate(bo: Backoffice, rec: IntakeRecord) -> Path:
    if rec.stored_path and Path(rec.stored_path).exists():
        return Path(rec.stored_path)
    candidate = bo.spool.quarantine / rec.file_name
    if candidate.exists():
        return candidate
    raise NotFound(f"the refused bundle file {rec.file_name} is no longer in {bo.spool.quarantine}")


def _open_record(bo: Backoffice, s: Session, actor: Actor, record_id: int) -> IntakeRecord:
    q = select(IntakeRecord).where(IntakeRecord.id == record_id)
    if is_person(s):  # not the detail and the note, which persons may not read (issue 19)
        from backoffice.casework.queries import PERSON_RECORD_COLUMNS

        q = q.options(load_only(*(getattr(IntakeRecord, c) for c in PERSON_RECORD_COLUMNS)))
    rec = s.scalar(q)
    if rec is None or rec.outcome != "quarantined":
        raise NotFound(f"no refused bundle {record_id}")
    # need-to-know (issue 16): only a bundle of the actor's departments, or of no known
    # department for a person who works for every department (docs/departments.md)
    scope.require_refused_bundle(actor, rec.department, bo.catalog.departments())
    if rec.resolution is not None:
        raise BackofficeError(f"{rec.file_name} was already {rec.resolution}")
    return rec


def _resolve(bo: Backoffice, s: Session, actor: Actor, record_id: int, resolution: str, note: str) -> Path:
    """Mark the record retried or discarded and audit it, in the caller's transaction. In a
    person's unit of work (`[database] per_person`, issue 19) the server's
    bo_quarantine_resolve checks the role and the department again and writes the resolution
    and the audit entry in the person's name (migration 0022)."""
    rec = _open_record(bo, s, actor, record_id)
    path = _locate(bo, rec)
    if is_person(s):
        sessions.check_in(s, actor)  # the login session still holds, in this transaction
        s.execute(text("SELECT bo_quarantine_resolve(:r, :x, :n)"),  # administration/server_admin.py
                  {"r": record_id, "x": resolution, "n": note})
        return path
    rec.resolution, rec.resolution_note = resolution, (note or None) if resolution == "retried" else note
    rec.resolved_by, rec.resolved_at = actor.id, utcnow()
    audit.record(s, actor, "quarantine.retry" if resolution == "retried" else "quarantine.discard",
                 f"bundle:{rec.file_name}", reason=rec.reason, note=note)
    return path


def retry(bo: Backoffice, actor: Actor, record_id: int, note: str = "") -> Path:
    """Put the bundle back into the inbox; the next sync checks it again from the start."""
    require(actor, "quarantine.resolve")
    with bo.db.write() as s:
        path = _resolve(bo, s, actor, record_id, "retried", note)
    # Moved only after the decision is durable; a crash here leaves it in quarantine/, where
    # the record (now "retried") still names it and a second retry finds it.
    moved = bo.spool.move(path, "inbox")
    _with_signature(bo, path, moved, "inbox")
    return moved


def _with_signature(bo: Backoffice, path: Path, moved: Path, subdir: str) -> None:
    """A portal file (inquiry-/ack-<id>.json, portal-v1 §2) travels with its gateway
    signature `<stem>.sig`: the JSON first, then the signature (as the gateway delivers)."""
    if not path.name.endswith(".json"):
        return
    sig = path.with_name(path.name[:-len(".json")] + ".sig")
    if sig.is_file() and moved.name == path.name:
        bo.spool.move(sig, subdir)


def discard(bo: Backoffice, actor: Actor, record_id: int, note: str) -> Path:
    """Close the case with a note; the file is kept under spool/discarded/."""
    require(actor, "quarantine.resolve")
    if not note.strip():
        raise BackofficeError("a note is required to discard a refused bundle")
    with bo.db.write() as s:
        path = _resolve(bo, s, actor, record_id, "discarded", note)
    moved = bo.spool.move(path, "discarded")
    _with_signature(bo, path, moved, "discarded")
    return moved
