"""Who may read what the application writes (issue 21, defect 4).

Everything the back office creates on disk holds personal data or secrets: the SQLite
database (password hashes, applicants) and its -wal/-shm files, spool bundles, the outbox,
exports, issued PDFs, quarantined files, audit checkpoints. So folders are made 0700 and
files 0600 — only the account that runs the program — whatever the process umask says.

A deployment where several OS accounts share a folder (the gateway account writes the
spool inbox that the staff PCs' sync agent reads; a transfer account fetches exports)
names their common group in the configuration, `[files] group = "bo-staff"`: folders are
then 0770 and files 0660, owned by that group (the account must be a member of it).

The policy is process-wide: `configure()` is called once where the configuration is read
(Backoffice.open, the gateway command); every place that makes a folder or a file goes
through `ensure_dir`, `create`, `write_file` or `fix`. On Windows POSIX modes mean little
(NTFS ACLs of the profile and the shares decide), so only the creation is done there.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

log = logging.getLogger(__name__)

POSIX = sys.platform != "win32"
PRIVATE_DIR, PRIVATE_FILE = 0o700, 0o600
GROUP_DIR, GROUP_FILE = 0o770, 0o660

_group: str | None = None
_gid: int | None = None


def configure(group: str | None) -> None:
    """Set the process-wide policy: None = owner only, else that OS group shares."""
    global _group, _gid
    _group, _gid = group, None
    if group and POSIX:
        import grp

        try:
            _gid = grp.getgrnam(group).gr_gid
        except KeyError:
            from backoffice.platform.errors import ConfigError

            raise ConfigError(f"files.group {group!r} is not a group on this machine") from None


def group() -> str | None:
    return _group


def dir_mode() -> int:
    return GROUP_DIR if _gid is not None else PRIVATE_DIR


def file_mode() -> int:
    return GROUP_FILE if _gid is not None else PRIVATE_FILE


def _apply(path: Path | str, mode: int, fd: int | None = None) -> None:
    if not POSIX:
        return
    try:
        if fd is not None:
            if _gid is not None:
                os.fchown(fd, -1, _gid)
            os.fchmod(fd, mode)
        else:
            if _gid is not None:
                os.chown(path, -1, _gid)
            os.chmod(path, mode)
    except PermissionError as exc:
        # Someone else's file or folder (a share set up by the administrator): its owner
        # decides; ours are always ours.
        log.debug("cannot set the mode of %s: %s", path, exc)


def ensure_dir(path: Path | str) -> Path:
    """mkdir -p where every folder made here gets the policy's mode; an existing folder of
    ours loses any access beyond the policy (never gains any)."""
    p = Path(path)
    missing: list[Path] = []
    q = p
    while not q.exists():
        missing.append(q)
        if q.parent == q:
            break
        q = q.parent
    for d in reversed(missing):
        try:
            os.mkdir(d, dir_mode())
        except FileExistsError:
            if not d.is_dir():
                raise
            continue  # made by a concurrent process: tightened below like an existing one
        _apply(d, dir_mode())
    tighten(p)  # an existing folder, or one a concurrent process made with its own umask
    return p


def tighten(path: Path | str) -> None:
    """Remove access beyond the policy from an existing file or folder we own."""
    if not POSIX:
        return
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return
    if st.st_uid != os.getuid():
        return
    excess = 0o077 if _gid is None else 0o007
    mode = stat.S_IMODE(st.st_mode)
    if mode & excess or (_gid is not None and st.st_gid != _gid):
        _apply(path, mode & ~excess)


def fix(path: Path | str) -> None:
    """Give a file we just made (by a library, e.g. SQLite) exactly the policy's mode."""
    p = Path(path)
    if p.exists():
        _apply(p, dir_mode() if p.is_dir() else file_mode())


def create(path: Path | str, flags: int = os.O_WRONLY | os.O_CREAT | os.O_EXCL) -> int:
    """os.open with the policy's mode, set explicitly (the umask could only remove bits)."""
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0), file_mode())
    try:
        _apply(path, file_mode(), fd)
    except BaseException:
        os.close(fd)
        raise
    return fd


def write_file(path: Path | str, data: bytes) -> Path:
    """Write (replace) a whole file with the policy's mode."""
    fd = create(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    return Path(path)
