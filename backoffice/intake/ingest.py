"""The back-office side of the sync queue (bundle-v1 §2, §7): validate each bundle in the
spool inbox, ingest a valid one in one transaction, quarantine a bad one with its reason,
and move the file out of the inbox only after the outcome is committed."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from .. import audit, notices
from ..context import Backoffice
from ..db.models import IntakeRecord, Revision
from ..errors import BundleRejected
from ..security.permissions import Actor, require, system_actor
from ..timeutil import utcnow
from . import bundle as bundle_mod
from .receive import receive_bundle
from .settings import IntakeSettings, load_intake_settings

log = logging.getLogger(__name__)


@dataclass
class SyncSummary:
    ingested: int = 0
    duplicates: int = 0
    quarantined: int = 0
    notices_written: int = 0
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        return f"ingested {self.ingested}, duplicates {self.duplicates}, quarantined {self.quarantined}"

    def add(self, other: SyncSummary) -> None:
        self.ingested += other.ingested
        self.duplicates += other.duplicates
        self.quarantined += other.quarantined
        self.notices_written += other.notices_written
        self.problems.extend(other.problems)


def _bundle_known(bo: Backoffice, bundle_id: str) -> bool:
    with bo.db.read() as s:
        return s.scalar(select(Revision.id).where(Revision.bundle_id == bundle_id)) is not None


def _record_quarantine(bo: Backoffice, actor: Actor, path: Path, file_sha: str, bundle_id: str | None,
                       exc: BundleRejected) -> None:
    stored = str(bo.spool.quarantine / path.name)
    with bo.db.write() as s:
        # Idempotent: a crash after this commit but before the move must not record it twice.
        existing = s.scalar(select(IntakeRecord).where(
            IntakeRecord.file_sha256 == file_sha, IntakeRecord.outcome == "quarantined",
            IntakeRecord.resolution.is_(None)))
        if existing is None:
            s.add(IntakeRecord(file_name=path.name, file_sha256=file_sha, bundle_id=bundle_id,
                               outcome="quarantined", reason=exc.code, detail=exc.detail,
                               at=utcnow(), stored_path=stored))
            audit.record(s, actor, "intake.quarantine", f"bundle:{path.name}",
                         reason=exc.code, detail=exc.detail)


def _record_duplicate(bo: Backoffice, actor: Actor, path: Path, file_sha: str, bundle_id: str) -> None:
    with bo.db.write() as s:
        s.add(IntakeRecord(file_name=path.name, file_sha256=file_sha, bundle_id=bundle_id,
                           outcome="duplicate", at=utcnow(), stored_path=str(bo.spool.archive / path.name)))


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def process_bundle(bo: Backoffice, settings: IntakeSettings, path: Path,
                   actor: Actor | None = None) -> str:
    """Handle one inbox file; returns 'ingested', 'duplicate' or 'quarantined'.
    Never raises for a bad bundle: one bad bundle never stops the queue."""
    actor = actor or system_actor("sync")
    file_sha = _file_sha256(path)
    bundle_id: str | None = None
    try:
        result = bundle_mod.read_bundle(
            path, gateway_keys=settings.gateway_keys, catalog=bo.catalog, limits=settings.limits,
            is_duplicate=lambda bid: _bundle_known(bo, bid))
        bundle_id = result.bundle_id
        if isinstance(result, bundle_mod.DuplicateBundle):
            outcome = "duplicate"
        else:
            try:
                receive_bundle(bo, settings, actor, result, path.name, file_sha)
                outcome = "ingested"
            except IntegrityError:
                # Another sync agent ingested the same bundle_id concurrently.
                if not _bundle_known(bo, result.bundle_id):
                    raise
                outcome = "duplicate"
    except BundleRejected as exc:
        _record_quarantine(bo, actor, path, file_sha, bundle_id, exc)
        moved = bo.spool.move(path, "quarantine")
        if moved.name != path.name:  # a name clash in quarantine/ got a suffix: keep the record true
            with bo.db.write() as s:
                s.execute(update(IntakeRecord).where(
                    IntakeRecord.file_sha256 == file_sha, IntakeRecord.outcome == "quarantined",
                    IntakeRecord.resolution.is_(None)).values(stored_path=str(moved)))
        log.info("quarantined %s: %s", path.name, exc)
        return "quarantined"
    if outcome == "duplicate":
        _record_duplicate(bo, actor, path, file_sha, bundle_id or "")
    bo.spool.move(path, "archive")
    return outcome


_COUNTERS = {"ingested": "ingested", "duplicate": "duplicates", "quarantined": "quarantined"}


def sync_once(bo: Backoffice, actor: Actor | None = None, settings: IntakeSettings | None = None,
              progress=None) -> SyncSummary:  # type: ignore[no-untyped-def]
    """Ingest every bundle now in the inbox, then write pending notices to the outbox."""
    actor = actor or system_actor("sync")
    require(actor, "intake.run")
    settings = settings or load_intake_settings(bo.config)
    summary = SyncSummary()
    paths = bo.spool.inbox_bundles()
    for i, path in enumerate(paths):
        try:
            outcome = process_bundle(bo, settings, path, actor)
        except FileNotFoundError:
            continue  # another agent took it
        except Exception as exc:  # noqa: BLE001 - a bug or a database fault must not lose the file
            log.exception("could not process %s", path.name)
            summary.problems.append(f"{path.name}: {exc}")
            continue
        counter = _COUNTERS[outcome]
        setattr(summary, counter, getattr(summary, counter) + 1)
        if progress:
            progress(i + 1, len(paths))
    summary.notices_written = notices.flush_outbox(bo.db, bo.spool)
    return summary
