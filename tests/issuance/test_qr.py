"""certificate-qr-v1 end to end: real keys, a real PDF, real rendering and pyzbar decoding."""

import json
from datetime import date

import pypdfium2 as pdfium
import pytest
import segno
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from backoffice.issuance.document import DocumentData, body_sha256, compose_body, render_pdf
from backoffice.issuance.qr import (
    MAX_BYTES,
    b64url,
    b64url_decode,
    decode_qr_texts,
    make_payload,
    qr_png,
    sign_qr,
    verify_qr_text,
)
from backoffice.issuance.templates import load_template

KID = "city-2026"


def sample_data(**overrides) -> DocumentData:
    values = dict(
        serial="2026-JU-00001234", kind="juminhyo-copy", template="juminhyo-copy",
        issued_on=date(2026, 11, 28), application_id="OSK-2026-0001234", name="𠮷田 太郎",
        name_kana="よしだ たろう", birth_date=date(1985, 4, 1),
        address="大阪府大阪市北区中之島1丁目3番20号", postal_code="530-8201",
        form={"purpose": "勤務先へ提出", "copies": 1},
    )
    values.update(overrides)
    return DocumentData(**values)


def issue(data: DocumentData, key: Ed25519PrivateKey, kid: str = KID) -> tuple[bytes, str, list[str]]:
    template = load_template(data.template)
    lines = compose_body(template, data)
    payload = make_payload(serial=data.serial, kind=data.kind, city_code=data.city_code,
                           issued_on=data.issued_on, application_id=data.application_id,
                           name=data.name, birth=data.birth_date, body_sha256=body_sha256(lines))
    token = sign_qr(payload, key, kid)
    return render_pdf(template, data, lines, token), token, lines


@pytest.fixture(scope="module")
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture(scope="module")
def issued(key):
    return issue(sample_data(), key)


def test_b64url_is_strict():
    assert b64url(b"\xff\xfe") == "__4"
    assert b64url_decode("__4") == b"\xff\xfe"
    for bad in ("__4=", "__+", "a", "__5", "ab cd"):
        with pytest.raises(ValueError):
            b64url_decode(bad)


def test_payload_keys_and_null_birth():
    p = make_payload(serial="S", kind="k", city_code="271004", issued_on=date(2026, 11, 28),
                     application_id="A", name="N", birth=None, body_sha256="h")
    assert list(p) == ["v", "sn", "kind", "iss", "iat", "app", "name", "birth", "sha256"]
    assert p["v"] == 1 and p["birth"] is None and p["iat"] == "2026-11-28"


def test_header_bytes_are_exact(key):
    payload = make_payload(serial="2026-JU-00001234", kind="juminhyo-copy", city_code="271004",
                           issued_on=date(2026, 11, 28), application_id="OSK-2026-0001234",
                           name="山田 太郎", birth=date(1985, 4, 1), body_sha256="x" * 43)
    token = sign_qr(payload, key, KID)
    header, body, sig = token.split(".")
    assert b64url_decode(header) == b'{"alg":"EdDSA","kid":"city-2026","typ":"cert-qr/1"}'
    assert b64url_decode(body).decode("utf-8") == json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    assert len(b64url_decode(sig)) == 64
    token.encode("ascii")  # the whole string is ASCII


def test_forty_character_name_fits_under_600_bytes(key):
    name = "髙橋﨑德" * 10  # 40 kanji, 3 bytes each in UTF-8; longest procedure code below
    payload = make_payload(serial="2026-CA-00001234", kind="child-allowance-change", city_code="271004",
                           issued_on=date(2026, 11, 28), application_id="OSK-2026-0001234",
                           name=name, birth=date(1985, 4, 1), body_sha256="x" * 43)
    token = sign_qr(payload, key, KID)
    print(f"40-character name: {len(token)} bytes")
    assert len(token) < MAX_BYTES
    # the budget is tight: 40 names characters of which ten are 4-byte (𠮷) do not fit
    payload["name"] = "髙橋﨑𠮷" * 10
    with pytest.raises(ValueError, match="limit"):
        sign_qr(payload, key, KID)


def test_oversized_payload_is_refused(key):
    payload = make_payload(serial="S", kind="k", city_code="271004", issued_on=date(2026, 11, 28),
                           application_id="A", name="山" * 150, birth=None, body_sha256="h")
    with pytest.raises(ValueError, match="600"):
        sign_qr(payload, key, KID)


def test_qr_is_byte_mode_level_m(issued):
    _, token, _ = issued
    code = segno.make(token, error="m", mode="byte", micro=False, boost_error=False)
    assert code.error == "M" and code.mode == "byte"


