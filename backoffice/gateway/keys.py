"""The gateway's Ed25519 signing key (bundle-v1 §3 gateway.sig; cli-v1 `gateway --key`).

The private key stays on the gateway host as an unencrypted PEM readable only by its
owner (the gateway runs unattended); the back office only ever sees public keys, and reads them with
backoffice/intake/trusted_gateways.py.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from backoffice.platform import fileperms
from backoffice.platform.errors import ConfigError

log = logging.getLogger(__name__)


def generate_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def write_private_key(key: Ed25519PrivateKey, path: Path) -> None:
    """PEM PKCS#8, no encryption, mode 0600 from the first byte (never briefly world-readable)."""
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    path = Path(path)
    fileperms.ensure_dir(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
    os.chmod(path, 0o600)  # O_CREAT's mode is ignored when the file already existed; a
    # private key stays the owner's alone even where [files] group shares the rest


def write_public_key(key_or_pub: Ed25519PrivateKey | Ed25519PublicKey, path: Path) -> None:
    """PEM SubjectPublicKeyInfo, the form cli-v1 `intake.gateway_public_keys` expects."""
    pub = key_or_pub.public_key() if isinstance(key_or_pub, Ed25519PrivateKey) else key_or_pub
    pem = pub.public_bytes(serialization.Encoding.PEM,
                           serialization.PublicFormat.SubjectPublicKeyInfo)
    path = Path(path)
    fileperms.ensure_dir(path.parent)
    fileperms.write_file(path, pem)


def _read(path: Path, what: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read {what} {path}: {exc.strerror or exc}") from None


def load_private_key(path: Path) -> Ed25519PrivateKey:
    data = _read(path, "gateway private key")
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise ConfigError(f"gateway private key {path} is not an unencrypted PEM private key: "
                          f"{str(exc).splitlines()[0] if str(exc) else type(exc).__name__}"
                          ) from None
    except Exception as exc:  # cryptography raises UnsupportedAlgorithm for odd key types
        raise ConfigError(f"gateway private key {path} cannot be loaded: {exc}") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise ConfigError(f"gateway private key {path} is a {type(key).__name__}, "
                          "not an Ed25519 key")
    return key
