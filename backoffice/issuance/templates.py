"""Certificate and notice templates: data files in resources/templates/<name>.toml.

A template is data the city maintains, like the procedure catalog (procedures-v1). A broken
file is refused with the file and the reason (ConfigError), never half-loaded.

Body lines use {placeholders}: the document fields in PLACEHOLDERS, and `form.<field>` /
`extra.<key>` for the application's form and caller-supplied extras. A body line starting
with "?" is optional: it is left out when any of its placeholders is empty.
"""

from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from backoffice.platform.errors import ConfigError
from backoffice.platform.resources import resource_path

log = logging.getLogger(__name__)

KINDS = ("certificate", "notice")
FONTS = ("mincho", "gothic")
PLACEHOLDERS = frozenset(
    {
        "serial", "kind", "application_id", "name", "name_kana", "birth", "address",
        "postal_code", "issued", "city_name", "city_code", "mayor", "reason", "procedure",
        "department",
    }
)
PLACEHOLDER_RE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_\-]+)?)\}")
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9\-]*$")


@dataclass(frozen=True)
class Template:
    name: str
    title: str
    kind: str  # "certificate" | "notice"
    body: tuple[str, ...]
    footer: tuple[str, ...] = ()
    watermark: str = "{city_name}"
    show_pattern: bool = True
    show_qr: bool = True
    font: str = "mincho"
    requires: tuple[str, ...] = ()  # data fields that must be non-empty (e.g. reason)
    addressee: str = ""  # notices: 「{name}　様」 printed top left, outside the hashed body
    source: str = ""

    def placeholders(self) -> set[str]:
        found: set[str] = set()
        for line in (*self.body, *self.footer, self.watermark, self.title, self.addressee):
            found.update(PLACEHOLDER_RE.findall(line))
        return found


def _fail(path: Path, reason: str) -> ConfigError:
    return ConfigError(f"template {path}: {reason}")


def _str_list(raw: dict[str, Any], key: str, path: Path, required: bool) -> tuple[str, ...]:
    if key not in raw:
        if required:
            raise _fail(path, f"missing key '{key}'")
        return ()
    value = raw[key]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(path, f"'{key}' must be a list of strings")
    return tuple(value)


def parse_template(name: str, text: str, path: Path) -> Template:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _fail(path, f"not valid TOML: {exc}") from exc
    if raw.get("name", name) != name:
        raise _fail(path, f"'name' is {raw.get('name')!r} but the file is named {name!r}")
    title = raw.get("title")
    if not isinstance(title, str) or not title.strip():
        raise _fail(path, "missing or empty 'title'")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise _fail(path, f"'kind' must be one of {', '.join(KINDS)}, got {kind!r}")
    font = raw.get("font", "mincho")
    if font not in FONTS:
        raise _fail(path, f"'font' must be one of {', '.join(FONTS)}, got {font!r}")
    flags: dict[str, bool] = {}
    for key, default in (("show_pattern", True), ("show_qr", True)):
        flags[key] = raw.get(key, default)
        if not isinstance(flags[key], bool):
            raise _fail(path, f"'{key}' must be true or false")
    watermark = raw.get("watermark", "{city_name}")
    addressee = raw.get("addressee", "")
    if not isinstance(watermark, str) or not isinstance(addressee, str):
        raise _fail(path, "'watermark' and 'addressee' must be strings")
    known = {"name", "title", "kind", "font", "show_pattern", "show_qr", "watermark",
             "body", "footer", "requires", "addressee"}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise _fail(path, f"unknown key(s): {', '.join(unknown)}")
    template = Template(
        name=name, title=title, kind=kind, body=_str_list(raw, "body", path, True),
        footer=_str_list(raw, "footer", path, False), watermark=watermark,
        show_pattern=flags["show_pattern"], show_qr=flags["show_qr"], font=font,
        requires=_str_list(raw, "requires", path, False), addressee=addressee,
        source=str(path),
    )
    if not template.body:
        raise _fail(path, "'body' is empty")
    for ph in sorted(template.placeholders()):
        head = ph.split(".", 1)[0]
        if "." in ph and head in ("form", "extra"):
            continue
        if ph not in PLACEHOLDERS:
            raise _fail(path, f"unknown placeholder {{{ph}}}")
    for req in template.requires:
        if req not in PLACEHOLDERS:
            raise _fail(path, f"'requires' names unknown field {req!r}")
    return template


def load_template(name: str, directory: Path | None = None) -> Template:
    """Load resources/templates/<name>.toml (or from `directory`); ConfigError when broken."""
    if not NAME_RE.match(name):
        raise ConfigError(f"template name {name!r} is not a valid template name")
    path = (directory or resource_path("templates")) / f"{name}.toml"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise _fail(path, "file not found") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(path, f"cannot read: {exc}") from exc
    return parse_template(name, text, path)


def template_names(directory: Path | None = None) -> list[str]:
    folder = directory or resource_path("templates")
    return sorted(p.stem for p in folder.glob("*.toml"))
