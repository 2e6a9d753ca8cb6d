"""Procedure catalog (procedures-v1): data the city maintains, loaded from TOML.

A broken file is refused at start with the line and the reason (CatalogError).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from backoffice.platform.errors import CatalogError
from backoffice.platform.resources import resource_path

ATTACHMENT_KINDS = ("identity_document", "supporting_document", "photo", "other")
OUTPUTS = ("certificate", "notice", "none")
# records-v1 §1: the register a procedure's certificate is built from (key `record`, optional)
RECORD_KINDS = ("resident", "seal", "tax", "koseki")
# key `serial_code` (optional, a project addition): the kind code in the serials of the
# procedure's documents, `YYYY-<code>-NNNNNNNN`; two capital letters, one procedure each
SERIAL_CODE = re.compile(r"[A-Z]{2}")


# keys `field_types`, `required_fields`, `field_choices` (optional, a project addition for
# the counter's entry form, issue 18): the type of each labelled field
FIELD_TYPES = ("text", "date", "number", "choice", "boolean")


@dataclass(frozen=True)
class FormField:
    """One form field as the counter's entry screen asks for it."""

    name: str
    label: str
    type: str = "text"  # one of FIELD_TYPES
    required: bool = False
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Procedure:
    code: str
    name: str
    name_en: str
    department: str
    fee_per_copy: int
    signature_required: bool
    output: str
    approval_steps: int
    processing_days: int | None
    required_attachments: tuple[str, ...]
    template: str
    fields: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    record: str | None = None  # records-v1: resident | seal | tax | koseki, or None
    serial_code: str | None = None  # kind code of its document serials (None: X + two letters)
    form: tuple[FormField, ...] = field(default=(), hash=False, compare=False)  # typed, in `fields` order

    def fee_due(self, form: dict[str, Any]) -> int:
        copies = form.get("copies", 1)
        if not isinstance(copies, int) or isinstance(copies, bool) or copies < 1:
            copies = 1
        return self.fee_per_copy * copies

    @property
    def two_step(self) -> bool:
        return self.approval_steps == 2

    @property
    def kind_code(self) -> str:
        """The kind code of this procedure's document serials (its `serial_code`)."""
        return self.serial_code or fallback_kind_code(self.code)


def fallback_kind_code(code: str) -> str:
    """The kind code of a procedure without `serial_code`: X + the first two letters of its
    code (one counter per kind code, so serials stay unique even when two share it)."""
    letters = "".join(ch for ch in code.upper() if ch.isalpha())[:2] or "ZZ"
    return f"X{letters}"


class Catalog:
    def __init__(self, procedures: dict[str, Procedure], source: str = "",
                 raw: dict[str, dict[str, Any]] | None = None) -> None:
        self.procedures = procedures
        self.source = source
        self.raw = raw or {}  # the TOML tables as read (the catalog kept in the database stores them)

    def get(self, code: str) -> Procedure | None:
        return self.procedures.get(code)

    def __contains__(self, code: object) -> bool:
        return code in self.procedures

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.procedures.values())

    def codes(self) -> list[str]:
        return list(self.procedures)

    def departments(self) -> list[str]:
        return sorted({p.department for p in self.procedures.values()})

    def kind_code(self, code: str) -> str:
        """The serial kind code of procedure `code` (also of one no longer in the catalog)."""
        proc = self.procedures.get(code)
        return proc.kind_code if proc is not None else fallback_kind_code(code)


def _line_of(text: str, code: str) -> int:
    needle = f"[procedures.{code}]"
    for no, line in enumerate(text.splitlines(), 1):
        if line.strip() == needle:
            return no
    return 0


