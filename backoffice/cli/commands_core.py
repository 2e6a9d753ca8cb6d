"""init, users, audit."""

from __future__ import annotations

import argparse
from pathlib import Path

from backoffice.accounts.permissions import STAFF_ROLES
from backoffice.administration import staff
from backoffice.audit import query as audit_query
from backoffice.cli.common import operator_actor, read_password
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import UsageError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="create or migrate the database to the newest schema")
    p.set_defaults(handler=cmd_init)

    users = sub.add_parser("users", help="staff accounts")
    usub = users.add_subparsers(dest="users_command", metavar="ACTION")
    usub.required = True
    add = usub.add_parser("add", help="create a staff account")
    add.add_argument("code")
    add.add_argument("--name", required=True)
    add.add_argument("--role", action="append", required=True, choices=STAFF_ROLES,
                     help="repeat for several roles")
    add.add_argument("--department", action="append", metavar="NAME",
                     help="a department of the procedure catalog the person works for (need-to-know); "
                          "repeat for several; without it: every department")
    add.add_argument("--password-stdin", action="store_true")
    add.set_defaults(handler=cmd_users_add)
    lst = usub.add_parser("list", help="list staff accounts")
    lst.set_defaults(handler=cmd_users_list)
    dep = usub.add_parser("departments", help="set the departments a staff member works for (ends their sessions)")
    dep.add_argument("code")
    dep.add_argument("--department", action="append", required=True, metavar="NAME", help="repeatable")
    dep.set_defaults(handler=cmd_users_departments)
    rol = usub.add_parser("roles", help="set the roles of a staff member (ends their sessions; "
                          "the last enabled admin keeps the role)")
    rol.add_argument("code")
    rol.add_argument("--role", action="append", required=True, choices=STAFF_ROLES, help="repeatable")
    rol.set_defaults(handler=cmd_users_roles)
    unl = usub.add_parser("unlock", help="clear the failed-login delays of a staff member on every workstation")
    unl.add_argument("code")
    unl.set_defaults(handler=cmd_users_unlock)
    for name, flag in (("disable", True), ("enable", False)):
        d = usub.add_parser(name, help="disable a staff account (ends its sessions at once)" if flag
                            else "enable a disabled staff account")
        d.add_argument("code")
        d.set_defaults(handler=cmd_users_disable, disabled=flag)
    pw = usub.add_parser("passwd", help="set a new password for a staff account (ends its sessions)")
    pw.add_argument("code")
    pw.add_argument("--password-stdin", action="store_true")
    pw.set_defaults(handler=cmd_users_passwd)

    sec = sub.add_parser("secrets", help="secrets in the OS credential store")
    ssub = sec.add_subparsers(dest="secrets_command", metavar="ACTION")
    ssub.required = True
    dbp = ssub.add_parser("set-db-password", help="store the database password for database.url in the OS keyring")
    dbp.add_argument("--password-stdin", action="store_true")
    dbp.set_defaults(handler=cmd_set_db_password)

    ret = sub.add_parser("retention", help="anonymize or delete closed applications per [[retention.rule]]")
    rsub = ret.add_subparsers(dest="retention_command", metavar="ACTION")
    rsub.required = True
    rr = rsub.add_parser("run", help="apply the retention rules now")
    rr.add_argument("--dry-run", action="store_true", help="only count what would be removed")
    rr.set_defaults(handler=cmd_retention_run)

    a = sub.add_parser("audit", help="audit log")
    asub = a.add_subparsers(dest="audit_command", metavar="ACTION")
    asub.required = True
    v = asub.add_parser("verify", help="check the whole audit chain, and against the newest signed "
                        "checkpoint; exit 0 only when intact")
    v.add_argument("--checkpoint", action="append", type=Path, default=[], metavar="FILE",
                   help="also a checkpoint file kept elsewhere (e.g. <batch_id>.audit-checkpoint.json "
                        "from the core systems); repeatable")
    v.set_defaults(handler=cmd_audit_verify)
    c = asub.add_parser("checkpoint", help="sign the audit chain's head now and keep it outside the database")
    c.set_defaults(handler=cmd_audit_checkpoint)


def cmd_init(bo: Backoffice, args: argparse.Namespace) -> int:
    before, after = bo.init_schema()
    if before == after:
        print(f"database is up to date (schema {after})")
    else:
        print(f"database migrated from {before or 'empty'} to {after}")
    return 0


