"""The exchange folder of records-v1 §2: `requests/`, `answers/`, `done/`, `refused/`, `tmp/`.

Every file is written to `tmp/`, fsynced and renamed into place (then the folder is
fsynced). One process works on a folder at a time: an OS lock on `<folder>/.records.lock`,
which the OS drops when the process dies.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from backoffice.platform import fileperms
from backoffice.platform.errors import ConfigError
from backoffice.platform.spool import fsync_dir

SUBDIRS = ("requests", "answers", "done", "refused", "tmp")


class Exchange:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @classmethod
    def of(cls, records_exchange: Path | None) -> Exchange:
        if records_exchange is None:
            raise ConfigError("no register exchange configured: add a [records] section "
                              "(exchange, public_keys) to the configuration")
        return cls(records_exchange)

    def path(self, sub: str) -> Path:
        assert sub in SUBDIRS
        return self.root / sub

    def ensure(self) -> None:
        for sub in SUBDIRS:
            fileperms.ensure_dir(self.root / sub)

    @contextmanager
    def lock(self) -> Iterator[None]:
        """One writer/loader per exchange folder; waits for another one to finish."""
        self.ensure()
        f: IO[bytes] = os.fdopen(fileperms.create(self.root / ".records.lock", os.O_RDWR | os.O_CREAT), "a+b")
        try:
            if os.name == "nt":  # pragma: no cover - Windows workstations
                import importlib
                import time

                msvcrt: Any = importlib.import_module("msvcrt")
                while True:
                    try:
                        msvcrt.locking(f.fileno(), msvcrt.LK_LOCK, 1)
                        break
                    except OSError:
                        time.sleep(0.5)
            else:
                import fcntl

                fcntl.flock(f.fileno(), fcntl.LOCK_EX)
            self._remove_stale_temps()
            yield
        finally:
            f.close()

    def _remove_stale_temps(self) -> None:
        """Temporary files of a killed run (only the lock holder writes here)."""
        for p in self.path("tmp").glob("*.part"):
            p.unlink(missing_ok=True)

    def write_atomic(self, sub: str, name: str, data: bytes) -> Path:
        """tmp/<unique>.part, fsync, rename to <sub>/<name>, fsync <sub>."""
        if not name or "/" in name or "\\" in name or name.startswith("."):
            raise ValueError(f"not a plain file name: {name!r}")
        tmp = self.path("tmp") / f"{uuid.uuid4().hex}.{name}.part"
        fd = fileperms.create(tmp)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            target = self.path(sub) / name
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        fsync_dir(self.path(sub))
        return target
