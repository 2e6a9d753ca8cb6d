"""The core never imports Qt or ui (style.md "Layers"): checked on the source, not hoped."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_backoffice_sources_never_import_qt_or_ui():
    offenders = []
    for path in (ROOT / "backoffice").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for n in names:
                if n.split(".")[0] in ("PySide6", "shiboken6", "ui"):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {n}")
    assert offenders == []


def test_importing_the_cli_does_not_load_qt():
    code = ("import sys, backoffice.cli.main, backoffice.intake.ingest, backoffice.casework.workflow; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


# ------------------------------------------------------------------ the core's own shape
# docs/architecture.md "The layout": lower layers never import higher ones; packages on one
# layer may use each other as long as no module imports itself round a loop.
LAYERS: list[tuple[str, ...]] = [
    ("platform", "db"),       # configuration, context, errors, time, files, spool, storage
    ("accounts",),            # who acts (roles, sessions, passwords) and the signing keys
    ("audit",),               # the hash-chained log every service writes
    ("administration", "casework", "intake", "issuance", "supervision", "export", "retention", "records",
     "gateway", "portal"),    # the work itself
    ("demo",),                # demo data through the real pipeline
    ("cli",),                 # argument parsing and printing
]
RANK = {pkg: rank for rank, pkgs in enumerate(LAYERS) for pkg in pkgs}
# The boundary server's code may use only these LGWAN-independent modules (besides its own).
GATEWAY_MAY_IMPORT = {"backoffice.platform", "backoffice.platform.errors", "backoffice.platform.timeutil",
                      "backoffice.platform.fileperms", "backoffice.platform.spool"}


def _modules() -> dict[str, Path]:
    mods = {}
    for path in (ROOT / "backoffice").rglob("*.py"):
        if "migrations" in path.parts:
            continue
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        mods[".".join(parts)] = path
    return mods


def _imports(path: Path, mods: dict[str, Path]) -> set[tuple[str, int]]:
    """Every backoffice module `path` imports, at the top or inside a function (a lazy import
    still makes a loop): (module, line)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}:{node.lineno}: relative import (the core imports absolutely)"
            if node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        for name in names:
            if name in mods:
                found.add((name, node.lineno))
    return found


def _package(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_every_core_package_has_a_place_in_the_layers():
    packages = {_package(m) for m in _modules()} - {""}
    assert packages == set(RANK), "add the new package to LAYERS and to docs/architecture.md"


def test_nothing_in_the_core_imports_upward():
    mods = _modules()
    upward = []
    for mod, path in mods.items():
        for target, line in _imports(path, mods):
            if _package(mod) and RANK[_package(target)] > RANK[_package(mod)]:
                upward.append(f"{mod}:{line} imports {target}")
    assert upward == []


def test_the_core_import_graph_has_no_loop():
    mods = _modules()
    graph = {m: {t for t, _ in _imports(p, mods) if t != m} for m, p in mods.items()}
    # a module imported as `from package import module` also imports the package itself;
    # the edge to the package is part of the graph like any other
    loops = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                loops.append(" -> ".join(stack[stack.index(nxt):] + [nxt]))
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for mod in sorted(graph):
        if mod not in state:
            visit(mod)
    assert loops == []


def test_the_gateway_imports_nothing_of_the_lgwan_side():
    """The gateway runs on the boundary server (docs/gateway.md): it may use the spool format
    and the platform basics, nothing that reads the database or knows about case work."""
    mods = _modules()
    foreign = []
    for mod, path in mods.items():
        if not mod.startswith("backoffice.gateway"):
            continue
        for target, line in _imports(path, mods):
            if not target.startswith("backoffice.gateway") and target not in GATEWAY_MAY_IMPORT:
                foreign.append(f"{mod}:{line} imports {target}")
    assert foreign == []


def test_the_gateway_runs_without_the_lgwan_side_loaded():
    code = ("import sys, backoffice.gateway.bundler, backoffice.gateway.sanitize; "
            "print(sorted(m for m in sys.modules if m.startswith(('backoffice.', 'sqlalchemy')) "
            "and not m.startswith(('backoffice.gateway', 'backoffice.platform'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_only_the_gateway_and_its_callers_import_it():
    """The LGWAN-side intake never runs the boundary server's code; only the command line
    (`backoffice gateway`) and the demo (which plays the whole path on one machine) do."""
    mods = _modules()
    callers = set()
    for mod, path in mods.items():
        if any(t.startswith("backoffice.gateway") for t, _ in _imports(path, mods)):
            if not mod.startswith("backoffice.gateway"):
                callers.add(_package(mod))
    assert callers <= {"cli", "demo"}


def test_every_core_module_says_what_it_holds():
    silent = [str(p.relative_to(ROOT)) for m, p in _modules().items()
              if not ast.get_docstring(ast.parse(p.read_text(encoding="utf-8")))]
    assert silent == []
