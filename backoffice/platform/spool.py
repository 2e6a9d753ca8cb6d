"""The spool directory: the sync queue between gateway and back office (bundle-v1 §2).

Writers go through ``tmp/`` and rename, so a reader never sees half a file; every rename
is followed by an fsync of the directory so the new name survives a power cut.
"""

from __future__ import annotations

import ctypes
import errno
import logging
import os
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from backoffice.platform import fileperms

log = logging.getLogger(__name__)

# Threads writing the files of one write_many_atomic call.
WRITE_THREADS = 8


def _load_syncfs() -> Callable[[int], int] | None:
    """Linux's syncfs(2): everything written to one file system made durable at once."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        fn = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None
    fn.argtypes, fn.restype = [ctypes.c_int], ctypes.c_int
    return fn  # type: ignore[no-any-return]


_syncfs = _load_syncfs()
# Local file systems whose syncfs(2) makes written data durable. On a network share (the
# spool may be one) only a per-file fsync is known to reach the server's disk.
SYNCFS_FILESYSTEMS = frozenset({"ext2", "ext3", "ext4", "xfs", "btrfs", "f2fs", "jfs", "bcachefs"})


def filesystem_type(path: Path) -> str | None:
    """The Linux file system type holding ``path`` (from /proc/self/mountinfo), or None."""
    try:
        st = os.stat(path)
        text = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    dev = f"{os.major(st.st_dev)}:{os.minor(st.st_dev)}"
    for line in text.splitlines():
        left, sep, right = line.partition(" - ")
        fields = left.split()
        if sep and len(fields) > 2 and fields[2] == dev and right.split():
            return right.split()[0]
    return None


def _sync_filesystem(path: Path) -> None:
    assert _syncfs is not None
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        if _syncfs(fd) != 0:
            err = ctypes.get_errno()
            raise OSError(err, f"syncfs failed: {os.strerror(err)}", str(path))
    finally:
        os.close(fd)

SUBDIRS = ("inbox", "outbox", "tmp", "archive", "quarantine", "discarded")


def fsync_dir(path: Path) -> None:
    """Make a rename inside ``path`` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:  # Windows cannot open a directory; NTFS journals the rename itself
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _check_name(name: str) -> None:
    if not name or name in (".", "..") or "/" in name or "\\" in name or "\x00" in name:
        raise ValueError(f"not a plain file name: {name!r}")


def move_unique(path: Path, dest_dir: Path, *, sync: bool = True) -> Path:
    """Move ``path`` into ``dest_dir`` keeping its name; never overwrite: a name already
    taken gets ``.1``, ``.2``... before the extension. Files and folders alike."""
    fileperms.ensure_dir(dest_dir)
    stem, dot, ext = path.name.partition(".")
    for n in range(10_000):
        target = dest_dir / (path.name if n == 0 else f"{stem}.{n}{dot}{ext}")
        try:
            if path.is_dir() or path.is_symlink():
                if target.exists() or target.is_symlink():
                    continue
                os.rename(path, target)
            else:
                # link() refuses to replace an existing name, so two movers never clobber
                # each other's file; the second name is dropped once the first exists.
                os.link(path, target, follow_symlinks=False)
                os.unlink(path)
        except FileExistsError:
            continue
        except OSError:
            if not os.path.lexists(path):
                raise
            if target.exists():  # no hard links here (FAT, some shares): check, then rename
                continue
            os.replace(path, target)
        if sync:  # callers moving many files sync both folders once at the end
            fsync_dir(dest_dir)
            fsync_dir(path.parent)
        return target
    raise FileExistsError(f"no free name for {path.name} in {dest_dir}")


def _lock_exclusive(fd: int, wait: bool) -> bool:
    """Lock the whole file ``fd``; False when another process holds it and wait is off.
    POSIX record locks (lockf) rather than flock, so that a Samba server maps them to and
    from the Windows clients' byte-range locks on the same share."""
    if os.name == "nt":  # pragma: no cover - Windows workstations
        import msvcrt

        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
                return True
            except OSError:
                if not wait:
                    return False
                time.sleep(0.2)
    import fcntl

    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB), 0, 0, os.SEEK_SET)
        return True
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES) and not wait:
            return False
        raise


