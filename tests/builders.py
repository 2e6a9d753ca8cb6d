"""Shared test builders: sample applications, real small files, a JPKI-like test PKI and an
independent bundle producer (bundle-v1) with hooks for every kind of defect. Nothing here
calls product code: bundles are made straight from the spec text.

    key = make_gateway_key()
    app = sample_application(applicant__name="𠮷田 髙﨑")
    bundle_id, data = build_bundle(app, {"a1": (tiny_png(), "image/png")}, gateway_key=key)
"""

from __future__ import annotations

import base64
import copy
import datetime as dt
import hashlib
import io
import json
import stat
import struct
import uuid
import warnings
import zipfile
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.x509.oid import NameOID

UTC = dt.UTC
SUBMITTED_AT = "2026-11-28T09:15:00+09:00"  # sample_application()'s submitted_at

# -- small real files ---------------------------------------------------------------


@cache
def tiny_png(width: int = 8, height: int = 8, color: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buf, format="PNG")
    return buf.getvalue()


@cache
def tiny_jpeg(width: int = 8, height: int = 8) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (width, height), (30, 120, 200)).save(buf, format="JPEG", quality=80)
    return buf.getvalue()


@cache
def tiny_pdf(pages: int = 1) -> bytes:
    """A real PDF whose pages hold only an image, like a sanitized PDF (§6)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=(200, 200), invariant=1)
    for _ in range(pages):
        pdf.drawImage(ImageReader(io.BytesIO(tiny_png())), 10, 10, 180, 180)
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- application.json ---------------------------------------------------------------


def sample_application(**overrides: Any) -> dict[str, Any]:
    """A valid application/1 dict: juminhyo-copy, 2 copies, 600 yen paid, one identity
    document (a1, 'menkyo.png' = tiny_png()).

    Overrides replace top-level keys; a double underscore reaches inside
    (applicant__name="𠮷田 髙﨑", form__copies=3, delivery__method="counter").
    Use the value DELETE to remove a key.
    """
    original = tiny_png()
    app: dict[str, Any] = {
        "schema": "application/1",
        "application_id": "OSK-2026-0001234",
        "revision": 1,
        "procedure": "juminhyo-copy",
        "submitted_at": SUBMITTED_AT,
        "applicant": {
            "name": "山田 太郎",
            "name_kana": "ヤマダ タロウ",
            "birth_date": "1985-04-01",
            "postal_code": "530-8201",
            "address": "大阪府大阪市北区中之島1-3-20",
            "phone": "06-0000-0000",
            "email": "taro@example.jp",
        },
        "form": {"copies": 2, "include_household": True, "purpose": "勤務先への提出"},
        "attachments": [
            {"id": "a1", "file": "menkyo.png", "kind": "identity_document",
             "sha256": sha256_hex(original), "size": len(original)},
        ],
        "payment": {"method": "credit_card", "amount": 600, "currency": "JPY",
                    "transaction_id": "PG-20261128-000123", "paid_at": "2026-11-28T09:16:02+09:00"},
        "delivery": {"method": "mail"},
        "appointment": None,
    }
    for key, value in overrides.items():
        set_path(app, key.split("__"), value)
    return app


DELETE = object()


def set_path(doc: dict[str, Any], path: Sequence[str], value: Any) -> None:
    target = doc
    for part in path[:-1]:
        target = target[int(part)] if isinstance(target, list) else target[part]
    last = path[-1]
    if isinstance(target, list):
        target[int(last)] = value
    elif value is DELETE:
        target.pop(last, None)
    else:
        target[last] = value


def with_name(app: dict[str, Any], name: str, kana: str | None = None) -> dict[str, Any]:
    """A copy of app with applicant.name (and optionally name_kana) set, e.g. "𠮷田 髙﨑"."""
    out = copy.deepcopy(app)
    out["applicant"]["name"] = name
    if kana is not None:
        out["applicant"]["name_kana"] = kana
    return out


def application_bytes(app: dict[str, Any]) -> bytes:
    """How a portal would write it: UTF-8, no BOM, non-ASCII kept as is."""
    return json.dumps(app, ensure_ascii=False, indent=2).encode("utf-8")


# -- keys and a JPKI-like PKI -------------------------------------------------------


def make_gateway_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def public_pem(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.PEM,
                                         serialization.PublicFormat.SubjectPublicKeyInfo)


@cache
def rsa_key(label: str) -> rsa.RSAPrivateKey:
    """RSA 2048 keys are slow to make: one per label per test session."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "JP"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Test JPKI"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


