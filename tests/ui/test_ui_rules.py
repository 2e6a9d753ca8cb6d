"""Rules of the UI operations layer (issue 14 item 3, docs/ui.md "Operations and change
broadcasts"), read from the source: pages never touch another page, MainWindow uses only a
page's public open API, and every signal is emitted through ui.qtcompat.emit."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
PAGES = sorted((UI / "pages").glob("*.py"))

# what MainWindow may use of a page: its signals to other pages' open API, its menus, and
# open / leave (the application page's lease when the window closes)
MAIN_WINDOW_MAY_USE = {"application_opened", "message_posted", "menu_actions", "viewer_actions",
                       "language_chosen", "show_language",  # 設定 → language at once (issue 16)
                       "inquiry_opened", "open_inquiry",  # application → its inquiry (issue 17)
                       "open", "leave", "connect"}


def _page_classes() -> dict[str, str]:
    """Page class name -> module stem, for every QWidget class in ui/pages whose name ends in Page."""
    found = {}
    for path in PAGES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and node.name.endswith("Page"):
                found[node.name] = path.stem
    return found


def _snake_names(pages: dict[str, str]) -> set[str]:
    """QueuePage -> queue_page, the names a page object goes by as an attribute."""
    return {"".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_") for name in pages}


def test_no_page_imports_or_reads_another_page():
    pages = _page_classes()
    assert {"QueuePage", "ApplicationPage", "QuarantinePage", "IssuedPage"} <= set(pages)
    problems = []
    for path in PAGES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    if alias.name in pages and pages[alias.name] != path.stem:
                        problems.append(f"{path.name}:{node.lineno} imports {alias.name}")
                if node.module and node.module.split(".")[-1] in set(pages.values()) - {path.stem}:
                    imported = {a.name for a in node.names}
                    if imported & set(pages):
                        problems.append(f"{path.name}:{node.lineno} imports from {node.module}")
            # self.x_page.anything, window().queue_page …: a page reaching into another page
            if isinstance(node, ast.Attribute) and node.attr in _snake_names(pages):
                problems.append(f"{path.name}:{node.lineno} uses .{node.attr}")
    assert not problems, problems


def _page_names_in_main_window(tree: ast.Module, pages: dict[str, str]) -> tuple[set[str], set[str]]:
    """(self attributes, local names) that hold a page object in MainWindow."""
    attrs, names = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            func = node.value.func
            if isinstance(func, ast.Name) and func.id in pages:
                for target in node.targets:
                    if isinstance(target, ast.Attribute):
                        attrs.add(target.attr)
                    elif isinstance(target, ast.Name):
                        names.add(target.id)
    return attrs, names


def test_main_window_uses_only_the_public_open_api_of_pages():
    pages = _page_classes()
    tree = ast.parse((UI / "main_window.py").read_text(encoding="utf-8"))
    attrs, names = _page_names_in_main_window(tree, pages)
    assert "queue_page" in attrs and "application_page" in attrs
    used = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        holder = node.value
        if (isinstance(holder, ast.Attribute) and holder.attr in attrs
                and isinstance(holder.value, ast.Name) and holder.value.id == "self") \
                or (isinstance(holder, ast.Name) and holder.id in names):
            used.append((node.lineno, node.attr))
    assert used, "the test found no page use at all: it no longer reads MainWindow right"
    beyond = [(line, attr) for line, attr in used if attr not in MAIN_WINDOW_MAY_USE]
    assert not beyond, f"MainWindow reads page internals: {beyond}"


def test_every_emit_goes_through_qtcompat():
    """PySide6 6.12's emit() leaks a reference to True (ui/qtcompat.py): one way to emit."""
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "qtcompat.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "emit":
                offenders.append(f"{path.relative_to(UI.parent)}:{node.lineno}")
    assert not offenders, offenders


def test_no_database_session_opened_in_the_ui():
    """Reads and writes go through core services on the database thread; the UI never opens
    a session (bo.db.read()/write()) itself. (ui/screenshots/ is a documentation tool that
    fills a demo database before any window exists.)"""
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        if "screenshots" in path.relative_to(UI).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Attribute) and node.attr in ("read", "write")
                    and isinstance(node.value, ast.Attribute) and node.value.attr == "db"):
                offenders.append(f"{path.relative_to(UI.parent)}:{node.lineno}")
    assert not offenders, offenders


def test_writes_in_pages_are_operations():
    """A page does not call a core function that changes data through workers.db directly:
    the known changing services of the pages go through ui.operations.Operation. (Reads
    stay workers.db; this lists the writes the pages make.)"""
    writes = {"retry", "discard", "claim_next", "release", "hand_over", "issue_pending", "issue_document",
              "record_mailed", "deliver_electronic", "record_counter_handover", "record_refund",
              "record_counter_payment", "import_settlement", "export_pending", "reexport", "book",
              "book_from_application", "link_application", "check_in", "mark_no_show", "cancel"}
    offenders = []
    for path in [*PAGES, *sorted((UI / "widgets").glob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "db" and node.args):
                continue
            for inner in ast.walk(node.args[0]):
                if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) \
                        and inner.func.attr in writes:
                    offenders.append(f"{path.name}:{node.lineno} {inner.func.attr}")
    assert not offenders, offenders