def test_end_to_end_pdf_scan_verifies(issued, key):
    pdf, token, lines = issued
    # independent render of the PDF (pypdfium2 at 200 dpi) and decode with pyzbar
    image = pdfium.PdfDocument(pdf)[0].render(scale=200 / 72).to_pil()
    from pyzbar.pyzbar import decode

    raw = [s.data.decode("ascii") for s in decode(image)]
    assert raw == [token]
    # the product path: decode_qr_texts on the PDF bytes, then verify
    assert decode_qr_texts(pdf) == [token]
    verdict = verify_qr_text(token, {KID: key.public_key()}, lambda sn: "issued")
    assert verdict.status == "valid", verdict.detail
    assert verdict.payload["name"] == "𠮷田 太郎"
    assert verdict.payload["sha256"] == body_sha256(lines)
    assert verdict.serial_known is True
    assert json.dumps(verdict.to_json(), ensure_ascii=False)


def test_flipped_signature_bit_is_bad_signature(issued, key):
    _, token, _ = issued
    header, payload, sig = token.split(".")
    raw = bytearray(b64url_decode(sig))
    raw[10] ^= 0x01
    tampered = f"{header}.{payload}.{b64url(bytes(raw))}"
    assert verify_qr_text(tampered, {KID: key.public_key()}).status == "bad_signature"


def test_edited_payload_is_bad_signature(issued, key):
    _, token, _ = issued
    header, payload, sig = token.split(".")
    data = json.loads(b64url_decode(payload))
    data["name"] = "山田 花子"
    forged = f"{header}.{b64url(json.dumps(data, ensure_ascii=False).encode())}.{sig}"
    assert verify_qr_text(forged, {KID: key.public_key()}).status == "bad_signature"


def test_revoked_serial(issued, key):
    _, token, _ = issued
    verdict = verify_qr_text(token, {KID: key.public_key()}, {"2026-JU-00001234": "revoked"}.get)
    assert verdict.status == "revoked"
    assert verdict.payload["sn"] == "2026-JU-00001234"


def test_unknown_serial_stays_valid_but_is_flagged(issued, key):
    _, token, _ = issued
    verdict = verify_qr_text(token, {KID: key.public_key()}, lambda sn: None)
    assert verdict.status == "valid"
    assert verdict.serial_known is False
    assert "not in this office's records" in verdict.detail


def test_other_key_with_same_kid_is_bad_signature(issued):
    _, token, _ = issued
    other = Ed25519PrivateKey.generate().public_key()
    assert verify_qr_text(token, {KID: other}).status == "bad_signature"


def test_unknown_kid(issued, key):
    _, token, _ = issued
    verdict = verify_qr_text(token, {"city-2025": key.public_key()})
    assert verdict.status == "unknown_key"
    assert verdict.kid == KID and verdict.payload is None


def test_url_qr_is_not_a_certificate(tmp_path, key):
    png = tmp_path / "url.png"
    png.write_bytes(qr_png("https://www.city.osaka.lg.jp/", scale=6))
    texts = decode_qr_texts(png)
    assert texts == ["https://www.city.osaka.lg.jp/"]
    assert verify_qr_text(texts[0], {KID: key.public_key()}).status == "not_a_certificate"


def test_alg_none_and_garbage(key):
    header = b64url(b'{"alg":"none","kid":"city-2026","typ":"cert-qr/1"}')
    assert verify_qr_text(f"{header}.{b64url(b'{}')}.", {KID: key.public_key()}).status == "bad_signature"
    assert verify_qr_text("a.b.c", {KID: key.public_key()}).status == "not_a_certificate"
    jwt_header = b64url(b'{"alg":"EdDSA","typ":"JWT","kid":"city-2026"}')
    assert verify_qr_text(f"{jwt_header}.e30.AA", {KID: key.public_key()}).status == "not_a_certificate"


def test_signed_non_certificate_payload(key):
    header = b64url(b'{"alg":"EdDSA","kid":"city-2026","typ":"cert-qr/1"}')
    body = b64url(b'{"v":2}')
    sig = b64url(key.sign(f"{header}.{body}".encode()))
    verdict = verify_qr_text(f"{header}.{body}.{sig}", {KID: key.public_key()})
    assert verdict.status == "not_a_certificate" and "version" in verdict.detail


def test_decode_png_and_jpeg_scan(issued, tmp_path):
    pdf, token, _ = issued
    page = pdfium.PdfDocument(pdf)[0].render(scale=300 / 72).to_pil()
    page.save(tmp_path / "scan.png")
    page.convert("RGB").save(tmp_path / "scan.jpg", quality=70)
    assert decode_qr_texts(tmp_path / "scan.png") == [token]
    assert decode_qr_texts((tmp_path / "scan.jpg").read_bytes()) == [token]


def test_public_keys_dir(tmp_path, key):
    from cryptography.hazmat.primitives import serialization

    from backoffice.issuance.qr import load_public_keys_dir
    from backoffice.platform.errors import ConfigError

    pem = key.public_key().public_bytes(serialization.Encoding.PEM,
                                        serialization.PublicFormat.SubjectPublicKeyInfo)
    (tmp_path / "city-2026.pem").write_bytes(pem)
    assert list(load_public_keys_dir(tmp_path)) == ["city-2026"]
    (tmp_path / "broken.pem").write_text("not a key")
    with pytest.raises(ConfigError, match="broken.pem"):
        load_public_keys_dir(tmp_path)
