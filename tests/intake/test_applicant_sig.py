"""bundle-v1 §5: the applicant's JPKI-style signature, every attention code."""

from __future__ import annotations

import base64
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization

from backoffice.intake.applicant_sig import (
    check_applicant_signature,
    load_crls,
    load_trust_anchors,
    normalize_name,
)
from backoffice.intake.bundle import ValidatedBundle, read_bundle
from backoffice.platform.catalog import default_catalog
from backoffice.platform.errors import ConfigError
from tests.builders import (
    TestPKI,
    application_bytes,
    build_bundle,
    cert_pem,
    make_gateway_key,
    rsa_key,
    sample_application,
    sign_application,
    tiny_png,
    with_name,
)

UTC = dt.UTC
PKI = TestPKI()


def check(app: dict[str, Any], sig: dict[str, Any] | None, *, raw: bytes | None = None,
          anchors: list | None = None, crls: list | None = None):  # noqa: ANN201
    return check_applicant_signature(
        raw if raw is not None else application_bytes(app), app, sig,
        trust_anchors=[PKI.root_cert] if anchors is None else anchors,
        crls=[PKI.crl()] if crls is None else crls)


def signed(app: dict[str, Any], cn: str | None = None, pki: TestPKI = PKI,
           **issue: Any) -> dict[str, Any]:
    key, cert = pki.issue_signer(cn or app["applicant"]["name"], **issue)
    return sign_application(application_bytes(app), key, cert, pki.chain)


def failed(result) -> set[str]:  # noqa: ANN001
    return {c.name for c in result.checks if not c.passed}


def test_valid_signature() -> None:
    app = sample_application()
    result = check(app, signed(app))
    assert result.ok and result.codes == ()
    assert result.signer_cn == "山田 太郎"
    assert [c.name for c in result.checks] == ["format", "signature", "chain", "validity",
                                               "revocation", "name"]


def test_valid_signature_through_read_bundle_with_names_outside_jis_x_0208() -> None:
    key = make_gateway_key()
    app = with_name(sample_application(), "𠮷田 髙﨑", "ヨシダ タカサキ")
    _, data = build_bundle(app, {"a1": (tiny_png(), "image/png")}, gateway_key=key,
                           signature=signed(app, "𠮷田　髙﨑"))
    vb = read_bundle(data, gateway_keys=[key.public_key()], catalog=default_catalog())
    assert isinstance(vb, ValidatedBundle)
    result = check_applicant_signature(vb.application_bytes, vb.application, vb.signature,
                                       trust_anchors=[PKI.root_cert], crls=[PKI.crl()])
    assert result.ok and result.signer_cn == "𠮷田　髙﨑"


def test_missing() -> None:
    result = check(sample_application(), None)
    assert result.codes == ("signature_missing",) and not result.ok


def test_bad_signature_bytes() -> None:
    app = sample_application()
    sig = signed(app)
    raw = bytearray(base64.b64decode(sig["signature"]))
    raw[10] ^= 1
    sig["signature"] = base64.b64encode(bytes(raw)).decode()
    result = check(app, sig)
    assert result.codes == ("signature_invalid",) and failed(result) == {"signature"}


def test_signature_over_other_bytes() -> None:
    app = sample_application()
    sig = signed(app)
    result = check(app, sig, raw=application_bytes(app) + b" ")
    assert result.codes == ("signature_invalid",)


def test_wrong_algorithm() -> None:
    app = sample_application()
    sig = {**signed(app), "algorithm": "RSASSA-PSS-SHA256"}
    result = check(app, sig)
    assert result.codes == ("signature_invalid",)
    assert "RSASSA-PSS-SHA256" in next(c.detail for c in result.checks if c.name == "format")


@pytest.mark.parametrize("change", [
    {"certificate": "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n"},
    {"certificate": 42}, {"certificate": "証明書"}, {"signature": "***"}, {"signature": None},
    {"chain": "not a list"}, {"chain": ["garbage"]}, {"algorithm": None},
])
def test_malformed_fields_are_signature_invalid(change: dict[str, Any]) -> None:
    app = sample_application()
    result = check(app, {**signed(app), **change})
    assert "signature_invalid" in result.codes
    assert any(not c.passed and c.detail for c in result.checks)


@pytest.mark.parametrize("sig", [{}, {"__malformed__": "application.sig.json: is not valid JSON"},
                                 {"algorithm": "RSASSA-PKCS1-v1_5-SHA256"}])
def test_malformed_documents(sig: dict[str, Any]) -> None:
    result = check(sample_application(), sig)
    assert result.codes == ("signature_invalid",) and result.signer_cn is None


def test_unparseable_sig_json_in_bundle_is_signature_invalid() -> None:
    key = make_gateway_key()
    _, data = build_bundle(sample_application(), {"a1": (tiny_png(), "image/png")},
                           gateway_key=key, signature=b"\xef\xbb\xbf{]")
    vb = read_bundle(data, gateway_keys=[key.public_key()], catalog=default_catalog())
    result = check_applicant_signature(vb.application_bytes, vb.application, vb.signature,
                                       trust_anchors=[PKI.root_cert], crls=[])
    assert result.codes == ("signature_invalid",)
    assert "byte order mark" in result.checks[0].detail


def test_untrusted_chain() -> None:
    app = sample_application()
    other = signed(app, pki=TestPKI("rogue"))
    assert check(app, other).codes == ("certificate_untrusted",)
    no_chain = {**signed(app), "chain": []}
    assert check(app, no_chain).codes == ("certificate_untrusted",)
    # the intermediate sent as an anchor's stand-in does not help: anchors decide
    assert check(app, signed(app), anchors=[]).codes == ("certificate_untrusted",)
    # a chain padded with the root itself still works
    padded = {**signed(app), "chain": [cert_pem(PKI.intermediate_cert), cert_pem(PKI.root_cert)]}
    assert check(app, padded).ok


