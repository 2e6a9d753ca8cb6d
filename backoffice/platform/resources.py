"""One resource_path() for a source checkout and a PyInstaller bundle (sys._MEIPASS), with
the city's own edited copies taking precedence: a file or folder of the same name in
`resources` beside the machine-wide configuration (C:\\ProgramData\\backoffice\\resources on
Windows, /etc/backoffice/resources elsewhere; BACKOFFICE_RESOURCES names another folder).
Installing a new version replaces the bundled resources but never that folder (admin
guide 2.4)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resource_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def local_root() -> Path:
    """The folder of the city's edited resources (it need not exist)."""
    override = os.environ.get("BACKOFFICE_RESOURCES")
    if override:
        return Path(override)
    from backoffice.platform.config import site_config_file

    return site_config_file().parent / "resources"


def resource_path(*parts: str) -> Path:
    local = local_root().joinpath(*parts)
    if parts and local.exists():
        return local
    return resource_root().joinpath(*parts)
