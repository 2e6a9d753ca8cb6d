"""Administering the procedure catalog kept in the shared database (issue 16 item 3).

A change is a new *version* of a procedure that takes effect on a date (a fee change from
4月1日 when the 手数料条例 changes): the versions before stay, so an application is judged by
the version in force when it was received (intake stores its fee due and deadline with
it), also after later changes. A date in the past is refused for a new version. Every
change is validated (the procedures-v1 rules, fee a non-negative integer, processing days
0–365, a known department and issuance template), written in one transaction (nothing
half-saved) and audited as `catalog.change` with what changed.

`import_catalog` reads a procedures-v1 TOML file (a broken file is refused with its line and
reason), returns the difference against the versions in force on the chosen date, and
applies it only when asked to (`backoffice catalog import FILE` shows it and asks first).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from backoffice.accounts import sessions
from backoffice.accounts.permissions import Actor, require
from backoffice.audit import log as audit
from backoffice.db import catalog_store
from backoffice.db.engine import is_person
from backoffice.db.models_catalog import ProcedureVersion
from backoffice.platform.catalog import Catalog, catalog_from_data, parse_catalog
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import BackofficeError, CatalogError, ConfigError
from backoffice.platform.timeutil import today_jst, utcnow
from backoffice.portal import publishing

log = logging.getLogger(__name__)

MAX_PROCESSING_DAYS = 365
MAX_FIELD_LABEL = 40  # a form field's label (the application screen's left column)


@dataclass(frozen=True)
class Change:
    code: str
    key: str          # "" for a procedure added as a whole
    before: Any       # None when added
    after: Any

    def line(self) -> str:
        if not self.key:
            return f"+ {self.code}: new procedure"
        return f"~ {self.code}.{self.key}: {self.before!r} -> {self.after!r}"


def diff(old: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]]) -> list[Change]:
    """What changes from `old` to `new`, procedure by procedure and key by key. A procedure
    missing from `new` is not removed (codes are a contract with the portal)."""
    out: list[Change] = []
    for code, entry in new.items():
        before = old.get(code)
        if before is None:
            out.append(Change(code, "", None, entry))
            continue
        for key in sorted(set(before) | set(entry)):
            if before.get(key) != entry.get(key):
                out.append(Change(code, key, before.get(key), entry.get(key)))
    return out


def _dated(bo: Backoffice) -> catalog_store.DatedCatalog:
    catalog = bo.catalog if isinstance(bo.catalog, catalog_store.DatedCatalog) else catalog_store.load(bo.db)
    if catalog is None:
        raise BackofficeError("the database holds no procedure catalog yet; run `backoffice init`",
                              code="catalog_not_initialised")
    return catalog


def check_field_label(code: str, key: str, label: str) -> None:
    """A form field's label (shown on the application screen): not empty, at most
    MAX_FIELD_LABEL characters, one line."""
    text = label.strip()
    if not text:
        raise BackofficeError(f"{code}: the label of field {key!r} is empty", code="field_label_empty",
                              procedure=code, field=key)
    if len(text) > MAX_FIELD_LABEL or any(ch < " " for ch in label):
        raise BackofficeError(f"{code}: the label of field {key!r} must be one line of at most "
                              f"{MAX_FIELD_LABEL} characters", code="field_label_too_long", procedure=code,
                              field=key, limit=MAX_FIELD_LABEL)


def validate(entries: dict[str, dict[str, Any]], departments: Sequence[str], source: str = "<change>") -> Catalog:
    """procedures-v1 rules plus the issue 16 ones; raises with a clear reason."""
    from backoffice.issuance.templates import load_template

    catalog = catalog_from_data({"schema": "catalog/1", "procedures": entries}, source)
    for proc in catalog:
        days = proc.processing_days
        if days is not None and not 0 <= days <= MAX_PROCESSING_DAYS:
            raise BackofficeError(f"{proc.code}: processing_days must be 0-{MAX_PROCESSING_DAYS}",
                                  code="bad_processing_days", procedure=proc.code)
        for key, label in proc.fields.items():
            check_field_label(proc.code, key, label)
        if proc.department not in departments:
            raise BackofficeError(f"{proc.code}: unknown department {proc.department!r}; departments are "
                                  f"{', '.join(sorted(departments))}", code="unknown_department",
                                  department=proc.department)
        if proc.template:
            try:
                load_template(proc.template)
            except ConfigError as exc:
                raise BackofficeError(f"{proc.code}: unknown template {proc.template!r} ({exc})",
                                      code="unknown_template", template=proc.template) from exc
    return catalog


def schedule(bo: Backoffice, actor: Actor, entries: dict[str, dict[str, Any]], effective_from: date,
             note: str = "") -> list[Change]:
    """New versions of the procedures in `entries` (whole procedures-v1 tables) in force
    from `effective_from`; returns what changed (empty: nothing was written)."""
    require(actor, "catalog.manage")
    today = today_jst()
    if effective_from < today:
        raise BackofficeError(f"{effective_from.isoformat()} is in the past; a new version takes effect "
                              f"today ({today.isoformat()}) or later", code="effective_date_past",
                              date=effective_from.isoformat())
    current = _dated(bo)
    base = current.entries_on(effective_from)
    changes = diff(base, entries)
    if not changes:
        return []
    changed = {c.code for c in changes}
    departments = sorted({str(e.get("department", "")) for e in base.values()})
    validate({code: entries[code] for code in changed}, departments)
    now = utcnow()
    with bo.db.write() as s:
        if is_person(s):  # the server writes each version in the person's name, with its audit entry
            sessions.check_in(s, actor)  # the login session still holds, in this transaction
            for code in sorted(changed):  # bo_catalog_change: administration/server_admin.py
                s.execute(text("SELECT bo_catalog_change(:c, :d, :e, :n)"), {
                    "c": code, "d": effective_from, "e": json.dumps(entries[code], ensure_ascii=False), "n": note})
            # catalog/1 is then queued by the agent's next cycle (publishing.publish_due):
            # persons do not write the portal's outbox
        else:
            for code in sorted(changed):
                row = s.scalar(select(ProcedureVersion).where(ProcedureVersion.code == code,
                                                              ProcedureVersion.effective_from == effective_from))
                if row is None:
                    s.add(ProcedureVersion(code=code, effective_from=effective_from, entry=entries[code],
                                           created_at=now, created_by=actor.code, note=note))
                else:  # a second change for the same day replaces that day's version
                    row.entry, row.created_at, row.created_by, row.note = entries[code], now, actor.code, note
                audit.record(s, actor, "catalog.change", f"procedure:{code}",
                             effective_from=effective_from.isoformat(),
                             changes=[{"key": c.key, "before": c.before, "after": c.after}
                                      for c in changes if c.code == code and c.key],
                             added=any(c.code == code and not c.key for c in changes), note=note or None)
            publishing.catalog_in(s, bo)  # catalog/1 for the portal in the change's own transaction
    reloaded = catalog_store.load(bo.db)
    if reloaded is not None and isinstance(bo.catalog, catalog_store.DatedCatalog):
        bo.catalog = reloaded
    log.info("%s changed the catalog from %s: %s", actor.code, effective_from, ", ".join(sorted(changed)))
    return changes


def change_procedure(bo: Backoffice, actor: Actor, code: str, values: dict[str, Any], effective_from: date,
                     note: str = "") -> list[Change]:
    """Some keys of one procedure (fee_per_copy, processing_days, required_attachments,
    approval_steps, record, template, fields …) from `effective_from`."""
    require(actor, "catalog.manage")
    base = _dated(bo).entries_on(effective_from)
    if code not in base:
        raise BackofficeError(f"no procedure {code!r} in the catalog", code="unknown_procedure", procedure=code)
    return schedule(bo, actor, {code: {**base[code], **values}}, effective_from, note)


def import_catalog(bo: Backoffice, actor: Actor, path: Path, effective_from: date, *, apply: bool,
                   note: str = "") -> list[Change]:
    """The difference between the file and the versions in force on `effective_from`;
    written only with `apply`. A broken file raises CatalogError with its line and reason."""
    require(actor, "catalog.manage")
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogError(f"cannot read {path}: {exc}") from exc
    entries = parse_catalog(text, str(path)).raw
    if not apply:
        base = _dated(bo).entries_on(effective_from)
        changes = diff(base, entries)
        departments = sorted({str(e.get("department", "")) for e in base.values()})
        if changes:
            validate({c.code: entries[c.code] for c in changes}, departments, str(path))
        return changes
    return schedule(bo, actor, entries, effective_from, note or f"imported from {Path(path).name}")


def export_text(bo: Backoffice, actor: Actor, day: date | None = None) -> str:
    """The catalog in force on `day` (default today) as procedures-v1 TOML."""
    require(actor, "catalog.manage")
    day = day or today_jst()
    current = _dated(bo)
    pending = [f"{code} from {since.isoformat()}" for code, since in current.scheduled(day)]
    header = (f"Procedure catalog in force on {day.isoformat()} (backoffice catalog export).\n"
              + (f"Changes already scheduled: {', '.join(pending)}.\n" if pending else ""))
    return catalog_store.to_toml(current.entries_on(day), header)


@dataclass(frozen=True)
class VersionInfo:
    code: str
    effective_from: date
    created_by: str
    note: str
    fee_per_copy: int | None
    processing_days: int | None


def versions(bo: Backoffice, actor: Actor, code: str | None = None) -> list[VersionInfo]:
    """Every version (of one procedure), oldest first: the catalog's history."""
    require(actor, "catalog.manage")
    q = select(ProcedureVersion).order_by(ProcedureVersion.code, ProcedureVersion.effective_from)
    if code:
        q = q.where(ProcedureVersion.code == code)
    with bo.db.read() as s:
        return [VersionInfo(v.code, v.effective_from, v.created_by, v.note, v.entry.get("fee_per_copy"),
                            v.entry.get("processing_days")) for v in s.scalars(q)]


