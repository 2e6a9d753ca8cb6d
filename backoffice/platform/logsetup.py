"""Log files (issue 22): rotating files for the desktop, the sync agent and the commands.

Before, the desktop logged only to the standard error of a windowless program and the
scheduled agent's output was discarded: there was nothing to read when something went
wrong. Now every program writes a rotating file (logging.handlers.RotatingFileHandler) in
the log folder:

- `[logging] dir`, else `BACKOFFICE_LOG_DIR`, else the platform's user log folder
  (platformdirs: `%LOCALAPPDATA%\\backoffice\\Logs` on Windows,
  `~/.local/state/backoffice/log` on Linux);
- one file per program, so two programs never rotate each other's file: `desktop.log`
  (backoffice-desktop), `agent.log` (`backoffice sync`, the long-running agent),
  `backoffice.log` (every other command);
- `[logging] max_bytes` (default 5 MB) per file and `backups` (default 5) older files;
- mode 0600 (or 0660 with `[files] group`) through backoffice/platform/fileperms.py, created so
  whatever the umask: a log is about staff's work and may name application ids.

No personal data goes into a log: messages name application ids, bundle file names,
certificate serials and staff codes, never names, addresses or form contents (database
errors hide their parameters: db/engine.py). `PersonalDataFilter` is the last line: it
masks the parameters of a database error and the text between the quotes of a sentence
that quotes an applicant's value. tests/core/test_logfiles.py runs the demo and looks
for every applicant's name in the log.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import re
import sys
from pathlib import Path

import platformdirs

from backoffice.platform import fileperms
from backoffice.platform.config import APP_NAME, Config

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s [pid %(process)d]"

_installed: logging.Handler | None = None  # ours on the root logger (main() may run again)


def log_dir(config: Config | None) -> Path:
    if config is not None and config.log_dir is not None:
        return config.log_dir
    override = os.environ.get("BACKOFFICE_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """RotatingFileHandler whose files (the first and every one after a rotation) get
    the file policy's mode when they are created, not the umask's."""

    def _open(self) -> io.TextIOWrapper:
        fd = fileperms.create(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        return io.TextIOWrapper(os.fdopen(fd, "ab"), encoding=self.encoding or "utf-8",
                                errors=self.errors, line_buffering=False)


# "... 'quoted value' ..." in a sentence about an applicant's or a form's value; and what
# a database error appends after the SQL.
_QUOTED_VALUE = re.compile(r"(applicant\.[a-z_.]+|common name|form\.[a-z_.]+|name|address)"
                           r"(\s*)'[^']*'", re.I)
_SQL_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s*(\(Background|$))", re.S)


class PersonalDataFilter(logging.Filter):
    """Mask what could carry an applicant's data in a message a library or an exception
    wrote (our own messages never carry it)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken format string is logging's own problem
            return True
        masked = _SQL_PARAMETERS.sub("[parameters: hidden]", message)
        masked = _QUOTED_VALUE.sub(lambda m: f"{m.group(1)}{m.group(2)}'***'", masked)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def file_name(program: str) -> str:
    return {"desktop": "desktop.log", "agent": "agent.log"}.get(program, "backoffice.log")


class _Stderr(logging.StreamHandler):
    """Standard error as it is when a record is written, not when the handler was made:
    in one process that runs main() more than once (the tests), or whose stderr is
    replaced, a handler bound to an old, closed stream fails on every record
    ("--- Logging error --- ValueError: I/O operation on closed file")."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)

    def flush(self) -> None:
        self.stream = sys.stderr
        super().flush()


_console: logging.Handler | None = None


def console(level: int) -> None:
    """Standard error at `level` (the command line's -v; the desktop's own console)."""
    global _console
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _Stderr)]:  # ours, whoever kept it
        root.removeHandler(old)
    _console = _Stderr()
    _console.setLevel(level)
    _console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    _console.addFilter(PersonalDataFilter())
    _console.addFilter(lambda record: not getattr(record, "printed", False))  # said already
    root.addHandler(_console)
    root.setLevel(level)


def setup(program: str, level: str, config: Config | None) -> Path | None:
    """Send the root logger's records at `level` and above to the program's rotating log
    file. Returns the file, or None when the folder cannot be made (a read-only profile:
    the program still runs; standard error says why)."""
    global _installed
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, PrivateRotatingFileHandler)]:
        root.removeHandler(old)  # ours from an earlier start in this process
        old.close()
    _installed = None
    folder = log_dir(config)
    try:
        if config is not None:
            fileperms.configure(config.files_group)  # before the file exists
        fileperms.ensure_dir(folder)
        handler = PrivateRotatingFileHandler(
            folder / file_name(program), maxBytes=config.log_max_bytes if config else 5_000_000,
            backupCount=config.log_backups if config else 5, encoding="utf-8")
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file in %s: %s", folder, exc)
        return None
    handler.setLevel(getattr(logging, level))
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(PersonalDataFilter())
    root.addHandler(handler)
    for noisy in ("PIL", "alembic.runtime.plugins", "keyring.backend"):  # format internals
        logging.getLogger(noisy).setLevel(max(logging.WARNING, handler.level))
    root.setLevel(min(_console.level if _console is not None else logging.WARNING, handler.level))
    _installed = handler
    return Path(handler.baseFilename)
