"""The issuing-key registry: public keys by kid in the shared database.

- Every workstation can verify any certificate of the city, whichever PC issued it.
- A kid names exactly one key: a second workstation that runs `keys init` with a kid that
  is already registered to another key is refused (it must use its own issuance.key_id),
  so two different keys never hide behind one kid.
"""

from __future__ import annotations

import logging

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from backoffice.accounts import keystore
from backoffice.accounts.permissions import Actor, require
from backoffice.audit import log as audit
from backoffice.db import units
from backoffice.db.engine import is_person, is_postgres
from backoffice.db.models_keys import IssuingKey
from backoffice.platform.context import Backoffice
from backoffice.platform.demo_mode import key_folder
from backoffice.platform.errors import ConfigError
from backoffice.platform.timeutil import utcnow

log = logging.getLogger(__name__)


def pem_of(key: Ed25519PublicKey) -> str:
    return key.public_bytes(serialization.Encoding.PEM,
                            serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")


def registered(s: Session, kid: str) -> IssuingKey | None:
    return s.get(IssuingKey, kid)


def ensure_registered(s: Session, actor: Actor, kid: str, key: Ed25519PublicKey) -> bool:
    """Register kid -> key in the caller's transaction; True when newly registered.
    Refuses a kid already registered to a different key."""
    pem = pem_of(key)
    if is_person(s):  # persons cannot read the registry: the server's bo_register_key (issue 19)
        try:
            return bool(s.scalar(text("SELECT bo_register_key(:k, :p)"), {"k": kid, "p": pem}))
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) == "23505":
                raise ConfigError(f"{str(exc.orig).splitlines()[0]}; give this workstation its own "
                                  "issuance.key_id") from exc
            raise
    if is_postgres(s):
        # Several workstations may issue the first document of a new kid at once.
        if units.insert_if_absent(s, IssuingKey, ["kid"], kid=kid, public_pem=pem, created_at=utcnow(),
                                  created_by=actor.code[:32], workstation=actor.workstation[:100]):
            audit.record(s, actor, "keys.register", f"key:{kid}")
            return True
    row = registered(s, kid)
    if row is not None:
        if row.public_pem.strip() != pem.strip():
            raise ConfigError(
                f"issuing key id {kid!r} is already registered to a different key (created on "
                f"{row.workstation}); give this workstation its own issuance.key_id")
        return False
    s.add(IssuingKey(kid=kid, public_pem=pem, created_at=utcnow(), created_by=actor.code[:32],
                     workstation=actor.workstation[:100]))
    audit.record(s, actor, "keys.register", f"key:{kid}")
    return True


def public_keys(bo: Backoffice) -> dict[str, Ed25519PublicKey]:
    keys: dict[str, Ed25519PublicKey] = {}
    with bo.db.read() as s:
        if is_person(s):  # persons cannot read the registry: the server's bo_public_keys (issue 19)
            rows = [(k, pem) for k, pem in s.execute(text("SELECT kid, public_pem FROM bo_public_keys()"))]
        else:
            rows = [(r.kid, r.public_pem) for r in s.scalars(select(IssuingKey))]
    for kid, pem in rows:
        try:
            key = serialization.load_pem_public_key(pem.encode("ascii"))
        except ValueError:
            log.error("issuing key %s in the database is not a valid PEM key", kid)
            continue
        if isinstance(key, Ed25519PublicKey):
            keys[kid] = key
    return keys


def init_issuing_key(bo: Backoffice, actor: Actor) -> bool:
    """`backoffice keys init`: create the issuing key `issuance.key_id` in the OS credential
    store unless it exists, and register its public half so every workstation can verify.
    Refused (ConfigError) when the kid is registered to a key this workstation does not
    hold. True when a key was created."""
    require(actor, "keys.manage")
    key_id, demo_keys = bo.config.key_id, key_folder(bo.config)
    with bo.db.read() as s:
        row = registered(s, key_id)
        elsewhere = row.workstation if row is not None else None
    try:
        keystore.load_issuing_key(key_id, demo_keys=demo_keys)
        here = True
    except ConfigError:
        here = False
    if elsewhere is not None and not here:
        raise ConfigError(f"issuing key id {key_id!r} belongs to another key (created on {elsewhere}); "
                          "give this workstation its own issuance.key_id")
    created = keystore.create_issuing_key(key_id, demo_keys=demo_keys)
    with bo.db.write() as s:  # the public half, so every workstation can verify
        ensure_registered(s, actor, key_id, keystore.load_issuing_key(key_id, demo_keys=demo_keys).public_key())
    return created
