"""The applicant's JPKI-style e-signature over application.json (bundle-v1 §5).

A failed check never refuses the bundle: it yields attention codes, one per failed
check, each with a detail for staff. Malformed input (JSON shape, PEM, base64) is
signature_invalid, never an exception.
"""

from __future__ import annotations

import base64
import binascii
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, padding
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from cryptography.x509.oid import NameOID

from backoffice.intake.bundle import MALFORMED_SIGNATURE_KEY
from backoffice.platform.errors import ConfigError
from backoffice.platform.timeutil import parse_rfc3339

log = logging.getLogger(__name__)

ALGORITHM = "RSASSA-PKCS1-v1_5-SHA256"
CODE_ORDER = ("signature_missing", "signature_invalid", "certificate_untrusted",
              "certificate_expired", "certificate_revoked", "signer_name_mismatch")
_CHECK_CODES = {"present": "signature_missing", "format": "signature_invalid",
                "signature": "signature_invalid", "chain": "certificate_untrusted",
                "validity": "certificate_expired", "revocation": "certificate_revoked",
                "name": "signer_name_mismatch"}
_PEM_BLOCK = re.compile(rb"-----BEGIN ([A-Z0-9 ]+)-----.+?-----END \1-----", re.DOTALL)


@dataclass(frozen=True)
class SignatureCheck:
    name: str  # present, format, signature, chain, validity, revocation, name
    passed: bool
    detail: str


@dataclass(frozen=True)
class SignatureResult:
    codes: tuple[str, ...]
    checks: tuple[SignatureCheck, ...]
    signer_cn: str | None

    @property
    def ok(self) -> bool:
        return not self.codes


def normalize_name(name: str) -> str:
    """§5 comparison form: Unicode NFKC, then every whitespace character removed."""
    return "".join(c for c in unicodedata.normalize("NFKC", name) if not c.isspace())


def check_applicant_signature(
    application_bytes: bytes,
    application: dict[str, Any],
    signature: dict[str, Any] | None,
    *,
    trust_anchors: Sequence[x509.Certificate],
    crls: Sequence[x509.CertificateRevocationList],
) -> SignatureResult:
    """Run every §5 check and report each failure (signature_missing when signature is None;
    callers apply Procedure.signature_required)."""
    checks: list[SignatureCheck] = []
    if signature is None:
        checks.append(SignatureCheck("present", False, "the bundle has no application.sig.json"))
        return _result(checks, None)
    cert, chain, sig, problems = _parse(signature)
    checks.append(SignatureCheck("format", not problems, "; ".join(problems) or
                                 "application.sig.json is well formed"))
    if cert is None:
        return _result(checks, None)
    if sig is None:
        checks.append(SignatureCheck("signature", False, "not verified: the signature or "
                                     "algorithm is unusable"))
    else:
        checks.append(_check_signature(cert, sig, application_bytes))
    when = _submitted_at(application)
    issuer, chain_check = _check_chain(cert, chain, trust_anchors, when)
    checks.append(chain_check)
    checks.append(_check_validity(cert, when))
    checks.append(_check_revocation(cert, issuer, [*chain, *trust_anchors], crls))
    cn = _common_name(cert)
    checks.append(_check_name(cn, application))
    return _result(checks, cn)


def _result(checks: list[SignatureCheck], cn: str | None) -> SignatureResult:
    failed = {_CHECK_CODES[c.name] for c in checks if not c.passed}
    for c in checks:
        if not c.passed:
            # not c.detail: the name check's detail quotes the applicant's and signer's names
            log.info("applicant signature check %s failed", c.name)
    return SignatureResult(tuple(code for code in CODE_ORDER if code in failed), tuple(checks), cn)


def _load_pem_cert(text: Any, where: str) -> x509.Certificate:
    if not isinstance(text, str):
        raise ValueError(f"{where} is not a string")
    cert = _parsed_pem(text)
    if cert is None:
        raise ValueError(f"{where} is not a PEM certificate")
    return cert


@lru_cache(maxsize=256)
def _parsed_pem(text: str) -> x509.Certificate | None:
    """Every bundle carries the same chain (the JPKI intermediates): parsed once. A
    certificate object is immutable, so sharing it between bundles is safe."""
    try:
        return x509.load_pem_x509_certificate(text.encode("ascii"))
    except (ValueError, UnicodeEncodeError, TypeError):
        return None


