"""The suite run as per-person roles (issue 19): `[database] per_person` without a login.

`db_url`'s third parameter, "person" (tests/conftest.py), gives every test that takes the `bo`
fixture a Backoffice on PostgreSQL whose `db` is an `ActingDatabase`: each unit of work runs
as the PostgreSQL role the deployment would connect as for the actor of the service that
opened it, so the server's row-level security, grants and SECURITY DEFINER functions decide,
as on a per-person workstation:

- a member of staff (an `Actor` whose code can name a role): their login role `bo_<code>`,
  in the persons' group (created on first use, and a staff row with the actor's roles and
  departments when the test has not made one), with the session marked as a person's
  (`is_person`), so the core writes through the server's functions exactly as the desktop
  does after a per-person login;
- the system (sync, records, export, retention, the scheduler): the agent's role
  (`backoffice_agent`, `grant_agent`), as the unattended agent runs;
- the command-line operator (`os:…`), a test factory holding the system's role and every
  other (tests/ui/factories.py GOD, which makes applications as intake would and moves them
  on as any role would) and code outside a service (the test's own set-up and
  its checks, which read what the server wrote): the schema's owner, as `backoffice db`
  and the test fixtures would.

The actor is found the way a reader of the traceback would: the nearest frame of
`backoffice/` or `ui/` code, above the `read()` / `write()` call, with a local `actor`. The
role is switched with `SET LOCAL SESSION AUTHORIZATION` (the test server's superuser
connects), so `session_user` and `current_user` are the person's for that transaction only,
as the server functions require. `ActingDatabase.counts` says how many units of work ran as
whom (tests/core/test_persons_mode.py checks that each kind ran).
"""

from __future__ import annotations

import sys
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session

from backoffice.accounts.permissions import Actor, system_actor
from backoffice.accounts.rls import PERSON_GROUP, person_role
from backoffice.db.engine import Database, Person, server_refusals

AGENT = "backoffice_agent"
_ROOT = Path(__file__).resolve().parent.parent
_CODE_DIRS = (str(_ROOT / "backoffice") + "/", str(_ROOT / "ui") + "/")
_SKIP = (str(_ROOT / "backoffice" / "db" / "engine.py"), __file__)

_roles_made: set[str] = set()
_roles_lock = threading.Lock()


_GRANTS: list[tuple[str, list[str]]] = []  # (the schema they were recorded in, the statements)


class _Recorder:
    """A psycopg connection for grant_persons / grant_agent that keeps the text of every
    statement but its queries (SELECT), which it only runs."""

    def __init__(self, raw: Any) -> None:
        self._raw = raw
        self.statements: list[str] = []

    def execute(self, query: Any, params: Any = None) -> Any:
        text = query if isinstance(query, str) else query.as_string(self._raw)
        if not text.lstrip().upper().startswith("SELECT"):
            if params:
                raise ValueError("a recorded statement has no parameters")
            self.statements.append(text)
        return self._raw.execute(query, params)


class _ActingSession(Session):
    """A session whose transactions run as `info["act_as"]` (set before its first statement)."""


@event.listens_for(_ActingSession, "after_begin")
def _switch(session: Session, _transaction: Any, connection: Any) -> None:
    role = session.info.get("act_as")
    if role:
        connection.exec_driver_sql(f'SET LOCAL SESSION AUTHORIZATION "{role}"')


# Code no person reaches in a deployment: closing by rule and retention run in the agent or
# on the command line (cli `closing run`, `retention run`), whoever the test names as actor.
_AGENT_ONLY = (str(_ROOT / "backoffice" / "retention") + "/",)