def _require(entry: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in entry:
        raise CatalogError(f"{where}: missing key '{key}'")
    value = entry[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise CatalogError(f"{where}: '{key}' has the wrong type ({type(value).__name__})")
    return value


def _form_fields(entry: dict[str, Any], labels: dict[str, Any], where: str) -> tuple[FormField, ...]:
    """The typed form of a procedure: every labelled field (`fields`), with its type from
    `field_types` (default text), whether it is in `required_fields`, and the choices of a
    choice field from `field_choices`. A type, requirement or choice list for a field
    without a label is refused, as is a choice field without choices."""
    types = entry.get("field_types", {})
    required = entry.get("required_fields", [])
    choices = entry.get("field_choices", {})
    if not isinstance(types, dict) or not isinstance(choices, dict):
        raise CatalogError(f"{where}: field_types and field_choices must be tables")
    if not isinstance(required, list) or not all(isinstance(r, str) for r in required):
        raise CatalogError(f"{where}: required_fields must be a list of field names")
    for name in [*types, *required, *choices]:
        if name not in labels:
            raise CatalogError(f"{where}: field '{name}' has no label in fields")
    out = []
    for name, label in labels.items():
        kind = types.get(name, "text")
        if kind not in FIELD_TYPES:
            raise CatalogError(f"{where}: field '{name}': type must be one of {', '.join(FIELD_TYPES)}")
        options = choices.get(name, [])
        if not isinstance(options, list) or not all(isinstance(o, str) and o for o in options):
            raise CatalogError(f"{where}: field '{name}': field_choices must be a list of texts")
        if (kind == "choice") != bool(options):
            raise CatalogError(f"{where}: field '{name}': a choice field needs field_choices, "
                               "and only a choice field has them")
        out.append(FormField(str(name), str(label), kind, name in required, tuple(options)))
    return tuple(out)


def parse_catalog(text: str, source: str = "<catalog>") -> Catalog:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:  # message carries "(at line N, column M)"
        raise CatalogError(f"{source}: {exc}") from exc
    return catalog_from_data(data, source, text)


def catalog_from_data(data: dict[str, Any], source: str = "<catalog>", text: str = "") -> Catalog:
    """The catalog of parsed TOML data (`text`, when given, names the line of a problem);
    also what the catalog kept in the database is rebuilt from (backoffice/db/catalog_store.py)."""
    if data.get("schema") != "catalog/1":
        raise CatalogError(f"{source}: line 1: expected schema = \"catalog/1\"")
    raw = data.get("procedures")
    if not isinstance(raw, dict) or not raw:
        raise CatalogError(f"{source}: no [procedures.*] tables")
    procedures: dict[str, Procedure] = {}
    serial_codes: dict[str, str] = {}
    for code, entry in raw.items():
        where = f"{source}: line {_line_of(text, code)}: procedure '{code}'"
        if not isinstance(entry, dict):
            raise CatalogError(f"{where}: not a table")
        signature = _require(entry, "signature", str, where)
        if signature not in ("required", "none"):
            raise CatalogError(f"{where}: signature must be 'required' or 'none'")
        output = _require(entry, "output", str, where)
        if output not in OUTPUTS:
            raise CatalogError(f"{where}: output must be one of {', '.join(OUTPUTS)}")
        steps = _require(entry, "approval_steps", int, where)
        if steps not in (1, 2):
            raise CatalogError(f"{where}: approval_steps must be 1 or 2")
        fee = _require(entry, "fee_per_copy", int, where)
        if fee < 0:
            raise CatalogError(f"{where}: fee_per_copy must not be negative")
        days = entry.get("processing_days")
        if days is not None and (not isinstance(days, int) or isinstance(days, bool) or days < 0):
            # 0 is a same-day procedure (due on the day of receipt); absent: no standard period
            raise CatalogError(f"{where}: processing_days must be a whole number of days, 0 or more")
        kinds = _require(entry, "required_attachments", list, where)
        for k in kinds:
            if k not in ATTACHMENT_KINDS:
                raise CatalogError(f"{where}: unknown attachment kind '{k}'")
        fields = entry.get("fields", {})
        if not isinstance(fields, dict):
            raise CatalogError(f"{where}: fields must be a table")
        template = entry.get("template", "")
        if output != "none" and not template:
            raise CatalogError(f"{where}: output '{output}' needs a template")
        record = entry.get("record")
        if record is not None and record not in RECORD_KINDS:
            raise CatalogError(f"{where}: record must be one of {', '.join(RECORD_KINDS)}")
        serial_code = entry.get("serial_code")
        if serial_code is not None and (not isinstance(serial_code, str) or not SERIAL_CODE.fullmatch(serial_code)):
            raise CatalogError(f"{where}: serial_code must be two capital letters (A-Z)")
        if serial_code is not None and serial_code in serial_codes:
            raise CatalogError(f"{where}: serial_code '{serial_code}' is also procedure "
                               f"'{serial_codes[serial_code]}'s")
        if serial_code is not None:
            serial_codes[serial_code] = code
        form = _form_fields(entry, fields, where)
        procedures[code] = Procedure(
            code=code,
            name=_require(entry, "name", str, where),
            name_en=str(entry.get("name_en", code)),
            department=_require(entry, "department", str, where),
            fee_per_copy=fee,
            signature_required=signature == "required",
            output=output,
            approval_steps=steps,
            processing_days=days,
            required_attachments=tuple(kinds),
            template=template,
            fields={str(k): str(v) for k, v in fields.items()},
            record=record,
            serial_code=serial_code,
            form=form,
        )
    return Catalog(procedures, source, {code: dict(entry) for code, entry in raw.items()})


def load_catalog(path: Path | None = None) -> Catalog:
    path = path or resource_path("procedures.toml")
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogError(f"cannot read procedure catalog {path}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise CatalogError(f"{path}: not UTF-8 ({exc.reason})") from exc
    return parse_catalog(text, str(path))


_default: Catalog | None = None


def default_catalog() -> Catalog:
    global _default
    if _default is None:
        _default = load_catalog()
    return _default
