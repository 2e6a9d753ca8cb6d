"""The portal's small messages through the gateway (portal-v1 §2): `inquiry-<uuid>.json`
and `ack-<uuid>.json` in the raw folder are relayed to the spool inbox unchanged, the
JSON first, then `<stem>.sig` (base64 Ed25519 over its exact bytes by the gateway key).
Only well-formed UTF-8 JSON objects of bounded size pass; the back office checks the
schema itself. Nothing here imports LGWAN-side code."""

from __future__ import annotations

import base64
import json
import logging
import re
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from backoffice.platform.spool import Spool

log = logging.getLogger(__name__)

NAME_RE = re.compile(r"^(inquiry|ack)-[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\.json$")
MAX_BYTES = {"inquiry": 256 * 1024, "ack": 8 * 1024 * 1024}


def is_portal_file(path: Path) -> bool:
    return bool(NAME_RE.match(path.name)) and path.is_file() and not path.is_symlink()


def relay(path: Path, key: Ed25519PrivateKey, spool: Spool) -> None:
    """Check and sign one portal file into the inbox; ValueError says why it is refused."""
    kind = path.name.split("-", 1)[0]
    with path.open("rb") as f:
        data = f.read(MAX_BYTES[kind] + 1)
    if len(data) > MAX_BYTES[kind]:
        raise ValueError(f"larger than {MAX_BYTES[kind]:,} bytes")
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ValueError(f"not UTF-8 JSON: {exc}"[:200]) from None
    if not isinstance(doc, dict):
        raise ValueError("not a JSON object")
    spool.write_atomic("inbox", path.name, data)  # the JSON first: the reader waits for its .sig
    spool.write_atomic("inbox", path.name[:-len(".json")] + ".sig", base64.b64encode(key.sign(data)))
    log.info("portal file %s relayed", path.name)