def acting_actor() -> Actor | None:
    """The actor of the service that is opening a unit of work: the nearest `actor` local of a
    backoffice/ or ui/ frame above the caller, None when the caller is not such code; the
    system's actor for code only the agent runs (_AGENT_ONLY)."""
    frame = sys._getframe(1)
    while frame is not None and (frame.f_code.co_filename in _SKIP
                                 or frame.f_code.co_filename.endswith("contextlib.py")):
        frame = frame.f_back  # type: ignore[assignment]
    found: Actor | None = None
    while frame is not None and frame.f_code.co_filename.startswith(_CODE_DIRS):
        if frame.f_code.co_filename.startswith(_AGENT_ONLY):
            return system_actor("agent")
        local = frame.f_locals.get("actor")
        if found is None and isinstance(local, Actor):
            found = local
        frame = frame.f_back  # type: ignore[assignment]
    return found


def _person_code(actor: Actor) -> str | None:
    if actor.is_system or actor.code.startswith("os:"):
        return None
    try:
        person_role(actor.code)
    except ValueError:
        return None
    return actor.code


class ActingDatabase:
    """Database's interface (read, write, engine, person, dialect, dispose) over the owner's
    engine, each unit of work as its actor's role (module docstring)."""

    def __init__(self, owner: Database, schema: str, departments: list[str]) -> None:
        self._owner = owner
        self.engine: Engine = owner.engine
        self._schema = schema
        self._departments = departments
        self._made: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}  # staff rows made here
        self._theirs: set[str] = set()  # staff rows the test made
        self.counts: Counter[str] = Counter()
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            self._setup_roles(raw)
            raw.commit()

    # -- the roles ---------------------------------------------------------------------------

    def _setup_roles(self, raw: Any) -> None:
        """The group and the agent's role, and their grants on this schema: what `db upgrade`
        applies (grant_persons, grant_agent). The grants are recorded the first time in this
        process and replayed as one batch with the schema's name swapped (they are the same
        for every fresh schema): about 0.6 s of round trips per test otherwise."""
        from backoffice.db.roles import grant_agent, grant_persons

        for role, options in ((PERSON_GROUP, "NOLOGIN"), (AGENT, "NOLOGIN")):
            self._make_role(raw, role, options)
        if _GRANTS:
            recorded_in, statements = _GRANTS[0]
            raw.execute(";\n".join(statements).replace(recorded_in, self._schema).encode("utf-8"))
            return
        recorder = _Recorder(raw)
        grant_persons(recorder, self._schema)
        grant_agent(recorder, AGENT, self._schema)
        _GRANTS.append((self._schema, recorder.statements))

    @staticmethod
    def _make_role(raw: Any, role: str, options: str) -> None:
        with _roles_lock:
            if role in _roles_made:
                return
            from psycopg import errors

            with raw.transaction():
                exists = raw.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
            if not exists:
                try:
                    with raw.transaction():
                        raw.execute(f'CREATE ROLE "{role}" {options}')
                except (errors.DuplicateObject, errors.UniqueViolation):
                    pass  # another test process made it first
            _roles_made.add(role)

    def _ensure_person(self, code: str, actor: Actor) -> str:
        """The actor's login role, and their staff row: the test's own when it made one (left
        as the test keeps it), else one made here with the actor's roles and departments and
        kept equal to them (a test may name the same code with other departments)."""
        role = person_role(code)
        departments = sorted(actor.departments) if actor.departments is not None else self._departments
        facts = (tuple(sorted(actor.roles)), tuple(departments))
        if code in self._theirs or self._made.get(code) == facts:
            return role
        from backoffice.db.models import Staff, StaffDepartment, StaffRole
        from backoffice.platform.timeutil import utcnow

        if code not in self._made:
            with self._owner.engine.connect() as conn:
                raw = conn.connection.driver_connection
                assert raw is not None
                raw.commit()
                self._make_role(raw, role, f'LOGIN IN ROLE "{PERSON_GROUP}"')
                with raw.transaction():  # a role made by another module may have lost its membership
                    raw.execute(f'GRANT "{PERSON_GROUP}" TO "{role}"')
        with self._owner.write() as s:
            row = s.scalar(select(Staff).where(Staff.code == code))
            if row is None or code in self._made:
                if row is None:
                    row = Staff(code=code, name=actor.name or code, password_hash="!", created_at=utcnow())
                    s.add(row)
                row.roles = [StaffRole(role=r) for r in facts[0]]
                row.departments = [StaffDepartment(department=d) for d in facts[1]]
                self._made[code] = facts
            else:
                self._theirs.add(code)
        return role

    def _role_for(self, actor: Actor | None) -> tuple[str | None, bool]:
        """(role to switch to or None for the owner, is it a person)."""
        if actor is None or actor.code.startswith("os:"):
            return None, False
        if actor.is_system:  # the agent; a test's factory with every role as well: the owner
            return (AGENT, False) if actor.roles == {"system"} else (None, False)
        code = _person_code(actor)
        if code is None:
            return None, False
        return self._ensure_person(code, actor), True

    # -- Database's interface ----------------------------------------------------------------

    @property
    def dialect(self) -> str:
        return self._owner.dialect

    @property
    def person(self) -> Person | None:
        role, is_person = self._role_for(acting_actor())
        return Person(role, "") if is_person and role else None

    def _session(self, role: str | None, is_person: bool) -> Session:
        info: dict[str, Any] = {"act_as": role}
        if is_person:
            info["person"] = True
        kind = "person" if is_person else ("agent" if role else "owner")
        self.counts[kind] += 1
        return _ActingSession(self.engine, expire_on_commit=False, info=info)

    @contextmanager
    def read(self) -> Iterator[Session]:
        role, is_person = self._role_for(acting_actor())
        with server_refusals(role if is_person else None), self._session(role, is_person) as s:
            yield s

    @contextmanager
    def write(self) -> Iterator[Session]:
        role, is_person = self._role_for(acting_actor())
        with server_refusals(role if is_person else None), self._session(role, is_person) as s, s.begin():
            yield s

    def dispose(self) -> None:
        self._owner.dispose()



