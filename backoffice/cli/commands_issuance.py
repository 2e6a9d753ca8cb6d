"""keys init, keys public, issue, verify (cli-v1)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from backoffice.accounts.permissions import Actor
from backoffice.cli.common import operator_actor, print_json
from backoffice.platform import fileperms
from backoffice.platform.context import Backoffice

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    k = sub.add_parser("keys", help="issuing keys (OS credential store)")
    ksub = k.add_subparsers(dest="keys_command", metavar="ACTION")
    ksub.required = True
    ki = ksub.add_parser("init", help="create the issuing key issuance.key_id unless it exists")
    ki.set_defaults(handler=cmd_keys_init)
    kp = ksub.add_parser("public", help="write <key_id>.pem for verifiers")
    kp.add_argument("--out", required=True, type=Path, help="folder for the PEM files")
    kp.set_defaults(handler=cmd_keys_public)

    i = sub.add_parser("issue", help="issue every approved application not yet issued (or the one named)")
    i.add_argument("--application", metavar="ID", help="only this application id")
    i.add_argument("--out", type=Path, help="folder for the PDFs (default: <export.out>/certificates)")
    i.set_defaults(handler=cmd_issue)

    v = sub.add_parser("verify", help="verify the certificate QR code on a PNG, JPEG or PDF")
    v.add_argument("file", type=Path)
    v.add_argument("--keys", type=Path, help="folder of <kid>.pem public keys (besides the keyring)")
    v.set_defaults(handler=cmd_verify)

    c = sub.add_parser("certificates", help="issued certificates and notices: list, reprint, revoke")
    csub = c.add_subparsers(dest="certificates_command", metavar="ACTION")
    csub.required = True
    cl = csub.add_parser("list", help="documents issued for one application")
    cl.add_argument("application_id")
    cl.set_defaults(handler=cmd_certificates_list)
    cr = csub.add_parser("reprint", help="issue a new serial; the old one becomes superseded")
    cr.add_argument("serial")
    cr.add_argument("--reason", default="", help="why (audited)")
    cr.add_argument("--out", type=Path, help="folder for the new PDF")
    _as_staff(cr)
    cr.set_defaults(handler=cmd_certificates_reprint)
    cv = csub.add_parser("revoke", help="revoke a serial (verification then says revoked)")
    cv.add_argument("serial")
    cv.add_argument("--reason", required=True, help="why (audited)")
    _as_staff(cv)
    cv.set_defaults(handler=cmd_certificates_revoke)


def _as_staff(p: argparse.ArgumentParser) -> None:
    """Like decide (issue 16 item 5): a person's act, logged in and checked as in the desktop;
    the all-roles OS operator remains for unattended jobs only."""
    p.add_argument("--as", dest="as_code", required=True, metavar="CODE", help="staff code (counter or supervisor)")
    p.add_argument("--password-stdin", action="store_true", required=True)


def _staff_actor(bo: Backoffice, args: argparse.Namespace) -> Actor:
    import socket

    from backoffice.administration import staff
    from backoffice.cli.common import read_password

    return staff.log_in(bo, args.as_code, read_password(args.password_stdin), socket.gethostname()).actor


def cmd_certificates_list(bo: Backoffice, args: argparse.Namespace) -> int:
    from backoffice.casework import review
    from backoffice.issuance import service

    pk = review.find_pk(bo, args.application_id)
    for c in service.certificates_of(bo, operator_actor(), pk):
        extra = f" -> {c.superseded_by}" if c.superseded_by else (f" ({c.revoked_reason})" if c.revoked_reason else "")
        print(f"{c.serial}\t{c.status}{extra}\t{c.issued_at:%Y-%m-%d %H:%M}\t{c.kid or '-'}")
    return 0


def cmd_certificates_reprint(bo: Backoffice, args: argparse.Namespace) -> int:
    from backoffice.issuance import service

    actor = _staff_actor(bo, args)
    info = service.reprint(bo, actor, args.serial, args.reason)
    assert info.serial is not None  # a reprint always has a document
    out = args.out or (bo.config.export_out / "certificates")
    fileperms.ensure_dir(out)
    path = out / f"{info.serial}.pdf"
    fileperms.write_file(path, service.certificate_pdf(bo, actor, info.serial))
    print(f"{args.serial} superseded by {info.serial}: {path}")
    return 0


def cmd_certificates_revoke(bo: Backoffice, args: argparse.Namespace) -> int:
    from backoffice.issuance import service

    info = service.revoke(bo, _staff_actor(bo, args), args.serial, args.reason)
    print(f"{info.serial} {info.status}")
    return 0


def _usage(message: str) -> Exception:
    from backoffice.platform.errors import UsageError

    return UsageError(message)


def cmd_keys_init(bo: Backoffice, args: argparse.Namespace) -> int:
    # the key that signs audit checkpoints (issue 21)
    from backoffice.audit import checkpoint as audit_checkpoint
    from backoffice.issuance import registry
    from backoffice.platform.errors import ConfigError

    key_id = bo.config.key_id
    created = registry.init_issuing_key(bo, operator_actor())
    print(f"created issuing key {key_id}" if created else f"issuing key {key_id} exists; unchanged")
    from backoffice.cli.commands_portal import ensure_outbox_key

    print(ensure_outbox_key(bo))  # portal-v1 §1: the outbox key beside the issuing key
    audit_kid = bo.config.checkpoint_key_id
    try:
        _, made = audit_checkpoint.ensure_key(audit_kid)
    except ConfigError as exc:  # the demo's file-kept keys: checkpoints need a real store
        print(f"backoffice: audit checkpoint key not created: {exc}", file=sys.stderr)
        return 0
    print(f"created audit checkpoint key {audit_kid}" if made else f"audit checkpoint key {audit_kid} exists; unchanged")
    return 0


def cmd_keys_public(bo: Backoffice, args: argparse.Namespace) -> int:
    from backoffice.accounts import keystore
    from backoffice.issuance.verify import known_kids
    from backoffice.platform.demo_mode import key_folder
    from backoffice.platform.errors import ConfigError

    demo_keys = key_folder(bo.config)
    written = keystore.write_public_keys([bo.config.key_id], args.out, demo_keys=demo_keys)  # else exit 2
    for kid in [k for k in known_kids(bo) if k != bo.config.key_id]:  # older keys still stored
        try:
            written += keystore.write_public_keys([kid], args.out, demo_keys=demo_keys)
        except ConfigError as exc:
            print(f"backoffice: older key {kid} not written: {exc}", file=sys.stderr)
    from backoffice.cli.commands_portal import write_outbox_public

    try:  # portal-v1 §1: outbox-<key_id>.pem for the portal
        written.append(write_outbox_public(bo, args.out))
    except ConfigError as exc:
        print(f"backoffice: outbox key not written: {exc}", file=sys.stderr)
    for path in written:
        print(path)
    return 0


def cmd_issue(bo: Backoffice, args: argparse.Namespace) -> int:
    from backoffice.issuance.service import issue_pending

    out: Path = args.out or (bo.config.export_out / "certificates")
    if out.exists() and not out.is_dir():
        raise _usage(f"--out {out} is not a folder")
    result = issue_pending(bo, operator_actor(), args.application)
    fileperms.ensure_dir(out)
    for info in result.issued:
        if info.pdf is None:
            print(f"{info.application_id}: closed (procedure {info.procedure} has no document)",
                  file=sys.stderr)
            continue
        path = out / f"{info.serial}.pdf"
        tmp = path.with_suffix(".pdf.tmp")
        fileperms.write_file(tmp, info.pdf)
        tmp.replace(path)
        print(path)
    for app_id, reason in result.failed:
        print(f"backoffice: {app_id}: not issued: {reason}", file=sys.stderr)
    return 1 if result.failed else 0


def cmd_verify(bo: Backoffice, args: argparse.Namespace) -> int:
    from backoffice.issuance.verify import verify_file

    if not args.file.is_file():
        raise _usage(f"{args.file}: no such file")
    if args.keys is not None and not args.keys.is_dir():
        raise _usage(f"--keys {args.keys} is not a folder")
    result = verify_file(bo, args.file, keys_dir=args.keys, actor=operator_actor())
    print_json(result.to_json())
    return 0 if result.valid else 1