def cmd_users_add(bo: Backoffice, args: argparse.Namespace) -> int:
    password = read_password(args.password_stdin)
    info = staff.add_account(bo, operator_actor(), args.code, args.name, args.role, password, args.department)
    print(f"created {info.code} ({info.name}): {', '.join(info.roles)}")
    every = "" if args.department else " (every department: no --department given)"
    print(f"departments: {', '.join(info.departments) or '-'}{every}")
    return 0


def cmd_users_departments(bo: Backoffice, args: argparse.Namespace) -> int:
    info = staff.change_departments(bo, operator_actor(), args.code, args.department)
    print(f"{info.code} works for {', '.join(info.departments)}; its sessions have ended")
    return 0


def cmd_users_roles(bo: Backoffice, args: argparse.Namespace) -> int:
    info = staff.change_roles(bo, operator_actor(), args.code, args.role)
    print(f"{info.code}: {', '.join(info.roles)}")
    return 0


def cmd_users_unlock(bo: Backoffice, args: argparse.Namespace) -> int:
    n = staff.unlock_account(bo, operator_actor(), args.code)
    print(f"{args.code} unlocked ({n} workstation{'s' if n != 1 else ''} had a delay)")
    return 0


def cmd_users_list(bo: Backoffice, args: argparse.Namespace) -> int:
    for u in staff.accounts(bo, operator_actor()):
        flag = " (disabled)" if u.disabled else ""
        print(f"{u.code}\t{u.name}\t{','.join(u.roles)}{flag}\t{','.join(u.departments) or '-'}")
    return 0


def cmd_users_disable(bo: Backoffice, args: argparse.Namespace) -> int:
    staff.disable_account(bo, operator_actor(), args.code, args.disabled)
    print(f"{args.code} {'disabled' if args.disabled else 'enabled'}")
    return 0


def cmd_audit_verify(bo: Backoffice, args: argparse.Namespace) -> int:
    """The desktop's check (audit_query.verify_and_record): the same walk, the same
    checkpoints and the same "audit.verify" entry; a broken chain is also logged at ERROR
    (on standard error: `ERROR backoffice.audit.query: audit chain BROKEN at entry N: ...`)."""
    for f in args.checkpoint:
        if not f.is_file():
            raise UsageError(f"--checkpoint {f}: no such file")
    status = audit_query.verify_and_record(bo, operator_actor(), checkpoint_files=args.checkpoint)
    report = status.report
    if report.intact:
        print(f"audit chain intact: {report.entries} entries; head {status.head_seq} {status.head_hash}")
        return 0
    print(f"audit chain broken: {report.problem}")
    return 1


def cmd_audit_checkpoint(bo: Backoffice, args: argparse.Namespace) -> int:
    from backoffice.audit import checkpoint as audit_checkpoint  # cryptography: not at start-up

    # a broken chain is never signed; the core logs why (on standard error)
    _, cp = audit_checkpoint.make_if_intact(bo, operator_actor(), "manual")
    if cp is None:
        return 1
    print(f"audit checkpoint: {cp.entries} entries, head {cp.head} (key {cp.kid}) in {bo.config.checkpoint_dir}")
    return 0


def cmd_set_db_password(bo: Backoffice, args: argparse.Namespace) -> int:
    from backoffice.platform.secrets import set_database_password

    password = read_password(args.password_stdin, "Database password: ")
    name = set_database_password(bo.config.database_url, password)
    print(f"stored the database password in the OS credential store as {name!r}")
    return 0


def cmd_retention_run(bo: Backoffice, args: argparse.Namespace) -> int:
    from backoffice.retention.rules import run_retention

    report = run_retention(bo, operator_actor(), dry_run=args.dry_run)
    # closing by rule comes first (backoffice/retention/closing.py); a dry run counts those as closed
    print(f"closed {report.closed}{' (dry run)' if args.dry_run else ''}")
    for proc, outcome, month, action, n in report.by_group:
        print(f"{action}\t{proc}\t{outcome}\t{month}\t{n}")
    print(report.line())
    return 0


def cmd_users_passwd(bo: Backoffice, args: argparse.Namespace) -> int:
    password = read_password(args.password_stdin, "New password: ")
    staff.reset_password(bo, operator_actor(), args.code, password)
    print(f"password of {args.code} changed; its sessions have ended")
    return 0
