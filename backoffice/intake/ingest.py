"""The back-office side of the sync queue (bundle-v1 §2, §7).

Bundles are taken from the inbox in groups. Each bundle is validated (checks 1-12 and
the pre-review checks that need no database), then the group's outcomes are written in
ONE transaction. Each bundle is still all-or-nothing: check 13 (revision_conflict) and
everything else that can refuse it is decided before its first write (receive.py), and
a failure no refusal explains rolls the group back and redoes it bundle by bundle. Files
leave the inbox only after the commit, and their folders are fsynced once per group
(group commit).

Restart after a crash at any point: an ingested bundle still in the inbox is a duplicate
(no-op), a quarantined one is found by its file hash and only moved.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from backoffice.accounts.permissions import Actor, require, system_actor
from backoffice.audit import log as audit
from backoffice.db.models import AuditEntry, IntakeRecord, Revision
from backoffice.intake import bundle as bundle_mod
from backoffice.intake.receive import IngestRows, PreChecks, pre_checks, receive_in
from backoffice.intake.retry import is_connection_error
from backoffice.intake.settings import IntakeSettings, load_intake_settings
from backoffice.intake.textrules import column_length
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import BundleRejected
from backoffice.platform.timeutil import utcnow

log = logging.getLogger(__name__)

T = TypeVar("T")


class OnDb(Protocol):
    """Runs one database step somewhere (here, or on the desktop's database thread) and
    returns what it returned (or raises what it raised)."""

    def __call__(self, step: Callable[[], T], /) -> T: ...


def _here(step: Callable[[], T]) -> T:
    """Run a database step in the calling thread (the command line, the sync agent)."""
    return step()


GROUP_SIZE = int(os.environ.get("BACKOFFICE_SYNC_GROUP", "50"))  # bundles per commit
_TARGET_LENGTH = column_length(AuditEntry.__table__.c.target)


@dataclass
class SyncSummary:
    ingested: int = 0
    duplicates: int = 0
    quarantined: int = 0
    notices_written: int = 0
    # portal-v1 §2, §4: inbound inquiries and acknowledgements, unknown ids in the acks;
    # the outbox key's absence (messages then wait in the database)
    inquiries: int = 0
    acks: int = 0
    unknown_acks: int = 0
    outbox_key_problem: str | None = None
    problems: list[str] = field(default_factory=list)
    busy: bool = False  # another agent was syncing this spool; nothing was done

    def portal_line(self) -> str:
        """portal-v1 §4: the line before the last one of `sync --once` (ack/1 files taken;
        inquiries newly recorded, a redelivered one is not counted twice)."""
        return f"inquiries {self.inquiries}, acks {self.acks}"

    def line(self) -> str:
        return f"ingested {self.ingested}, duplicates {self.duplicates}, quarantined {self.quarantined}"

    def count(self, outcome: str) -> None:
        attr = {"ingested": "ingested", "duplicate": "duplicates", "quarantined": "quarantined"}[outcome]
        setattr(self, attr, getattr(self, attr) + 1)


@dataclass
class _Item:
    path: Path
    file_sha: str
    result: object = None  # ValidatedBundle | DuplicateBundle | BundleRejected
    checks: PreChecks | None = None  # for a ValidatedBundle
    bundle_id: str | None = None
    outcome: str = ""
    error: str = ""


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _bundle_in(s: Session, bundle_id: str) -> bool:
    """Is a revision of this bundle in the database (ingested, by this or another agent)?"""
    return s.scalar(select(Revision.id).where(Revision.bundle_id == bundle_id)) is not None


def _bundle_known(bo: Backoffice, bundle_id: str) -> bool:
    with bo.db.read() as s:
        return _bundle_in(s, bundle_id)


def _validate(bo: Backoffice, settings: IntakeSettings, path: Path,
              known: Callable[[str], bool] | None = None) -> _Item:
    item = _Item(path, _file_sha256(path))
    try:
        item.result = bundle_mod.read_bundle(
            path, gateway_keys=settings.gateway_keys, catalog=bo.catalog, limits=settings.limits,
            is_duplicate=known or (lambda bid: _bundle_known(bo, bid)))
        item.bundle_id = item.result.bundle_id  # type: ignore[attr-defined]
        if isinstance(item.result, bundle_mod.ValidatedBundle):
            item.checks = pre_checks(settings, bo.catalog, item.result)
    except BundleRejected as exc:
        item.result = exc
    return item


def _quarantine_in(s: Session, bo: Backoffice, actor: Actor, item: _Item, exc: BundleRejected) -> None:
    # Idempotent: a crash after the commit but before the move must not record it twice,
    # nor may two sync agents that read the same file (the group holds the chain lock).
    existing = s.scalar(select(IntakeRecord.id).where(
        IntakeRecord.file_sha256 == item.file_sha, IntakeRecord.file_name == item.path.name,
        IntakeRecord.outcome == "quarantined", IntakeRecord.resolution.is_(None)))
    if existing is None:
        s.add(IntakeRecord(file_name=item.path.name, file_sha256=item.file_sha, bundle_id=item.bundle_id,
                           outcome="quarantined", reason=exc.code, detail=exc.detail, at=utcnow(),
                           stored_path=str(bo.spool.quarantine / item.path.name),
                           department=_department(bo, item, exc)))
        # The target column is short and an inbox file name is not (up to 255 characters).
        audit.record(s, actor, "intake.quarantine", f"bundle:{item.path.name}"[:_TARGET_LENGTH],
                     file=item.path.name, reason=exc.code, detail=exc.detail)
    item.outcome = "quarantined"
    log.info("quarantined %s: %s", item.path.name, exc)


def _department(bo: Backoffice, item: _Item, exc: BundleRejected) -> str | None:
    """The refused bundle's department (need-to-know, docs/departments.md): from its checked
    application (a refusal at or after check 13, a failure to record it) or from the
    procedure its authentic application.json names; None when neither is known."""
    res = item.result
    procedure = res.application.get("procedure") if isinstance(res, bundle_mod.ValidatedBundle) else exc.procedure
    proc = bo.catalog.get(procedure) if isinstance(procedure, str) else None
    return proc.department if proc is not None else None


def _record_in(s: Session, bo: Backoffice, actor: Actor, item: _Item, seen: set[str],
               rows: IngestRows) -> None:
    res = item.result
    if isinstance(res, BundleRejected):
        _quarantine_in(s, bo, actor, item, res)
        return
    if isinstance(res, bundle_mod.DuplicateBundle) or (item.bundle_id or "").lower() in seen:
        _duplicate_in(s, bo, item)
        return
    assert item.checks is not None
    try:  # a refusal is decided before receive_in writes anything: no savepoint needed
        receive_in(s, bo, actor, res, item.checks, item.path.name, item.file_sha, rows)
        item.outcome = "ingested"
        seen.add((item.bundle_id or "").lower())
    except BundleRejected as exc:  # check 13, revision_conflict
        if item.bundle_id and _bundle_in(s, item.bundle_id):
            # Another sync agent ingested this very bundle after it was checked here.
            _duplicate_in(s, bo, item)
        else:
            _quarantine_in(s, bo, actor, item, exc)


def _duplicate_in(s: Session, bo: Backoffice, item: _Item) -> None:
    s.add(IntakeRecord(file_name=item.path.name, file_sha256=item.file_sha, bundle_id=item.bundle_id,
                       outcome="duplicate", at=utcnow(), stored_path=str(bo.spool.archive / item.path.name)))
    item.outcome = "duplicate"


def _commit_group(bo: Backoffice, actor: Actor, items: list[_Item]) -> None:
    try:
        with bo.db.write() as s:
            # Every outcome is audited, so the group takes the audit chain lock first: group
            # transactions of several agents then never wait on each other's rows while
            # holding it (no deadlock on PostgreSQL), and check-then-insert steps such as
            # the quarantine record's are serialized.
            audit.lock_chain(s)
            seen: set[str] = set()
            rows = IngestRows()
            for item in items:
                _record_in(s, bo, actor, item, seen, rows)
            rows.insert_all(s)
    except OperationalError:
        for item in items:
            item.outcome = ""
        raise  # the database is unreachable: stop; every file stays in the inbox
    except Exception as exc:  # noqa: BLE001
        for item in items:
            item.outcome = ""
        if len(items) > 1:
            # Redo one by one so one troublesome bundle never holds back the others.
            for item in items:
                _commit_group(bo, actor, [item])
            return
        item = items[0]
        if is_connection_error(exc):
            raise  # a connection lost mid-way is not this bundle's fault: it stays in the inbox
        if isinstance(exc, IntegrityError) and item.bundle_id and _bundle_known(bo, item.bundle_id):
            # Another sync agent ingested the same bundle meanwhile.
            item.result = bundle_mod.DuplicateBundle(item.bundle_id)
            with bo.db.write() as s:
                _record_in(s, bo, actor, item, set(), IngestRows())
            return
        _quarantine_failed(bo, actor, item, exc)


def _failure_detail(exc: Exception) -> str:
    """One line naming the error, without the SQL statement and its parameters (they hold
    the applicant's data): 'StringDataRightTruncation: value too long for ...'."""
    cause: BaseException = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    first = (str(cause).strip().splitlines() or [""])[0]
    return f"could not be recorded ({type(cause).__name__}: {first})"[:300]


def _quarantine_failed(bo: Backoffice, actor: Actor, item: _Item, exc: Exception) -> None:
    """A bundle whose recording failed for a reason no check foresaw (issue 21: a poison
    bundle must not stop every later sync): quarantine it with the reason, so the rest of
    the queue goes on and a supervisor sees it (and can retry it after a fix)."""
    rejected = BundleRejected("ingest_failed", _failure_detail(exc))
    log.warning("%s: %s; quarantined", item.path.name, rejected.detail)
    log.debug("failure while recording %s", item.path.name, exc_info=exc)
    try:
        with bo.db.write() as s:
            audit.lock_chain(s)
            _quarantine_in(s, bo, actor, item, rejected)
    except Exception as again:  # noqa: BLE001 - not even the refusal can be written
        item.outcome = ""
        log.exception("could not record %s at all; it stays in the inbox", item.path.name)
        item.error = f"{item.path.name}: {again}"


def _move_group(bo: Backoffice, items: list[_Item]) -> None:
    for item in items:
        if not item.outcome:
            continue  # not recorded: it stays in the inbox
        target = "quarantine" if item.outcome == "quarantined" else "archive"
        try:
            moved = bo.spool.move(item.path, target, sync=False)
        except FileNotFoundError:
            continue  # another agent moved it
        if moved.name != item.path.name and item.outcome == "quarantined":
            with bo.db.write() as s:  # a name clash got a suffix: keep the record true
                rec = s.scalar(select(IntakeRecord).where(
                    IntakeRecord.file_sha256 == item.file_sha, IntakeRecord.file_name == item.path.name,
                    IntakeRecord.outcome == "quarantined", IntakeRecord.resolution.is_(None)))
                if rec is not None:
                    rec.stored_path = str(moved)
    bo.spool.sync_dirs("archive", "quarantine", "inbox")


def process_bundle(bo: Backoffice, settings: IntakeSettings, path: Path,
                   actor: Actor | None = None) -> str:
    """Handle one inbox file; returns 'ingested', 'duplicate' or 'quarantined'."""
    item = _validate(bo, settings, path)
    _commit_group(bo, actor or system_actor("sync"), [item])
    _move_group(bo, [item])
    return item.outcome


def _validate_group(bo: Backoffice, settings: IntakeSettings, group: list[Path],
                    problems: list[str], on_db: OnDb = _here) -> list[_Item]:
    items: list[_Item] = []
    # A bundle's file is named <bundle_id>.zip (check 6), so one query answers the
    # duplicate check of the whole group; any other id is looked up on its own. A
    # duplicate this misses (ingested meanwhile) is still caught when the group commits.
    named = {p.name[:-4] for p in group}

    def ingested_of_group() -> set[str]:
        with bo.db.read() as rs:
            return set(rs.scalars(select(Revision.bundle_id).where(Revision.bundle_id.in_(named))))

    already = on_db(ingested_of_group)

    def known(bundle_id: str) -> bool:
        if bundle_id in named:
            return bundle_id in already
        return on_db(lambda: _bundle_known(bo, bundle_id))

    for path in group:  # reading and checking the files: no database work here
        try:
            items.append(_validate(bo, settings, path, known))
        except FileNotFoundError:
            continue  # another agent took it
        except Exception as exc:  # noqa: BLE001 - a bug must not lose the file or stop the queue
            log.exception("could not read %s", path.name)
            problems.append(f"{path.name}: {exc}")
    return items


def sync_once(bo: Backoffice, actor: Actor | None = None, settings: IntakeSettings | None = None,
              progress: Callable[[int, int], None] | None = None, *, wait: bool = True,
              on_db: OnDb = _here) -> SyncSummary:
    """Ingest every bundle now in the inbox, then write pending notices to the outbox.
    One bad bundle never stops the queue. One agent at a time works on a spool: with
    ``wait`` this waits for another agent's run to end (and then handles what is left),
    without it returns at once with ``busy`` set (the desktop's background sync).
    ``on_db(fn)`` runs each database step (the group's duplicate check, the group's
    commit and file moves, the outbox) and returns its result; reading and checking the
    bundle files happen in the calling thread. The desktop passes a function that runs
    the step on its database thread and waits for it (ui/sync_runner.py)."""
    actor = actor or system_actor("sync")
    require(actor, "intake.run")
    settings = settings or load_intake_settings(bo.config)
    summary = SyncSummary()
    with bo.spool.agent_lock(wait=wait) as held:
        if not held:
            summary.busy = True
            return summary
        _sync_locked(bo, actor, settings, summary, progress, on_db)
    return summary


def _sync_locked(bo: Backoffice, actor: Actor, settings: IntakeSettings, summary: SyncSummary,
                 progress: Callable[[int, int], None] | None, on_db: OnDb = _here) -> None:
    paths = bo.spool.inbox_bundles()
    done = 0
    for start in range(0, len(paths), GROUP_SIZE):
        group = paths[start:start + GROUP_SIZE]
        try:
            items = _validate_group(bo, settings, group, summary.problems, on_db)
            on_db(functools.partial(_commit_group, bo, actor, items))
        except Exception as exc:  # noqa: BLE001 - e.g. the database is down: files stay in the inbox
            log.exception("could not record a group of %d bundles", len(group))
            summary.problems.append(f"database: {exc}")
            break
        on_db(functools.partial(_move_group, bo, items))  # a renamed quarantined file updates its record
        for item in items:
            if item.outcome:
                summary.count(item.outcome)
            elif item.error:
                summary.problems.append(item.error)
        done += len(group)
        if progress:
            progress(done, len(paths))
    summary.notices_written = on_db(lambda: _flush_notices(bo, summary))


def _flush_notices(bo: Backoffice, summary: SyncSummary) -> int:
    """The portal's inbound files (inquiry/1, ack/1), then the signed outbox (portal-v1)."""
    from backoffice.portal import inbound, outbox

    try:
        portal = inbound.take_inbound(bo)
    except Exception as exc:  # noqa: BLE001 - e.g. the database went away: the files stay in the inbox
        log.exception("could not take the portal's inbound files")
        summary.problems.append(f"portal inbound: {exc}")
    else:
        summary.inquiries, summary.acks = portal.inquiries, portal.acks
        summary.unknown_acks, summary.quarantined = portal.unknown_ids, summary.quarantined + portal.quarantined
        summary.problems.extend(portal.problems)
    try:
        from backoffice.portal import publishing

        publishing.publish_due(bo)  # catalog/1 and slots/1 when they changed since last published
        result = outbox.flush(bo)
    except OSError as exc:  # e.g. the outbox disk is full: the notices wait for the next run
        log.exception("could not write notices to the outbox")
        summary.problems.append(f"outbox: {exc}")
        return 0
    summary.outbox_key_problem = result.key_problem
    return result.written
