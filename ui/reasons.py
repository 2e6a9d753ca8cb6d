"""Reason templates for decisions (resources/reason_templates.toml)."""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass
from pathlib import Path

from backoffice.platform.resources import resource_path

log = logging.getLogger(__name__)

KINDS = ("approve", "return", "reject", "withdraw")


@dataclass(frozen=True)
class ReasonTemplate:
    title: str
    text: str


def load_templates(path: Path | None = None) -> dict[str, tuple[ReasonTemplate, ...]]:
    """Templates per decision; a missing or broken file gives none (staff type freely)."""
    path = path or resource_path("reason_templates.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        log.warning("reason templates not loaded from %s: %s", path, exc)
        return {k: () for k in KINDS}
    return {k: tuple(ReasonTemplate(str(t.get("title", "")), str(t.get("text", "")))
                     for t in data.get(k, []) if isinstance(t, dict)) for k in KINDS}
