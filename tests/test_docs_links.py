"""The documentation stands on its own (issue 14 item 6): every relative link in README.md
and docs/**/*.md leads to a file of the repository, nothing points outside it (the shared
spec folder is not part of the repository), and every code the back office can emit —
quarantine reasons, attention codes, verdicts, notice events — is named in the format
guide an integrator reads (docs/formats/)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from backoffice.casework import notices
from backoffice.intake import applicant_sig, prechecks
from backoffice.issuance import verify

ROOT = Path(__file__).resolve().parents[1]
FORMATS = ROOT / "docs" / "formats"
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]

_FENCE = re.compile(r"^(```|~~~).*?^\1", re.DOTALL | re.MULTILINE)
_CODE_SPAN = re.compile(r"(`+).+?\1", re.DOTALL)
_INLINE_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_REF_LINK = re.compile(r"^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$", re.MULTILINE)


def _prose(text: str) -> str:
    """The text without code blocks and code spans: a `](x)` inside code is not a link."""
    return _CODE_SPAN.sub("", _FENCE.sub("", text))


def links(text: str) -> list[str]:
    prose = _prose(text)
    return _INLINE_LINK.findall(prose) + _REF_LINK.findall(prose)


def _relative(target: str) -> bool:
    return not re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE) and not target.startswith("#")


def test_link_parser_finds_links_and_skips_code() -> None:
    text = ("See [a](x.md), ![img](img/y.png \"title\"), [b](<z.md>) and [c](https://e.jp).\n"
            "`[not](code.md)` and\n```\n[not](block.md)\n```\n[ref]: ../ref.md\n")
    assert links(text) == ["x.md", "img/y.png", "z.md", "https://e.jp", "../ref.md"]
    assert [t for t in links(text) if _relative(t)] == ["x.md", "img/y.png", "z.md", "../ref.md"]


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_resolve_inside_the_repository(doc: Path) -> None:
    broken = []
    for target in links(doc.read_text(encoding="utf-8")):
        if not _relative(target):
            continue
        path = target.split("#", 1)[0]
        resolved = (doc.parent / path).resolve()
        if not resolved.is_relative_to(ROOT):
            broken.append(f"{target}: outside the repository")
        elif not resolved.exists():
            broken.append(f"{target}: no such file")
    assert not broken, f"{doc.relative_to(ROOT)}: {broken}"


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_reference_to_the_shared_spec_folder(doc: Path) -> None:
    """Also in code spans: a reader of the repository alone cannot open ../shared/spec."""
    lines = doc.read_text(encoding="utf-8").splitlines()
    outside = [f"line {no}" for no, line in enumerate(lines, 1) if "shared/spec" in line]
    assert not outside, f"{doc.relative_to(ROOT)} points at the shared spec folder: {outside}"


def test_every_format_has_a_guide_listed_in_the_index() -> None:
    index = (FORMATS / "README.md").read_text(encoding="utf-8")
    for name in ("bundle-v1", "cli-v1", "procedures-v1", "certificate-qr-v1", "export-v1",
                 "records-v1", "portal-v1"):
        assert (FORMATS / f"{name}.md").is_file(), name
        assert f"]({name}.md)" in index, name
    # portal-v1 is implemented (issue 17): its guide says so at the top
    assert "Status: implemented" in (FORMATS / "portal-v1.md").read_text(encoding="utf-8")[:400]
    # records-v1 is implemented (issue 15), switched on by [records]
    head = (FORMATS / "records-v1.md").read_text(encoding="utf-8")[:800]
    assert "implemented" in head and "planned" not in head and "[records]" in head


def _string_first_args(func_names: set[str]) -> set[str]:
    """First arguments that are string literals of calls to the named functions, across the
    core (BundleRejected("code", ...) and the archive checks' _reject("code", ...))."""
    found: set[str] = set()
    for source in (ROOT / "backoffice").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            first = node.args[0]
            if name in func_names and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
    return found


def _appended_codes(path: Path) -> set[str]:
    """String literals appended to a list in one module (receive.py's codes.append(...))."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "append" and node.args
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            found.add(node.args[0].value)
    return found


def _named(guide: str, code: str) -> bool:
    return f"`{code}`" in (FORMATS / guide).read_text(encoding="utf-8")


def test_every_quarantine_reason_the_code_emits_is_in_the_guides() -> None:
    reasons = _string_first_args({"BundleRejected", "_reject"})
    assert {"not_a_zip", "revision_conflict", "ingest_failed"} <= reasons  # the scan works
    missing = {(g, r) for r in reasons for g in ("bundle-v1.md", "cli-v1.md") if not _named(g, r)}
    assert not missing


def test_every_attention_code_the_code_emits_is_in_the_guides() -> None:
    codes = set(applicant_sig.CODE_ORDER) | set(prechecks.PRECHECK_CODES)
    codes |= _appended_codes(ROOT / "backoffice" / "intake" / "receive.py")
    assert {"signature_missing", "formula_like_text", "possible_duplicate"} <= codes
    missing = {(g, c) for c in codes for g in ("bundle-v1.md", "cli-v1.md") if not _named(g, c)}
    assert not missing


def test_every_verdict_and_notice_event_is_in_the_guides() -> None:
    verdicts = set(verify._RANK)
    assert "not_a_certificate" in verdicts
    assert not [v for v in verdicts if not _named("certificate-qr-v1.md", v)]
    assert not [e for e in notices.EVENTS if not _named("bundle-v1.md", e)]
