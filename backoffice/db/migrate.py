"""`backoffice init`: create or migrate the database to head (idempotent)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine, text

from backoffice.db.engine import is_postgres, is_sqlite
from backoffice.platform.errors import UsageError

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    url = engine.url.render_as_string(hide_password=False)
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))  # configparser escaping
    return cfg


def head_revision(engine: Engine) -> str | None:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> tuple[str | None, str | None]:
    """Migrate to head. Returns (before, after) revision ids; equal when nothing changed."""
    before = current_revision(engine)
    cfg = alembic_config(engine)
    _check_known(cfg, before)
    if is_postgres(engine) and before != head_revision(engine):
        _check_may_migrate(engine)
    _run(engine, cfg, lambda: command.upgrade(cfg, "head"))
    after = current_revision(engine)
    if before != after:
        log.info("database migrated from %s to %s", before, after)
    return before, after


def downgrade(engine: Engine, revision: str) -> None:
    """Step the schema back to `revision` (tests and an administrator's roll-back)."""
    cfg = alembic_config(engine)
    _run(engine, cfg, lambda: command.downgrade(cfg, revision))


def _run(engine: Engine, cfg: AlembicConfig, step: Callable[[], None]) -> None:
    """Run an Alembic command in one transaction on its own connection."""
    if not is_sqlite(engine):
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            step()
        return
    # SQLite changes a table by rebuilding it (batch mode: copy, drop, rename). With foreign
    # keys enforced, dropping a table other rows refer to (staff, applications) fails or
    # cascades, so the step runs with enforcement off on its own connection, as SQLite's
    # ALTER TABLE documentation prescribes, and `PRAGMA foreign_key_check` must find nothing
    # before the transaction commits. The pragma takes effect only outside a transaction, so
    # it is set on the driver connection before SQLAlchemy begins.
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                step()
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left {len(broken)} broken foreign key(s), "
                                       f"first: {tuple(broken[0])}; nothing was changed")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def _check_known(cfg: AlembicConfig, before: str | None) -> None:
    """A PC still on an older version than the database (a roll-out half done) stops with
    one line instead of Alembic's "Can't locate revision" (admin guide 2.4)."""
    if before is None:
        return
    script = ScriptDirectory.from_config(cfg)
    try:
        script.get_revision(before)
    except CommandError:
        raise UsageError(f"the database is at schema {before}, newer than this version knows "
                         f"(newest {script.get_current_head()}): install the new version on this PC") from None


def _check_may_migrate(engine: Engine) -> None:
    """On a shared server only the owner changes the schema (backoffice/db/roles.py): the
    application's role says so in one line instead of "permission denied for schema"."""
    with engine.connect() as conn:
        user, allowed = conn.execute(text(
            "SELECT current_user, coalesce(has_schema_privilege(current_schema(), 'CREATE'), false)")).one()
    if not allowed:
        raise UsageError(f"the role {user} may not create or migrate the schema: run "
                         "'backoffice db upgrade' (as the owner) first, then this command again "
                         "(docs/deployment-postgresql.md)")
