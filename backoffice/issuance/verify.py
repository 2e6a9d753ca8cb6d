"""Verify a presented certificate: decode its QR code, check the signature, check the serial.

Public keys come from the OS keyring (every key id this office's database has signed with,
plus the configured issuance.key_id) and/or a directory of <kid>.pem files.

A superseded serial (a reprint replaced it) is reported as "revoked" with detail
"superseded by <new serial>": that paper is no longer the current one and must not be
relied on, exactly like a revoked one; the JSON keeps serial_status "superseded" and
superseded_by for staff.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from backoffice.accounts import keystore
from backoffice.accounts.permissions import Actor, require
from backoffice.audit import log as audit
from backoffice.db.models import Certificate
from backoffice.issuance.qr import (
    ScanRefused,
    Verdict,
    decode_qr_texts,
    load_public_keys_dir,
    verify_qr_text,
)
from backoffice.platform.context import Backoffice
from backoffice.platform.demo_mode import is_demo_kid, key_folder
from backoffice.platform.errors import ConfigError

log = logging.getLogger(__name__)

# Verdicts ranked from most to least useful when a file carries several QR codes.
_RANK = {"valid": 0, "revoked": 1, "bad_signature": 2, "unknown_key": 3, "not_a_certificate": 4}


@dataclass(frozen=True)
class VerifyResult:
    verdict: Verdict
    serial_status: str | None  # valid | superseded | revoked | None (unknown or not checked)
    superseded_by: str | None
    revoked_reason: str | None
    record_matches: bool | None  # the stored body hash equals the signed one
    codes_found: int

    @property
    def status(self) -> str:
        return self.verdict.status

    @property
    def valid(self) -> bool:
        return self.verdict.status == "valid"

    @property
    def demo(self) -> bool:
        """Signed with a demo key (kid `demo-…`): a demo paper (見本), never an official one."""
        return is_demo_kid(self.verdict.kid)

    def to_json(self) -> dict[str, Any]:
        out = self.verdict.to_json()
        out.update(serial_status=self.serial_status, superseded_by=self.superseded_by,
                   revoked_reason=self.revoked_reason, record_matches=self.record_matches,
                   codes_found=self.codes_found, demo=self.demo)
        if self.demo:  # the verdict's status stays one of certificate-qr-v1's; the detail says it
            out["detail"] = f"DEMO document (見本), not an official certificate: {out['detail']}"
        return out


def known_kids(bo: Backoffice) -> list[str]:
    """The configured key id and every kid the database's certificates were signed with
    (just the configured one when the database is not initialized yet)."""
    kids = {bo.config.key_id}
    try:
        with bo.db.read() as s:
            kids.update(k for k in s.scalars(select(Certificate.kid).distinct()) if k)
    except SQLAlchemyError as exc:
        log.info("no certificate key ids from the database: %s", exc)
    return sorted(kids)


def public_keys(bo: Backoffice, keys_dir: str | Path | None = None) -> dict[str, Ed25519PublicKey]:
    """{kid: key}: keyring keys for every kid the database knows, then the directory's files
    (a file wins: it is what the operator explicitly gave)."""
    from backoffice.issuance.registry import public_keys as registered_keys

    try:
        keys: dict[str, Ed25519PublicKey] = registered_keys(bo)  # every workstation's keys
    except SQLAlchemyError as exc:
        log.info("no registered issuing keys from the database: %s", exc)
        keys = {}
    for kid in known_kids(bo):
        if kid in keys:
            continue
        try:
            keys[kid] = keystore.load_issuing_key(kid, demo_keys=key_folder(bo.config)).public_key()
        except ConfigError as exc:  # not on this workstation: a --keys directory may have it
            log.info("issuing key %s not available from the keyring: %s", kid, exc)
    if keys_dir is not None:
        keys.update(load_public_keys_dir(keys_dir))
    return keys


def _check_one(bo: Backoffice, text: str, keys: Mapping[str, Ed25519PublicKey]) -> VerifyResult:
    record: dict[str, Certificate] = {}

    def status_of(sn: str) -> str | None:
        with bo.db.read() as s:
            cert = s.scalar(select(Certificate).where(Certificate.serial == sn))
            if cert is None:
                return None
            s.expunge(cert)
            record["cert"] = cert
        return "revoked" if cert.status in ("revoked", "superseded") else cert.status

    verdict = verify_qr_text(text, keys, status_of)
    cert = record.get("cert")
    if cert is None:
        return VerifyResult(verdict, None, None, None, None, 1)
    if cert.status == "superseded":
        verdict = replace(verdict, detail=f"superseded by {cert.superseded_by}: signature valid, "
                                          "but this paper was replaced by a reprint")
    elif cert.status == "revoked" and cert.revoked_reason:
        verdict = replace(verdict, detail=f"{verdict.detail} ({cert.revoked_reason})")
    matches = None
    if verdict.payload is not None:
        matches = verdict.payload.get("sha256") == cert.body_sha256
        if not matches:  # signed by our key, but not what we stored: a key misuse to investigate
            log.warning("certificate %s: signed body hash differs from the record", cert.serial)
    return VerifyResult(verdict, cert.status, cert.superseded_by, cert.revoked_reason, matches, 1)


def verify_texts(bo: Backoffice, texts: list[str],
                 keys: Mapping[str, Ed25519PublicKey]) -> VerifyResult:
    if not texts:
        return VerifyResult(Verdict("not_a_certificate", None, None, "no QR code found in the file"),
                            None, None, None, None, 0)
    results = [_check_one(bo, t, keys) for t in texts]
    best = min(results, key=lambda r: _RANK.get(r.status, 9))
    return replace(best, codes_found=len(texts))


def refused_result(exc: ScanRefused) -> VerifyResult:
    """The verdict for a file refused by the scan limits (the desktop decodes in its pool and
    builds the same verdict from the exception)."""
    return VerifyResult(Verdict("not_a_certificate", None, None, exc.detail), None, None, None, None, 0)


def verify_file(bo: Backoffice, source: str | Path | bytes, *, keys_dir: str | Path | None = None,
                actor: Actor | None = None, filename_hint: str | None = None) -> VerifyResult:
    """Verdict for a PNG/JPEG/PDF; audited (certificate.verify) when an actor is given."""
    if actor is not None:
        require(actor, "certificate.verify")
    try:
        texts = decode_qr_texts(source, filename_hint=filename_hint)
    except ScanRefused as exc:  # beyond the page/pixel limits: refused before rendering
        return refused_result(exc)
    except (OSError, ValueError) as exc:
        if isinstance(exc, FileNotFoundError):
            raise
        return VerifyResult(Verdict("not_a_certificate", None, None, f"cannot read the file: {exc}"),
                            None, None, None, None, 0)
    except Exception as exc:  # noqa: BLE001 - PIL/pdfium raise their own types on garbage
        log.info("not an image or PDF: %s", exc)
        return VerifyResult(Verdict("not_a_certificate", None, None, "not a readable image or PDF"),
                            None, None, None, None, 0)
    return verify_decoded(bo, texts, keys_dir=keys_dir, actor=actor)


def verify_decoded(bo: Backoffice, texts: list[str], *, keys_dir: str | Path | None = None,
                   actor: Actor | None = None) -> VerifyResult:
    """verify_file after decoding (the UI decodes in its worker pool, then checks here)."""
    if actor is not None:
        require(actor, "certificate.verify")
    result = verify_texts(bo, texts, public_keys(bo, keys_dir))
    if actor is not None:
        sn = result.verdict.payload.get("sn") if result.verdict.payload else None
        with bo.db.write() as s:
            audit.record(s, actor, "certificate.verify", f"certificate:{sn}" if sn else "certificate",
                         status=result.status, kid=result.verdict.kid)
    return result