@dataclass(frozen=True)
class ProcedureRow:
    """One procedure as the catalog screen shows it: the version in force today and the
    versions scheduled after today."""

    code: str
    name: str
    department: str
    fee_per_copy: int
    processing_days: int | None
    approval_steps: int
    required_attachments: tuple[str, ...]
    template: str
    record: str | None
    entry: dict[str, Any]
    scheduled: tuple[tuple[date, int | None, int | None], ...]  # (from, fee, days)


def overview(bo: Backoffice, actor: Actor) -> list[ProcedureRow]:
    require(actor, "catalog.manage")
    current = catalog_store.load(bo.db) or _dated(bo)
    today = today_jst()
    rows = []
    for proc in current.on(today):
        later = tuple((since, e.get("fee_per_copy"), e.get("processing_days"))
                      for since, e in current.versions.get(proc.code, []) if since > today)
        rows.append(ProcedureRow(proc.code, proc.name, proc.department, proc.fee_per_copy, proc.processing_days,
                                 proc.approval_steps, proc.required_attachments, proc.template, proc.record,
                                 dict(current.entries_on(today)[proc.code]), later))
    return rows


def templates() -> list[tuple[str, str]]:
    """The issuance templates a procedure may name: (name, title on the paper)."""
    from backoffice.issuance.templates import load_template, template_names

    out = []
    for name in template_names():
        try:
            out.append((name, load_template(name).title))
        except ConfigError:  # a broken template file is not offered
            continue
    return out
