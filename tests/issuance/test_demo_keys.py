"""Issue 20 item 2: the demo issues on a machine without an OS credential store (keys in a
protected file, papers and verdicts that say DEMO), and nothing else may do so.

The keyring is the real `fail` backend a headless machine ends up with (NoKeyringError on
every call); keys, PDFs and QR codes are real."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import keyring
import pypdfium2 as pdfium
import pytest
from keyring.backends import fail

from backoffice.accounts import keystore
from backoffice.issuance.service import issue_pending
from backoffice.issuance.verify import verify_file
from backoffice.platform import demo_mode as demo_mode
from backoffice.platform.config import parse_config
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import ConfigError
from tests.conftest import make_backoffice
from tests.ui.factories import make_applications, make_staff

ROOT = Path(__file__).resolve().parents[2]
ENTRY = "import sys; from backoffice.cli.main import main; sys.exit(main(sys.argv[1:]))"


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def _pdf_text(pdf: bytes) -> str:
    return str(pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range())


def _demo_backoffice(tmp_path: Path) -> Backoffice:
    bo = make_backoffice(f"sqlite:///{tmp_path / 'demo.db'}", tmp_path)
    bo.config = demo_mode.mark(bo.config, database_is_empty=True)
    return bo


def test_demo_without_credential_store_issues_demo_papers(no_keyring, tmp_path):
    bo = _demo_backoffice(tmp_path)
    try:
        assert bo.config.key_id.startswith("demo-") and demo_mode.is_demo(bo.config)
        folder = demo_mode.key_folder(bo.config)
        assert folder is not None
        assert keystore.create_issuing_key(bo.config.key_id, demo_keys=folder)
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE((folder / "keys.json").stat().st_mode) == 0o600
        clerk = make_staff(bo, "cnt9", ["counter"], "窓口 九郎")
        make_applications(bo, 2, statuses=("approved",), procedures=("juminhyo-copy",))
        result = issue_pending(bo, clerk)
        assert len(result.issued) == 2 and not result.failed
        pdf = result.issued[0].pdf
        assert pdf is not None and result.issued[0].kid == bo.config.key_id
        assert "見本 DEMO" in _pdf_text(pdf)
        verdict = verify_file(bo, pdf)
        assert verdict.status == "valid" and verdict.demo
        js = verdict.to_json()
        assert js["demo"] is True and js["status"] == "valid" and "DEMO" in js["detail"]
        # the same folder opened afresh (as the desktop or CLI would) is still the demo
        again = Backoffice.open(replace(bo.config, key_id="city-2026"))
        try:
            assert again.config.key_id == bo.config.key_id
            assert verify_file(again, pdf).demo
        finally:
            again.close()
    finally:
        bo.close()


def test_official_papers_are_not_demo(memory_keyring, tmp_path):
    bo = make_backoffice(f"sqlite:///{tmp_path / 'city.db'}", tmp_path)
    try:
        keystore.create_issuing_key(bo.config.key_id)
        clerk = make_staff(bo, "cnt9", ["counter"], "窓口 九郎")
        make_applications(bo, 1, statuses=("approved",), procedures=("juminhyo-copy",))
        pdf = issue_pending(bo, clerk).issued[0].pdf
        assert pdf is not None
        assert "DEMO" not in _pdf_text(pdf)
        verdict = verify_file(bo, pdf)
        assert verdict.status == "valid" and not verdict.demo and verdict.to_json()["demo"] is False
    finally:
        bo.close()


def test_not_the_demo_refuses_the_file(no_keyring, tmp_path):
    bo = make_backoffice(f"sqlite:///{tmp_path / 'city.db'}", tmp_path)
    try:
        assert demo_mode.key_folder(bo.config) is None
        with pytest.raises(ConfigError, match="no OS credential store"):
            keystore.create_issuing_key(bo.config.key_id, demo_keys=tmp_path / "demo-keys")
        # a demo- kid passed by mistake still needs the demo's folder
        with pytest.raises(ConfigError, match="no OS credential store"):
            keystore.create_issuing_key("demo-1234", demo_keys=None)
        assert not (tmp_path / "demo-keys").exists()
    finally:
        bo.close()


def test_a_database_with_applications_is_never_marked(tmp_path):
    bo = make_backoffice(f"sqlite:///{tmp_path / 'city.db'}", tmp_path)
    try:
        cfg = demo_mode.mark(bo.config, database_is_empty=False)
        assert cfg.key_id == "city-2026" and not (tmp_path / "data" / demo_mode.MARKER_NAME).exists()
    finally:
        bo.close()


def test_marker_counts_only_for_its_database(no_keyring, tmp_path):
    bo = _demo_backoffice(tmp_path)
    bo.close()
    other = make_backoffice(f"sqlite:///{tmp_path / 'other.db'}", tmp_path)  # same data folder
    try:
        assert other.config.key_id == "city-2026" and demo_mode.key_folder(other.config) is None
    finally:
        other.close()


def test_config_file_may_not_claim_a_demo_key_id(tmp_path):
    with pytest.raises(ConfigError, match="reserved for the demo"):
        parse_config({"issuance": {"key_id": "demo-city"}}, tmp_path, "x.toml")


def test_a_key_file_open_to_others_is_refused(no_keyring, tmp_path):
    bo = _demo_backoffice(tmp_path)
    try:
        folder = demo_mode.key_folder(bo.config)
        assert folder is not None
        keystore.create_issuing_key(bo.config.key_id, demo_keys=folder)
        (folder / "keys.json").chmod(0o644)
        with pytest.raises(ConfigError, match="open to other users"):
            keystore.load_issuing_key(bo.config.key_id, demo_keys=folder)
    finally:
        bo.close()


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "BACKOFFICE_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)}
    env.pop("BACKOFFICE_CONFIG", None)
    return subprocess.run([sys.executable, "-c", ENTRY, *args], capture_output=True, text=True,
                          env=env, cwd=data.parent, timeout=300)


def test_headless_demo_then_verify_from_the_command_line(tmp_path):
    """What `./setup.sh run` does on a server: `backoffice demo` with no credential store,
    then an operator verifies a PDF it wrote."""
    data = tmp_path / "data"
    demo = _cli(data, "demo", "--count", "12")
    assert demo.returncode == 0, demo.stderr
    assert "documents issued" in demo.stderr, demo.stderr
    pdfs = sorted((data / "exports" / "certificates").glob("*.pdf"))
    assert pdfs, demo.stderr
    verdict = _cli(data, "verify", str(pdfs[0]))
    assert verdict.returncode == 0, verdict.stdout + verdict.stderr
    js = json.loads(verdict.stdout)
    assert js["status"] == "valid" and js["demo"] is True and js["kid"].startswith("demo-")


def test_non_demo_cli_without_credential_store_says_why(tmp_path):
    data = tmp_path / "data"
    assert _cli(data, "init").returncode == 0
    out = _cli(data, "keys", "init")
    assert out.returncode == 2
    assert "no OS credential store" in out.stderr and "only the demo" in out.stderr
    assert not (data / "demo-keys").exists() and not (data / demo_mode.MARKER_NAME).exists()
