"""The issuing Ed25519 key in the OS credential store (cli-v1 `keys init` / `keys public`).

certificate-qr-v1: the private key never sits in a plain file on a workstation. It is kept
through `keyring` (service "backoffice", user "issuance:<key_id>") as base64 of the raw
32-byte private key — 44 characters, far below Windows Credential Manager's 2,560-byte cap.
PYTHON_KEYRING_BACKEND chooses the store; there is deliberately no plaintext fallback,
with one exception: the demo (demo_mode.py), whose `demo-` keys sign only papers that say
DEMO (見本), keeps them in a protected file under its data folder when the machine has no
credential store at all. Callers pass that folder (`demo_keys`) only for the demo's
configuration; every other configuration still refuses.
"""

from __future__ import annotations

import base64
import binascii
import logging
from collections.abc import Iterable
from pathlib import Path

import keyring
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from keyring.errors import KeyringError, NoKeyringError

from backoffice.platform.config import KEY_ID_RE
from backoffice.platform.errors import ConfigError

log = logging.getLogger(__name__)

SERVICE = "backoffice"


# What a key signs -> the prefix of its keyring user name: the issuing key signs
# certificates, the outbox key signs the portal's outbox messages (portal-v1 §1).
KINDS = ("issuance", "outbox")


def _username(key_id: str, kind: str = "issuance") -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown key kind {kind!r}")
    if not KEY_ID_RE.match(key_id):
        raise ConfigError(f"{_what(kind)} id {key_id!r} must be 1-64 letters, digits, '.', '_' or '-'")
    return f"{kind}:{key_id}"


def _what(kind: str) -> str:
    return "issuing key" if kind == "issuance" else "outbox key"


NO_STORE = ("no OS credential store is available (keyring backend) for issuing key {kid!r}; "
            "set PYTHON_KEYRING_BACKEND or install one (only the demo may keep its keys in a file)")


def _demo_file(key_id: str, demo_keys: Path | None) -> Path | None:
    """The demo's key folder, when this key may live there (demo configuration and kid)."""
    from backoffice.platform.demo_mode import is_demo_kid

    return demo_keys if demo_keys is not None and is_demo_kid(key_id) else None


def _get(key_id: str, demo_keys: Path | None = None, kind: str = "issuance") -> str | None:
    name = _username(key_id, kind)
    try:
        return keyring.get_password(SERVICE, name)
    except NoKeyringError as exc:
        folder = _demo_file(key_id, demo_keys)
        if folder is None:
            raise ConfigError(NO_STORE.format(kid=key_id), code="no_credential_store") from exc
        from backoffice.accounts import demo_keyfile

        return demo_keyfile.get(folder, name)
    except KeyringError as exc:
        raise ConfigError(f"the OS credential store refused access: {exc}",
                          code="credential_store_refused") from exc


def _put(key_id: str, secret: str, demo_keys: Path | None, kind: str = "issuance") -> None:
    name = _username(key_id, kind)
    try:
        keyring.set_password(SERVICE, name, secret)
    except NoKeyringError as exc:
        folder = _demo_file(key_id, demo_keys)
        if folder is None:
            raise ConfigError(NO_STORE.format(kid=key_id), code="no_credential_store") from exc
        from backoffice.accounts import demo_keyfile

        demo_keyfile.put(folder, name, secret)
        log.warning("no OS credential store: demo key %s kept in %s", key_id, folder)
    except KeyringError as exc:
        raise ConfigError(f"could not store {_what(kind)} {key_id}: {exc}",
                          code="credential_store_refused") from exc


def create_issuing_key(key_id: str, *, demo_keys: Path | None = None, kind: str = "issuance") -> bool:
    """Create the key unless it exists; True when created. The secret is never logged.
    `demo_keys`: demo_mode.key_folder(config), the demo's file when there is no store.
    `kind` "outbox" makes the outbox key (user "outbox:<key_id>", portal-v1 §1) instead."""
    if _get(key_id, demo_keys, kind) is not None:
        log.info("%s %s already exists; left unchanged", _what(kind), key_id)
        return False
    raw = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    _put(key_id, base64.b64encode(raw).decode("ascii"), demo_keys, kind)
    log.info("created %s %s", _what(kind), key_id)
    return True


def load_issuing_key(key_id: str, *, demo_keys: Path | None = None,
                     kind: str = "issuance") -> Ed25519PrivateKey:
    secret = _get(key_id, demo_keys, kind)
    if secret is None:
        raise ConfigError(f"{_what(kind)} {key_id!r} is not in the OS credential store; "
                          "run `backoffice keys init` on this workstation",
                          code="issuing_key_missing" if kind == "issuance" else "outbox_key_missing")
    try:
        raw = base64.b64decode(secret, validate=True)
        if len(raw) != 32:
            raise ValueError("wrong length")
        return Ed25519PrivateKey.from_private_bytes(raw)
    except (ValueError, binascii.Error) as exc:
        # say what is wrong, never what the stored value is
        raise ConfigError(f"{_what(kind)} {key_id!r} in the credential store is damaged",
                          code="issuing_key_damaged" if kind == "issuance" else "outbox_key_damaged") from exc


def public_key_pem(key_id: str, *, demo_keys: Path | None = None, kind: str = "issuance") -> bytes:
    """SubjectPublicKeyInfo PEM of the issuing (or outbox) key, for verifiers (<kid>.pem)."""
    return load_issuing_key(key_id, demo_keys=demo_keys, kind=kind).public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def write_public_keys(key_ids: Iterable[str], out_dir: str | Path, *,
                      demo_keys: Path | None = None) -> list[Path]:
    from backoffice.platform import fileperms

    out = Path(out_dir)
    fileperms.ensure_dir(out)
    written: list[Path] = []
    for key_id in key_ids:
        path = out / f"{key_id}.pem"
        fileperms.write_file(path, public_key_pem(key_id, demo_keys=demo_keys))
        written.append(path)
        log.info("wrote public key %s", path)
    return written
