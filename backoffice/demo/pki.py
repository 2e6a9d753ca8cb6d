"""A demo stand-in for the JPKI signing-certificate hierarchy (bundle-v1 §5), so the demo
exercises the real applicant-signature checks. Never used for real applications."""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID

from backoffice.platform import fileperms


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "JP"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Demo JPKI"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _cert(subject: x509.Name, issuer: x509.Name, pub, sign_key, ca: bool,  # type: ignore[no-untyped-def]
          not_before: dt.datetime, not_after: dt.datetime) -> x509.Certificate:
    b = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer).public_key(pub)
         .serial_number(x509.random_serial_number()).not_valid_before(not_before)
         .not_valid_after(not_after)
         .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if ca:
        b = b.add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
    else:
        b = b.add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
    return b.sign(sign_key, hashes.SHA256())


@dataclass
class DemoPKI:
    root_key: rsa.RSAPrivateKey
    root: x509.Certificate
    inter_key: rsa.RSAPrivateKey
    inter: x509.Certificate
    revoked: list[int] = field(default_factory=list)

    @classmethod
    def create(cls) -> DemoPKI:
        now = dt.datetime.now(dt.UTC)
        rk = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        root = _cert(_name("Demo JPKI Root"), _name("Demo JPKI Root"), rk.public_key(), rk, True,
                     now - dt.timedelta(days=3650), now + dt.timedelta(days=3650))
        ik = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        inter = _cert(_name("Demo JPKI Signing CA"), root.subject, ik.public_key(), rk, True,
                      now - dt.timedelta(days=3000), now + dt.timedelta(days=3000))
        return cls(rk, root, ik, inter)

    def issue_signer(self, cn: str, *, expired: bool = False, key: rsa.RSAPrivateKey | None = None
                     ) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
        now = dt.datetime.now(dt.UTC)
        key = key or rsa.generate_private_key(public_exponent=65537, key_size=2048)
        nb, na = ((now - dt.timedelta(days=800), now - dt.timedelta(days=30)) if expired
                  else (now - dt.timedelta(days=365), now + dt.timedelta(days=1460)))
        return key, _cert(_name(cn), self.inter.subject, key.public_key(), self.inter_key, False, nb, na)

    def revoke(self, cert: x509.Certificate) -> None:
        self.revoked.append(cert.serial_number)

    def crl(self) -> x509.CertificateRevocationList:
        now = dt.datetime.now(dt.UTC)
        b = (x509.CertificateRevocationListBuilder().issuer_name(self.inter.subject)
             .last_update(now - dt.timedelta(hours=1)).next_update(now + dt.timedelta(days=30)))
        for serial in self.revoked:
            b = b.add_revoked_certificate(
                x509.RevokedCertificateBuilder().serial_number(serial).revocation_date(now).build())
        return b.sign(self.inter_key, hashes.SHA256())

    def write_trust_files(self, root_path: Path, crl_path: Path) -> None:
        fileperms.ensure_dir(root_path.parent)
        fileperms.write_file(root_path, self.root.public_bytes(serialization.Encoding.PEM))
        fileperms.write_file(crl_path, self.crl().public_bytes(serialization.Encoding.PEM))


def sign_application(app_bytes: bytes, key: rsa.RSAPrivateKey, cert: x509.Certificate,
                     chain: list[x509.Certificate]) -> dict[str, Any]:
    """application.sig.json content (bundle-v1 §5)."""
    sig = key.sign(app_bytes, padding.PKCS1v15(), hashes.SHA256())
    pem = lambda c: c.public_bytes(serialization.Encoding.PEM).decode()  # noqa: E731
    return {"algorithm": "RSASSA-PKCS1-v1_5-SHA256", "certificate": pem(cert),
            "chain": [pem(c) for c in chain], "signature": base64.b64encode(sig).decode()}
