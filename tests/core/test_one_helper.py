"""One way to do each of these (issue 14 item 4), checked on the source:

- the dialect switch: `backoffice.db.engine.dialect()` / `is_postgres()`; nobody else reads
  `<bind>.dialect.name`;
- loading a row to change it: `backoffice.db.units.load_for_update()` / `for_update()`
  (FOR UPDATE on PostgreSQL only); nobody else calls `.with_for_update(`;
- a time from the database as aware UTC: `backoffice.platform.timeutil.as_utc()`; nobody
  else writes `.replace(tzinfo=UTC)` or a `_aware`/`_utc` helper;
- per-procedure data lives in the catalog (resources/procedures.toml), not in code: no
  table keyed by procedure codes in a module.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from backoffice.platform.catalog import default_catalog, parse_catalog
from backoffice.platform.errors import CatalogError

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "backoffice"

# The helpers themselves.
DIALECT_HOME = {"backoffice/db/engine.py"}
LOCK_HOME = {"backoffice/db/units.py"}
TIME_HOME = {"backoffice/platform/timeutil.py"}
# Documented exceptions, each with its reason:
EXCEPTIONS = {
    # Alembic scripts are history: they run against the schema of their day and import
    # nothing of the application that may change later.
    "backoffice/db/migrations/",
}
# receive.py builds its statements once at import (constructing one costs more than running
# it on SQLite); FOR UPDATE is in the statement itself and SQLAlchemy's SQLite compiler
# leaves it out, which is what for_update() does at run time.
PREBUILT_FOR_UPDATE = {"backoffice/intake/receive.py"}


def _sources() -> dict[str, str]:
    out = {}
    for path in sorted(CORE.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if any(rel.startswith(e) for e in EXCEPTIONS):
            continue
        out[rel] = path.read_text(encoding="utf-8")
    return out


def _attribute_chains(tree: ast.AST) -> list[tuple[int, str]]:
    """Every `x.y.z` written in the module, as (line, "x.y.z") for its last two parts."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute):
            found.append((node.lineno, f"{node.value.attr}.{node.attr}"))
    return found


def test_the_dialect_is_asked_in_one_place():
    offenders = []
    for rel, text in _sources().items():
        if rel in DIALECT_HOME:
            continue
        for line, chain in _attribute_chains(ast.parse(text)):
            if chain == "dialect.name":
                offenders.append(f"{rel}:{line}: use backoffice.db.engine.dialect()/is_postgres()")
    assert offenders == []


def test_rows_are_locked_for_a_change_in_one_place():
    offenders = []
    for rel, text in _sources().items():
        if rel in LOCK_HOME:
            continue
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Attribute) and node.attr == "with_for_update":
                if rel in PREBUILT_FOR_UPDATE:
                    continue
                offenders.append(f"{rel}:{node.lineno}: use backoffice.db.units.load_for_update()/for_update()")
    assert offenders == []


def test_the_load_or_not_found_pattern_is_not_written_again():
    """`x = s.get(Model, key); if x is None: raise NotFound(...)` is load_for_update(...,
    lock=False); a lock written by hand (a dialect test followed by FOR UPDATE) is caught
    above."""
    pattern = re.compile(r"= \w+\.get\(\w+, \w+\)\n\s+if \w+ is None:\n\s+raise NotFound\(")
    offenders = [f"{rel}: s.get(...) then NotFound: use backoffice.db.units.load_for_update(lock=False)"
                 for rel, text in _sources().items() if pattern.search(text)]
    assert offenders == []


def test_naive_database_times_are_made_aware_in_one_place():
    offenders = []
    for rel, text in _sources().items():
        if rel in TIME_HOME:
            continue
        tree = ast.parse(text)
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name in ("_aware", "_utc", "aware", "utc"):
                offenders.append(f"{rel}:{node.lineno}: def {node.name}: use timeutil.as_utc()")
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "replace"
                    and any(k.arg == "tzinfo" and isinstance(k.value, ast.Name) and k.value.id == "UTC"
                            for k in node.keywords)):
                offenders.append(f"{rel}:{node.lineno}: .replace(tzinfo=UTC): use timeutil.as_utc()")
    assert offenders == []


def test_no_module_keeps_a_table_of_procedure_codes():
    """Per-procedure data (kind codes of serials, fees, templates ...) is catalog data: a
    dict literal in the core with two or more procedure codes as keys would be a second
    catalog that the city's edited procedures.toml does not reach."""
    codes = set(default_catalog().codes())
    offenders = []
    for rel, text in _sources().items():
        if rel.startswith("backoffice/demo/"):
            continue  # what made-up applicants type into each procedure's form: input, not catalog data
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Dict):
                keys = {k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)}
                if len(keys & codes) >= 2:
                    offenders.append(f"{rel}:{node.lineno}: procedure codes as keys: move it into the catalog")
    assert offenders == []


def test_the_shipped_catalog_names_the_serial_code_of_every_document():
    catalog = default_catalog()
    with_output = [p for p in catalog if p.output != "none"]
    assert with_output and all(p.serial_code for p in with_output)
    assert len({p.kind_code for p in with_output}) == len(with_output)


_ENTRY = """
[procedures.{code}]
name = "x"
department = "市民課"
fee_per_copy = 0
signature = "none"
output = "notice"
approval_steps = 1
required_attachments = []
template = "facility-use"
{extra}
"""


def _catalog(*entries: tuple[str, str]):
    return parse_catalog('schema = "catalog/1"\n' + "".join(_ENTRY.format(code=c, extra=e) for c, e in entries))


def test_serial_code_is_an_optional_catalog_key():
    cat = _catalog(("a-one", 'serial_code = "QA"'), ("new-thing", ""))
    assert cat.kind_code("a-one") == "QA"
    assert cat.kind_code("new-thing") == "XNE"  # absent: X + the code's first two letters
    assert cat.kind_code("gone-away") == "XGO"  # a procedure no longer in the catalog


@pytest.mark.parametrize("extra, message", [
    ('serial_code = "qa"', "two capital letters"),
    ('serial_code = "QAZ"', "two capital letters"),
    ("serial_code = 12", "two capital letters"),
])
def test_a_bad_serial_code_is_refused_with_its_line(extra, message):
    with pytest.raises(CatalogError, match=message) as err:
        _catalog(("a-one", extra))
    assert "line 3" in str(err.value)


def test_two_procedures_cannot_share_a_serial_code():
    with pytest.raises(CatalogError, match="'QA' is also procedure 'a-one'"):
        _catalog(("a-one", 'serial_code = "QA"'), ("b-two", 'serial_code = "QA"'))
