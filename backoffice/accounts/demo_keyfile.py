"""The demo's keys in a protected file, for machines without an OS credential store.

Used only when keyring has no backend AND the configuration is the demo's
(demo_mode.key_folder() returns a folder only then) AND the key id has the `demo-` prefix;
keystore.py checks all three. Layout: `<data folder>/demo-keys/` (0700) holding
`keys.json` (0600), a JSON object {keyring user name: secret}, the same names and values
the OS credential store would hold ("issuance:<kid>", "outbox:<kid>").

A folder or file that others can read is refused rather than used: a key that leaked
would sign papers as this demo.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from backoffice.platform.errors import ConfigError

FILE_NAME = "keys.json"


def _check_private(path: Path, mode: int) -> None:
    if os.name == "nt":  # NTFS ACLs of the user's profile folder protect it there
        return
    actual = stat.S_IMODE(path.stat().st_mode)
    if actual & 0o077:
        raise ConfigError(f"demo key store {path} is open to other users (mode {actual:o}); "
                          f"it must be {mode:o}")


def _load(folder: Path) -> dict[str, str]:
    path = folder / FILE_NAME
    if not path.exists():
        return {}
    _check_private(folder, 0o700)
    _check_private(path, 0o600)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"demo key store {path} is damaged: {exc}") from exc
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise ConfigError(f"demo key store {path} is damaged")
    return data


def get(folder: Path, name: str) -> str | None:
    return _load(folder).get(name)


def put(folder: Path, name: str, secret: str) -> None:
    """Add or replace one secret: written to a new 0600 file, fsynced, renamed over."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name != "nt":
        folder.chmod(0o700)  # mkdir's mode is masked by the umask and ignored if it existed
    data = _load(folder)
    data[name] = secret
    tmp = folder / (FILE_NAME + ".tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(data, f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, folder / FILE_NAME)
