"""Gateway end to end (bundle-v1 §1, §3, §6): raw submissions in, signed bundles out."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import re
import zipfile
from pathlib import Path

import pytest

from backoffice.gateway import keys as gatewaykeys
from backoffice.gateway.bundler import GatewayError, build_bundle, run_gateway, uuid7
from backoffice.intake.trusted_gateways import load_public_keys
from backoffice.platform.errors import ConfigError
from backoffice.platform.spool import Spool
from tests.intake import hostile


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def application(files: dict[str, bytes], app_id: str = "OSK-2026-0001234") -> bytes:
    """application.json per bundle-v1 §4 naming the given files (ids a1, a2, ...)."""
    doc = {
        "schema": "application/1", "application_id": app_id, "revision": 1,
        "procedure": "juminhyo-copy", "submitted_at": "2026-11-28T09:15:00+09:00",
        "applicant": {"name": "山田 太郎", "name_kana": "ヤマダ タロウ", "birth_date": "1985-04-01",
                      "postal_code": "530-8201", "address": "大阪府大阪市北区中之島1-3-20",
                      "phone": "06-0000-0000", "email": "taro@example.jp"},
        "form": {"copies": 2, "include_household": True, "purpose": "勤務先への提出"},
        "attachments": [{"id": f"a{n}", "file": name, "kind": "supporting_document",
                         "sha256": sha(data), "size": len(data)}
                        for n, (name, data) in enumerate(files.items(), start=1)],
        "payment": None, "delivery": {"method": "mail"}, "appointment": None,
    }
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def raw_folder(root: Path, files: dict[str, bytes], sig: bytes | None = None, **kw: str) -> Path:
    root.mkdir(parents=True)
    (root / "application.json").write_bytes(application(files, **kw))
    if sig is not None:
        (root / "application.sig.json").write_bytes(sig)
    for name, data in files.items():
        if "/" not in name:  # a traversal name is only declared, never written anywhere
            (root / name).write_bytes(data)
    return root


def zip_folder(folder: Path, target: Path, nested: bool = True) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.iterdir()):
            zf.write(path, f"{folder.name}/{path.name}" if nested else path.name)
    return target


def open_bundle(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = [i.filename for i in zf.infolist()]
        assert len(names) == len(set(names))
        assert all(i.flag_bits & 1 == 0 and not i.is_dir() for i in zf.infolist())
        return {name: zf.read(name) for name in names}


def check_bundle(members: dict[str, bytes], app_bytes: bytes, public_key: object) -> dict:
    """Everything the back office checks first (bundle-v1 §7 steps 4-9, 12)."""
    gateway_bytes = members["gateway.json"]
    signature = base64.b64decode(members["gateway.sig"], validate=True)
    public_key.verify(signature, gateway_bytes)  # type: ignore[attr-defined]
    record = json.loads(gateway_bytes)
    assert record["schema"] == "gateway/1"
    assert record["application_sha256"] == sha(app_bytes) == sha(members["application.json"])
    assert members["application.json"] == app_bytes
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00", record["sanitized_at"])
    expected = {"application.json", "gateway.json", "gateway.sig"}
    expected |= {"application.sig.json"} & set(members)
    expected |= {f["path"] for f in record["files"]}
    assert set(members) == expected
    for f in record["files"]:
        assert f["path"] == f"files/{f['attachment_id']}.{ {'image/png': 'png', 'image/jpeg': 'jpg', 'application/pdf': 'pdf'}[f['media_type']] }"
        assert sha(members[f["path"]]) == f["sha256"]
        assert isinstance(f["pages"], int) and f["pages"] >= 1 and f["actions"]
    declared = [a["id"] for a in json.loads(app_bytes)["attachments"]]
    accounted = [f["attachment_id"] for f in record["files"]]
    accounted += [r["attachment_id"] for r in record["rejected"]]
    assert sorted(accounted) == sorted(declared)
    return record


@pytest.fixture
def key_files(tmp_path: Path) -> tuple[Path, object]:
    key = gatewaykeys.generate_private_key()
    gatewaykeys.write_private_key(key, tmp_path / "keys" / "gateway.pem")
    gatewaykeys.write_public_key(key, tmp_path / "keys" / "gateway.pub.pem")
    [public] = load_public_keys([tmp_path / "keys" / "gateway.pub.pem"])
    return tmp_path / "keys" / "gateway.pem", public


def submission_files() -> dict[str, bytes]:
    return {"menkyo.jpg": hostile.jpeg_with_exif(), "juminhyo.pdf": hostile.reportlab_pdf(3),
            "invoice.pdf.exe": hostile.pe_exe()}


def test_run_gateway_end_to_end_folder_and_zip(tmp_path: Path, key_files: tuple) -> None:
    key_file, public = key_files
    raw = tmp_path / "raw"
    sig = b'{"algorithm": "RSASSA-PKCS1-v1_5-SHA256", "signature": "c2ln"}\n'
    folder = raw_folder(raw / "sub-0001", submission_files(), sig=sig)
    staged = raw_folder(tmp_path / "staging" / "sub-0002", submission_files(),
                        app_id="OSK-2026-0001235")
    zip_folder(staged, raw / "sub-0002.zip")
    app_bytes = {"sub-0001": (folder / "application.json").read_bytes(),
                 "sub-0002.zip": (staged / "application.json").read_bytes()}
    spool = Spool(tmp_path / "spool")

    report = run_gateway(raw, key_file, spool)

    assert report.failed == []
    assert [name for name, _ in report.bundles] == ["sub-0001", "sub-0002.zip"]
    assert sorted(p.name for p in (raw / "done").iterdir()) == ["sub-0001", "sub-0002.zip"]
    assert sorted(p.name for p in raw.iterdir()) == ["done"]
    inbox = spool.inbox_bundles()
    assert sorted(p.name for p in inbox) == sorted(f"{b}.zip" for _, b in report.bundles)
    for raw_name, bundle_id in report.bundles:
        members = open_bundle((spool.inbox / f"{bundle_id}.zip").read_bytes())
        record = check_bundle(members, app_bytes[raw_name], public)
        assert record["bundle_id"] == bundle_id and record["engine"] == "backoffice-gateway/0.1"
        assert set(members) - {"application.sig.json"} == {
            "application.json", "gateway.json", "gateway.sig", "files/a1.jpg", "files/a2.pdf"}
        assert ("application.sig.json" in members) == (raw_name == "sub-0001")
        if raw_name == "sub-0001":
            assert members["application.sig.json"] == sig
        files = {f["attachment_id"]: f for f in record["files"]}
        assert files["a1"]["media_type"] == "image/jpeg"
        assert "removed EXIF metadata (including GPS location)" in files["a1"]["actions"]
        assert b"SecretCam" not in members["files/a1.jpg"]
        assert files["a2"]["media_type"] == "application/pdf" and files["a2"]["pages"] == 3
        assert b"Confidential" not in members["files/a2.pdf"]
        assert record["rejected"] == [{"attachment_id": "a3",
                                       "reason": "unsupported file type: application/x-dosexec"}]

    # running again finds nothing new: processed entries were moved to done/
    assert run_gateway(raw, key_file, spool).bundles == []
    assert len(spool.inbox_bundles()) == 2


def test_mismatched_missing_and_bad_attachments_are_rejected(tmp_path: Path, key_files: tuple) -> None:
    key_file, public = key_files
    png = hostile.image_bytes("PNG")
    folder = raw_folder(tmp_path / "raw", {"ok.png": png, "changed.png": png, "gone.pdf": b"%PDF-",
                                           "../../etc/passwd": b"x"})
    (folder / "changed.png").write_bytes(hostile.image_bytes("PNG", size=(10, 10)))
    (folder / "gone.pdf").unlink()
    app_bytes = (folder / "application.json").read_bytes()
    bundle_id, data = build_bundle(folder, gatewaykeys.load_private_key(key_file))
    record = check_bundle(open_bundle(data), app_bytes, public)
    assert uuid_version(bundle_id) == 7
    reasons = {r["attachment_id"]: r["reason"] for r in record["rejected"]}
    assert [f["attachment_id"] for f in record["files"]] == ["a1"]
    assert reasons["a2"].startswith("file is ") and "declares" in reasons["a2"]
    assert reasons["a3"] == "file 'gone.pdf' is missing from the raw submission"
    assert reasons["a4"] == "attachment file name '../../etc/passwd' is not a plain file name"


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_zip_raw_submission_is_read_safely(tmp_path: Path, key_files: tuple) -> None:
    key_file, public = key_files
    png = hostile.image_bytes("PNG")
    app_bytes = application({"scan.png": png, "evil.png": png, "twice.png": png})
    raw_zip = tmp_path / "raw.zip"
    with zipfile.ZipFile(raw_zip, "w") as zf:
        zf.writestr("application.json", app_bytes)
        zf.writestr("scan.png", png)
        zf.writestr("../evil.png", png)  # traversal names are never matched
        zf.writestr("twice.png", png)
        zf.writestr("twice.png", png)
    bundle_id, data = build_bundle(raw_zip, gatewaykeys.load_private_key(key_file))
    record = check_bundle(open_bundle(data), app_bytes, public)
    reasons = {r["attachment_id"]: r["reason"] for r in record["rejected"]}
    assert [f["attachment_id"] for f in record["files"]] == ["a1"]
    assert "missing" in reasons["a2"] and "appears 2 times" in reasons["a3"]
    assert not (tmp_path.parent / "evil.png").exists()


def test_bad_raw_submissions_fail_without_stopping_the_rest(tmp_path: Path, key_files: tuple) -> None:
    key_file, _ = key_files
    raw = tmp_path / "raw"
    raw_folder(raw / "b-good", {"a.png": hostile.image_bytes("PNG")})
    (raw / "a-broken").mkdir()
    (raw / "a-broken" / "application.json").write_bytes(b"{not json")
    (raw / "c-noattachments").mkdir()
    (raw / "c-noattachments" / "application.json").write_bytes(b'{"schema": "application/1"}')
    (raw / "d-empty").mkdir()
    (raw / "e-notazip.zip").write_bytes(b"garbage")
    (raw / "f-readme.txt").write_text("stray")
    (raw / "g-uploading.zip.part").write_bytes(b"PK")
    spool = Spool(tmp_path / "spool")
    report = run_gateway(raw, key_file, spool)
    assert [name for name, _ in report.bundles] == ["b-good"]
    failed = dict(report.failed)
    assert sorted(failed) == ["a-broken", "c-noattachments", "d-empty", "e-notazip.zip",
                              "f-readme.txt"]
    assert "not readable UTF-8 JSON" in failed["a-broken"]
    assert failed["c-noattachments"] == "application.json has no attachments list"
    assert "application.json" in failed["d-empty"] and "missing" in failed["d-empty"]
    assert "not a readable zip" in failed["e-notazip.zip"]
    assert sorted(p.name for p in (raw / "failed").iterdir()) == sorted(failed)
    assert (raw / "g-uploading.zip.part").exists()  # still being written by the portal
    assert len(spool.inbox_bundles()) == 1


def test_gateway_error_for_unusable_application_json(tmp_path: Path) -> None:
    key = gatewaykeys.generate_private_key()
    folder = tmp_path / "sub"
    folder.mkdir()
    (folder / "application.json").write_bytes(b'{"attachments": [{"file": "x"}]}')
    with pytest.raises(GatewayError, match=r"attachments\[0\] has no string id"):
        build_bundle(folder, key)


def uuid_version(text: str) -> int:
    import uuid
    return uuid.UUID(text).version


def test_uuid7_is_time_ordered_and_well_formed() -> None:
    ids = [uuid7() for _ in range(50)]
    assert all(uuid_version(i) == 7 and i[19] in "89ab" for i in ids)
    assert len(set(ids)) == 50
    assert [i[:13] for i in ids] == sorted(i[:13] for i in ids)


# ---------------------------------------------------------------- keys
def test_private_key_file_is_owner_only_and_round_trips(tmp_path: Path) -> None:
    key = gatewaykeys.generate_private_key()
    path = tmp_path / "gw.pem"
    gatewaykeys.write_private_key(key, path)
    assert os.stat(path).st_mode & 0o777 == 0o600
    assert path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    loaded = gatewaykeys.load_private_key(path)
    gatewaykeys.write_public_key(loaded.public_key(), tmp_path / "gw.pub.pem")
    [public] = load_public_keys([tmp_path / "gw.pub.pem"])
    public.verify(key.sign(b"x"), b"x")


def test_bad_key_files_raise_config_error_naming_the_file(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    ec_key = ec.generate_private_key(ec.SECP256R1())
    (tmp_path / "ec.pem").write_bytes(ec_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    (tmp_path / "ec.pub.pem").write_bytes(ec_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    (tmp_path / "junk.pem").write_bytes(b"not a key")
    cases = [(gatewaykeys.load_private_key, tmp_path / "missing.pem", "cannot read"),
             (gatewaykeys.load_private_key, tmp_path / "junk.pem", "not an unencrypted PEM"),
             (gatewaykeys.load_private_key, tmp_path / "ec.pem", "not an Ed25519 key")]
    for load, path, words in cases:
        with pytest.raises(ConfigError) as caught:
            load(path)
        assert str(path) in str(caught.value) and words in str(caught.value)
        assert "\n" not in str(caught.value)
    for path in (tmp_path / "ec.pub.pem", tmp_path / "junk.pem", tmp_path / "none.pem"):
        with pytest.raises(ConfigError, match=re.escape(str(path))):
            load_public_keys([path])


def test_run_gateway_with_a_bad_key_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    with pytest.raises(ConfigError):
        run_gateway(tmp_path / "raw", tmp_path / "nokey.pem", Spool(tmp_path / "spool"))
