"""Is this the demo? (issue 20: the demo issues everywhere, and only the demo.)

The demo must be able to issue on a machine without an OS credential store, so it may keep
its keys in a protected file (accounts/demo_keyfile.py). A production configuration must
never be able to fall back to that file, so "this is the demo" rests on three things no
ordinary configuration has:

- a marker file `demo-marker.json` in the configuration's data folder (`base_dir`), which
  only `backoffice demo` writes, and only into a database that holds no applications yet
  (a fresh demo, never an office's data);
- the marker names the database URL it was made for; it counts only for that URL (the
  same folder opened with `--db` elsewhere is not the demo);
- the marker's key id starts with `demo-`, a prefix a configuration file may not use
  (config.py refuses it), so every document the demo signs carries a `kid` that any
  verifier recognises as a demo key: its watermark and its verdict say DEMO (見本).

`Backoffice.open` applies the marker (the demo's key id replaces issuance.key_id), so the
CLI, the desktop application and the sync agent all agree on it.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
from dataclasses import dataclass, replace
from pathlib import Path

from backoffice.platform import fileperms
from backoffice.platform.config import Config

log = logging.getLogger(__name__)

MARKER_NAME = "demo-marker.json"
KEY_FOLDER = "demo-keys"
DEMO_KID_PREFIX = "demo-"


@dataclass(frozen=True)
class DemoMarker:
    key_id: str
    database_url: str


def is_demo_kid(kid: str | None) -> bool:
    """A document signed with this key id comes from a demo (config files cannot use it)."""
    return bool(kid) and str(kid).startswith(DEMO_KID_PREFIX)


def read_marker(config: Config) -> DemoMarker | None:
    """The demo marker of this configuration's data folder, when it is one for this database."""
    path = config.base_dir / MARKER_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable demo marker %s: %s", path, exc)
        return None
    if not isinstance(data, dict):
        return None
    kid, url = data.get("key_id"), data.get("database_url")
    if not isinstance(kid, str) or not is_demo_kid(kid) or url != config.database_url:
        return None
    return DemoMarker(kid, url)


def is_demo(config: Config) -> bool:
    marker = read_marker(config)
    return marker is not None and marker.key_id == config.key_id


def apply(config: Config) -> Config:
    """The configuration as the demo runs it: its own `demo-` key id when the marker holds,
    and the register exchange with the demo's own core systems (records-v1,
    backoffice/demo/register.py) once `backoffice demo` has set them up, unless the
    configuration names an exchange."""
    marker = read_marker(config)
    if not marker:
        return config
    config = replace(config, key_id=marker.key_id)
    if config.records_exchange is None and (config.base_dir / "records").is_dir():
        config = with_demo_register(config)
    return config


def with_demo_register(config: Config) -> Config:
    """The demo's register exchange: `records/` beside the data and the demo core systems'
    key (made by `backoffice demo`, which creates the folder; a demo data folder without it
    issues as before)."""
    return replace(config, records_exchange=config.base_dir / "records",
                   records_public_keys=(config.base_dir / "keys" / "demo-core.pub.pem",))


def key_folder(config: Config) -> Path | None:
    """Where the demo may keep its keys when there is no OS credential store (None: not
    the demo, so no file is ever consulted)."""
    return config.base_dir / KEY_FOLDER if is_demo(config) else None


def mark(config: Config, database_is_empty: bool) -> Config:
    """Make this data folder the demo's (only a fresh database qualifies) and return the
    configuration the demo runs with. An existing marker for this database is kept."""
    if read_marker(config) is None:
        if not database_is_empty:
            log.info("demo: the database already holds applications; not marking it as the demo")
            return config
        fileperms.ensure_dir(config.base_dir)
        path = config.base_dir / MARKER_NAME
        body = {"purpose": "backoffice demo data; documents signed here say DEMO (見本)",
                "key_id": f"{DEMO_KID_PREFIX}{secrets.token_hex(4)}",
                "database_url": config.database_url}
        tmp = path.with_name(path.name + ".tmp")
        fileperms.write_file(tmp, (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        os.replace(tmp, path)
        log.info("demo: marked %s as demo data (key id %s)", config.base_dir, body["key_id"])
    return apply(config)