def is_acting(bo: Any) -> bool:
    """Does this Backoffice run its units of work as per-person roles (the "person" variant)?"""
    return isinstance(bo.db, ActingDatabase)


def refusals(bo: Any, *core: type[BaseException]) -> tuple[type[BaseException], ...]:
    """What refuses a person a row of another department or after their account was disabled:
    the core's error, or on the per-person variant also NotFound, since the server's row
    policy hides the row before the core can look at it."""
    from backoffice.platform.errors import NotFound

    return (*core, NotFound) if is_acting(bo) else core


# The fixtures that make their office with acting_if_person: a "[person]" test that uses none
# of them would run as the owner, a second PostgreSQL run with nothing of a person's, and is
# deselected (tests/conftest.py pytest_collection_modifyitems), as are the crash suites of
# tests/faults, whose agents are separate processes connecting as the owner.
ACTING_FIXTURES = frozenset({"bo", "env", "renv", "kenv"})


def wants_person(request: Any) -> bool:
    """Is this test's db_url the "person" parameter?"""
    callspec = getattr(request.node, "callspec", None)
    return callspec is not None and callspec.params.get("db_url") == "person"


def act(bo: Any) -> Any:
    """This migrated Backoffice on a fresh test schema (tests/conftest.py pg_schema_url), its
    units of work from now on as their actors' roles; the shipped counters put in first, as
    the agent does when it starts (cli `sync`)."""
    from backoffice.supervision.counters import seed_if_empty
    from tests.conftest import _TEST_SCHEMA

    schema = _TEST_SCHEMA.search(bo.config.database_url)
    assert schema is not None
    seed_if_empty(bo)
    bo.db = ActingDatabase(bo.db, schema.group(1), sorted(bo.catalog.departments()))
    return bo


def acting_if_person(request: Any, bo: Any) -> Any:
    return act(bo) if wants_person(request) else bo


def acting_backoffice(url: str, tmp_path: Path) -> Any:
    from tests.conftest import make_backoffice

    return act(make_backoffice(url, tmp_path))