def _parse(sig: dict[str, Any]) -> tuple[x509.Certificate | None, list[x509.Certificate],
                                         bytes | None, list[str]]:
    if MALFORMED_SIGNATURE_KEY in sig:
        return None, [], None, [str(sig[MALFORMED_SIGNATURE_KEY])]
    problems: list[str] = []
    for key in ("algorithm", "certificate", "chain", "signature"):
        if key not in sig:
            problems.append(f"application.sig.json lacks '{key}'")
    algorithm_ok = sig.get("algorithm") == ALGORITHM
    if "algorithm" in sig and not algorithm_ok:
        problems.append(f"algorithm {str(sig.get('algorithm'))[:40]!r} is not {ALGORITHM}")
    cert = None
    try:
        cert = _load_pem_cert(sig.get("certificate"), "'certificate'")
    except ValueError as exc:
        if "certificate" in sig:
            problems.append(str(exc))
    chain: list[x509.Certificate] = []
    raw_chain = sig.get("chain", [])
    if not isinstance(raw_chain, list):
        problems.append("'chain' is not a list")
        raw_chain = []
    for i, item in enumerate(raw_chain):
        try:
            chain.append(_load_pem_cert(item, f"chain[{i}]"))
        except ValueError as exc:
            problems.append(str(exc))
    raw_sig = sig.get("signature")
    value: bytes | None = None
    if isinstance(raw_sig, str):
        try:
            value = base64.b64decode("".join(raw_sig.split()), validate=True)
        except (binascii.Error, ValueError):
            problems.append("'signature' is not valid base64")
    elif "signature" in sig:
        problems.append("'signature' is not a string")
    return cert, chain, value if algorithm_ok else None, problems


def _check_signature(cert: x509.Certificate, sig: bytes, message: bytes) -> SignatureCheck:
    key = cert.public_key()
    if not isinstance(key, RSAPublicKey):
        return SignatureCheck("signature", False, "the signer certificate's key is not RSA")
    try:
        key.verify(sig, message, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        return SignatureCheck("signature", False, "the signature does not verify over "
                              "application.json with the signer certificate's key")
    return SignatureCheck("signature", True, "the signature verifies over application.json")


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate, *, remember: bool = False) -> bool:
    """`remember`: the link between two CA certificates (intermediate -> anchor) is the same
    in every bundle, so its verdict is kept (keyed by both whole certificates: any change to
    either is a different key); a signer's own link is checked every time."""
    key = (cert, issuer)
    if remember and key in _ca_links:
        return _ca_links[key]
    try:
        cert.verify_directly_issued_by(issuer)
        ok = True
    except (ValueError, TypeError, InvalidSignature):
        ok = False
    if remember:
        if len(_ca_links) >= _CACHE_MAX:
            _ca_links.clear()
        _ca_links[key] = ok
    return ok


_CACHE_MAX = 1024
_ca_links: dict[tuple[x509.Certificate, x509.Certificate], bool] = {}
# CRL objects are not hashable; each entry keeps its CRL alive, so its id is not reused.
_crl_verdicts: dict[tuple[int, x509.Certificate], tuple[x509.CertificateRevocationList, bool]] = {}


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def _usable_ca(cert: x509.Certificate, when: datetime | None) -> bool:
    valid = when is None or cert.not_valid_before_utc <= when <= cert.not_valid_after_utc
    return valid and _is_ca(cert)


def _signing_usage(cert: x509.Certificate) -> bool:
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return True
    return bool(usage.digital_signature or usage.content_commitment)


def _check_chain(cert: x509.Certificate, chain: list[x509.Certificate],
                 anchors: Sequence[x509.Certificate],
                 when: datetime | None) -> tuple[x509.Certificate | None, SignatureCheck]:
    """Walk signer -> chain... -> anchor, verifying names and signatures of every link.

    Intermediates must be CA certificates valid at submitted_at; anchors are trusted as
    configured.
    """
    issuer_of_signer: x509.Certificate | None = None
    if not _signing_usage(cert):
        return None, SignatureCheck("chain", False, "the signer certificate's key usage does "
                                    "not allow signatures")
    current, used = cert, set()
    for _ in range(len(chain) + 1):
        ca = current is not cert
        anchor = next((a for a in anchors if _issued_by(current, a, remember=ca)), None)
        if anchor is not None:
            issuer_of_signer = issuer_of_signer or anchor
            return issuer_of_signer, SignatureCheck(
                "chain", True, f"chains to trust anchor '{anchor.subject.rfc4514_string()}'")
        step = next((i for i, c in enumerate(chain) if i not in used and _usable_ca(c, when)
                     and _issued_by(current, c, remember=ca)), None)
        if step is None:
            break
        used.add(step)
        current = chain[step]
        issuer_of_signer = issuer_of_signer or current
    return issuer_of_signer, SignatureCheck(
        "chain", False, f"no path from the signer certificate (issuer "
        f"'{cert.issuer.rfc4514_string()}') to a configured trust anchor")


def _submitted_at(application: dict[str, Any]) -> datetime | None:
    try:
        return parse_rfc3339(application.get("submitted_at"))  # type: ignore[arg-type]
    except (ValueError, TypeError):
        return None