class TestPKI:
    """Root CA -> intermediate CA -> signer certificates, real X.509 (RSA 2048).

    Different labels give unrelated PKIs (for "untrusted" tests). Keys are cached per
    session; certificates are made per instance (cheap).
    """

    __test__ = False  # not a pytest test class

    def __init__(self, label: str = "jpki") -> None:
        self.label = label
        self.not_before = dt.datetime(2020, 1, 1, tzinfo=UTC)
        self.not_after = dt.datetime(2040, 1, 1, tzinfo=UTC)
        self.root_key = rsa_key(f"{label}-root")
        self.intermediate_key = rsa_key(f"{label}-intermediate")
        self.root_cert = self._ca(_name(f"{label} Root CA"), self.root_key,
                                  _name(f"{label} Root CA"), self.root_key, path_length=1)
        self.intermediate_cert = self._ca(_name(f"{label} Signing CA"), self.intermediate_key,
                                          self.root_cert.subject, self.root_key, path_length=0)
        self._revoked: list[tuple[int, dt.datetime]] = []

    def _ca(self, subject: x509.Name, key: rsa.RSAPrivateKey, issuer: x509.Name,
            issuer_key: rsa.RSAPrivateKey, path_length: int) -> x509.Certificate:
        return (
            x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(self.not_before).not_valid_after(self.not_after)
            .add_extension(x509.BasicConstraints(ca=True, path_length=path_length), critical=True)
            .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False),
                           critical=True)
            .sign(issuer_key, hashes.SHA256())
        )

    def issue_signer(self, cn: str, not_before: dt.datetime | None = None,
                     not_after: dt.datetime | None = None, *, key: rsa.RSAPrivateKey | None = None
                     ) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
        """A signing certificate (CN = the person's name) issued by the intermediate.

        Default validity 2025-01-01 .. 2030-01-01 covers SUBMITTED_AT and today.
        """
        key = key or rsa_key(f"{self.label}-signer")
        cert = (
            x509.CertificateBuilder().subject_name(_name(cn))
            .issuer_name(self.intermediate_cert.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(not_before or dt.datetime(2025, 1, 1, tzinfo=UTC))
            .not_valid_after(not_after or dt.datetime(2030, 1, 1, tzinfo=UTC))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False),
                           critical=True)
            .sign(self.intermediate_key, hashes.SHA256())
        )
        return key, cert

    @property
    def chain(self) -> list[x509.Certificate]:
        """What a signer sends in application.sig.json 'chain'."""
        return [self.intermediate_cert]

    def revoke(self, cert: x509.Certificate, when: dt.datetime | None = None) -> None:
        self._revoked.append((cert.serial_number, when or dt.datetime(2026, 1, 1, tzinfo=UTC)))

    def crl(self, signer_key: rsa.RSAPrivateKey | None = None) -> x509.CertificateRevocationList:
        """The intermediate's CRL (signer_key lets a test forge a badly signed one)."""
        builder = (
            x509.CertificateRevocationListBuilder().issuer_name(self.intermediate_cert.subject)
            .last_update(dt.datetime(2026, 1, 1, tzinfo=UTC))
            .next_update(dt.datetime(2036, 1, 1, tzinfo=UTC))
        )
        for serial, when in self._revoked:
            builder = builder.add_revoked_certificate(
                x509.RevokedCertificateBuilder().serial_number(serial).revocation_date(when).build())
        return builder.sign(signer_key or self.intermediate_key, hashes.SHA256())

    def write_files(self, directory: Path) -> tuple[Path, Path]:
        """Write <label>-root.pem and <label>.crl (PEM) for config-based tests."""
        directory.mkdir(parents=True, exist_ok=True)
        anchor = directory / f"{self.label}-root.pem"
        anchor.write_bytes(cert_pem(self.root_cert).encode("ascii"))
        crl = directory / f"{self.label}.crl"
        crl.write_bytes(self.crl().public_bytes(serialization.Encoding.PEM))
        return anchor, crl


def cert_pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode("ascii")


def sign_application(app_bytes: bytes, key: rsa.RSAPrivateKey, cert: x509.Certificate,
                     chain: Iterable[x509.Certificate]) -> dict[str, Any]:
    """application.sig.json content (§5) over the exact bytes of application.json."""
    signature = key.sign(app_bytes, padding.PKCS1v15(), hashes.SHA256())
    return {
        "algorithm": "RSASSA-PKCS1-v1_5-SHA256",
        "certificate": cert_pem(cert),
        "chain": [cert_pem(c) for c in chain],
        "signature": base64.b64encode(signature).decode("ascii"),
    }


# -- bundles ------------------------------------------------------------------------

_EXT = {"image/png": ".png", "image/jpeg": ".jpg", "application/pdf": ".pdf"}


