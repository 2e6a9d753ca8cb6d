"""mypy is part of the test command: `backoffice/` and `ui/` type-check cleanly under the
project's configuration ([tool.mypy] in pyproject.toml), or this test fails with mypy's
report.

The cache is the repository's `.mypy_cache` (git-ignored, the same one a developer's own
`mypy` run uses), so only changed modules are analysed again: about 1 s warm, about
50 s cold on a busy 2-core machine (docs/ui.md, "Type checking")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "pyproject.toml"


def run_mypy(*targets: str, cache_dir: Path | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """mypy as this interpreter has it (`sys.executable -m mypy`), with the project's config."""
    cmd = [sys.executable, "-m", "mypy", "--config-file", str(CONFIG), "--no-color-output",
           "--show-error-codes"]
    if cache_dir is not None:
        cmd += ["--cache-dir", str(cache_dir)]
    return subprocess.run([*cmd, *targets], capture_output=True, text=True, cwd=cwd, timeout=600)


def test_backoffice_and_ui_type_check_cleanly() -> None:
    result = run_mypy("backoffice/", "ui/")
    report = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or "Success: no issues found" not in result.stdout:
        pytest.fail(f"mypy backoffice/ ui/ reports problems:\n{report}", pytrace=False)


def test_planted_errors_make_mypy_fail(tmp_path: Path) -> None:
    """The check above can fail: the same command on a planted `ui` package exits non-zero
    and names each problem: a type error, and what the project's stricter rules for ui/
    forbid (an unannotated function, a `# type: ignore` that hides nothing)."""
    package = tmp_path / "ui"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "planted.py").write_text(
        'count: int = "three"\n'
        "def untyped(parent=None):\n"
        "    return parent\n"
        "size: int = 3  # type: ignore[assignment]\n", encoding="utf-8")
    result = run_mypy("ui/", cache_dir=tmp_path / "cache", cwd=tmp_path)
    report = result.stdout + result.stderr
    assert result.returncode == 1, report
    assert "ui/planted.py:1: error:" in report and "[assignment]" in report
    assert "ui/planted.py:2: error:" in report and "[no-untyped-def]" in report
    assert "ui/planted.py:4: error:" in report and "[unused-ignore]" in report