def test_intermediate_as_anchor_is_trusted() -> None:
    app = sample_application()
    assert check(app, signed(app), anchors=[PKI.intermediate_cert]).ok


@pytest.mark.parametrize("validity", [
    (dt.datetime(2020, 1, 1, tzinfo=UTC), dt.datetime(2026, 11, 28, 0, 0, tzinfo=UTC)),  # expired
    (dt.datetime(2026, 11, 28, 1, 0, tzinfo=UTC), dt.datetime(2030, 1, 1, tzinfo=UTC)),  # not yet
])
def test_expired_at_submitted_at(validity: tuple[dt.datetime, dt.datetime]) -> None:
    app = sample_application()  # submitted 2026-11-28T00:15Z
    sig = signed(app, not_before=validity[0], not_after=validity[1])
    result = check(app, sig)
    assert result.codes == ("certificate_expired",)


def test_revoked_via_crl() -> None:
    pki = TestPKI()
    app = sample_application()
    key, cert = pki.issue_signer(app["applicant"]["name"])
    sig = sign_application(application_bytes(app), key, cert, pki.chain)
    assert check(app, sig, anchors=[pki.root_cert], crls=[pki.crl()]).ok
    pki.revoke(cert)
    result = check(app, sig, anchors=[pki.root_cert], crls=[pki.crl()])
    assert result.codes == ("certificate_revoked",)
    assert f"{cert.serial_number:x}" in next(c.detail for c in result.checks
                                             if c.name == "revocation")
    # a CRL with a forged signature proves nothing and is ignored
    forged = pki.crl(signer_key=rsa_key("forger"))
    assert check(app, sig, anchors=[pki.root_cert], crls=[forged]).ok


def test_signer_name_mismatch() -> None:
    app = sample_application()
    result = check(app, signed(app, "山田 花子"))
    assert result.codes == ("signer_name_mismatch",) and result.signer_cn == "山田 花子"


@pytest.mark.parametrize("cn, name", [
    ("山田　太郎", "山田 太郎"), ("山田太郎", "山田 太郎"), ("山田 太郎", "山田\u3000太郎"),
    ("ＳＭＩＴＨ　ＪＯＨＮ", "SMITH JOHN"), ("髙﨑 𠮷", "髙﨑𠮷"),
])
def test_name_matches_after_nfkc_and_whitespace_removal(cn: str, name: str) -> None:
    app = with_name(sample_application(), name)
    assert check(app, signed(app, cn)).ok


def test_nfkc_does_not_merge_different_kanji() -> None:
    assert normalize_name("髙﨑") != normalize_name("高崎")
    app = with_name(sample_application(), "高崎")
    assert check(app, signed(app, "髙﨑")).codes == ("signer_name_mismatch",)


def test_every_failed_check_is_reported() -> None:
    pki = TestPKI()
    app = sample_application()
    key, cert = pki.issue_signer("別人", dt.datetime(2020, 1, 1, tzinfo=UTC),
                                 dt.datetime(2021, 1, 1, tzinfo=UTC))
    pki.revoke(cert)
    sig = sign_application(b"other bytes", key, cert, pki.chain)
    result = check(app, sig, anchors=[pki.root_cert], crls=[pki.crl()])
    assert result.codes == ("signature_invalid", "certificate_expired", "certificate_revoked",
                            "signer_name_mismatch")
    assert failed(result) == {"signature", "validity", "revocation", "name"}


def test_load_anchors_and_crls(tmp_path: Path) -> None:
    anchor_pem, crl_pem = PKI.write_files(tmp_path)
    der = tmp_path / "root.der"
    der.write_bytes(PKI.root_cert.public_bytes(serialization.Encoding.DER))
    crl_der = tmp_path / "x.crl.der"
    crl_der.write_bytes(PKI.crl().public_bytes(serialization.Encoding.DER))
    both = tmp_path / "both.pem"
    both.write_text(cert_pem(PKI.root_cert) + cert_pem(PKI.intermediate_cert))
    anchors = load_trust_anchors([anchor_pem, der, both])
    assert [a.subject for a in anchors] == [PKI.root_cert.subject] * 3 + \
        [PKI.intermediate_cert.subject]
    crls = load_crls([crl_pem, str(crl_der)])
    assert [c.issuer for c in crls] == [PKI.intermediate_cert.subject] * 2
    garbage = tmp_path / "garbage.pem"
    garbage.write_bytes(b"nonsense")
    for loader, path in [(load_trust_anchors, garbage), (load_crls, garbage),
                         (load_trust_anchors, tmp_path / "missing.pem"),
                         (load_crls, anchor_pem)]:
        with pytest.raises(ConfigError) as info:
            loader([path])
        assert path.name in str(info.value)


def test_remembered_ca_links_do_not_vouch_for_a_forged_intermediate() -> None:
    """The intermediate -> anchor verdict is kept between bundles (sync speed); an
    intermediate with the same name and key but not signed by the anchor is still refused,
    before and after a genuine chain was checked."""
    pki = TestPKI()
    app = sample_application()
    forged = pki._ca(pki.intermediate_cert.subject, pki.intermediate_key, pki.root_cert.subject,
                     rsa_key("forger"), path_length=0)
    key, cert = pki.issue_signer(app["applicant"]["name"])
    genuine = sign_application(application_bytes(app), key, cert, pki.chain)
    bad = {**genuine, "chain": [cert_pem(forged)]}
    for _ in range(2):
        assert check(app, bad, anchors=[pki.root_cert], crls=[pki.crl()]).codes == ("certificate_untrusted",)
        assert check(app, genuine, anchors=[pki.root_cert], crls=[pki.crl()]).ok
