"""db setup-roles, db upgrade: a PostgreSQL server set up from nothing, in order, over the
TLS connection database.url describes (backoffice/db/roles.py, docs/deployment-postgresql.md)."""

from __future__ import annotations

import argparse
import sys

from backoffice.cli.common import read_password
from backoffice.db import roles
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import UsageError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = sub.add_parser("db", help="set up a PostgreSQL server: roles, database, migrations and grants")
    dsub = db.add_subparsers(dest="db_command", metavar="ACTION")
    dsub.required = True
    sr = dsub.add_parser(
        "setup-roles",
        help="as the server's superuser: create the owner, application and auditor roles with "
             "passwords and the database of database.url (step 1; idempotent)")
    sr.add_argument("--superuser", default="postgres", metavar="ROLE",
                    help="the server's superuser to connect as (default postgres)")
    _role_options(sr)
    sr.add_argument("--reset-password", action="append", default=[], metavar="ROLE",
                    help="give an existing role a new password (repeatable)")
    sr.add_argument("--password-stdin", action="store_true",
                    help="read each password asked for as one line of standard input, in the "
                         "order the prompts would come")
    sr.add_argument("--agent", action="store_true",
                    help="also create the sync agent's own role (--agent-role, default "
                         "backoffice_agent) with only its jobs' rights (issue 19)")
    sr.set_defaults(handler=cmd_setup_roles)
    pr = dsub.add_parser(
        "person-roles",
        help="as the server's superuser: one login role per enabled account (bo_<code>) with a "
             "temporary password the person replaces at the first login; the move from the "
             "shared role to [database] per_person (issue 19; idempotent)")
    pr.add_argument("--superuser", default="postgres", metavar="ROLE",
                    help="the server's superuser to connect as (default postgres)")
    pr.add_argument("--retire-shared", action="store_true",
                    help="finally set the shared role of database.url to NOLOGIN (once every "
                         "workstation runs with per_person = true)")
    pr.add_argument("--reset", action="append", default=[], metavar="CODE",
                    help="give this account's existing role a new temporary password (a forgotten "
                         "password; repeatable)")
    pr.add_argument("--password-stdin", action="store_true",
                    help="read the superuser's password from standard input when it is not stored")
    pr.set_defaults(handler=cmd_person_roles)
    up = dsub.add_parser(
        "upgrade",
        help="as the owner: create or migrate the schema to the newest version, then apply the "
             "grants (step 2; after every new version)")
    _role_options(up)
    up.add_argument("--password-stdin", action="store_true",
                    help="read the owner's password from standard input when it is not stored")
    up.set_defaults(handler=cmd_upgrade)


def _role_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--owner", default="backoffice_owner", metavar="ROLE",
                   help="the role that owns the schema (default backoffice_owner)")
    p.add_argument("--auditor", default="backoffice_auditor", metavar="ROLE",
                   help="the read-only role for the audit trail (default backoffice_auditor)")
    p.add_argument("--agent-role", default="backoffice_agent", metavar="ROLE",
                   help="the sync agent's own role (default backoffice_agent)")


class _Asker:
    """Passwords from a prompt on the terminal (new ones typed twice), or one line each from
    standard input with --password-stdin. Never echoed, printed or logged."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def __call__(self, prompt: str) -> str:
        return read_password(self.from_stdin, prompt)

    def new(self, role: str) -> str:
        first = self(f"New password for the PostgreSQL role {role}: ")
        if not self.from_stdin:
            if read_password(False, f"The same password again ({role}): ") != first:
                raise UsageError(f"the two passwords for {role} differ; nothing more was changed")
        return first


def cmd_setup_roles(bo: Backoffice, args: argparse.Namespace) -> int:
    ask = _Asker(args.password_stdin)
    names = roles.RoleNames(owner=args.owner, auditor=args.auditor, agent=args.agent_role)
    for line in roles.setup_roles(bo.config.database_url, ask, superuser=args.superuser, names=names,
                                  reset=frozenset(args.reset_password), new_password=ask.new,
                                  agent=args.agent):
        print(line, file=sys.stderr if line.startswith("warning:") else sys.stdout)
    return 0


def cmd_person_roles(bo: Backoffice, args: argparse.Namespace) -> int:
    from backoffice.administration import person_roles

    moved = person_roles.move(bo.config.database_url, _Asker(args.password_stdin), superuser=args.superuser,
                              retire_shared=args.retire_shared, reset=frozenset(args.reset))
    for line in moved.lines:
        print(line)
    if moved.handed_over:  # on the terminal only, once: the administrator hands each over in person
        print("temporary passwords (hand each to its person; shown only now):")
        for code, password in sorted(moved.handed_over.items()):
            print(f"  {code}  {password}")
    print("next: [database] per_person = true in the machine-wide configuration of every "
          "workstation; then 'backoffice db person-roles --retire-shared' (docs/deployment-postgresql.md 9.4)")
    return 0


def cmd_upgrade(bo: Backoffice, args: argparse.Namespace) -> int:
    ask = _Asker(args.password_stdin)
    names = roles.RoleNames(owner=args.owner, auditor=args.auditor, agent=args.agent_role)
    before, after = roles.upgrade(bo.config.database_url, ask, names=names)
    if before == after:
        print(f"database is up to date (schema {after}); grants applied")
    else:
        print(f"database migrated from {before or 'empty'} to {after}; grants applied")
    return 0
