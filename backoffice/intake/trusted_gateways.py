"""The gateway public keys the LGWAN side trusts (cli-v1 `intake.gateway_public_keys`):
PEM SubjectPublicKeyInfo files written by `backoffice keys`/the gateway host, read here so
the LGWAN-side intake never imports the boundary server's code."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from backoffice.platform.errors import ConfigError


def load_public_keys(paths: list[Path]) -> list[Ed25519PublicKey]:
    keys = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise ConfigError(f"cannot read gateway public key {path}: {exc.strerror or exc}") from None
        try:
            key = serialization.load_pem_public_key(data)
        except Exception as exc:  # ValueError, UnsupportedAlgorithm
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise ConfigError(f"gateway public key {path} is not a PEM public key: {first}"
                              ) from None
        if not isinstance(key, Ed25519PublicKey):
            raise ConfigError(f"gateway public key {path} is a {type(key).__name__}, "
                              "not an Ed25519 key")
        keys.append(key)
    return keys
