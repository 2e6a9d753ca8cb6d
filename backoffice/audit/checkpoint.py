"""Signed checkpoints of the audit chain's head, kept outside the database (issue 21, defect 9).

The hash chain shows an edited entry, but whoever can write the database can also delete
the newest entries, empty the log or edit an entry and recompute every later hash: the
chain still verifies. A checkpoint anchors the chain outside the database: "this database's
log had N entries and entry N had hash H", signed with an Ed25519 key kept in the OS
credential store (keyring service "backoffice", user "audit:<key_id>", like the issuing
key). Copies are kept where the database's writers cannot reach them all:

- as files in `[audit] checkpoint_dir` (default `<data folder>/audit-checkpoints`), with
  the public key as `<key_id>.pem` beside them;
- beside every export batch as `<batch_id>.audit-checkpoint.json` — export-v1 fixes the
  manifest's fields, so a sidecar file rather than an extra field; the core systems keep
  it with the batch;
- as a row of `audit_checkpoints` (a convenience copy: a signature cannot be forged, a row
  can be deleted, which is why the files exist).

They are made by the daily verification of the sync agent (only over an intact chain), by
every export batch and by `backoffice audit checkpoint`. `audit verify` then checks the chain
against the newest checkpoint of this database it can see: the log may not be shorter and
the entry at that count must have that hash; an empty log is refused outright.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from backoffice.accounts.permissions import Actor, require
from backoffice.audit import log as audit
from backoffice.audit.log import ChainReport
from backoffice.db.engine import is_person
from backoffice.db.models import AuditEntry
from backoffice.db.models_audit import AuditCheckpoint
from backoffice.platform import fileperms
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import BackofficeError, ConfigError
from backoffice.platform.timeutil import as_utc, utcnow

log = logging.getLogger(__name__)

FORMAT = "backoffice-audit-checkpoint/1"
SIDECAR_SUFFIX = ".audit-checkpoint.json"
EMPTY = "the audit log is empty: every entry was deleted (a database in use always has entries)"


class CheckpointError(BackofficeError):
    """A checkpoint file that cannot be read or whose signature does not verify."""


@dataclass(frozen=True)
class Checkpoint:
    database: str  # the database URL without password: checkpoints of other databases are ignored
    entries: int
    head: str
    made_at: str  # RFC 3339, UTC
    kid: str
    reason: str
    signature: str = ""

    def signed_bytes(self) -> bytes:
        body = {k: v for k, v in asdict(self).items() if k != "signature"}
        body["format"] = FORMAT
        return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()

    def to_json(self) -> bytes:
        return (json.dumps({"format": FORMAT, **asdict(self)}, ensure_ascii=False, indent=2) + "\n").encode()

    @classmethod
    def from_json(cls, data: bytes, where: str) -> Checkpoint:
        try:
            d = json.loads(data)
            if not isinstance(d, dict) or d.get("format") != FORMAT:
                raise ValueError("not an audit checkpoint")
            cp = cls(str(d["database"]), int(d["entries"]), str(d["head"]), str(d["made_at"]),
                     str(d["kid"]), str(d["reason"]), str(d["signature"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise CheckpointError(f"audit checkpoint {where} cannot be read: {exc}") from None
        return cp


def _stamp(at: datetime) -> str:
    return as_utc(at).strftime("%Y-%m-%dT%H:%M:%SZ")


def database_id(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


# --- the key ------------------------------------------------------------------------------

def _username(kid: str) -> str:
    return f"audit:{kid}"


def _keyring_get(kid: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        return keyring.get_password("backoffice", _username(kid))
    except NoKeyringError as exc:
        raise ConfigError("no OS credential store is available (keyring backend) for the audit "
                          "checkpoint key; set PYTHON_KEYRING_BACKEND or install one") from exc
    except KeyringError as exc:
        raise ConfigError(f"the OS credential store refused access: {exc}") from exc


def load_key(kid: str) -> Ed25519PrivateKey | None:
    secret = _keyring_get(kid)
    if secret is None:
        return None
    try:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(secret, validate=True))
    except (ValueError, binascii.Error) as exc:
        raise ConfigError(f"audit checkpoint key {kid!r} in the credential store is damaged") from exc


def ensure_key(kid: str) -> tuple[Ed25519PrivateKey, bool]:
    """The checkpoint key, created in the OS credential store on first use; (key, created)."""
    key = load_key(kid)
    if key is not None:
        return key, False
    import keyring
    from keyring.errors import KeyringError

    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                            serialization.NoEncryption())
    try:
        keyring.set_password("backoffice", _username(kid), base64.b64encode(raw).decode("ascii"))
    except KeyringError as exc:
        raise ConfigError(f"could not store the audit checkpoint key {kid}: {exc}") from exc
    log.info("created audit checkpoint key %s in the OS credential store", kid)
    return key, True


def _pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


# --- making a checkpoint -----------------------------------------------------------------------

def _head(bo: Backoffice) -> tuple[int, str]:
    with bo.db.read() as s:
        last = s.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    return (int(last[0]), str(last[1])) if last else (0, audit.GENESIS)


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    fd = fileperms.create(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def make(bo: Backoffice, reason: str, *, also_to: Path | None = None) -> Checkpoint:
    """Sign the current head and keep it: a file in the checkpoint folder (plus `also_to`,
    e.g. beside an export batch) and a row in the database. Refuses an empty log."""
    entries, head = _head(bo)
    if entries == 0:
        raise BackofficeError(EMPTY)
    kid = bo.config.checkpoint_key_id
    key, _ = ensure_key(kid)
    made_at = utcnow().replace(microsecond=0)
    cp = Checkpoint(database_id(bo.config.database_url), entries, head, _stamp(made_at), kid, reason)
    cp = Checkpoint(**{**asdict(cp), "signature": base64.b64encode(key.sign(cp.signed_bytes())).decode()})
    folder = fileperms.ensure_dir(bo.config.checkpoint_dir)
    pem = folder / f"{kid}.pem"
    if not pem.exists():
        _write_atomic(pem, _pem(key.public_key()))
    elif pem.read_bytes().strip() != _pem(key.public_key()).strip():
        # Another machine's key under the same id: its checkpoints would no longer verify.
        raise ConfigError(f"audit checkpoint key id {kid!r} in {folder} belongs to another key; "
                          "give this machine its own [audit] key_id")
    tag = hashlib.sha256(cp.database.encode()).hexdigest()[:8]
    _write_atomic(folder / f"{cp.made_at.replace(':', '').replace('-', '')}-{entries:012d}-{tag}.json", cp.to_json())
    if also_to is not None:
        _write_atomic(also_to, cp.to_json())
    with bo.db.write() as s:
        if is_person(s):  # the server keeps the row only for an entry the chain holds (migration 0022)
            s.execute(text("SELECT bo_audit_checkpoint(:e, :h, :m, :k, :s, :r)"),
                      {"e": entries, "h": head, "m": made_at, "k": kid, "s": cp.signature, "r": reason[:16]})
        else:
            s.add(AuditCheckpoint(entries=entries, head_hash=head, made_at=made_at, kid=kid,
                                  signature=cp.signature, reason=reason[:16]))
    log.info("audit checkpoint: %d entries, head %s (%s)", entries, head, reason)
    return cp


def make_if_intact(bo: Backoffice, actor: Actor, reason: str = "manual") -> tuple[ChainReport, Checkpoint | None]:
    """Check the chain (the walk and the checkpoints seen so far), then sign its head; never
    a head that does not verify (None then). `backoffice audit checkpoint`."""
    require(actor, "audit.verify")
    with bo.db.read() as s:
        report = audit.verify_chain(s)
    report = check(bo, report)
    if not report.intact:
        log.error("audit chain broken: %s; no checkpoint made", report.problem)
        return report, None
    return report, make(bo, reason)


def beside_batch(bo: Backoffice, info: Any) -> Any:
    """After an export batch is written: its checkpoint sidecar. Never fails the export (the
    batch is durable already); a missing credential store is logged."""
    manifest = getattr(info, "manifest_path", None)
    if manifest is None:
        return info
    sidecar = Path(str(manifest).removesuffix(".manifest.json") + SIDECAR_SUFFIX)
    try:
        make(bo, "export", also_to=sidecar)
    except (BackofficeError, OSError) as exc:
        log.error("export %s: no audit checkpoint beside it: %s", info.batch_id, exc)
    return info


# --- checking against checkpoints ------------------------------------------------------------

def _public_keys(bo: Backoffice) -> dict[str, Ed25519PublicKey]:
    keys: dict[str, Ed25519PublicKey] = {}
    folder = bo.config.checkpoint_dir
    if folder.is_dir():
        for pem in folder.glob("*.pem"):
            try:
                key = serialization.load_pem_public_key(pem.read_bytes())
            except (ValueError, OSError):
                continue
            if isinstance(key, Ed25519PublicKey):
                keys[pem.stem] = key
    kid = bo.config.checkpoint_key_id
    try:  # the credential store's own key wins over a file someone may have replaced
        own = load_key(kid)
    except ConfigError:
        own = None
    if own is not None:
        keys[kid] = own.public_key()
    return keys


def gather(bo: Backoffice, extra: Iterable[Path] = ()) -> tuple[list[Checkpoint], list[str]]:
    """The validly signed checkpoints of this database (folder, database rows, `extra` files)
    and the problems met on the way (unreadable files, bad signatures)."""
    db = database_id(bo.config.database_url)
    keys = _public_keys(bo)
    found: list[tuple[Checkpoint, str]] = []
    problems: list[str] = []
    folder = bo.config.checkpoint_dir
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    for path in [*files, *extra]:
        try:
            found.append((Checkpoint.from_json(path.read_bytes(), str(path)), str(path)))
        except (CheckpointError, OSError) as exc:
            problems.append(str(exc))
    with bo.db.read() as s:
        for row in s.scalars(select(AuditCheckpoint)):
            found.append((Checkpoint(db, int(row.entries), row.head_hash, _stamp(as_utc(row.made_at)), row.kid, row.reason,
                                     row.signature), f"database row {row.id}"))
    valid: list[Checkpoint] = []
    for cp, where in found:
        if cp.database != db:
            continue  # another database's checkpoint (a shared folder)
        key = keys.get(cp.kid)
        if key is None:
            # Another machine's checkpoint whose public key is not in this folder (each
            # machine's own folder): it cannot be checked here, so it counts for nothing —
            # neither as evidence nor as an alarm. A shared checkpoint_dir sees them all.
            log.info("audit checkpoint %s: key %s not known here; skipped", where, cp.kid)
            continue
        try:
            key.verify(base64.b64decode(cp.signature, validate=True), cp.signed_bytes())
        except (InvalidSignature, ValueError, binascii.Error):
            problems.append(f"audit checkpoint {where} is not validly signed")
            continue
        valid.append(cp)
    return valid, problems


def check(bo: Backoffice, report: ChainReport, extra: Iterable[Path] = ()) -> ChainReport:
    """The chain walk's report, amended by the newest checkpoint: an empty or shortened log,
    or a head rewritten since a checkpoint, is not intact."""
    if report.entries == 0 and report.intact:
        return ChainReport(False, 0, None, EMPTY)
    checkpoints, problems = gather(bo, extra)
    if problems and report.intact:
        return ChainReport(False, report.entries, None, problems[0])
    if not checkpoints:
        return report
    newest = max(checkpoints, key=lambda c: (c.entries, c.made_at))
    entries, _ = _head(bo)
    when = newest.made_at
    if entries < newest.entries:
        if report.intact or (report.first_bad_seq or 0) > entries + 1:
            return ChainReport(False, report.entries, entries + 1,
                               f"the audit log ends at entry {entries} but the signed checkpoint of {when} "
                               f"counts {newest.entries} entries: entries were deleted")
        return report
    with bo.db.read() as s:
        found = s.scalar(select(AuditEntry.hash).where(AuditEntry.seq == newest.entries))
    if found != newest.head and (report.intact or (report.first_bad_seq or 0) > newest.entries):
        return ChainReport(False, report.entries, newest.entries,
                           f"entry {newest.entries} differs from the signed checkpoint of {when}: "
                           "the log was rewritten")
    return report
