"""The procedure catalog in the shared database (issue 16 item 3).

`init` seeds `procedure_versions` from resources/procedures.toml (`seed_if_empty`); from
then on `Backoffice.open` reads the catalog from the database (`load`), so every
workstation works with the same one. A `DatedCatalog` holds every version: `get()` and the
rest answer with the versions in force today (Japan date, asked at each call, so a change
that takes effect on 4月1日 applies from that day without a restart) and `on(day)` gives
the catalog of any day. Intake judges an application by the catalog of its day of receipt
and stores the fee due and the deadline with it, so later changes never alter them.

`to_toml` writes the procedures-v1 format back (for `backoffice catalog export`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from backoffice.db.engine import Database
from backoffice.db.models_catalog import ProcedureVersion
from backoffice.platform.catalog import Catalog, Procedure, catalog_from_data
from backoffice.platform.timeutil import today_jst, utcnow

SEED_DATE = date(2000, 1, 1)  # the seeded versions are in force since "always"


class DatedCatalog(Catalog):
    """Every version of every procedure; behaves as the catalog in force today."""

    def __init__(self, versions: dict[str, list[tuple[date, dict[str, Any]]]], source: str = "database",
                 today: Callable[[], date] = today_jst) -> None:
        self.versions = {code: sorted(v, key=lambda x: x[0]) for code, v in versions.items()}
        self.source = source
        self._today = today
        self._cache: dict[date, Catalog] = {}

    def entries_on(self, day: date) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for code, versions in self.versions.items():
            current = [entry for since, entry in versions if since <= day]
            if current:
                out[code] = current[-1]
        return out

    def on(self, day: date) -> Catalog:
        if day not in self._cache:
            self._cache[day] = catalog_from_data({"schema": "catalog/1", "procedures": self.entries_on(day)},
                                                 f"{self.source} on {day.isoformat()}")
        return self._cache[day]

    def scheduled(self, after: date | None = None) -> list[tuple[str, date]]:
        """Versions that take effect after `after` (default today): (code, date)."""
        day = after or self._today()
        return sorted((code, since) for code, v in self.versions.items() for since, _e in v if since > day)

    # Catalog, as in force today
    @property
    def procedures(self) -> dict[str, Procedure]:
        return self.on(self._today()).procedures

    @procedures.setter
    def procedures(self, value: dict[str, Procedure]) -> None:
        raise AttributeError("a DatedCatalog changes through new versions, not by assignment")

    def __iter__(self) -> Iterator[Procedure]:
        return iter(self.procedures.values())


def load(db: Database) -> DatedCatalog | None:
    """The catalog kept in the database, or None when it holds none (not initialised yet,
    or a schema before migration 0009). A SQLite file that does not exist is not created."""
    url = db.engine.url
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:") \
            and not Path(url.database).exists():
        return None
    try:
        with db.read() as s:
            rows = s.execute(select(ProcedureVersion.code, ProcedureVersion.effective_from,
                                    ProcedureVersion.entry)).all()
    except SQLAlchemyError:
        return None
    if not rows:
        return None
    versions: dict[str, list[tuple[date, dict[str, Any]]]] = {}
    for code, since, entry in rows:
        versions.setdefault(code, []).append((since, dict(entry)))
    return DatedCatalog(versions)


Stamp = tuple[int, int, str]


def stamp(db: Database) -> Stamp | None:
    """The catalog's state in the database, cheaply: how many versions, the newest row and
    the latest time one was written (a same-day change rewrites its day's row). One
    aggregate over a small table, whatever the number of applications; None when the
    database holds no catalog or cannot be read."""
    try:
        with db.read() as s:
            n, top, latest = s.execute(select(func.count(), func.max(ProcedureVersion.id),
                                              func.max(ProcedureVersion.created_at))).one()
    except SQLAlchemyError:
        return None
    return (int(n or 0), int(top or 0), str(latest or "")) if n else None


class _HasCatalog(Protocol):
    db: Database
    catalog: Catalog


class CatalogWatch:
    """Keeps a running program's catalog current without a restart (issue 16): `check()`
    reloads `bo.catalog` when the database's catalog changed (another workstation's
    change) and says so, and also says when a scheduled version took effect since the last
    check (the Japan date passed its `effective_from`; DatedCatalog answers by today's
    date already, but what screens show was read before). Not thread-safe: call it from
    one thread (the desktop's database worker)."""

    def __init__(self, bo: _HasCatalog, today: Callable[[], date] = today_jst) -> None:
        self.bo = bo
        self._today = today
        self.last = stamp(bo.db)
        self.day = today()

    def check(self) -> bool:
        now, day = stamp(self.bo.db), self._today()
        changed = now is not None and now != self.last
        catalog = self.bo.catalog
        took_effect = day != self.day and isinstance(catalog, DatedCatalog) and any(
            since <= day for _code, since in catalog.scheduled(self.day))
        if changed:
            reloaded = load(self.bo.db)
            if reloaded is not None:
                self.bo.catalog = reloaded
        if now is not None:
            self.last = now
        self.day = day
        return changed or took_effect


def raw_entries(catalog: Catalog) -> dict[str, dict[str, Any]]:
    """The procedures-v1 entries of a catalog (as the TOML had them)."""
    if isinstance(catalog, DatedCatalog):
        return catalog.entries_on(catalog._today())
    return {code: dict(entry) for code, entry in catalog.raw.items()}


def seed_if_empty(s: Session, entries: dict[str, dict[str, Any]], by: str = "init") -> int:
    """`init`: the catalog into an empty table; returns how many procedures were seeded."""
    if s.scalar(select(func.count()).select_from(ProcedureVersion)):
        return 0
    now = utcnow()
    for code, entry in entries.items():
        s.add(ProcedureVersion(code=code, effective_from=SEED_DATE, entry=entry, created_at=now,
                               created_by=by, note="seeded from resources/procedures.toml"))
    return len(entries)


# -- procedures-v1 TOML out ---------------------------------------------------------------

_BARE = re.compile(r"^[A-Za-z0-9_-]+$")


def _key(k: str) -> str:
    return k if _BARE.match(k) else json.dumps(k, ensure_ascii=False)


def _value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)  # a TOML basic string
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{_key(k)} = {_value(x)}" for k, x in v.items()) + " }" if v else "{}"
    raise TypeError(f"cannot write {type(v).__name__} as TOML")


def to_toml(entries: dict[str, dict[str, Any]], header: str = "") -> str:
    lines = [f"# {line}" if line else "#" for line in header.splitlines()]
    lines += ["", 'schema = "catalog/1"']
    for code, entry in entries.items():
        lines += ["", f"[procedures.{_key(code)}]"]
        lines += [f"{_key(k)} = {_value(v)}" for k, v in entry.items()]
    return "\n".join(lines) + "\n"