def build_bundle(
    application: dict[str, Any] | bytes,
    files: dict[str, tuple[bytes, str]] | None = None,
    *,
    gateway_key: Ed25519PrivateKey,
    signature: dict[str, Any] | bytes | None = None,
    rejected: list[dict[str, Any] | str] | None = None,
    bundle_id: str | None = None,
    mutate_gateway: Callable[[dict[str, Any]], dict[str, Any] | None] | None = None,
    gateway_json: bytes | None = None,
    gateway_sig: bytes | None = None,
    extra_members: dict[str, bytes] | None = None,
    replace_members: dict[str, bytes] | None = None,
    omit_members: Iterable[str] = (),
    compression: int = zipfile.ZIP_DEFLATED,
) -> tuple[str, bytes]:
    """An independent bundle producer. Returns (bundle_id, zip bytes).

    files: attachment_id -> (sanitized bytes, media type), stored as files/<id><ext>.
    rejected: gateway rejected[] entries (an id string means a generic reason).
    mutate_gateway(gw): edit the gateway dict in place (or return a new one) before signing;
    it changes gateway.json only, the files/ members keep their names.
    gateway_json / gateway_sig: raw member bytes instead of the computed ones (gateway_json
    is still signed unless gateway_sig is given).
    replace_members: member bytes swapped in after signing (tampering); extra_members are
    appended (a name already present makes a duplicate member); omit_members leaves out.
    """
    app_bytes = application if isinstance(application, bytes) else application_bytes(application)
    files = files if files is not None else {}
    bundle_id = bundle_id or str(uuid.uuid4())
    gateway: dict[str, Any] = {
        "schema": "gateway/1",
        "bundle_id": bundle_id,
        "application_sha256": sha256_hex(app_bytes),
        "sanitized_at": "2026-11-28T09:16:30+09:00",
        "engine": "tests.builders/1",
        "files": [
            {"attachment_id": att_id, "path": f"files/{att_id}{_EXT.get(media, '.bin')}",
             "sha256": sha256_hex(data), "media_type": media, "pages": 1,
             "actions": ["re-encoded by tests.builders"]}
            for att_id, (data, media) in files.items()
        ],
        "rejected": [
            r if isinstance(r, dict) else {"attachment_id": r, "reason": "unsupported file type"}
            for r in (rejected or [])
        ],
    }
    if mutate_gateway is not None:
        gateway = mutate_gateway(gateway) or gateway
    gw_bytes = gateway_json if gateway_json is not None else \
        json.dumps(gateway, ensure_ascii=False, indent=2).encode("utf-8")
    sig = gateway_sig if gateway_sig is not None else \
        base64.b64encode(gateway_key.sign(gw_bytes))
    members: list[tuple[str, bytes]] = [("application.json", app_bytes)]
    if signature is not None:
        members.append(("application.sig.json", signature if isinstance(signature, bytes)
                        else json.dumps(signature, indent=2).encode("utf-8")))
    members += [("gateway.json", gw_bytes), ("gateway.sig", sig)]
    for att_id, (data, media) in files.items():  # mutate_gateway never renames members
        members.append((f"files/{att_id}{_EXT.get(media, '.bin')}", data))
    omitted = set(omit_members)
    members = [(n, d) for n, d in members if n not in omitted]
    for name, data in (replace_members or {}).items():
        if any(n == name for n, _ in members):
            members = [(n, data if n == name else d) for n, d in members]
        else:
            members.append((name, data))
    members += list((extra_members or {}).items())
    return bundle_id, make_zip(members, compression=compression)


def make_zip(members: Iterable[tuple[str | zipfile.ZipInfo, bytes]],
             compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A ZIP with exactly these entries, names kept verbatim ('../x', '/abs', 'a\\b',
    duplicates). Pass a ZipInfo for special attributes (see symlink_info)."""
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        with zipfile.ZipFile(buf, "w", compression) as zf:
            for name, data in members:
                info = name if isinstance(name, zipfile.ZipInfo) else \
                    zipfile.ZipInfo(name, date_time=(2026, 11, 28, 9, 16, 30))
                if not isinstance(name, zipfile.ZipInfo):
                    info.compress_type = compression
                    info.external_attr = (stat.S_IFDIR | 0o755) << 16 | 0x10 \
                        if info.filename.endswith("/") else (stat.S_IFREG | 0o644) << 16
                zf.writestr(info, data)
    return buf.getvalue()


def symlink_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2026, 11, 28, 9, 16, 30))
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


_CENTRAL = struct.Struct("<4s6H3L5HLL")  # central directory file header, 46 bytes


def patch_central(data: bytes, name: str, **fields: int) -> bytes:
    """Rewrite fields of one central-directory entry (a lying or odd ZIP directory).

    fields: flag_bits, compress_type, crc, compress_size, file_size, external_attr,
    header_offset. The local header is left alone.
    """
    index = {"flag_bits": 3, "compress_type": 4, "crc": 7, "compress_size": 8,
             "file_size": 9, "external_attr": 15, "header_offset": 16}
    eocd = data.rindex(b"PK\x05\x06")
    count, _size, offset = struct.unpack("<HLL", data[eocd + 10:eocd + 20])
    out = bytearray(data)
    pos = offset
    for _ in range(count):
        values = list(_CENTRAL.unpack_from(out, pos))
        n_len, e_len, c_len = values[10], values[11], values[12]
        entry_name = bytes(out[pos + 46:pos + 46 + n_len]).decode("utf-8", "replace")
        if entry_name == name:
            for key, value in fields.items():
                values[index[key]] = value
            out[pos:pos + 46] = _CENTRAL.pack(*values)
            return bytes(out)
        pos += 46 + n_len + e_len + c_len
    raise KeyError(name)
