"""The issuing Ed25519 key in the OS credential store (cli-v1 `keys init` / `keys public`).

certificate-qr-v1: the private key never sits in a plain file on a workstation. It is kept
through `keyring` (service "backoffice", user "issuance:<key_id>") as base64 of the raw
32-byte private key — 44 characters, far below Windows Credential Manager's 2,560-byte cap.
PYTHON_KEYRING_BACKEND chooses the store; there is deliberately no plaintext fallback.
"""

from __future__ import annotations

import base64
import binascii
import logging
import re
from collections.abc import Iterable
from pathlib import Path

import keyring
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from keyring.errors import KeyringError, NoKeyringError

from ..errors import ConfigError

log = logging.getLogger(__name__)

SERVICE = "backoffice"
KEY_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")  # also a safe <kid>.pem file name


def _username(key_id: str) -> str:
    if not KEY_ID_RE.match(key_id):
        raise ConfigError(f"issuing key id {key_id!r} must be 1-64 letters, digits, '.', '_' or '-'")
    return f"issuance:{key_id}"


def _get(key_id: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, _username(key_id))
    except NoKeyringError as exc:
        raise ConfigError("no OS credential store is available (keyring backend); "
                          "set PYTHON_KEYRING_BACKEND or install one") from exc
    except KeyringError as exc:
        raise ConfigError(f"the OS credential store refused access: {exc}") from exc


def create_issuing_key(key_id: str) -> bool:
    """Create the key unless it exists; True when created. The secret is never logged."""
    if _get(key_id) is not None:
        log.info("issuing key %s already exists; left unchanged", key_id)
        return False
    raw = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    try:
        keyring.set_password(SERVICE, _username(key_id), base64.b64encode(raw).decode("ascii"))
    except NoKeyringError as exc:
        raise ConfigError("no OS credential store is available (keyring backend)") from exc
    except KeyringError as exc:
        raise ConfigError(f"could not store issuing key {key_id}: {exc}") from exc
    log.info("created issuing key %s in the OS credential store", key_id)
    return True


def load_issuing_key(key_id: str) -> Ed25519PrivateKey:
    secret = _get(key_id)
    if secret is None:
        raise ConfigError(f"issuing key {key_id!r} is not in the OS credential store; "
                          "run `backoffice keys init` on this workstation")
    try:
        raw = base64.b64decode(secret, validate=True)
        if len(raw) != 32:
            raise ValueError("wrong length")
        return Ed25519PrivateKey.from_private_bytes(raw)
    except (ValueError, binascii.Error) as exc:
        # say what is wrong, never what the stored value is
        raise ConfigError(f"issuing key {key_id!r} in the credential store is damaged") from exc


def public_key_pem(key_id: str) -> bytes:
    """SubjectPublicKeyInfo PEM of the issuing key, for verifiers (<kid>.pem)."""
    return load_issuing_key(key_id).public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def write_public_keys(key_ids: Iterable[str], out_dir: str | Path) -> list[Path]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for key_id in key_ids:
        path = out / f"{key_id}.pem"
        path.write_bytes(public_key_pem(key_id))
        written.append(path)
        log.info("wrote public key %s", path)
    return written
