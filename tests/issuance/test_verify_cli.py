"""cli-v1 `keys init`, `keys public`, `issue`, `verify` as separate processes, with a
file-backed test keyring selected by PYTHON_KEYRING_BACKEND (as an operator would)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from backoffice.issuance.qr import decode_qr_texts, load_public_keys_dir, qr_png, verify_qr_text
from tests.conftest import make_backoffice
from tests.ui.factories import make_applications

ROOT = Path(__file__).resolve().parents[2]
ENTRY = "import sys; from backoffice.cli.main import main; sys.exit(main(sys.argv[1:]))"  # = the console script


@pytest.fixture
def cli(tmp_path):
    db = tmp_path / "cli.db"
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{db}"\n[intake]\nspool = "spool"\n'
                      '[issuance]\ncity_code = "271004"\nkey_id = "city-2026"\n'
                      '[export]\nout = "exports"\n', encoding="utf-8")
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "tests.keyring_file_backend.Backend",
           "BACKOFFICE_TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
           "PYTHONPATH": str(ROOT), "BACKOFFICE_DATA_DIR": str(tmp_path / "data")}
    env.pop("BACKOFFICE_CONFIG", None)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", ENTRY, "--config", str(config), *args],
                              capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)

    run.url = f"sqlite:///{db}"  # type: ignore[attr-defined]
    return run


def test_keys_issue_and_verify_from_the_command_line(cli, tmp_path):
    assert cli("init").returncode == 0  # keys init registers the public key in the database
    first = cli("keys", "init")
    assert first.returncode == 0 and "created issuing key city-2026" in first.stdout
    second = cli("keys", "init")
    assert second.returncode == 0 and "exists" in second.stdout

    pub = cli("keys", "public", "--out", str(tmp_path / "pub"))
    assert pub.returncode == 0, pub.stderr
    # the issuing key, then the outbox key for the portal (portal-v1 §1), which the
    # verifier's folder loader leaves out
    assert pub.stdout.split() == [str(tmp_path / "pub" / "city-2026.pem"),
                                  str(tmp_path / "pub" / "outbox-city-2026.pem")]
    keys = load_public_keys_dir(tmp_path / "pub")
    assert list(keys) == ["city-2026"]

    bo = make_backoffice(cli.url, tmp_path)
    try:
        made = make_applications(bo, 3, statuses=("approved",), procedures=("juminhyo-copy", "tax-certificate"))
    finally:
        bo.close()
    issued = cli("issue", "--application", made[0].application_id, "--out", str(tmp_path / "out"))
    assert issued.returncode == 0, issued.stderr
    paths = [Path(p) for p in issued.stdout.split()]
    assert len(paths) == 1 and paths[0].name.startswith("2026-JU-") and paths[0].is_file()
    rest = cli("issue")  # the other two, into the default folder
    assert rest.returncode == 0, rest.stderr
    rest_paths = [Path(p) for p in rest.stdout.split()]
    assert len(rest_paths) == 2 and all(p.parent == tmp_path / "exports" / "certificates" for p in rest_paths)
    again = cli("issue")
    assert again.returncode == 0 and again.stdout == ""

    # the PEM written by `keys public` verifies the issued certificate on its own
    text = decode_qr_texts(paths[0])[0]
    assert verify_qr_text(text, keys).status == "valid"

    ok = cli("verify", str(paths[0]))
    assert ok.returncode == 0, ok.stderr
    verdict = json.loads(ok.stdout)
    assert verdict["status"] == "valid" and verdict["kid"] == "city-2026"
    assert verdict["payload"]["sn"] == paths[0].stem and verdict["serial_status"] == "valid"

    png = tmp_path / "plain.png"
    png.write_bytes(qr_png("https://example.jp/"))
    bad = cli("verify", str(png))
    assert bad.returncode == 1 and json.loads(bad.stdout)["status"] == "not_a_certificate"
    missing = cli("verify", str(tmp_path / "nope.pdf"))
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1


def test_verify_with_a_keys_folder_and_no_keyring_key(cli, tmp_path):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from backoffice.issuance.qr import b64url, make_payload, sign_qr

    key = Ed25519PrivateKey.generate()
    folder = tmp_path / "keys"
    folder.mkdir()
    (folder / "old-2025.pem").write_bytes(key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    from datetime import date

    token = sign_qr(make_payload(serial="2025-JU-00000009", kind="juminhyo-copy", city_code="271004",
                                 issued_on=date(2025, 3, 1), application_id="OSK-2025-0000009",
                                 name="佐藤 花子", birth=date(1990, 1, 2), body_sha256=b64url(b"y" * 32)),
                    key, "old-2025")
    img = tmp_path / "old.png"
    img.write_bytes(qr_png(token))
    assert cli("init").returncode == 0
    unknown = cli("verify", str(img))
    assert unknown.returncode == 1 and json.loads(unknown.stdout)["status"] == "unknown_key"
    known = cli("verify", str(img), "--keys", str(folder))
    out = json.loads(known.stdout)
    # signed by a key we were given, but the serial is not in this office's records
    assert known.returncode == 0 and out["status"] == "valid" and out["serial_known"] is False
