"""docs/img/manifest.json: for every screenshot ui/screenshots/ takes, the fingerprints of
the UI sources it shows, so a test can tell a stale picture without rendering anything.

A picture depends on the modules of the widgets visible in it (each `ui.*` class in their
MRO, and the model of a visible table or list), the text modules those modules import
(labels, table_fit, …), and the Japanese catalog entries of the translation contexts those
modules use (a context is a class name or the first argument of `translate("Context", …)`).
A catalog context is fingerprinted by its messages' source, comment and translation only,
not by the line numbers lupdate writes, so moving code does not stale a picture.

Qt-free: tests/test_screenshots_fresh.py imports it without a display."""

from __future__ import annotations

import hashlib
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMG = ROOT / "docs" / "img"
MANIFEST = IMG / "manifest.json"
CATALOG = "resources/i18n/backoffice_ja.ts"
REGENERATE = 'xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m ui.screenshots'

# modules that put text or layout on a screen without being a widget class themselves: a
# screen depends on one of them when its module imports it
TEXT_MODULES = ("labels", "table_fit", "audit_text", "reasons", "sanitize_text", "errors", "confirm")

_CLASS = re.compile(r"^class (\w+)", re.MULTILINE)
_TRANSLATE = re.compile(r"""translate\(\s*["'](\w+)["']""")
_IMPORT = re.compile(r"^\s*from (?:ui|\.{1,2})(?:\.?(\w+(?:\.\w+)*))? import ([\w, ()\n]+)", re.MULTILINE)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def module_path(module: str) -> str | None:
    """'ui.pages.queue_page' -> 'ui/pages/queue_page.py' (None outside ui/)."""
    if module != "ui" and not module.startswith("ui."):
        return None
    path = ROOT.joinpath(*module.split(".")).with_suffix(".py")
    return path.relative_to(ROOT).as_posix() if path.exists() else None


def text_modules_of(path: str) -> set[str]:
    """The TEXT_MODULES a ui module imports (`from .labels import`, `from ui import labels`, …)."""
    source = (ROOT / path).read_text(encoding="utf-8")
    found = set()
    for package, names in _IMPORT.findall(source):
        candidates = [package.split(".")[-1]] if package else []
        candidates += [n.strip() for n in re.split(r"[,\s()]+", names) if n.strip()]
        found |= {f"ui/{c}.py" for c in candidates if c in TEXT_MODULES}
    return {p for p in found if (ROOT / p).exists()}


def contexts_of(path: str) -> set[str]:
    """Translation contexts a ui module uses: its classes and its translate("…") contexts."""
    source = (ROOT / path).read_text(encoding="utf-8")
    return set(_CLASS.findall(source)) | set(_TRANSLATE.findall(source))


def catalog_contexts() -> dict[str, str]:
    """Fingerprint of each context of the Japanese catalog, without line numbers."""
    root = ET.parse(ROOT / CATALOG).getroot()
    result = {}
    for ctx in root.iter("context"):
        messages = []
        for m in ctx.iter("message"):
            t = m.find("translation")
            forms = [n.text or "" for n in t.iter("numerusform")] if t is not None else []
            text = (t.text or "") if t is not None else ""
            messages.append([m.findtext("source") or "", m.findtext("comment") or "", text, forms])
        messages.sort()
        result[ctx.findtext("name") or ""] = _sha(json.dumps(messages, ensure_ascii=False).encode("utf-8"))
    return result


def dependencies(modules: set[str]) -> list[str]:
    """Source files and catalog contexts ('resources/i18n/backoffice_ja.ts#QueuePage') that a
    picture showing widgets of these ui modules depends on."""
    paths = {p for p in (module_path(m) for m in modules) if p}
    for p in list(paths):
        paths |= text_modules_of(p)
    known = catalog_contexts()
    contexts = {c for p in paths for c in contexts_of(p) if c in known}
    return sorted(paths) + [f"{CATALOG}#{c}" for c in sorted(contexts)]


def fingerprints(deps: list[str]) -> dict[str, str]:
    """SHA-256 of each dependency as it is now ('missing' for a file or context that is gone)."""
    contexts: dict[str, str] | None = None
    result = {}
    for dep in deps:
        if "#" in dep:
            contexts = contexts if contexts is not None else catalog_contexts()
            result[dep] = contexts.get(dep.split("#", 1)[1], "missing")
        else:
            path = ROOT / dep
            result[dep] = _sha(path.read_bytes()) if path.exists() else "missing"
    return result


def entry(image: Path, modules: set[str], callouts: list[dict[str, object]]) -> dict[str, object]:
    """The manifest entry of one picture just saved."""
    deps = dependencies(modules)
    return {"image_sha256": _sha(image.read_bytes()), "sources": fingerprints(deps), "callouts": callouts}


def load() -> dict[str, dict[str, object]]:
    if not MANIFEST.exists():
        return {}
    images: dict[str, dict[str, object]] = json.loads(MANIFEST.read_text(encoding="utf-8"))["images"]
    return images


def save(images: dict[str, dict[str, object]], out: Path = IMG) -> Path:
    path = out / MANIFEST.name
    body = {"about": "written by ui/screenshots/; checked by tests/test_screenshots_fresh.py",
            "regenerate": REGENERATE, "images": dict(sorted(images.items()))}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def stale(images: dict[str, dict[str, object]], img: Path = IMG) -> dict[str, list[str]]:
    """Image name -> what changed since it was taken (sources, or the picture itself)."""
    found: dict[str, list[str]] = {}
    for name, e in images.items():
        reasons = []
        png = img / name
        if not png.exists():
            reasons.append("the picture is missing")
        elif _sha(png.read_bytes()) != e.get("image_sha256"):
            reasons.append("the picture was replaced without regenerating the manifest")
        recorded = e.get("sources")
        if not isinstance(recorded, dict) or not recorded:
            reasons.append("no sources recorded")
        else:
            now = fingerprints(list(recorded))
            reasons += [dep for dep, sha in recorded.items() if now[dep] != sha]
        if reasons:
            found[name] = reasons
    return found