class Spool:
    """A spool root with inbox/, outbox/, tmp/ (bundle-v1 §2) plus the reader's archive/
    and quarantine/."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    @property
    def outbox(self) -> Path:
        return self.root / "outbox"

    @property
    def tmp(self) -> Path:
        return self.root / "tmp"

    @property
    def archive(self) -> Path:
        return self.root / "archive"

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    def ensure(self) -> None:
        for sub in SUBDIRS:
            fileperms.ensure_dir(self.root / sub)

    def _subdir(self, subdir: str) -> Path:
        if subdir not in SUBDIRS or subdir == "tmp":
            raise ValueError(f"unknown spool sub-directory: {subdir!r}")
        return self.root / subdir

    def _write_tmp(self, name: str, data: bytes, *, fsync: bool = True) -> Path:
        """``tmp/<unique>.<name>.part``, written completely (and fsynced unless the caller
        makes the whole batch durable at once)."""
        tmp = self.tmp / f"{uuid.uuid4().hex}.{name}.part"
        fd = fileperms.create(tmp)  # 0600, or 0660 for the configured group (never 0644)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                if fsync:
                    os.fsync(f.fileno())
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return tmp

    def write_atomic(self, subdir: str, name: str, data: bytes, *, sync_dir: bool = True) -> Path:
        """Write ``tmp/<unique>``, fsync it, rename to ``<subdir>/<name>``, fsync the dir."""
        _check_name(name)
        dest_dir = self._subdir(subdir)
        fileperms.ensure_dir(self.tmp)
        fileperms.ensure_dir(dest_dir)
        tmp = self._write_tmp(name, data)
        target = dest_dir / name
        try:
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        if sync_dir:
            fsync_dir(dest_dir)
        log.debug("wrote %s (%d bytes)", target, len(data))
        return target

    def write_many_atomic(self, subdir: str, files: list[tuple[str, bytes]]) -> list[Path]:
        """write_atomic for many files at once, in order. Every file is written completely
        to ``tmp/`` and is durable before its rename (§2); the renames follow in the given
        order and one fsync of the folder ends the call. The writes run on a few threads;
        on a local Linux file system one syncfs() makes the whole batch durable instead of
        one fsync per file; elsewhere (network shares, Windows) each thread fsyncs its own
        files (concurrent fsyncs share the file system's journal commits)."""
        for name, _ in files:
            _check_name(name)
        dest_dir = self._subdir(subdir)
        fileperms.ensure_dir(self.tmp)
        fileperms.ensure_dir(dest_dir)
        if not files:
            return []
        batch_sync = _syncfs is not None and filesystem_type(self.tmp) in SYNCFS_FILESYSTEMS
        with ThreadPoolExecutor(max_workers=min(WRITE_THREADS, len(files))) as pool:
            futures = [pool.submit(self._write_tmp, name, data, fsync=not batch_sync)
                       for name, data in files]
            tmps: list[Path | None] = []
            failure: BaseException | None = None
            for fut in futures:
                try:
                    tmps.append(fut.result())
                except BaseException as exc:  # noqa: BLE001 - re-raised below, after clean-up
                    tmps.append(None)
                    failure = failure or exc
        try:
            if failure is not None:
                raise failure
            if batch_sync:
                _sync_filesystem(self.tmp)
        except BaseException:
            for tmp in tmps:
                if tmp is not None:
                    tmp.unlink(missing_ok=True)
            raise
        targets = []
        for (name, _), tmp in zip(files, tmps, strict=True):
            assert tmp is not None
            os.replace(tmp, dest_dir / name)
            targets.append(dest_dir / name)
        fsync_dir(dest_dir)
        return targets

    @contextmanager
    def agent_lock(self, *, wait: bool) -> Iterator[bool]:
        """One sync agent at a time on this spool (every desktop workstation runs a
        background sync on the shared inbox). Yields True when this process holds the lock,
        False when another holds it and ``wait`` is off. The operating system drops the lock
        of a process that dies. Concurrent agents would still be safe (the database decides
        every outcome), only wasteful: each would read the same bundles and all but one
        would count them as duplicates. Where the file system cannot lock files, the sync
        goes on without the lock (logged)."""
        fileperms.ensure_dir(self.root)
        if os.environ.get("BACKOFFICE_SYNC_LOCK", "1") == "0":
            yield True  # tests race agents on purpose
            return
        with os.fdopen(fileperms.create(self.root / ".sync.lock", os.O_RDWR | os.O_CREAT), "a+b") as f:
            f.seek(0)
            try:
                held = _lock_exclusive(f.fileno(), wait)
            except OSError as exc:
                log.warning("the spool %s cannot lock files (%s): sync agents may overlap",
                            self.root, exc)
                held = True
            yield held  # closing the file releases the lock

    def inbox_bundles(self) -> list[Path]:
        """Bundles ready to read: regular ``*.zip`` files in inbox/, oldest first (§2)."""
        found: list[tuple[float, str, Path]] = []
        try:
            entries = list(os.scandir(self.inbox))
        except FileNotFoundError:
            return []
        for entry in entries:
            if not entry.name.endswith(".zip") or not entry.is_file(follow_symlinks=False):
                continue
            try:
                mtime = entry.stat(follow_symlinks=False).st_mtime
            except FileNotFoundError:  # another reader claimed it meanwhile
                continue
            found.append((mtime, entry.name, Path(entry.path)))
        return [path for _, _, path in sorted(found)]

    def move(self, path: Path, subdir: str, *, sync: bool = True) -> Path:
        """Move a file into ``<root>/<subdir>`` keeping its name, never overwriting."""
        return move_unique(Path(path), self._subdir(subdir), sync=sync)

    def sync_dirs(self, *subdirs: str) -> None:
        """fsync folders after a series of unsynced moves or writes."""
        for sub in subdirs:
            fsync_dir(self.root / sub)
