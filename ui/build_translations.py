"""Compile resources/i18n/*.ts into .qm with Qt's lrelease (run by the set-up; the .qm
files are build output and not committed).

    python -m ui.build_translations            # compile
    python -m ui.build_translations --update   # first refresh the .ts from the sources (lupdate)
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"


def _tool(name: str) -> list[str]:
    """pyside6-<name> next to this Python (venv), on PATH, or inside the PySide6 package."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    if here.exists():
        return [str(here)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    import PySide6

    for candidate in (Path(PySide6.__file__).parent / name, Path(PySide6.__file__).parent / f"{name}.exe"):
        if candidate.exists():
            return [str(candidate)]
    raise SystemExit(f"pyside6-{name} not found; install PySide6_Essentials")


def update() -> None:
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    for ts in sorted(I18N.glob("backoffice_*.ts")):
        subprocess.run([*_tool("lupdate"), *sources, "-ts", str(ts)], check=True)


def build() -> list[Path]:
    built = []
    for ts in sorted(I18N.glob("backoffice_*.ts")):
        qm = ts.with_suffix(".qm")
        # Through a private file and a rename: tests on several xdist workers build while
        # others load the catalog, and must never read a half-written one.
        tmp = qm.with_name(f"{qm.name}.{os.getpid()}.tmp")
        try:
            subprocess.run([*_tool("lrelease"), str(ts), "-qm", str(tmp)], check=True, capture_output=True)
            os.replace(tmp, qm)
        finally:
            tmp.unlink(missing_ok=True)
        built.append(qm)
        print(f"built {qm.relative_to(ROOT)}")
    return built


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--update", action="store_true", help="run lupdate on ui/ first")
    args = p.parse_args(argv)
    if args.update:
        update()
    build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
