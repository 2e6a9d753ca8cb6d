"""The PyInstaller one-folder build really builds and runs: the frozen desktop application
starts offscreen, and the frozen command runs init, demo --count 5 (gateway helper process
included, issuing with the demo's key file: there is no credential store), applications list
and verify on a PDF the demo issued."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_frozen_build_runs(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, str(ROOT / "build_installer.py"), "--dist", str(dist)],
                   check=True, cwd=ROOT, capture_output=True, timeout=1200)
    folder = dist / "backoffice"
    exe = ".exe" if os.name == "nt" else ""
    cli, desktop = folder / f"backoffice{exe}", folder / f"backoffice-desktop{exe}"
    assert cli.exists() and desktop.exists()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(BACKOFFICE_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(cli), *args], capture_output=True, text=True, env=env, timeout=600,
                              cwd=tmp_path)

    init = run("init")
    assert init.returncode == 0, init.stderr
    demo = run("demo", "--count", "5")
    assert demo.returncode == 0, demo.stderr
    assert "ingested 5" in demo.stdout, demo.stdout + demo.stderr
    # no OS credential store here: the frozen demo keeps its demo- key in its own file
    assert "documents issued" in demo.stderr, demo.stderr
    listed = run("applications", "list", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert len(rows) == 5 and {r["status"] for r in rows} <= {
        "ready_for_review", "needs_attention", "in_review", "approved", "returned", "pending_approval",
        "issued"}
    for pdf in sorted((tmp_path / "data" / "exports" / "certificates").glob("*.pdf"))[:1]:
        verdict = run("verify", str(pdf))
        assert verdict.returncode == 0 and json.loads(verdict.stdout)["demo"] is True, verdict.stdout
    gui = subprocess.run([str(desktop), "--self-test"], capture_output=True, text=True, env=env, timeout=300,
                         cwd=tmp_path)
    assert gui.returncode == 0, gui.stderr[-3000:]
    assert "self-test ok" in gui.stdout