def _check_validity(cert: x509.Certificate, when: datetime | None) -> SignatureCheck:
    start, end = cert.not_valid_before_utc, cert.not_valid_after_utc
    if when is None:
        return SignatureCheck("validity", False, "submitted_at is not a usable date-time")
    if start <= when <= end:
        return SignatureCheck("validity", True, "submitted_at lies within the validity")
    return SignatureCheck("validity", False, f"submitted_at {when.isoformat()} is outside the "
                          f"certificate's validity {start.isoformat()} to {end.isoformat()}")


def _check_revocation(cert: x509.Certificate, issuer: x509.Certificate | None,
                      candidates: list[x509.Certificate],
                      crls: Sequence[x509.CertificateRevocationList]) -> SignatureCheck:
    """Serial on a CRL of the cert's issuer whose signature verifies with that issuer.

    CRLs whose signature does not verify are ignored (logged): they prove nothing.
    """
    issuers = [issuer] if issuer is not None else []
    issuers += [c for c in candidates if c.subject == cert.issuer and c not in issuers]
    for crl in crls:
        if crl.issuer != cert.issuer:
            continue
        if not any(_crl_signed_by(crl, i) for i in issuers):
            log.warning("ignoring CRL of %s: its signature does not verify",
                        crl.issuer.rfc4514_string())
            continue
        entry = crl.get_revoked_certificate_by_serial_number(cert.serial_number)
        if entry is not None:
            return SignatureCheck("revocation", False, f"serial {cert.serial_number:x} is on the "
                                  f"CRL of '{crl.issuer.rfc4514_string()}' (revoked "
                                  f"{entry.revocation_date_utc.isoformat()})")
    return SignatureCheck("revocation", True, "the serial is on no configured CRL")


_SIGNING_KEYS = (RSAPublicKey, ec.EllipticCurvePublicKey, dsa.DSAPublicKey,
                 ed25519.Ed25519PublicKey, ed448.Ed448PublicKey)


def _crl_signed_by(crl: x509.CertificateRevocationList, issuer: x509.Certificate) -> bool:
    """Kept per (CRL object, issuer): the configured CRLs are loaded once and checked for
    every bundle, and a real CRL is large (its signature covers all of it)."""
    key = (id(crl), issuer)
    hit = _crl_verdicts.get(key)
    if hit is not None and hit[0] is crl:
        return hit[1]
    public_key = issuer.public_key()
    try:  # only a signing key can have signed a CRL (an X25519 or ML-KEM key cannot)
        ok = (isinstance(public_key, _SIGNING_KEYS) and crl.is_signature_valid(public_key))
    except (TypeError, ValueError):
        ok = False
    if len(_crl_verdicts) >= _CACHE_MAX:
        _crl_verdicts.clear()
    _crl_verdicts[key] = (crl, ok)
    return ok


def _common_name(cert: x509.Certificate) -> str | None:
    attrs = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    if not attrs:
        return None
    value = attrs[0].value
    return value if isinstance(value, str) else value.decode("utf-8", "replace")


def _check_name(cn: str | None, application: dict[str, Any]) -> SignatureCheck:
    applicant = application.get("applicant")
    name = applicant.get("name") if isinstance(applicant, dict) else None
    if cn is None:
        return SignatureCheck("name", False, "the signer certificate has no common name")
    if isinstance(name, str) and normalize_name(cn) == normalize_name(name):
        return SignatureCheck("name", True, "the certificate's common name matches applicant.name")
    return SignatureCheck("name", False, f"the certificate's common name '{cn}' does not match "
                          f"applicant.name '{name}'")


def _pem_blocks(data: bytes, label: bytes) -> list[bytes]:
    return [m.group(0) for m in _PEM_BLOCK.finditer(data) if m.group(1) == label]


def _load_all(paths: Iterable[str | Path], what: str, label: bytes,
              pem: Callable[[bytes], Any], der: Callable[[bytes], Any]) -> list[Any]:
    """Objects from PEM (one or more blocks) or DER files; ConfigError names a bad file."""
    out: list[Any] = []
    for path in paths:
        data = _read(path, what)
        try:
            if b"-----BEGIN" in data:
                blocks = _pem_blocks(data, label)
                if not blocks:
                    raise ValueError(f"no {label.decode()} block")
                out += [pem(b) for b in blocks]
            else:
                out.append(der(data))
        except ValueError as exc:
            raise ConfigError(f"{what} {path}: not a PEM or DER {label.decode()} ({exc})") from None
    return out


def load_trust_anchors(paths: Iterable[str | Path]) -> list[x509.Certificate]:
    return _load_all(paths, "trust anchor", b"CERTIFICATE",
                     x509.load_pem_x509_certificate, x509.load_der_x509_certificate)


def load_crls(paths: Iterable[str | Path]) -> list[x509.CertificateRevocationList]:
    return _load_all(paths, "CRL", b"X509 CRL", x509.load_pem_x509_crl, x509.load_der_x509_crl)


def _read(path: str | Path, what: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read {what} {path}: {exc.strerror or exc}") from None
